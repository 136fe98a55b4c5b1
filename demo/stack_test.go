package demo_test

import (
	"bytes"
	"testing"

	"github.com/bevan-health/bevan/demo"
	"github.com/bevan-health/bevan/devnet/stack"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/internal/stacktest"
)

// startStory starts a devnet with its relayer and indexer (SQLite) and a demo runner that writes to out; both stop
// when the test ends.
func startStory(t *testing.T) (*stack.Stack, *demo.Runner, *bytes.Buffer) {
	t.Helper()
	s := stacktest.Start(t, devnettest.Config(t.TempDir()), stacktest.Indexed(t))
	out := new(bytes.Buffer)
	r, err := demo.New(s.Devnet.Client, s.Devnet.Manifest, s.Relayer.URL(), out)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.Close() })
	return s, r, out
}
