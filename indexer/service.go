// Package indexer follows an OP-stack chain from the deployment manifest's start block and writes every event of
// the Bevan contracts to a store: eth_getLogs over adaptive block ranges fetched ahead in parallel and committed in
// order, each range with its checkpoint in one transaction; block hashes kept so that a reorg rolls the store back
// to the common ancestor; the latest, safe or finalized head followed with WebSocket newHeads where the RPC offers
// them, and by polling otherwise.
package indexer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bevan-health/bevan/deployment"
	bevanmetrics "github.com/bevan-health/bevan/internal/metrics"
	"github.com/bevan-health/bevan/internal/serve"
	"github.com/bevan-health/bevan/store"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Listener hears about commits and rollbacks after they are durable (GraphQL subscriptions). It runs on the
// indexing loop: it must not block.
type Listener interface {
	Committed(ctx context.Context, b *store.Batch)
	RolledBack(ctx context.Context, to store.Checkpoint)
}

// Status is the indexer's view of the chain.
type Status struct {
	Head     uint64 `json:"head"`
	Indexed  uint64 `json:"indexed"`
	Lag      uint64 `json:"lag"`
	Synced   bool   `json:"synced"`
	LastSync int64  `json:"lastSyncUnix"`
	// NewHeads is true while a WebSocket newHeads subscription wakes the indexer (false: polling).
	NewHeads bool `json:"newHeads"`
}

// Service is the running indexer.
type Service struct {
	cfg       Config
	log       *slog.Logger
	st        store.Store
	ownsStore bool
	rc        *rpc.Client
	wsrc      *rpc.Client // newHeads subscriptions: rc itself over ws(s)://, a client of cfg.WS, or nil
	ownsWS    bool
	src       *source
	dec       *decoder
	m         *metrics
	rangeSize atomic.Uint64

	mux       *http.ServeMux
	http      *serve.HTTP
	listeners []Listener

	head, indexed atomic.Uint64
	lastSync      atomic.Int64
	eventsDone    atomic.Uint64
	blocksDone    atomic.Uint64
	subscribed    atomic.Bool

	loop    *serve.Loop
	runErr  error
	stopped atomic.Bool
}

// New checks cfg, opens the store named by cfg.DB and connects to the RPC.
func New(ctx context.Context, cfg Config, log *slog.Logger) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("indexer config: %w", err)
	}
	st, err := store.Open(ctx, cfg.DB)
	if err != nil {
		return nil, err
	}
	s, err := NewWithStore(ctx, cfg, st, log)
	if err != nil {
		_ = st.Close()
		return nil, err
	}
	s.ownsStore = true
	return s, nil
}

// NewWithStore is New over an open store (which the caller closes).
func NewWithStore(ctx context.Context, cfg Config, st store.Store, log *slog.Logger) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("indexer config: %w", err)
	}
	dec, err := newDecoder(cfg.Manifest)
	if err != nil {
		return nil, fmt.Errorf("indexer decoder: %w", err)
	}
	rc, err := rpc.DialContext(ctx, cfg.RPC)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", cfg.RPC, err)
	}
	reg := cfg.Registry
	if reg == nil {
		reg = bevanmetrics.NewRegistry()
	}
	s := &Service{cfg: cfg, log: log, st: st, rc: rc, dec: dec, m: newMetrics(reg), mux: http.NewServeMux(), loop: serve.NewLoop()}
	s.src = &source{rc: rc, addrs: dec.addresses, topics: dec.topics(), timeout: cfg.RequestTimeout}
	s.rangeSize.Store(cfg.InitialRange)
	s.mux.Handle("/metrics", promhttp.HandlerFor(s.m.reg, promhttp.HandlerOpts{}))
	s.mux.HandleFunc("/healthz", s.healthz)
	if err := s.checkChain(ctx); err != nil {
		rc.Close()
		return nil, err
	}
	switch {
	case cfg.WS != "":
		ws, err := rpc.DialContext(ctx, cfg.WS)
		if err != nil {
			rc.Close()
			return nil, fmt.Errorf("dial %s: %w", cfg.WS, err)
		}
		s.wsrc, s.ownsWS = ws, true
	case isWebSocket(cfg.RPC):
		s.wsrc = rc
	}
	return s, nil
}

