package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

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

// measureJSON is the part of a MeasureReport the table shows.
type measureJSON struct {
	Group []struct {
		Population []populationJSON `json:"population"`
		Stratifier []struct {
			Stratum []struct {
				Value *struct {
					Text string `json:"text"`
				} `json:"value"`
				Component []struct {
					Value struct {
						Text string `json:"text"`
					} `json:"value"`
				} `json:"component"`
				Population []populationJSON `json:"population"`
			} `json:"stratum"`
		} `json:"stratifier"`
	} `json:"group"`
}

type populationJSON struct {
	Count *int64 `json:"count"`
}

func countText(ps []populationJSON) string {
	if len(ps) == 0 || ps[0].Count == nil {
		return "suppressed"
	}
	return fmt.Sprint(*ps[0].Count)
}

func writeMeasureTable(c *cli.Context, m analytics.Measure, period string, block uint64, raw []byte) error {
	var r measureJSON
	if err := json.Unmarshal(raw, &r); err != nil || len(r.Group) == 0 {
		return fmt.Errorf("measure report: unexpected shape (%v)", err)
	}
	w := c.App.Writer
	fmt.Fprintf(w, "%s — %s, %s, as of block %d\n", m.Name, m.Title, period, block)
	fmt.Fprintln(w, "counts of 1–7 are suppressed, with further cells where needed so that none can be worked out; the rest are rounded to the nearest 5")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	var head []string
	for _, d := range m.StratifyBy {
		head = append(head, strings.ToLower(string(d)))
	}
	fmt.Fprintln(tw, strings.Join(head, "\t")+"\tcount")
	g := r.Group[0]
	for _, s := range g.Stratifier {
		for _, st := range s.Stratum {
			var key []string
			if st.Value != nil {
				key = []string{st.Value.Text}
			}
			for _, comp := range st.Component {
				key = append(key, comp.Value.Text)
			}
			fmt.Fprintf(tw, "%s\t%s\n", strings.Join(key, "\t"), countText(st.Population))
		}
	}
	fmt.Fprintf(tw, "total%s\t%s\n", strings.Repeat("\t", max(0, len(head)-1)), countText(g.Population))
	return tw.Flush()
}
