package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/bevan-health/bevan/demo"
	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/devnet/stack"
	"github.com/bevan-health/bevan/internal/dburl"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/urfave/cli/v2"
)

func devnetFlags() []cli.Flag {
	d := devnet.DefaultConfig()
	return []cli.Flag{
		&cli.StringFlag{Name: "anvil", Usage: "anvil binary (default: the npm install under node_modules, then PATH)", EnvVars: []string{"BEVAN_ANVIL"}},
		&cli.StringFlag{Name: "host", Value: d.Host, Usage: "address the chain's RPC listens on", EnvVars: []string{"BEVAN_DEVNET_HOST"}},
		&cli.IntFlag{Name: "port", Value: d.Port, Usage: "port of the chain's RPC", EnvVars: []string{"BEVAN_DEVNET_PORT"}},
		&cli.Uint64Flag{Name: "chain-id", Value: d.ChainID, Usage: "chain id", EnvVars: []string{"BEVAN_DEVNET_CHAIN_ID"}},
		&cli.DurationFlag{Name: "block-time", Usage: "interval between blocks (0: a block per transaction)", EnvVars: []string{"BEVAN_DEVNET_BLOCK_TIME"}},
		&cli.StringFlag{Name: "state", Usage: "directory that keeps the chain between runs (anvil state dump/load), and the index", EnvVars: []string{"BEVAN_DEVNET_STATE"}},
		&cli.StringFlag{Name: "deployments", Value: d.ManifestDir, Usage: "directory of the deployment manifests", EnvVars: []string{"BEVAN_DEPLOYMENTS"}},
		&cli.StringFlag{Name: "config", Usage: "deployment config file (default: the embedded devnet config)", EnvVars: []string{"BEVAN_DEPLOY_CONFIG"}},
		&cli.StringFlag{Name: "redis-url", Usage: "Redis for the relayer (default: start a redis-server child process)", EnvVars: []string{"BEVAN_REDIS_URL"}},
		&cli.StringFlag{Name: "relayer.http", Value: stack.RelayerAddr, Usage: "address of the relayer's API", EnvVars: []string{"BEVAN_DEVNET_RELAYER_HTTP"}},
		&cli.BoolFlag{Name: "no-relayer", Usage: "run the chain without the relayer", EnvVars: []string{"BEVAN_DEVNET_NO_RELAYER"}},
		&cli.StringFlag{Name: "indexer.http", Value: stack.IndexerAddr, Usage: "address of the indexer's HTTP server: GraphQL at /graphql, GraphiQL at /, /metrics, /healthz", EnvVars: []string{"BEVAN_DEVNET_INDEXER_HTTP"}},
		&cli.StringFlag{Name: "indexer.db", Usage: "index database, sqlite://path or postgres://... (default: SQLite in the --state directory, else a temporary file)", EnvVars: []string{"BEVAN_DEVNET_INDEXER_DB"}},
		&cli.BoolFlag{Name: "no-indexer", Usage: "run without the indexer and its GraphQL server", EnvVars: []string{"BEVAN_DEVNET_NO_INDEXER"}},
		&cli.IntFlag{Name: "demo.population", Usage: "with --demo, then play a seeded synthetic population of this many patients (3 of them granting HRESCH to the trial sponsor) and print its statistics with disclosure control; make demo uses 200"},
		&cli.BoolFlag{Name: "demo", Usage: "once up, play the scripted discharge story through the relayer, print GraphQL queries that show it, then stay up", EnvVars: []string{"BEVAN_DEVNET_DEMO"}},
	}
}

func devnetConfig(c *cli.Context) (devnet.Config, error) {
	cfg := devnet.Config{
		AnvilBin:    c.String("anvil"),
		Host:        c.String("host"),
		Port:        c.Int("port"),
		ChainID:     c.Uint64("chain-id"),
		BlockTime:   c.Duration("block-time"),
		StateDir:    c.String("state"),
		ManifestDir: c.String("deployments"),
	}
	if path := c.String("config"); path != "" {
		dc, err := deployment.LoadConfig(path)
		if err != nil {
			return cfg, err
		}
		cfg.Deployment = dc
	}
	return cfg, cfg.Check()
}

// devnetOptions are the services `bevan devnet` runs next to the chain.
type devnetOptions struct {
	relayer     bool
	relayerHTTP string
	redisURL    string
	indexer     bool
	indexerHTTP string
	indexerDB   string // empty: SQLite in the state directory, else in a temporary one
	demo        bool
	population  int
}