func isWebSocket(url string) bool {
	u := strings.ToLower(url)
	return strings.HasPrefix(u, "ws://") || strings.HasPrefix(u, "wss://")
}

// checkChain refuses a database that indexed another chain or another deployment.
func (s *Service) checkChain(ctx context.Context) error {
	want := map[string]string{
		"chain_id":    strconv.FormatUint(s.cfg.Manifest.ChainID, 10),
		"consents":    s.cfg.Manifest.ConsentsAddress().Hex(),
		"start_block": strconv.FormatUint(s.cfg.Manifest.StartBlock, 10),
	}
	for _, k := range []string{"chain_id", "consents", "start_block"} {
		v, ok, err := s.st.Meta(ctx, k)
		if err != nil {
			return err
		}
		if !ok {
			if err := s.st.SetMeta(ctx, k, want[k]); err != nil {
				return err
			}
			continue
		}
		if v != want[k] {
			return fmt.Errorf("the database indexed %s %s, the manifest says %s: use another database", k, v, want[k])
		}
	}
	// The legal basis FHIR renderings name (policy.uri) follows the manifest, which may change it.
	if uri := s.cfg.Manifest.ConsentPolicyURI; uri != "" {
		if err := s.st.SetMeta(ctx, "consent_policy_uri", uri); err != nil {
			return err
		}
	}
	var id string
	if err := s.src.call(ctx, &id, "eth_chainId"); err != nil {
		return fmt.Errorf("eth_chainId: %w", err)
	}
	if n, err := strconv.ParseUint(id, 0, 64); err != nil || n != s.cfg.Manifest.ChainID {
		return fmt.Errorf("the RPC serves chain %s, the manifest is for chain %d", id, s.cfg.Manifest.ChainID)
	}
	return nil
}

// Log is the service's logger.
func (s *Service) Log() *slog.Logger { return s.log }

// Manifest is the deployment the service indexes.
func (s *Service) Manifest() *deployment.Manifest { return s.cfg.Manifest }

// Store is the service's store (shared with the GraphQL server in the same process).
func (s *Service) Store() store.Store { return s.st }

// Mount adds a handler to the service's HTTP server (call before Start).
func (s *Service) Mount(pattern string, h http.Handler) { s.mux.Handle(pattern, h) }

// Subscribe adds a listener for commits and rollbacks (call before Start).
func (s *Service) Subscribe(l Listener) { s.listeners = append(s.listeners, l) }

// Addr is the HTTP server's address once started ("" without one).
func (s *Service) Addr() string { return s.http.Addr() }

// Done is closed when the indexing loop ends (ExitAtHead, or Stop); Err then says why.
func (s *Service) Done() <-chan struct{} { return s.loop.Done() }

// Err is the loop's error once Done is closed (nil on a clean stop).
func (s *Service) Err() error { return s.runErr }

// Status is the indexer's current view.
func (s *Service) Status() Status {
	h, i := s.head.Load(), s.indexed.Load()
	st := Status{Head: h, Indexed: i, LastSync: s.lastSync.Load(), NewHeads: s.subscribed.Load()}
	if h > i {
		st.Lag = h - i
	}
	st.Synced = st.Lag == 0 && h > 0
	return st
}

