package indexbench

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/store/storetest"
)

// TestLoadTestCounts runs the GraphQL bench on a small store: every scheduled request is answered or counted late,
// answers carry no errors, and the page query returns the patient's rows and their count.
func TestLoadTestCounts(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t, storetest.SQLiteURL(t))
	const rows, patients = 2000, 20
	if err := Populate(ctx, st, rows, patients); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(graphql.New(st, graphql.DefaultServerConfig(), nil).Handler())
	defer srv.Close()
	resp, err := http.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(pageQuery()(3)))
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
	l, err := run(ctx, client, srv.URL+"/graphql", request(`query($p: String!) { consents(where: {patient: {eq: $p}}, first: 100) { totalCount } }`,
		"p", func(i int) string { return patientAddr(i).Hex() }), keyRange{5, 10}, 4, 500*time.Millisecond, 100)
	if err != nil {
		t.Fatal(err)
	}
	if l.Requests+l.Errors+l.Late != 50 || l.Errors != 0 {
		t.Fatalf("50 scheduled requests: %d answered, %d errors, %d late", l.Requests, l.Errors, l.Late)
	}
	// a query the server refuses is an error, not a measurement
	l, err = run(ctx, client, srv.URL+"/graphql", func(int) []byte { return []byte(`{"query":"{ consents(first: 5000) { totalCount } }"}`) },
		keyRange{0, 1}, 2, 200*time.Millisecond, 0)
	if err == nil {
		t.Fatalf("refused queries measured: %+v", l)
	}
}

// BenchmarkConsentPage is the 100-row page served by the HTTP handler in this goroutine (no network, no load
// clients): CPU time and allocations per page. go test ./bench/indexbench -run - -bench 'ConsentPage|KeyLookup' -benchmem
// The cpu-µs/op metric is the process's CPU time (user + system, GC included) per page: less sensitive to what else
// the machine runs than ns/op.
func BenchmarkConsentPage(b *testing.B) { benchQuery(b, pageQuery(), benchPatients) }

// BenchmarkKeyLookup is the key lookup as BenchmarkConsentPage measures the page.
func BenchmarkKeyLookup(b *testing.B) { benchQuery(b, keyQuery(), benchRows) }

// BenchmarkConsentPagePostgres and BenchmarkKeyLookupPostgres are the same on PostgreSQL (its server's CPU is not
// in cpu-µs/op).
func BenchmarkConsentPagePostgres(b *testing.B) {
	benchQueryOn(b, "postgres", pageQuery(), benchPatients)
}

func BenchmarkKeyLookupPostgres(b *testing.B) { benchQueryOn(b, "postgres", keyQuery(), benchRows) }

const benchRows, benchPatients = 20_000, 200

// benchQuery serves q for keys drawn from [0, keys).
func benchQuery(b *testing.B, q func(int) []byte, keys int) { benchQueryOn(b, "sqlite", q, keys) }

// benchQueryOn is benchQuery on a fresh store of the kind (storetest.Kinds).
func benchQueryOn(b *testing.B, kind string, q func(int) []byte, keys int) {
	ctx := context.Background()
	st := storetest.Open(b, storetest.URL(b, kind))
	if err := Populate(ctx, st, benchRows, benchPatients); err != nil {
		b.Fatal(err)
	}
	h := graphql.New(st, graphql.DefaultServerConfig(), nil).Handler()
	r := rand.New(rand.NewPCG(1, 2))
	b.ReportAllocs()
	cpu0 := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(q(r.IntN(keys))))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != http.StatusOK || !strings.HasPrefix(w.Body.String(), `{"data":{`) {
			b.Fatalf("%d %s", w.Code, w.Body.String())
		}
	}
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(b.N), "cpu-µs/op")
}
