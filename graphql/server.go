// Package graphql serves Bevan's indexed data over GraphQL (gqlgen, schema-first): queries with filters, ordering,
// cursor pagination and time travel, the consent audit (consentAt), FHIR R4 Consent resources, and WebSocket
// subscriptions fed by the indexer after each commit. Generated code: generated.go and models_gen.go (make graphql).
package graphql

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"github.com/bevan-health/bevan/analytics"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	gql "github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/bevan-health/bevan/graphql/graphiql"
	"github.com/bevan-health/bevan/store"
	coderws "github.com/coder/websocket"
	"github.com/ethereum/go-ethereum/common"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// ServerConfig holds the server's safety limits.
type ServerConfig struct {
	// MaxDepth is the deepest selection a query may nest.
	MaxDepth int
	// MaxComplexity bounds a query's cost (a list field costs its page size times its children).
	MaxComplexity int
	// MaxBodyBytes bounds a request body.
	MaxBodyBytes int64
	// Timeout bounds one query.
	Timeout time.Duration
	// MaxFields bounds the fields a query selects, counting each alias and each use of a fragment (introspection is
	// bounded by MaxIntrospectionCost instead).
	MaxFields int
	// MaxIntrospectionCost bounds an introspection query: a list counts as many times as the longest such list in
	// the schema. The standard introspection query (graphql-js getIntrospectionQuery, every option on) fits.
	MaxIntrospectionCost int
	// DisableIntrospection refuses __schema and __type (locked-down deployments; GraphiQL's docs then stay empty).
	DisableIntrospection bool
	// AllowedOrigins are the host patterns (path.Match syntax, e.g. "app.example.org", "*.nhs.uk") of the web pages,
	// besides this server's own, that may open a WebSocket to it. Browsers send Origin; other clients need not.
	AllowedOrigins []string
	// MaxWSConnections bounds open WebSocket connections; MaxSubscriptionsPerConn the live subscriptions on each.
	MaxWSConnections        int
	MaxSubscriptionsPerConn int
	// Log receives the server's warnings (nil: discarded; Attach uses the indexer's).
	Log *slog.Logger
	// ChainID and ConsentRegistry are the deployment the store indexed, named in each consent's FHIR resource (CAIP-10
	// account ids, the consent identifier). Attach sets them from the indexer's manifest; when they are unset the
	// server reads what the indexer recorded in the store.
	ChainID         uint64
	ConsentRegistry common.Address
}

// DefaultServerConfig returns the default limits.
func DefaultServerConfig() ServerConfig {
	return ServerConfig{MaxDepth: 8, MaxComplexity: 20_000, MaxBodyBytes: 64 << 10, Timeout: 10 * time.Second,
		MaxFields: 500, MaxIntrospectionCost: DefaultMaxIntrospectionCost, MaxWSConnections: 1000, MaxSubscriptionsPerConn: 20}
}

// DefaultMaxIntrospectionCost is the default MaxIntrospectionCost.
const DefaultMaxIntrospectionCost = 1_000_000

// withDefaults fills the limits a configuration leaves at zero (configurations built before they existed).
func (c ServerConfig) withDefaults() ServerConfig {
	d := DefaultServerConfig()
	for _, f := range []struct{ v, def *int }{{&c.MaxDepth, &d.MaxDepth}, {&c.MaxComplexity, &d.MaxComplexity}, {&c.MaxFields, &d.MaxFields},
		{&c.MaxIntrospectionCost, &d.MaxIntrospectionCost}, {&c.MaxWSConnections, &d.MaxWSConnections},
		{&c.MaxSubscriptionsPerConn, &d.MaxSubscriptionsPerConn}} {
		if *f.v <= 0 {
			*f.v = *f.def
		}
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = d.MaxBodyBytes
	}
	if c.Timeout <= 0 {
		c.Timeout = d.Timeout
	}
	return c
}

// StatusFunc reports the chain head the indexer sees (ok false when unknown).
type StatusFunc func() (head uint64, ok bool)

// Server is the GraphQL HTTP handler over a store.
type Server struct {
	cfg    ServerConfig
	log    *slog.Logger
	res    *Resolver
	gql    *handler.Server
	wsOpen atomic.Int64
}

