// Package dburl reads a Bevan store's database URL the one way every store does: postgres://... or
// postgresql://... is PostgreSQL, sqlite://path, sqlite:path or a bare path is a SQLite file.
package dburl

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// Postgres and SQLite are the databases a URL can name.
const (
	Postgres = "postgres"
	SQLite   = "sqlite"
)

// Parse tells which database url names: Postgres with the URL itself, or SQLite with the file's path. what names
// the database in errors, e.g. "database" or "readings database".
func Parse(url, what string) (kind, target string, err error) {
	switch {
	case strings.HasPrefix(url, "postgres://"), strings.HasPrefix(url, "postgresql://"):
		return Postgres, url, nil
	case strings.HasPrefix(url, "sqlite://"):
		return SQLite, strings.TrimPrefix(url, "sqlite://"), nil
	case strings.HasPrefix(url, "sqlite:"):
		return SQLite, strings.TrimPrefix(url, "sqlite:"), nil
	case strings.Contains(url, "://"):
		return "", "", fmt.Errorf("%s %q: want sqlite://path or postgres://...", what, url)
	case url == "":
		return "", "", errors.New(what + " url is empty")
	default:
		return SQLite, url, nil
	}
}

// Open opens the store url names: with postgres, given the URL, or with sqlite, given the file's path.
func Open[S any](ctx context.Context, url, what string, postgres, sqlite func(context.Context, string) (S, error)) (S, error) {
	kind, target, err := Parse(url, what)
	switch {
	case err != nil:
		var none S
		return none, err
	case kind == Postgres:
		return postgres(ctx, target)
	default:
		return sqlite(ctx, target)
	}
}
