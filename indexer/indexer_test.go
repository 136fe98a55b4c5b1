package indexer_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/indexer"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

func counts(t *testing.T, url string) map[string]int64 {
	t.Helper()
	return storetest.Read(t, url, func(ctx context.Context, st store.Store) (map[string]int64, error) { return st.Counts(ctx) })
}

// TestBackfill indexes one chain into SQLite and PostgreSQL, with large and with one-block ranges, and checks
// that every table got rows and that all four databases hold the same data.
func TestBackfill(t *testing.T) {
	t.Parallel() // its own devnet and databases
	d, _ := activeDevnet(t, 40, "a")

	sqlite := storetest.SQLiteURL(t)
	ref := indexOnce(t, testConfig(d.RPCURL(), d.Manifest, sqlite))
	n := counts(t, sqlite)
	for _, table := range []string{"consents", "consent_events", "guardians", "emergency_accesses", "members", "proposals",
		"quorum_numerators", "votes", "anchors", "batches", "meta_transactions", "contract_events"} {
		if n[table] == 0 {
			t.Errorf("table %s is empty after indexing the activity", table)
		}
	}
	// 40 rounds: rounds 0,1 mod 8 grant (10) and rounds ≡1 revoke (5); round 4 mod 8 grants through the forwarder (5)
	if n["consent_events"] != 20 || n["consents"] != 20 || n["meta_transactions"] != 5 || n["members"] != 3 {
		t.Errorf("counts %v: want 20 consent events, 20 consent versions, 5 meta-transactions, 3 members", n)
	}

	// every other event of every contract is kept: each grant mints a soulbound consent token (Transfer + Locked);
	// the deployment set the timelock's roles and delay (twice: the timelock starts with no delay, and the
	// deployment's one-off bootstrap batch, after granting KeyRecovery its role, sets the configured delay)
	st, err := store.Open(context.Background(), sqlite)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		contract, event string
		want            int64
	}{{"ConsentRegistry", "Transfer", 15}, {"ConsentRegistry", "Locked", 15}, {"BevanTimelock", "MinDelayChange", 2},
		{"BevanGovernor", "VotingPeriodSet", 1}, {"Membership", "Transfer", 3}} {
		p, err := store.Select(context.Background(), st, store.ContractEvents, store.List{First: 1000, Count: true, Where: []store.Cond{
			{Col: store.ColContract, Op: store.Eq, Value: tc.contract}, {Col: store.ColEvent, Op: store.Eq, Value: tc.event}}})
		if err != nil {
			t.Fatal(err)
		}
		if p.TotalCount != tc.want {
			t.Errorf("%s.%s: %d events, want %d", tc.contract, tc.event, p.TotalCount, tc.want)
		}
		if tc.event == "Transfer" && len(p.Rows) > 0 && !strings.Contains(p.Rows[0].Args, `"from":"0x0000000000000000000000000000000000000000"`) {
			t.Errorf("%s mint args %v", tc.contract, p.Rows[0].Args)
		}
	}
	_ = st.Close()

	pg := storetest.PostgresURL(t)
	if got := indexOnce(t, testConfig(d.RPCURL(), d.Manifest, pg)); got != ref {
		t.Errorf("PostgreSQL checksum %s, SQLite %s", got, ref)
	}
	cfg := testConfig(d.RPCURL(), d.Manifest, storetest.SQLiteURL(t))
	cfg.InitialRange, cfg.MaxRange, cfg.Concurrency = 1, 1, 1
	if got := indexOnce(t, cfg); got != ref {
		t.Errorf("one-block ranges: checksum %s, want %s", got, ref)
	}
	// resuming an up-to-date database changes nothing
	if got := indexOnce(t, testConfig(d.RPCURL(), d.Manifest, sqlite)); got != ref {
		t.Errorf("re-run: checksum %s, want %s", got, ref)
	}
}

