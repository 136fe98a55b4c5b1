package indexer_test

import (
	"bufio"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bevan-health/bevan/indexer"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// waitFor polls cond until it holds; the deadline only turns a hang into a failure (nothing is timed).
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting: %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// startService starts an indexer and stops it when the test ends.
func startService(t testing.TB, cfg indexer.Config, log *slog.Logger) *indexer.Service {
	t.Helper()
	ctx := context.Background()
	s, err := indexer.New(ctx, cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Stop(context.Background()) })
	return s
}

// atHead reports whether the service's checkpoint is the chain's head block.
func atHead(t testing.TB, c *chain, s *indexer.Service) bool {
	t.Helper()
	h := c.head()
	cp, ok, err := s.Store().Checkpoint(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return ok && cp.Number == h.Number.Uint64() && cp.Hash == h.Hash()
}

func wsURL(httpURL string) string { return "ws" + strings.TrimPrefix(httpURL, "http") }

// scrape reads the service's /metrics into name{labels} -> value.
func scrape(t testing.TB, addr string) map[string]float64 {
	t.Helper()
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			t.Fatalf("metrics line %q: %v", line, err)
		}
		out[line[:i]] = v
	}
	return out
}

// TestLiveFollowing follows a devnet live: over a ws:// RPC and with an http:// RPC plus a WebSocket URL, the
// indexer is woken by newHeads (its poll interval is an hour, so only a notification can bring it to a new block);
// with an http:// RPC alone it polls.
func TestLiveFollowing(t *testing.T) {
	t.Parallel() // its own devnet and databases
	d, c := activeDevnet(t, 3, "live")
	for _, tc := range []struct {
		name, rpc, ws string
		newHeads      bool
	}{
		{"ws rpc", wsURL(d.RPCURL()), "", true},
		{"http rpc with ws", d.RPCURL(), wsURL(d.RPCURL()), true},
		{"http rpc polls", d.RPCURL(), "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testConfig(tc.rpc, d.Manifest, storetest.SQLiteURL(t))
			cfg.WS, cfg.HTTPAddr = tc.ws, "127.0.0.1:0"
			if tc.newHeads {
				cfg.PollInterval = time.Hour
			}
			s := startService(t, cfg, devnettest.Log())
			waitFor(t, "initial catch-up", func() bool { return atHead(t, c, s) })
			if tc.newHeads {
				waitFor(t, "newHeads subscription", func() bool { return s.Status().NewHeads })
			}
			for round := range 3 {
				c.activity(1, tc.name)
				waitFor(t, "the new head indexed (round "+strconv.Itoa(round)+")", func() bool { return atHead(t, c, s) })
			}
			m := scrape(t, s.Addr())
			if got := s.Status().NewHeads; got != tc.newHeads {
				t.Fatalf("status newHeads %v, want %v", got, tc.newHeads)
			}
			if tc.newHeads && (m["bevan_indexer_newheads_total"] < 3 || m["bevan_indexer_newheads_subscribed"] != 1) {
				t.Fatalf("newHeads metrics: total %v, subscribed %v", m["bevan_indexer_newheads_total"], m["bevan_indexer_newheads_subscribed"])
			}
			if !tc.newHeads && m["bevan_indexer_newheads_subscribed"] != 0 {
				t.Fatal("polling, yet the subscribed gauge is set")
			}
		})
	}
}

// TestMetricsHealthAndProgress checks the Prometheus metrics (head, indexed block, lag, events, events/s, RPC
// errors, adaptive range), /healthz while healthy and once the RPC is gone, and the caught-up progress line.
func TestMetricsHealthAndProgress(t *testing.T) {
	t.Parallel() // its own devnet and databases
	d, c := activeDevnet(t, 16, "m")
	target, err := url.Parse(d.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	var down atomic.Bool
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if down.Load() {
			http.Error(w, "node down", http.StatusBadGateway)
			return
		}
		httputil.NewSingleHostReverseProxy(target).ServeHTTP(w, r)
	}))
	defer proxy.Close()

	logs := &devnettest.Buffer{}
	cfg := testConfig(proxy.URL, d.Manifest, storetest.SQLiteURL(t))
	cfg.HTTPAddr, cfg.InitialRange, cfg.MaxRange = "127.0.0.1:0", 1, 1000
	cfg.PollInterval, cfg.RequestTimeout = 20*time.Millisecond, time.Second
	s := startService(t, cfg, slog.New(slog.NewTextHandler(logs, nil)))
	waitFor(t, "catch-up", func() bool { return atHead(t, c, s) })

	head := float64(c.head().Number.Uint64())
	counts, err := s.Store().Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	events := counts[store.TableConsentEvents] + counts[store.TableEmergencyAccesses] + counts[store.TableAnchors] +
		counts[store.TableBatches] + counts[store.TableMetaTransactions] + counts[store.TableVotes]
	m := scrape(t, s.Addr())
	for _, name := range []string{"bevan_indexer_head_block", "bevan_indexer_indexed_block", "bevan_indexer_lag_blocks",
		"bevan_indexer_events_per_second", "bevan_indexer_events_total", "bevan_indexer_blocks_total", "bevan_indexer_reorgs_total",
		`bevan_indexer_rpc_errors_total{kind="range"}`, `bevan_indexer_rpc_errors_total{kind="timeout"}`,
		`bevan_indexer_rpc_errors_total{kind="rate_limit"}`, `bevan_indexer_rpc_errors_total{kind="other"}`,
		"bevan_indexer_range_blocks", "bevan_indexer_commit_seconds_count", "bevan_indexer_newheads_subscribed"} {
		if _, ok := m[name]; !ok {
			t.Errorf("metric %s is missing", name)
		}
	}
	if m["bevan_indexer_head_block"] != head || m["bevan_indexer_indexed_block"] != head || m["bevan_indexer_lag_blocks"] != 0 {
		t.Errorf("head %v indexed %v lag %v, want %v %v 0", m["bevan_indexer_head_block"], m["bevan_indexer_indexed_block"],
			m["bevan_indexer_lag_blocks"], head, head)
	}
	// every consent event, guardian change, member and proposal event is counted; the tables above are one row per event
	if m["bevan_indexer_events_total"] < float64(events) {
		t.Errorf("events_total %v, want at least %d", m["bevan_indexer_events_total"], events)
	}
	if m["bevan_indexer_range_blocks"] <= 1 {
		t.Errorf("the adaptive range did not grow from 1 block: %v", m["bevan_indexer_range_blocks"])
	}

	type health struct {
		Healthy bool   `json:"healthy"`
		Indexed uint64 `json:"indexed"`
		Head    uint64 `json:"head"`
	}
	healthz := func() (int, health) {
		resp, err := http.Get("http://" + s.Addr() + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var h health
		if err := json.NewDecoder(resp.Body).Decode(&h); err != nil {
			t.Fatal(err)
		}
		return resp.StatusCode, h
	}
	if code, h := healthz(); code != http.StatusOK || !h.Healthy || h.Indexed != uint64(head) || h.Head != uint64(head) {
		t.Fatalf("/healthz %d %+v while synced", code, h)
	}
	line := ""
	for _, l := range strings.Split(logs.String(), "\n") {
		if strings.Contains(l, "caught up with the head") {
			line = l
		}
	}
	for _, want := range []string{"blocks/s=", "events/s=", "indexed=" + strconv.Itoa(int(head)), "took="} {
		if !strings.Contains(line, want) {
			t.Errorf("caught-up line %q lacks %q", line, want)
		}
	}

	down.Store(true)
	waitFor(t, "/healthz to report the dead RPC", func() bool { code, h := healthz(); return code == http.StatusServiceUnavailable && !h.Healthy })
	waitFor(t, "RPC errors counted", func() bool { return scrape(t, s.Addr())[`bevan_indexer_rpc_errors_total{kind="other"}`] > 0 })
}

