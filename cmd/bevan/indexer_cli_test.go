package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
)

// TestIndexerHelp checks that `bevan indexer --help` documents the flags with their environment variables.
func TestIndexerHelp(t *testing.T) {
	out, _, err := runApp(t, "", "indexer", "--help")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"--rpc", "BEVAN_RPC", "--ws", "BEVAN_WS_RPC", "--db", "BEVAN_DB", "sqlite://", "postgres://",
		"--confirmations", "latest", "safe", "finalized", "BEVAN_CONFIRMATIONS", "--manifest", "--deployments", "--poll-interval",
		"--concurrency", "--max-range", "--request-timeout", "--progress-interval", "BEVAN_INDEXER_PROGRESS", "--http", "BEVAN_HTTP",
		"/metrics", "/healthz", "--exit-at-head", "--graphql.max-depth", "--graphql.max-complexity", "--graphql.max-body",
		"--graphql.timeout", "BEVAN_GRAPHQL_TIMEOUT"} {
		if !strings.Contains(out, want) {
			t.Errorf("bevan indexer --help lacks %q", want)
		}
	}
}

// TestIndexerCommand runs `bevan indexer --exit-at-head` on a devnet into SQLite and PostgreSQL (same data), and
// checks that bad flags are refused with clear errors.
func TestIndexerCommand(t *testing.T) {
	d := devnettest.Devnet(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	base := []string{"--log.level", "warn", "indexer", "--rpc", d.RPCURL(), "--manifest", d.ManifestPath, "--http", ""}

	var sums []string
	for _, db := range []string{"sqlite://" + filepath.Join(t.TempDir(), "index.db"), storetest.PostgresURL(t)} {
		if _, stderr, err := runApp(t, "", append(base, "--db", db, "--exit-at-head")...); err != nil {
			t.Fatalf("bevan indexer --db %s: %v\n%s", db, err, stderr)
		}
		st, err := store.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		cp, ok, err := st.Checkpoint(ctx)
		if err != nil || !ok || cp.Number == 0 {
			t.Fatalf("--db %s: checkpoint %+v %v %v", db, cp, ok, err)
		}
		n, err := st.Counts(ctx)
		if err != nil || n[store.TableMembers] == 0 {
			t.Fatalf("--db %s: counts %v %v (the deployment admits the founding members)", db, n, err)
		}
		sum, err := st.Checksum(ctx)
		_ = st.Close()
		if err != nil {
			t.Fatal(err)
		}
		sums = append(sums, sum)
	}
	if sums[0] != sums[1] {
		t.Fatalf("SQLite and PostgreSQL indexed different data: %s vs %s", sums[0], sums[1])
	}

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--db", "mysql://localhost/x"}, "want sqlite://path or postgres://"},
		{[]string{"--db", "sqlite://" + filepath.Join(t.TempDir(), "x.db"), "--confirmations", "eventually"}, "want latest, safe or finalized"},
		{[]string{"--db", "sqlite://" + filepath.Join(t.TempDir(), "x.db"), "--ws", "http://127.0.0.1:1"}, "want ws:// or wss://"},
		{[]string{"--db", "sqlite://" + filepath.Join(t.TempDir(), "x.db"), "--graphql.max-depth", "0"}, "graphql limits must be positive"},
		{[]string{"--db", "postgres://nobody@127.0.0.1:1/none?connect_timeout=2"}, "postgres"},
	} {
		_, _, err := runApp(t, "", append(append([]string{}, base...), append(tc.args, "--exit-at-head")...)...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("bevan indexer %v: error %v, want one containing %q", tc.args, err, tc.want)
		}
	}
}
