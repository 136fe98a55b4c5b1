package webapp_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os/exec"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/webapp"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

func node(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed (make setup needs it: apt-get install nodejs npm)")
	}
	return p
}

// harness runs the app's own TypeScript code (bundled by make webapp into testdata/harness.mjs) under node.
func harness(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	cmd := exec.Command(node(t), append([]string{"testdata/harness.mjs"}, args...)...)
	cmd.Stdin = strings.NewReader(stdin)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node harness %v: %v\n%s", args, err, stderr.String())
	}
	return string(out)
}

// TestKeystoreInterop: a keystore file the browser wallet exports is read by go-ethereum's keystore (what `bevan
// wallet import` uses), and one go-ethereum writes is read by the browser wallet; a wrong passphrase is refused.
func TestKeystoreInterop(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	const pass = "correct horse battery staple"

	// browser → go-ethereum (scrypt N 2^12 to keep the test quick; the app uses 2^17, the same code path)
	file := harness(t, "", "keystore-encrypt", pass, hexutil.Encode(crypto.FromECDSA(key)), "4096")
	k, err := keystore.DecryptKey([]byte(file), pass)
	if err != nil {
		t.Fatalf("go-ethereum cannot read the browser's keystore file: %v\n%s", err, file)
	}
	if k.Address != addr || !k.PrivateKey.Equal(key) {
		t.Fatalf("go-ethereum read %s, want %s", k.Address, addr)
	}
	if _, err := keystore.DecryptKey([]byte(file), "wrong"); err == nil {
		t.Fatal("go-ethereum accepted a wrong passphrase")
	}
	// the CLI's import path: the file in a keystore directory
	dir := t.TempDir()
	ks := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP)
	if acct, err := ks.Import([]byte(file), pass, pass); err != nil || acct.Address != addr {
		t.Fatalf("keystore import: %v %v", acct.Address, err)
	}

	// go-ethereum → browser
	gethFile, err := keystore.EncryptKey(&keystore.Key{Address: addr, PrivateKey: key}, pass, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	got := harness(t, string(gethFile), "keystore-decrypt", pass)
	if got != hexutil.Encode(crypto.FromECDSA(key)) {
		t.Fatalf("the browser read key %s from go-ethereum's file", got)
	}
	cmd := exec.Command(node(t), "testdata/harness.mjs", "keystore-decrypt", "wrong")
	cmd.Stdin = strings.NewReader(string(gethFile))
	if out, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(out), "passphrase is wrong") {
		t.Fatalf("the browser accepted a wrong passphrase: %v %s", err, out)
	}
}

