package sqlitex

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOpen: the directory is created owner-only, the common pragmas and the caller's are in force on the
// connection, and an empty or unusable path is an error, not a database somewhere else.
func TestOpen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "a", "b", "x.db")
	db, err := Open(ctx, path, "synchronous(FULL)", "foreign_keys(0)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	db.SetMaxOpenConns(1) // one connection: every query below sees the same pragmas
	for pragma, want := range map[string]string{"journal_mode": "wal", "busy_timeout": "10000", "synchronous": "2",
		"foreign_keys": "0"} {
		var got string
		if err := db.QueryRowContext(ctx, "PRAGMA "+pragma).Scan(&got); err != nil {
			t.Fatalf("%s: %v", pragma, err)
		}
		if got != want {
			t.Errorf("PRAGMA %s = %s, want %s", pragma, got, want)
		}
	}
	fi, err := os.Stat(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o700 {
		t.Errorf("directory mode %v, want 0700", fi.Mode().Perm())
	}

	if _, err := Open(ctx, ""); err == nil || !strings.Contains(err.Error(), "empty path") {
		t.Errorf("empty path: %v", err)
	}
	// A file where the directory should be.
	blocker := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(ctx, filepath.Join(blocker, "x.db")); err == nil {
		t.Error("opened a database under a regular file")
	}
}

// TestOpenRefusesURIPaths: a path with '?', '#' or '%' (which the driver's file: URI reads as a query, a fragment
// or an escape, while a plain filename keeps them) is refused with a clear error, and nothing is created.
func TestOpenRefusesURIPaths(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for _, name := range []string{"a?b.db", "a#b.db", "a%3Fb.db", "d?x/a.db"} {
		path := filepath.Join(dir, name)
		db, err := Open(ctx, path)
		if err == nil {
			_ = db.Close()
			t.Errorf("%s: opened", name)
			continue
		}
		if !strings.Contains(err.Error(), "not allowed in a database path") {
			t.Errorf("%s: %v", name, err)
		}
	}
	if ents, err := os.ReadDir(dir); err != nil || len(ents) != 0 {
		t.Errorf("files created for refused paths: %v %v", ents, err)
	}
	t.Chdir(dir)
	for _, path := range []string{":memory:", "file::memory:", "file:x.db"} {
		if db, err := Open(ctx, path); err == nil || !strings.Contains(err.Error(), "in-memory database or a file: URI is not supported") {
			if db != nil {
				_ = db.Close()
			}
			t.Errorf("%s: %v, want refused", path, err)
		}
	}
	if ents, err := os.ReadDir(dir); err != nil || len(ents) != 0 {
		t.Errorf("files created for refused paths: %v %v", ents, err)
	}
	if err := CheckPath(filepath.Join(dir, "plain-name_1.db")); err != nil {
		t.Errorf("plain path refused: %v", err)
	}
}
