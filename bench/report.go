package bench

import (
	"encoding/json"
	"io"
)

// WriteJSON prints a benchmark report as one indented JSON object (`bevan bench … --json`).
func WriteJSON(w io.Writer, report any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(report)
}
