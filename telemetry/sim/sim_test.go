package sim_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/sim"
	"github.com/ethereum/go-ethereum/common"
)

func TestFleetSignsValidBatches(t *testing.T) {
	d := telemetry.Domain{ChainID: big.NewInt(901), Registry: common.HexToAddress("0x01")}
	now := time.Now()
	for _, kind := range []telemetry.Kind{telemetry.KindColdStore, telemetry.KindPulseOximeter} {
		fleet := sim.Fleet("test", kind, 3)
		if fleet[0].Address == fleet[1].Address || sim.Key("test", 1).D.Cmp(fleet[1].Key.D) != 0 {
			t.Fatal("device keys are not distinct and reproducible")
		}
		for _, dev := range fleet {
			for range 2 {
				s, err := dev.Batch(dev.Readings(60, now, time.Minute), d)
				if err != nil {
					t.Fatal(err)
				}
				if e := s.Check(telemetry.DefaultLimits(), now); e != nil {
					t.Fatal(e)
				}
				if e := s.Verify(d); e != nil {
					t.Fatal(e)
				}
				if e := s.CheckKind(kind); e != nil {
					t.Fatal(e)
				}
			}
			if dev.Sequence != 2 {
				t.Fatalf("sequence %d after two batches", dev.Sequence)
			}
		}
	}
}

// TestDrift: a fridge told to drift to 9.5 °C for 40 minutes is above 8 °C inside the drift and within 2–8 °C
// an hour before it.
func TestDrift(t *testing.T) {
	start := time.Unix(1_800_000_000, 0)
	dev := sim.Fleet("drift", telemetry.KindColdStore, 1)[0]
	dev.Drift = &sim.Drift{Start: start, Duration: 40 * time.Minute, Peak: 9.5}
	var peak int64
	for _, r := range dev.Readings(40, start.Add(39*time.Minute), time.Minute) {
		peak = max(peak, r.ValueMilli)
	}
	if peak < 9000 || peak > 9600 {
		t.Fatalf("peak %d m°C, want about 9500", peak)
	}
	for _, r := range dev.Readings(30, start.Add(-time.Hour), time.Minute) {
		if r.ValueMilli < 2000 || r.ValueMilli > 8000 {
			t.Fatalf("%d m°C out of 2–8 °C before the drift", r.ValueMilli)
		}
	}
}
