// Package relaybench measures the relayer end to end on a fresh devnet: N wallets sign and submit sponsored calls
// concurrently; it reports acceptance throughput and latency, landing throughput and request-to-receipt latency,
// and counts lost, duplicated and nonce-gap outcomes. `bevan bench relayer` runs it.
package relaybench

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"sort"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/devnet/stack"
	"github.com/bevan-health/bevan/metatx"
	"github.com/bevan-health/bevan/relayer"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/bevan-health/bevan/relayer/client"
	"github.com/bevan-health/bevan/relayer/queue"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/redis/go-redis/v9"
)

// Options configure a run.
type Options struct {
	Wallets     int           // concurrent wallets (each has one request in flight at a time)
	Rounds      int           // requests per wallet, one after the other
	Concurrency int           // HTTP connections submitting at once
	RedisURL    string        // empty: a redis-server child process
	AnvilBin    string        // empty: found like `bevan devnet`
	BlockTime   time.Duration // 0: a block per transaction (anvil automine)
	Workers     int           // relayer submission workers (0: the relayer's default)
	// ReceiptInterval is the relayer's txmgr receipt polling (0: the relayer's default).
	ReceiptInterval time.Duration
	Timeout         time.Duration // for everything to land
}

// Report is what a run measured.
type Report struct {
	Wallets            int            `json:"wallets"`
	Rounds             int            `json:"rounds"`
	Concurrency        int            `json:"concurrency"`
	Submitted          int            `json:"submitted"`
	Accepted           int            `json:"accepted"`
	Rejected           map[string]int `json:"rejected"`
	AcceptedPerSec     float64        `json:"acceptedPerSec"`
	AcceptP50Ms        float64        `json:"acceptP50Ms"`
	AcceptP99Ms        float64        `json:"acceptP99Ms"`
	Landed             int            `json:"landed"`
	Failed             int            `json:"failed"`
	LandedPerSec       float64        `json:"landedPerSec"`
	ReceiptP50Ms       float64        `json:"requestToReceiptP50Ms"`
	ReceiptP99Ms       float64        `json:"requestToReceiptP99Ms"`
	Lost               int            `json:"lost"`
	Duplicated         int            `json:"duplicated"`
	NonceGaps          int            `json:"nonceGaps"`
	RelayerTxs         uint64         `json:"relayerTxs"`
	Blocks             uint64         `json:"blocks"`
	MaxTxsPerBlock     int            `json:"maxTxsPerBlock"`
	DurationSec        float64        `json:"durationSec"`
	GoalAcceptedPerSec float64        `json:"goalAcceptedPerSec"`
	GoalAcceptP99Ms    float64        `json:"goalAcceptP99Ms"`
}

// Run starts a devnet with a relayer, drives it, and reports.
func Run(ctx context.Context, o Options, log *slog.Logger) (*Report, error) {
	if o.Wallets <= 0 || o.Rounds <= 0 || o.Concurrency <= 0 {
		return nil, errors.New("wallets, rounds and concurrency must be positive")
	}
	if o.Timeout == 0 {
		o.Timeout = 5 * time.Minute
	}
	dir, err := os.MkdirTemp("", "bevan-bench-relayer-")
	if err != nil {
		return nil, fmt.Errorf("temporary directory: %w", err)
	}
	defer os.RemoveAll(dir)
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	httpPort, err := freePort()
	if err != nil {
		return nil, err
	}
	prefix := fmt.Sprintf("bevan:bench:%d", time.Now().UnixNano())
	cfg := devnet.DefaultConfig()
	cfg.AnvilBin, cfg.Port, cfg.ManifestDir, cfg.BlockTime = o.AnvilBin, port, dir, o.BlockTime
	st, err := stack.New(cfg, log, stack.Options{Relayer: &stack.RelayerOptions{RedisURL: o.RedisURL,
		HTTPAddr: fmt.Sprintf("127.0.0.1:%d", httpPort), Tune: func(c *relayer.Config) {
			c.RedisPrefix = prefix
			c.Limits = queue.Limits{}
			if o.Workers > 0 {
				c.Workers = o.Workers
			}
			if o.ReceiptInterval > 0 {
				c.Tx.ReceiptQueryInterval = o.ReceiptInterval
			}
		}}})
	if err != nil {
		return nil, err
	}
	defer st.Stop(context.Background())
	if err := st.Start(ctx); err != nil {
		return nil, err
	}
	d, svc := st.Devnet, st.Relayer
	defer cleanup(svc.RedisURL(), prefix)
	return drive(ctx, o, d, svc)
}

