package graphql

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	bevanmetrics "github.com/bevan-health/bevan/internal/metrics"
	"github.com/bevan-health/bevan/internal/serve"
	"github.com/bevan-health/bevan/store"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// ReplicaConfig configures `bevan graphql`: a stateless GraphQL read replica over the PostgreSQL database that one
// `bevan indexer` writes. It indexes nothing; its subscriptions follow the indexer's change feed (LISTEN/NOTIFY).
type ReplicaConfig struct {
	// DB is the indexer's PostgreSQL database, postgres://... (a streaming read replica of it works too once the
	// notifications reach it: see docs/graphql-scaling.md).
	DB string
	// HTTPAddr serves GraphQL (/, /graphql), /metrics and /healthz; ":0" picks a port.
	HTTPAddr string
	// Server is the API's limits.
	Server ServerConfig
	// PollInterval is how often the feed is read even without a notification (a safety net; notifications wake it at
	// once).
	PollInterval time.Duration
	// MaxLagBlocks: /healthz answers 503 while the subscriptions' feed is further behind the indexer's checkpoint.
	MaxLagBlocks uint64
	// Registry is the process's Prometheus registry (internal/metrics.NewRegistry), shared by the services of one
	// process and served at /metrics; nil makes one for this service.
	Registry *prometheus.Registry
}

// DefaultReplicaConfig returns the defaults (DB still to be set).
func DefaultReplicaConfig() ReplicaConfig {
	return ReplicaConfig{HTTPAddr: "127.0.0.1:8081", Server: DefaultServerConfig(), PollInterval: 5 * time.Second, MaxLagBlocks: 10}
}

// Check validates the configuration.
func (c *ReplicaConfig) Check() error {
	var errs []error
	if !strings.HasPrefix(c.DB, "postgres://") && !strings.HasPrefix(c.DB, "postgresql://") {
		errs = append(errs, fmt.Errorf("database %q: a GraphQL replica reads the indexer's PostgreSQL database (postgres://...)", c.DB))
	}
	if c.HTTPAddr == "" {
		errs = append(errs, errors.New("http address is required"))
	}
	if c.PollInterval <= 0 {
		errs = append(errs, errors.New("poll interval must be positive"))
	}
	if err := c.Server.Check(); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// Check validates the limits.
func (g *ServerConfig) Check() error {
	if g.MaxDepth < 1 || g.MaxComplexity < 1 || g.MaxBodyBytes < 1 || g.Timeout <= 0 || g.MaxFields < 1 || g.MaxWSConnections < 1 ||
		g.MaxSubscriptionsPerConn < 1 {
		return fmt.Errorf("graphql limits must be positive (depth %d, complexity %d, body %d, timeout %s, fields %d, "+
			"WebSocket connections %d, subscriptions %d)", g.MaxDepth, g.MaxComplexity, g.MaxBodyBytes, g.Timeout, g.MaxFields,
			g.MaxWSConnections, g.MaxSubscriptionsPerConn)
	}
	return nil
}

// Service is a running GraphQL read replica (op-service style lifecycle: New, Start, Stop).
type Service struct {
	cfg  ReplicaConfig
	log  *slog.Logger
	st   *store.Postgres
	srv  *Server
	feed *follower
	reg  *prometheus.Registry
	http *serve.HTTP
	loop *serve.Loop

	stopped atomic.Bool
}

// NewService opens the database and builds the server; Start serves it.
func NewService(ctx context.Context, cfg ReplicaConfig, log *slog.Logger) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	st, err := store.OpenPostgres(ctx, cfg.DB)
	if err != nil {
		return nil, err
	}
	if cfg.Server.Log == nil {
		cfg.Server.Log = log
	}
	reg := cfg.Registry
	if reg == nil {
		reg = bevanmetrics.NewRegistry()
	}
	s := &Service{cfg: cfg, log: log, st: st, srv: New(st, cfg.Server, nil), reg: reg, loop: serve.NewLoop()}
	s.feed = &follower{srv: s.srv, st: st, log: log, poll: cfg.PollInterval, wake: make(chan struct{}, 1)}
	s.reg.MustRegister(
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "bevan_graphql_replica_delivered_block",
			Help: "Block of the last change this replica delivered to its subscriptions."}, func() float64 { return float64(s.feed.block.Load()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "bevan_graphql_replica_delivered_seq",
			Help: "Seq of the last change-feed entry this replica delivered."}, func() float64 { return float64(s.feed.seq.Load()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "bevan_graphql_subscriptions", Help: "Open GraphQL subscriptions."},
			func() float64 { return float64(s.srv.Subscriptions()) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "bevan_graphql_replica_changes_total",
			Help: "Change-feed entries delivered."}, func() float64 { return float64(s.feed.delivered.Load()) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "bevan_graphql_replica_missed_total",
			Help: "Change-feed entries pruned before this replica read them."}, func() float64 { return float64(s.feed.missed.Load()) }),
	)
	return s, nil
}

// Server is the GraphQL server the service runs.
func (s *Service) Server() *Server { return s.srv }

// Addr is the HTTP server's address once started.
func (s *Service) Addr() string { return s.http.Addr() }

