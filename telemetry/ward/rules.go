// Package ward is the virtual ward's alerting: threshold rules over patients' device readings (SpO2, heart rate,
// blood pressure, …), evaluated as each batch arrives at the gateway, and the alerts they raise. An alert says which
// device, which patient's wallet, which rule and when — never the reading's value, which stays in the gateway's
// store with the reading.
package ward

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"regexp"
	"slices"

	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/vocab"
)

// Op is a rule's comparison of a reading's value with the rule's threshold.
type Op string

// The comparisons.
const (
	Below   Op = "<"
	AtMost  Op = "<="
	Above   Op = ">"
	AtLeast Op = ">="
)

// Rule raises an alert when a reading of Code compares with Value (in the code's UCUM unit) as Op says: SpO2 < 92.
type Rule struct {
	// Name identifies the rule in alerts: lower-case letters, digits and hyphens, starting with a letter (1-32).
	Name string `json:"name"`
	// Code is the LOINC code the rule watches (one the gateway takes).
	Code string `json:"code"`
	Op   Op     `json:"op"`
	// Value is the threshold in the code's UCUM unit (92 for SpO2 92 %), at most three decimals.
	Value float64 `json:"value"`
}

var nameRe = regexp.MustCompile(`^[a-z][a-z0-9-]{0,31}$`)

// milli is the rule's threshold in thousandths of the unit, as readings carry values.
func (r *Rule) milli() int64 { return int64(math.Round(r.Value * 1000)) }

// Check refuses a rule with a bad name, an unknown code, an unknown comparison, or a threshold no working device
// could report on the far side of.
func (r *Rule) Check() error {
	if !nameRe.MatchString(r.Name) {
		return fmt.Errorf("rule name %q: want 1-32 lower-case letters, digits or hyphens, starting with a letter", r.Name)
	}
	m, ok := telemetry.MeasureOf(r.Code)
	if !ok {
		return fmt.Errorf("rule %s: LOINC %q is not a code the gateway takes", r.Name, r.Code)
	}
	switch r.Op {
	case Below, AtMost, Above, AtLeast:
	default:
		return fmt.Errorf("rule %s: op %q: want <, <=, > or >=", r.Name, r.Op)
	}
	if math.IsNaN(r.Value) || math.IsInf(r.Value, 0) || math.Abs(r.Value) > 1e12 || math.Abs(r.Value*1000-math.Round(r.Value*1000)) > 1e-6 {
		return fmt.Errorf("rule %s: value %v: want a finite number with at most three decimals", r.Name, r.Value)
	}
	if v := r.milli(); v < m.Min || v > m.Max {
		return fmt.Errorf("rule %s: value %v %s is outside what a device reports (%s..%s)", r.Name, r.Value, m.Unit,
			telemetry.FormatMilli(m.Min), telemetry.FormatMilli(m.Max))
	}
	return nil
}

// Breached reports whether the reading breaks the rule (a reading of another code never does).
func (r *Rule) Breached(rd *telemetry.Reading) bool {
	if rd.Code != r.Code {
		return false
	}
	v, t := rd.ValueMilli, r.milli()
	switch r.Op {
	case Below:
		return v < t
	case AtMost:
		return v <= t
	case Above:
		return v > t
	case AtLeast:
		return v >= t
	}
	return false
}

// String is the rule as people read it: "spo2-low: 59408-5 < 92 %".
func (r Rule) String() string {
	unit := ""
	if m, ok := telemetry.MeasureOf(r.Code); ok {
		unit = " " + m.Unit
	}
	return fmt.Sprintf("%s: %s %s %s%s", r.Name, r.Code, r.Op, telemetry.FormatMilli(r.milli()), unit)
}

// Default are the rules a deployment starts with: NEWS2's single-parameter red triggers (Royal College of Physicians,
// National Early Warning Score 2, 2017 — a score of 3 in one parameter asks for an urgent clinical review) for what
// virtual-ward devices measure: SpO2 ≤ 91 % (scale 1; below 92 %), pulse ≤ 40 or ≥ 131 /min, systolic ≤ 90 or
// ≥ 220 mmHg, temperature ≤ 35.0 °C, respiratory rate ≤ 8 or ≥ 25 /min.
func Default() []Rule {
	return []Rule{
		{Name: "spo2-low", Code: telemetry.CodeSpO2, Op: Below, Value: 92},
		{Name: "pulse-low", Code: telemetry.CodeHeartRate, Op: AtMost, Value: 40},
		{Name: "pulse-high", Code: telemetry.CodeHeartRate, Op: AtLeast, Value: 131},
		{Name: "systolic-low", Code: telemetry.CodeSystolicBP, Op: AtMost, Value: 90},
		{Name: "systolic-high", Code: telemetry.CodeSystolicBP, Op: AtLeast, Value: 220},
		{Name: "temperature-low", Code: telemetry.CodeBodyTemperature, Op: AtMost, Value: 35},
		{Name: "respiration-low", Code: telemetry.CodeRespiratoryRate, Op: AtMost, Value: 8},
		{Name: "respiration-high", Code: telemetry.CodeRespiratoryRate, Op: AtLeast, Value: 25},
	}
}

// Rules are a deployment's rules: Default for every ward, and per ward (the site's ODS code a patient's device is
// registered at) a list that replaces them.
type Rules struct {
	Default []Rule            `json:"default"`
	Sites   map[string][]Rule `json:"sites,omitempty"`
}

// DefaultRules are Default for every ward.
func DefaultRules() *Rules { return &Rules{Default: Default()} }

// For is the rules of a ward (site ODS code).
func (rs *Rules) For(site string) []Rule {
	if r, ok := rs.Sites[site]; ok {
		return r
	}
	return rs.Default
}

// Check refuses a rule set with a bad rule, a rule name used twice in one list, or a bad ODS code.
func (rs *Rules) Check() error {
	var errs []error
	check := func(where string, list []Rule) {
		seen := map[string]bool{}
		for i := range list {
			if err := list[i].Check(); err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", where, err))
			}
			if seen[list[i].Name] {
				errs = append(errs, fmt.Errorf("%s: rule %s twice", where, list[i].Name))
			}
			seen[list[i].Name] = true
		}
	}
	check("default", rs.Default)
	sites := make([]string, 0, len(rs.Sites))
	for s := range rs.Sites {
		sites = append(sites, s)
	}
	slices.Sort(sites)
	for _, s := range sites {
		if _, err := vocab.ODSCode(s); err != nil {
			errs = append(errs, fmt.Errorf("site %q: %w", s, err))
		}
		check("site "+s, rs.Sites[s])
	}
	return errors.Join(errs...)
}

// Load reads a rule set from a JSON file ({"default": [...], "sites": {"RJ1": [...]}}; unknown fields refused) and
// checks it.
func Load(path string) (*Rules, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("ward rules: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var rs Rules
	if err := dec.Decode(&rs); err != nil {
		return nil, fmt.Errorf("ward rules %s: %w", path, err)
	}
	if err := rs.Check(); err != nil {
		return nil, fmt.Errorf("ward rules %s: %w", path, err)
	}
	return &rs, nil
}
