package graphql_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/store"
	"github.com/ethereum/go-ethereum/common"
)

// gqlResponse is a raw GraphQL HTTP answer.
type gqlResponse struct {
	Status int
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

// post sends a body to /graphql as is; chunked hides its length.
func post(t *testing.T, url, body string, chunked bool) gqlResponse {
	t.Helper()
	var rd io.Reader = strings.NewReader(body)
	if chunked {
		rd = io.NopCloser(rd) // no length known: sent chunked
	}
	req, err := http.NewRequest(http.MethodPost, url+"/graphql", rd)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	out := gqlResponse{Status: resp.StatusCode}
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("answer %d is not GraphQL JSON: %s", resp.StatusCode, raw)
	}
	return out
}

func queryBody(q string) string {
	raw, _ := json.Marshal(map[string]string{"query": q})
	return string(raw)
}

// TestSafetyLimits sends a hostile query past each limit of the default configuration (depth, complexity, request
// size, timeout) and checks that it is refused with a clear GraphQL error, and that the server then still answers.
func TestSafetyLimits(t *testing.T) {
	cfg := graphql.DefaultServerConfig()
	e := newEnv(t, "sqlite", cfg)
	commit(t, e.st, 9, 16, nil)

	aliases := func(n int, field string) string {
		var b strings.Builder
		b.WriteString("{")
		for i := range n {
			fmt.Fprintf(&b, " a%d: %s", i, field)
		}
		b.WriteString(" }")
		return b.String()
	}
	for _, tc := range []struct {
		name, body string
		chunked    bool
		status     int
		message    string
		code       string
	}{
		{"introspection: the ofType chain is not data depth", queryBody(`{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }`),
			false, http.StatusOK, "", ""},
		{"introspection: nested lists", queryBody(`{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`),
			false, http.StatusUnprocessableEntity, "Maximum introspection depth exceeded", "GRAPHQL_VALIDATION_FAILED"},
		{"introspection: nested lists hidden in fragments", queryBody(`{ __schema { ...S } } fragment S on __Schema { types { ...T } } fragment T on __Type { fields { type { fields { type { fields { type { name } } } } } } }`),
			false, http.StatusUnprocessableEntity, "Maximum introspection depth exceeded", "GRAPHQL_VALIDATION_FAILED"},
		{"introspection: many aliases", queryBody(aliases(200, `__schema { types { fields { args { name } } } }`)),
			false, http.StatusOK, "exceeds the limit of 1000000", "INTROSPECTION_TOO_COMPLEX"},
		{"fields: 1,000 aliases", queryBody(aliases(1000, `consents(first: 1) { __typename }`)),
			false, http.StatusOK, "query selects 2000 fields, more than the limit of 500", "TOO_MANY_FIELDS"},
		{"fields: a fragment bomb", queryBody(`{ ...A } fragment A on Query { ...B ...B } fragment B on Query { ...C ...C } fragment C on Query { ...D ...D } ` +
			`fragment D on Query { ...E ...E } fragment E on Query { ...F ...F } fragment F on Query { ...G ...G } fragment G on Query { ...H ...H } ` +
			`fragment H on Query { ...I ...I } fragment I on Query { ...J ...J } fragment J on Query { indexerStatus { indexed } }`),
			false, http.StatusOK, "query selects 1024 fields, more than the limit of 500", "TOO_MANY_FIELDS"},
		{"complexity: every list has a base cost", queryBody(aliases(201, `consents(first: 1) { __typename }`)),
			false, http.StatusOK, "operation has complexity 20301, which exceeds the limit of 20000", "COMPLEXITY_LIMIT_EXCEEDED"},
		{"within the limits: fragments and nested pages", queryBody(`{ proposals(first: 10) { edges { node { ...V } } } } fragment V on Proposal { votes(first: 10) { edges { node { ...W } } } } fragment W on Vote { proposalId }`),
			false, http.StatusOK, "", ""},
		{"complexity: alias bomb", queryBody(aliases(30, `consents(first: 1000) { edges { node { consentId } } }`)),
			false, http.StatusOK, "operation has complexity", "COMPLEXITY_LIMIT_EXCEEDED"},
		{"complexity: nested pages", queryBody(`{ proposals(first: 1000) { edges { node { votes(first: 1000) { edges { node { voter } } } } } } }`),
			false, http.StatusOK, "which exceeds the limit of 20000", "COMPLEXITY_LIMIT_EXCEEDED"},
		{"size: declared length", queryBody(aliases(8000, "__typename")), false, http.StatusRequestEntityTooLarge,
			"request body too large: the limit is 65536 bytes", "REQUEST_TOO_LARGE"},
		{"size: chunked", queryBody(aliases(8000, "__typename")), true, http.StatusRequestEntityTooLarge,
			"request body too large: the limit is 65536 bytes", "REQUEST_TOO_LARGE"},
		{"fragment cycle", queryBody(`{ consents { ...A } } fragment A on ConsentConnection { ...B } fragment B on ConsentConnection { ...A }`),
			false, http.StatusUnprocessableEntity, "Cannot spread fragment", "GRAPHQL_VALIDATION_FAILED"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := post(t, e.url, tc.body, tc.chunked)
			if tc.message == "" { // within the limits: answered
				if len(got.Errors) != 0 || got.Status != http.StatusOK {
					t.Fatalf("a query within the limits was refused: %d %+v", got.Status, got.Errors)
				}
				return
			}
			if got.Status != tc.status || len(got.Errors) != 1 || !strings.Contains(got.Errors[0].Message, tc.message) ||
				got.Errors[0].Extensions["code"] != tc.code || (len(got.Data) > 0 && string(got.Data) != "null") {
				t.Fatalf("answer %d %+v data %s, want %d with an error %q (%s) and no data", got.Status, got.Errors, got.Data,
					tc.status, tc.message, tc.code)
			}
		})
	}
	t.Run("timeout", func(t *testing.T) {
		slow := cfg
		slow.Timeout = time.Nanosecond // every query is over it
		hs := httptest.NewServer(graphql.New(e.st, slow, nil).Handler())
		defer hs.Close()
		got := post(t, hs.URL, queryBody(`{ consents { totalCount edges { node { history { kind } } } } }`), false)
		if len(got.Errors) != 1 || !strings.Contains(got.Errors[0].Message, "query timeout: the query took longer than 1ns") ||
			got.Errors[0].Extensions["code"] != "TIMEOUT" {
			t.Fatalf("answer %d %+v, want a query timeout error", got.Status, got.Errors)
		}
	})
	t.Run("still serving", func(t *testing.T) {
		got := post(t, e.url, queryBody(`{ consents { totalCount } }`), false)
		if got.Status != http.StatusOK || len(got.Errors) != 0 || !strings.Contains(string(got.Data), `"totalCount":2`) {
			t.Fatalf("after the hostile queries: %d %+v %s", got.Status, got.Errors, got.Data)
		}
	})
}

