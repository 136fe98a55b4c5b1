package main

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/internal/devnettest"
)

func TestMain(m *testing.M) { os.Exit(devnettest.Main(m)) }

// --pprof.cpu writes a CPU profile (gzip-compressed protobuf, as go tool pprof reads) of the command it wraps; a
// profile that cannot be created stops the command before it runs.
func TestCPUProfileFlag(t *testing.T) {
	t.Setenv("BEVAN_HOME", t.TempDir())
	t.Setenv("BEVAN_TEST_PW", "correct horse battery staple")
	path := filepath.Join(t.TempDir(), "cpu.prof")
	if _, _, err := runApp(t, "", "--pprof.cpu", path, "wallet", "new", "--light-kdf", "--password-env", "BEVAN_TEST_PW"); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("the profile is not gzip-compressed: %v", err)
	}
	if b, err := io.ReadAll(zr); err != nil || len(b) == 0 {
		t.Fatalf("profile: %d bytes, %v", len(b), err)
	}

	missing := filepath.Join(t.TempDir(), "no", "such", "dir", "cpu.prof")
	_, _, err = runApp(t, "", "--pprof.cpu", missing, "wallet", "list")
	if err == nil || !strings.Contains(err.Error(), "--pprof.cpu") {
		t.Fatalf("an unwritable profile path: %v", err)
	}
}
