package relayer_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/metatx"
	"github.com/bevan-health/bevan/relayer"
	"github.com/bevan-health/bevan/relayer/admission"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/bevan-health/bevan/relayer/client"
	"github.com/bevan-health/bevan/relayer/queue"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/redis/go-redis/v9"
)

// The package's tests share one devnet (anvil --optimism with the suite deployed) and the machine's Redis; each
// test runs its own relayer with a fresh funded key and its own Redis key prefix.
var shared struct {
	d   *devnet.Devnet
	err error
}

const machineRedis = "redis://127.0.0.1:6379/0"

// testAppKey is the app key the tests' relayers sponsor (with no quota or budget of its own) and their clients send.
var testAppKey = func() string {
	k, err := admission.NewKey()
	if err != nil {
		panic(err)
	}
	return k
}()

// writeTestApps writes testApps as an app keys file (for `bevan relayer --app-keys`) and returns its path.
func writeTestApps(t testing.TB) string {
	t.Helper()
	raw, err := json.Marshal(admission.AppsFile{Apps: testApps()})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "apps.json")
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// testApps is the app keys configuration of testAppKey.
func testApps() []admission.App {
	return []admission.App{{Name: "test", KeySHA256: admission.HashKey(testAppKey)}}
}

func TestMain(m *testing.M) {
	code := func() int {
		dir, err := os.MkdirTemp("", "bevan-relayer-test-")
		if err != nil {
			shared.err = err
			return devnettest.Main(m) // removes the binary devnettest.Bevan built
		}
		defer os.RemoveAll(dir)
		d, err := devnet.New(devnettest.Config(dir), devnettest.Log())
		if err == nil {
			err = d.Start(context.Background())
		}
		if err != nil {
			shared.err = fmt.Errorf("devnet: %w", err)
			return devnettest.Main(m) // removes the binary devnettest.Bevan built
		}
		shared.d = d
		defer d.Stop(context.Background())
		return devnettest.Main(m) // removes the binary devnettest.Bevan built
	}()
	os.Exit(code)
}

// needRedis fails (or skips with BEVAN_TEST_NO_REDIS=1) when the machine's Redis is unreachable.
func needRedis(t testing.TB) {
	t.Helper()
	opts, _ := redis.ParseURL(machineRedis)
	c := redis.NewClient(opts)
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := c.Ping(ctx).Err(); err != nil {
		if os.Getenv("BEVAN_TEST_NO_REDIS") == "1" {
			t.Skipf("Redis at %s is unreachable (%v) and BEVAN_TEST_NO_REDIS=1", machineRedis, err)
		}
		t.Fatalf("these tests need the machine's Redis at %s: %v (start it: redis-server --daemonize yes --port 6379 --save \"\" --appendonly no; see docs/relayer.md; or set BEVAN_TEST_NO_REDIS=1 to skip)", machineRedis, err)
	}
}

type env struct {
	t       testing.TB
	ctx     context.Context
	d       *devnet.Devnet
	svc     *relayer.Service
	cl      *client.Client
	dom     client.Domain
	key     *ecdsa.PrivateKey // the relayer's
	prefix  string
	redis   string
	consABI *abi.ABI
	ancABI  *abi.ABI
	devABI  *abi.ABI
	idABI   *abi.ABI
	recABI  *abi.ABI
	govABI  *abi.ABI
}

// newEnv starts a relayer with a fresh funded key and a unique Redis prefix on the shared devnet.
func newEnv(t testing.TB, tune func(*relayer.Config)) *env {
	t.Helper()
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	needRedis(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	key, _ := crypto.GenerateKey()
	fund(t, crypto.PubkeyToAddress(key.PublicKey))
	e := &env{t: t, ctx: ctx, d: shared.d, key: key, redis: machineRedis,
		prefix: fmt.Sprintf("bevan:test:%s:%d", t.Name(), time.Now().UnixNano())}
	e.initABIs()
	t.Cleanup(func() { cleanPrefix(t, e.redis, e.prefix) })
	e.svc = e.start(tune)
	return e
}

func (e *env) initABIs() {
	e.consABI, _ = bindings.ConsentRegistryMetaData.GetAbi()
	e.ancABI, _ = bindings.RecordAnchorMetaData.GetAbi()
	e.devABI, _ = bindings.DeviceRegistryMetaData.GetAbi()
	e.idABI, _ = bindings.IdentityRegistryMetaData.GetAbi()
	e.recABI, _ = bindings.KeyRecoveryMetaData.GetAbi()
	e.govABI, _ = bindings.BevanGovernorMetaData.GetAbi()
	e.dom = client.Domain{ChainID: new(big.Int).SetUint64(e.d.Config().ChainID), Forwarder: e.d.Manifest.ForwarderAddress(),
		Governor: e.d.Manifest.GovernorAddress()}
}

func (e *env) config(tune func(*relayer.Config)) relayer.Config {
	cfg := relayer.DefaultConfig()
	cfg.RPCURL, cfg.ManifestPath, cfg.Key = e.d.RPCURL(), e.d.ManifestPath, e.key
	cfg.RedisURL, cfg.RedisPrefix, cfg.HTTPAddr = e.redis, e.prefix, "127.0.0.1:0"
	cfg.Workers = 8
	cfg.Limits = queue.Limits{}
	cfg.Admission.Apps = testApps()
	if tune != nil {
		tune(&cfg)
	}
	return cfg
}

func (e *env) start(tune func(*relayer.Config)) *relayer.Service {
	e.t.Helper()
	s, err := relayer.New(e.ctx, e.config(tune), devnettest.Log())
	if err != nil {
		e.t.Fatal(err)
	}
	if err := s.Start(e.ctx); err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		_ = s.Stop(ctx)
	})
	e.cl = client.New(s.URL(), nil)
	e.cl.PollInterval = 50 * time.Millisecond
	e.cl.AppKey = testAppKey
	return s
}

