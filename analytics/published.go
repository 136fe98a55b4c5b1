package analytics

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// SuppressionNote says, above a table of published counts, what disclosure control did to them.
const SuppressionNote = "counts of 1–7 are suppressed, with further cells where needed so that none can be worked out; the rest are rounded to the nearest 5"

// Published is what a MeasureReport (as Report.FHIR renders it) publishes, read back for printing: its measure
// (the name, without MeasureURI's prefix), period, the stratifier's dimensions, a row per stratum (its key, then its
// count or "suppressed") and the total.
type Published struct {
	Measure, Start, End string
	Head                []string
	Rows                [][]string
	Total               string
}

type publishedPopulation struct {
	Count *int64 `json:"count"`
}

func (ps publishedCounts) text() string {
	if len(ps) == 0 || ps[0].Count == nil {
		return "suppressed"
	}
	return fmt.Sprint(*ps[0].Count)
}

type publishedCounts []publishedPopulation

// ReadPublished reads a MeasureReport's JSON; it refuses one without a group.
func ReadPublished(raw []byte) (*Published, error) {
	var r struct {
		Measure string `json:"measure"`
		Period  struct {
			Start string `json:"start"`
			End   string `json:"end"`
		} `json:"period"`
		Group []struct {
			Population publishedCounts `json:"population"`
			Stratifier []struct {
				Code []struct {
					Text string `json:"text"`
				} `json:"code"`
				Stratum []struct {
					Value *struct {
						Text string `json:"text"`
					} `json:"value"`
					Component []struct {
						Value struct {
							Text string `json:"text"`
						} `json:"value"`
					} `json:"component"`
					Population publishedCounts `json:"population"`
				} `json:"stratum"`
			} `json:"stratifier"`
		} `json:"group"`
	}
	if err := json.Unmarshal(raw, &r); err != nil || len(r.Group) == 0 {
		return nil, fmt.Errorf("not a MeasureReport with a group (%v)", err)
	}
	g := r.Group[0]
	p := &Published{Measure: strings.TrimPrefix(r.Measure, MeasureURI("")), Start: r.Period.Start, End: r.Period.End,
		Total: g.Population.text()}
	for _, s := range g.Stratifier {
		for _, c := range s.Code {
			p.Head = append(p.Head, c.Text)
		}
		for _, st := range s.Stratum {
			var row []string
			if st.Value != nil {
				row = []string{st.Value.Text}
			}
			for _, c := range st.Component {
				row = append(row, c.Value.Text)
			}
			p.Rows = append(p.Rows, append(row, st.Population.text()))
		}
	}
	return p, nil
}

// WriteTable prints SuppressionNote and the table: a header of the dimensions, a row per stratum, then the total.
func (p *Published) WriteTable(w io.Writer) error {
	if _, err := fmt.Fprintln(w, SuppressionNote); err != nil {
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(p.Head, "\t")+"\tcount")
	for _, row := range p.Rows {
		fmt.Fprintln(tw, strings.Join(row, "\t"))
	}
	fmt.Fprintf(tw, "total%s\t%s\n", strings.Repeat("\t", max(0, len(p.Head)-1)), p.Total)
	return tw.Flush()
}