func (s *Service) healthz(w http.ResponseWriter, r *http.Request) {
	st := s.Status()
	w.Header().Set("Content-Type", "application/json")
	healthy := !s.stopped.Load() && st.LastSync > 0 &&
		time.Since(time.Unix(st.LastSync, 0)) < 10*s.cfg.PollInterval+2*s.cfg.RequestTimeout
	if _, _, err := s.st.Checkpoint(r.Context()); err != nil {
		healthy = false
	}
	if !healthy {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	_ = json.NewEncoder(w).Encode(struct {
		Healthy bool `json:"healthy"`
		Status
	}{healthy, st})
}

// Start starts the HTTP server (when configured) and the indexing loop.
func (s *Service) Start(ctx context.Context) error {
	if s.cfg.HTTPAddr != "" {
		h, err := serve.Listen(s.cfg.HTTPAddr, s.mux, serve.DefaultTimeouts(), s.log, "indexer")
		if err != nil {
			return err
		}
		s.http = h
		s.log.Info("indexer http listening", "addr", h.Addr())
	}
	s.loop.Start(ctx, func(ctx context.Context) {
		s.runErr = s.run(ctx)
		if errors.Is(s.runErr, context.Canceled) {
			s.runErr = nil
		}
	})
	return nil
}

// Stop ends the loop (the current commit completes or rolls back), the HTTP server and the store it opened.
func (s *Service) Stop(ctx context.Context) error {
	if s.stopped.Swap(true) {
		return nil
	}
	errs := []error{s.loop.Stop(ctx, "indexer"), s.http.Shutdown(ctx)}
	s.rc.Close()
	if s.ownsWS {
		s.wsrc.Close()
	}
	if s.ownsStore {
		if err := s.st.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Stopped reports whether Stop ran.
func (s *Service) Stopped() bool { return s.stopped.Load() }

var errReorg = errors.New("reorg detected")

func (s *Service) tag() string {
	switch s.cfg.Confirmations {
	case Safe:
		return "safe"
	case Finalized:
		return "finalized"
	}
	return "latest"
}

// run is the indexing loop: catch up with the head, then poll it.
func (s *Service) run(ctx context.Context) error {
	cp, err := s.checkpoint(ctx)
	if err != nil {
		return err
	}
	s.indexed.Store(cp.Number)
	s.m.indexed.Set(float64(cp.Number))
	go s.progress(ctx)
	wake := make(chan struct{}, 1)
	go s.followHeads(ctx, wake)
	firstTarget := uint64(0)
	started, caughtUp := time.Now(), false
	for {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		head, err := s.src.headerByTag(ctx, s.tag())
		if err != nil {
			s.rpcError(err)
			s.log.Warn("head poll failed", "err", err)
			if !serve.Sleep(ctx, s.cfg.PollInterval) {
				return ctx.Err()
			}
			continue
		}
		target := uint64(head.Number)
		if firstTarget == 0 {
			firstTarget = max(target, 1)
		}
		s.head.Store(target)
		s.m.head.Set(float64(target))
		if cp.Number < target {
			cp, err = s.syncTo(ctx, cp, target)
		} else if s.cfg.Confirmations == Latest && cp.Hash != (common.Hash{}) {
			if cp.Number > target {
				err = errReorg // the chain got shorter than what was indexed
			} else {
				err = s.checkTip(ctx, cp)
			}
		}
		switch {
		case errors.Is(err, errReorg):
			s.m.reorgs.Inc()
			if cp, err = s.rollBack(ctx, cp); err != nil {
				s.log.Error("reorg rollback failed", "err", err)
				if !serve.Sleep(ctx, s.cfg.PollInterval) {
					return ctx.Err()
				}
			}
			continue
		case err != nil:
			if ctx.Err() != nil {
				return ctx.Err()
			}
			s.log.Warn("sync round failed; retrying", "err", err)
			if !serve.Sleep(ctx, s.cfg.PollInterval) {
				return ctx.Err()
			}
			continue
		}
		s.lastSync.Store(time.Now().Unix())
		lag := int64(target) - int64(cp.Number)
		s.m.lag.Set(float64(max(lag, 0)))
		if !caughtUp && cp.Number >= target {
			caughtUp = true
			took := time.Since(started)
			b, e := s.blocksDone.Load(), s.eventsDone.Load()
			s.log.Info("caught up with the head", "indexed", cp.Number, "blocks", b, "events", e,
				"took", took.Round(time.Millisecond), "blocks/s", rate(b, took), "events/s", rate(e, took))
		}
		if s.cfg.ExitAtHead && cp.Number >= firstTarget {
			s.log.Info("caught up; exiting", "indexed", cp.Number)
			return nil
		}
		if cp.Number >= target && !s.waitHead(ctx, wake) {
			return ctx.Err()
		}
	}
}

func rate(n uint64, d time.Duration) string {
	if d <= 0 {
		return "0"
	}
	return fmt.Sprintf("%.0f", float64(n)/d.Seconds())
}

// waitHead waits for the next head: a newHeads notification, or the poll interval (five poll intervals while a
// subscription is up, as a safety net). It returns false when ctx ends.
func (s *Service) waitHead(ctx context.Context, wake <-chan struct{}) bool {
	d := s.cfg.PollInterval
	if s.subscribed.Load() {
		d *= 5
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-wake:
		return true
	case <-t.C:
		return true
	}
}

// followHeads keeps a newHeads subscription on the WebSocket RPC (when there is one) and wakes the loop on each
// new head; while it is down (or the RPC offers no subscriptions) the loop polls.
func (s *Service) followHeads(ctx context.Context, wake chan<- struct{}) {
	if s.wsrc == nil {
		s.log.Info("following the head by polling", "interval", s.cfg.PollInterval)
		return
	}
	signal := func() {
		select {
		case wake <- struct{}{}:
		default:
		}
	}
	backoff := time.Second
	for ctx.Err() == nil {
		heads := make(chan *header, 64)
		sub, err := s.wsrc.EthSubscribe(ctx, heads, "newHeads")
		if errors.Is(err, rpc.ErrNotificationsUnsupported) {
			s.log.Info("the RPC offers no subscriptions; following the head by polling", "interval", s.cfg.PollInterval)
			return
		}
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			s.rpcError(err)
			s.log.Warn("newHeads subscription failed; polling meanwhile", "err", err, "retry in", backoff)
			if !serve.Sleep(ctx, backoff) {
				return
			}
			backoff = min(2*backoff, 30*time.Second)
			continue
		}
		backoff = time.Second
		s.subscribed.Store(true)
		s.m.subscribed.Set(1)
		s.log.Info("following the head with WebSocket newHeads")
		signal() // a head may have come between the last poll and the subscription
		func() {
			defer sub.Unsubscribe()
			for {
				select {
				case <-ctx.Done():
					return
				case <-heads:
					s.m.newHeads.Inc()
					signal()
				case err := <-sub.Err():
					if err != nil && ctx.Err() == nil {
						s.rpcError(err)
						s.log.Warn("newHeads subscription ended; polling until it is back", "err", err)
					}
					return
				}
			}
		}()
		s.subscribed.Store(false)
		s.m.subscribed.Set(0)
		signal()
		if !serve.Sleep(ctx, backoff) {
			return
		}
	}
}

func (s *Service) checkpoint(ctx context.Context) (store.Checkpoint, error) {
	cp, ok, err := s.st.Checkpoint(ctx)
	if err != nil {
		return cp, err
	}
	if !ok {
		start := s.cfg.Manifest.StartBlock
		if start > 0 {
			start--
		}
		return store.Checkpoint{Number: start}, nil
	}
	return cp, nil
}

func (s *Service) rpcError(err error) {
	s.m.rpcErrors.WithLabelValues(string(classify(err))).Inc()
}

// checkTip detects a reorg that replaced the indexed tip without the chain growing.
func (s *Service) checkTip(ctx context.Context, cp store.Checkpoint) error {
	hs, err := s.src.headersIfAny(ctx, []uint64{cp.Number})
	if err != nil {
		s.rpcError(err)
		return err
	}
	if h := hs[cp.Number]; h == nil || h.Hash != cp.Hash {
		return errReorg
	}
	return nil
}

// rollBack finds the highest kept block that is still canonical and rolls the store back to it. A kept block the
// node no longer has (the new branch is shorter) is not canonical.
func (s *Service) rollBack(ctx context.Context, cp store.Checkpoint) (store.Checkpoint, error) {
	below := cp.Number
	for {
		blocks, err := s.st.Blocks(ctx, below, 64)
		if err != nil {
			return cp, err
		}
		if len(blocks) == 0 {
			break
		}
		nums := make([]uint64, len(blocks))
		for i, b := range blocks {
			nums[i] = b.Number
		}
		hs, err := s.src.headersIfAny(ctx, nums)
		if err != nil {
			s.rpcError(err)
			return cp, err
		}
		for _, b := range blocks { // highest first
			if h := hs[b.Number]; h != nil && h.Hash == b.Hash {
				to := store.Checkpoint{Number: b.Number, Hash: b.Hash}
				return s.doRollback(ctx, cp, to)
			}
		}
		if blocks[len(blocks)-1].Number == 0 {
			break
		}
		below = blocks[len(blocks)-1].Number - 1
	}
	start := s.cfg.Manifest.StartBlock
	if start > 0 {
		start--
	}
	return s.doRollback(ctx, cp, store.Checkpoint{Number: start})
}

func (s *Service) doRollback(ctx context.Context, from, to store.Checkpoint) (store.Checkpoint, error) {
	if err := s.st.Rollback(ctx, to); err != nil {
		return from, err
	}
	s.log.Warn("reorg: rolled back", "from", from.Number, "to", to.Number, "depth", from.Number-to.Number)
	s.indexed.Store(to.Number)
	s.m.indexed.Set(float64(to.Number))
	for _, l := range s.listeners {
		l.RolledBack(ctx, to)
	}
	return to, nil
}

// fetched is one range read from the chain, ready to commit.
type fetched struct {
	batch *store.Batch
	first *header
	logs  int
	err   error
}

type job struct {
	from, to, target uint64
	done             chan fetched
}

// syncTo fetches ranges ahead in parallel and commits them in order up to target.
func (s *Service) syncTo(ctx context.Context, cp store.Checkpoint, target uint64) (store.Checkpoint, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	n := s.cfg.Concurrency
	jobs := make(chan *job)
	order := make(chan *job, 2*n)
	go func() {
		defer close(order)
		defer close(jobs)
		for next := cp.Number + 1; next <= target; {
			size := s.rangeSize.Load()
			to := min(next+size-1, target)
			j := &job{from: next, to: to, target: target, done: make(chan fetched, 1)}
			select {
			case order <- j:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
			next = to + 1
		}
	}()
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.done <- s.fetch(ctx, j.from, j.to, j.target)
			}
		}()
	}
	defer wg.Wait()
	for j := range order {
		var f fetched
		select {
		case f = <-j.done:
		case <-ctx.Done():
			return cp, ctx.Err()
		}
		if f.err != nil {
			return cp, f.err
		}
		if cp.Hash != (common.Hash{}) && cp.Number+1 == j.from && f.first.ParentHash != cp.Hash {
			return cp, errReorg
		}
		start := time.Now()
		if err := s.st.Commit(ctx, f.batch); err != nil {
			return cp, fmt.Errorf("commit %d..%d: %w", j.from, j.to, err)
		}
		s.m.commitSecs.Observe(time.Since(start).Seconds())
		cp = f.batch.Checkpoint
		s.indexed.Store(cp.Number)
		s.m.indexed.Set(float64(cp.Number))
		s.m.lag.Set(float64(target - cp.Number))
		s.m.events.Add(float64(len(f.batch.Events)))
		s.m.blocks.Add(float64(j.to - j.from + 1))
		s.eventsDone.Add(uint64(len(f.batch.Events)))
		s.blocksDone.Add(j.to - j.from + 1)
		for _, l := range s.listeners {
			l.Committed(ctx, f.batch)
		}
	}
	return cp, nil
}