// TestPageSizes checks the page size: 100 by default, up to 1000 on request, and a clear error outside 1..1000.
func TestPageSizes(t *testing.T) {
	e := newEnv(t, "sqlite", graphql.DefaultServerConfig())
	const n = 1001
	b := &store.Batch{From: 1, Checkpoint: store.Checkpoint{Number: 1, Hash: hash("b1")},
		Blocks: []store.Block{{Number: 1, Hash: hash("b1"), Time: 1_700_000_002}}}
	for i := range n {
		b.Events = append(b.Events, &store.ConsentGranted{Meta: store.Meta{Block: 1, LogIndex: uint(i), TxHash: hash(fmt.Sprint("tx", i)), BlockTime: 1_700_000_002},
			ConsentID: common.BigToHash(big.NewInt(int64(i + 1))), Patient: patient, Grantee: grantee, Purposes: 1, Actions: 1})
	}
	if err := e.st.Commit(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	type page struct {
		Consents struct {
			TotalCount int
			Edges      []struct{ Cursor string }
			PageInfo   struct{ HasNextPage bool }
		}
	}
	for _, tc := range []struct {
		args      string
		edges     int
		next      bool
		wantError string
	}{
		{"", 100, true, ""},
		{"(first: 1)", 1, true, ""},
		{"(first: 1000)", 1000, true, ""},
		{"(first: 1001)", 0, false, "first must be between 1 and 1000"},
		{"(first: 0)", 0, false, "first must be between 1 and 1000"},
		{"(first: -5)", 0, false, "first must be between 1 and 1000"},
	} {
		var p page
		err := e.c.Post(`{ consents`+tc.args+` { totalCount edges { cursor } pageInfo { hasNextPage } } }`, &p)
		if tc.wantError != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantError) {
				t.Errorf("consents%s: error %v, want %q", tc.args, err, tc.wantError)
			}
			continue
		}
		if err != nil || len(p.Consents.Edges) != tc.edges || p.Consents.PageInfo.HasNextPage != tc.next || p.Consents.TotalCount != n {
			t.Errorf("consents%s: %d edges, next %v, total %d (%v); want %d, %v, %d", tc.args, len(p.Consents.Edges),
				p.Consents.PageInfo.HasNextPage, p.Consents.TotalCount, err, tc.edges, tc.next, n)
		}
	}
	// walking every page of 1000 reaches all rows once
	seen := e.walkConsents(t, "", 1000)
	if len(seen) != n {
		t.Fatalf("pages of 1000 reached %d consents, want %d", len(seen), n)
	}
}

// BenchmarkFieldCap measures how long the server takes to refuse a body of 1,000 aliased one-row lists (parsing,
// validation and the field count included; nothing reaches the store).
func BenchmarkFieldCap(b *testing.B) {
	st, err := store.Open(context.Background(), "sqlite://"+b.TempDir()+"/bench.db")
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	h := graphql.New(st, graphql.DefaultServerConfig(), nil).Handler()
	// a different body each time: the server caches parsed and validated documents
	body := func(n int) string {
		var q strings.Builder
		q.WriteString("{")
		for i := range 1000 {
			fmt.Fprintf(&q, " a%d_%d: consents(first: 1) { __typename }", n, i)
		}
		q.WriteString(" }")
		return queryBody(q.String())
	}
	b.SetBytes(int64(len(body(0))))
	n := 0
	for b.Loop() {
		n++
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body(n)))
		req.Header.Set("Content-Type", "application/json")
		h.ServeHTTP(rec, req)
		if !strings.Contains(rec.Body.String(), "TOO_MANY_FIELDS") {
			b.Fatalf("answer %d %s", rec.Code, rec.Body.String())
		}
	}
}
