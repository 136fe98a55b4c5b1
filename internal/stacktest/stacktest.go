// Package stacktest starts a devnet stack (the chain with the suite deployed, a relayer, an indexer) for a test. It
// stands apart from devnettest because the relayer's and serve's own tests use devnettest, and a stack is built of
// them.
package stacktest

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/devnet/stack"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/relayer"
)

// Start starts a stack of opts on a devnet of cfg (devnettest.Config for the default) within two minutes, failing the
// test if it cannot, and stops it when the test ends.
func Start(t testing.TB, cfg devnet.Config, opts stack.Options) *stack.Stack {
	t.Helper()
	return StartWithin(t, cfg, opts, 2*time.Minute)
}

// StartWithin is Start with another budget (the whole stack on a loaded machine wants more).
func StartWithin(t testing.TB, cfg devnet.Config, opts stack.Options, budget time.Duration) *stack.Stack {
	t.Helper()
	s, err := stack.New(cfg, devnettest.Log(), opts)
	if err != nil {
		t.Fatal(err)
	}
	devnettest.StartWithin(t, s, budget)
	return s
}

// Indexed is a relayer and an indexer on free ports, the indexer's database SQLite in a temporary directory.
func Indexed(t testing.TB) stack.Options {
	return stack.Options{Relayer: &stack.RelayerOptions{HTTPAddr: "127.0.0.1:0"},
		Indexer: &stack.IndexerOptions{HTTPAddr: "127.0.0.1:0", DB: "sqlite://" + filepath.Join(t.TempDir(), "index.db")}}
}

// Unmetered is a relayer on a free port without a per-wallet gas quota or request rate (a telemetry gateway's
// anchors, which tests ask for many times a minute, are not what they are for), running its own redis-server; no
// indexer.
func Unmetered() stack.Options {
	return stack.Options{Relayer: &stack.RelayerOptions{HTTPAddr: "127.0.0.1:0", Tune: func(c *relayer.Config) {
		c.Limits.GasPerDay, c.Limits.RequestsPerMinute = 0, 0
	}}}
}
