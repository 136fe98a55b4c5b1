package access

import (
	"fmt"
	"io"

	"github.com/bevan-health/bevan/analytics"
)

// WriteReport prints a dataset (a FHIR R4 MeasureReport) as a table: a row per stratum, then the total; a
// suppressed count shows as "suppressed".
func WriteReport(w io.Writer, dataset []byte) error {
	p, err := analytics.ReadPublished(dataset)
	if err != nil {
		return fmt.Errorf("dataset: %w", err)
	}
	fmt.Fprintf(w, "%s, %s to %s\n", p.Measure, p.Start, p.End)
	return p.WriteTable(w)
}
