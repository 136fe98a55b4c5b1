// Package relaybench measures the relayer end to end on a fresh devnet: wallets sign sponsored calls, which are
// submitted open loop at a fixed offered rate (latency from each request's scheduled send time) and then closed loop
// (the most the relayer accepts). It reports acceptance throughput and latency, landing throughput and
// request-to-receipt latency, and judges every submitted request: lost, duplicated, nonce gaps, refused (by code),
// unanswered or failed all fail the verdict. `bevan bench relayer` runs it.
package relaybench

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"math/big"
	"net/http"
	"os"
	"sort"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/bevan-health/bevan/bench"
	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/devnet/stack"
	"github.com/bevan-health/bevan/metatx"
	"github.com/bevan-health/bevan/relayer"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/bevan-health/bevan/relayer/client"
	"github.com/bevan-health/bevan/relayer/queue"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/redis/go-redis/v9"
)

// Options configure a run.
type Options struct {
	Wallets int // wallets; each sends one request per round
	Rounds  int // requests per wallet, one after the other (a round waits until the previous one landed)
	// Rate is the open-loop offered rate (requests/s, default 1,000: the goal): request i of a round is sent at
	// start + i/Rate whatever the answers before it, and its latency counts from that scheduled time.
	Rate float64
	// Concurrency is the connections of the closed-loop run (each sends its next request when the last one is
	// answered), which measures the most the relayer accepts; 0 skips it.
	Concurrency int
	RedisURL    string // empty: a redis-server child process
	AnvilBin    string // empty: found like `bevan devnet`
	// BlockTime is the devnet's block interval (`bevan bench relayer` defaults to an OP Stack chain's 2 s); 0 is
	// anvil's automine, a block per transaction, in which anvil recomputes its whole state root for every block.
	BlockTime time.Duration
	Workers   int // relayer submission workers (0: the relayer's default)
	// ReceiptInterval is the relayer's txmgr receipt polling (0: the relayer's default).
	ReceiptInterval time.Duration
	Timeout         time.Duration // for everything to land
}

// Report is what a run measured. The acceptance figures are the open-loop run's; ClosedLoop* the closed-loop run's.
type Report struct {
	Wallets        int     `json:"wallets"`
	Rounds         int     `json:"rounds"`
	OfferedPerSec  float64 `json:"offeredPerSec"`
	Concurrency    int     `json:"concurrency"`
	Submitted      int     `json:"submitted"`
	Accepted       int     `json:"accepted"`
	AcceptedPerSec float64 `json:"acceptedPerSec"`
	AcceptP50Ms    float64 `json:"acceptP50Ms"`
	AcceptP99Ms    float64 `json:"acceptP99Ms"`
	AcceptMaxMs    float64 `json:"acceptMaxMs"`
	// DrainMs is how long after a round's schedule ended its last answer came (the largest over the rounds).
	DrainMs float64 `json:"drainMs"`
	// ClosedLoopPerSec is the most the relayer accepted with Concurrency connections sending back to back.
	ClosedLoopPerSec float64 `json:"closedLoopPerSec,omitempty"`
	ClosedLoopP50Ms  float64 `json:"closedLoopP50Ms,omitempty"`
	ClosedLoopP99Ms  float64 `json:"closedLoopP99Ms,omitempty"`
	// Rejected counts refusals by error code (over both runs), Unanswered the submissions that got no answer,
	// Failed the accepted requests that ended failed; Reasons holds one message per code or reason.
	Rejected     map[string]int    `json:"rejected"`
	Unanswered   int               `json:"unanswered"`
	Landed       int               `json:"landed"`
	Failed       int               `json:"failed"`
	Reasons      map[string]string `json:"reasons,omitempty"`
	LandedPerSec float64           `json:"landedPerSec"`
	ReceiptP50Ms float64           `json:"requestToReceiptP50Ms"`
	ReceiptP99Ms float64           `json:"requestToReceiptP99Ms"`
	// Lost, Duplicated and NonceGaps are judged over every submitted request, accepted or not.
	Lost               int     `json:"lost"`
	Duplicated         int     `json:"duplicated"`
	NonceGaps          int     `json:"nonceGaps"`
	OK                 bool    `json:"ok"` // nothing lost, duplicated, gapped, rejected, unanswered or failed
	RelayerTxs         uint64  `json:"relayerTxs"`
	Blocks             uint64  `json:"blocks"`
	MaxTxsPerBlock     int     `json:"maxTxsPerBlock"`
	DurationSec        float64 `json:"durationSec"`
	GoalAcceptedPerSec float64 `json:"goalAcceptedPerSec"`
	GoalAcceptP99Ms    float64 `json:"goalAcceptP99Ms"`
}