// New builds the server; status may be nil.
func New(st store.Store, cfg ServerConfig, status StatusFunc) *Server {
	cfg = cfg.withDefaults()
	res := &Resolver{st: st, hub: newHub(), status: status, dep: deployment{chainID: cfg.ChainID, registry: cfg.ConsentRegistry},
		statsCache: analytics.NewCache(st)}
	c := Config{Resolvers: res}
	pages := func(first *int64, child int) int {
		n := DefaultPageSize
		if first != nil && *first > 0 {
			n = int(min(*first, MaxPageSize))
		}
		return ListBaseCost + n*child
	}
	c.Complexity.Query.Consents = func(child int, _ *ConsentFilter, _ *ConsentOrder, first *int64, _ *string, _ *BlockInput) int {
		return pages(first, child)
	}
	c.Complexity.Query.Guardians = func(child int, _ *GuardianFilter, first *int64, _ *string, _ *BlockInput) int {
		return pages(first, child)
	}
	c.Complexity.Query.EmergencyAccesses = func(child int, _ *EmergencyAccessFilter, first *int64, _ *string, _ *BlockInput) int {
		return pages(first, child)
	}
	c.Complexity.Query.Members = func(child int, _ *MemberFilter, first *int64, _ *string, _ *BlockInput) int {
		return pages(first, child)
	}
	c.Complexity.Query.Proposals = func(child int, _ *ProposalFilter, first *int64, _ *string, _ *BlockInput) int {
		return pages(first, child)
	}
	c.Complexity.Query.Votes = func(child int, _ *VoteFilter, first *int64, _ *string, _ *BlockInput) int { return pages(first, child) }
	c.Complexity.Query.Anchors = func(child int, _ *AnchorFilter, _ *AnchorOrder, first *int64, _ *string, _ *BlockInput) int {
		return pages(first, child)
	}
	c.Complexity.Query.Batches = func(child int, _ *BatchFilter, first *int64, _ *string, _ *BlockInput) int {
		return pages(first, child)
	}
	c.Complexity.Query.MetaTransactions = func(child int, _ *MetaTransactionFilter, first *int64, _ *string, _ *BlockInput) int {
		return pages(first, child)
	}
	c.Complexity.Query.ContractEvents = func(child int, _ *ContractEventFilter, first *int64, _ *string, _ *BlockInput) int {
		return pages(first, child)
	}
	c.Complexity.Proposal.Votes = func(child int, first *int64, _ *string) int { return pages(first, child) }
	c.Complexity.Consent.History = func(child int) int { return 1 + 10*child }
	c.Complexity.Query.RecordVersions = func(child int, _ string, _ *string, _ *BlockInput) int { return ListBaseCost + 10*child }
	c.Complexity.Query.ConsentHistory = func(child int, _ string, _ *BlockInput) int { return ListBaseCost + 10*child }

	srv := handler.New(NewExecutableSchema(c))
	srv.AddTransport(transport.Websocket{
		KeepAlivePingInterval: 10 * time.Second,
		PingPongInterval:      30 * time.Second, // graphql-transport-ws clients that stop answering pings are dropped
		InitTimeout:           10 * time.Second,
		PayloadReadLimit:      &cfg.MaxBodyBytes,
		// Same-origin, or an allowed origin: a web page elsewhere cannot reach the server through a visitor's browser.
		Implementation: transport.CoderWebsocketImplementation{AcceptOptions: coderws.AcceptOptions{OriginPatterns: cfg.AllowedOrigins}},
	})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(postTransport{res: res}) // transport.POST, writing plain answers without re-encoding them
	docs := lru.New[*ast.QueryDocument](1000)
	srv.SetQueryCache(docs)
	if !cfg.DisableIntrospection {
		srv.Use(extension.Introspection{})
	}
	// Fields, depth and introspection first: they are linear in the document, the complexity calculation is not.
	srv.Use(&opLimits{maxFields: cfg.MaxFields, maxDepth: cfg.MaxDepth, maxIntrospection: cfg.MaxIntrospectionCost, cache: docs})
	srv.Use(extension.FixedComplexityLimit(cfg.MaxComplexity))
	srv.AroundOperations(wsOperations(cfg.MaxSubscriptionsPerConn))
	srv.AroundOperations(batchQueries)
	srv.SetErrorPresenter(func(ctx context.Context, err error) *gqlerror.Error {
		if errors.Is(err, context.DeadlineExceeded) {
			return &gqlerror.Error{Message: fmt.Sprintf("query timeout: the query took longer than %s", cfg.Timeout),
				Extensions: map[string]any{"code": "TIMEOUT"}}
		}
		return gql.DefaultErrorPresenter(ctx, err)
	})
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Server{cfg: cfg, log: log, res: res, gql: srv}
}

// Handler serves GraphiQL (embedded, package graphiql) on GET / for browsers and on /graphiql, and GraphQL on
// /graphql and on / for POST and WebSocket.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	api := s.limits(s.gql)
	ui := graphiql.Handler()
	mux.Handle("/graphql", api)
	mux.Handle("/graphiql", ui)
	mux.Handle("/graphiql/", ui)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		if r.Method == http.MethodGet && r.Header.Get("Upgrade") == "" && strings.Contains(r.Header.Get("Accept"), "text/html") {
			ui.ServeHTTP(w, r)
			return
		}
		api.ServeHTTP(w, r)
	})
	return mux
}

// limits bounds request size and query time. A WebSocket carries subscriptions only (wsOperations), which are
// long-lived and not timed out; its messages are bounded by MaxBodyBytes and its connections by MaxWSConnections.
func (s *Server) limits(next http.Handler) http.Handler {
	ws := s.websocket(next)
	// timed cancels the query's context at the deadline and answers 503 with a GraphQL error (http.TimeoutHandler's
	// behaviour, with pooled answer buffers).
	timed := newTimeoutHandler(next, s.cfg.Timeout,
		fmt.Sprintf(`{"errors":[{"message":"query timeout: the query took longer than %s","extensions":{"code":"TIMEOUT"}}]}`, s.cfg.Timeout))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "" {
			ws.ServeHTTP(w, r)
			return
		}
		tooLarge := func() {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusRequestEntityTooLarge)
			fmt.Fprintf(w, `{"errors":[{"message":"request body too large: the limit is %d bytes","extensions":{"code":"REQUEST_TOO_LARGE"}}]}`,
				s.cfg.MaxBodyBytes)
		}
		if r.ContentLength > s.cfg.MaxBodyBytes {
			tooLarge()
			return
		}
		// Read the (bounded) body here, so that a chunked one over the limit gets the same answer.
		body, err := io.ReadAll(io.LimitReader(r.Body, s.cfg.MaxBodyBytes+1))
		if err != nil {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusBadRequest)
			fmt.Fprintf(w, `{"errors":[{"message":"could not read the request body","extensions":{"code":"BAD_REQUEST"}}]}`)
			return
		}
		if int64(len(body)) > s.cfg.MaxBodyBytes {
			tooLarge()
			return
		}
		r.Body, r.ContentLength = io.NopCloser(bytes.NewReader(body)), int64(len(body))
		timed.ServeHTTP(w, r)
	})
}
