package access

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// measureReport is the part of a FHIR MeasureReport WriteReport shows.
type measureReport struct {
	ID      string `json:"id"`
	Measure string `json:"measure"`
	Period  struct {
		Start string `json:"start"`
		End   string `json:"end"`
	} `json:"period"`
	Group []struct {
		Population []population `json:"population"`
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
				Population []population `json:"population"`
			} `json:"stratum"`
		} `json:"stratifier"`
	} `json:"group"`
}

type population struct {
	Count *int64 `json:"count"`
}

func countText(ps []population) string {
	if len(ps) == 0 || ps[0].Count == nil {
		return "suppressed"
	}
	return fmt.Sprint(*ps[0].Count)
}

// WriteReport prints a dataset (a FHIR R4 MeasureReport) as a table: a row per stratum, then the total; a
// suppressed count shows as "suppressed".
func WriteReport(w io.Writer, dataset []byte) error {
	var r measureReport
	if err := json.Unmarshal(dataset, &r); err != nil || len(r.Group) == 0 {
		return fmt.Errorf("dataset is not a MeasureReport with a group (%v)", err)
	}
	fmt.Fprintf(w, "%s, %s to %s\n", strings.TrimPrefix(r.Measure, "urn:bevan:measure:"), r.Period.Start, r.Period.End)
	fmt.Fprintln(w, "counts of 1–7 are suppressed, with further cells where needed so that none can be worked out; the rest are rounded to the nearest 5")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	g := r.Group[0]
	var head []string
	for _, s := range g.Stratifier {
		for _, c := range s.Code {
			head = append(head, c.Text)
		}
	}
	fmt.Fprintln(tw, strings.Join(head, "\t")+"\tcount")
	for _, s := range g.Stratifier {
		for _, st := range s.Stratum {
			var key []string
			if st.Value != nil {
				key = []string{st.Value.Text}
			}
			for _, c := range st.Component {
				key = append(key, c.Value.Text)
			}
			fmt.Fprintf(tw, "%s\t%s\n", strings.Join(key, "\t"), countText(st.Population))
		}
	}
	fmt.Fprintf(tw, "total%s\t%s\n", strings.Repeat("\t", max(0, len(head)-1)), countText(g.Population))
	return tw.Flush()
}
