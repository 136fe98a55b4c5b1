package webapp

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
)

// ServerConfig configures Server, what `bevan app` runs.
type ServerConfig struct {
	// HTTPAddr is where the app is served (host:0 picks a port).
	HTTPAddr string
	// GraphQL is the GraphQL endpoint (e.g. http://indexer:8080/graphql), proxied at /graphql.
	GraphQL *url.URL
	// Relayer is the relayer's base URL (e.g. http://relayer:8547), its /v1/ API proxied under /relay/.
	Relayer *url.URL
	// RPC, when set, is the chain's JSON-RPC endpoint for the app's one on-chain read (PermittedPath); without it
	// that read answers no_rpc.
	RPC *url.URL
	// AppKey, when set, is sent to the relayer in X-Bevan-App-Key with every proxied request.
	AppKey string
	// App is the runtime config the browser reads.
	App Config
}

// Server serves the app at /app/, GraphQL at /graphql and the relayer under /relay/, all at one origin, so the
// browser talks only to it.
type Server struct {
	cfg     ServerConfig
	log     *slog.Logger
	srv     *http.Server
	ln      net.Listener
	chain   *ethclient.Client
	stopped atomic.Bool
}

// NewServer checks cfg and builds the server; Start listens.
func NewServer(cfg ServerConfig, log *slog.Logger) (*Server, error) {
	var errs []error
	if cfg.GraphQL == nil || cfg.GraphQL.Host == "" || (cfg.GraphQL.Scheme != "http" && cfg.GraphQL.Scheme != "https") {
		errs = append(errs, errors.New("the GraphQL endpoint must be an http(s) URL, e.g. http://127.0.0.1:8080/graphql"))
	}
	if cfg.Relayer == nil || cfg.Relayer.Host == "" || (cfg.Relayer.Scheme != "http" && cfg.Relayer.Scheme != "https") {
		errs = append(errs, errors.New("the relayer must be an http(s) URL, e.g. http://127.0.0.1:8547"))
	}
	if cfg.RPC != nil && (cfg.RPC.Host == "" || (cfg.RPC.Scheme != "http" && cfg.RPC.Scheme != "https")) {
		errs = append(errs, errors.New("the RPC must be an http(s) URL, e.g. http://127.0.0.1:8545"))
	}
	if cfg.App.ChainID == 0 || cfg.App.Forwarder == ([20]byte{}) || cfg.App.Governor == ([20]byte{}) || cfg.App.Consents == ([20]byte{}) {
		errs = append(errs, errors.New("the app needs the deployment's chain id and contracts (a manifest)"))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	app, err := Handler(cfg.App)
	if err != nil {
		return nil, err
	}
	var chain *ethclient.Client
	if cfg.RPC != nil {
		if chain, err = ethclient.Dial(cfg.RPC.String()); err != nil { // over HTTP: no connection until the first call
			return nil, fmt.Errorf("rpc: %w", err)
		}
	}
	mux := http.NewServeMux()
	mux.Handle("/app/", app)
	var reader ChainReader
	if chain != nil {
		reader = chain
	}
	mux.Handle(PermittedPath, PermittedHandler(reader, cfg.App.Consents, PermittedTimeout, log))
	relayer := cfg.Relayer.String()
	mux.Handle("/relay/", RelayProxy("/relay", func() string { return relayer }, cfg.AppKey, log))
	mux.Handle("/graphql", GraphQLProxy(cfg.GraphQL, log))
	mux.Handle("/{$}", http.RedirectHandler("/app/", http.StatusFound))
	s := &Server{cfg: cfg, log: log, chain: chain}
	s.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	return s, nil
}

// Start listens and serves in the background.
func (s *Server) Start(ctx context.Context) error {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", s.cfg.HTTPAddr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", s.cfg.HTTPAddr, err)
	}
	s.ln = ln
	go func() {
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("web app server", "err", err)
		}
	}()
	rpc := ""
	if s.cfg.RPC != nil {
		rpc = s.cfg.RPC.Redacted()
	}
	s.log.Info("web app", "url", s.URL(), "graphql", s.cfg.GraphQL.Redacted(), "relayer", s.cfg.Relayer.Redacted(), "rpc", rpc, "appKey", s.cfg.AppKey != "")
	return nil
}

// URL is the app's address once started.
func (s *Server) URL() string {
	addr := s.ln.Addr().(*net.TCPAddr)
	host := addr.IP.String()
	if addr.IP.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, fmt.Sprint(addr.Port)) + "/app/"
}

// Stop shuts the server down (WebSockets proxied to GraphQL are closed).
func (s *Server) Stop(ctx context.Context) error {
	s.stopped.Store(true)
	err := s.srv.Shutdown(ctx)
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		err = s.srv.Close()
	}
	if s.chain != nil {
		s.chain.Close()
	}
	return err
}

// Stopped reports whether Stop was called.
func (s *Server) Stopped() bool { return s.stopped.Load() }