// fetch reads [from, to]: the end block's header, the logs (splitting the range on range errors), the headers of
// the first and last blocks, of every block with logs and of every block within headerWindow of the head, checks
// they belong to one chain, and decodes the events. Failures are retried with a back-off (longer for rate limits).
func (s *Service) fetch(ctx context.Context, from, to, target uint64) fetched {
	var last error
	for attempt := 0; attempt <= s.cfg.Retries; attempt++ {
		if attempt > 0 {
			if !serve.Sleep(ctx, backoff(attempt, classify(last))) {
				return fetched{err: ctx.Err()}
			}
		}
		f, err := s.fetchOnce(ctx, from, to, target)
		if err == nil {
			return f
		}
		if ctx.Err() != nil {
			return fetched{err: ctx.Err()}
		}
		last = err
		s.log.Debug("fetch failed; retrying", "from", from, "to", to, "attempt", attempt+1, "err", err)
	}
	return fetched{err: fmt.Errorf("fetch %d..%d: %w", from, to, last)}
}

// backoff is the pause before retry `attempt` (from 1) after an error of the kind.
func backoff(attempt int, kind errKind) time.Duration {
	step := 100 * time.Millisecond
	if kind == kindRate {
		step = time.Second
	}
	return min(time.Duration(attempt)*step, 10*time.Second)
}

