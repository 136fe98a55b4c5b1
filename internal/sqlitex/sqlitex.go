// Package sqlitex opens a SQLite database file (the pure-Go modernc.org/sqlite driver) the way every Bevan store
// does: the directory created, the WAL journal, a 10 s busy timeout, write transactions that take the lock when they
// begin (BEGIN IMMEDIATE, so two writers never deadlock upgrading a read lock), and the store's own pragmas.
package sqlitex

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	_ "modernc.org/sqlite" // pure-Go SQLite driver "sqlite"
)

// Open opens (creating it, and its directory with owner-only permissions) the SQLite database at path, applies the
// common pragmas and then `pragmas` (each as the driver's _pragma takes it, e.g. "synchronous(FULL)"), and checks
// that it answers. The caller sizes the connection pool and closes the database.
func Open(ctx context.Context, path string, pragmas ...string) (*sql.DB, error) {
	if err := CheckPath(path); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("sqlite: create directory: %w", err)
	}
	q := url.Values{}
	for _, p := range append([]string{"journal_mode(WAL)", "busy_timeout(10000)"}, pragmas...) {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if err := db.PingContext(ctx); err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	return db, nil
}

// CheckPath refuses a path that the driver's `file:` URI and a plain filename would read as different files: the
// driver opens "file:"+path+"?"+pragmas as a URI, where '?' starts the query, '#' the fragment and '%' an escape,
// while a connection opened with the path itself (store's read connections) takes every byte literally. Such a path
// is refused before anything is created, instead of two connections reading two databases; so are ":memory:"
// (a database per connection) and a path that is already a file: URI.
func CheckPath(path string) error {
	if path == "" {
		return fmt.Errorf("sqlite: empty path")
	}
	if path == ":memory:" || strings.HasPrefix(path, "file:") {
		return fmt.Errorf("sqlite: %q: an in-memory database or a file: URI is not supported (each of the store's connections would open a database of its own); give a file path — a temporary directory for a throwaway one", path)
	}
	if i := strings.IndexAny(path, "?#%"); i >= 0 {
		return fmt.Errorf("sqlite: path %q: %q is not allowed in a database path (it means something else in the driver's file: URI)", path, path[i])
	}
	return nil
}
