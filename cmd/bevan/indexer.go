package main

import (
	"context"

	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/indexer"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/urfave/cli/v2"
)

func indexerFlags() []cli.Flag {
	return append(indexer.CLIFlags(indexer.EnvVarPrefix), graphql.ServerFlags()...)
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
			cfg, err := indexer.ReadCLIConfig(c)
			if err != nil {
				return nil, err
			}
			s, err := indexer.New(c.Context, cfg, log)
			if err != nil {
				return nil, err
			}
			if cfg.HTTPAddr != "" {
				graphql.Attach(s, gcfg) // chain id and ConsentRegistry (named in Consent.fhir) from the manifest
			}
			return indexer.Lifecycle(s, closeApp), nil
		}),
	}
}
