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

// timeoutHandler is http.TimeoutHandler made cheaper for small, frequent queries. Like http.TimeoutHandler it gives
// the handler a context that ends at the deadline, buffers what the handler writes, and either sends that once the
// handler returns or, at the deadline, answers 503 with body (flushed to the client then) and refuses whatever the
// handler writes later. What differs: the handler runs on the request's own goroutine, whose stack has already grown
// to what a GraphQL query needs, instead of a new goroutine per request (growing a fresh stack cost about a tenth of
// a key lookup's CPU); the deadline's answer is written by a context.AfterFunc (a goroutine only when it fires), and
// the connection is free for its next request once the handler returns (every resolver's work follows the context,
// which the deadline ends). The answer's buffer comes from a pool instead of growing from nothing for each answer
// (a 100-row page is about 25 KB), and a buffered answer is sent with its Content-Length instead of chunked.
// TestTimeoutHandler checks both paths.
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
	buf := h.bufs.Get().(*bytes.Buffer)
	buf.Reset()
	tw := &timeoutWriter{w: w, h: make(http.Header), buf: buf}
	fired := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		defer close(fired)
		tw.mu.Lock()
		defer tw.mu.Unlock()
		switch err := ctx.Err(); err {
		case context.DeadlineExceeded:
			w.Header().Set("Content-Length", strconv.Itoa(len(h.body)))
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = io.WriteString(w, h.body)
			tw.err = http.ErrHandlerTimeout
		default:
			w.WriteHeader(http.StatusServiceUnavailable)
			tw.err = err
		}
		if f, ok := w.(http.Flusher); ok {
			f.Flush()
		}
	})
	timedOut := func() bool {
		if stop() {
			return false
		}
		<-fired // the deadline's answer is being written: wait for it (the buffer is then left to the GC)
		return true
	}
	defer func() {
		if p := recover(); p != nil {
			timedOut()
			panic(p)
		}
	}()
	h.next.ServeHTTP(tw, r.WithContext(ctx))
	if timedOut() {
		return
	}
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
