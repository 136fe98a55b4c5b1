package main

import (
	"bufio"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bevan-health/bevan/internal/devnettest"
)

func TestDevnetCommandStartsAndStopsOnInterrupt(t *testing.T) {
	bin := devnettest.Bevan(t)
	cmd := exec.Command(bin, "devnet", "--port", "0", "--deployments", t.TempDir(), "--relayer.http", "127.0.0.1:0",
		"--indexer.http", "127.0.0.1:0")
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	up := make(chan string, 1)
	go func() {
		var all strings.Builder
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			all.WriteString(sc.Text() + "\n")
			if strings.Contains(sc.Text(), "Development keys") {
				up <- all.String()
			}
		}
	}()
	var index string // the temporary index (no --state)
	var port string  // the RPC's, which anvil picked
	select {
	case summary := <-up:
		if m := regexp.MustCompile(`(?m)^  RPC +http://127\.0\.0\.1:(\d+)$`).FindStringSubmatch(summary); m != nil {
			port = m[1]
		} else {
			t.Fatalf("summary names no RPC port:\n%s", summary)
		}
		if m := regexp.MustCompile(`(?m)^  index +sqlite://(\S+)$`).FindStringSubmatch(summary); m != nil {
			index = m[1]
			if _, err := os.Stat(index); err != nil {
				t.Errorf("index database: %v", err)
			}
		}
		for _, want := range []string{"ConsentRegistry", "BevanGovernor", "relayer    http://127.0.0.1:",
			"graphql    http://127.0.0.1:", "/graphql  (GraphiQL at http://127.0.0.1:", "web app    http://127.0.0.1:", "index      sqlite://"} {
			if !strings.Contains(summary, want) {
				t.Errorf("summary lacks %q:\n%s", want, summary)
			}
		}
	case <-time.After(90 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatal("devnet did not come up")
	}

	// The port is taken now: a second devnet says so and exits non-zero.
	out, err := exec.Command(bin, "devnet", "--port", port, "--deployments", t.TempDir(), "--no-relayer", "--no-indexer").CombinedOutput()
	if err == nil || !strings.Contains(string(out), "already in use") {
		t.Errorf("second devnet on a busy port: err=%v\n%s", err, out)
	}

	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("devnet exited with %v after Ctrl-C", err)
		}
	case <-time.After(30 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatal("devnet did not stop on Ctrl-C")
	}
	// anvil is gone with it: the port is free again.
	l, err := net.Listen("tcp", "127.0.0.1:"+port)
	if err != nil {
		t.Fatalf("port still held after stop (anvil left behind?): %v", err)
	}
	l.Close()
	// Without --state the index is not kept either.
	if _, err := os.Stat(filepath.Dir(index)); index == "" || !os.IsNotExist(err) {
		t.Errorf("temporary index %q left behind (%v)", index, err)
	}
}

// TestDevnetRefusesBadServiceFlags: a busy indexer or relayer address, --demo without the indexer and a database
// URL of another kind are refused with a clear error before anything starts.
func TestDevnetRefusesBadServiceFlags(t *testing.T) {
	bin := devnettest.Bevan(t)
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	held := busy.Addr().String()
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"--indexer.http", held}, []string{"indexer/GraphQL address " + held + " is already in use", "--indexer.http", "--no-indexer"}},
		{[]string{"--no-indexer", "--relayer.http", held}, []string{"relayer address " + held + " is already in use", "--relayer.http"}},
		{[]string{"--demo", "--no-indexer"}, []string{"--demo needs the indexer", "drop --no-indexer"}},
		{[]string{"--indexer.db", "mysql://db/bevan"}, []string{`--indexer.db "mysql://db/bevan"`, "sqlite://path or postgres://"}},
		{[]string{"--relayer.http", "127.0.0.1:18999", "--indexer.http", "127.0.0.1:18999"}, []string{"give them different ports"}},
	} {
		args := append([]string{"devnet", "--port", "0", "--deployments", t.TempDir(), "--relayer.http", "127.0.0.1:0"}, tc.args...)
		start := time.Now()
		out, err := exec.Command(bin, args...).CombinedOutput()
		if err == nil {
			t.Errorf("%v: no error\n%s", tc.args, out)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(string(out), w) {
				t.Errorf("%v: output lacks %q:\n%s", tc.args, w, out)
			}
		}
		if strings.Contains(string(out), "anvil starting") || time.Since(start) > 10*time.Second {
			t.Errorf("%v: refused only after starting the chain (%s):\n%s", tc.args, time.Since(start), out)
		}
	}
}

func TestHelpListsCommandsAndEnvVars(t *testing.T) {
	bin := devnettest.Bevan(t)
	out, err := exec.Command(bin, "--help").CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, c := range []string{"devnet", "deploy", "bench"} {
		if !strings.Contains(string(out), c) {
			t.Errorf("--help lacks %s", c)
		}
	}
	out, err = exec.Command(bin, "devnet", "--help").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "BEVAN_DEVNET_PORT") || !strings.Contains(string(out), "--state") ||
		!strings.Contains(string(out), "BEVAN_DEVNET_INDEXER_HTTP") || !strings.Contains(string(out), "BEVAN_DEVNET_INDEXER_DB") || !strings.Contains(string(out), "--no-indexer") {
		t.Errorf("devnet --help: %v\n%s", err, out)
	}
	out, err = exec.Command(bin, "deploy", "--chain", "nowhere").CombinedOutput()
	if err == nil || !strings.Contains(string(out), "unknown chain preset") {
		t.Errorf("bad preset: %v\n%s", err, out)
	}
	out, err = exec.Command(bin, "--log.format", "xml", "deploy", "--print-config").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "bevan-devnet") {
		t.Errorf("print-config: %v\n%s", err, out)
	}
}
