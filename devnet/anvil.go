package devnet

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// AnvilConfig configures a local OP-stack chain run by `anvil --optimism`.
type AnvilConfig struct {
	// Bin is the anvil binary; empty means FindAnvil.
	Bin  string
	Host string
	// Port is the RPC's TCP port; 0 lets anvil bind a free one, which Anvil.URL then names.
	Port    int
	ChainID uint64
	// BlockTime is the interval between blocks; 0 is automine (a block per transaction).
	BlockTime time.Duration
	// StateFile, when set, is loaded at start (if it exists) and written on exit and periodically.
	StateFile string
	// Log receives anvil's own output (nil discards it).
	Log io.Writer
}

// Anvil is a running anvil child process.
type Anvil struct {
	cfg     AnvilConfig
	cmd     *exec.Cmd
	exited  chan struct{} // closed when the process has exited
	exitErr error         // set before exited is closed
	URL     string
}

// FindAnvil locates the anvil binary: $BEVAN_ANVIL, then node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil in the
// working directory or any parent (the npm install of the repository), then next to the bevan executable's
// repository, then PATH.
func FindAnvil() (string, error) {
	if p := os.Getenv("BEVAN_ANVIL"); p != "" {
		return p, nil
	}
	rel := filepath.Join("node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil")
	var starts []string
	if wd, err := os.Getwd(); err == nil {
		starts = append(starts, wd)
	}
	if exe, err := os.Executable(); err == nil {
		starts = append(starts, filepath.Dir(exe))
	}
	for _, dir := range starts {
		for d := dir; ; d = filepath.Dir(d) {
			if p := filepath.Join(d, rel); isExecutable(p) {
				return p, nil
			}
			if filepath.Dir(d) == d {
				break
			}
		}
	}
	if p, err := exec.LookPath("anvil"); err == nil {
		return p, nil
	}
	return "", errors.New("anvil not found: run `make setup` (npm ci installs it under node_modules), or set --anvil / BEVAN_ANVIL")
}

func isExecutable(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir() && st.Mode()&0o111 != 0
}

// ErrPortInUse is wrapped by the error of a devnet whose RPC port is taken.
var ErrPortInUse = errors.New("port already in use")

// CheckPortFree returns a clear error, wrapping ErrPortInUse, when host:port is already taken.
func CheckPortFree(host string, port int) error {
	addr := net.JoinHostPort(host, strconv.Itoa(port))
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("port %s is already in use (another devnet or node?): choose another with --port, or stop what holds it: %w (%w)", addr, ErrPortInUse, err)
	}
	return l.Close()
}

// StartAnvil starts anvil and waits until its RPC answers.
func StartAnvil(ctx context.Context, cfg AnvilConfig, log *slog.Logger) (*Anvil, error) {
	if cfg.Host == "" {
		cfg.Host = "127.0.0.1"
	}
	if cfg.Bin == "" {
		bin, err := FindAnvil()
		if err != nil {
			return nil, err
		}
		cfg.Bin = bin
	}
	if cfg.Port != 0 {
		if err := CheckPortFree(cfg.Host, cfg.Port); err != nil {
			return nil, err
		}
	}
	args := []string{"--optimism", "--host", cfg.Host, "--port", strconv.Itoa(cfg.Port),
		"--chain-id", strconv.FormatUint(cfg.ChainID, 10), "--accounts", "1"}
	if cfg.BlockTime > 0 {
		args = append(args, "--block-time", strconv.FormatFloat(cfg.BlockTime.Seconds(), 'f', -1, 64))
	}
	if cfg.StateFile != "" {
		if err := os.MkdirAll(filepath.Dir(cfg.StateFile), 0o755); err != nil {
			return nil, fmt.Errorf("state directory: %w", err)
		}
		// --state loads the file if present and dumps to it on exit; --state-interval also dumps while running.
		args = append(args, "--state", cfg.StateFile, "--state-interval", "10", "--preserve-historical-states")
	}
	cmd := exec.Command(cfg.Bin, args...)
	out := cfg.Log
	if out == nil {
		out = io.Discard
	}
	listening := newListenWatcher(out)
	cmd.Stdout, cmd.Stderr = listening, out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGTERM}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start anvil (%s): %w", cfg.Bin, err)
	}
	a := &Anvil{cfg: cfg, cmd: cmd, exited: make(chan struct{})}
	go func() {
		a.exitErr = cmd.Wait()
		close(a.exited)
	}()
	log.Info("anvil starting", "bin", cfg.Bin, "host", cfg.Host, "port", cfg.Port, "chainId", cfg.ChainID, "blockTime", cfg.BlockTime, "state", cfg.StateFile)
	if err := a.waitReady(ctx, listening.addr); err != nil {
		_ = a.Stop(context.Background())
		return nil, err
	}
	return a, nil
}