// TestReorgs follows a devnet live, replaces its last d blocks (evm_snapshot / evm_revert, then different
// transactions) for depths 1 to 64, and checks after each that the database equals a fresh index of the chain.
func TestReorgs(t *testing.T) {
	t.Parallel() // its own devnet and databases
	d, c := activeDevnet(t, 10, "base")
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			live := storetest.URL(t, kind)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			s, err := indexer.New(ctx, testConfig(d.RPCURL(), d.Manifest, live), devnettest.Log())
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Start(ctx); err != nil {
				t.Fatal(err)
			}
			defer s.Stop(context.Background())
			caughtUp := func(what string) {
				t.Helper()
				h := c.head()
				deadline := time.Now().Add(60 * time.Second)
				for {
					cp, ok, err := s.Store().Checkpoint(ctx)
					if err != nil {
						t.Fatal(err)
					}
					if ok && cp.Number == h.Number.Uint64() && cp.Hash == h.Hash() {
						return
					}
					if time.Now().After(deadline) {
						t.Fatalf("%s: indexer at %d %s, chain at %d %s", what, cp.Number, cp.Hash, h.Number, h.Hash())
					}
					time.Sleep(20 * time.Millisecond)
				}
			}
			caughtUp("start")
			// the new branch is as long as the old one (the indexer sees the same height with another hash), one block
			// longer (a higher head whose parent it does not know), or shorter (the head drops below what it indexed)
			cases := []struct{ depth, branch int }{{1, 1}, {2, 2}, {3, 4}, {8, 8}, {16, 17}, {64, 64}, {1, 0}, {5, 3}}
			if kind == "postgres" {
				cases = []struct{ depth, branch int }{{1, 2}, {5, 5}, {64, 64}, {2, 1}}
			}
			for _, tc := range cases {
				depth := tc.depth
				var snap hexutil.Uint64
				c.rpc(&snap, "evm_snapshot")
				before := c.head().Number.Uint64()
				c.mineBlocks(depth, fmt.Sprintf("old-%s-%d", kind, depth))
				caughtUp(fmt.Sprintf("depth %d, old branch", depth))
				var ok bool
				c.rpc(&ok, "evm_revert", snap)
				if !ok || c.head().Number.Uint64() != before {
					t.Fatalf("evm_revert to %d failed", before)
				}
				c.mineBlocks(tc.branch, fmt.Sprintf("new-%s-%d-%d", kind, depth, tc.branch))
				caughtUp(fmt.Sprintf("depth %d, new branch of %d blocks", depth, tc.branch))
				fresh := indexOnce(t, testConfig(d.RPCURL(), d.Manifest, storetest.URL(t, kind)))
				got, err := s.Store().Checksum(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if got != fresh {
					t.Fatalf("after a reorg of depth %d (new branch of %d blocks) the database differs from a fresh index", depth, tc.branch)
				}
			}
		})
	}
}

// mineBlocks adds exactly n blocks, each with one transaction (automine: a block per transaction) that emits
// events: a grant, a record anchor, an emergency access or a batch anchor in turn.
func (c *chain) mineBlocks(n int, tag string) {
	c.t.Helper()
	start := c.head().Number.Uint64()
	patient := devnet.DevAddress(devnet.RolePatient)
	for i := 0; i < n; i++ {
		c.round++
		r := c.round
		salt := crypto.Keccak256Hash([]byte(fmt.Sprintf("%s %d", tag, r)))
		switch r % 4 {
		case 0:
			c.send(devnet.RolePatient, func(o *bind.TransactOpts) (*types.Transaction, error) {
				return c.consents.Grant(o, patient, common.BytesToAddress(salt[:20]), 1, 1, big.NewInt(0), salt)
			})
		case 1:
			c.send(devnet.RoleTrust, func(o *bind.TransactOpts) (*types.Transaction, error) {
				return c.anchors.Anchor(o, salt, crypto.Keccak256Hash(salt[:]), common.Hash{})
			})
		case 2:
			c.emergencyAccess(patient, salt)
		case 3:
			c.send(devnet.RoleTrust, func(o *bind.TransactOpts) (*types.Transaction, error) {
				return c.anchors.AnchorBatch(o, salt, uint32(r), "ipfs://"+tag)
			})
		}
	}
	if got := c.head().Number.Uint64(); got != start+uint64(n) {
		c.t.Fatalf("mined %d blocks, want %d: the reorg cases depend on the branch lengths", got-start, n)
	}
}

