package main

import (
	"context"
	"fmt"

	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/indexer"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"
)

func indexerFlags() []cli.Flag {
	d, g := indexer.DefaultConfig(), graphql.DefaultServerConfig()
	return []cli.Flag{
		&cli.StringFlag{Name: "rpc", Value: "http://127.0.0.1:8545", Usage: "L2 JSON-RPC URL (http(s)://, or ws(s):// to follow newHeads too)", EnvVars: []string{"BEVAN_RPC"}},
		&cli.StringFlag{Name: "ws", Usage: "WebSocket URL of the same node for newHeads when --rpc is http(s):// (default: poll the head)", EnvVars: []string{"BEVAN_WS_RPC"}},
		&cli.StringFlag{Name: "deployments", Value: "deployments", Usage: "directory of the deployment manifests (<chainId>.json, chain id asked from --rpc)", EnvVars: []string{"BEVAN_DEPLOYMENTS"}},
		&cli.StringFlag{Name: "manifest", Usage: "deployment manifest file (overrides --deployments)", EnvVars: []string{"BEVAN_MANIFEST"}},
		&cli.StringFlag{Name: "db", Value: "sqlite://bevan-index.db", Usage: "database: sqlite://path or postgres://user@host:5432/db (?search_path=schema)", EnvVars: []string{"BEVAN_DB"}},
		&cli.StringFlag{Name: "confirmations", Value: d.Confirmations, Usage: "head to follow: latest (with reorg handling), safe or finalized", EnvVars: []string{"BEVAN_CONFIRMATIONS"}},
		&cli.DurationFlag{Name: "poll-interval", Value: d.PollInterval, Usage: "head polling interval (5x longer while newHeads works)", EnvVars: []string{"BEVAN_POLL_INTERVAL"}},
		&cli.IntFlag{Name: "concurrency", Value: d.Concurrency, Usage: "eth_getLogs ranges fetched ahead in parallel", EnvVars: []string{"BEVAN_INDEXER_CONCURRENCY"}},
		&cli.Uint64Flag{Name: "max-range", Value: d.MaxRange, Usage: "largest eth_getLogs block range", EnvVars: []string{"BEVAN_INDEXER_MAX_RANGE"}},
		&cli.DurationFlag{Name: "request-timeout", Value: d.RequestTimeout, Usage: "timeout of one RPC request", EnvVars: []string{"BEVAN_RPC_TIMEOUT"}},
		&cli.DurationFlag{Name: "progress-interval", Value: d.ProgressInterval, Usage: "how often the progress line (blocks/s, events/s, ETA) is logged while behind; 0: never", EnvVars: []string{"BEVAN_INDEXER_PROGRESS"}},
		&cli.StringFlag{Name: "http", Value: "127.0.0.1:8080", Usage: "address of the HTTP server (GraphQL and GraphiQL at /, /graphql, /metrics, /healthz); empty: none", EnvVars: []string{"BEVAN_HTTP"}},
		&cli.BoolFlag{Name: "exit-at-head", Usage: "exit once caught up with the head (a one-off backfill)", EnvVars: []string{"BEVAN_EXIT_AT_HEAD"}},
		&cli.IntFlag{Name: "graphql.max-depth", Value: g.MaxDepth, Usage: "deepest selection a GraphQL query may nest", EnvVars: []string{"BEVAN_GRAPHQL_MAX_DEPTH"}},
		&cli.IntFlag{Name: "graphql.max-complexity", Value: g.MaxComplexity, Usage: "largest GraphQL query cost (a list costs its page size times its fields)", EnvVars: []string{"BEVAN_GRAPHQL_MAX_COMPLEXITY"}},
		&cli.Int64Flag{Name: "graphql.max-body", Value: g.MaxBodyBytes, Usage: "largest GraphQL request body, bytes", EnvVars: []string{"BEVAN_GRAPHQL_MAX_BODY"}},
		&cli.DurationFlag{Name: "graphql.timeout", Value: g.Timeout, Usage: "longest a GraphQL query may run", EnvVars: []string{"BEVAN_GRAPHQL_TIMEOUT"}},
		&cli.IntFlag{Name: "graphql.max-fields", Value: g.MaxFields, Usage: "most fields a GraphQL query may select (each alias and fragment use counts)", EnvVars: []string{"BEVAN_GRAPHQL_MAX_FIELDS"}},
		&cli.BoolFlag{Name: "graphql.introspection", Value: true, Usage: "answer introspection (__schema, __type: GraphiQL's docs, codegen tools); false for locked-down deployments", EnvVars: []string{"BEVAN_GRAPHQL_INTROSPECTION"}},
		&cli.StringSliceFlag{Name: "graphql.allowed-origins", Usage: "web origins (host patterns, e.g. app.example.org, *.nhs.uk) besides this server's own whose pages may open GraphQL WebSockets", EnvVars: []string{"BEVAN_GRAPHQL_ALLOWED_ORIGINS"}},
		&cli.IntFlag{Name: "graphql.max-ws-connections", Value: g.MaxWSConnections, Usage: "most open GraphQL WebSocket connections", EnvVars: []string{"BEVAN_GRAPHQL_MAX_WS_CONNECTIONS"}},
		&cli.IntFlag{Name: "graphql.max-subscriptions", Value: g.MaxSubscriptionsPerConn, Usage: "most live subscriptions on one WebSocket connection", EnvVars: []string{"BEVAN_GRAPHQL_MAX_SUBSCRIPTIONS"}},
	}
}