func devnetOptionsFrom(c *cli.Context) (devnetOptions, error) {
	o := devnetOptions{relayer: !c.Bool("no-relayer"), relayerHTTP: c.String("relayer.http"), redisURL: c.String("redis-url"),
		indexer: !c.Bool("no-indexer"), indexerHTTP: c.String("indexer.http"), indexerDB: c.String("indexer.db"), demo: c.Bool("demo"),
		population: c.Int("demo.population")}
	var errs []error
	if o.demo && !o.relayer {
		errs = append(errs, errors.New("--demo needs the relayer: drop --no-relayer"))
	}
	if o.demo && !o.indexer {
		errs = append(errs, errors.New("--demo needs the indexer (it shows the story through GraphQL): drop --no-indexer"))
	}
	if o.indexer {
		if err := checkIndexDB(o.indexerDB); err != nil {
			errs = append(errs, err)
		}
		if o.indexerHTTP == "" {
			errs = append(errs, errors.New("--indexer.http is empty: give an address (127.0.0.1:0 picks a free port), or --no-indexer"))
		}
	}
	if o.relayer && o.indexer && o.relayerHTTP == o.indexerHTTP && !strings.HasSuffix(o.indexerHTTP, ":0") {
		errs = append(errs, fmt.Errorf("--relayer.http and --indexer.http are both %s: give them different ports", o.indexerHTTP))
	}
	return o, errors.Join(errs...)
}

// checkIndexDB accepts what the store opens (dburl's reading): empty (the devnet's default), sqlite://path,
// sqlite:path, a bare path, or a postgres:// URL.
func checkIndexDB(db string) error {
	if db == "" {
		return nil
	}
	_, _, err := dburl.Parse(db, "--indexer.db")
	return err
}

func devnetCommand() *cli.Command {
	return &cli.Command{
		Name:  "devnet",
		Usage: "run a local OP-stack chain (anvil --optimism) with the Bevan suite deployed, the relayer and the indexer",
		Description: "Starts anvil with chain id 901, deploys every contract deterministically, funds the development\n" +
			"keys (the relayer's included), writes deployments/<chainId>.json, starts the relayer and the indexer with its\n" +
			"GraphQL server (GraphiQL in a browser), and prints the URLs, the contracts and the keys. Ctrl-C stops\n" +
			"everything; --state DIR keeps the chain and the index for the next run. --demo plays a scripted story and\n" +
			"prints GraphQL queries that show it.",
		Flags: devnetFlags(),
		Action: cliapp.LifecycleCmd(func(c *cli.Context, closeApp context.CancelCauseFunc) (cliapp.Lifecycle, error) {
			log, err := logger(c)
			if err != nil {
				return nil, err
			}
			cfg, err := devnetConfig(c)
			if err != nil {
				return nil, err
			}
			opts, err := devnetOptionsFrom(c)
			if err != nil {
				return nil, err
			}
			var so stack.Options
			if opts.relayer {
				so.Relayer = &stack.RelayerOptions{RedisURL: opts.redisURL, HTTPAddr: opts.relayerHTTP}
			}
			if opts.indexer {
				so.Indexer = &stack.IndexerOptions{HTTPAddr: opts.indexerHTTP, DB: opts.indexerDB}
			}
			s, err := stack.New(cfg, log, so)
			if err != nil {
				return nil, err
			}
			return &devnetApp{s: s, closeApp: closeApp, out: c.App.Writer, opts: opts, log: log}, nil
		}),
	}
}

// devnetApp prints the summary once the devnet is up, plays the demo, and stops the app if anvil or the indexer
// dies.
type devnetApp struct {
	s        *stack.Stack
	opts     devnetOptions
	log      *slog.Logger
	closeApp context.CancelCauseFunc
	out      io.Writer
}

func (a *devnetApp) Start(ctx context.Context) error {
	start := time.Now()
	if err := a.checkPorts(); err != nil {
		return err
	}
	if err := a.start(ctx, start); err != nil {
		// LifecycleCmd does not call Stop after a failed Start: stop what did start (anvil, redis-server, ...).
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
		if serr := a.Stop(sctx); serr != nil {
			a.log.Warn("stop after a failed start", "err", serr)
		}
		return err
	}
	return nil
}

