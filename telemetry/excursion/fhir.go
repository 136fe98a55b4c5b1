package excursion

import (
	"fmt"
	"strings"
	"time"

	"github.com/bevan-health/bevan/telemetry"
	"github.com/ethereum/go-ethereum/common"
)

// Observation renders one reading as a FHIR R4 Observation (status final, category vital-signs for a patient's
// measure, the LOINC code, a UCUM valueQuantity, the device). Its id is the reading's record id.
func Observation(device common.Address, sequence uint64, index uint32, r *telemetry.Reading) map[string]any {
	m, _ := telemetry.MeasureOf(r.Code)
	obs := map[string]any{
		"resourceType": "Observation",
		"id":           strings.TrimPrefix(telemetry.ReadingID(device, sequence, index).Hex(), "0x"),
		"status":       "final",
		"code": map[string]any{"coding": []any{map[string]any{"system": telemetry.LOINC, "code": r.Code, "display": m.Display}},
			"text": m.Display},
		"effectiveDateTime": time.Unix(int64(r.Time), 0).UTC().Format(time.RFC3339),
		"valueQuantity": map[string]any{"value": jsonNumber(r.ValueMilli), "unit": r.Unit, "system": telemetry.UCUM,
			"code": r.Unit},
		"device": map[string]any{"identifier": deviceIdentifier(device)},
	}
	if r.Code != telemetry.CodeRoomTemperature {
		obs["category"] = []any{map[string]any{"coding": []any{map[string]any{
			"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs", "display": "Vital Signs"}}}}
	}
	return obs
}

// DetectedIssue renders an excursion as a FHIR R4 DetectedIssue (status final, severity high), identified by the
// device, with the temperatures and the lots held in the fridge in its detail, and its period as identifiedPeriod.
func DetectedIssue(e *Excursion, r Range, lots []string) map[string]any {
	period := map[string]any{"start": e.Start.Format(time.RFC3339)}
	end := "ongoing"
	if !e.Ongoing() {
		period["end"] = e.End.Format(time.RFC3339)
		end = fmt.Sprintf("back in range at %s after %s", e.End.Format(time.RFC3339), e.Duration())
	}
	detail := fmt.Sprintf("Cold-chain excursion: the temperature left %s–%s °C at %s (%s); lowest %s °C, highest %s °C over %d readings.",
		telemetry.FormatMilli(r.MinMilli), telemetry.FormatMilli(r.MaxMilli), e.Start.Format(time.RFC3339), end,
		telemetry.FormatMilli(e.MinMilli), telemetry.FormatMilli(e.MaxMilli), e.Readings)
	if len(lots) > 0 {
		detail += " Vaccine lots held: " + strings.Join(lots, ", ") + "."
	}
	return map[string]any{
		"resourceType":     "DetectedIssue",
		"status":           "final",
		"severity":         "high",
		"code":             map[string]any{"text": "Vaccine cold-chain temperature excursion"},
		"identifiedPeriod": period,
		"author":           map[string]any{"identifier": deviceIdentifier(e.Device)},
		"detail":           detail,
	}
}

func deviceIdentifier(device common.Address) map[string]any {
	return map[string]any{"system": "urn:bevan:device", "value": device.Hex()}
}

// jsonNumber is a value in thousandths as a JSON number with no float rounding (4250 → 4.25).
type jsonNumber int64

func (n jsonNumber) MarshalJSON() ([]byte, error) {
	return []byte(telemetry.FormatMilli(int64(n))), nil
}
