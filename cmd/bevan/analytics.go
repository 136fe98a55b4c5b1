package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/bevan-health/bevan/analytics"
	"github.com/urfave/cli/v2"
)

// analyticsCommand is `bevan analytics`: population statistics with NHS disclosure control (docs/analytics.md).
func analyticsCommand() *cli.Command {
	var names []string
	for _, m := range analytics.Measures {
		names = append(names, m.Name)
	}
	return &cli.Command{
		Name:  "analytics",
		Usage: "population statistics from the index, NHS disclosure control applied (counts of 1–7 suppressed, others rounded to 5); DAO-approved datasets",
		Subcommands: append([]*cli.Command{
			{
				Name:  "report",
				Usage: "a named measure over a period, as a table or a FHIR R4 MeasureReport (from the GraphQL API)",
				Flags: []cli.Flag{
					graphqlFlag(),
					&cli.StringFlag{Name: "measure", Required: true, Usage: "the measure: " + strings.Join(names, ", ")},
					&cli.StringFlag{Name: "period", Required: true, Usage: "the period: a year (2026), a quarter (2026-Q4) or a month (2026-11)"},
					&cli.BoolFlag{Name: "fhir", Usage: "print the FHIR R4 MeasureReport (JSON)"},
				},
				Action: analyticsReport,
			},
		}, analyticsAccessCommands(names)...),
	}
}

func analyticsReport(c *cli.Context) error {
	m, err := analytics.MeasureNamed(c.String("measure"))
	if err != nil {
		return err
	}
	if _, _, err := analytics.ParsePeriod(c.String("period")); err != nil {
		return err
	}
	e, err := openIndex(c, "analytics report")
	if err != nil {
		return err
	}
	raw, err := e.gql.MeasureReport(c.Context, m.Name, c.String("period"), e.at())
	if err != nil {
		return e.fail("analytics report", err)
	}
	if c.Bool("fhir") {
		var v any
		if err := json.Unmarshal(raw, &v); err != nil {
			return fmt.Errorf("measure report: %w", err)
		}
		out, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(c.App.Writer, string(out))
		return err
	}
	return writeMeasureTable(c, m, c.String("period"), e.block, raw)
}

func writeMeasureTable(c *cli.Context, m analytics.Measure, period string, block uint64, raw []byte) error {
	p, err := analytics.ReadPublished(raw)
	if err != nil {
		return fmt.Errorf("measure report: %w", err)
	}
	fmt.Fprintf(c.App.Writer, "%s — %s, %s, as of block %d\n", m.Name, m.Title, period, block)
	return p.WriteTable(c.App.Writer)
}
