package excursion_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/internal/fhircheck"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/excursion"
	"github.com/bevan-health/bevan/telemetry/sim"
	"github.com/ethereum/go-ethereum/common"
)

var t0 = time.Unix(1_800_000_000, 0).UTC()

func series(milli ...int64) []telemetry.Reading {
	out := make([]telemetry.Reading, len(milli))
	for i, v := range milli {
		out[i] = telemetry.Reading{Time: uint64(t0.Add(time.Duration(i) * time.Minute).Unix()),
			Code: telemetry.CodeRoomTemperature, ValueMilli: v, Unit: "Cel"}
	}
	return out
}

func TestFind(t *testing.T) {
	dev := common.HexToAddress("0xf1")
	got := excursion.Find(dev, series(5000, 8000, 8100, 9500, 8700, 7900, 2000, 1900, 1500), excursion.VaccineFridge)
	if len(got) != 2 {
		t.Fatalf("%d excursions: %+v", len(got), got)
	}
	warm, cold := got[0], got[1]
	if !warm.Start.Equal(t0.Add(2*time.Minute)) || !warm.End.Equal(t0.Add(5*time.Minute)) || warm.Duration() != 3*time.Minute ||
		warm.MinMilli != 8100 || warm.MaxMilli != 9500 || warm.Readings != 3 {
		t.Fatalf("warm excursion %+v", warm)
	}
	if !cold.Ongoing() || !cold.Start.Equal(t0.Add(7*time.Minute)) || cold.MinMilli != 1500 || cold.MaxMilli != 1900 {
		t.Fatalf("cold excursion %+v", cold)
	}
	if len(excursion.Find(dev, series(2000, 8000, 5000), excursion.VaccineFridge)) != 0 {
		t.Fatal("the range's bounds are in range")
	}
	if err := (excursion.Range{MinMilli: 8000, MaxMilli: 2000}).Check(); err == nil {
		t.Fatal("an empty range passed")
	}
}

// TestFindSimulatedDrift: the simulator's fridge drifting to 9.5 °C for 40 minutes gives one excursion peaking at
// about 9.5 °C, shorter than the drift (the ramps cross 8 °C inside it).
func TestFindSimulatedDrift(t *testing.T) {
	dev := sim.Fleet("excursion", telemetry.KindColdStore, 1)[0]
	dev.Drift = &sim.Drift{Start: t0.Add(time.Hour), Duration: 40 * time.Minute, Peak: 9.5}
	got := excursion.Find(dev.Address, dev.Readings(180, t0.Add(3*time.Hour), time.Minute), excursion.VaccineFridge)
	if len(got) != 1 {
		t.Fatalf("%d excursions: %+v", len(got), got)
	}
	e := got[0]
	if e.MaxMilli < 9000 || e.MaxMilli > 9600 || e.Ongoing() || e.Duration() <= 10*time.Minute || e.Duration() > 40*time.Minute ||
		e.Start.Before(t0.Add(time.Hour)) {
		t.Fatalf("excursion %+v (%s)", e, e.Duration())
	}
}

// TestFHIR: readings render as Observations and an excursion as a DetectedIssue that the official R4 schema takes.
func TestFHIR(t *testing.T) {
	v, err := fhircheck.Shared()
	if err != nil {
		t.Fatal(err)
	}
	dev := common.HexToAddress("0xf1")
	valid := func(res map[string]any) string {
		t.Helper()
		raw, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		if err := v.ValidateSchema(raw); err != nil {
			t.Fatalf("%s: %v", raw, err)
		}
		return string(raw)
	}
	rs := series(4250, 9500)
	obs := valid(excursion.Observation(dev, 3, 1, &rs[0]))
	if !strings.Contains(obs, `"value":4.25`) || !strings.Contains(obs, `"code":"60832-3"`) || !strings.Contains(obs, `"system":"http://unitsofmeasure.org"`) ||
		!strings.Contains(obs, `"display":"Room temperature"`) {
		t.Fatalf("observation %s", obs)
	}
	spo2 := telemetry.Reading{Time: rs[0].Time, Code: telemetry.CodeSpO2, ValueMilli: 91_000, Unit: "%"}
	if o := valid(excursion.Observation(dev, 3, 2, &spo2)); !strings.Contains(o, "vital-signs") {
		t.Fatalf("SpO2 observation %s", o)
	}
	ex := excursion.Find(dev, series(5000, 9500, 9100, 7000), excursion.VaccineFridge)
	issue := valid(excursion.DetectedIssue(&ex[0], excursion.VaccineFridge, []string{"FLU-2026-118", "MMR-77A"}))
	for _, want := range []string{"highest 9.5 °C", "FLU-2026-118, MMR-77A", `"end":"`} {
		if !strings.Contains(issue, want) {
			t.Fatalf("detected issue lacks %q: %s", want, issue)
		}
	}
	ongoing := excursion.Find(dev, series(5000, 9500), excursion.VaccineFridge)
	if i := valid(excursion.DetectedIssue(&ongoing[0], excursion.VaccineFridge, nil)); !strings.Contains(i, "ongoing") {
		t.Fatalf("ongoing issue %s", i)
	}
}
