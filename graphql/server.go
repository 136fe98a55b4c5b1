// Package graphql serves Bevan's indexed data over GraphQL (gqlgen, schema-first): queries with filters, ordering,
// cursor pagination and time travel, the consent audit (consentAt), FHIR R4 Consent resources, and WebSocket
// subscriptions fed by the indexer after each commit. Generated code: generated.go and models_gen.go (make graphql).
package graphql

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"

	gql "github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/99designs/gqlgen/graphql/playground"
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
	return ServerConfig{MaxDepth: 8, MaxComplexity: 20_000, MaxBodyBytes: 64 << 10, Timeout: 10 * time.Second}
}

// StatusFunc reports the chain head the indexer sees (ok false when unknown).
type StatusFunc func() (head uint64, ok bool)

// Server is the GraphQL HTTP handler over a store.
type Server struct {
	cfg ServerConfig
	log *slog.Logger
	res *Resolver
	gql *handler.Server
}

// New builds the server; status may be nil.
func New(st store.Store, cfg ServerConfig, status StatusFunc) *Server {
	res := &Resolver{st: st, hub: newHub(), status: status, dep: deployment{chainID: cfg.ChainID, registry: cfg.ConsentRegistry}}
	c := Config{Resolvers: res}
	pages := func(first *int64, child int) int {
		n := DefaultPageSize
		if first != nil && *first > 0 {
			n = int(min(*first, MaxPageSize))
		}
		return 1 + n*child
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
	c.Complexity.Query.RecordVersions = func(child int, _ string, _ *BlockInput) int { return 1 + 10*child }
	c.Complexity.Query.ConsentHistory = func(child int, _ string, _ *BlockInput) int { return 1 + 10*child }

	srv := handler.New(NewExecutableSchema(c))
	srv.AddTransport(transport.Websocket{
		KeepAlivePingInterval: 10 * time.Second,
		Implementation:        transport.CoderWebsocketImplementation{AcceptOptions: coderws.AcceptOptions{InsecureSkipVerify: true}},
	})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(extension.Introspection{})
	srv.Use(extension.FixedComplexityLimit(cfg.MaxComplexity))
	srv.Use(depthLimit{max: cfg.MaxDepth})
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

// Handler serves GraphiQL on GET / (browsers), and GraphQL on /graphql and on / for POST and WebSocket.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	api := s.limits(s.gql)
	ui := playground.Handler("Bevan GraphQL", "/graphql")
	mux.Handle("/graphql", api)
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

// limits bounds request size and query time (WebSocket subscriptions are long-lived and not timed out).
func (s *Server) limits(next http.Handler) http.Handler {
	// TimeoutHandler cancels the query's context at the deadline and answers 503 with a GraphQL error.
	timed := http.TimeoutHandler(next, s.cfg.Timeout,
		fmt.Sprintf(`{"errors":[{"message":"query timeout: the query took longer than %s","extensions":{"code":"TIMEOUT"}}]}`, s.cfg.Timeout))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "" {
			next.ServeHTTP(w, r)
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

// depthLimit rejects queries nested deeper than max.
type depthLimit struct{ max int }

var _ interface {
	gql.HandlerExtension
	gql.OperationContextMutator
} = depthLimit{}

func (d depthLimit) ExtensionName() string               { return "DepthLimit" }
func (d depthLimit) Validate(gql.ExecutableSchema) error { return nil }
func (d depthLimit) MutateOperationContext(_ context.Context, oc *gql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	if depth := selectionDepth(oc.Operation.SelectionSet, oc.Doc.Fragments, 0); depth > d.max {
		return &gqlerror.Error{Message: fmt.Sprintf("query depth %d exceeds the limit of %d", depth, d.max),
			Extensions: map[string]any{"code": "QUERY_TOO_DEEP"}}
	}
	return nil
}

func selectionDepth(set ast.SelectionSet, frags ast.FragmentDefinitionList, seen int) int {
	if seen > 64 {
		return seen // fragment cycles are rejected by validation; stop anyway
	}
	deepest := 0
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if len(s.SelectionSet) == 0 {
				d = 1
			} else {
				d = 1 + selectionDepth(s.SelectionSet, frags, seen+1)
			}
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, frags, seen+1)
		case *ast.FragmentSpread:
			if f := frags.ForName(s.Name); f != nil {
				d = selectionDepth(f.SelectionSet, frags, seen+1)
			}
		}
		deepest = max(deepest, d)
	}
	return deepest
}