// faultyRPC is a proxy in front of anvil that rejects eth_getLogs over more than maxRange blocks the way hosted
// providers do, and fails every nth request with an HTTP 500 or a JSON-RPC error.
type faultyRPC struct {
	target   *url.URL
	maxRange uint64
	every    int64
	n        atomic.Int64
	injected atomic.Int64
	tooLarge atomic.Int64
}

func (f *faultyRPC) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, ok := readBody(w, r)
	if !ok {
		return
	}
	k := f.n.Add(1)
	if k%f.every == 0 {
		f.injected.Add(1)
		if k%(2*f.every) == 0 {
			http.Error(w, "upstream unavailable", http.StatusBadGateway)
			return
		}
		var req struct {
			ID json.RawMessage `json:"id"`
		}
		if json.Unmarshal(body, &req) == nil && req.ID != nil {
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"error":{"code":-32603,"message":"internal error"}}`, req.ID)
			return
		}
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if id, from, to, ok := logsRange(body); ok && to-from+1 > f.maxRange {
		f.tooLarge.Add(1)
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"error":{"code":-32005,"message":"query returned more than 10000 results. Try with this block range [%#x, %#x]."}}`,
			id, from, from+f.maxRange-1)
		return
	}
	httputil.NewSingleHostReverseProxy(f.target).ServeHTTP(w, r)
}

// readBody reads a proxied request's body and puts it back for the node; on failure it answers 400 and returns
// false.
func readBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return nil, false
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	r.ContentLength = int64(len(body))
	return body, true
}

// logsRange is the id and block range of a JSON-RPC eth_getLogs request (ok is false for anything else).
func logsRange(body []byte) (id json.RawMessage, from, to uint64, ok bool) {
	var req struct {
		ID     json.RawMessage `json:"id"`
		Method string          `json:"method"`
		Params []struct {
			FromBlock string `json:"fromBlock"`
			ToBlock   string `json:"toBlock"`
		} `json:"params"`
	}
	if json.Unmarshal(body, &req) != nil || req.Method != "eth_getLogs" || len(req.Params) != 1 {
		return nil, 0, 0, false
	}
	from, err1 := strconv.ParseUint(req.Params[0].FromBlock, 0, 64)
	to, err2 := strconv.ParseUint(req.Params[0].ToBlock, 0, 64)
	return req.ID, from, to, err1 == nil && err2 == nil
}

// referenceChain starts a devnet with rounds of activity and returns it, its RPC URL and the checksum of a direct
// index of it: what an index through a troublesome provider must equal.
func referenceChain(t *testing.T, rounds int, tag string) (*devnet.Devnet, *url.URL, string) {
	t.Helper()
	d := devnettest.Devnet(t)
	newChain(t, d).activity(rounds, tag)
	ref := indexOnce(t, testConfig(d.RPCURL(), d.Manifest, storetest.SQLiteURL(t)))
	u, err := url.Parse(d.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	return d, u, ref
}

// TestRPCErrors indexes through a proxy that limits eth_getLogs ranges and injects failures, and checks the result
// equals a direct index.
func TestRPCErrors(t *testing.T) {
	t.Parallel() // its own devnet and databases
	d, u, ref := referenceChain(t, 24, "e")
	proxy := &faultyRPC{target: u, maxRange: 3, every: 7}
	srv := httptest.NewServer(proxy)
	defer srv.Close()
	cfg := testConfig(srv.URL, d.Manifest, storetest.SQLiteURL(t))
	cfg.InitialRange, cfg.Retries = 64, 10
	proxy.n.Store(1) // let eth_chainId at start-up through
	if got := indexOnce(t, cfg); got != ref {
		t.Fatalf("through the faulty proxy: checksum %s, direct %s", got, ref)
	}
	if proxy.injected.Load() == 0 || proxy.tooLarge.Load() == 0 {
		t.Fatalf("the proxy injected %d failures and %d range errors: the test did not exercise them",
			proxy.injected.Load(), proxy.tooLarge.Load())
	}
}