func cleanup(url, prefix string) {
	opts, err := redis.ParseURL(url)
	if err != nil {
		return
	}
	c := redis.NewClient(opts)
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = queue.New(c, prefix, 0).DeleteAll(ctx)
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

type sent struct {
	id      common.Hash
	wallet  int
	latency time.Duration
	code    string
}

func drive(ctx context.Context, o Options, d *devnet.Devnet, svc *stack.Relayer) (*Report, error) {
	m := d.Manifest
	chainID := new(big.Int).SetUint64(d.Config().ChainID)
	dom := client.Domain{ChainID: chainID, Forwarder: m.ForwarderAddress(), Governor: m.GovernorAddress()}
	cabi, err := bindings.ConsentRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	httpc := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: o.Concurrency, MaxConnsPerHost: o.Concurrency}}
	cl := client.New(svc.URL(), httpc)
	wallets := make([]*ecdsa.PrivateKey, o.Wallets)
	for i := range wallets {
		wallets[i], _ = crypto.GenerateKey()
	}
	head0, err := d.Client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	rep := &Report{Wallets: o.Wallets, Rounds: o.Rounds, Concurrency: o.Concurrency, Rejected: map[string]int{},
		GoalAcceptedPerSec: 1000, GoalAcceptP99Ms: 20}
	var all []sent
	var acceptLat []float64
	var acceptWall time.Duration
	start := time.Now()
	for round := 0; round < o.Rounds; round++ {
		// Wallets sign before the clock starts: signing is the wallet's work, not the relayer's.
		bodies := make([]*api.Forward, len(wallets))
		for i, w := range wallets {
			guardian := common.BigToAddress(big.NewInt(int64(round*o.Wallets + i + 1)))
			data, err := cabi.Pack("appointGuardian", guardian)
			if err != nil {
				return nil, err
			}
			req := &metatx.Request{From: crypto.PubkeyToAddress(w.PublicKey), To: m.ConsentsAddress(), Value: new(big.Int),
				Gas: 100_000, Nonce: big.NewInt(int64(round)), Deadline: uint64(time.Now().Add(30 * time.Minute).Unix()), Data: data}
			if bodies[i], err = client.SignForward(w, dom, req); err != nil {
				return nil, err
			}
		}
		results := make([]sent, len(bodies))
		var wg sync.WaitGroup
		next := make(chan int)
		t0 := time.Now()
		for range o.Concurrency {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					s := time.Now()
					acc, err := cl.Forward(ctx, bodies[i])
					r := sent{wallet: i, latency: time.Since(s)}
					if err != nil {
						r.code = string(api.CodeOf(err))
						if r.code == string(api.CodeInternal) {
							r.code = err.Error()
						}
					} else {
						r.id = acc.ID
					}
					results[i] = r
				}
			}()
		}
		for i := range bodies {
			next <- i
		}
		close(next)
		wg.Wait()
		acceptWall += time.Since(t0)
		for _, r := range results {
			rep.Submitted++
			if r.code != "" {
				rep.Rejected[r.code]++
				continue
			}
			rep.Accepted++
			acceptLat = append(acceptLat, float64(r.latency.Microseconds())/1000)
			all = append(all, r)
		}
		if err := waitFinal(ctx, svc.Store(), results, o.Timeout); err != nil {
			return nil, err
		}
	}
	rep.DurationSec = time.Since(start).Seconds()
	rep.AcceptedPerSec = float64(rep.Accepted) / acceptWall.Seconds()
	rep.AcceptP50Ms, rep.AcceptP99Ms = percentile(acceptLat, 50), percentile(acceptLat, 99)

	// Outcomes, from the relayer's own records.
	var toReceipt []float64
	txs := map[common.Hash]bool{}
	var first, last int64
	for _, s := range all {
		rec, err := svc.Store().Get(ctx, s.id)
		if err != nil || !api.Final(rec.Status) {
			rep.Lost++
			continue
		}
		if rec.Status == api.StateFailed {
			rep.Failed++
			continue
		}
		rep.Landed++
		if txs[rec.TxHash] {
			rep.Duplicated++
		}
		txs[rec.TxHash] = true
		toReceipt = append(toReceipt, float64(rec.UpdatedAt-rec.AcceptedAt))
		if first == 0 || rec.AcceptedAt < first {
			first = rec.AcceptedAt
		}
		last = max(last, rec.UpdatedAt)
	}
	if last > first {
		rep.LandedPerSec = float64(rep.Landed) / (float64(last-first) / 1000)
	}
	rep.ReceiptP50Ms, rep.ReceiptP99Ms = percentile(toReceipt, 50), percentile(toReceipt, 99)

	// The chain's view: one transaction per landed request, one execution per signed nonce, no stuck nonce.
	relayerAddr := svc.Address()
	latest, err := d.Client.NonceAt(ctx, relayerAddr, nil)
	if err != nil {
		return nil, err
	}
	pending, err := d.Client.PendingNonceAt(ctx, relayerAddr)
	if err != nil {
		return nil, err
	}
	rep.RelayerTxs = latest
	if int(latest) > len(txs)+rep.Failed {
		rep.Duplicated += int(latest) - len(txs) - rep.Failed
	}
	rep.NonceGaps = int(pending - latest)
	fabi, err := bindings.BevanForwarderMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	logs, err := d.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(head0),
		Addresses: []common.Address{m.ForwarderAddress()}, Topics: [][]common.Hash{{fabi.Events["ExecutedForwardRequest"].ID}}})
	if err != nil {
		return nil, err
	}
	perSignerNonce := map[string]int{}
	perBlock := map[uint64]int{}
	for _, l := range logs {
		perSignerNonce[l.Topics[1].Hex()+common.Bytes2Hex(l.Data[:32])]++
		perBlock[l.BlockNumber]++
	}
	for _, n := range perSignerNonce {
		if n > 1 {
			rep.Duplicated += n - 1
		}
	}
	for _, n := range perBlock {
		rep.MaxTxsPerBlock = max(rep.MaxTxsPerBlock, n)
	}
	rep.Blocks = uint64(len(perBlock))
	// Each wallet's forwarder nonce must equal the requests of it that landed.
	fwd, err := bindings.NewBevanForwarderCaller(m.ForwarderAddress(), d.Client)
	if err != nil {
		return nil, err
	}
	landedPer := make([]int, len(wallets))
	for _, s := range all {
		if rec, err := svc.Store().Get(ctx, s.id); err == nil && rec.Status == api.StateMined {
			landedPer[s.wallet]++
		}
	}
	for i, w := range wallets {
		n, err := fwd.Nonces(nil, crypto.PubkeyToAddress(w.PublicKey))
		if err != nil {
			return nil, err
		}
		if n.Int64() != int64(landedPer[i]) {
			rep.NonceGaps++
		}
	}
	return rep, nil
}

