// Command bevan runs Bevan: the devnet, deployment, the indexer, the relayer, wallets and benchmarks. This package
// only wires flags to Bevan's packages.
package main

import (
	"fmt"
	"log/slog"
	"os"
	"runtime/pprof"
	"strings"

	"github.com/urfave/cli/v2"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	if err := newApp().Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "bevan:", err)
		os.Exit(1)
	}
}

func newApp() *cli.App {
	profile := &cpuProfile{}
	return &cli.App{
		Name:    "bevan",
		Usage:   "consent, governance and record provenance for joined-up NHS health and social care, on an OP-stack L2",
		Version: version,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "log.level", Value: "info", Usage: "lowest log level: debug, info, warn, error", EnvVars: []string{"BEVAN_LOG_LEVEL"}},
			&cli.StringFlag{Name: "log.format", Value: "text", Usage: "log format: text or json", EnvVars: []string{"BEVAN_LOG_FORMAT"}},
			&cli.PathFlag{Name: "pprof.cpu", Usage: "write a CPU profile of the whole command to this file (go tool pprof reads it)", EnvVars: []string{"BEVAN_PPROF_CPU"}},
		},
		Before: profile.start,
		After:  profile.stop,
		Commands: []*cli.Command{
			devnetCommand(),
			appCommand(),
			deployCommand(),
			benchCommand(),
			indexerCommand(),
			graphqlCommand(),
			relayerCommand(),
			walletCommand(),
			recordCommand(),
			consentCommand(),
			guardianCommand(),
			deviceCommand(),
			emergencyCommand(),
			identityCommand(),
			daoCommand(),
			analyticsCommand(),
			telemetryCommand(),
		},
	}
}

// logger builds the structured logger from the global flags; logs go to stderr, results to stdout.
func logger(c *cli.Context) (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(c.String("log.level"))); err != nil {
		return nil, fmt.Errorf("--log.level: %w", err)
	}
	opts := &slog.HandlerOptions{Level: level}
	switch strings.ToLower(c.String("log.format")) {
	case "text":
		return slog.New(slog.NewTextHandler(os.Stderr, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(os.Stderr, opts)), nil
	default:
		return nil, fmt.Errorf("--log.format %q: want text or json", c.String("log.format"))
	}
}

// cpuProfile is the CPU profile --pprof.cpu asks for: start begins it before the command runs, stop writes it out
// when the command ends.
type cpuProfile struct{ f *os.File }

func (p *cpuProfile) start(c *cli.Context) error {
	path := c.Path("pprof.cpu")
	if path == "" {
		return nil
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("--pprof.cpu: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("--pprof.cpu: %w", err)
	}
	p.f = f
	return nil
}

func (p *cpuProfile) stop(*cli.Context) error {
	if p.f == nil {
		return nil
	}
	pprof.StopCPUProfile()
	if err := p.f.Close(); err != nil {
		return fmt.Errorf("--pprof.cpu: %w", err)
	}
	return nil
}