// Start serves HTTP and follows the change feed from its newest entry (subscribers see what is committed from now on).
func (s *Service) Start(ctx context.Context) error {
	last, err := s.st.LastChange(ctx)
	if err != nil {
		return err
	}
	cp, _, err := s.st.Checkpoint(ctx)
	if err != nil {
		return err
	}
	s.feed.seq.Store(last)
	s.feed.block.Store(cp.Number)
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(s.reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("/healthz", s.healthz)
	mux.Handle("/", s.srv.Handler())
	h, err := serve.Listen(s.cfg.HTTPAddr, mux, serve.DefaultTimeouts(), s.log, "graphql")
	if err != nil {
		return err
	}
	s.http = h
	s.loop.Start(ctx, s.feed.run)
	s.log.Info("graphql replica listening", "addr", h.Addr(), "feed", last, "indexed", cp.Number)
	return nil
}

// Stop ends the feed, the HTTP server (open subscriptions end) and the database pool.
func (s *Service) Stop(ctx context.Context) error {
	if s.stopped.Swap(true) {
		return nil
	}
	return errors.Join(s.loop.Stop(ctx, "graphql"), s.http.Shutdown(ctx), s.st.Close())
}

// Stopped reports whether Stop ran.
func (s *Service) Stopped() bool { return s.stopped.Load() }

// ReplicaStatus is what /healthz reports: the indexer's checkpoint, what this replica's subscriptions have been
// sent, and the difference (the replica's lag behind the indexer; queries always read the database as it is).
type ReplicaStatus struct {
	Healthy        bool   `json:"healthy"`
	Indexed        uint64 `json:"indexed"`
	Delivered      uint64 `json:"delivered"`
	LagBlocks      uint64 `json:"lagBlocks"`
	FeedSeq        int64  `json:"feedSeq"`
	DeliveredSeq   int64  `json:"deliveredSeq"`
	LagChanges     int64  `json:"lagChanges"`
	Listening      bool   `json:"listening"`
	Subscriptions  int    `json:"subscriptions"`
	MissedChanges  int64  `json:"missedChanges"`
	LastFeedErrorS string `json:"lastFeedError,omitempty"`
}

// Status is the replica's view of the indexer and of its own feed.
func (s *Service) Status(ctx context.Context) (ReplicaStatus, error) {
	cp, _, err := s.st.Checkpoint(ctx)
	if err != nil {
		return ReplicaStatus{}, err
	}
	seq, err := s.st.LastChange(ctx)
	if err != nil {
		return ReplicaStatus{}, err
	}
	st := ReplicaStatus{Indexed: cp.Number, Delivered: s.feed.block.Load(), FeedSeq: seq, DeliveredSeq: s.feed.seq.Load(),
		Listening: s.feed.listening.Load(), Subscriptions: s.srv.Subscriptions(), MissedChanges: s.feed.missed.Load()}
	if st.Indexed > st.Delivered {
		st.LagBlocks = st.Indexed - st.Delivered
	}
	st.LagChanges = max(st.FeedSeq-st.DeliveredSeq, 0)
	if e := s.feed.lastErr.Load(); e != nil {
		st.LastFeedErrorS = *e
	}
	st.Healthy = !s.stopped.Load() && st.LagBlocks <= s.cfg.MaxLagBlocks
	return st, nil
}

func (s *Service) healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	st, err := s.Status(r.Context())
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		_ = json.NewEncoder(w).Encode(map[string]any{"healthy": false, "error": "database: " + err.Error()})
		return
	}
	if !st.Healthy {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	_ = json.NewEncoder(w).Encode(st)
}

// follower delivers the change feed to the server's subscriptions, in seq order, each entry once.
type follower struct {
	srv  *Server
	st   *store.Postgres
	log  *slog.Logger
	poll time.Duration
	wake chan struct{}

	seq       atomic.Int64  // last delivered change
	block     atomic.Uint64 // its checkpoint
	delivered atomic.Int64
	missed    atomic.Int64
	listening atomic.Bool
	lastErr   atomic.Pointer[string]
	mu        sync.Mutex // one delivery at a time
}

func (f *follower) notify() {
	select {
	case f.wake <- struct{}{}:
	default:
	}
}

func (f *follower) run(ctx context.Context) {
	go f.listen(ctx)
	t := time.NewTicker(f.poll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-f.wake:
		case <-t.C:
		}
		if err := f.deliver(ctx); err != nil && ctx.Err() == nil {
			msg := err.Error()
			f.lastErr.Store(&msg)
			f.log.Warn("graphql replica: change feed", "err", err)
		}
	}
}

// listen keeps a LISTEN connection open, reconnecting after a second when it fails; each (re)connect wakes the
// follower, which reads the feed from its last seq, so that nothing committed in between is lost.
func (f *follower) listen(ctx context.Context) {
	for ctx.Err() == nil {
		err := f.st.Listen(ctx, func() { f.listening.Store(true); f.notify() })
		f.listening.Store(false)
		if ctx.Err() != nil {
			return
		}
		f.log.Warn("graphql replica: LISTEN ended, reconnecting", "err", err)
		select {
		case <-ctx.Done():
		case <-time.After(time.Second):
		}
	}
}

// deliver publishes every change after the last delivered one.
func (f *follower) deliver(ctx context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	for {
		cs, err := f.st.Changes(ctx, f.seq.Load(), 500)
		if err != nil {
			return err
		}
		for _, c := range cs {
			if want := f.seq.Load() + 1; c.Seq != want {
				// pruned before this replica read it: subscribers must re-query from the last block delivered
				f.missed.Add(c.Seq - want)
				f.log.Warn("graphql replica: change feed entries pruned before delivery", "from", want, "to", c.Seq-1)
				f.srv.RolledBack(ctx, store.Checkpoint{Number: f.block.Load()})
			}
			if c.Batch != nil {
				f.srv.Committed(ctx, c.Batch)
				f.block.Store(c.Batch.Checkpoint.Number)
			} else {
				f.srv.RolledBack(ctx, c.RolledBackTo)
				f.block.Store(c.RolledBackTo.Number)
			}
			f.seq.Store(c.Seq)
			f.delivered.Add(1)
		}
		if len(cs) < 500 {
			return nil
		}
	}
}
