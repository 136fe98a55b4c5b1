package client

import (
	"context"
	"encoding/json"
)

// StatsCount is a published count: Count is nil when suppressed.
type StatsCount struct {
	Count      *int64 `json:"count"`
	Suppressed bool   `json:"suppressed"`
	Rounded    bool   `json:"rounded"`
}

// StatsCell is one cell of a statistics table.
type StatsCell struct {
	Key   []string   `json:"key"`
	Value StatsCount `json:"value"`
}

// StatsTable is a statistics table with disclosure control applied by the server.
type StatsTable struct {
	Cells []StatsCell `json:"cells"`
	Total StatsCount  `json:"total"`
}

// ConsentStats is consentStats(groupBy, block): dimensions PURPOSE, GRANTEE, STATUS, MONTH.
func (c *Client) ConsentStats(ctx context.Context, groupBy []string, block *uint64) (*StatsTable, error) {
	var out struct {
		ConsentStats StatsTable `json:"consentStats"`
	}
	q := `query($g: [ConsentDimension!]!, $block: BlockInput) { consentStats(groupBy: $g, block: $block) {
		cells { key value { count suppressed rounded } } total { count suppressed rounded } } }`
	if groupBy == nil {
		groupBy = []string{} // the total alone; null is not a list
	}
	if err := c.Query(ctx, q, map[string]any{"g": groupBy, "block": blockVar(block)}, &out); err != nil {
		return nil, err
	}
	return &out.ConsentStats, nil
}

// MeasureReport is a named measure over a period (YYYY, YYYY-Qn, YYYY-MM) as the server renders it: a FHIR R4
// MeasureReport (JSON) with disclosure control applied.
func (c *Client) MeasureReport(ctx context.Context, measure, period string, block *uint64) (json.RawMessage, error) {
	var out struct {
		MeasureReport json.RawMessage `json:"measureReport"`
	}
	q := `query($m: String!, $p: String!, $block: BlockInput) { measureReport(measure: $m, period: $p, block: $block) }`
	if err := c.Query(ctx, q, map[string]any{"m": measure, "p": period, "block": blockVar(block)}, &out); err != nil {
		return nil, err
	}
	return out.MeasureReport, nil
}
