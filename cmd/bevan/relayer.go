package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/bevan-health/bevan/relayer"
	"github.com/bevan-health/bevan/relayer/admission"
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
		Flags:       relayer.CLIFlags(relayer.EnvVarPrefix),
		Subcommands: []*cli.Command{appKeyCommand()},
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

func appKeyCommand() *cli.Command {
	return &cli.Command{
		Name:  "app-key",
		Usage: "make a new app key: prints the key (give it to the app's server) and its entry for the --app-keys file",
		Description: "The relayer keeps only the key's SHA-256 (the entry's keySha256). The key is shown once, on standard\n" +
			"output; it is not stored anywhere: the app sends it as X-Bevan-App-Key from its server (a reverse proxy).",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "name", Required: true, Usage: "the app's name in the relayer's logs and errors (no spaces or colons)"},
			&cli.Int64Flag{Name: "requests-per-minute", Value: 600, Usage: "the app's requests per minute (0: no limit)"},
			&cli.Int64Flag{Name: "gas-per-day", Value: 200_000_000, Usage: "the app's gas per UTC day, calldata floor and L1 fee included (0: no limit)"},
			&cli.Int64Flag{Name: "budget-gwei-per-day", Value: 100_000_000, Usage: "the app's budget per UTC day in gwei (0: no limit)"},
		},
		Action: func(c *cli.Context) error {
			key, err := admission.NewKey()
			if err != nil {
				return err
			}
			app := admission.App{Name: c.String("name"), KeySHA256: admission.HashKey(key), Limits: admission.Limits{
				RequestsPerMinute: c.Int64("requests-per-minute"), GasPerDay: c.Int64("gas-per-day"), BudgetGweiPerDay: c.Int64("budget-gwei-per-day")}}
			cfg := admission.Config{Apps: []admission.App{app}}
			if err := cfg.Check(); err != nil {
				return err
			}
			entry, err := json.Marshal(app)
			if err != nil {
				return err
			}
			fmt.Fprintf(c.App.Writer, "key   %s\nentry %s\n", key, entry)
			return nil
		},
	}
}
