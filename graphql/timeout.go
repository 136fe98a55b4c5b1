package graphql

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// timeoutHandler is http.TimeoutHandler with the answer's buffer reused and its length sent. Like
// http.TimeoutHandler it runs the handler on its own goroutine with a context that ends at the deadline, buffers
// what the handler writes, and either copies that to the client once the handler returns or, at the deadline,
// answers 503 with body and drops whatever the handler writes later; a panic in the handler is re-raised. What
// differs: the buffer comes from a pool instead of growing from nothing for each answer (a 100-row page is about
// 25 KB: some 50 KB of allocations and copies per request), and a buffered answer is sent with its Content-Length
// instead of chunked. TestTimeoutHandler checks both paths.
type timeoutHandler struct {
	next http.Handler
	dt   time.Duration
	body string
	bufs sync.Pool // *bytes.Buffer
}

func newTimeoutHandler(next http.Handler, dt time.Duration, body string) *timeoutHandler {
	return &timeoutHandler{next: next, dt: dt, body: body, bufs: sync.Pool{New: func() any { return new(bytes.Buffer) }}}
}

// maxPooledAnswer bounds the buffers kept for reuse: a rare huge answer is not held on to.
const maxPooledAnswer = 1 << 20

func (h *timeoutHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), h.dt)
	defer cancel()
	r = r.WithContext(ctx)
	buf := h.bufs.Get().(*bytes.Buffer)
	buf.Reset()
	tw := &timeoutWriter{w: w, h: make(http.Header), buf: buf}
	done := make(chan struct{})
	panicked := make(chan any, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				panicked <- p
			}
		}()
		h.next.ServeHTTP(tw, r)
		close(done)
	}()
	select {
	case p := <-panicked:
		panic(p)
	case <-done:
		tw.mu.Lock()
		defer tw.mu.Unlock()
		dst := w.Header()
		for k, vv := range tw.h {
			dst[k] = vv
		}
		if !tw.wroteHeader {
			tw.code = http.StatusOK
		}
		if dst.Get("Content-Length") == "" && bodyAllowed(tw.code) && r.Method != http.MethodHead {
			dst.Set("Content-Length", strconv.Itoa(buf.Len()))
		}
		w.WriteHeader(tw.code)
		_, _ = w.Write(buf.Bytes())
		tw.buf = nil
		if buf.Cap() <= maxPooledAnswer {
			h.bufs.Put(buf)
		}
	case <-ctx.Done():
		tw.mu.Lock()
		defer tw.mu.Unlock()
		switch err := ctx.Err(); err {
		case context.DeadlineExceeded:
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = io.WriteString(w, h.body)
			tw.err = http.ErrHandlerTimeout
		default:
			w.WriteHeader(http.StatusServiceUnavailable)
			tw.err = err
		}
		// the handler may still write: its buffer is left to it (and to the garbage collector), not pooled
	}
}

// bodyAllowed reports whether an answer with this status may carry a body (and so a Content-Length).
func bodyAllowed(code int) bool {
	return code >= 200 && code != http.StatusNoContent && code != http.StatusNotModified
}

// timeoutWriter buffers the handler's answer.
type timeoutWriter struct {
	w   http.ResponseWriter
	h   http.Header
	buf *bytes.Buffer

	mu          sync.Mutex
	err         error
	wroteHeader bool
	code        int
}

func (tw *timeoutWriter) Header() http.Header { return tw.h }

func (tw *timeoutWriter) Write(p []byte) (int, error) {
	tw.mu.Lock()
	defer tw.mu.Unlock()
	if tw.err != nil {
		return 0, tw.err
	}
	if tw.buf == nil { // the answer was sent
		return 0, http.ErrHandlerTimeout
	}
	if !tw.wroteHeader {
		tw.writeHeaderLocked(http.StatusOK)
	}
	return tw.buf.Write(p)
}

func (tw *timeoutWriter) WriteHeader(code int) {
	tw.mu.Lock()
	defer tw.mu.Unlock()
	tw.writeHeaderLocked(code)
}

func (tw *timeoutWriter) writeHeaderLocked(code int) {
	if code < 100 || code > 999 {
		panic("invalid WriteHeader code " + strconv.Itoa(code)) // as net/http does
	}
	if tw.err != nil || tw.wroteHeader {
		return
	}
	tw.wroteHeader = true
	tw.code = code
}
