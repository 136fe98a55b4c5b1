package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/bevan-health/bevan/bench"
	"github.com/bevan-health/bevan/devnet"
	"github.com/urfave/cli/v2"
)

func benchCommand() *cli.Command {
	return &cli.Command{
		Name:  "bench",
		Usage: "benchmarks that print measured figures next to Bevan's goals",
		Subcommands: []*cli.Command{
			{
				Name:  "gas",
				Usage: "whole-transaction gas of every user operation, from real receipts on a fresh devnet",
				Flags: benchDevnetFlags(),
				Action: func(c *cli.Context) error {
					log, err := logger(c)
					if err != nil {
						return err
					}
					d, stop, err := benchDevnet(c, log, "bevan-bench-")
					if err != nil {
						return err
					}
					defer stop()
					report, err := bench.Gas(c.Context, d)
					if err != nil {
						return err
					}
					if c.Bool("json") {
						return report.WriteJSON(c.App.Writer)
					}
					if err := report.WriteTable(c.App.Writer); err != nil {
						return err
					}
					fmt.Fprintf(c.App.Writer, "\n%d of %d goals missed\n", report.Missed(), countGoals(report))
					return nil
				},
			},
			benchRelayerCommand(),
			benchIndexerCommand(),
			benchGraphQLCommand(),
			benchStatsCommand(),
			benchTelemetryCommand(),
		},
	}
}

func countGoals(r *bench.GasReport) int {
	n := 0
	for _, row := range r.Rows {
		if row.Goal > 0 {
			n++
		}
	}
	return n
}

// benchReport is what a bench prints: a table for people, or with --json one JSON object.
type benchReport interface {
	WriteJSON(io.Writer) error
	WriteTable(io.Writer) error
}

// writeReport prints r as --json asks.
func writeReport(c *cli.Context, r benchReport) error {
	if c.Bool("json") {
		return r.WriteJSON(c.App.Writer)
	}
	return r.WriteTable(c.App.Writer)
}

// benchDevnetFlags are the flags of a bench that runs its own devnet (see benchDevnet), and --json.
func benchDevnetFlags() []cli.Flag {
	return []cli.Flag{
		&cli.BoolFlag{Name: "json", Usage: "print the figures as one JSON object"},
		&cli.StringFlag{Name: "anvil", Usage: "anvil binary", EnvVars: []string{"BEVAN_ANVIL"}},
		&cli.IntFlag{Name: "port", Usage: "port for the bench's own devnet (default: a free port)"},
	}
}

// benchDevnet starts a bench's own devnet (--anvil; --port, or a port anvil picks) with its deployment manifest in a new
// temporary directory named after pattern; stop stops the devnet and removes the directory.
func benchDevnet(c *cli.Context, log *slog.Logger, pattern string) (d *devnet.Devnet, stop func(), err error) {
	dir, err := os.MkdirTemp("", pattern)
	if err != nil {
		return nil, nil, fmt.Errorf("temporary directory: %w", err)
	}
	cfg := devnet.DefaultConfig()
	cfg.AnvilBin, cfg.Port, cfg.ManifestDir = c.String("anvil"), c.Int("port"), dir // port 0: one anvil picks
	if d, err = devnet.New(cfg, log); err != nil {
		os.RemoveAll(dir)
		return nil, nil, err
	}
	stop = func() {
		d.Stop(c.Context)
		os.RemoveAll(dir)
	}
	if err := d.Start(c.Context); err != nil {
		stop()
		return nil, nil, err
	}
	return d, stop, nil
}
