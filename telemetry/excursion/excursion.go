// Package excursion finds cold-chain excursions in a cold store's temperature readings (when the temperature left
// the site's range, how long for, its lowest and highest) and renders them, and the readings, as FHIR R4 resources
// a pharmacy system takes: an Observation per reading (LOINC, UCUM) and a DetectedIssue per excursion naming the
// vaccine lots held in the fridge.
package excursion

import (
	"fmt"
	"time"

	"github.com/bevan-health/bevan/telemetry"
	"github.com/ethereum/go-ethereum/common"
)

// Range is a site's allowed temperature range, in thousandths of a degree Celsius (inclusive).
type Range struct{ MinMilli, MaxMilli int64 }

// VaccineFridge is the default range: 2–8 °C (the Green Book's vaccine storage range).
var VaccineFridge = Range{MinMilli: 2000, MaxMilli: 8000}

// Check refuses a range that is empty or outside what a cold-store sensor reports.
func (r Range) Check() error {
	m, _ := telemetry.MeasureOf(telemetry.CodeRoomTemperature)
	if r.MinMilli >= r.MaxMilli || r.MinMilli < m.Min || r.MaxMilli > m.Max {
		return fmt.Errorf("temperature range %s..%s °C: want min < max within %s..%s", telemetry.FormatMilli(r.MinMilli),
			telemetry.FormatMilli(r.MaxMilli), telemetry.FormatMilli(m.Min), telemetry.FormatMilli(m.Max))
	}
	return nil
}

func (r Range) holds(v int64) bool { return v >= r.MinMilli && v <= r.MaxMilli }

// Excursion is one departure from the range.
type Excursion struct {
	Device common.Address
	// Start is the first reading out of range; End the first back in range (zero while it lasts).
	Start, End time.Time
	// MinMilli and MaxMilli are the lowest and highest temperature out of range, thousandths of °C.
	MinMilli, MaxMilli int64
	// Readings is how many readings were out of range.
	Readings int
}

// Ongoing reports whether the temperature had not come back when the readings ended.
func (e *Excursion) Ongoing() bool { return e.End.IsZero() }

// Duration is End - Start (zero while ongoing).
func (e *Excursion) Duration() time.Duration {
	if e.Ongoing() {
		return 0
	}
	return e.End.Sub(e.Start)
}

// Find returns the excursions in a device's temperature readings, which must be in time order (readings.Series
// returns them so); readings of other codes are skipped.
func Find(device common.Address, rs []telemetry.Reading, r Range) []Excursion {
	var out []Excursion
	var cur *Excursion
	for i := range rs {
		x := &rs[i]
		if x.Code != telemetry.CodeRoomTemperature {
			continue
		}
		at := time.Unix(int64(x.Time), 0).UTC()
		switch {
		case !r.holds(x.ValueMilli) && cur == nil:
			cur = &Excursion{Device: device, Start: at, MinMilli: x.ValueMilli, MaxMilli: x.ValueMilli, Readings: 1}
		case !r.holds(x.ValueMilli):
			cur.MinMilli, cur.MaxMilli = min(cur.MinMilli, x.ValueMilli), max(cur.MaxMilli, x.ValueMilli)
			cur.Readings++
		case cur != nil:
			cur.End = at
			out = append(out, *cur)
			cur = nil
		}
	}
	if cur != nil {
		out = append(out, *cur)
	}
	return out
}
