package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/webapp"
	"github.com/ethereum-optimism/optimism/op-service/cliapp"
	"github.com/urfave/cli/v2"
)

// appCommand is `bevan app`: the web app, with GraphQL and the relayer proxied at its origin.
func appCommand() *cli.Command {
	return &cli.Command{
		Name:  "app",
		Usage: "serve the web app for patients, care organisations, custodians and DAO members (GraphQL and the relayer proxied)",
		Description: "Serves the embedded web app at /app/ and, at the same origin, the GraphQL API at /graphql (HTTP and\n" +
			"WebSocket, proxied to --graphql) and the relayer's /v1/ API under /relay/ (proxied to --relayer, with the app's\n" +
			"relayer key from --app-key-file added server-side: no key reaches the browser). The browser talks only to this\n" +
			"server (docs/webapp.md).\n\n" +
			"Example:\n" +
			"  bevan app --graphql http://127.0.0.1:8080/graphql --relayer http://127.0.0.1:8547 --manifest deployments/901.json",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "http", Value: "127.0.0.1:8090", Usage: "address to serve the app on", EnvVars: []string{"BEVAN_APP_HTTP"}},
			&cli.StringFlag{Name: "graphql", Usage: "GraphQL endpoint (bevan indexer or bevan graphql), e.g. http://127.0.0.1:8080/graphql", Required: true, EnvVars: []string{"BEVAN_APP_GRAPHQL"}},
			&cli.StringFlag{Name: "relayer", Usage: "relayer base URL, e.g. http://127.0.0.1:8547", Required: true, EnvVars: []string{"BEVAN_APP_RELAYER"}},
			&cli.StringFlag{Name: "rpc", Usage: "chain JSON-RPC URL for the care organisation's on-chain check (ConsentRegistry.isPermitted at /app/api/permitted); without it the app shows only the indexed answer", EnvVars: []string{"BEVAN_APP_RPC"}},
			&cli.StringFlag{Name: "manifest", Usage: "deployment manifest (deployments/<chainId>.json): the chain and contracts the app signs for", Required: true, EnvVars: []string{"BEVAN_MANIFEST"}},
			&cli.StringFlag{Name: "app-key-file", Usage: "file holding the app's relayer API key, sent as X-Bevan-App-Key (never to the browser)", EnvVars: []string{"BEVAN_APP_KEY_FILE"}},
			&cli.StringFlag{Name: "organisations", Usage: "JSON file naming member organisations by ODS code, {\"RJ1\": \"St Elsewhere NHS Trust\", ...}", EnvVars: []string{"BEVAN_APP_ORGANISATIONS"}},
			&cli.DurationFlag{Name: "deadline", Value: 30 * time.Minute, Usage: "how far ahead the app sets a request's deadline (within the relayer's --max-deadline)", EnvVars: []string{"BEVAN_APP_DEADLINE"}},
		},
		Action: cliapp.LifecycleCmd(func(c *cli.Context, _ context.CancelCauseFunc) (cliapp.Lifecycle, error) {
			log, err := logger(c)
			if err != nil {
				return nil, err
			}
			cfg, err := appConfig(c)
			if err != nil {
				return nil, err
			}
			return webapp.NewServer(cfg, log)
		}),
	}
}

func appConfig(c *cli.Context) (webapp.ServerConfig, error) {
	var cfg webapp.ServerConfig
	m, err := deployment.Load(c.String("manifest"))
	if err != nil {
		return cfg, fmt.Errorf("--manifest: %w", err)
	}
	if err := m.Validate(); err != nil {
		return cfg, fmt.Errorf("--manifest: %w", err)
	}
	cfg.HTTPAddr, cfg.App = c.String("http"), webapp.ConfigFromManifest(m)
	if d := c.Duration("deadline"); d < time.Minute {
		return cfg, fmt.Errorf("--deadline %s: want at least 1m", d)
	} else {
		cfg.App.DeadlineSeconds = uint64(d / time.Second)
	}
	if cfg.GraphQL, err = url.Parse(c.String("graphql")); err != nil {
		return cfg, fmt.Errorf("--graphql: %w", err)
	}
	if cfg.Relayer, err = url.Parse(c.String("relayer")); err != nil {
		return cfg, fmt.Errorf("--relayer: %w", err)
	}
	if r := c.String("rpc"); r != "" {
		if cfg.RPC, err = url.Parse(r); err != nil {
			return cfg, fmt.Errorf("--rpc: %w", err)
		}
	}
	if p := c.String("app-key-file"); p != "" {
		b, err := os.ReadFile(p)
		if err != nil {
			return cfg, fmt.Errorf("--app-key-file: %w", err)
		}
		if cfg.AppKey = strings.TrimSpace(string(b)); cfg.AppKey == "" {
			return cfg, fmt.Errorf("--app-key-file %s is empty", p)
		}
	}
	if p := c.String("organisations"); p != "" {
		b, err := os.ReadFile(p)
		if err != nil {
			return cfg, fmt.Errorf("--organisations: %w", err)
		}
		if err := json.Unmarshal(b, &cfg.App.Organisations); err != nil {
			return cfg, fmt.Errorf("--organisations %s: want a JSON object of ODS code to name: %w", p, err)
		}
	}
	return cfg, nil
}
