package main

import (
	"context"

	"github.com/bevan-health/bevan/relayer"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/urfave/cli/v2"
)

func relayerCommand() *cli.Command {
	return &cli.Command{
		Name:  "relayer",
		Usage: "run the gas-sponsoring relayer (HTTP JSON API; Redis-backed; submits through op-service txmgr)",
		Description: "Takes EIP-712 forward requests and Governor ballots signed by wallets, checks them (domain, signature,\n" +
			"nonce, deadline, allowlist, role, gas, simulation, quotas), stores them in Redis, and submits them from its\n" +
			"own key. See docs/relayer.md. Replicas share one Redis, each with its own key. Every flag is also read from\n" +
			relayer.EnvVarPrefix + "_<FLAG> (upper case, dashes and dots as underscores).",
		Flags: relayer.CLIFlags(relayer.EnvVarPrefix),
		Action: cliapp.LifecycleCmd(func(c *cli.Context, _ context.CancelCauseFunc) (cliapp.Lifecycle, error) {
			log, err := logger(c)
			if err != nil {
				return nil, err
			}
			cfg, err := relayer.ReadCLIConfig(c, log)
			if err != nil {
				return nil, err
			}
			return relayer.New(c.Context, cfg, log)
		}),
	}
}
