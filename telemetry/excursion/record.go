package excursion

import (
	"fmt"
	"time"

	"github.com/bevan-health/bevan/telemetry"
	"github.com/ethereum/go-ethereum/common"
)

// Record is an excursion as a gateway anchors it: the content of a telemetry.RecordExcursion record (its key the
// start, telemetry.TimeKey), a leaf of the batch that took the reading that closed it, and what
// DeviceRegistry.recordExcursion is sent once that batch is on chain. Nothing in it is personal data: a fridge, its
// site, temperatures and the vaccine lots it held.
type Record struct {
	Device common.Address `json:"device"`
	Site   string         `json:"site"` // ODS code
	Code   string         `json:"code"` // LOINC of the readings
	// StartedAt is the first reading out of range, EndedAt the first back in range (unix seconds).
	StartedAt uint64 `json:"startedAt"`
	EndedAt   uint64 `json:"endedAt"`
	// MinMilli and MaxMilli are the lowest and highest temperature out of range (thousandths of °C); Readings how
	// many readings were out of range.
	MinMilli int64 `json:"minMilli"`
	MaxMilli int64 `json:"maxMilli"`
	Readings int   `json:"readings"`
	// RangeMinMilli..RangeMaxMilli is the site's range the temperature left.
	RangeMinMilli int64 `json:"rangeMinMilli"`
	RangeMaxMilli int64 `json:"rangeMaxMilli"`
	// AffectedLots are the vaccine lots the fridge held at any time during the excursion.
	AffectedLots []string `json:"affectedLots"`
}

// NewRecord builds the record of an ended excursion.
func NewRecord(e *Excursion, site string, r Range, lots []string) (*Record, error) {
	if e.Ongoing() {
		return nil, fmt.Errorf("excursion of %s from %s is still going", e.Device, e.Start.Format(time.RFC3339))
	}
	if lots == nil {
		lots = []string{}
	}
	return &Record{Device: e.Device, Site: site, Code: telemetry.CodeRoomTemperature, StartedAt: uint64(e.Start.Unix()),
		EndedAt: uint64(e.End.Unix()), MinMilli: e.MinMilli, MaxMilli: e.MaxMilli, Readings: e.Readings,
		RangeMinMilli: r.MinMilli, RangeMaxMilli: r.MaxMilli, AffectedLots: lots}, nil
}

// Key is the record's key: its start.
func (r *Record) Key() []byte { return telemetry.TimeKey(r.StartedAt) }

// Telemetry is the anchored record (a fresh salt).
func (r *Record) Telemetry() (*telemetry.Record, error) {
	return telemetry.NewRecord(telemetry.RecordExcursion, r.Device, r.Key(), r)
}

// CentiCelsius are the lowest and highest temperatures in hundredths of a degree, as DeviceRegistry takes them,
// rounded outwards (the lowest down, the highest up) so that the chain never shows an excursion milder than it was.
func (r *Record) CentiCelsius() (lo, hi int32) {
	return int32(floorDiv(r.MinMilli, 10)), int32(-floorDiv(-r.MaxMilli, 10))
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// Excursion is the record as an Excursion (for DetectedIssue).
func (r *Record) Excursion() Excursion {
	return Excursion{Device: r.Device, Start: time.Unix(int64(r.StartedAt), 0).UTC(), End: time.Unix(int64(r.EndedAt), 0).UTC(),
		MinMilli: r.MinMilli, MaxMilli: r.MaxMilli, Readings: r.Readings}
}

// Range is the range the record's temperature left.
func (r *Record) Range() Range { return Range{MinMilli: r.RangeMinMilli, MaxMilli: r.RangeMaxMilli} }
