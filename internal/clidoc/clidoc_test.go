package clidoc_test

import (
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/internal/clidoc"
	"github.com/urfave/cli/v2"
)

func TestMarkdown(t *testing.T) {
	app := &cli.App{
		Name:  "tool",
		Usage: "does things",
		Flags: []cli.Flag{&cli.StringFlag{Name: "log.level", Value: "info", Usage: "lowest level", EnvVars: []string{"TOOL_LOG"}}},
		Commands: []*cli.Command{
			{
				Name:        "serve",
				Usage:       "serve the API",
				Description: "Serves it.\nSee <chainId>.json.\n\nExamples:\n  tool serve --http :80",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "http", Value: "127.0.0.1:80", Usage: "address a|b", EnvVars: []string{"TOOL_HTTP"}},
					&cli.DurationFlag{Name: "timeout", Value: 5 * time.Second, Usage: "how long"},
					&cli.BoolFlag{Name: "json", Usage: "print JSON"},
					&cli.StringFlag{Name: "secret", Hidden: true},
				},
			},
			{Name: "debug", Hidden: true},
			{Name: "db", Usage: "database commands", Subcommands: []*cli.Command{{Name: "migrate", Usage: "migrate it", ArgsUsage: "URL"}}},
		},
	}
	got := clidoc.Markdown(app)
	for _, want := range []string{
		"# `tool` command-line reference",
		"| `--log.level string` | `TOOL_LOG` | `info` | lowest level |",
		"- [`tool serve`](#tool-serve): serve the API",
		"## `tool serve`\n\nServe the API.\n\n```\ntool serve [options]\n```",
		"See \\<chainId\\>.json.",
		"```\ntool serve --http :80\n```",
		"| `--http string` | `TOOL_HTTP` | `127.0.0.1:80` | address a\\|b |",
		"| `--timeout duration` |  | `5s` | how long |",
		"| `--json` |  |  | print JSON |",
		"### `tool db migrate`\n\nMigrate it.\n\n```\ntool db migrate URL\n```",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
	for _, hidden := range []string{"secret", "debug"} {
		if strings.Contains(got, hidden) {
			t.Errorf("hidden %q rendered:\n%s", hidden, got)
		}
	}
	if again := clidoc.Markdown(app); again != got {
		t.Error("two renderings of one app differ")
	}
}