var errInconsistent = errors.New("logs and headers disagree (chain moving)")

// headerWindow: the headers of every block this close to the head are kept (and checked to link by parent hash);
// deeper, the first and last block of each range and the blocks with events are enough to find a common ancestor.
const headerWindow = 256

func (s *Service) fetchOnce(ctx context.Context, from, to, target uint64) (fetched, error) {
	end, err := s.src.headers(ctx, []uint64{to})
	if err != nil {
		s.rpcError(err)
		return fetched{}, err
	}
	logs, err := s.logsAdaptive(ctx, from, to)
	if err != nil {
		return fetched{}, err
	}
	want := map[uint64]bool{from: true, to: true}
	for _, l := range logs {
		want[l.BlockNumber] = true
	}
	full := from // blocks full..to are all fetched
	if to+headerWindow > target {
		if target >= headerWindow {
			full = max(from, target-headerWindow+1)
		}
		for n := full; n <= to; n++ {
			want[n] = true
		}
	} else {
		full = to
	}
	nums := make([]uint64, 0, len(want))
	for n := range want {
		nums = append(nums, n)
	}
	sort.Slice(nums, func(i, j int) bool { return nums[i] < nums[j] })
	hs, err := s.src.headers(ctx, nums)
	if err != nil {
		s.rpcError(err)
		return fetched{}, err
	}
	if hs[to].Hash != end[to].Hash {
		return fetched{}, errInconsistent
	}
	for n := full + 1; n <= to; n++ {
		if hs[n].ParentHash != hs[n-1].Hash {
			return fetched{}, errInconsistent
		}
	}
	b := &store.Batch{From: from, Checkpoint: store.Checkpoint{Number: to, Hash: hs[to].Hash}}
	b.Events = make([]store.Event, 0, len(logs))
	for _, l := range logs {
		h := hs[l.BlockNumber]
		if l.Removed || l.BlockHash != h.Hash {
			return fetched{}, errInconsistent
		}
		ev, err := s.dec.decode(l, uint64(h.Time))
		if err != nil {
			return fetched{}, err
		}
		if ev != nil {
			b.Events = append(b.Events, ev)
		}
	}
	for _, n := range nums {
		h := hs[n]
		b.Blocks = append(b.Blocks, store.Block{Number: n, Hash: h.Hash, ParentHash: h.ParentHash, Time: uint64(h.Time)})
	}
	return fetched{batch: b, first: hs[from], logs: len(logs)}, nil
}