// TestConfirmationPolicies indexes with the safe and finalized policies (anvil: 32 and 64 blocks below the head):
// each stops at that block, and equals a latest index rolled back to it.
func TestConfirmationPolicies(t *testing.T) {
	t.Parallel() // its own devnet and databases
	d, c := activeDevnet(t, 24, "c1")
	var ok any
	c.rpc(&ok, "anvil_mine", hexutil.EncodeUint64(20))
	c.activity(40, "c2")
	for _, policy := range []string{indexer.Safe, indexer.Finalized} {
		t.Run(policy, func(t *testing.T) {
			var tagged struct {
				Number hexutil.Uint64 `json:"number"`
				Hash   common.Hash    `json:"hash"`
			}
			c.rpc(&tagged, "eth_getBlockByNumber", policy, false)
			if uint64(tagged.Number) >= c.head().Number.Uint64() {
				t.Fatalf("%s block %d is not below the head", policy, tagged.Number)
			}
			db := storetest.SQLiteURL(t)
			cfg := testConfig(d.RPCURL(), d.Manifest, db)
			cfg.Confirmations = policy
			got := indexOnce(t, cfg)
			st, err := store.Open(context.Background(), db)
			if err != nil {
				t.Fatal(err)
			}
			cp, _, err := st.Checkpoint(context.Background())
			_ = st.Close()
			if err != nil || cp.Number != uint64(tagged.Number) || cp.Hash != tagged.Hash {
				t.Fatalf("%s index stopped at %d %s, want %d %s (%v)", policy, cp.Number, cp.Hash, tagged.Number, tagged.Hash, err)
			}
			latest := storetest.SQLiteURL(t)
			indexOnce(t, testConfig(d.RPCURL(), d.Manifest, latest))
			st, err = store.Open(context.Background(), latest)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if err := st.Rollback(context.Background(), store.Checkpoint{Number: uint64(tagged.Number), Hash: tagged.Hash}); err != nil {
				t.Fatal(err)
			}
			want, err := st.Checksum(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Fatalf("%s index differs from the latest index as of block %d", policy, tagged.Number)
			}
		})
	}
}

// hangingRPC holds eth_getLogs over more than maxRange blocks until the client gives up (a provider that times
// out on large ranges), and passes everything else to the node.
type hangingRPC struct {
	target   *url.URL
	maxRange uint64
	hung     atomic.Int64
}

func (h *hangingRPC) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, ok := readBody(w, r)
	if !ok {
		return
	}
	if _, from, to, ok := logsRange(body); ok && to-from+1 > h.maxRange {
		h.hung.Add(1)
		<-r.Context().Done()
		return
	}
	httputil.NewSingleHostReverseProxy(h.target).ServeHTTP(w, r)
}

// TestRPCTimeouts indexes through a provider that never answers eth_getLogs over more than 4 blocks: the
// indexer's request timeout splits the ranges, and the result equals a direct index.
func TestRPCTimeouts(t *testing.T) {
	t.Parallel() // its own devnet and databases
	d, u, ref := referenceChain(t, 16, "t")
	h := &hangingRPC{target: u, maxRange: 4}
	srv := httptest.NewServer(h)
	defer srv.Close()
	cfg := testConfig(srv.URL, d.Manifest, storetest.SQLiteURL(t))
	cfg.InitialRange, cfg.RequestTimeout = 32, 300*time.Millisecond
	if got := indexOnce(t, cfg); got != ref {
		t.Fatalf("through the hanging provider: checksum %s, direct %s", got, ref)
	}
	if h.hung.Load() == 0 {
		t.Fatal("no eth_getLogs timed out: the test did not exercise timeouts")
	}
}
