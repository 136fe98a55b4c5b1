package graphql

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestTimeoutHandler checks timeoutHandler against http.TimeoutHandler's behaviour: an answer in time is sent as the
// handler wrote it (status, headers, body, now with its length), again and again from reused buffers; an answer
// past the deadline is the 503 body, sent while the handler still runs, and what the handler writes after it is
// refused; a panic is re-raised.
func TestTimeoutHandler(t *testing.T) {
	const late = `{"errors":[{"message":"late"}]}`
	release, wrote := make(chan struct{}), make(chan struct{})
	h := newTimeoutHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/slow":
			<-r.Context().Done()
			<-release // the client has its answer while this handler still runs
			if _, err := io.WriteString(w, "too late"); err != http.ErrHandlerTimeout {
				t.Errorf("a write after the deadline: %v, want http.ErrHandlerTimeout", err)
			}
			close(wrote)
		case "/panic":
			panic("boom")
		default:
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("X-Path", r.URL.Path)
			if r.URL.Path == "/teapot" {
				w.WriteHeader(http.StatusTeapot)
			}
			_, _ = io.WriteString(w, strings.Repeat(r.URL.Path, 3000))
			_, _ = io.WriteString(w, "!")
		}
	}), 200*time.Millisecond, late)
	srv := httptest.NewServer(h)
	defer srv.Close()
	get := func(path string) (*http.Response, string) {
		t.Helper()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		return resp, string(raw)
	}
	for i, path := range []string{"/a", "/longer-path", "/a", "/teapot", "/b"} {
		resp, body := get(path)
		want := strings.Repeat(path, 3000) + "!"
		code := http.StatusOK
		if path == "/teapot" {
			code = http.StatusTeapot
		}
		if resp.StatusCode != code || body != want || resp.ContentLength != int64(len(want)) ||
			resp.Header.Get("X-Path") != path || resp.Header.Get("Content-Type") != "application/json" {
			t.Fatalf("answer %d (%s): %d, %d bytes (Content-Length %d), headers %v", i, path, resp.StatusCode, len(body),
				resp.ContentLength, resp.Header)
		}
	}
	resp, body := get("/slow")
	if resp.StatusCode != http.StatusServiceUnavailable || body != late {
		t.Fatalf("past the deadline: %d %q, want 503 %q", resp.StatusCode, body, late)
	}
	close(release)
	<-wrote // the slow handler's late write was refused
	func() {
		defer func() {
			if p := recover(); p != "boom" {
				t.Fatalf("panic: %v, want boom", p)
			}
		}()
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/panic", nil))
	}()
	if resp, body := get("/a"); resp.StatusCode != http.StatusOK || body != strings.Repeat("/a", 3000)+"!" {
		t.Fatalf("after the timeout and the panic: %d, %d bytes", resp.StatusCode, len(body))
	}
}
