// Package serve starts and stops the two moving parts every long-running Bevan service (the indexer, the GraphQL
// replica, the relayer) has, one way: its HTTP server, with bounded client times, and its background loop.
package serve

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"
)

// Timeouts bound a client's time on an HTTP server: a slow or idle client cannot hold a connection. WebSocket
// handlers clear the deadlines once they upgrade (GraphQL subscriptions live as long as the client wants).
type Timeouts struct{ ReadHeader, Read, Write, Idle time.Duration }

// DefaultTimeouts leave room for GraphQL's own query timeout (10 s by default) inside the write timeout.
func DefaultTimeouts() Timeouts {
	return Timeouts{ReadHeader: 10 * time.Second, Read: 30 * time.Second, Write: 60 * time.Second, Idle: 2 * time.Minute}
}

// HTTP is a service's HTTP server, serving in the background from Listen until Shutdown. A nil *HTTP (a service
// configured without one) has no address and shuts down at once.
type HTTP struct {
	srv *http.Server
	ln  net.Listener
}

// Listen listens on addr (port 0: one the system picks) and serves h in the background within t's bounds. A
// serving error other than the shutdown is logged as "<name> http server".
func Listen(addr string, h http.Handler, t Timeouts, log *slog.Logger, name string) (*HTTP, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("%s http: %w", name, err)
	}
	s := &HTTP{ln: ln, srv: &http.Server{Handler: h, ReadHeaderTimeout: t.ReadHeader, ReadTimeout: t.Read,
		WriteTimeout: t.Write, IdleTimeout: t.Idle}}
	go func() {
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error(name+" http server", "err", err)
		}
	}()
	return s, nil
}

// Addr is the address the server listens on ("" for a nil server).
func (s *HTTP) Addr() string {
	if s == nil {
		return ""
	}
	return s.ln.Addr().String()
}

// Shutdown stops accepting connections and waits, within ctx, for those open to finish.
func (s *HTTP) Shutdown(ctx context.Context) error {
	if s == nil {
		return nil
	}
	return s.srv.Shutdown(ctx)
}

// Loop is a service's background goroutine: started once, detached from the cancellation of the context that
// started it (a service outlives its Start call), and ended by Stop.
type Loop struct {
	cancel context.CancelFunc
	done   chan struct{}
}

// NewLoop makes a loop that has not started; Done is valid from now on.
func NewLoop() *Loop { return &Loop{done: make(chan struct{})} }

// Start runs run in a goroutine with a context that only Stop cancels (ctx's values are kept); Done is closed when
// run returns.
func (l *Loop) Start(ctx context.Context, run func(context.Context)) {
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	l.cancel = cancel
	go func() {
		defer close(l.done)
		run(runCtx)
	}()
}

// Done is closed when the loop's function has returned.
func (l *Loop) Done() <-chan struct{} { return l.done }

// Stop cancels the loop and waits for it to return; when ctx ends first, it returns "<name> stop: ctx's error"
// without waiting longer. A loop never started stops at once.
func (l *Loop) Stop(ctx context.Context, name string) error {
	if l.cancel == nil {
		return nil
	}
	l.cancel()
	select {
	case <-l.done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%s stop: %w", name, ctx.Err())
	}
}

// Sleep waits d for a service's loop (a poll interval, a back-off); false when ctx ended first.
func Sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
