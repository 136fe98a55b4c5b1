package main

import (
	"time"

	"github.com/bevan-health/bevan/bench/relaybench"
	"github.com/urfave/cli/v2"
)

// benchRelayerCommand is `bevan bench relayer`: register it among the bench subcommands.
func benchRelayerCommand() *cli.Command {
	return &cli.Command{
		Name:  "relayer",
		Usage: "drive a relayer on a fresh devnet, open loop at a fixed rate then closed loop; print acceptance and landing figures and a verdict over every request",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "wallets", Value: 1000, Usage: "wallets (each sends one request per round)"},
			&cli.IntFlag{Name: "rounds", Value: 2, Usage: "requests per wallet, one after the other"},
			&cli.Float64Flag{Name: "rate", Value: 1000, Usage: "open-loop offered rate, requests/s (latency counts from each request's scheduled send time)"},
			&cli.IntFlag{Name: "concurrency", Value: 32, Usage: "connections of the closed-loop run that measures the most accepted (0: skip it)"},
			&cli.IntFlag{Name: "workers", Usage: "relayer submission workers (default: the relayer's)"},
			&cli.StringFlag{Name: "redis-url", Usage: "Redis to use (default: a redis-server child process)", EnvVars: []string{"BEVAN_REDIS_URL"}},
			&cli.StringFlag{Name: "anvil", Usage: "anvil binary", EnvVars: []string{"BEVAN_ANVIL"}},
			&cli.DurationFlag{Name: "block-time", Value: 2 * time.Second, Usage: "devnet block interval, an OP Stack chain's by default (0: anvil's automine, a block per transaction, each recomputing the whole state root)"},
			&cli.DurationFlag{Name: "timeout", Value: 5 * time.Minute, Usage: "how long to wait for every request to land"},
			&cli.BoolFlag{Name: "json", Usage: "print every figure as one JSON object"},
		},
		Action: func(c *cli.Context) error {
			log, err := logger(c)
			if err != nil {
				return err
			}
			rep, err := relaybench.Run(c.Context, relaybench.Options{Wallets: c.Int("wallets"), Rounds: c.Int("rounds"),
				Rate: c.Float64("rate"), Concurrency: c.Int("concurrency"), Workers: c.Int("workers"), RedisURL: c.String("redis-url"),
				AnvilBin: c.String("anvil"), BlockTime: c.Duration("block-time"), Timeout: c.Duration("timeout")}, log)
			if err != nil {
				return err
			}
			err = writeReport(c, rep)
			if err == nil && !rep.OK {
				err = cli.Exit("bench relayer: not every submitted request landed exactly once (see rejected, unanswered, failed, lost, duplicated, nonce gaps)", 1)
			}
			return err
		},
	}
}