// loadManifest reads --manifest, or deployments/<chainId>.json with the chain id asked from the RPC.
func loadManifest(ctx context.Context, c *cli.Context) (*deployment.Manifest, error) {
	if p := c.String("manifest"); p != "" {
		return deployment.Load(p)
	}
	cl, err := ethclient.DialContext(ctx, c.String("rpc"))
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", c.String("rpc"), err)
	}
	defer cl.Close()
	id, err := cl.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id from %s: %w", c.String("rpc"), err)
	}
	return deployment.Load(deployment.Path(c.String("deployments"), id.Uint64()))
}

func indexerConfig(c *cli.Context) (indexer.Config, error) {
	cfg := indexer.DefaultConfig()
	m, err := loadManifest(c.Context, c)
	if err != nil {
		return cfg, err
	}
	cfg.RPC, cfg.WS, cfg.Manifest, cfg.DB = c.String("rpc"), c.String("ws"), m, c.String("db")
	cfg.Confirmations, cfg.PollInterval = c.String("confirmations"), c.Duration("poll-interval")
	cfg.Concurrency, cfg.MaxRange, cfg.RequestTimeout = c.Int("concurrency"), c.Uint64("max-range"), c.Duration("request-timeout")
	cfg.InitialRange = min(cfg.InitialRange, cfg.MaxRange)
	cfg.HTTPAddr, cfg.ExitAtHead, cfg.ProgressInterval = c.String("http"), c.Bool("exit-at-head"), c.Duration("progress-interval")
	return cfg, cfg.Check()
}

func graphqlConfig(c *cli.Context) (graphql.ServerConfig, error) {
	g := graphql.DefaultServerConfig()
	g.MaxDepth, g.MaxComplexity = c.Int("graphql.max-depth"), c.Int("graphql.max-complexity")
	g.MaxBodyBytes, g.Timeout = c.Int64("graphql.max-body"), c.Duration("graphql.timeout")
	g.MaxFields, g.DisableIntrospection, g.AllowedOrigins = c.Int("graphql.max-fields"), !c.Bool("graphql.introspection"), c.StringSlice("graphql.allowed-origins")
	g.MaxWSConnections, g.MaxSubscriptionsPerConn = c.Int("graphql.max-ws-connections"), c.Int("graphql.max-subscriptions")
	if g.MaxDepth < 1 || g.MaxComplexity < 1 || g.MaxBodyBytes < 1 || g.Timeout <= 0 || g.MaxFields < 1 || g.MaxWSConnections < 1 ||
		g.MaxSubscriptionsPerConn < 1 {
		return g, fmt.Errorf("graphql limits must be positive (depth %d, complexity %d, body %d, timeout %s, fields %d, "+
			"WebSocket connections %d, subscriptions %d)", g.MaxDepth, g.MaxComplexity, g.MaxBodyBytes, g.Timeout, g.MaxFields,
			g.MaxWSConnections, g.MaxSubscriptionsPerConn)
	}
	return g, nil
}

func indexerCommand() *cli.Command {
	return &cli.Command{
		Name:  "indexer",
		Usage: "index every Bevan event into SQLite or PostgreSQL and serve it (GraphQL, metrics, health)",
		Description: "Follows the chain from the manifest's start block with eth_getLogs over adaptive ranges, commits each\n" +
			"range with its checkpoint in one transaction, rolls back reorgs, and resumes where it stopped. It follows the\n" +
			"head with WebSocket newHeads when --rpc is ws(s):// or --ws is set, and by polling otherwise.\n\n" +
			"Examples:\n" +
			"  bevan indexer --rpc http://127.0.0.1:8545 --db sqlite://bevan-index.db\n" +
			"  bevan indexer --rpc https://l2.example --ws wss://l2.example --db postgres://bevan@db:5432/bevan --confirmations safe",
		Flags: indexerFlags(),
		Action: cliapp.LifecycleCmd(func(c *cli.Context, closeApp context.CancelCauseFunc) (cliapp.Lifecycle, error) {
			log, err := logger(c)
			if err != nil {
				return nil, err
			}
			gcfg, err := graphqlConfig(c)
			if err != nil {
				return nil, err
			}
			cfg, err := indexerConfig(c)
			if err != nil {
				return nil, err
			}
			s, err := indexer.New(c.Context, cfg, log)
			if err != nil {
				return nil, err
			}
			if cfg.HTTPAddr != "" {
				gcfg.ChainID, gcfg.ConsentRegistry = cfg.Manifest.ChainID, cfg.Manifest.ConsentsAddress() // named in Consent.fhir
				graphql.Attach(s, gcfg)
			}
			return &indexerApp{s: s, closeApp: closeApp}, nil
		}),
	}
}

// indexerApp ends the app when the indexing loop ends by itself (--exit-at-head or a fatal error).
type indexerApp struct {
	s        *indexer.Service
	closeApp context.CancelCauseFunc
}

func (a *indexerApp) Start(ctx context.Context) error {
	if err := a.s.Start(ctx); err != nil {
		return err
	}
	go func() {
		<-a.s.Done()
		if !a.s.Stopped() {
			a.closeApp(a.s.Err())
		}
	}()
	return nil
}

func (a *indexerApp) Stop(ctx context.Context) error { return a.s.Stop(ctx) }
func (a *indexerApp) Stopped() bool                  { return a.s.Stopped() }
