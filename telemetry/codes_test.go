package telemetry_test

import (
	"testing"

	"github.com/bevan-health/bevan/telemetry"
)

// TestLOINCDisplays: each code's display is its LOINC long common name as the LOINC table (version 2.82) gives it,
// and its unit the table's example unit in UCUM. 60832-3 is "Room temperature" (component Temperature.ambient,
// system Room, scale Qn; example units deg C, deg F): LOINC's code for the air temperature of a room, which Bevan
// uses for the air in a cold store (LOINC has no code for a refrigerator's air), not "Refrigerator temperature".
func TestLOINCDisplays(t *testing.T) {
	want := map[string]struct{ display, unit string }{
		"60832-3": {"Room temperature", "Cel"},
		"8310-5":  {"Body temperature", "Cel"},
		"59408-5": {"Oxygen saturation in Arterial blood by Pulse oximetry", "%"},
		"8867-4":  {"Heart rate", "/min"},
		"9279-1":  {"Respiratory rate", "/min"},
		"8480-6":  {"Systolic blood pressure", "mm[Hg]"},
		"8462-4":  {"Diastolic blood pressure", "mm[Hg]"},
		"29463-7": {"Body weight", "kg"},
		"15074-8": {"Glucose [Moles/volume] in Blood", "mmol/L"},
	}
	for code, w := range want {
		m, ok := telemetry.MeasureOf(code)
		if !ok || m.Display != w.display || m.Unit != w.unit || m.Code != code {
			t.Errorf("LOINC %s: %+v, want display %q, unit %q", code, m, w.display, w.unit)
		}
	}
	if telemetry.CodeRoomTemperature != "60832-3" {
		t.Errorf("the cold store's code is %s, want 60832-3", telemetry.CodeRoomTemperature)
	}
	for _, code := range []string{telemetry.CodeBodyTemperature, telemetry.CodeRoomTemperature, telemetry.CodeSpO2, telemetry.CodeHeartRate,
		telemetry.CodeRespiratoryRate, telemetry.CodeSystolicBP, telemetry.CodeDiastolicBP, telemetry.CodeBodyWeight, telemetry.CodeGlucoseMolarBlood} {
		if _, ok := want[code]; !ok {
			t.Errorf("LOINC %s is taken but its display is not checked here", code)
		}
	}
}
