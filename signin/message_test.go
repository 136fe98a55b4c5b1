package signin

import (
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// The example message of EIP-4361.
const eipExample = `service.invalid wants you to sign in with your Ethereum account:
0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2

I accept the ServiceOrg Terms of Service: https://service.invalid/tos

URI: https://service.invalid/login
Version: 1
Chain ID: 1
Nonce: 32891756
Issued At: 2021-09-30T16:25:24Z
Resources:
- ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/
- https://example.com/my-web2-claim.json`

func TestParseEIPExample(t *testing.T) {
	m, err := Parse(eipExample)
	if err != nil {
		t.Fatal(err)
	}
	want := &Message{
		Domain:    "service.invalid",
		Address:   common.HexToAddress("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"),
		Statement: "I accept the ServiceOrg Terms of Service: https://service.invalid/tos",
		URI:       "https://service.invalid/login", Version: "1", ChainID: 1, Nonce: "32891756",
		IssuedAt: time.Date(2021, 9, 30, 16, 25, 24, 0, time.UTC),
		Resources: []string{"ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/",
			"https://example.com/my-web2-claim.json"},
	}
	if !m.IssuedAt.Equal(want.IssuedAt) {
		t.Fatalf("issued at %v", m.IssuedAt)
	}
	m.IssuedAt = want.IssuedAt
	if !reflect.DeepEqual(m, want) {
		t.Fatalf("parsed %+v\nwant %+v", m, want)
	}
	if got := m.String(); got != eipExample {
		t.Fatalf("String() does not give the text back:\n%s", got)
	}
}

// Every optional field, and none: String and Parse are inverses; without a statement the address is followed by
// three line feeds, as the ABNF has it.
func TestBuildParseRoundTrip(t *testing.T) {
	at := time.Date(2026, 11, 30, 23, 59, 1, 500_000_000, time.UTC)
	full := &Message{Scheme: "https", Domain: "analytics.bevan.example:8443", Address: common.HexToAddress("0x00000000000000000000000000000000000000aa"),
		Statement: "Sign in to Bevan analytics.", URI: "https://analytics.bevan.example:8443/v1/session", Version: "1",
		ChainID: 901, Nonce: "0123456789abcdef", IssuedAt: at, ExpirationTime: at.Add(10 * time.Minute),
		NotBefore: at.Add(-time.Minute), RequestID: "req:42@bevan", Resources: []string{"urn:bevan:dataset:7"}}
	bare := &Message{Domain: "localhost", Address: common.HexToAddress("0x1"), URI: "http://localhost/", Version: "1",
		ChainID: 1, Nonce: "abcdefgh", IssuedAt: at}
	for _, m := range []*Message{full, bare} {
		text := m.String()
		if err := m.Validate(); err != nil {
			t.Fatalf("%v\n%s", err, text)
		}
		back, err := Parse(text)
		if err != nil {
			t.Fatalf("%v\n%s", err, text)
		}
		if back.String() != text || !back.IssuedAt.Equal(m.IssuedAt) || back.Address != m.Address {
			t.Fatalf("round trip changed the message:\n%s\n---\n%s", text, back.String())
		}
	}
	if !strings.Contains(bare.String(), bare.Address.Hex()+"\n\n\nURI: ") {
		t.Fatalf("no statement: want three line feeds after the address:\n%s", bare.String())
	}
}

func TestParseRejects(t *testing.T) {
	good := strings.Split(eipExample, "\n")
	with := func(i int, line string) string {
		l := append([]string{}, good...)
		l[i] = line
		return strings.Join(l, "\n")
	}
	without := func(i int) string {
		l := append([]string{}, good[:i]...)
		return strings.Join(append(l, good[i+1:]...), "\n")
	}
	cases := map[string]string{
		"empty":                  "",
		"CRLF":                   strings.ReplaceAll(eipExample, "\n", "\r\n"),
		"trailing LF":            eipExample + "\n",
		"header text":            with(0, "service.invalid wants you to sign in with your account:"),
		"domain with space":      with(0, "service invalid wants you to sign in with your Ethereum account:"),
		"domain empty":           with(0, " wants you to sign in with your Ethereum account:"),
		"bad scheme":             with(0, "1http://service.invalid wants you to sign in with your Ethereum account:"),
		"bad port":               with(0, "service.invalid:80a wants you to sign in with your Ethereum account:"),
		"address not checksum":   with(1, strings.ToLower(good[1])),
		"address short":          with(1, good[1][:41]),
		"address no 0x":          with(1, "C02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"),
		"no blank after address": without(2),
		"statement with quote":   with(3, `I accept "this"`),
		"statement non-ASCII":    with(3, "I accept – this"),
		"no blank after stmt":    without(4),
		"URI relative":           with(5, "URI: /login"),
		"URI with space":         with(5, "URI: https://service.invalid/a b"),
		"version 2":              with(6, "Version: 2"),
		"chain id hex":           with(7, "Chain ID: 0x1"),
		"chain id empty":         with(7, "Chain ID: "),
		"chain id overflow":      with(7, "Chain ID: 18446744073709551616"),
		"nonce short":            with(8, "Nonce: 1234567"),
		"nonce dash":             with(8, "Nonce: 1234-5678"),
		"issued-at no zone":      with(9, "Issued At: 2021-09-30T16:25:24"),
		"issued-at date only":    with(9, "Issued At: 2021-09-30"),
		"issued-at lower z":      with(9, "Issued At: 2021-09-30T16:25:24z"),
		"field missing":          without(8),
		"fields swapped":         with(6, "Chain ID: 1") + "",
		"unknown field":          with(10, "Foo: bar"),
		"resource not URI":       with(11, "- not a uri"),
		"resource bad prefix":    with(11, "-ipfs://x"),
		"duplicate nonce": strings.Replace(eipExample, "Issued At: 2021-09-30T16:25:24Z",
			"Issued At: 2021-09-30T16:25:24Z\nNonce: 32891756", 1),
		"request id space": strings.Replace(eipExample, "Resources:", "Request ID: a b\nResources:", 1),
		"optional out of order": strings.Replace(eipExample, "Resources:",
			"Not Before: 2021-09-30T16:25:24Z\nExpiration Time: 2021-09-30T17:25:24Z\nResources:", 1),
		"too long": strings.Replace(eipExample, "Resources:", "Request ID: "+strings.Repeat("a", MaxMessageBytes)+"\nResources:", 1),
	}
	for name, text := range cases {
		if _, err := Parse(text); CodeOf(err) != CodeMalformed {
			t.Errorf("%s: got %v, want %s", name, err, CodeMalformed)
		}
	}
}

// Recover agrees with Foundry's cast (an independent personal_sign), and refuses a malleable twin of the signature.
func TestRecoverAgreesWithCast(t *testing.T) {
	cast := findCast(t)
	const key = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80" // anvil's first account
	out, err := exec.Command(cast, "wallet", "sign", "--private-key", key, eipExample).Output()
	if err != nil {
		t.Fatalf("cast wallet sign: %v", err)
	}
	sig, err := hexutil.Decode(strings.TrimSpace(string(out)))
	if err != nil {
		t.Fatal(err)
	}
	got, err := Recover(eipExample, sig)
	if err != nil {
		t.Fatal(err)
	}
	if want := common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"); got != want {
		t.Fatalf("recovered %s, want %s", got.Hex(), want.Hex())
	}
	k, _ := crypto.HexToECDSA(key[2:])
	mine, err := Sign(eipExample, k)
	if err != nil || hexutil.Encode(mine) != hexutil.Encode(sig) {
		t.Fatalf("Sign gives %x, cast %x (%v)", mine, sig, err)
	}
	// s' = n - s, v flipped: the same signer to ecrecover, refused here.
	n := crypto.S256().Params().N
	s := new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64]))
	twin := append(append(append([]byte{}, sig[:32]...), common.LeftPadBytes(s.Bytes(), 32)...), 27+(1-(sig[64]-27)))
	if _, err := Recover(eipExample, twin); CodeOf(err) != CodeBadSignature {
		t.Fatalf("high-s twin: %v", err)
	}
	for _, bad := range [][]byte{sig[:64], append(append([]byte{}, sig[:64]...), 29)} {
		if _, err := Recover(eipExample, bad); CodeOf(err) != CodeBadSignature {
			t.Fatalf("bad signature %x: %v", bad, err)
		}
	}
}

