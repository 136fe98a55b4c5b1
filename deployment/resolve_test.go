package deployment_test

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/deployment"
	"github.com/ethereum/go-ethereum/common"
)

func TestResolve(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	m := &deployment.Manifest{ChainID: 901, Contracts: map[string]deployment.Deployed{}}
	for i, n := range deployment.ContractNames {
		m.Contracts[n] = deployment.Deployed{Address: common.BytesToAddress([]byte{byte(i + 1)})}
	}
	if err := m.Save(deployment.Path(dir, 901)); err != nil {
		t.Fatal(err)
	}
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
