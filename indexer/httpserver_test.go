package indexer

import (
	"bufio"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestHTTPServerTimeouts checks that the indexer's HTTP server drops a client that sends its headers and then
// trickles (or never sends) its body, and one that idles after an answer, instead of holding the connection.
func TestHTTPServerTimeouts(t *testing.T) {
	if d := defaultHTTPTimeouts; d.readHeader <= 0 || d.read <= 0 || d.write <= 0 || d.idle <= 0 {
		t.Fatalf("the HTTP server runs without a timeout: %+v", d)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := newHTTPServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		_, _ = w.Write([]byte("ok"))
	}), httpTimeouts{readHeader: time.Second, read: 200 * time.Millisecond, write: time.Second, idle: 200 * time.Millisecond})
	go func() { _ = srv.Serve(l) }()
	t.Cleanup(func() { _ = srv.Close() })

	// closed reports whether the server closes the connection within the deadline (far above the timeouts).
	closed := func(c net.Conn) bool {
		_ = c.SetReadDeadline(time.Now().Add(10 * time.Second))
		_, err := io.Copy(io.Discard, c)
		var ne net.Error
		return err == nil && !(errors.As(err, &ne) && ne.Timeout())
	}
	t.Run("slow body", func(t *testing.T) {
		c, err := net.Dial("tcp", l.Addr().String())
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
		c, err := net.Dial("tcp", l.Addr().String())
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
