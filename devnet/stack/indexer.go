package stack

import (
	"context"
	"errors"
	"fmt"
	"github.com/prometheus/client_golang/prometheus"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/indexer"
)

// IndexerAddr is where `bevan devnet` serves GraphQL, /metrics and /healthz by default.
const IndexerAddr = "127.0.0.1:8080"

// IndexerOptions configures the indexer and GraphQL server a devnet runs.
type IndexerOptions struct {
	// HTTPAddr is where GraphQL, /metrics and /healthz are served (default IndexerAddr; host:0 picks a port).
	HTTPAddr string
	// DB is the index database URL. Empty is a SQLite file next to the kept chain state (devnet.Config.StateDir),
	// or in a temporary directory that Stop removes when the chain is not kept.
	DB string
	// Registry is the process's Prometheus registry (nil: the indexer makes its own).
	Registry *prometheus.Registry
}

// Indexer is the indexer, with GraphQL attached, following a devnet.
type Indexer struct {
	*indexer.Service
	db      string
	tempDir string // removed by Stop
	// closers release what was attached to the server (the analytics endpoint's Redis client), after it stops.
	mu      sync.Mutex
	closers []func() error
}

// onStop registers c to run once the server has stopped.
func (ix *Indexer) onStop(c func() error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.closers = append(ix.closers, c)
}

// NewIndexer builds the indexer of the devnet's chain and attaches the GraphQL server to it. It follows the chain
// with newHeads over anvil's WebSocket and polls every 250 ms, since the devnet mines on demand.
func NewIndexer(ctx context.Context, d *devnet.Devnet, opts IndexerOptions, log *slog.Logger) (*Indexer, error) {
	ix := &Indexer{db: opts.DB}
	if ix.db == "" {
		dir := d.Config().StateDir
		if dir == "" { // the chain is not kept: neither is its index
			tmp, err := os.MkdirTemp("", "bevan-devnet-index-")
			if err != nil {
				return nil, fmt.Errorf("index directory: %w", err)
			}
			ix.tempDir, dir = tmp, tmp
		}
		ix.db = "sqlite://" + filepath.Join(dir, "index-"+strconv.FormatUint(d.Manifest.ChainID, 10)+".db")
	}
	if opts.HTTPAddr == "" {
		opts.HTTPAddr = IndexerAddr
	}
	cfg := indexer.DefaultConfig()
	cfg.RPC, cfg.Manifest, cfg.DB, cfg.HTTPAddr = d.RPCURL(), d.Manifest, ix.db, opts.HTTPAddr
	cfg.WS = "ws" + strings.TrimPrefix(d.RPCURL(), "http") // anvil serves WebSocket on its HTTP port: follow newHeads
	cfg.PollInterval = 250 * time.Millisecond
	cfg.Registry = opts.Registry
	s, err := indexer.New(ctx, cfg, log.With("service", "indexer"))
	if err != nil {
		return nil, fmt.Errorf("indexer (%s): %w", RedactDB(ix.db), errors.Join(err, ix.removeTemp()))
	}
	g := graphql.DefaultServerConfig()
	g.ChainID, g.ConsentRegistry = d.Manifest.ChainID, d.Manifest.ConsentsAddress()
	graphql.Attach(s, g)
	ix.Service = s
	return ix, nil
}

// DB is the index database's URL.
func (ix *Indexer) DB() string { return ix.db }

// GraphQLURL is the GraphQL endpoint once started (an unspecified listen host shown as 127.0.0.1).
func (ix *Indexer) GraphQLURL() string { return "http://" + Dialable(ix.Addr()) + "/graphql" }

// Stop stops the indexer and removes the temporary index.
func (ix *Indexer) Stop(ctx context.Context) error {
	errs := []error{ix.Service.Stop(ctx)}
	ix.mu.Lock()
	closers := ix.closers
	ix.closers = nil
	ix.mu.Unlock()
	for _, c := range closers {
		errs = append(errs, c())
	}
	return errors.Join(append(errs, ix.removeTemp())...)
}

// RedactDB hides a database URL's password.
func RedactDB(db string) string {
	if strings.HasPrefix(db, "sqlite:") {
		return db
	}
	u, err := url.Parse(db)
	if err != nil {
		return "(unparsable database URL)"
	}
	return u.Redacted()
}

func (ix *Indexer) removeTemp() error {
	if ix.tempDir == "" {
		return nil
	}
	dir := ix.tempDir
	ix.tempDir = ""
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("remove the temporary index: %w", err)
	}
	return nil
}