// TestHandler serves the page, the assets, the runtime config, and a CSP that allows only the server itself.
func TestHandler(t *testing.T) {
	cfg := webapp.Config{ChainID: 901, Forwarder: common.HexToAddress("0x01"), GraphQL: "/graphql", Relay: "/relay", DeadlineSeconds: 60}
	h, err := webapp.Handler(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	get := func(path string) (*http.Response, string) {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, string(b)
	}
	resp, body := get("/app/")
	if resp.StatusCode != 200 || !strings.Contains(body, `<div id="app">`) || !strings.Contains(resp.Header.Get("Content-Security-Policy"), "connect-src 'self'") {
		t.Fatalf("/app/: %d %q %q", resp.StatusCode, body, resp.Header)
	}
	if resp, body = get("/app/app.js"); resp.StatusCode != 200 || len(body) < 10000 || !strings.Contains(resp.Header.Get("Content-Type"), "javascript") {
		t.Fatalf("/app/app.js: %d, %d bytes, %s", resp.StatusCode, len(body), resp.Header.Get("Content-Type"))
	}
	if resp, body = get("/app/app.css"); resp.StatusCode != 200 || strings.Contains(body, "https://") {
		t.Fatalf("/app/app.css: %d, refers off the server: %v", resp.StatusCode, strings.Contains(body, "https://"))
	}
	resp, body = get("/app/config.json")
	var got webapp.Config
	if err := json.Unmarshal([]byte(body), &got); err != nil || got.ChainID != 901 || got.Forwarder != cfg.Forwarder {
		t.Fatalf("config.json %q: %v", body, err)
	}
	if resp, _ = get("/app/../webapp.go"); resp.StatusCode == 200 {
		t.Fatal("served a file outside dist")
	}
}

// TestRelayProxy adds the app's key server-side, drops any key the browser sends, and forwards only /v1/.
func TestRelayProxy(t *testing.T) {
	var gotKey, gotPath string
	relayer := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotKey, gotPath = r.Header.Get(webapp.AppKeyHeader), r.URL.Path
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"address":"0x00","forwarder":"3","governor":"0"}`))
	}))
	defer relayer.Close()
	proxy := httptest.NewServer(webapp.RelayProxy("/relay", func() string { return relayer.URL }, "s3cret", devnettest.Log()))
	defer proxy.Close()
	req, _ := http.NewRequest("GET", proxy.URL+"/relay/v1/nonce/0x0000000000000000000000000000000000000001", nil)
	req.Header.Set(webapp.AppKeyHeader, "from-the-browser")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || gotKey != "s3cret" || gotPath != "/v1/nonce/0x0000000000000000000000000000000000000001" {
		t.Fatalf("proxied %d, key %q, path %q", resp.StatusCode, gotKey, gotPath)
	}
	gotPath = ""
	resp, err = http.Get(proxy.URL + "/relay/metrics")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 404 || gotPath != "" {
		t.Fatalf("/relay/metrics: %d, reached the relayer at %q", resp.StatusCode, gotPath)
	}
	// no relayer yet (a devnet starting): a stable JSON error
	down := httptest.NewServer(webapp.RelayProxy("/relay", func() string { return "" }, "", devnettest.Log()))
	defer down.Close()
	resp, err = http.Get(down.URL + "/relay/v1/nonce/0x00")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 502 || !strings.Contains(string(b), "relayer_unreachable") {
		t.Fatalf("no relayer: %d %s", resp.StatusCode, b)
	}
}

// TestServer: `bevan app`'s server serves the app, proxies /graphql and the relayer's /v1/ (with the app key) and
// redirects / to /app/.
func TestServer(t *testing.T) {
	var gqlPath, relayKey string
	gqlSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gqlPath = r.URL.Path
		_, _ = w.Write([]byte(`{"data":{"indexerStatus":{"indexed":7}}}`))
	}))
	defer gqlSrv.Close()
	relaySrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		relayKey = r.Header.Get(webapp.AppKeyHeader)
		_, _ = w.Write([]byte(`{}`))
	}))
	defer relaySrv.Close()
	gu, _ := url.Parse(gqlSrv.URL + "/graphql")
	ru, _ := url.Parse(relaySrv.URL)
	app := webapp.Config{ChainID: 901, Forwarder: common.HexToAddress("0x01"), Governor: common.HexToAddress("0x02"), Consents: common.HexToAddress("0x03")}
	log := devnettest.Log()
	if _, err := webapp.NewServer(webapp.ServerConfig{HTTPAddr: "127.0.0.1:0", GraphQL: gu, Relayer: ru}, log); err == nil {
		t.Fatal("a server without contracts was built")
	}
	s, err := webapp.NewServer(webapp.ServerConfig{HTTPAddr: "127.0.0.1:0", GraphQL: gu, Relayer: ru, AppKey: "k1", App: app}, log)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Stop(t.Context()) }()
	base := strings.TrimSuffix(s.URL(), "/app/")
	resp, err := http.Post(base+"/graphql", "application/json", strings.NewReader(`{"query":"{ indexerStatus { indexed } }"}`))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), `"indexed":7`) || gqlPath != "/graphql" {
		t.Fatalf("/graphql proxied to %q: %s", gqlPath, b)
	}
	if resp, err = http.Get(base + "/relay/v1/requests/0x01"); err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if relayKey != "k1" {
		t.Fatalf("the relayer saw app key %q", relayKey)
	}
	if resp, err = http.Get(base + "/"); err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.Request.URL.Path != "/app/" || !strings.Contains(string(b), `<div id="app">`) {
		t.Fatalf("/ ended at %s", resp.Request.URL)
	}
}
