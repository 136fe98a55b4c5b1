package graphql

import (
	"bytes"
	"context"
	"unsafe"
)

// An answer's data is written by gqlgen's generated Exec into a bytes.Buffer of its own that grows from nothing (a
// 100-row page is about 25 KB: a fresh allocation of that size on every request). For the requests postTransport
// serves, the buffer comes from a pool instead and goes back once the answer has been written to the client. `make
// graphql` points the generated code's query answer buffer here (answerBuffer, answerBytes); every other transport
// (GET, websocket, batches of other callers) gets the plain buffer, as before, since nothing gives it back.

// answerKey is the context key of a request's *answerLease.
type answerKey struct{}

// answerLease is the pooled buffer of one request's answer: taken by the first answer written (an incremental
// delivery's later parts use plain buffers), given back by postTransport once that answer is written.
type answerLease struct {
	box   *[]byte // from the pool (nil: none idle)
	taken bool
	data  []byte // the answer's data, as written into the pooled buffer (grown or not)
}

// maxPooledAnswerData bounds the answer buffers kept for reuse: a rare huge answer is not held on to.
const maxPooledAnswerData = 1 << 20

// leaseAnswer marks ctx's request as one whose answer buffer is given back (postTransport, releaseAnswer).
func leaseAnswer(ctx context.Context) (context.Context, *answerLease) {
	l := &answerLease{}
	return context.WithValue(ctx, answerKey{}, l), l
}

// answerBuffer is the buffer the generated Exec writes a query's answer into: pooled when the request leased one.
func (ec *executionContext) answerBuffer(ctx context.Context) bytes.Buffer {
	l, _ := ctx.Value(answerKey{}).(*answerLease)
	r, ok := ec.Resolvers.(*Resolver)
	if l == nil || l.taken || !ok {
		return bytes.Buffer{}
	}
	l.taken = true
	l.box, _ = r.answerBufs.Get().(*[]byte)
	if l.box == nil {
		return bytes.Buffer{}
	}
	return *bytes.NewBuffer((*l.box)[:0])
}

// answerBytes is the answer written into buf, noted in the request's lease when buf is its pooled buffer.
func (ec *executionContext) answerBytes(ctx context.Context, buf *bytes.Buffer) []byte {
	data := buf.Bytes()
	if l, _ := ctx.Value(answerKey{}).(*answerLease); l != nil && l.taken && l.data == nil {
		l.data = data
	}
	return data
}

// releaseAnswer gives the answer's buffer back once data (the answer's data, written to the client) is no longer
// used: only when data is the very buffer the lease noted.
func (r *Resolver) releaseAnswer(l *answerLease, data []byte) {
	if l == nil || l.data == nil || len(data) == 0 || unsafe.SliceData(data) != unsafe.SliceData(l.data) ||
		cap(data) > maxPooledAnswerData {
		return
	}
	box := l.box
	if box == nil {
		box = new([]byte)
	}
	*box = data[:0]
	l.box, l.data = nil, nil
	r.answerBufs.Put(box)
}
