package indexbench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"net"
	"net/http"
	"sort"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/store"
	"github.com/ethereum/go-ethereum/common"
)

// Load is one measured query under concurrent load.
type Load struct {
	Name       string  `json:"name"`
	Requests   int     `json:"requests"`
	Errors     int     `json:"errors"`
	PerSecond  float64 `json:"requestsPerSecond"`
	P50Millis  float64 `json:"p50Ms"`
	P99Millis  float64 `json:"p99Ms"`
	GoalP99    float64 `json:"goalP99Ms"`
	GoalPerSec float64 `json:"goalRequestsPerSecond"`
}

// GraphQLReport is what `bevan bench graphql` prints.
type GraphQLReport struct {
	Store       string  `json:"store"`
	Rows        int     `json:"consents"`
	LoadSeconds float64 `json:"loadSeconds"`
	Concurrency int     `json:"concurrency"`
	Loads       []Load  `json:"loads"`
}

// Populate writes `rows` consents for `patients` patients (a fresh store), as the indexer would, in batches.
func Populate(ctx context.Context, st store.Store, rows, patients int) error {
	const perBlock, blocksPerBatch = 1000, 10
	block := uint64(1)
	for i := 0; i < rows; {
		b := &store.Batch{From: block}
		for range blocksPerBatch {
			for j := 0; j < perBlock && i < rows; j++ {
				i++
				b.Events = append(b.Events, &store.ConsentGranted{
					Meta:      store.Meta{Block: block, LogIndex: uint(j), TxHash: common.BigToHash(big.NewInt(int64(i))), BlockTime: 1_700_000_000 + block*2},
					ConsentID: common.BigToHash(big.NewInt(int64(i))), Patient: patientAddr(i % patients),
					Grantee: common.BigToAddress(big.NewInt(int64(1_000_000 + i%97))), Purposes: uint16(1 + i%1023), Actions: uint8(1 + i%31)})
			}
			b.Blocks = append(b.Blocks, store.Block{Number: block, Hash: common.BigToHash(big.NewInt(int64(block))), Time: 1_700_000_000 + block*2})
			block++
		}
		b.Checkpoint = store.Checkpoint{Number: block - 1, Hash: common.BigToHash(big.NewInt(int64(block - 1)))}
		if err := st.Commit(ctx, b); err != nil {
			return err
		}
	}
	return nil
}

func patientAddr(i int) common.Address { return common.BigToAddress(big.NewInt(int64(10_000 + i))) }

// LoadTest serves GraphQL over st on a local port and measures a key lookup and a filtered 100-row page.
func LoadTest(ctx context.Context, st store.Store, rows, patients, concurrency int, d time.Duration) ([]Load, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: graphql.New(st, graphql.DefaultServerConfig(), nil).Handler(), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(l) }()
	defer srv.Shutdown(context.Background())
	url := "http://" + l.Addr().String() + "/graphql"
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: concurrency, MaxConnsPerHost: concurrency}, Timeout: 30 * time.Second}
	key := func(r *rand.Rand) string {
		id := common.BigToHash(big.NewInt(int64(1 + r.IntN(rows))))
		return fmt.Sprintf(`{ consent(consentId: %q) { consentId patient grantee status purposes } }`, id.Hex())
	}
	page := func(r *rand.Rand) string {
		return fmt.Sprintf(`{ consents(where: {patient: {eq: %q}}, first: 100) { totalCount edges { node { consentId grantee status purposes } } } }`,
			patientAddr(r.IntN(patients)).Hex())
	}
	var out []Load
	for _, sc := range []struct {
		name    string
		q       func(*rand.Rand) string
		p99, ps float64
	}{{"key lookup: consent(consentId)", key, 10, 2000}, {"100-row page: consents(where: {patient}, first: 100)", page, 50, 2000}} {
		ld, err := run(ctx, client, url, sc.q, concurrency, d)
		if err != nil {
			return nil, err
		}
		ld.Name, ld.GoalP99, ld.GoalPerSec = sc.name, sc.p99, sc.ps
		out = append(out, ld)
	}
	return out, nil
}

func run(ctx context.Context, client *http.Client, url string, q func(*rand.Rand) string, concurrency int, d time.Duration) (Load, error) {
	var mu sync.Mutex
	var lat []time.Duration
	errs := 0
	var firstErr error
	end := time.Now().Add(d)
	var wg sync.WaitGroup
	for w := range concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(w), 7))
			var mine []time.Duration
			bad := 0
			for time.Now().Before(end) && ctx.Err() == nil {
				body, _ := json.Marshal(map[string]string{"query": q(r)})
				start := time.Now()
				resp, err := client.Post(url, "application/json", bytes.NewReader(body))
				if err == nil {
					var res struct {
						Errors []any `json:"errors"`
					}
					raw, _ := io.ReadAll(resp.Body)
					resp.Body.Close()
					if e := json.Unmarshal(raw, &res); e != nil || len(res.Errors) > 0 || resp.StatusCode != 200 {
						err = fmt.Errorf("status %d: %s", resp.StatusCode, raw)
					}
				}
				if err != nil {
					bad++
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
					continue
				}
				mine = append(mine, time.Since(start))
			}
			mu.Lock()
			lat = append(lat, mine...)
			errs += bad
			mu.Unlock()
		}()
	}
	wg.Wait()
	if len(lat) == 0 {
		return Load{}, fmt.Errorf("no successful request: %v", firstErr)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	ms := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000 }
	return Load{Requests: len(lat), Errors: errs, PerSecond: float64(len(lat)) / d.Seconds(), P50Millis: ms(0.5), P99Millis: ms(0.99)}, nil
}

// WriteJSON prints the report as one JSON object.
func (r *GraphQLReport) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// WriteTable prints the report with the goals.
func (r *GraphQLReport) WriteTable(w io.Writer) error {
	fmt.Fprintf(w, "GraphQL over %s with %d consents, %d concurrent clients, %.0f s per query\n\n", r.Store, r.Rows, r.Concurrency, r.LoadSeconds)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "query\trequests\terrors\treq/s\tp50 ms\tp99 ms\tgoal")
	for _, l := range r.Loads {
		met := "met"
		if l.P99Millis > l.GoalP99 || l.PerSecond < l.GoalPerSec {
			met = "missed"
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.0f\t%.2f\t%.2f\tp99 ≤ %.0f ms at ≥ %.0f req/s: %s\n", l.Name, l.Requests, l.Errors, l.PerSecond,
			l.P50Millis, l.P99Millis, l.GoalP99, l.GoalPerSec, met)
	}
	return tw.Flush()
}
