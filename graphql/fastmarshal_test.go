package graphql_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
)

// fastAndGQLGen is the handlers of two servers over one SQLite store of 20 consents: the first writes consents on the
// fast path, the second through gqlgen's generated code only. The store closes when the test ends.
func fastAndGQLGen(t *testing.T) (fast, gqlgen http.Handler) {
	t.Helper()
	st, err := store.Open(context.Background(), storetest.SQLiteURL(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	commit(t, st, 9, 20, nil)
	cfg := graphql.DefaultServerConfig()
	cfg.ChainID, cfg.ConsentRegistry = chainID, registry
	slow := graphql.New(st, cfg, nil)
	slow.UseGQLGenMarshal()
	return graphql.New(st, cfg, nil).Handler(), slow.Handler()
}

// TestFastMarshalMatchesGQLGen asks two servers over one store, one writing consents on the fast path
// (graphql/fastmarshal.go) and answers through postTransport (graphql/transport.go), the other through gqlgen's
// generated code and transport.POST only, the same requests, and compares the answers (status, Content-Type and body)
// byte for byte: every Consent field, aliases, fragments, __typename, @skip/@include, fields selected twice, the
// resolver fields that send the fast path back to gqlgen, the key lookup, time travel, answers with spaces and
// HTML characters, Accept headers, errors and bodies that are not JSON.
func TestFastMarshalMatchesGQLGen(t *testing.T) {
	fh, sh := fastAndGQLGen(t)

	all := `consentId patient grantee purposes purposeMask actions actionMask expiresAt scope grantedBy grantedAt grantedBlock
		grantedTx revoked revokedAt revokedBy revokedBlock revokedTx status validFrom validUntil`
	c1 := hash("c1").Hex()
	for _, q := range []struct {
		query, raw, accept string
		vars               map[string]any
	}{
		{query: `{ consents { totalCount edges { cursor node { ` + all + ` } } pageInfo { hasNextPage endCursor } } }`},
		{query: `{ consents(block: {number: 13}) { edges { node { ` + all + ` } } } }`},
		{query: `query($p: String!) { consents(where: {patient: {eq: $p}}, first: 100) { totalCount edges { node { consentId grantee status purposes } } } }`,
			vars: map[string]any{"p": patient.Hex()}},
		{query: `{ consents { edges { __typename c: cursor cursor node { __typename id: consentId consentId s: status status expiresAt e: expiresAt } } } }`},
		{query: `{ consents { edges { node { ...F ... on Consent { grantee revoked } consentId } } } } fragment F on Consent { consentId patient revokedTx }`},
		{query: `query($a: Boolean!, $b: Boolean!) { consents { edges { cursor @skip(if: $a) node { patient @include(if: $b) grantee @skip(if: $b) status } } } }`,
			vars: map[string]any{"a": true, "b": false}},
		{query: `query($a: Boolean!, $b: Boolean!) { consents { edges { cursor @skip(if: $a) node { patient @include(if: $b) grantee @skip(if: $b) status } } } }`,
			vars: map[string]any{"a": false, "b": true}},
		{query: `{ consents { edges { node { consentId history { kind block } } } } }`},
		{query: `{ consents { edges { node { consentId purposeDetails { code class } } } } }`},
		{query: `{ consents { edges { node { consentId fhir } } } }`},
		{query: `{ consents { edges { node { consentId } } } x: consents(first: 1) { edges { node { status actions } } } }`},
		{query: `query($id: String!) { consent(consentId: $id) { ` + all + ` } }`, vars: map[string]any{"id": c1}},
		{query: `query($id: String!) { consent(consentId: $id) { __typename status history { kind } } }`, vars: map[string]any{"id": c1}},
		{query: `query($id: String!) { consent(consentId: $id, block: {number: 12}) { status revoked revokedAt } }`, vars: map[string]any{"id": c1}},
		{query: `{ consent(consentId: "0x00") { status } }`},
		{query: `{ consents(first: 0) { edges { node { status } } } }`},
		{query: `{ proposals { edges { node { description targets } } } batches { edges { node { uri } } } }`},
		{query: `{ contractEvents { edges { node { event args } } } }`},
		{query: `{ consents { edges { node { status } } }`},
		{query: `{ consents { nope } }`},
		{query: `query($id: String!) { consent(consentId: $id) { status } }`},
		{query: `{ consents { edges { node { status } } } }`, accept: "application/graphql-response+json"},
		{query: `{ consents { edges { node { status } } } }`, accept: "*/*"},
		{query: `{ consents { edges { node { status } } } }`, accept: "application/json"},
		{query: `{ consents { nope } }`, accept: "application/graphql-response+json"},
		{raw: `{"query": "{ consents { totalCount } }"`},
		{raw: `not json`},
		{raw: ``},
		{raw: `{"query": "{ indexerStatus { indexed } }", "operationName": "x"}`},
	} {
		body := []byte(q.raw)
		if q.query != "" {
			body, _ = json.Marshal(map[string]any{"query": q.query, "variables": q.vars})
		}
		ask := func(h http.Handler) string {
			req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			if q.accept != "" {
				req.Header.Set("Accept", q.accept)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			raw, _ := io.ReadAll(w.Body)
			return fmt.Sprintf("%d %q %s", w.Code, w.Header().Values("Content-Type"), raw)
		}
		got, want := ask(fh), ask(sh)
		if got != want {
			t.Errorf("%s%s\nfast:   %s\ngqlgen: %s", q.query, q.raw, got, want)
		}
		if testing.Verbose() {
			t.Logf("%s%s\n%s", q.query, q.raw, got)
		}
	}
}

// TestPooledBuffersConcurrent: answers written through the pooled page and answer buffers (fastmarshal.go,
// answer.go), by several goroutines at once, with large and small answers alternating so that every buffer is reused
// for answers of other sizes, are byte for byte gqlgen's: a buffer given back before its answer is written, or
// reused without being emptied, shows here.
func TestPooledBuffersConcurrent(t *testing.T) {
	fh, sh := fastAndGQLGen(t)
	queries := []string{
		`{ consents { totalCount edges { cursor node { consentId patient grantee purposes actions status scope grantedTx } } } }`,
		`{ consents(first: 1) { edges { node { status } } } }`,
		`query { consents(first: 3) { edges { node { consentId grantee } } } }`,
		`{ consent(consentId: "` + hash("c1").Hex() + `") { consentId status purposes } }`,
		`{ consents { nope } }`,
	}
	ask := func(h http.Handler, q string) string {
		body, _ := json.Marshal(map[string]any{"query": q})
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		return fmt.Sprintf("%d %s", w.Code, w.Body.String())
	}
	want := make([]string, len(queries))
	for i, q := range queries {
		want[i] = ask(sh, q)
	}
	const workers, rounds = 4, 50
	errs := make(chan string, workers)
	for w := range workers {
		go func() {
			for r := range rounds {
				i := (w + r) % len(queries)
				if got := ask(fh, queries[i]); got != want[i] {
					errs <- fmt.Sprintf("%s\nfast:   %s\ngqlgen: %s", queries[i], got, want[i])
					return
				}
			}
			errs <- ""
		}()
	}
	for range workers {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}
