package indexbench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math"
	"math/big"
	"math/rand/v2"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/bevan-health/bevan/bench"
	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/internal/serve"
	"github.com/bevan-health/bevan/store"
	"github.com/ethereum/go-ethereum/common"
)

// Load is one measured query under concurrent load.
type Load struct {
	Name     string `json:"name"`
	Requests int    `json:"requests"`
	Errors   int    `json:"errors"`
	// Late are the scheduled requests not yet sent when the load ended (the server was that far behind): they count
	// in p50/p99 with their lateness at the end as latency, never dropped.
	Late      int     `json:"late"`
	PerSecond float64 `json:"requestsPerSecond"`
	P50Millis float64 `json:"p50Ms"`
	P99Millis float64 `json:"p99Ms"`
	// CPUMillisPerRequest is this process's CPU time (user + system) during the load per answered request: the
	// server's and the load clients' together (they share the process), a figure that depends less on what else
	// the machine runs than the rates do.
	CPUMillisPerRequest float64 `json:"cpuMsPerRequest"`
	// TargetRate is the rate requests were scheduled at (0: each client sent its next request once answered).
	TargetRate float64 `json:"targetRate"`
	GoalP99    float64 `json:"goalP99Ms,omitempty"`
	GoalPerSec float64 `json:"goalRequestsPerSecond,omitempty"`
	// GoalMet: p99 within the goal, the goal's rate achieved (2 % slack), no errors and nothing late; set on loads
	// with a goal.
	GoalMet *bool `json:"goalMet,omitempty"`
}

// GraphQLReport is what `bevan bench graphql` prints: the same loads on each store.
type GraphQLReport struct {
	Rows        int     `json:"consents"`
	LoadSeconds float64 `json:"loadSeconds"`
	Concurrency int     `json:"concurrency"`
	// CPUs and LoadAverage (1 min, from /proc/loadavg, before the first load) say what else the machine was doing.
	CPUs        int            `json:"cpus"`
	LoadAverage float64        `json:"loadAverage"`
	Stores      []GraphQLStore `json:"stores"`
}

// GraphQLStore is the loads on one store.
type GraphQLStore struct {
	Store string `json:"store"`
	// LoadAverage is the 1-minute load average before this store's loads.
	LoadAverage float64 `json:"loadAverage"`
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

// serveGraphQL serves GraphQL over st on a local port the system picks, as `bevan indexer` serves it; stop shuts
// it down.
func serveGraphQL(st store.Store) (url string, stop func(), err error) {
	h, err := serve.Listen("127.0.0.1:0", graphql.New(st, graphql.DefaultServerConfig(), nil).Handler(),
		serve.Timeouts{ReadHeader: 10 * time.Second}, slog.New(slog.DiscardHandler), "bench graphql")
	if err != nil {
		return "", nil, err
	}
	return "http://" + h.Addr() + "/graphql", func() { _ = h.Shutdown(context.Background()) }, nil
}

// LoadTest serves GraphQL over st on a local port and measures a key lookup and a filtered 100-row page. Each query
// runs three times (a warm-up, the most it serves, the goal's rate), each on its own part of the keys (consents,
// patients), so that no measured request finds what the warm-up put in a cache.
func LoadTest(ctx context.Context, st store.Store, rows, patients, concurrency int, d time.Duration) ([]Load, error) {
	url, stop, err := serveGraphQL(st)
	if err != nil {
		return nil, err
	}
	defer stop()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: max(concurrency, 64), MaxConnsPerHost: max(concurrency, 64)},
		Timeout: 30 * time.Second}
	key, page := keyQuery(), pageQuery()
	var out []Load
	for _, sc := range []struct {
		name    string
		q       func(int) []byte
		keys    int
		p99, ps float64
	}{{"key lookup: consent(consentId)", key, rows, 10, 2000}, {"100-row page: consents(where: {patient}, first: 100)", page, patients, 50, 2000}} {
		// the keys in three parts: the warm-up a fifth, each measured run two fifths
		warm, part := sc.keys/5, sc.keys*2/5
		// A warm-up (a fifth of the load time, not counted) so that the measurement starts with warm connections and
		// the database's upper index pages in memory.
		if _, err := run(ctx, client, url, sc.q, keyRange{0, warm}, concurrency, d/5, 0); err != nil {
			return nil, err
		}
		most, err := run(ctx, client, url, sc.q, keyRange{warm, part}, concurrency, d, 0)
		if err != nil {
			return nil, err
		}
		most.Name = sc.name + ", most it serves"
		// At the goal's rate, with enough clients in flight that the clients are not what limits it.
		paced, err := run(ctx, client, url, sc.q, keyRange{warm + part, sc.keys - warm - part}, max(concurrency, 64), d, sc.ps)
		if err != nil {
			return nil, err
		}
		paced.Name, paced.GoalP99, paced.GoalPerSec = sc.name+", at the goal's rate", sc.p99, sc.ps
		met := paced.P99Millis <= sc.p99 && paced.PerSecond >= 0.98*sc.ps && paced.Errors == 0 && paced.Late == 0
		paced.GoalMet = &met
		out = append(out, most, paced)
	}
	return out, nil
}

