package main

import (
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"time"

	"github.com/bevan-health/bevan/bench/indexbench"
	"github.com/bevan-health/bevan/store"
	"github.com/urfave/cli/v2"
)

// benchIndexerCommand is `bevan bench indexer`.
func benchIndexerCommand() *cli.Command {
	return &cli.Command{
		Name:  "indexer",
		Usage: "backfill ≥200,000 events into SQLite and PostgreSQL; events/s, blocks/s, peak RSS next to the raw eth_getLogs limit",
		Description: "Starts a devnet, installs a log emitter (anvil_setCode) named as the ConsentRegistry in a bench manifest,\n" +
			"mines blocks of consent grants, each emitting what a real grant emits (Transfer, Locked, ConsentGranted),\n" +
			"measures eth_getLogs + decoding alone, then runs the real `bevan indexer --exit-at-head` into a fresh\n" +
			"SQLite file and a fresh PostgreSQL schema. Events are logs: events/s counts all three kinds, consents/s the grants.",
		Flags: append([]cli.Flag{
			&cli.IntFlag{Name: "events", Value: 200_000, Usage: "logs to generate, rounded up to whole grants (3 logs each)"},
			&cli.IntFlag{Name: "per-block", Value: 500, Usage: "logs per block, rounded down to whole grants (at least one)"},
			&cli.StringFlag{Name: "postgres", Value: "postgres://postgres@127.0.0.1:5432/test?sslmode=disable", Usage: "PostgreSQL server (a scratch schema is created and dropped); empty: skip", EnvVars: []string{"BEVAN_BENCH_POSTGRES"}},
			&cli.IntFlag{Name: "concurrency", Value: 4, Usage: "indexer fetch-ahead and raw requests in flight"},
		}, benchDevnetFlags()...),
		Action: func(c *cli.Context) error {
			log, err := logger(c)
			if err != nil {
				return err
			}
			bin, err := os.Executable()
			if err != nil {
				return err
			}
			d, stop, err := benchDevnet(c, log, "bevan-bench-indexer-")
			if err != nil {
				return err
			}
			defer stop()
			start := time.Now()
			grants := (c.Int("events") + indexbench.LogsPerGrant - 1) / indexbench.LogsPerGrant
			perBlock := max(1, c.Int("per-block")/indexbench.LogsPerGrant)
			ch, err := indexbench.Generate(c.Context, d, grants, perBlock)
			if err != nil {
				return err
			}
			rep := &indexbench.IndexerReport{Events: ch.Logs, Grants: ch.Grants, Blocks: ch.To - ch.From + 1,
				PerBlock: perBlock * indexbench.LogsPerGrant, GenSecond: time.Since(start).Seconds()}
			log.Info("bench chain ready", "events", ch.Logs, "grants", ch.Grants, "blocks", rep.Blocks)
			n := c.Int("concurrency")
			if rep.Raw, err = indexbench.Raw(c.Context, ch, 10, n); err != nil {
				return err
			}
			extra := []string{"--concurrency", fmt.Sprint(n)}
			run, err := indexbench.Backfill(c.Context, ch, bin, "bevan indexer → SQLite", "sqlite://"+filepath.Join(filepath.Dir(d.ManifestPath), "bench.db"), extra...)
			if err != nil {
				return err
			}
			rep.Stores = append(rep.Stores, run)
			if base := c.String("postgres"); base != "" {
				url, drop, err := indexbench.PostgresSchema(c.Context, base)
				if err != nil {
					return err
				}
				defer drop()
				run, err := indexbench.Backfill(c.Context, ch, bin, "bevan indexer → PostgreSQL", url, extra...)
				if err != nil {
					return err
				}
				rep.Stores = append(rep.Stores, run)
			}
			return writeReport(c, rep)
		},
	}
}

