package telemetry

import "fmt"

// Measure is what a LOINC code measures as Bevan's gateway takes it: the one UCUM unit a reading of it must carry and
// the range of values a working device can report (in thousandths of the unit), so that a unit mix-up (°F sent as
// Cel, a fraction sent as %) or a broken sensor is refused at the door.
type Measure struct {
	Code    string // LOINC
	Display string // LOINC's long common name
	Unit    string // UCUM
	Min     int64  // thousandths of Unit
	Max     int64
}

// LOINC is the code system URI of the reading codes.
const LOINC = "http://loinc.org"

// UCUM is the code system URI of the reading units.
const UCUM = "http://unitsofmeasure.org"

// Codes of the measures the gateway takes.
const (
	CodeBodyTemperature   = "8310-5"
	CodeRoomTemperature   = "60832-3" // a cold store's (vaccine fridge's) air temperature
	CodeSpO2              = "59408-5"
	CodeHeartRate         = "8867-4"
	CodeRespiratoryRate   = "9279-1"
	CodeSystolicBP        = "8480-6"
	CodeDiastolicBP       = "8462-4"
	CodeBodyWeight        = "29463-7"
	CodeGlucoseMolarBlood = "15074-8"
)

var measures = map[string]Measure{
	CodeBodyTemperature:   {CodeBodyTemperature, "Body temperature", "Cel", 25_000, 45_000},
	CodeRoomTemperature:   {CodeRoomTemperature, "Room temperature", "Cel", -90_000, 60_000},
	CodeSpO2:              {CodeSpO2, "Oxygen saturation in Arterial blood by Pulse oximetry", "%", 0, 100_000},
	CodeHeartRate:         {CodeHeartRate, "Heart rate", "/min", 0, 350_000},
	CodeRespiratoryRate:   {CodeRespiratoryRate, "Respiratory rate", "/min", 0, 150_000},
	CodeSystolicBP:        {CodeSystolicBP, "Systolic blood pressure", "mm[Hg]", 0, 350_000},
	CodeDiastolicBP:       {CodeDiastolicBP, "Diastolic blood pressure", "mm[Hg]", 0, 300_000},
	CodeBodyWeight:        {CodeBodyWeight, "Body weight", "kg", 0, 700_000},
	CodeGlucoseMolarBlood: {CodeGlucoseMolarBlood, "Glucose [Moles/volume] in Blood", "mmol/L", 0, 200_000},
}

// MeasureOf returns the measure of a LOINC code the gateway takes.
func MeasureOf(code string) (Measure, bool) {
	m, ok := measures[code]
	return m, ok
}

// check refuses a reading whose code is unknown, whose unit is not its code's, or whose value is out of range.
func (m Measure) check(r *Reading) *Error {
	if r.Unit != m.Unit {
		return Errorf(CodeUnitMismatch, "LOINC %s (%s) is measured in UCUM %q, not %q", m.Code, m.Display, m.Unit, r.Unit)
	}
	if r.ValueMilli < m.Min || r.ValueMilli > m.Max {
		return Errorf(CodeValueOutOfRange, "LOINC %s value %s %s is outside %s..%s", m.Code, FormatMilli(r.ValueMilli),
			m.Unit, FormatMilli(m.Min), FormatMilli(m.Max))
	}
	return nil
}

// FormatMilli prints thousandths as a decimal (4250 → "4.25").
func FormatMilli(v int64) string {
	sign := ""
	u := uint64(v)
	if v < 0 {
		sign, u = "-", uint64(-v)
	}
	s := fmt.Sprintf("%s%d.%03d", sign, u/1000, u%1000)
	for s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	if s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	return s
}
