package graphql

import (
	"context"
	"errors"
	"strings"

	"github.com/bevan-health/bevan/analytics"
	"github.com/bevan-health/bevan/disclosure"
	"github.com/bevan-health/bevan/store"
)

// stats answers a statistics query with package analytics (disclosure control applied there).
func (r *Resolver) stats(ctx context.Context, stat analytics.Statistic, groupBy []string, block *BlockInput) (*StatsTable, error) {
	q, err := r.statsQuery(ctx, stat, groupBy, block)
	if err != nil {
		return nil, err
	}
	tab, err := r.statsCache.Run(ctx, q)
	if err != nil {
		return nil, analyticsError(err)
	}
	out := &StatsTable{Cells: make([]*StatsCell, len(tab.Cells)), Total: statsCount(tab.Total)}
	for i, c := range tab.Cells {
		out.Cells[i] = &StatsCell{Key: c.Key, Value: statsCount(c.Count)}
	}
	return out, nil
}

// statsQuery is the analytics query of a statistics field: its groupBy, as of its block.
func (r *Resolver) statsQuery(ctx context.Context, stat analytics.Statistic, groupBy []string, block *BlockInput) (analytics.Query, error) {
	at, now, err := r.asOf(ctx, block)
	if err != nil {
		return analytics.Query{}, err
	}
	dims := make([]analytics.Dimension, len(groupBy))
	for i, d := range groupBy {
		dims[i] = analytics.Dimension(d)
	}
	return analytics.Query{Stat: stat, GroupBy: dims, At: at, Now: now}, nil
}

// revocationRates answers revocationRates from the published consent tables (analytics.RevocationRates).
func (r *Resolver) revocationRates(ctx context.Context, groupBy []string, block *BlockInput) (*RateTable, error) {
	q, err := r.statsQuery(ctx, analytics.Consents, groupBy, block)
	if err != nil {
		return nil, err
	}
	rates, err := analytics.RevocationRates(ctx, r.statsCache, q)
	if err != nil {
		return nil, analyticsError(err)
	}
	rate := func(x analytics.Rate) *RevocationRate {
		return &RevocationRate{Granted: statsCount(x.Granted), Revoked: statsCount(x.Revoked), Rate: x.Rate}
	}
	out := &RateTable{Cells: make([]*RateCell, len(rates.Cells)), Total: rate(rates.Total)}
	for i, c := range rates.Cells {
		out.Cells[i] = &RateCell{Key: c.Key, Value: rate(c.Rate)}
	}
	return out, nil
}

func (r *Resolver) measureReport(ctx context.Context, measure, period string, block *BlockInput) (map[string]any, error) {
	at, now, err := r.asOf(ctx, block)
	if err != nil {
		return nil, err
	}
	rep, err := analytics.ComputeReport(ctx, r.st, measure, period, at, now)
	if err != nil {
		return nil, analyticsError(err)
	}
	return rep.FHIR(), nil
}

func analyticsError(err error) error {
	switch {
	case errors.Is(err, analytics.ErrQuery):
		return userError("%s", strings.TrimPrefix(err.Error(), analytics.ErrQuery.Error()+": "))
	case errors.Is(err, store.ErrBadQuery):
		return userError("%s", strings.TrimPrefix(err.Error(), store.ErrBadQuery.Error()+": "))
	case errors.Is(err, disclosure.ErrTable):
		return userError("%s", err.Error())
	}
	return err
}

func statsCount(c disclosure.Count) *StatsCount {
	out := &StatsCount{Suppressed: c.Suppressed, Rounded: c.Rounded}
	if !c.Suppressed {
		v := c.Value
		out.Count = &v
	}
	return out
}

func dimNames[T ~string](ds []T) []string {
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = string(d)
	}
	return out
}
