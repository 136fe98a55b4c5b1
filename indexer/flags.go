package indexer

import (
	"fmt"

	"github.com/bevan-health/bevan/deployment"
	opservice "github.com/ethereum-optimism/optimism/op-service"
	"github.com/urfave/cli/v2"
)

// EnvVarPrefix prefixes the indexer's environment variables: BEVAN_INDEXER_<FLAG>.
const EnvVarPrefix = "BEVAN_INDEXER"

// The indexer's flag names.
const (
	RPCFlagName              = "rpc"
	WSFlagName               = "ws"
	DeploymentsFlagName      = deployment.DeploymentsFlagName
	ManifestFlagName         = deployment.ManifestFlagName
	DBFlagName               = "db"
	ConfirmationsFlagName    = "confirmations"
	PollIntervalFlagName     = "poll-interval"
	ConcurrencyFlagName      = "concurrency"
	MaxRangeFlagName         = "max-range"
	RequestTimeoutFlagName   = "request-timeout"
	ProgressIntervalFlagName = "progress-interval"
	HTTPFlagName             = "http"
	ExitAtHeadFlagName       = "exit-at-head"
)

// envVars is envPrefix_SUFFIX, then the names the flag had before the prefix convention (still read, so that no
// deployment's environment breaks).
func envVars(envPrefix, suffix string, old ...string) []string {
	return append(opservice.PrefixEnvVar(envPrefix, suffix), old...)
}

// CLIFlags are the indexer's flags, each read from envPrefix_<FLAG> too (EnvVarPrefix for `bevan indexer`).
func CLIFlags(envPrefix string) []cli.Flag {
	d := DefaultConfig()
	return []cli.Flag{
		&cli.StringFlag{Name: RPCFlagName, Value: "http://127.0.0.1:8545", Usage: "L2 JSON-RPC URL (http(s)://, or ws(s):// to follow newHeads too)",
			EnvVars: envVars(envPrefix, "RPC", "BEVAN_RPC")},
		&cli.StringFlag{Name: WSFlagName, Usage: "WebSocket URL of the same node for newHeads when --rpc is http(s):// (default: poll the head)",
			EnvVars: envVars(envPrefix, "WS", "BEVAN_WS_RPC")},
		deployment.DeploymentsFlag(envVars(envPrefix, "DEPLOYMENTS", "BEVAN_DEPLOYMENTS")),
		deployment.ManifestFlag(envVars(envPrefix, "MANIFEST", "BEVAN_MANIFEST")),
		&cli.StringFlag{Name: DBFlagName, Value: "sqlite://bevan-index.db", Usage: "database: sqlite://path or postgres://user@host:5432/db (?search_path=schema)",
			EnvVars: envVars(envPrefix, "DB", "BEVAN_DB")},
		&cli.StringFlag{Name: ConfirmationsFlagName, Value: d.Confirmations, Usage: "head to follow: latest (with reorg handling), safe or finalized",
			EnvVars: envVars(envPrefix, "CONFIRMATIONS", "BEVAN_CONFIRMATIONS")},
		&cli.DurationFlag{Name: PollIntervalFlagName, Value: d.PollInterval, Usage: "head polling interval (5x longer while newHeads works)",
			EnvVars: envVars(envPrefix, "POLL_INTERVAL", "BEVAN_POLL_INTERVAL")},
		&cli.IntFlag{Name: ConcurrencyFlagName, Value: d.Concurrency, Usage: "eth_getLogs ranges fetched ahead in parallel",
			EnvVars: envVars(envPrefix, "CONCURRENCY")},
		&cli.Uint64Flag{Name: MaxRangeFlagName, Value: d.MaxRange, Usage: "largest eth_getLogs block range",
			EnvVars: envVars(envPrefix, "MAX_RANGE")},
		&cli.DurationFlag{Name: RequestTimeoutFlagName, Value: d.RequestTimeout, Usage: "timeout of one RPC request",
			EnvVars: envVars(envPrefix, "REQUEST_TIMEOUT", "BEVAN_RPC_TIMEOUT")},
		&cli.DurationFlag{Name: ProgressIntervalFlagName, Value: d.ProgressInterval, Usage: "how often the progress line (blocks/s, events/s, ETA) is logged while behind; 0: never",
			EnvVars: envVars(envPrefix, "PROGRESS_INTERVAL", "BEVAN_INDEXER_PROGRESS")},
		&cli.StringFlag{Name: HTTPFlagName, Value: "127.0.0.1:8080", Usage: "address of the HTTP server (GraphQL and GraphiQL at /, /graphql, /metrics, /healthz); empty: none",
			EnvVars: envVars(envPrefix, "HTTP", "BEVAN_HTTP")},
		&cli.BoolFlag{Name: ExitAtHeadFlagName, Usage: "exit once caught up with the head (a one-off backfill)",
			EnvVars: envVars(envPrefix, "EXIT_AT_HEAD", "BEVAN_EXIT_AT_HEAD")},
	}
}

// ReadCLIConfig reads the indexer's flags, resolves the deployment manifest (--manifest, or --deployments with the
// chain id asked from --rpc) and checks the result.
func ReadCLIConfig(c *cli.Context) (Config, error) {
	cfg := DefaultConfig()
	cfg.RPC, cfg.WS, cfg.DB = c.String(RPCFlagName), c.String(WSFlagName), c.String(DBFlagName)
	cfg.Confirmations, cfg.PollInterval = c.String(ConfirmationsFlagName), c.Duration(PollIntervalFlagName)
	cfg.Concurrency, cfg.MaxRange = c.Int(ConcurrencyFlagName), c.Uint64(MaxRangeFlagName)
	cfg.RequestTimeout, cfg.ProgressInterval = c.Duration(RequestTimeoutFlagName), c.Duration(ProgressIntervalFlagName)
	cfg.InitialRange = min(cfg.InitialRange, cfg.MaxRange)
	cfg.HTTPAddr, cfg.ExitAtHead = c.String(HTTPFlagName), c.Bool(ExitAtHeadFlagName)
	m, _, err := deployment.Resolve(c.Context, deployment.SourceOf(c), deployment.ChainIDOf(cfg.RPC))
	if err != nil {
		return cfg, err
	}
	cfg.Manifest = m
	if err := cfg.Check(); err != nil {
		return cfg, fmt.Errorf("indexer config: %w", err)
	}
	return cfg, nil
}
