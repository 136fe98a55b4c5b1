package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"github.com/bevan-health/bevan/bench/indexbench"
	"github.com/urfave/cli/v2"
)

// benchStatsCommand is `bevan bench stats`.
func benchStatsCommand() *cli.Command {
	return &cli.Command{
		Name:  "stats",
		Usage: "p50/p99 latency of GraphQL consentStats queries (disclosure control included) over ≥1,000,000 indexed consents",
		Description: "Fills a fresh store with consents written through the store's commit path (as the indexer does, the\n" +
			"same consents as `bevan bench graphql`), serves GraphQL on a local port and times each stats query one\n" +
			"request at a time, printing the figures next to the goal (p99 ≤ 100 ms).",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "rows", Value: 1_000_000, Usage: "consents to index"},
			&cli.IntFlag{Name: "patients", Value: 10_000, Usage: "distinct patients"},
			&cli.StringFlag{Name: "db", Usage: "database: sqlite://path or postgres://... (default: a temporary SQLite file); it must be empty"},
			&cli.IntFlag{Name: "requests", Value: 100, Usage: "measured requests per query"},
			&cli.BoolFlag{Name: "json", Usage: "print the figures as one JSON object"},
		},
		Action: func(c *cli.Context) error {
			log, err := logger(c)
			if err != nil {
				return err
			}
			db := c.String("db")
			if db == "" {
				dir, err := os.MkdirTemp("", "bevan-bench-stats-")
				if err != nil {
					return fmt.Errorf("temporary directory: %w", err)
				}
				defer os.RemoveAll(dir)
				db = "sqlite://" + filepath.Join(dir, "bench.db")
			}
			st, err := benchFilledStore(c, log, "bench stats", db)
			if err != nil {
				return err
			}
			defer st.Close()
			cp, _, err := st.Checkpoint(c.Context)
			if err != nil {
				return err
			}
			loadAvg := indexbench.LoadAverage()
			loads, err := indexbench.StatsLatency(c.Context, st, c.Int("requests"), cp.Number/2)
			if err != nil {
				return err
			}
			rep := &indexbench.StatsReport{Store: st.Kind(), Rows: c.Int("rows"), CPUs: runtime.NumCPU(), LoadAverage: loadAvg, Loads: loads}
			return writeReport(c, rep)
		},
	}
}