func cleanPrefix(t testing.TB, url, prefix string) {
	opts, err := redis.ParseURL(url)
	if err != nil {
		return
	}
	c := redis.NewClient(opts)
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = queue.New(c, prefix, 0).DeleteAll(ctx)
}

func fund(t testing.TB, who common.Address) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := shared.d.SetBalance(ctx, who, new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))); err != nil {
		t.Fatal(err)
	}
}

func newWallet() *ecdsa.PrivateKey {
	k, _ := crypto.GenerateKey()
	return k
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func (e *env) pack(a *abi.ABI, method string, args ...any) []byte {
	e.t.Helper()
	data, err := a.Pack(method, args...)
	if err != nil {
		e.t.Fatal(err)
	}
	return data
}

// forwardNonce reads the forwarder's nonce of a wallet through the relayer.
func (e *env) forwardNonce(k *ecdsa.PrivateKey) *big.Int {
	e.t.Helper()
	n, _, err := e.cl.Nonce(e.ctx, addr(k))
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

// signed builds a signed forward request with the wallet's current nonce.
func (e *env) signed(k *ecdsa.PrivateKey, to common.Address, data []byte, mut ...func(*metatx.Request)) *api.Forward {
	e.t.Helper()
	return e.signedNonce(k, e.forwardNonce(k), to, data, mut...)
}

// signedNonce builds a signed forward request with the given forwarder nonce (no chain read), changed by mut.
func (e *env) signedNonce(k *ecdsa.PrivateKey, nonce *big.Int, to common.Address, data []byte, mut ...func(*metatx.Request)) *api.Forward {
	e.t.Helper()
	req := &metatx.Request{From: addr(k), To: to, Value: new(big.Int), Gas: 300_000, Nonce: nonce,
		Deadline: uint64(time.Now().Add(10 * time.Minute).Unix()), Data: data}
	for _, m := range mut {
		m(req)
	}
	f, err := client.SignForward(k, e.dom, req)
	if err != nil {
		e.t.Fatal(err)
	}
	return f
}

// submitAndWait submits and waits for the final status, which must be mined.
func (e *env) mined(f *api.Forward) *api.Status {
	e.t.Helper()
	acc, err := e.cl.Forward(e.ctx, f)
	if err != nil {
		e.t.Fatalf("forward %x: %v", f.Request.Data[:4], err)
	}
	return e.waitMined(acc.ID)
}

func (e *env) waitMined(id common.Hash) *api.Status {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(e.ctx, 60*time.Second)
	defer cancel()
	st, err := e.cl.Wait(ctx, id)
	if err != nil {
		e.t.Fatalf("wait %s: %v", id, err)
	}
	if st.Status != api.StateMined {
		e.t.Fatalf("request %s ended %s: %s", id, st.Status, st.Error)
	}
	if st.TxHash == nil || st.Block == 0 || st.GasUsed == 0 {
		e.t.Fatalf("mined request %s lacks tx hash, block or gas used: %+v", id, st)
	}
	return st
}

// wantCode asserts that err is an *api.Error with code.
func wantCode(t *testing.T, what string, err error, code api.Code) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: accepted, want %s", what, code)
	}
	if got := api.CodeOf(err); got != code {
		t.Fatalf("%s: got %v, want %s", what, err, code)
	}
}

func (e *env) call() *bind.CallOpts { return &bind.CallOpts{Context: e.ctx} }

func (e *env) mine(n int) {
	e.t.Helper()
	for range n {
		if err := e.d.Client.Client().CallContext(e.ctx, nil, "evm_mine"); err != nil {
			e.t.Fatal(err)
		}
	}
}

func hasPrefix(s, p string) bool { return strings.HasPrefix(s, p) }
