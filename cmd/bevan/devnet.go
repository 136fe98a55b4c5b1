package main

import (
	"context"
	"fmt"
	"time"

	"github.com/bevan-health/bevan/demo"
	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/relayer"
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
		&cli.StringFlag{Name: "state", Usage: "directory that keeps the chain between runs (anvil state dump/load)", EnvVars: []string{"BEVAN_DEVNET_STATE"}},
		&cli.StringFlag{Name: "deployments", Value: d.ManifestDir, Usage: "directory of the deployment manifests", EnvVars: []string{"BEVAN_DEPLOYMENTS"}},
		&cli.StringFlag{Name: "config", Usage: "deployment config file (default: the embedded devnet config)", EnvVars: []string{"BEVAN_DEPLOY_CONFIG"}},
		&cli.StringFlag{Name: "redis-url", Usage: "Redis for the relayer (default: start a redis-server child process)", EnvVars: []string{"BEVAN_REDIS_URL"}},
		&cli.StringFlag{Name: "relayer.http", Value: "127.0.0.1:8547", Usage: "address of the relayer's API", EnvVars: []string{"BEVAN_DEVNET_RELAYER_HTTP"}},
		&cli.BoolFlag{Name: "no-relayer", Usage: "run the chain without the relayer", EnvVars: []string{"BEVAN_DEVNET_NO_RELAYER"}},
		&cli.BoolFlag{Name: "demo", Usage: "once up, play the scripted discharge story through the relayer, then stay up", EnvVars: []string{"BEVAN_DEVNET_DEMO"}},
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

func devnetCommand() *cli.Command {
	return &cli.Command{
		Name:  "devnet",
		Usage: "run a local OP-stack chain (anvil --optimism) with the Bevan suite deployed",
		Description: "Starts anvil with chain id 901, deploys every contract deterministically, funds the development\n" +
			"keys (the relayer's included), writes deployments/<chainId>.json and prints the RPC URL, the contracts and\n" +
			"the keys. Ctrl-C stops everything; --state DIR keeps the chain for the next run.",
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
			app := &devnetApp{closeApp: closeApp, out: c.App.Writer, demo: c.Bool("demo")}
			if app.demo && c.Bool("no-relayer") {
				return nil, fmt.Errorf("--demo needs the relayer: drop --no-relayer")
			}
			var factories []devnet.ServiceFactory
			if !c.Bool("no-relayer") {
				factories = append(factories, func(ctx context.Context, d *devnet.Devnet) (devnet.Service, error) {
					s, err := relayer.NewDevnetFactory(relayer.DevnetOptions{RedisURL: c.String("redis-url"), HTTPAddr: c.String("relayer.http"), Log: log})(ctx, d)
					if err != nil {
						return nil, err
					}
					rs := s.(*relayer.DevnetService)
					app.relayerURL = rs.URL
					app.extra = append(app.extra, func() string {
						return "relayer    " + rs.URL() + "  (signer " + rs.Address().Hex() + ", Redis " + rs.RedisURL() + ")"
					})
					return s, nil
				})
			}
			d, err := devnet.New(cfg, log, factories...)
			if err != nil {
				return nil, err
			}
			app.d = d
			return app, nil
		}),
	}
}

// devnetApp prints the summary once the devnet is up and stops the app if anvil dies.
type devnetApp struct {
	d          *devnet.Devnet
	extra      []func() string // lines the services add to the summary, once started
	demo       bool
	relayerURL func() string
	closeApp   context.CancelCauseFunc
	out        interface{ Write([]byte) (int, error) }
}

func (a *devnetApp) Start(ctx context.Context) error {
	start := time.Now()
	if err := a.d.Start(ctx); err != nil {
		return err
	}
	var lines []string
	for _, line := range a.extra {
		lines = append(lines, line())
	}
	lines = append(lines, fmt.Sprintf("started in %s; Ctrl-C stops it", time.Since(start).Round(time.Millisecond)))
	fmt.Fprint(a.out, a.d.Summary(lines...))
	if a.demo {
		r, err := demo.New(a.d.Client, a.d.Manifest, a.relayerURL(), a.out)
		if err != nil {
			return err
		}
		fmt.Fprintln(a.out, "\nDemo: a patient is discharged from hospital to social care at home")
		if _, err := r.Run(ctx); err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		fmt.Fprintln(a.out, "\nDemo done. The devnet stays up for you to explore; Ctrl-C stops it.")
	}
	go func() {
		<-a.d.AnvilDone()
		if !a.d.Stopped() {
			a.closeApp(fmt.Errorf("anvil exited: %v", a.d.AnvilErr()))
		}
	}()
	return nil
}

func (a *devnetApp) Stop(ctx context.Context) error { return a.d.Stop(ctx) }
func (a *devnetApp) Stopped() bool                  { return a.d.Stopped() }
