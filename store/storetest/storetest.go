// Package storetest gives tests a real database: a fresh PostgreSQL schema on the machine's server (dropped when
// the test ends) or a SQLite file in the test's temporary directory, and the store opened on it.
package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/bevan-health/bevan/store"
	"github.com/jackc/pgx/v5"
)

// NoPostgresEnv, set to 1, lets tests skip PostgreSQL where the machine has none; otherwise an unreachable server
// fails the test.
const NoPostgresEnv = "BEVAN_TEST_NO_POSTGRES"

// PostgresURLEnv overrides the server (default postgres://postgres@127.0.0.1:5432/test, then user root).
const PostgresURLEnv = "BEVAN_TEST_POSTGRES"

// PostgresURL creates a unique schema for the test and returns a URL whose search_path selects it; the schema is
// dropped at cleanup.
func PostgresURL(t testing.TB) string {
	t.Helper()
	if os.Getenv(NoPostgresEnv) == "1" {
		t.Skip("PostgreSQL tests disabled by " + NoPostgresEnv + "=1")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	candidates := []string{"postgres://postgres@127.0.0.1:5432/test?sslmode=disable", "postgres://root@127.0.0.1:5432/test?sslmode=disable"}
	if u := os.Getenv(PostgresURLEnv); u != "" {
		candidates = []string{u}
	}
	var conn *pgx.Conn
	var base string
	var errs []error
	for _, u := range candidates {
		c, err := pgx.Connect(ctx, u)
		if err == nil {
			conn, base = c, u
			break
		}
		errs = append(errs, err)
	}
	if conn == nil {
		t.Fatalf("PostgreSQL is not reachable (%v): start it with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`, "+
			"or set %s=1 to skip the PostgreSQL tests", errs, NoPostgresEnv)
	}
	defer conn.Close(ctx)
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "bevan_test_" + hex.EncodeToString(b[:])
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema %s: %v", schema, err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		c, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
			return
		}
		defer c.Close(ctx)
		if _, err := c.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	return base + "&search_path=" + schema
}

// SQLiteURL is a sqlite:// URL of a new file in the test's temporary directory.
func SQLiteURL(t testing.TB) string {
	t.Helper()
	return "sqlite://" + filepath.Join(t.TempDir(), "bevan.db")
}

// Kinds are the store kinds tests run against.
func Kinds() []string { return []string{"sqlite", "postgres"} }

// URL returns a fresh database URL of the kind.
func URL(t testing.TB, kind string) string {
	t.Helper()
	switch kind {
	case "sqlite":
		return SQLiteURL(t)
	case "postgres":
		return PostgresURL(t)
	}
	t.Fatalf("unknown store kind %q", kind)
	return ""
}

// Open opens the store at url for the test and closes it when the test ends.
func Open(t testing.TB, url string) store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

// Read opens the store at url, returns what read finds in it, and closes it (a finished run's database inspected);
// any error fails the test.
func Read[T any](t testing.TB, url string, read func(context.Context, store.Store) (T, error)) T {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	v, err := read(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
