package main

import (
	"context"

	"github.com/bevan-health/bevan/graphql"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/urfave/cli/v2"
)

// graphqlCommand is `bevan graphql`: a stateless GraphQL read replica.
func graphqlCommand() *cli.Command {
	return &cli.Command{
		Name:  "graphql",
		Usage: "serve the GraphQL API from the PostgreSQL database one `bevan indexer` writes (a stateless read replica)",
		Description: "Serves queries, time travel, subscriptions, /metrics and /healthz from the indexer's PostgreSQL database\n" +
			"without indexing anything; run as many side by side (behind a load balancer) as the load needs. Subscriptions\n" +
			"follow the indexer's change feed (LISTEN/NOTIFY sent in each commit and reorg rollback): a client on any replica\n" +
			"sees every change once, in order. /healthz reports the replica's lag behind the indexer (docs/graphql-scaling.md).\n\n" +
			"Example:\n" +
			"  bevan graphql --db postgres://bevan@db:5432/bevan --http 0.0.0.0:8081",
		Flags: graphql.ReplicaFlags(),
		Action: cliapp.LifecycleCmd(func(c *cli.Context, _ context.CancelCauseFunc) (cliapp.Lifecycle, error) {
			log, err := logger(c)
			if err != nil {
				return nil, err
			}
			cfg, err := graphql.ReadCLIConfig(c)
			if err != nil {
				return nil, err
			}
			return graphql.NewService(c.Context, cfg, log)
		}),
	}
}
