package analytics

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/bevan-health/bevan/disclosure"
	"github.com/bevan-health/bevan/store"
)

// Measure is a named summary: a statistic over a period, stratified by fixed dimensions.
type Measure struct {
	Name        string
	Title       string
	Stat        Statistic
	StratifyBy  []Dimension
	Description string
}

// Measures are the named summaries `bevan analytics report --measure` and GraphQL's measureReport render.
var Measures = []Measure{
	{"consents-by-purpose", "Consents granted, by purpose of use", Consents, []Dimension{Purpose},
		"consents granted in the period (a consent with several purposes counts under each)"},
	{"consents-by-grantee", "Consents granted, by grantee organisation", Consents, []Dimension{Grantee},
		"consents granted in the period, by grantee (ODS code)"},
	{"consents-by-status", "Consents granted, by status", Consents, []Dimension{Status},
		"consents granted in the period, by status at the report's block"},
	{"consents-by-time-to-revocation", "Consents granted, by time from grant to revocation", Consents, []Dimension{TimeToRevocation},
		"consents granted in the period, by time from grant to revocation (NOT_REVOKED as of the report's block)"},
	{"research-consents-by-grantee", "Consents granted, by purpose and grantee", Consents, []Dimension{Purpose, Grantee},
		"consents granted in the period, by purpose and grantee"},
	{"break-glass-by-accessor", "Break-glass accesses, by accessing organisation", EmergencyAccesses, []Dimension{Accessor},
		"emergency (break-glass) accesses recorded in the period"},
	{"anchors-by-custodian", "Records anchored, by custodian", Anchors, []Dimension{Custodian},
		"record versions anchored in the period"},
}

// MeasureNamed returns the measure called name.
func MeasureNamed(name string) (Measure, error) {
	for _, m := range Measures {
		if m.Name == name {
			return m, nil
		}
	}
	names := make([]string, len(Measures))
	for i, m := range Measures {
		names[i] = m.Name
	}
	return Measure{}, fmt.Errorf("%w: unknown measure %q (one of %s)", ErrQuery, name, strings.Join(names, ", "))
}

var periodRE = regexp.MustCompile(`^(\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?$`)

// ParsePeriod parses a reporting period — a year (2026), a quarter (2026-Q4) or a month (2026-11) — into its UTC
// bounds [from, to).
func ParsePeriod(s string) (from, to time.Time, err error) {
	m := periodRE.FindStringSubmatch(s)
	if m == nil {
		return from, to, fmt.Errorf("%w: period %q: want YYYY, YYYY-Qn or YYYY-MM", ErrQuery, s)
	}
	y, _ := strconv.Atoi(m[1])
	switch {
	case m[2] != "":
		q, _ := strconv.Atoi(m[2])
		from = time.Date(y, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC)
		to = from.AddDate(0, 3, 0)
	case m[3] != "":
		mo, _ := strconv.Atoi(m[3])
		from = time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC)
		to = from.AddDate(0, 1, 0)
	default:
		from = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		to = from.AddDate(1, 0, 0)
	}
	return from, to, nil
}

// Report is a measure computed over a period, disclosure control applied.
type Report struct {
	Measure  Measure
	Period   string
	From, To time.Time
	Block    uint64 // the block it was computed as of
	Table    *disclosure.Table
}

// ComputeReport computes measure name over period as of block at (nil: the indexed head), statuses judged at now.
func ComputeReport(ctx context.Context, rd store.Reader, name, period string, at *uint64, now int64) (*Report, error) {
	m, err := MeasureNamed(name)
	if err != nil {
		return nil, err
	}
	from, to, err := ParsePeriod(period)
	if err != nil {
		return nil, err
	}
	tab, err := Run(ctx, rd, Query{Stat: m.Stat, GroupBy: m.StratifyBy, At: at, Now: now, From: from.Unix(), To: to.Unix()})
	if err != nil {
		return nil, err
	}
	r := &Report{Measure: m, Period: period, From: from, To: to, Table: tab}
	if at != nil {
		r.Block = *at
	}
	return r, nil
}

// Measure population code system (R4).
const populationSystem = "http://terminology.hl7.org/CodeSystem/measure-population"

// dataAbsentReason marks a suppressed count: R4's data-absent-reason extension with code "masked".
const dataAbsentReason = "http://hl7.org/fhir/StructureDefinition/data-absent-reason"

// MeasureURI is the canonical a report names its measure by.
func MeasureURI(name string) string { return "urn:bevan:measure:" + name }

// FHIR renders the report as an R4 MeasureReport (status complete, type summary): the total as the group's
// initial population and one stratifier over the measure's dimensions (a stratum per published cell; a stratum
// with components for two dimensions). A suppressed count has no count and a data-absent-reason "masked"
// extension; every count is rounded to the nearest 5.
func (r *Report) FHIR() map[string]any {
	pop := func(c disclosure.Count) map[string]any {
		p := map[string]any{"code": map[string]any{"coding": []any{map[string]any{"system": populationSystem,
			"code": "initial-population", "display": "Initial Population"}}}}
		if c.Suppressed {
			p["extension"] = []any{map[string]any{"url": dataAbsentReason, "valueCode": "masked"}}
		} else {
			p["count"] = c.Value
		}
		return p
	}
	dimCode := func(d Dimension) map[string]any {
		return map[string]any{"coding": []any{map[string]any{"system": "urn:bevan:analytics:dimension", "code": string(d)}},
			"text": strings.ToLower(string(d))}
	}
	var strata []any
	cells := append([]disclosure.PublishedCell(nil), r.Table.Cells...)
	sort.Slice(cells, func(a, b int) bool { return strings.Join(cells[a].Key, "\x00") < strings.Join(cells[b].Key, "\x00") })
	for _, c := range cells {
		s := map[string]any{"population": []any{pop(c.Count)}}
		if len(c.Key) == 1 {
			s["value"] = map[string]any{"text": c.Key[0]}
		} else {
			var comps []any
			for i, d := range r.Measure.StratifyBy {
				comps = append(comps, map[string]any{"code": dimCode(d), "value": map[string]any{"text": c.Key[i]}})
			}
			s["component"] = comps
		}
		strata = append(strata, s)
	}
	strat := map[string]any{}
	if len(r.Measure.StratifyBy) == 1 {
		strat["code"] = []any{dimCode(r.Measure.StratifyBy[0])}
	} else {
		var codes []any
		for _, d := range r.Measure.StratifyBy {
			codes = append(codes, dimCode(d))
		}
		strat["code"] = codes
	}
	if len(strata) > 0 {
		strat["stratum"] = strata
	}
	group := map[string]any{
		"code":       map[string]any{"text": r.Measure.Description},
		"population": []any{pop(r.Table.Total)},
		"stratifier": []any{strat},
	}
	id := r.Measure.Name + "-" + strings.ToLower(r.Period)
	if r.Block != 0 {
		id += "-b" + strconv.FormatUint(r.Block, 10)
	}
	return map[string]any{
		"resourceType": "MeasureReport",
		"id":           id,
		"status":       "complete",
		"type":         "summary",
		"measure":      MeasureURI(r.Measure.Name),
		"period": map[string]any{"start": r.From.Format(time.RFC3339),
			"end": r.To.Add(-time.Second).Format(time.RFC3339)},
		"group": []any{group},
	}
}
