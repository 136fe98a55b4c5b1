package graphql

import (
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
