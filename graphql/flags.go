package graphql

import (
	"github.com/urfave/cli/v2"
)

// ServerFlags are the API's limits as command-line flags (graphql.*, env BEVAN_GRAPHQL_*), for every command that
// serves GraphQL (`bevan indexer`, `bevan graphql`).
func ServerFlags() []cli.Flag {
	g := DefaultServerConfig()
	return []cli.Flag{
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

// ReadServerConfig reads ServerFlags.
func ReadServerConfig(c *cli.Context) (ServerConfig, error) {
	g := DefaultServerConfig()
	g.MaxDepth, g.MaxComplexity = c.Int("graphql.max-depth"), c.Int("graphql.max-complexity")
	g.MaxBodyBytes, g.Timeout = c.Int64("graphql.max-body"), c.Duration("graphql.timeout")
	g.MaxFields, g.DisableIntrospection, g.AllowedOrigins = c.Int("graphql.max-fields"), !c.Bool("graphql.introspection"), c.StringSlice("graphql.allowed-origins")
	g.MaxWSConnections, g.MaxSubscriptionsPerConn = c.Int("graphql.max-ws-connections"), c.Int("graphql.max-subscriptions")
	return g, g.Check()
}

// ReplicaFlags are `bevan graphql`'s flags (env BEVAN_GRAPHQL_*).
func ReplicaFlags() []cli.Flag {
	d := DefaultReplicaConfig()
	return append([]cli.Flag{
		&cli.StringFlag{Name: "db", Usage: "the indexer's PostgreSQL database: postgres://user@host:5432/db (?search_path=schema)", EnvVars: []string{"BEVAN_GRAPHQL_DB"}, Required: true},
		&cli.StringFlag{Name: "http", Value: d.HTTPAddr, Usage: "address of the HTTP server (GraphQL and GraphiQL at /, /graphql, /metrics, /healthz)", EnvVars: []string{"BEVAN_GRAPHQL_HTTP"}},
		&cli.DurationFlag{Name: "poll-interval", Value: d.PollInterval, Usage: "how often the change feed is read without a notification (a safety net)", EnvVars: []string{"BEVAN_GRAPHQL_POLL_INTERVAL"}},
		&cli.Uint64Flag{Name: "max-lag-blocks", Value: d.MaxLagBlocks, Usage: "/healthz answers 503 while the subscriptions are further behind the indexer", EnvVars: []string{"BEVAN_GRAPHQL_MAX_LAG_BLOCKS"}},
	}, ServerFlags()...)
}

// ReadCLIConfig reads ReplicaFlags.
func ReadCLIConfig(c *cli.Context) (ReplicaConfig, error) {
	cfg := DefaultReplicaConfig()
	srv, err := ReadServerConfig(c)
	if err != nil {
		return cfg, err
	}
	cfg.DB, cfg.HTTPAddr, cfg.Server = c.String("db"), c.String("http"), srv
	cfg.PollInterval, cfg.MaxLagBlocks = c.Duration("poll-interval"), c.Uint64("max-lag-blocks")
	return cfg, cfg.Check()
}