// waitReady waits for anvil's "Listening on host:port" line, which names the port it bound (the one asked for, or
// a free one for port 0), then until its RPC answers.
func (a *Anvil) waitReady(ctx context.Context, listening <-chan string) error {
	deadline := time.Now().Add(30 * time.Second)
	timer := time.NewTimer(time.Until(deadline))
	defer timer.Stop()
	select {
	case addr := <-listening:
		_, port, err := net.SplitHostPort(addr)
		if err != nil {
			return fmt.Errorf("anvil listens on %q: %w", addr, err)
		}
		a.URL = "http://" + net.JoinHostPort(a.cfg.Host, port)
	case <-a.exited:
		return fmt.Errorf("anvil exited during start-up (see its log): %v", a.exitErr)
	case <-ctx.Done():
		return ctx.Err()
	case <-timer.C:
		return errors.New("anvil did not say where it listens within 30s")
	}
	for {
		select {
		case <-a.exited:
			return fmt.Errorf("anvil exited during start-up (see its log): %v", a.exitErr)
		case <-ctx.Done():
			return ctx.Err()
		default:
		}
		c, err := rpc.DialContext(ctx, a.URL)
		if err == nil {
			var id string
			err = c.CallContext(ctx, &id, "eth_chainId")
			c.Close()
			if err == nil {
				return nil
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("anvil did not answer on %s within 30s: %w", a.URL, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Done is closed when anvil has exited; Err then says how.
func (a *Anvil) Done() <-chan struct{} { return a.exited }

// Err is anvil's exit error, once Done is closed.
func (a *Anvil) Err() error {
	select {
	case <-a.exited:
		return a.exitErr
	default:
		return nil
	}
}

// Stop ends anvil gracefully (SIGTERM, so it dumps --state), then kills it after a grace period.
func (a *Anvil) Stop(ctx context.Context) error {
	if a.cmd.Process == nil {
		return nil
	}
	_ = syscall.Kill(-a.cmd.Process.Pid, syscall.SIGTERM)
	grace := time.NewTimer(10 * time.Second)
	defer grace.Stop()
	select {
	case <-a.exited:
		return nil
	case <-grace.C:
	case <-ctx.Done():
	}
	_ = syscall.Kill(-a.cmd.Process.Pid, syscall.SIGKILL)
	<-a.exited
	return nil
}

// listenWatcher passes anvil's output on and sends, once, the address of its "Listening on host:port" line.
type listenWatcher struct {
	out  io.Writer
	addr chan string
	line []byte
	sent bool
}

func newListenWatcher(out io.Writer) *listenWatcher {
	return &listenWatcher{out: out, addr: make(chan string, 1)}
}

func (w *listenWatcher) Write(p []byte) (int, error) {
	if !w.sent {
		w.line = append(w.line, p...)
		for {
			i := bytes.IndexByte(w.line, '\n')
			if i < 0 {
				break
			}
			line := strings.TrimSpace(string(w.line[:i]))
			w.line = w.line[i+1:]
			if addr, ok := strings.CutPrefix(line, "Listening on "); ok {
				w.addr <- addr
				w.sent, w.line = true, nil
				break
			}
		}
	}
	return w.out.Write(p)
}