// Run starts a devnet with a relayer, drives it, and reports.
func Run(ctx context.Context, o Options, log *slog.Logger) (*Report, error) {
	if o.Wallets <= 0 || o.Rounds <= 0 || o.Concurrency < 0 || o.Rate < 0 {
		return nil, errors.New("wallets and rounds must be positive, rate and concurrency not negative")
	}
	if o.Rate == 0 {
		o.Rate = 1000
	}
	if o.Timeout == 0 {
		o.Timeout = 5 * time.Minute
	}
	dir, err := os.MkdirTemp("", "bevan-bench-relayer-")
	if err != nil {
		return nil, fmt.Errorf("temporary directory: %w", err)
	}
	defer os.RemoveAll(dir)
	prefix := fmt.Sprintf("bevan:bench:%d", time.Now().UnixNano())
	cfg := devnet.DefaultConfig()
	// Port 0: anvil and the relayer each bind a port the system picks and report it (no listen-then-close race).
	cfg.AnvilBin, cfg.Port, cfg.ManifestDir, cfg.BlockTime = o.AnvilBin, 0, dir, o.BlockTime
	st, err := stack.New(cfg, log, stack.Options{Relayer: &stack.RelayerOptions{RedisURL: o.RedisURL,
		HTTPAddr: "127.0.0.1:0", Tune: func(c *relayer.Config) {
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
	if err := st.Start(ctx); err != nil {
		st.Stop(context.Background())
		return nil, err
	}
	d, svc := st.Devnet, st.Relayer
	url := svc.RedisURL()
	// the relayer stops (its workers done with the queue) before the bench's keys are deleted; a redis-server of the
	// stack's own goes with it
	defer func() {
		st.Stop(context.Background())
		if o.RedisURL != "" {
			cleanup(url, prefix)
		}
	}()
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

// sent is one submission and how it was answered.
type sent struct {
	wallet  int
	nonce   int64
	id      common.Hash // the request's digest (its id if stored)
	latency time.Duration
	code    string // refusal code; empty when accepted or unanswered
	msg     string
	noReply bool // no answer (transport error or timeout)
	stored  bool // accepted, or found stored after no answer
}

// run is one set of wallets driven round by round, open or closed loop.
type run struct {
	wallets []*ecdsa.PrivateKey
	sent    []*sent
	lat     []float64 // acceptance latencies (ms) of the accepted
	wall    time.Duration
}

func drive(ctx context.Context, o Options, d *devnet.Devnet, svc *stack.Relayer) (*Report, error) {
	m := d.Manifest
	chainID := new(big.Int).SetUint64(d.Config().ChainID)
	dom := client.Domain{ChainID: chainID, Forwarder: m.ForwarderAddress(), Governor: m.GovernorAddress()}
	cabi, err := bindings.ConsentRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	conns := max(o.Concurrency, 1024)
	httpc := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns}}
	cl := client.New(svc.URL(), httpc)
	cl.AppKey = devnet.DevAppKey // the devnet relayer's app key
	head0, err := d.Client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	rep := &Report{Wallets: o.Wallets, Rounds: o.Rounds, OfferedPerSec: o.Rate, Concurrency: o.Concurrency,
		Rejected: map[string]int{}, Reasons: map[string]string{}, GoalAcceptedPerSec: 1000, GoalAcceptP99Ms: 20}
	goalP99 := time.Duration(rep.GoalAcceptP99Ms * float64(time.Millisecond))
	start := time.Now()
	// signed is a request ready to post: signed, and its digest (its id) computed, before the measured window (a real
	// client signs on its own device).
	type signed struct {
		body  *api.Forward
		nonce int64
		id    common.Hash
	}
	sign := func(r *run, round int) ([]signed, error) {
		bodies := make([]signed, len(r.wallets))
		for i, w := range r.wallets {
			guardian := common.BigToAddress(big.NewInt(int64(round*len(r.wallets) + i + 1)))
			data, err := cabi.Pack("appointGuardian", guardian)
			if err != nil {
				return nil, err
			}
			req := &metatx.Request{From: crypto.PubkeyToAddress(w.PublicKey), To: m.ConsentsAddress(), Value: new(big.Int),
				Gas: 100_000, Nonce: big.NewInt(int64(round)), Deadline: uint64(time.Now().Add(30 * time.Minute).Unix()), Data: data}
			f, err := client.SignForward(w, dom, req)
			if err != nil {
				return nil, err
			}
			bodies[i] = signed{body: f, nonce: int64(round), id: req.Digest(chainID, m.ForwarderAddress())}
		}
		return bodies, nil
	}
	post := func(i int, f signed, from time.Time) *sent {
		s := &sent{wallet: i, nonce: f.nonce, id: f.id}
		acc, err := cl.Forward(ctx, f.body)
		s.latency = time.Since(from)
		var ae *api.Error
		switch {
		case err == nil:
			s.stored = true
		case errors.As(err, &ae):
			s.code, s.msg = string(ae.Code), ae.Message
		default:
			s.noReply, s.msg = true, err.Error()
		}
		if acc != nil && acc.ID != s.id {
			s.msg = fmt.Sprintf("id %s is not the digest %s", acc.ID, s.id)
		}
		return s
	}
	newRun := func(n int) *run {
		r := &run{wallets: make([]*ecdsa.PrivateKey, n)}
		for i := range r.wallets {
			r.wallets[i], _ = crypto.GenerateKey()
		}
		return r
	}
	// settle waits for a round's stored requests to be final, and looks up the unanswered ones.
	settle := func(results []*sent) error {
		for _, s := range results {
			if s.noReply {
				if _, err := svc.Store().Get(ctx, s.id); err == nil {
					s.stored = true
				}
			}
		}
		return waitFinal(ctx, svc.Store(), results, o.Timeout)
	}

	// A client of the relayer (an app's server) keeps its connections open: open them before the measured window, as
	// many as the open loop has in flight at 40 ms per request, by asking concurrently for a request that is not there.
	warm := max(64, int(o.Rate*0.04))
	var wwg sync.WaitGroup
	for range warm {
		wwg.Add(1)
		go func() {
			defer wwg.Done()
			_, _ = cl.Status(ctx, common.Hash{})
		}()
	}
	wwg.Wait()

	// Open loop: each round's requests at the offered rate, latency from the scheduled time.
	open := newRun(o.Wallets)
	interval := time.Duration(float64(time.Second) / o.Rate)
	for round := range o.Rounds {
		bodies, err := sign(open, round)
		if err != nil {
			return nil, err
		}
		results := make([]*sent, len(bodies))
		var wg sync.WaitGroup
		t0 := time.Now()
		var last time.Time
		var mu sync.Mutex
		for i := range bodies {
			at := t0.Add(time.Duration(i) * interval)
			if d := time.Until(at); d > 0 {
				time.Sleep(d)
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[i] = post(i, bodies[i], at)
				mu.Lock()
				last = time.Now()
				mu.Unlock()
			}()
		}
		wg.Wait()
		window, drain := roundWindow(len(bodies), interval, last.Sub(t0), goalP99)
		open.wall += window
		rep.DrainMs = max(rep.DrainMs, float64(drain.Microseconds())/1000)
		open.sent = append(open.sent, results...)
		if err := settle(results); err != nil {
			return nil, err
		}
	}
	// Closed loop: Concurrency connections back to back, on fresh wallets.
	var closed *run
	if o.Concurrency > 0 {
		closed = newRun(o.Wallets)
		for round := range o.Rounds {
			bodies, err := sign(closed, round)
			if err != nil {
				return nil, err
			}
			results := make([]*sent, len(bodies))
			var wg sync.WaitGroup
			next := make(chan int)
			t0 := time.Now()
			for range o.Concurrency {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := range next {
						results[i] = post(i, bodies[i], time.Now())
					}
				}()
			}
			for i := range bodies {
				next <- i
			}
			close(next)
			wg.Wait()
			closed.wall += time.Since(t0)
			closed.sent = append(closed.sent, results...)
			if err := settle(results); err != nil {
				return nil, err
			}
		}
	}
	rep.DurationSec = time.Since(start).Seconds()

	// Every submission: accepted, refused (by code) or unanswered.
	runs := []*run{open}
	if closed != nil {
		runs = append(runs, closed)
	}
	for _, r := range runs {
		for _, s := range r.sent {
			rep.Submitted++
			switch {
			case s.code != "":
				rep.Rejected[s.code]++
				rep.Reasons[s.code] = s.msg
			case s.noReply:
				rep.Unanswered++
				rep.Reasons["unanswered"] = s.msg
			default:
				r.lat = append(r.lat, float64(s.latency.Microseconds())/1000)
			}
		}
	}
	rep.Accepted = len(open.lat)
	if open.wall > 0 {
		rep.AcceptedPerSec = float64(len(open.lat)) / open.wall.Seconds()
	}
	rep.AcceptP50Ms, rep.AcceptP99Ms, rep.AcceptMaxMs = percentile(open.lat, 50), percentile(open.lat, 99), percentile(open.lat, 100)
	if closed != nil {
		rep.Accepted += len(closed.lat)
		if closed.wall > 0 {
			rep.ClosedLoopPerSec = float64(len(closed.lat)) / closed.wall.Seconds()
		}
		rep.ClosedLoopP50Ms, rep.ClosedLoopP99Ms = percentile(closed.lat, 50), percentile(closed.lat, 99)
	}

	// Outcomes of everything stored, from the relayer's own records.
	var toReceipt []float64
	txs := map[common.Hash]bool{}
	var first, last int64
	for _, r := range runs {
		for _, s := range r.sent {
			if !s.stored {
				continue
			}
			rec, err := svc.Store().Get(ctx, s.id)
			if err != nil || !api.Final(rec.Status) {
				rep.Lost++
				continue
			}
			if rec.Status == api.StateFailed {
				rep.Failed++
				rep.Reasons["failed"] = rec.Error
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
	// Every wallet, whatever happened to its requests: its forwarder nonce must be the number of its requests that
	// landed, and the landed ones its first nonces (a later nonce landing after an earlier one did not is a gap).
	fwd, err := bindings.NewBevanForwarderCaller(m.ForwarderAddress(), d.Client)
	if err != nil {
		return nil, err
	}
	for _, r := range runs {
		landed := make([]int64, len(r.wallets))
		highest := make([]int64, len(r.wallets))
		for _, s := range r.sent {
			if !s.stored {
				continue
			}
			if rec, err := svc.Store().Get(ctx, s.id); err == nil && rec.Status == api.StateMined {
				landed[s.wallet]++
				highest[s.wallet] = max(highest[s.wallet], s.nonce+1)
			}
		}
		for i, w := range r.wallets {
			n, err := fwd.Nonces(&bind.CallOpts{Context: ctx}, crypto.PubkeyToAddress(w.PublicKey))
			if err != nil {
				return nil, err
			}
			if n.Int64() != landed[i] || highest[i] != landed[i] {
				rep.NonceGaps++
			}
		}
	}
	rep.OK = rep.Lost == 0 && rep.Duplicated == 0 && rep.NonceGaps == 0 && len(rep.Rejected) == 0 &&
		rep.Unanswered == 0 && rep.Failed == 0
	return rep, nil
}

func waitFinal(ctx context.Context, st *queue.Store, results []*sent, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for _, r := range results {
		if !r.stored {
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

// percentile is the nearest-rank percentile: the smallest value with at least p % of the values at or below it.
func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64{}, xs...)
	sort.Float64s(s)
	rank := int(math.Ceil(p / 100 * float64(len(s))))
	return s[min(max(rank, 1), len(s))-1]
}

// WriteJSON prints the report as one JSON object.
func (r *Report) WriteJSON(w io.Writer) error { return bench.WriteJSON(w, r) }

// WriteTable prints the report for people.
func (r *Report) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	goal := func(ok bool) string {
		if ok {
			return "ok"
		}
		return "MISSED"
	}
	fmt.Fprintf(tw, "wallets × rounds\t%d × %d, open loop at %.0f req/s", r.Wallets, r.Rounds, r.OfferedPerSec)
	if r.Concurrency > 0 {
		fmt.Fprintf(tw, ", then closed loop (%d connections) on as many fresh wallets", r.Concurrency)
	}
	fmt.Fprintf(tw, "\t\n")
	fmt.Fprintf(tw, "accepted\t%d of %d submitted\t\n", r.Accepted, r.Submitted)
	fmt.Fprintf(tw, "accepted req/s (open loop)\t%.0f\tgoal ≥ %.0f: %s (last answer %.1f ms after the schedule's end)\n", r.AcceptedPerSec, r.GoalAcceptedPerSec, goal(r.AcceptedPerSec >= r.GoalAcceptedPerSec), r.DrainMs)
	fmt.Fprintf(tw, "acceptance p50 / p99 / max\t%.1f / %.1f / %.1f ms\tgoal p99 ≤ %.0f ms: %s (from the scheduled send time)\n", r.AcceptP50Ms, r.AcceptP99Ms, r.AcceptMaxMs, r.GoalAcceptP99Ms, goal(r.AcceptP99Ms <= r.GoalAcceptP99Ms))
	if r.Concurrency > 0 {
		fmt.Fprintf(tw, "closed-loop maximum\t%.0f req/s\tp50 / p99 %.1f / %.1f ms\n", r.ClosedLoopPerSec, r.ClosedLoopP50Ms, r.ClosedLoopP99Ms)
	}
	codes := make([]string, 0, len(r.Rejected))
	for code := range r.Rejected {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	if len(codes) == 0 {
		fmt.Fprintf(tw, "rejected\t0\t\n")
	}
	for _, code := range codes {
		fmt.Fprintf(tw, "rejected %s\t%d\te.g. %s\n", code, r.Rejected[code], r.Reasons[code])
	}
	fmt.Fprintf(tw, "unanswered\t%d\t%s\n", r.Unanswered, r.Reasons["unanswered"])
	fmt.Fprintf(tw, "landed (failed)\t%d (%d)\t%s\n", r.Landed, r.Failed, r.Reasons["failed"])
	fmt.Fprintf(tw, "landed tx/s\t%.1f\t%d blocks, up to %d per block\n", r.LandedPerSec, r.Blocks, r.MaxTxsPerBlock)
	fmt.Fprintf(tw, "request-to-receipt p50 / p99\t%.0f / %.0f ms\t\n", r.ReceiptP50Ms, r.ReceiptP99Ms)
	fmt.Fprintf(tw, "lost / duplicated / nonce gaps\t%d / %d / %d\tover every submitted request\n", r.Lost, r.Duplicated, r.NonceGaps)
	verdict := "ok"
	if !r.OK {
		verdict = "FAILED (every submitted request must land exactly once, none refused, unanswered or failed)"
	}
	fmt.Fprintf(tw, "verdict\t%s\t\n", verdict)
	fmt.Fprintf(tw, "relayer transactions\t%d\t\n", r.RelayerTxs)
	fmt.Fprintf(tw, "duration\t%.1f s\t\n", r.DurationSec)
	return tw.Flush()
}

// roundWindow is the time an open-loop round of n requests, one every interval, counts for its accepted rate, given
// when its last answer came (from the first scheduled send), and how long after the schedule's end that was. The
// window is the schedule (n intervals: the last request's interval ends there), stretched by however much the last
// answer came later than allowance (the latency goal) after the schedule's end. An answer within the goal of the
// schedule is on time (its latency is judged by the p99); a relayer that falls behind builds a backlog, its last
// answer comes later and later, and its rate falls with it. Counting to the last answer itself would put every run
// that keeps up under the offered rate by the last request's latency (1.4 ms of 4 s: 999.66/s), a figure no relayer
// could reach at the offered rate however fast it was.
func roundWindow(n int, interval, lastAnswer, allowance time.Duration) (window, drain time.Duration) {
	schedule := time.Duration(n) * interval
	drain = lastAnswer - schedule
	return schedule + max(0, drain-allowance), drain
}
