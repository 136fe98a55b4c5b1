package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestSQLitePathWithURICharacters: the store and its own read connections (sqliteread.go, opened with the plain
// filename) refuse a path that the driver's file: URI would read as another file, instead of reading two databases.
func TestSQLitePathWithURICharacters(t *testing.T) {
	for _, name := range []string{"x?mode=memory.db", "x#y.db", "x%41.db"} {
		path := filepath.Join(t.TempDir(), name)
		if s, err := OpenSQLite(context.Background(), path); err == nil {
			_ = s.Close()
			t.Errorf("OpenSQLite(%s) opened", name)
		} else if !strings.Contains(err.Error(), "not allowed in a database path") {
			t.Errorf("OpenSQLite(%s): %v", name, err)
		}
		if c, err := openLiteConn(path); err == nil {
			c.close()
			t.Errorf("read connection on %s opened", name)
		} else if !strings.Contains(err.Error(), "not allowed in a database path") {
			t.Errorf("read connection on %s: %v", name, err)
		}
	}
}
