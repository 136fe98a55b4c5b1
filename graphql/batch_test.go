package graphql_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
)

// TestBatchedLookups checks that Consent.history over a page, and aliased recordVersions and consentHistory
// fields, each cost one store query per operation (per block asked about), and answer what the lookups one by one
// answer.
func TestBatchedLookups(t *testing.T) {
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			e := newEnv(t, kind, graphql.DefaultServerConfig())
			commit(t, e.st, 9, 16, nil)
			// more consents, each granted and revoked: a page of 40 with two events each
			b := &store.Batch{From: 17, Checkpoint: store.Checkpoint{Number: 17, Hash: hash("b17")},
				Blocks: []store.Block{{Number: 17, Hash: hash("b17"), ParentHash: hash("b16"), Time: 1_700_000_034}}}
			for i := range 38 {
				id := hash(fmt.Sprint("extra", i))
				b.Events = append(b.Events,
					&store.ConsentGranted{Meta: meta(17, uint(2*i)), ConsentID: id, Patient: patient, Grantee: addr(byte(100 + i)), Purposes: 1, Actions: 1, By: patient},
					&store.ConsentRevoked{Meta: meta(17, uint(2*i+1)), ConsentID: id, Patient: patient, Grantee: addr(byte(100 + i)), RevokedAt: 1_700_000_034, By: patient})
			}
			if err := e.st.Commit(context.Background(), b); err != nil {
				t.Fatal(err)
			}

			run := func(q string, out any) int {
				t.Helper()
				ctx, queries := graphql.WithQueryCounter(context.Background())
				req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/graphql", strings.NewReader(queryBody(q)))
				req.Header.Set("Content-Type", "application/json")
				rec := httptest.NewRecorder()
				e.srv.Handler().ServeHTTP(rec, req)
				var resp struct {
					Data   json.RawMessage
					Errors []any
				}
				if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil || len(resp.Errors) > 0 {
					t.Fatalf("%s: %v %s", q, err, rec.Body.String())
				}
				if err := json.Unmarshal(resp.Data, out); err != nil {
					t.Fatal(err)
				}
				return queries()
			}
			type event struct{ Kind, ConsentID string }
			var page struct {
				Consents struct {
					Edges []struct {
						Node struct {
							ConsentID string
							History   []event
						}
					}
				}
			}
			if n := run(`{ consents(first: 100) { edges { node { consentId history { kind consentId } } } } }`, &page); n != 1 {
				t.Fatalf("a page of %d consents with their history ran %d history queries, want 1", len(page.Consents.Edges), n)
			}
			if len(page.Consents.Edges) != 40 {
				t.Fatalf("%d consents, want 40", len(page.Consents.Edges))
			}
			for _, ed := range page.Consents.Edges {
				var one struct{ ConsentHistory []event }
				e.query(t, fmt.Sprintf(`{ consentHistory(consentId: %q) { kind consentId } }`, ed.Node.ConsentID), &one)
				if fmt.Sprint(one.ConsentHistory) != fmt.Sprint(ed.Node.History) || len(one.ConsentHistory) == 0 {
					t.Fatalf("consent %s: batched history %v, alone %v", ed.Node.ConsentID, ed.Node.History, one.ConsentHistory)
				}
			}

			var hist map[string][]event
			q := fmt.Sprintf(`{ a: consentHistory(consentId: %q) { kind consentId } b: consentHistory(consentId: %q) { kind consentId }
				c: consentHistory(consentId: %q, block: {number: 12}) { kind consentId } d: consentHistory(consentId: "0x00") { kind } }`,
				hash("c1").Hex(), hash("c2").Hex(), hash("c1").Hex())
			if n := run(q, &hist); n != 2 {
				t.Fatalf("consentHistory at two blocks ran %d queries, want 2", n)
			}
			if len(hist["a"]) != 2 || len(hist["b"]) != 1 || len(hist["c"]) != 1 || len(hist["d"]) != 0 {
				t.Fatalf("consentHistory aliases: %v", hist)
			}

			var versions map[string][]struct{ ContentHash string }
			q = fmt.Sprintf(`{ a: recordVersions(recordId: %q) { contentHash } b: recordVersions(recordId: %q) { contentHash }
				c: recordVersions(recordId: "0x01") { contentHash } }`, hash("rec").Hex(), strings.ToUpper(hash("rec").Hex()))
			if n := run(q, &versions); n != 1 {
				t.Fatalf("three recordVersions ran %d queries, want 1", n)
			}
			if len(versions["a"]) != 2 || len(versions["b"]) != 2 || versions["a"][0].ContentHash != strings.ToLower(hash("v1").Hex()) || len(versions["c"]) != 0 {
				t.Fatalf("recordVersions aliases: %v", versions)
			}
		})
	}
}
