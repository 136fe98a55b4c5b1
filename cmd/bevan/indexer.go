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
	d := indexer.DefaultConfig()
	return append([]cli.Flag{
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
	}, graphql.ServerFlags()...)
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
			gcfg, err := graphql.ReadServerConfig(c)
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
