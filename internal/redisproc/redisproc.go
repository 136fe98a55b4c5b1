// Package redisproc runs a redis-server as a child process: for `bevan devnet` when no Redis URL is given, and for
// tests that restart Redis.
package redisproc

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"strconv"
	"syscall"
	"time"

	"github.com/redis/go-redis/v9"
)

// Config configures a redis-server child.
type Config struct {
	// Bin is the redis-server binary; empty looks it up on PATH.
	Bin string
	// Port is the TCP port on 127.0.0.1; 0 picks a free one.
	Port int
	// Dir holds the append-only file; empty makes a temporary directory (removed by Stop).
	Dir string
	// AppendOnly turns on the append-only file with fsync on every write, so a restart keeps every acknowledged
	// write.
	AppendOnly bool
	// Log receives redis-server's output (nil discards it).
	Log io.Writer
}

// Server is a running redis-server.
type Server struct {
	cfg     Config
	cmd     *exec.Cmd
	exited  chan struct{}
	tempDir bool
	// URL is redis://127.0.0.1:<port>/0.
	URL  string
	Port int
}

// ErrNotInstalled means redis-server is not on PATH.
var ErrNotInstalled = errors.New("redis-server not found on PATH: install it (Debian: apt-get install redis-server) or give a Redis URL")

// Start starts redis-server and waits until it answers PING.
func Start(ctx context.Context, cfg Config, log *slog.Logger) (*Server, error) {
	if cfg.Bin == "" {
		bin, err := exec.LookPath("redis-server")
		if err != nil {
			return nil, ErrNotInstalled
		}
		cfg.Bin = bin
	}
	s := &Server{cfg: cfg}
	if cfg.Port == 0 {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, fmt.Errorf("find a free port: %w", err)
		}
		cfg.Port = l.Addr().(*net.TCPAddr).Port
		_ = l.Close()
	}
	if cfg.Dir == "" {
		d, err := os.MkdirTemp("", "bevan-redis-")
		if err != nil {
			return nil, fmt.Errorf("redis directory: %w", err)
		}
		cfg.Dir, s.tempDir = d, true
	}
	s.cfg, s.Port = cfg, cfg.Port
	s.URL = "redis://127.0.0.1:" + strconv.Itoa(cfg.Port) + "/0"
	args := []string{"--bind", "127.0.0.1", "--port", strconv.Itoa(cfg.Port), "--dir", cfg.Dir, "--save", "",
		"--daemonize", "no", "--protected-mode", "yes"}
	if cfg.AppendOnly {
		args = append(args, "--appendonly", "yes", "--appendfsync", "always")
	} else {
		args = append(args, "--appendonly", "no")
	}
	s.cmd = exec.Command(cfg.Bin, args...)
	out := cfg.Log
	if out == nil {
		out = io.Discard
	}
	s.cmd.Stdout, s.cmd.Stderr = out, out
	s.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGTERM}
	if err := s.cmd.Start(); err != nil {
		return nil, fmt.Errorf("start redis-server (%s): %w", cfg.Bin, err)
	}
	s.exited = make(chan struct{})
	go func() { _ = s.cmd.Wait(); close(s.exited) }()
	log.Info("redis-server starting", "url", s.URL, "dir", cfg.Dir, "appendonly", cfg.AppendOnly)
	if err := s.waitReady(ctx); err != nil {
		_ = s.Stop(context.Background())
		return nil, err
	}
	return s, nil
}

func (s *Server) waitReady(ctx context.Context) error {
	c := redis.NewClient(&redis.Options{Addr: "127.0.0.1:" + strconv.Itoa(s.Port), MaxRetries: -1})
	defer c.Close()
	deadline := time.Now().Add(10 * time.Second)
	for {
		select {
		case <-s.exited:
			return fmt.Errorf("redis-server exited during start-up (port %d taken?)", s.Port)
		case <-ctx.Done():
			return ctx.Err()
		default:
		}
		if err := c.Ping(ctx).Err(); err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("redis-server on port %d did not answer within 10s", s.Port)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Halt stops the server process but keeps its directory, so Resume can bring it (and, with the append-only file,
// its data) back on the same port.
func (s *Server) Halt(ctx context.Context) error { return s.terminate(ctx) }

// Resume starts a halted server again on the same port and directory.
func (s *Server) Resume(ctx context.Context, log *slog.Logger) error {
	n, err := Start(ctx, s.cfg, log)
	if err != nil {
		return err
	}
	s.cmd, s.exited = n.cmd, n.exited
	return nil
}

func (s *Server) terminate(ctx context.Context) error {
	if s.cmd == nil || s.cmd.Process == nil {
		return nil
	}
	select {
	case <-s.exited:
		return nil
	default:
	}
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.exited:
	case <-time.After(10 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.exited
	case <-ctx.Done():
		_ = s.cmd.Process.Kill()
		<-s.exited
	}
	return nil
}

// Stop stops the server and removes its temporary directory.
func (s *Server) Stop(ctx context.Context) error {
	err := s.terminate(ctx)
	if s.tempDir {
		_ = os.RemoveAll(s.cfg.Dir)
	}
	return err
}
