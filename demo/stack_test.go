package demo_test

import (
	"bytes"
	"testing"

	"github.com/bevan-health/bevan/demo"
	"github.com/bevan-health/bevan/devnet/stack"
	"github.com/bevan-health/bevan/internal/devnettest"
)

// startStory starts a devnet with its relayer and indexer (SQLite) and a demo runner that writes to out; both stop
// when the test ends.
func startStory(t *testing.T) (*stack.Stack, *demo.Runner, *bytes.Buffer) {
	t.Helper()
	cfg := devnettest.Config(t.TempDir())
	s, err := stack.New(cfg, devnettest.Log(), stack.Options{Relayer: &stack.RelayerOptions{HTTPAddr: "127.0.0.1:0"},
		Indexer: &stack.IndexerOptions{HTTPAddr: "127.0.0.1:0", DB: "sqlite://" + t.TempDir() + "/index.db"}})
	if err != nil {
		t.Fatal(err)
	}
	devnettest.Start(t, s)
	out := new(bytes.Buffer)
	r, err := demo.New(s.Devnet.Client, s.Devnet.Manifest, s.Relayer.URL(), out)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.Close() })
	return s, r, out
}
