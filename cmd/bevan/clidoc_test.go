package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/bevan-health/bevan/internal/clidoc"
)

var updateCLIDoc = flag.Bool("update-cli-doc", false, "rewrite docs/cli.md from the app (make docs)")

// TestCLIReference fails when docs/cli.md is not what the app's flags and commands give; `make docs` rewrites it.
func TestCLIReference(t *testing.T) {
	path := filepath.Join("..", "..", "docs", "cli.md")
	got := clidoc.Markdown(newApp())
	if *updateCLIDoc {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v: run make docs", err)
	}
	if string(want) != got {
		t.Fatal("docs/cli.md is out of date with the commands' flags: run make docs and commit it")
	}
}
