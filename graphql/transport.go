package graphql

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"

	gql "github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
)

// postTransport is gqlgen's POST transport with a cheaper way to write a successful answer. gqlgen writes every
// answer with json.Marshal(response), which re-scans the whole "data" (a json.RawMessage) to compact and
// HTML-escape it: about a fifth of a 100-row page's CPU time. The data gqlgen's marshallers write is already
// compact JSON; when it holds no byte that compacting or escaping would change (white space, <, >, &, or the first
// byte of U+2028/U+2029) and the answer carries nothing but data, json.Marshal's output is exactly
// {"data":<data>}, which is written as is. Every other request and answer (errors, incremental delivery, an Accept
// header asking for application/graphql-response+json, a body that is not JSON) goes the gqlgen way, through the
// embedded transport.POST. TestTransportMatchesGQLGen compares the two.
type postTransport struct {
	transport.POST
	res *Resolver
}

// Do serves one POST request.
func (h postTransport) Do(w http.ResponseWriter, r *http.Request, exec gql.GraphExecutor) {
	switch r.Header.Get("Accept") {
	case "", "application/json", "*/*": // answered as application/json by transport.POST too
	default:
		h.POST.Do(w, r, exec)
		return
	}
	if h.res.gqlgenMarshal || r.Body == nil {
		h.POST.Do(w, r, exec)
		return
	}
	start := gql.Now()
	body, err := io.ReadAll(r.Body)
	if err != nil {
		r.Body = io.NopCloser(bytes.NewReader(body))
		h.POST.Do(w, r, exec)
		return
	}
	params := &gql.RawParams{}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(params); err != nil {
		r.Body = io.NopCloser(bytes.NewReader(body)) // transport.POST answers the error
		h.POST.Do(w, r, exec)
		return
	}
	params.Headers = r.Header
	params.ReadTime = gql.TraceTiming{Start: start, End: gql.Now()}
	ctx := r.Context()
	rc, opErr := exec.CreateOperationContext(ctx, params)
	if opErr != nil {
		r.Body = io.NopCloser(bytes.NewReader(body)) // transport.POST answers the error (a second parse, errors only)
		h.POST.Do(w, r, exec)
		return
	}
	w.Header().Add("Content-Type", "application/json")
	ctx, lease := leaseAnswer(ctx)
	responses, ctx := exec.DispatchOperation(ctx, rc)
	resp := responses(ctx)
	if plainData(resp) {
		_, _ = io.WriteString(w, `{"data":`)
		_, _ = w.Write(resp.Data) // a Write does not keep what it is given (io.Writer)
		_, _ = io.WriteString(w, `}`)
		h.res.releaseAnswer(lease, resp.Data)
		return
	}
	b, err := json.Marshal(resp)
	if err != nil {
		panic("unable to marshal " + string(resp.Data) + ": " + err.Error()) // as transport.POST does
	}
	h.res.releaseAnswer(lease, resp.Data)
	_, _ = w.Write(b)
}

// plainData reports whether json.Marshal(resp) is {"data":<resp.Data>}: nothing but data, and no byte in it that
// json.Marshal's compacting and HTML-escaping would change.
func plainData(resp *gql.Response) bool {
	if resp == nil || resp.Data == nil || len(resp.Errors) > 0 || resp.Label != "" || resp.Path != nil || resp.HasNext != nil ||
		len(resp.Extensions) > 0 {
		return false
	}
	for _, c := range []byte(" \t\n\r<>&\xE2") { // one vectorised pass per byte (a 100-row page is ~25 KB)
		if bytes.IndexByte(resp.Data, c) >= 0 {
			return false
		}
	}
	return true
}
