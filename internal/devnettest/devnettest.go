// Package devnettest holds the fixtures tests share: a devnet whose anvil binds a free port itself and reports it
// (no listen-then-close race), one quiet logger, a log sink safe for concurrent writers, and the bevan binary built
// once per test binary.
package devnettest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/bevan-health/bevan/devnet"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Log is the tests' logger: silent, or debug lines on stderr when BEVAN_TEST_LOG is set.
func Log() *slog.Logger {
	if os.Getenv("BEVAN_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// Config is the default devnet configuration on a port anvil picks (RPCURL names it), writing its manifest in dir.
func Config(dir string) devnet.Config {
	cfg := devnet.DefaultConfig()
	cfg.Port, cfg.ManifestDir = 0, dir
	return cfg
}

// Lifecycle is what Start runs: a *devnet.Devnet, or a *stack.Stack with services attached.
type Lifecycle interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
}

// Start starts l within two minutes, failing the test if it cannot, and stops it when the test ends.
func Start(t testing.TB, l Lifecycle) {
	t.Helper()
	StartWithin(t, l, 2*time.Minute)
}

// StartWithin is Start with another budget (a whole stack on a loaded machine wants more), logging how long the start
// took.
func StartWithin(t testing.TB, l Lifecycle, budget time.Duration) {
	t.Helper()
	t.Cleanup(func() {
		if err := l.Stop(context.Background()); err != nil {
			t.Logf("stop: %v", err)
		}
	})
	ctx, cancel := context.WithTimeout(context.Background(), budget)
	defer cancel()
	started := time.Now()
	if err := l.Start(ctx); err != nil {
		t.Fatalf("start: %v", err)
	}
	t.Logf("started in %s", time.Since(started).Round(time.Millisecond))
}

// Devnet starts a devnet with the suite deployed (Config in a temporary directory) for the test.
func Devnet(t testing.TB) *devnet.Devnet {
	t.Helper()
	return StartDevnet(t, Config(t.TempDir()))
}

// StartDevnet starts a devnet of cfg for the test.
func StartDevnet(t testing.TB, cfg devnet.Config) *devnet.Devnet {
	t.Helper()
	d, err := devnet.New(cfg, Log())
	if err != nil {
		t.Fatal(err)
	}
	Start(t, d)
	return d
}

// Transact sends the transaction send builds with the devnet key of role (the devnet's chain id, ctx) and waits until
// it is mined; any error fails the test. The receipt's status is the caller's to check.
func Transact(t testing.TB, ctx context.Context, d *devnet.Devnet, role string,
	send func(*bind.TransactOpts) (*types.Transaction, error)) *types.Receipt {
	t.Helper()
	opts, err := bind.NewKeyedTransactorWithChainID(devnet.DevKey(role), new(big.Int).SetUint64(d.Manifest.ChainID))
	if err != nil {
		t.Fatal(err)
	}
	opts.Context = ctx
	tx, err := send(opts)
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := bind.WaitMined(ctx, d.Client, tx)
	if err != nil {
		t.Fatal(err)
	}
	return rcpt
}

// SendData is Transact of raw calldata to a contract (a plan's prepared call).
func SendData(t testing.TB, ctx context.Context, d *devnet.Devnet, role string, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	c := bind.NewBoundContract(to, abi.ABI{}, d.Client, d.Client, d.Client)
	return Transact(t, ctx, d, role, func(o *bind.TransactOpts) (*types.Transaction, error) { return c.RawTransact(o, data) })
}

var build struct {
	sync.Once
	dir, path string
	err       error
}

// Bevan builds the bevan binary once per test binary and returns its path. A package that calls it runs its tests
// through Main, which removes the binary at the end.
func Bevan(t testing.TB) string {
	t.Helper()
	build.Do(func() {
		build.dir, build.err = os.MkdirTemp("", "bevan-test-bin-")
		if build.err != nil {
			return
		}
		build.path = filepath.Join(build.dir, "bevan")
		_, file, _, _ := runtime.Caller(0)
		cmd := exec.Command("go", "build", "-o", build.path, "./cmd/bevan")
		cmd.Dir = filepath.Join(filepath.Dir(file), "..", "..")
		if out, err := cmd.CombinedOutput(); err != nil {
			build.err = fmt.Errorf("go build ./cmd/bevan: %w\n%s", err, out)
		}
	})
	if build.err != nil {
		t.Fatal(build.err)
	}
	return build.path
}

// Main runs the package's tests and then removes what Bevan built: func TestMain(m *testing.M) {
// os.Exit(devnettest.Main(m)) }.
func Main(m *testing.M) int {
	code := m.Run()
	if build.dir != "" {
		_ = os.RemoveAll(build.dir)
	}
	return code
}

// GraphQL posts query (with vars, if any) to the GraphQL endpoint url and decodes the answer's data into out. A failed
// request, a status other than 200, an answer with errors, or data that does not decode into out fails the test.
func GraphQL(ctx context.Context, t testing.TB, url, query string, vars map[string]any, out any) {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("graphql: %v", err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	var r struct {
		Data   json.RawMessage
		Errors []struct{ Message string }
	}
	if err := json.Unmarshal(raw, &r); err != nil || resp.StatusCode != http.StatusOK || len(r.Errors) > 0 {
		t.Fatalf("graphql HTTP %d (%v): %s\nquery: %s", resp.StatusCode, err, raw, query)
	}
	if err := json.Unmarshal(r.Data, out); err != nil {
		t.Fatalf("graphql data: %v: %s", err, r.Data)
	}
}

// Buffer is a log sink safe for a service's goroutines and the test reading it at once.
type Buffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *Buffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// String is what has been written so far.
func (b *Buffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// Bytes is a copy of what has been written so far.
func (b *Buffer) Bytes() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	return bytes.Clone(b.buf.Bytes())
}