// logsAdaptive is eth_getLogs over [from, to], halving the range on range errors, and adapting the range size
// for the next jobs: it grows after a success with few logs and shrinks after a range error or many logs.
func (s *Service) logsAdaptive(ctx context.Context, from, to uint64) ([]types.Log, error) {
	logs, err := s.src.logs(ctx, from, to)
	span := to - from + 1
	if err == nil {
		switch {
		case len(logs) > 2*s.cfg.TargetLogs:
			s.setRange(max(span/2, 1))
		case len(logs) < s.cfg.TargetLogs && span >= s.rangeSize.Load():
			s.setRange(min(span*2, s.cfg.MaxRange))
		}
		return logs, nil
	}
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	s.rpcError(err)
	if !isRangeError(err) || from == to {
		return nil, err
	}
	s.setRange(max(span/2, 1))
	mid := from + span/2 - 1
	s.log.Debug("eth_getLogs range error; splitting", "from", from, "to", to, "err", err)
	a, err := s.logsAdaptive(ctx, from, mid)
	if err != nil {
		return nil, err
	}
	b, err := s.logsAdaptive(ctx, mid+1, to)
	if err != nil {
		return nil, err
	}
	return append(a, b...), nil
}

func (s *Service) setRange(n uint64) {
	n = max(1, min(n, s.cfg.MaxRange))
	s.rangeSize.Store(n)
	s.m.rangeSize.Set(float64(n))
}

