package bench_test

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bench"
	"github.com/bevan-health/bevan/internal/devnettest"
)

// TestGasBenchRuns runs the gas benchmark end to end on a devnet and checks the report is complete and consistent;
// it asserts nothing about the figures against the goals (the benchmark prints those).
func TestGasBenchRuns(t *testing.T) {
	d := devnettest.Devnet(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	r, err := bench.Gas(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"consent grant (patient's first)", "consent revoke", "guardian add", "emergency access",
		"record anchor (single", "record anchor batch (1000 records)", "governor propose", "governor castVote (first vote)",
		"governor castVoteBySig", "governor queue", "governor execute", "membership mint", "ERC-2771 forwarding overhead"}
	for _, w := range want {
		found := false
		for _, row := range r.Rows {
			if strings.HasPrefix(row.Operation, w) {
				found = true
				if row.Gas < 21_000 && !strings.HasPrefix(w, "ERC-2771") {
					t.Errorf("%s: %d gas is below a transaction's base cost", row.Operation, row.Gas)
				}
				if (row.Goal > 0) != (row.Met != nil) {
					t.Errorf("%s: goal and verdict disagree", row.Operation)
				}
				if row.Met != nil && *row.Met != (row.Gas <= row.Goal) {
					t.Errorf("%s: verdict %v for %d against %d", row.Operation, *row.Met, row.Gas, row.Goal)
				}
			}
		}
		if !found {
			t.Errorf("no row for %q", w)
		}
	}
	var js bytes.Buffer
	if err := r.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	var back bench.GasReport
	if err := json.Unmarshal(js.Bytes(), &back); err != nil || len(back.Rows) != len(r.Rows) || back.ChainID != 901 {
		t.Fatalf("JSON round trip: %v (%d rows)", err, len(back.Rows))
	}
	var table bytes.Buffer
	if err := r.WriteTable(&table); err != nil || !strings.Contains(table.String(), "consent revoke") {
		t.Fatalf("table: %v\n%s", err, table.String())
	}
}
