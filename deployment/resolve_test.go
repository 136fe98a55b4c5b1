package deployment_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/bevan-health/bevan/deployment"
	"github.com/ethereum/go-ethereum/common"
)

// saveManifest writes a manifest of chain id (every contract at a distinct address) as dir/<id>.json.
func saveManifest(t *testing.T, dir string, id uint64) *deployment.Manifest {
	t.Helper()
	m := &deployment.Manifest{ChainID: id, Contracts: map[string]deployment.Deployed{}}
	for i, n := range deployment.ContractNames {
		m.Contracts[n] = deployment.Deployed{Address: common.BytesToAddress([]byte{byte(i + 1)})}
	}
	if err := m.Save(deployment.Path(dir, id)); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestResolve(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	m := saveManifest(t, dir, 901)
	chain := func(id int64) func(context.Context) (*big.Int, error) {
		return func(context.Context) (*big.Int, error) { return big.NewInt(id), nil }
	}
	asked := func(context.Context) (*big.Int, error) { return nil, errors.New("the chain was asked") }

	// A file: the chain is not asked.
	got, path, err := deployment.Resolve(ctx, deployment.Source{File: deployment.Path(dir, 901), Dir: "elsewhere"}, asked)
	if err != nil || path != deployment.Path(dir, 901) || got.ConsentsAddress() != m.ConsentsAddress() {
		t.Fatalf("file: %v %q %v", got, path, err)
	}
	// A directory: the chain's id names the file.
	got, path, err = deployment.Resolve(ctx, deployment.Source{Dir: dir}, chain(901))
	if err != nil || path != filepath.Join(dir, "901.json") || got.ChainID != 901 {
		t.Fatalf("directory: %v %q %v", got, path, err)
	}
	// Another chain has no manifest there; an unreachable chain and no source at all are errors too.
	for name, tc := range map[string]struct {
		src   deployment.Source
		id    func(context.Context) (*big.Int, error)
		wants string
	}{
		"other chain": {deployment.Source{Dir: dir}, chain(10), "chain 10"},
		"no chain":    {deployment.Source{Dir: dir}, asked, "the chain was asked"},
		"no source":   {deployment.Source{}, chain(901), "give a manifest file"},
	} {
		if _, _, err := deployment.Resolve(ctx, tc.src, tc.id); err == nil || !strings.Contains(err.Error(), tc.wants) {
			t.Errorf("%s: got %v, want an error containing %q", name, err, tc.wants)
		}
	}
}

// TestResolvePath: a manifest file is taken as given (the chain is not asked, the file not read: the service loads
// it); a directory gives <chainId>.json with the id asked from the RPC URL, and only once that manifest loads.
func TestResolvePath(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	saveManifest(t, dir, 901)
	var chainID atomic.Value // the handler's answer
	chainID.Store("0x385")   // 901
	rpc := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Method != "eth_chainId" {
			http.Error(w, "unexpected request", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"result":%q}`, req.ID, chainID.Load())
	}))
	t.Cleanup(rpc.Close)
	const unreachable = "http://127.0.0.1:1"

	if path, err := deployment.ResolvePath(ctx, deployment.Source{File: "not/read.json", Dir: dir}, unreachable); err != nil || path != "not/read.json" {
		t.Fatalf("file: %q %v", path, err)
	}
	if path, err := deployment.ResolvePath(ctx, deployment.Source{Dir: dir}, rpc.URL); err != nil || path != deployment.Path(dir, 901) {
		t.Fatalf("directory: %q %v", path, err)
	}
	chainID.Store("0xa") // a chain with no manifest in dir
	if path, err := deployment.ResolvePath(ctx, deployment.Source{Dir: dir}, rpc.URL); err == nil || path != "" {
		t.Fatalf("other chain: %q %v, want an error", path, err)
	}
	if _, err := deployment.ResolvePath(ctx, deployment.Source{Dir: dir}, unreachable); err == nil {
		t.Fatal("unreachable chain: want an error")
	}
}
