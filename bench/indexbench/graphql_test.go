package indexbench

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
)

// pageQuery is the bench's 100-row page.
func pageQuery(patient int) string {
	return fmt.Sprintf(`{"query":"{ consents(where: {patient: {eq: \"%s\"}}, first: 100) { totalCount edges { node { consentId grantee status purposes } } } }"}`,
		patientAddr(patient).Hex())
}

// TestLoadTestCounts runs the GraphQL bench on a small store: every scheduled request is answered or counted late,
// answers carry no errors, and the page query returns the patient's rows and their count.
func TestLoadTestCounts(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, storetest.SQLiteURL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	const rows, patients = 2000, 20
	if err := Populate(ctx, st, rows, patients); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(graphql.New(st, graphql.DefaultServerConfig(), nil).Handler())
	defer srv.Close()
	resp, err := http.Post(srv.URL+"/graphql", "application/json", strings.NewReader(pageQuery(3)))
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var res struct {
		Data struct {
			Consents struct {
				TotalCount int64
				Edges      []struct {
					Node struct{ ConsentID, Status string }
				}
			}
		}
		Errors []any
	}
	if err := json.Unmarshal(raw, &res); err != nil || len(res.Errors) > 0 {
		t.Fatalf("page: %s (%v)", raw, err)
	}
	if c := res.Data.Consents; c.TotalCount != rows/patients || len(c.Edges) != rows/patients || c.Edges[0].Node.Status != "ACTIVE" {
		t.Fatalf("page of patient 3: %d of %d rows, first %+v", len(c.Edges), c.TotalCount, c.Edges)
	}
	// an open-loop run: every scheduled request is answered, errs or is counted late
	client := &http.Client{Timeout: 10 * time.Second}
	l, err := run(ctx, client, srv.URL+"/graphql", func(i int) string {
		return fmt.Sprintf(`{ consents(where: {patient: {eq: %q}}, first: 100) { totalCount } }`, patientAddr(i).Hex())
	}, keyRange{5, 10}, 4, 500*time.Millisecond, 100)
	if err != nil {
		t.Fatal(err)
	}
	if l.Requests+l.Errors+l.Late != 50 || l.Errors != 0 {
		t.Fatalf("50 scheduled requests: %d answered, %d errors, %d late", l.Requests, l.Errors, l.Late)
	}
	// a query the server refuses is an error, not a measurement
	l, err = run(ctx, client, srv.URL+"/graphql", func(int) string { return `{ consents(first: 5000) { totalCount } }` },
		keyRange{0, 1}, 2, 200*time.Millisecond, 0)
	if err == nil {
		t.Fatalf("refused queries measured: %+v", l)
	}
}

// BenchmarkConsentPage is the 100-row page served by the HTTP handler in this goroutine (no network, no load
// clients): CPU time and allocations per page. go test ./bench/indexbench -run - -bench ConsentPage -benchmem
func BenchmarkConsentPage(b *testing.B) {
	ctx := context.Background()
	st, err := store.Open(ctx, storetest.SQLiteURL(b))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	const rows, patients = 20_000, 200
	if err := Populate(ctx, st, rows, patients); err != nil {
		b.Fatal(err)
	}
	h := graphql.New(st, graphql.DefaultServerConfig(), nil).Handler()
	r := rand.New(rand.NewPCG(1, 2))
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(pageQuery(r.IntN(patients))))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != http.StatusOK || strings.Contains(w.Body.String(), `"errors"`) {
			b.Fatalf("%d %s", w.Code, w.Body.String())
		}
	}
}