func (a *devnetApp) start(ctx context.Context, start time.Time) error {
	if err := a.s.Start(ctx); err != nil {
		return err
	}
	go func() {
		<-a.s.AnvilDone()
		if !a.s.Stopped() {
			a.closeApp(fmt.Errorf("anvil exited: %v", a.s.AnvilErr()))
		}
	}()
	var lines []string
	if r := a.s.Relayer; r != nil {
		lines = append(lines, "relayer    "+r.URL()+"  (signer "+r.Address().Hex()+", Redis "+r.RedisURL()+")")
	}
	if ix := a.s.Indexer; ix != nil {
		go func() {
			<-ix.Done()
			if !ix.Stopped() {
				a.closeApp(fmt.Errorf("indexer stopped: %v", ix.Err()))
			}
		}()
		lines = append(lines, "graphql    "+ix.GraphQLURL()+"  (GraphiQL at "+a.graphqlBase()+"/)",
			"web app    "+a.graphqlBase()+"/app/  (patients, DAO members; development roles on its Wallet page)",
			"index      "+stack.RedactDB(ix.DB()))
	}
	lines = append(lines, fmt.Sprintf("started in %s; Ctrl-C stops it", time.Since(start).Round(time.Millisecond)))
	fmt.Fprint(a.out, a.s.Summary(lines...))
	if !a.opts.demo {
		return nil
	}
	var opts demo.Options
	if dir := a.s.Config().StateDir; dir != "" { // the hospital's custodian store stays with the kept chain
		opts.CustodianDir = filepath.Join(dir, "custodian-RJ1")
	}
	tel, err := a.demoTelemetry()
	if err != nil {
		return err
	}
	opts.Telemetry = tel
	r, err := demo.NewWith(a.s.Client, a.s.Manifest, a.s.Relayer.URL(), a.out, opts)
	if err != nil {
		return err
	}
	defer r.Close()
	fmt.Fprintln(a.out, "\nDemo: a patient is discharged from hospital to social care at home")
	if _, err := r.Run(ctx); err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	if err := r.Explore(ctx, a.graphqlBase()); err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	if n := a.opts.population; n > 0 {
		if _, err := r.Populate(ctx, 2026, n, min(3, n)); err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		fmt.Fprintln(a.out, "\nPopulation statistics (docs/analytics.md): exactly 3 patients granted HRESCH to the trial sponsor (4 with the story's revoked one); no figure shows it.")
		if err := r.AnalyticsReport(ctx, a.graphqlBase()); err != nil {
			return fmt.Errorf("demo: %w", err)
		}
	}
	if _, err := r.DataAccess(ctx, a.s.Indexer.AnalyticsURL()); err != nil { // docs/analytics.md, DAO-approved data access
		return fmt.Errorf("demo: %w", err)
	}
	fmt.Fprintf(a.out, "\nDemo done. The devnet stays up for you to explore; Ctrl-C stops it.\nOpen the web app in a browser: %s/app/ (choose a development role on its Wallet page: the patient sees the story's consents, a member can vote).\n", a.graphqlBase())
	return nil
}

// demoTelemetry is where the demo's cold chain keeps its telemetry gateway's readings and the proof it prints: next
// to a kept chain's state, else in a new temporary directory that outlives the devnet (the printed command reads it).
func (a *devnetApp) demoTelemetry() (*demo.TelemetryOptions, error) {
	o := &demo.TelemetryOptions{RPCURL: a.s.RPCURL(), ManifestPath: a.s.ManifestPath, RedisURL: a.s.Relayer.RedisURL(),
		Deployments: a.s.Config().ManifestDir}
	if dir := a.s.Config().StateDir; dir != "" {
		o.Dir = filepath.Join(dir, "telemetry")
		return o, nil
	}
	dir, err := os.MkdirTemp("", "bevan-demo-telemetry-")
	if err != nil {
		return nil, fmt.Errorf("demo telemetry directory: %w", err)
	}
	o.Dir = dir
	return o, nil
}

// checkPorts refuses, before anything starts, HTTP addresses that another process holds.
func (a *devnetApp) checkPorts() error {
	var errs []error
	if a.opts.relayer {
		errs = append(errs, checkAddrFree(a.opts.relayerHTTP, "relayer", "--relayer.http", "--no-relayer"))
	}
	if a.opts.indexer {
		errs = append(errs, checkAddrFree(a.opts.indexerHTTP, "indexer/GraphQL", "--indexer.http", "--no-indexer"))
	}
	return errors.Join(errs...)
}

// checkAddrFree returns a clear error when addr cannot be listened on (a port 0 is always free).
func checkAddrFree(addr, what, flag, off string) error {
	if _, port, err := net.SplitHostPort(addr); err != nil {
		return fmt.Errorf("%s %q: want host:port: %w", flag, addr, err)
	} else if port == "0" {
		return nil
	}
	l, err := net.Listen("tcp", addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return fmt.Errorf("%s address %s is already in use (another devnet?): choose another with %s, or %s: %w", what, addr, flag, off, err)
	}
	if err != nil {
		return fmt.Errorf("%s cannot listen on %s (%s): %w", what, addr, flag, err)
	}
	return l.Close()
}

// Stop stops the services (indexer, which removes a temporary index, then relayer), then anvil.
func (a *devnetApp) Stop(ctx context.Context) error { return a.s.Stop(ctx) }

func (a *devnetApp) Stopped() bool { return a.s.Stopped() }

// graphqlBase is the indexer's HTTP server as a URL (an unspecified host shown as 127.0.0.1).
func (a *devnetApp) graphqlBase() string { return "http://" + stack.Dialable(a.s.Indexer.Addr()) }
