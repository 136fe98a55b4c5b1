package dburl

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	for _, c := range []struct{ url, kind, target, err string }{
		{"postgres://u@127.0.0.1:5432/test", Postgres, "postgres://u@127.0.0.1:5432/test", ""},
		{"postgresql://u@h/db?sslmode=disable", Postgres, "postgresql://u@h/db?sslmode=disable", ""},
		{"sqlite:///var/lib/bevan/index.db", SQLite, "/var/lib/bevan/index.db", ""},
		{"sqlite://index.db", SQLite, "index.db", ""},
		{"sqlite:index.db", SQLite, "index.db", ""},
		{"./data/index.db", SQLite, "./data/index.db", ""},
		{"mysql://db/bevan", "", "", `readings database "mysql://db/bevan": want sqlite://path or postgres://`},
		{"", "", "", "readings database url is empty"},
	} {
		kind, target, err := Parse(c.url, "readings database")
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) || kind != "" || target != "" {
				t.Errorf("Parse(%q) = %q, %q, %v; want the error %q", c.url, kind, target, err, c.err)
			}
			continue
		}
		if err != nil || kind != c.kind || target != c.target {
			t.Errorf("Parse(%q) = %q, %q, %v; want %q, %q", c.url, kind, target, err, c.kind, c.target)
		}
	}
}

// Open calls the opener of the database the URL names, with its target, and no opener for a URL it refuses.
func TestOpen(t *testing.T) {
	ctx := context.Background()
	var called []string
	opener := func(kind string) func(context.Context, string) (string, error) {
		return func(_ context.Context, target string) (string, error) {
			called = append(called, kind+" "+target)
			if target == "fail.db" {
				return "", errors.New("disk full")
			}
			return kind + ":" + target, nil
		}
	}
	open := func(url string) (string, error) { return Open(ctx, url, "database", opener(Postgres), opener(SQLite)) }
	if s, err := open("postgres://h/db"); err != nil || s != "postgres:postgres://h/db" {
		t.Fatalf("postgres: %q %v", s, err)
	}
	if s, err := open("sqlite:///tmp/x.db"); err != nil || s != "sqlite:/tmp/x.db" {
		t.Fatalf("sqlite: %q %v", s, err)
	}
	if _, err := open("sqlite://fail.db"); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("an opener's error: %v", err)
	}
	n := len(called)
	if _, err := open("redis://h"); err == nil || len(called) != n {
		t.Fatalf("a refused URL: %v, openers called %v", err, called[n:])
	}
}