// progressSample is what the progress line compares between two ticks.
type progressSample struct {
	at             time.Time
	blocks, events uint64
}

// progressLine is the progress line's attributes from two samples: blocks/s and events/s between them, the share of
// the blocks from the start block to the head already indexed, and the ETA at the current pace.
func progressLine(prev, cur progressSample, st Status, startBlock uint64) (bps, eps float64, attrs []any) {
	secs := cur.at.Sub(prev.at).Seconds()
	if secs > 0 {
		bps, eps = float64(cur.blocks-prev.blocks)/secs, float64(cur.events-prev.events)/secs
	}
	eta := "unknown"
	if st.Lag == 0 {
		eta = "0s"
	} else if bps > 0 {
		eta = time.Duration(float64(st.Lag) / bps * float64(time.Second)).Round(time.Second).String()
	}
	done := 100.0
	if st.Head > startBlock && st.Indexed < st.Head {
		done = 100 * float64(st.Indexed+1-min(startBlock, st.Indexed+1)) / float64(st.Head+1-startBlock)
	}
	return bps, eps, []any{"indexed", st.Indexed, "head", st.Head, "lag", st.Lag, "done", fmt.Sprintf("%.1f%%", done),
		"blocks/s", fmt.Sprintf("%.1f", bps), "events/s", fmt.Sprintf("%.0f", eps), "eta", eta, "events", cur.events}
}

// progress logs the progress line every ProgressInterval while the indexer is behind (or moving), and keeps the
// events/s gauge current (every 10 s when the line is off).
func (s *Service) progress(ctx context.Context) {
	every := s.cfg.ProgressInterval
	if every <= 0 {
		every = 10 * time.Second
	}
	t := time.NewTicker(every)
	defer t.Stop()
	last := progressSample{at: time.Now(), blocks: s.blocksDone.Load(), events: s.eventsDone.Load()}
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			cur := progressSample{at: now, blocks: s.blocksDone.Load(), events: s.eventsDone.Load()}
			st := s.Status()
			_, eps, attrs := progressLine(last, cur, st, s.cfg.Manifest.StartBlock)
			s.m.eventsRate.Set(eps)
			moved := cur.blocks != last.blocks
			last = cur
			if s.cfg.ProgressInterval <= 0 || (st.Lag == 0 && !moved) {
				continue
			}
			s.log.Info("indexing progress", append(attrs, "range", s.rangeSize.Load())...)
		}
	}
}