func findCast(t *testing.T) string {
	t.Helper()
	dir, _ := os.Getwd()
	for ; dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
		p := filepath.Join(dir, "node_modules/@foundry-rs/cast-linux-amd64/bin/cast")
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Fatal("cast not found under node_modules (make setup installs it)")
	return ""
}

// Whatever Parse accepts, String gives back a text Parse reads to the same message.
func FuzzParse(f *testing.F) {
	f.Add(eipExample)
	f.Add(strings.Replace(eipExample, "Resources:", "Expiration Time: 2021-09-30T17:25:24.5+01:00\nNot Before: 2021-09-30T16:00:00Z\nRequest ID: x%20y\nResources:", 1))
	f.Add("https://[::1]:8080 wants you to sign in with your Ethereum account:\n0x0000000000000000000000000000000000000001\n\n\nURI: urn:x\nVersion: 1\nChain ID: 5\nNonce: aaaaaaaa\nIssued At: 2026-01-01T00:00:00Z")
	f.Fuzz(func(t *testing.T, text string) {
		m, err := Parse(text)
		if err != nil {
			if CodeOf(err) != CodeMalformed {
				t.Fatalf("code %s", CodeOf(err))
			}
			return
		}
		again, err := Parse(m.String())
		if err != nil {
			t.Fatalf("String() of a parsed message does not parse: %v\n%s", err, m.String())
		}
		if again.String() != m.String() {
			t.Fatalf("not stable:\n%s\n---\n%s", m.String(), again.String())
		}
	})
}
