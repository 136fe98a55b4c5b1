package indexer

import (
	"errors"
	"fmt"
	"time"

	"github.com/bevan-health/bevan/deployment"
	"github.com/prometheus/client_golang/prometheus"
)

// Confirmation policies: which head the indexer follows.
const (
	Latest    = "latest"    // the newest block, with reorg handling
	Safe      = "safe"      // the OP-stack safe head (derived from L1 data)
	Finalized = "finalized" // the OP-stack finalized head
)

// Config configures the indexer.
type Config struct {
	// RPC is the L2 node's JSON-RPC URL (http(s) or ws(s)). Over ws(s) the indexer also subscribes to newHeads.
	RPC string
	// WS, when set, is a WebSocket URL of the same node for newHeads while RPC is http(s). Without a WebSocket the
	// head is polled every PollInterval.
	WS string
	// Manifest names the contracts and the block to start from.
	Manifest *deployment.Manifest
	// DB is sqlite://path or postgres://... (ignored by NewWithStore).
	DB string
	// Confirmations is Latest, Safe or Finalized.
	Confirmations string
	// PollInterval is how often the head is polled once caught up (five times less often while newHeads works).
	PollInterval time.Duration
	// Concurrency is how many eth_getLogs ranges are fetched ahead in parallel.
	Concurrency int
	// InitialRange, MaxRange: the adaptive block range starts at InitialRange and grows up to MaxRange.
	InitialRange, MaxRange uint64
	// TargetLogs: a range stops growing once it returns this many logs (bounds memory and response size).
	TargetLogs int
	// RequestTimeout bounds each RPC request; a timed-out eth_getLogs is retried over a smaller range.
	RequestTimeout time.Duration
	// Retries is how many times a failing request is retried before the sync round gives up (and the next starts).
	Retries int
	// ProgressInterval is how often the progress line is logged (0: never).
	ProgressInterval time.Duration
	// HTTPAddr serves /metrics, /healthz and mounted handlers (GraphQL) when set; ":0" picks a port.
	HTTPAddr string
	// ExitAtHead stops the service once it has caught up with the head it saw first (backfill only).
	ExitAtHead bool
	// Registry is the process's Prometheus registry (internal/metrics.NewRegistry), shared by the services of one
	// process and served at /metrics; nil makes one for this service.
	Registry *prometheus.Registry
}

// DefaultConfig returns the defaults (RPC, Manifest and DB still to be set).
func DefaultConfig() Config {
	return Config{
		Confirmations:    Latest,
		PollInterval:     time.Second,
		Concurrency:      4,
		InitialRange:     10,
		MaxRange:         10_000,
		TargetLogs:       2_000,
		RequestTimeout:   30 * time.Second,
		Retries:          5,
		ProgressInterval: 10 * time.Second,
	}
}

// Check validates the configuration.
func (c *Config) Check() error {
	var errs []error
	if c.RPC == "" {
		errs = append(errs, errors.New("rpc url is required"))
	}
	if c.Manifest == nil {
		errs = append(errs, errors.New("deployment manifest is required"))
	} else if err := c.Manifest.Validate(); err != nil {
		errs = append(errs, err)
	}
	switch c.Confirmations {
	case Latest, Safe, Finalized:
	default:
		errs = append(errs, fmt.Errorf("confirmations %q: want latest, safe or finalized", c.Confirmations))
	}
	if c.WS != "" && !isWebSocket(c.WS) {
		errs = append(errs, fmt.Errorf("ws url %q: want ws:// or wss://", c.WS))
	}
	if c.PollInterval <= 0 {
		errs = append(errs, errors.New("poll interval must be positive"))
	}
	if c.Concurrency < 1 {
		errs = append(errs, errors.New("concurrency must be at least 1"))
	}
	if c.InitialRange < 1 || c.MaxRange < c.InitialRange {
		errs = append(errs, errors.New("ranges: want 1 <= initial range <= max range"))
	}
	if c.TargetLogs < 1 {
		errs = append(errs, errors.New("target logs must be at least 1"))
	}
	if c.RequestTimeout <= 0 {
		errs = append(errs, errors.New("request timeout must be positive"))
	}
	if c.Retries < 0 {
		errs = append(errs, errors.New("retries must not be negative"))
	}
	return errors.Join(errs...)
}
