package main

import (
	"time"

	"github.com/bevan-health/bevan/relayer/relaybench"
	"github.com/urfave/cli/v2"
)

// benchRelayerCommand is `bevan bench relayer`: register it among the bench subcommands.
func benchRelayerCommand() *cli.Command {
	return &cli.Command{
		Name:  "relayer",
		Usage: "drive a relayer on a fresh devnet with N concurrent wallets; print acceptance and landing figures",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "wallets", Value: 1000, Usage: "concurrent wallets (each has one request in flight)"},
			&cli.IntFlag{Name: "rounds", Value: 2, Usage: "requests per wallet, one after the other"},
			&cli.IntFlag{Name: "concurrency", Value: 32, Usage: "HTTP connections submitting at once"},
			&cli.IntFlag{Name: "workers", Usage: "relayer submission workers (default: the relayer's)"},
			&cli.StringFlag{Name: "redis-url", Usage: "Redis to use (default: a redis-server child process)", EnvVars: []string{"BEVAN_REDIS_URL"}},
			&cli.StringFlag{Name: "anvil", Usage: "anvil binary", EnvVars: []string{"BEVAN_ANVIL"}},
			&cli.DurationFlag{Name: "block-time", Usage: "devnet block interval (0: a block per transaction)"},
			&cli.DurationFlag{Name: "timeout", Value: 5 * time.Minute, Usage: "how long to wait for every request to land"},
			&cli.BoolFlag{Name: "json", Usage: "print every figure as one JSON object"},
		},
		Action: func(c *cli.Context) error {
			log, err := logger(c)
			if err != nil {
				return err
			}
			rep, err := relaybench.Run(c.Context, relaybench.Options{Wallets: c.Int("wallets"), Rounds: c.Int("rounds"),
				Concurrency: c.Int("concurrency"), Workers: c.Int("workers"), RedisURL: c.String("redis-url"),
				AnvilBin: c.String("anvil"), BlockTime: c.Duration("block-time"), Timeout: c.Duration("timeout")}, log)
			if err != nil {
				return err
			}
			if c.Bool("json") {
				return rep.WriteJSON(c.App.Writer)
			}
			return rep.WriteTable(c.App.Writer)
		},
	}
}
