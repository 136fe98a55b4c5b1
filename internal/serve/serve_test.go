package serve

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/internal/devnettest"
)

// TestHTTPServerTimeouts checks that a service's HTTP server (the indexer's, the GraphQL replica's) drops a client
// that sends its headers and then trickles (or never sends) its body, and one that idles after an answer, instead of
// holding the connection.
func TestHTTPServerTimeouts(t *testing.T) {
	if d := DefaultTimeouts(); d.ReadHeader <= 0 || d.Read <= 0 || d.Write <= 0 || d.Idle <= 0 {
		t.Fatalf("the HTTP server runs without a timeout: %+v", d)
	}
	srv, err := Listen("127.0.0.1:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		_, _ = w.Write([]byte("ok"))
	}), Timeouts{ReadHeader: time.Second, Read: 200 * time.Millisecond, Write: time.Second, Idle: 200 * time.Millisecond},
		devnettest.Log(), "test")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Shutdown(context.Background()) })

	// closed reports whether the server closes the connection within the deadline (far above the timeouts).
	closed := func(c net.Conn) bool {
		_ = c.SetReadDeadline(time.Now().Add(10 * time.Second))
		_, err := io.Copy(io.Discard, c)
		var ne net.Error
		return err == nil && !(errors.As(err, &ne) && ne.Timeout())
	}
	t.Run("slow body", func(t *testing.T) {
		c, err := net.Dial("tcp", srv.Addr())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		_, _ = io.WriteString(c, "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
		if !closed(c) {
			t.Fatal("a client that never sends its body holds the connection")
		}
	})
	t.Run("idle", func(t *testing.T) {
		c, err := net.Dial("tcp", srv.Addr())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		_, _ = io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("answer %v %v", resp, err)
		}
		if b, _ := io.ReadAll(resp.Body); !strings.Contains(string(b), "ok") {
			t.Fatalf("body %q", b)
		}
		if !closed(c) {
			t.Fatal("an idle keep-alive connection is held")
		}
	})
}

// A nil server (a service without HTTP) has no address and shuts down at once; a shut-down server refuses
// connections.
func TestHTTPShutdown(t *testing.T) {
	var none *HTTP
	if none.Addr() != "" || none.Shutdown(context.Background()) != nil {
		t.Fatal("a nil server has an address or fails to shut down")
	}
	srv, err := Listen("127.0.0.1:0", http.NotFoundHandler(), DefaultTimeouts(), devnettest.Log(), "test")
	if err != nil {
		t.Fatal(err)
	}
	addr := srv.Addr()
	if err := srv.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	if c, err := net.Dial("tcp", addr); err == nil {
		c.Close()
		t.Fatalf("%s still accepts connections after Shutdown", addr)
	}
	if _, err := Listen("127.0.0.1:-1", http.NotFoundHandler(), DefaultTimeouts(), devnettest.Log(), "x"); err == nil ||
		!strings.HasPrefix(err.Error(), "x http: ") {
		t.Fatalf("listening on a bad address: %v", err)
	}
}

// A loop outlives the cancellation of the context that started it, ends on Stop, and Stop gives up (with an
// error naming the service) when its own context ends first; a loop never started stops at once.
func TestLoop(t *testing.T) {
	if err := NewLoop().Stop(context.Background(), "idle"); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	l := NewLoop()
	ended := make(chan struct{})
	l.Start(ctx, func(ctx context.Context) {
		<-ctx.Done()
		close(ended)
	})
	cancel()
	select {
	case <-l.Done():
		t.Fatal("the loop ended with the context that started it")
	case <-time.After(50 * time.Millisecond):
	}
	if err := l.Stop(context.Background(), "svc"); err != nil {
		t.Fatal(err)
	}
	<-ended
	<-l.Done()

	release := make(chan struct{})
	stuck := NewLoop()
	stuck.Start(context.Background(), func(context.Context) { <-release })
	sctx, scancel := context.WithCancel(context.Background())
	scancel()
	if err := stuck.Stop(sctx, "svc"); !errors.Is(err, context.Canceled) || !strings.HasPrefix(err.Error(), "svc stop: ") {
		t.Fatalf("stopping a loop that does not end: %v", err)
	}
	close(release)
	<-stuck.Done()
}

// Sleep waits its whole duration, and returns false at once when the context ends first.
func TestSleep(t *testing.T) {
	start := time.Now()
	if !Sleep(context.Background(), 20*time.Millisecond) || time.Since(start) < 20*time.Millisecond {
		t.Fatalf("Sleep returned early or false after %s", time.Since(start))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	start = time.Now()
	if Sleep(ctx, time.Hour) {
		t.Fatal("Sleep on an ended context returned true")
	}
	if time.Since(start) > time.Minute {
		t.Fatalf("Sleep on an ended context took %s", time.Since(start))
	}
}