// keyQuery and pageQuery are the bench's two queries as an app sends them: one document with the key in a variable,
// so that the server parses and validates it once (its query cache) instead of once per request. Each returns the
// POST body for key i.
func keyQuery() func(int) []byte {
	return request(`query Consent($id: String!) { consent(consentId: $id) { consentId patient grantee status purposes } }`,
		"id", func(i int) string { return common.BigToHash(big.NewInt(int64(1 + i))).Hex() })
}

func pageQuery() func(int) []byte {
	return request(`query Page($patient: String!) { consents(where: {patient: {eq: $patient}}, first: 100) { totalCount edges { node { consentId grantee status purposes } } } }`,
		"patient", func(i int) string { return patientAddr(i).Hex() })
}

// request returns the POST body of query with its one variable name set to value(i).
func request(query, name string, value func(int) string) func(int) []byte {
	q, _ := json.Marshal(query)
	head := fmt.Appendf(nil, `{"query":%s,"variables":{%q:"`, q, name)
	return func(i int) []byte {
		b := make([]byte, 0, len(head)+80)
		return append(append(append(b, head...), value(i)...), `"}}`...)
	}
}

// keyRange is the part [lo, lo+n) of a query's keys one run draws from.
type keyRange struct{ lo, n int }

// run loads the server with concurrency clients for d, drawing keys from kr. With rate 0 each client sends its next
// request when the last one is answered (the most the server does: its throughput). With a rate, requests are
// scheduled at that rate whatever the answers (an open loop) and each latency counts from the request's scheduled
// time, so a server that falls behind shows it in p99 instead of quietly receiving fewer requests; requests still
// unsent a second after the end are not sent but counted as late, with their lateness then as their latency.
func run(ctx context.Context, client *http.Client, url string, q func(int) []byte, kr keyRange, concurrency int, d time.Duration, rate float64) (Load, error) {
	var mu sync.Mutex
	var lat []time.Duration
	errs, late := 0, 0
	var firstErr error
	cpu0 := cpuTime()
	start := time.Now()
	end := start.Add(d)
	stop := end.Add(time.Second)
	var slots chan time.Time
	if rate > 0 {
		n := int(rate * d.Seconds())
		slots = make(chan time.Time, n)
		for i := range n {
			slots <- start.Add(time.Duration(float64(i) / rate * float64(time.Second)))
		}
		close(slots)
	}
	var wg sync.WaitGroup
	for w := range concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(w), uint64(kr.lo)))
			var mine []time.Duration
			bad := 0
			for ctx.Err() == nil {
				var sent time.Time
				if slots == nil {
					if sent = time.Now(); !sent.Before(end) {
						break
					}
				} else {
					at, ok := <-slots
					if !ok {
						break
					}
					if now := time.Now(); now.After(stop) {
						// too late to send: counted late, with how late it is now
						mine = append(mine, now.Sub(at))
						mu.Lock()
						late++
						mu.Unlock()
						continue
					}
					if wait := time.Until(at); wait > 0 {
						time.Sleep(wait)
					}
					sent = at
				}
				resp, err := client.Post(url, "application/json", bytes.NewReader(q(kr.lo+r.IntN(max(kr.n, 1)))))
				if err == nil {
					raw, e := io.ReadAll(resp.Body)
					resp.Body.Close()
					// gqlgen writes "errors" before "data": an answer without errors starts with {"data":{ (a cheap
					// check, so that the load clients cost the shared CPU little)
					if e != nil || resp.StatusCode != 200 || !bytes.HasPrefix(raw, []byte(`{"data":{`)) {
						err = fmt.Errorf("status %d: %s (%v)", resp.StatusCode, raw, e)
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
				mine = append(mine, time.Since(sent))
			}
			mu.Lock()
			lat = append(lat, mine...)
			errs += bad
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	cpu := cpuTime() - cpu0
	answered := len(lat) - late
	if answered == 0 {
		return Load{}, fmt.Errorf("no successful request: %v", firstErr)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	// nearest rank: the smallest latency with at least p of them at or below it
	ms := func(p float64) float64 {
		i := int(math.Ceil(p*float64(len(lat)))) - 1
		return float64(lat[max(i, 0)].Microseconds()) / 1000
	}
	return Load{Requests: answered, Errors: errs, Late: late, PerSecond: float64(answered) / elapsed.Seconds(), P50Millis: ms(0.5),
		P99Millis: ms(0.99), CPUMillisPerRequest: float64(cpu.Microseconds()) / 1000 / float64(answered), TargetRate: rate}, nil
}

// cpuTime is this process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// LoadAverage is the 1-minute load average (0 when /proc/loadavg cannot be read).
func LoadAverage() float64 {
	raw, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	f, _ := strconv.ParseFloat(strings.Fields(string(raw) + " 0")[0], 64)
	return f
}

// WriteJSON prints the report as one JSON object.
func (r *GraphQLReport) WriteJSON(w io.Writer) error { return bench.WriteJSON(w, r) }

// WriteTable prints the report with the goals.
func (r *GraphQLReport) WriteTable(w io.Writer) error {
	fmt.Fprintf(w, "GraphQL with %d consents, %.0f s per load; \"most it serves\": %d clients each sending its next request once\n"+
		"answered; \"at the goal's rate\": requests scheduled at that rate, latency from the scheduled time (late: still\n"+
		"unsent a second after the end, counted in p99 with their lateness). Machine: %d CPUs, load average %.1f before\n"+
		"the loads; CPU ms/req is this process's (server and load clients) per answered request.\n\n",
		r.Rows, r.LoadSeconds, r.Concurrency, r.CPUs, r.LoadAverage)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "store\tquery\trequests\terrors\tlate\treq/s\tp50 ms\tp99 ms\tCPU ms/req\tgoal")
	for _, st := range r.Stores {
		for _, l := range st.Loads {
			goal := "-"
			if l.GoalMet != nil {
				verdict := "met"
				if !*l.GoalMet {
					verdict = "missed"
				}
				goal = fmt.Sprintf("p99 ≤ %.0f ms at ≥ %.0f req/s, no errors: %s", l.GoalP99, l.GoalPerSec, verdict)
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%.0f\t%.2f\t%.2f\t%.2f\t%s\n", st.Store, l.Name, l.Requests, l.Errors, l.Late,
				l.PerSecond, l.P50Millis, l.P99Millis, l.CPUMillisPerRequest, goal)
		}
	}
	return tw.Flush()
}
