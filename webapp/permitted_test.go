package webapp_test

import (
	"context"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/vocab"
	"github.com/bevan-health/bevan/webapp"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// countingReader passes every call to the devnet's real client, counting them.
type countingReader struct {
	webapp.ChainReader
	calls atomic.Int64
}

func (c *countingReader) CodeAt(ctx context.Context, a common.Address, n *big.Int) ([]byte, error) {
	c.calls.Add(1)
	return c.ChainReader.CodeAt(ctx, a, n)
}

func (c *countingReader) CallContract(ctx context.Context, m ethereum.CallMsg, n *big.Int) ([]byte, error) {
	c.calls.Add(1)
	return c.ChainReader.CallContract(ctx, m, n)
}

func (c *countingReader) BlockNumber(ctx context.Context) (uint64, error) {
	c.calls.Add(1)
	return c.ChainReader.BlockNumber(ctx)
}

// TestPermittedEndpoint: the app's on-chain check refuses malformed or unexpected queries with stable codes before
// anything reaches the chain, and answers ConsentRegistry.isPermitted from a real devnet (anvil) at a block.
func TestPermittedEndpoint(t *testing.T) {
	d := devnettest.Devnet(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	chain := &countingReader{ChainReader: d.Client}
	srv := httptest.NewServer(webapp.PermittedHandler(chain, d.Manifest.ConsentsAddress(), webapp.PermittedTimeout, devnettest.Log()))
	defer srv.Close()
	patient, agency := devnet.DevAddress(devnet.RolePatient), devnet.DevAddress(devnet.RoleAgency)
	ask := func(method, query string) (int, map[string]any) {
		t.Helper()
		req, err := http.NewRequestWithContext(ctx, method, srv.URL+webapp.PermittedPath+"?"+query, nil)
		if err != nil {
			t.Fatal(err)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var out map[string]any
		if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
			t.Fatalf("%s ?%s: %v", method, query, err)
		}
		return res.StatusCode, out
	}
	q := func(p, g, purpose, action string) string {
		return url.Values{"patient": {p}, "grantee": {g}, "purpose": {purpose}, "action": {action}}.Encode()
	}
	good := q(patient.Hex(), agency.Hex(), "TREAT", "access")
	for _, c := range []struct{ method, query, code string }{
		{http.MethodPost, good, "method_not_allowed"},
		{http.MethodGet, "", "bad_query"},
		{http.MethodGet, good + "&method=eth_sendRawTransaction", "bad_query"},
		{http.MethodGet, good + "&patient=" + patient.Hex(), "bad_query"},
		{http.MethodGet, "patient=" + patient.Hex() + "&grantee=" + agency.Hex() + "&purpose=TREAT&to=0x00", "bad_query"},
		{http.MethodGet, q("0x1234", agency.Hex(), "TREAT", "access"), "bad_patient"},
		{http.MethodGet, q(patient.Hex()+"00", agency.Hex(), "TREAT", "access"), "bad_patient"},
		{http.MethodGet, q(" "+patient.Hex(), agency.Hex(), "TREAT", "access"), "bad_patient"},
		{http.MethodGet, q(patient.Hex(), "0xzz"+agency.Hex()[4:], "TREAT", "access"), "bad_grantee"},
		{http.MethodGet, q(patient.Hex(), agency.Hex(), "treat", "access"), "bad_purpose"},
		{http.MethodGet, q(patient.Hex(), agency.Hex(), "TREAT ", "access"), "bad_purpose"},
		{http.MethodGet, q(patient.Hex(), agency.Hex(), "14", "access"), "bad_purpose"},
		{http.MethodGet, q(patient.Hex(), agency.Hex(), "TREAT", "ACCESS"), "bad_action"},
		{http.MethodGet, q(patient.Hex(), agency.Hex(), "TREAT", "delete"), "bad_action"},
	} {
		status, out := ask(c.method, c.query)
		e, _ := out["error"].(map[string]any)
		if status < 400 || e == nil || e["code"] != c.code {
			t.Errorf("%s ?%s: %d %v, want the error %s", c.method, c.query, status, out, c.code)
		}
	}
	if n := chain.calls.Load(); n != 0 {
		t.Fatalf("refused queries made %d calls to the chain, want none", n)
	}

	status, out := ask(http.MethodGet, good)
	if status != http.StatusOK || out["permitted"] != false {
		t.Fatalf("before any consent: %d %v, want not permitted", status, out)
	}
	reg, err := bindings.NewConsentRegistryTransactor(d.Manifest.ConsentsAddress(), d.Client)
	if err != nil {
		t.Fatal(err)
	}
	rcpt := devnettest.Transact(t, ctx, d, devnet.RolePatient, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return reg.Grant(o, patient, agency, vocab.PurposeMask(vocab.Treat), vocab.ActionMask(vocab.Access), new(big.Int), [32]byte{})
	})
	if rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatal("the grant reverted")
	}
	status, out = ask(http.MethodGet, good)
	if status != http.StatusOK || out["permitted"] != true || out["block"].(float64) < float64(rcpt.BlockNumber.Uint64()) {
		t.Fatalf("after the grant in block %d: %d %v, want permitted at that block or later", rcpt.BlockNumber, status, out)
	}
	if status, out = ask(http.MethodGet, q(patient.Hex(), agency.Hex(), "HRESCH", "access")); status != http.StatusOK || out["permitted"] != false {
		t.Fatalf("research, not consented to: %d %v, want not permitted", status, out)
	}

	// without an RPC the check says so, after the same validation
	bare := httptest.NewServer(webapp.PermittedHandler(nil, d.Manifest.ConsentsAddress(), webapp.PermittedTimeout, devnettest.Log()))
	defer bare.Close()
	res, err := http.Get(bare.URL + webapp.PermittedPath + "?" + good)
	if err != nil {
		t.Fatal(err)
	}
	var e struct{ Error struct{ Code string } }
	_ = json.NewDecoder(res.Body).Decode(&e)
	res.Body.Close()
	if res.StatusCode != http.StatusServiceUnavailable || e.Error.Code != "no_rpc" {
		t.Fatalf("without an RPC: %d %+v, want no_rpc", res.StatusCode, e)
	}
}
