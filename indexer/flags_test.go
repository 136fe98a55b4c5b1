package indexer_test

import (
	"path/filepath"
	"testing"

	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/indexer"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
)

// The flags read BEVAN_INDEXER_<FLAG>, then the names they had before that convention (BEVAN_HTTP, BEVAN_DB, ...),
// and a flag on the command line beats both.
func TestReadCLIConfigEnvAndAliases(t *testing.T) {
	m := &deployment.Manifest{ChainID: 901, Contracts: map[string]deployment.Deployed{}}
	for i, n := range deployment.ContractNames {
		m.Contracts[n] = deployment.Deployed{Address: common.BytesToAddress([]byte{byte(i + 1)})}
	}
	path := filepath.Join(t.TempDir(), "901.json")
	if err := m.Save(path); err != nil {
		t.Fatal(err)
	}
	read := func(args ...string) indexer.Config {
		t.Helper()
		var cfg indexer.Config
		app := &cli.App{Flags: indexer.CLIFlags(indexer.EnvVarPrefix), Action: func(c *cli.Context) (err error) {
			cfg, err = indexer.ReadCLIConfig(c)
			return err
		}}
		if err := app.Run(append([]string{"bevan"}, args...)); err != nil {
			t.Fatal(err)
		}
		return cfg
	}
	t.Setenv("BEVAN_INDEXER_MANIFEST", path)
	t.Setenv("BEVAN_HTTP", "127.0.0.1:9001")
	t.Setenv("BEVAN_DB", "sqlite://old.db")
	t.Setenv("BEVAN_INDEXER_DB", "sqlite://new.db")
	t.Setenv("BEVAN_INDEXER_CONFIRMATIONS", "safe")
	cfg := read()
	if cfg.Manifest == nil || cfg.Manifest.ConsentsAddress() != m.ConsentsAddress() {
		t.Fatalf("manifest %+v, want %s's", cfg.Manifest, path)
	}
	if cfg.HTTPAddr != "127.0.0.1:9001" || cfg.DB != "sqlite://new.db" || cfg.Confirmations != indexer.Safe {
		t.Fatalf("http %q db %q confirmations %q: want the old BEVAN_HTTP, BEVAN_INDEXER_DB over BEVAN_DB, safe", cfg.HTTPAddr, cfg.DB, cfg.Confirmations)
	}
	if cfg := read("--http", "", "--db", "sqlite://flag.db"); cfg.HTTPAddr != "" || cfg.DB != "sqlite://flag.db" {
		t.Fatalf("flags did not beat the environment: http %q db %q", cfg.HTTPAddr, cfg.DB)
	}
}
