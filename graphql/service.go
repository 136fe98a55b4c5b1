package graphql

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/indexer"
	"github.com/ethereum/go-ethereum/common"
)

// Attach serves GraphQL on the indexer's HTTP server (GraphiQL and queries at /, /graphql) and feeds its
// subscriptions from the indexer's commits. Unset, cfg's chain id and ConsentRegistry are the indexer's manifest's.
func Attach(s *indexer.Service, cfg ServerConfig) *Server {
	if cfg.Log == nil {
		cfg.Log = s.Log()
	}
	if m := s.Manifest(); cfg.ChainID == 0 && cfg.ConsentRegistry == (common.Address{}) {
		cfg.ChainID, cfg.ConsentRegistry = m.ChainID, m.ConsentsAddress()
	}
	srv := New(s.Store(), cfg, func() (uint64, bool) {
		st := s.Status()
		return st.Head, st.Head > 0
	})
	s.Mount("/", srv.Handler())
	s.Subscribe(srv)
	return srv
}

// DevnetAddr is where `bevan devnet` serves GraphQL, /metrics and /healthz.
const DevnetAddr = "127.0.0.1:8080"

// DevnetService is a devnet.ServiceFactory: the indexer on SQLite and the GraphQL server on DevnetAddr.
func DevnetService(ctx context.Context, d *devnet.Devnet) (devnet.Service, error) {
	return DevnetServiceWith(slog.Default(), DevnetAddr, "")(ctx, d)
}

// DevnetServiceWith is DevnetService with a logger, another HTTP address and database URL. An empty db is a SQLite
// file next to the kept chain state (--state), or a fresh temporary file when the chain is not kept.
func DevnetServiceWith(log *slog.Logger, httpAddr, db string) devnet.ServiceFactory {
	return func(ctx context.Context, d *devnet.Devnet) (devnet.Service, error) {
		if db == "" {
			dir := d.Config().StateDir
			name := "index-" + strconv.FormatUint(d.Manifest.ChainID, 10) + ".db"
			if dir == "" {
				tmp, err := os.MkdirTemp("", "bevan-devnet-index-")
				if err != nil {
					return nil, fmt.Errorf("index directory: %w", err)
				}
				dir = tmp
			}
			db = "sqlite://" + filepath.Join(dir, name)
		}
		cfg := indexer.DefaultConfig()
		cfg.RPC, cfg.Manifest, cfg.DB, cfg.HTTPAddr = d.RPCURL(), d.Manifest, db, httpAddr
		cfg.WS = "ws" + strings.TrimPrefix(d.RPCURL(), "http") // anvil serves WebSocket on its HTTP port: follow newHeads
		cfg.PollInterval = 250 * time.Millisecond              // the devnet mines on demand
		s, err := indexer.New(ctx, cfg, log)
		if err != nil {
			return nil, err
		}
		g := DefaultServerConfig()
		g.ChainID, g.ConsentRegistry = d.Manifest.ChainID, d.Manifest.ConsentsAddress()
		Attach(s, g)
		return s, nil
	}
}