func waitFinal(ctx context.Context, st *queue.Store, results []sent, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for _, r := range results {
		if r.code != "" {
			continue
		}
		for {
			rec, err := st.Get(ctx, r.id)
			if err == nil && api.Final(rec.Status) {
				break
			}
			if time.Now().After(deadline) {
				return nil // counted as lost
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(100 * time.Millisecond):
			}
		}
	}
	return nil
}

func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64{}, xs...)
	sort.Float64s(s)
	i := int(float64(len(s)-1) * p / 100)
	return s[i]
}

// WriteJSON prints the report as one JSON object.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// WriteTable prints the report for people.
func (r *Report) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	goal := func(ok bool) string {
		if ok {
			return "ok"
		}
		return "MISSED"
	}
	fmt.Fprintf(tw, "wallets × rounds\t%d × %d (%d connections)\t\n", r.Wallets, r.Rounds, r.Concurrency)
	rejected := "none rejected"
	if len(r.Rejected) > 0 {
		codes := make([]string, 0, len(r.Rejected))
		for code, n := range r.Rejected {
			codes = append(codes, fmt.Sprintf("%s: %d", code, n))
		}
		sort.Strings(codes)
		rejected = "rejected " + strings.Join(codes, ", ")
	}
	fmt.Fprintf(tw, "accepted\t%d of %d\t%s\n", r.Accepted, r.Submitted, rejected)
	fmt.Fprintf(tw, "accepted req/s\t%.0f\tgoal ≥ %.0f: %s\n", r.AcceptedPerSec, r.GoalAcceptedPerSec, goal(r.AcceptedPerSec >= r.GoalAcceptedPerSec))
	fmt.Fprintf(tw, "acceptance p50 / p99\t%.1f / %.1f ms\tgoal p99 ≤ %.0f ms: %s\n", r.AcceptP50Ms, r.AcceptP99Ms, r.GoalAcceptP99Ms, goal(r.AcceptP99Ms <= r.GoalAcceptP99Ms))
	fmt.Fprintf(tw, "landed (failed)\t%d (%d)\t\n", r.Landed, r.Failed)
	fmt.Fprintf(tw, "landed tx/s\t%.1f\t%d blocks, up to %d per block\n", r.LandedPerSec, r.Blocks, r.MaxTxsPerBlock)
	fmt.Fprintf(tw, "request-to-receipt p50 / p99\t%.0f / %.0f ms\t\n", r.ReceiptP50Ms, r.ReceiptP99Ms)
	fmt.Fprintf(tw, "lost / duplicated / nonce gaps\t%d / %d / %d\tgoal 0 / 0 / 0: %s\n", r.Lost, r.Duplicated, r.NonceGaps, goal(r.Lost+r.Duplicated+r.NonceGaps == 0))
	fmt.Fprintf(tw, "relayer transactions\t%d\t\n", r.RelayerTxs)
	fmt.Fprintf(tw, "duration\t%.1f s\t\n", r.DurationSec)
	return tw.Flush()
}