// benchGraphQLCommand is `bevan bench graphql`.
func benchGraphQLCommand() *cli.Command {
	return &cli.Command{
		Name:  "graphql",
		Usage: "p50/p99 latency and throughput of a key lookup and a filtered 100-row page over ≥1,000,000 indexed consents, SQLite and PostgreSQL",
		Description: "Fills a fresh SQLite file and a fresh PostgreSQL schema with consents written through the store's commit path\n" +
			"(as the indexer does), serves GraphQL over each on a local port and loads it with concurrent clients.",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "rows", Value: 1_000_000, Usage: "consents to index"},
			&cli.IntFlag{Name: "patients", Value: 10_000, Usage: "distinct patients (rows/patients consents each)"},
			&cli.StringFlag{Name: "postgres", Value: "postgres://postgres@127.0.0.1:5432/test?sslmode=disable", Usage: "PostgreSQL server (a scratch schema is created and dropped); empty: SQLite only", EnvVars: []string{"BEVAN_BENCH_POSTGRES"}},
			&cli.StringFlag{Name: "db", Usage: "one database instead of both: sqlite://path or postgres://... (it must be empty)"},
			&cli.IntFlag{Name: "concurrency", Value: 16, Usage: "concurrent clients"},
			&cli.DurationFlag{Name: "duration", Value: 10 * time.Second, Usage: "load time per query"},
			&cli.BoolFlag{Name: "json", Usage: "print the figures as one JSON object"},
		},
		Action: func(c *cli.Context) error {
			log, err := logger(c)
			if err != nil {
				return err
			}
			var dbs []string
			if db := c.String("db"); db != "" {
				dbs = append(dbs, db)
			} else {
				dir, err := os.MkdirTemp("", "bevan-bench-graphql-")
				if err != nil {
					return fmt.Errorf("temporary directory: %w", err)
				}
				defer os.RemoveAll(dir)
				dbs = append(dbs, "sqlite://"+filepath.Join(dir, "bench.db"))
				if base := c.String("postgres"); base != "" {
					url, drop, err := indexbench.PostgresSchema(c.Context, base)
					if err != nil {
						return err
					}
					defer drop()
					dbs = append(dbs, url)
				}
			}
			rep := &indexbench.GraphQLReport{Rows: c.Int("rows"), LoadSeconds: c.Duration("duration").Seconds(),
				Concurrency: c.Int("concurrency"), CPUs: runtime.NumCPU(), LoadAverage: indexbench.LoadAverage()}
			for _, db := range dbs {
				run, err := benchGraphQLStore(c, log, db)
				if err != nil {
					return err
				}
				rep.Stores = append(rep.Stores, run)
			}
			return writeReport(c, rep)
		},
	}
}

// benchFilledStore opens the database db, which must be empty, and fills it with --rows consents of --patients
// patients through the store's commit path (as the indexer writes). bench names the benchmark in its errors.
func benchFilledStore(c *cli.Context, log *slog.Logger, bench, db string) (store.Store, error) {
	st, err := store.Open(c.Context, db)
	if err != nil {
		return nil, err
	}
	if _, ok, err := st.Checkpoint(c.Context); err != nil || ok {
		st.Close()
		return nil, fmt.Errorf("%s needs an empty database (%v)", bench, err)
	}
	start := time.Now()
	if err := indexbench.Populate(c.Context, st, c.Int("rows"), c.Int("patients")); err != nil {
		st.Close()
		return nil, err
	}
	log.Info("store filled", "store", st.Kind(), "consents", c.Int("rows"), "took", time.Since(start).Round(time.Millisecond))
	// Write the filled database out before measuring: the kernel flushing it during the load made the figures
	// swing by a factor of two between runs.
	syscall.Sync()
	return st, nil
}

// benchGraphQLStore fills the (empty) database db and loads GraphQL over it.
func benchGraphQLStore(c *cli.Context, log *slog.Logger, db string) (indexbench.GraphQLStore, error) {
	st, err := benchFilledStore(c, log, "bench graphql", db)
	if err != nil {
		return indexbench.GraphQLStore{}, err
	}
	defer st.Close()
	run := indexbench.GraphQLStore{Store: st.Kind(), LoadAverage: indexbench.LoadAverage()}
	run.Loads, err = indexbench.LoadTest(c.Context, st, c.Int("rows"), c.Int("patients"), c.Int("concurrency"), c.Duration("duration"))
	return run, err
}
