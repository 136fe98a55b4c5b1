package main

import (
	"github.com/bevan-health/bevan/bench/telebench"
	"github.com/urfave/cli/v2"
)

// benchTelemetryCommand is `bevan bench telemetry`.
func benchTelemetryCommand() *cli.Command {
	d := telebench.DefaultOptions()
	return &cli.Command{
		Name:  "telemetry",
		Usage: "drive a telemetry gateway on a fresh devnet with a signed fridge fleet; print readings/s and gas per reading next to the goals",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "devices", Value: d.Devices, Usage: "simulated fridges"},
			&cli.IntFlag{Name: "batches", Value: d.Batches, Usage: "batches per fridge"},
			&cli.IntFlag{Name: "readings", Value: d.Readings, Usage: "readings per batch"},
			&cli.IntFlag{Name: "concurrency", Value: d.Concurrency, Usage: "connections sending batches"},
			&cli.StringFlag{Name: "redis-url", Usage: "Redis to use (default: the devnet relayer's redis-server)", EnvVars: []string{"BEVAN_REDIS_URL"}},
			&cli.StringFlag{Name: "anvil", Usage: "anvil binary", EnvVars: []string{"BEVAN_ANVIL"}},
			&cli.BoolFlag{Name: "json", Usage: "print every figure as one JSON object"},
		},
		Action: func(c *cli.Context) error {
			log, err := logger(c)
			if err != nil {
				return err
			}
			rep, err := telebench.Run(c.Context, telebench.Options{Devices: c.Int("devices"), Batches: c.Int("batches"),
				Readings: c.Int("readings"), Concurrency: c.Int("concurrency"), RedisURL: c.String("redis-url"),
				AnvilBin: c.String("anvil")}, log)
			if err != nil {
				return err
			}
			err = writeReport(c, rep)
			if err == nil && !rep.OK {
				err = cli.Exit("bench telemetry: not every batch was kept and anchored, or the proof failed", 1)
			}
			return err
		},
	}
}
