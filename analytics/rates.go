package analytics

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/bevan-health/bevan/disclosure"
	"github.com/bevan-health/bevan/store"
)

// Runner answers a statistics query with disclosure control applied (a Cache is one).
type Runner interface {
	Run(ctx context.Context, q Query) (*disclosure.Table, error)
}

// Rate is a revocation rate: the consents granted and the consents of them revoked, as published, and
// revoked/granted when both are published and some were granted (nil otherwise).
type Rate struct {
	Granted, Revoked disclosure.Count
	Rate             *float64
}

// RateCell is a rate for one combination of the groupBy dimensions' values.
type RateCell struct {
	Key  []string
	Rate Rate
}

// RateTable is a rate per combination that has any consent granted, and the rate over all consents (each consent
// counted once, whatever its purposes).
type RateTable struct {
	Cells []RateCell
	Total Rate
}

// RevocationRates answers q (consents; STATUS and TIME_TO_REVOCATION cannot be in its groupBy) as revocation
// rates, from published figures only: the granted counts are the consent table grouped by q.GroupBy, the revoked
// counts that table's REVOKED cells with STATUS added, the total's figures the total and the REVOKED cell of the
// table grouped by STATUS alone (each consent counted once, whatever its purposes) — the same tables consentStats publishes, so a rate discloses nothing they do not. A cell's
// revoked count is 0 when its REVOKED cell is absent (none revoked).
func RevocationRates(ctx context.Context, run Runner, q Query) (*RateTable, error) {
	if q.Stat != Consents {
		return nil, fmt.Errorf("%w: revocation rates are of consents", ErrQuery)
	}
	if slices.Contains(q.GroupBy, Status) || slices.Contains(q.GroupBy, TimeToRevocation) {
		return nil, fmt.Errorf("%w: a revocation rate cannot be grouped by %s or %s", ErrQuery, Status, TimeToRevocation)
	}
	if err := validate(q); err != nil {
		return nil, err
	}
	table := func(groupBy ...Dimension) (*disclosure.Table, error) {
		q2 := q
		q2.GroupBy = groupBy
		return run.Run(ctx, q2)
	}
	granted, err := table(q.GroupBy...)
	if err != nil {
		return nil, err
	}
	byStatus, err := table(append(slices.Clone(q.GroupBy), Status)...)
	if err != nil {
		return nil, err
	}
	total, err := table(Status)
	if err != nil {
		return nil, err
	}
	out := &RateTable{Cells: make([]RateCell, len(granted.Cells)), Total: rate(total.Total, revokedCell(total, nil))}
	for i, c := range granted.Cells {
		out.Cells[i] = RateCell{Key: c.Key, Rate: rate(c.Count, revokedCell(byStatus, c.Key))}
	}
	return out, nil
}

// revokedCell is the count of t's cell keyed key + REVOKED; a published 0 when t has no such cell.
func revokedCell(t *disclosure.Table, key []string) disclosure.Count {
	want := strings.Join(append(slices.Clone(key), store.StatusNameRevoked), "\x00")
	for _, c := range t.Cells {
		if strings.Join(c.Key, "\x00") == want {
			return c.Count
		}
	}
	return disclosure.Count{}
}

func rate(granted, revoked disclosure.Count) Rate {
	r := Rate{Granted: granted, Revoked: revoked}
	if !granted.Suppressed && !revoked.Suppressed && granted.Value > 0 {
		v := float64(revoked.Value) / float64(granted.Value)
		r.Rate = &v
	}
	return r
}
