package ward

import (
	"encoding/binary"
	"fmt"
	"time"

	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/readings"
	"github.com/ethereum/go-ethereum/common"
)

// RecordAlert is the kind of an alert's record, anchored as a salted leaf of the batch that carries its reading.
const RecordAlert telemetry.RecordKind = "alert"

// Alert is a rule a patient's device broke: the device, the patient's pseudonymous wallet, the rule (its name,
// code, comparison and threshold), when, and which reading (the device's batch sequence and the reading's index in
// it). It never holds the reading's value: that stays with the reading, released only under the patient's consent.
type Alert struct {
	Device   common.Address `json:"device"`
	Patient  common.Address `json:"patient"`
	Site     string         `json:"site"`
	Rule     string         `json:"rule"`
	Code     string         `json:"code"`
	Op       Op             `json:"op"`
	Value    float64        `json:"threshold"`
	Time     uint64         `json:"time"`
	Sequence uint64         `json:"sequence"`
	Index    uint32         `json:"index"`
}

// Key is what makes the alert one in its device's records (telemetry.RecordID): its batch sequence, its reading's
// index and its rule's name. The same batch evaluated twice gives the same keys.
func (a *Alert) Key() []byte {
	k := binary.BigEndian.AppendUint64(nil, a.Sequence)
	k = binary.BigEndian.AppendUint32(k, a.Index)
	return append(k, a.Rule...)
}

// At is the alert's reading time.
func (a *Alert) At() time.Time { return time.Unix(int64(a.Time), 0).UTC() }

// String is the alert as people read it, without any value: "2026-11-30T23:10:00Z spo2-low (59408-5 < 92) device 0x…".
func (a *Alert) String() string {
	return fmt.Sprintf("%s %s (%s %s %s) device %s patient %s", a.At().Format(time.RFC3339), a.Rule, a.Code, a.Op,
		telemetry.FormatMilli(int64(a.Value*1000)), a.Device.Hex(), a.Patient.Hex())
}

// Evaluate returns the alerts a patient's batch raises under rules: per rule, the first reading of the batch that
// breaks it (at most one alert per rule per batch: a device reporting every minute raises one alert an upload, not
// sixty). A site's device (zero patient) raises none: the virtual ward watches patients.
func Evaluate(rules []Rule, b *telemetry.Batch, patient common.Address, site string) []Alert {
	if patient == (common.Address{}) {
		return nil
	}
	var out []Alert
	for i := range rules {
		r := &rules[i]
		for j := range b.Readings {
			if r.Breached(&b.Readings[j]) {
				out = append(out, Alert{Device: b.Device, Patient: patient, Site: site, Rule: r.Name, Code: r.Code, Op: r.Op,
					Value: r.Value, Time: b.Readings[j].Time, Sequence: b.Sequence, Index: uint32(j)})
				break
			}
		}
	}
	return out
}

// Stored is the alert as the readings store keeps it with its batch: its record (kind alert, keyed by Key, the
// alert's JSON as content — no value — with a fresh random salt) and what it is looked up by.
func (a *Alert) Stored() (readings.Alert, error) {
	rec, err := telemetry.NewRecord(RecordAlert, a.Device, a.Key(), a)
	if err != nil {
		return readings.Alert{}, fmt.Errorf("alert record: %w", err)
	}
	return readings.Alert{Record: *rec, Patient: a.Patient, Sequence: a.Sequence, Index: a.Index, Rule: a.Rule, Time: a.Time}, nil
}

// FromStored reads an alert back from its record's content.
func FromStored(s *readings.Alert) (Alert, error) {
	var a Alert
	err := s.Decode(&a)
	return a, err
}
