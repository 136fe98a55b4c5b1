package ward

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/telemetry"
	"github.com/ethereum/go-ethereum/common"
)

func TestDefaultRulesCheck(t *testing.T) {
	if err := DefaultRules().Check(); err != nil {
		t.Fatal(err)
	}
}

func TestRuleBreached(t *testing.T) {
	spo2 := Rule{Name: "spo2-low", Code: telemetry.CodeSpO2, Op: Below, Value: 92}
	for _, c := range []struct {
		code  string
		milli int64
		want  bool
	}{
		{telemetry.CodeSpO2, 91_999, true}, {telemetry.CodeSpO2, 92_000, false}, {telemetry.CodeSpO2, 97_000, false},
		{telemetry.CodeHeartRate, 50_000, false}, // another code never breaks it
	} {
		if got := spo2.Breached(&telemetry.Reading{Code: c.code, ValueMilli: c.milli}); got != c.want {
			t.Errorf("%s %d: %v, want %v", c.code, c.milli, got, c.want)
		}
	}
	for _, c := range []struct {
		op    Op
		milli int64
		want  bool
	}{{AtMost, 40_000, true}, {AtMost, 40_001, false}, {AtLeast, 131_000, true}, {AtLeast, 130_999, false},
		{Above, 131_000, false}, {Above, 131_001, true}} {
		v := 40.0
		if c.op != AtMost {
			v = 131
		}
		r := Rule{Name: "pulse", Code: telemetry.CodeHeartRate, Op: c.op, Value: v}
		if got := r.Breached(&telemetry.Reading{Code: telemetry.CodeHeartRate, ValueMilli: c.milli}); got != c.want {
			t.Errorf("%s %d: %v, want %v", r, c.milli, got, c.want)
		}
	}
}

func TestRuleCheckRefuses(t *testing.T) {
	for name, r := range map[string]Rule{
		"bad name":      {Name: "SpO2 low", Code: telemetry.CodeSpO2, Op: Below, Value: 92},
		"unknown code":  {Name: "x", Code: "1234-5", Op: Below, Value: 92},
		"unknown op":    {Name: "x", Code: telemetry.CodeSpO2, Op: "!=", Value: 92},
		"out of range":  {Name: "x", Code: telemetry.CodeSpO2, Op: Below, Value: 101},
		"four decimals": {Name: "x", Code: telemetry.CodeSpO2, Op: Below, Value: 91.0001},
	} {
		if err := r.Check(); err == nil {
			t.Errorf("%s: %+v accepted", name, r)
		}
	}
	rs := Rules{Default: []Rule{Default()[0], Default()[0]}, Sites: map[string][]Rule{"rj 1": Default()}}
	err := rs.Check()
	if err == nil || !strings.Contains(err.Error(), "twice") || !strings.Contains(err.Error(), `site "rj 1"`) {
		t.Fatalf("duplicate rule and bad site: %v", err)
	}
}

func TestEvaluate(t *testing.T) {
	dev, patient := common.HexToAddress("0xd1"), common.HexToAddress("0xa1")
	b := &telemetry.Batch{Device: dev, Sequence: 7, Readings: []telemetry.Reading{
		{Time: 100, Code: telemetry.CodeSpO2, ValueMilli: 96_000, Unit: "%"},
		{Time: 100, Code: telemetry.CodeHeartRate, ValueMilli: 72_000, Unit: "/min"},
		{Time: 160, Code: telemetry.CodeSpO2, ValueMilli: 90_500, Unit: "%"},
		{Time: 160, Code: telemetry.CodeHeartRate, ValueMilli: 135_000, Unit: "/min"},
		{Time: 220, Code: telemetry.CodeSpO2, ValueMilli: 89_000, Unit: "%"},
	}}
	got := Evaluate(Default(), b, patient, "RJ1")
	if len(got) != 2 {
		t.Fatalf("%d alerts, want spo2-low and pulse-high once each: %+v", len(got), got)
	}
	if a := got[0]; a.Rule != "spo2-low" || a.Time != 160 || a.Index != 2 || a.Sequence != 7 || a.Patient != patient || a.Device != dev {
		t.Fatalf("first alert %+v", a)
	}
	if a := got[1]; a.Rule != "pulse-high" || a.Index != 3 {
		t.Fatalf("second alert %+v", a)
	}
	if string(got[0].Key()) == string(got[1].Key()) {
		t.Fatal("two alerts share a key")
	}
	if n := len(Evaluate(Default(), b, common.Address{}, "RJ1")); n != 0 {
		t.Fatalf("a site's device raised %d alerts", n)
	}
	// A ward's own rules replace the defaults: a COPD ward alerting below 88 %.
	rs := &Rules{Default: Default(), Sites: map[string][]Rule{"RJ1": {{Name: "spo2-copd", Code: telemetry.CodeSpO2, Op: Below, Value: 88}}}}
	if n := len(Evaluate(rs.For("RJ1"), b, patient, "RJ1")); n != 0 {
		t.Fatalf("COPD ward: %d alerts at 89 %%", n)
	}
	if n := len(Evaluate(rs.For("RXX"), b, patient, "RXX")); n != 2 {
		t.Fatalf("other ward: %d alerts, want the defaults' 2", n)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "rules.json")
	_ = os.WriteFile(good, []byte(`{"default":[{"name":"spo2-low","code":"59408-5","op":"<","value":92}],
		"sites":{"RJ1":[{"name":"spo2-copd","code":"59408-5","op":"<","value":88}]}}`), 0o600)
	rs, err := Load(good)
	if err != nil || len(rs.For("RJ1")) != 1 || rs.For("RJ1")[0].Name != "spo2-copd" || rs.For("X1")[0].Name != "spo2-low" {
		t.Fatalf("%+v %v", rs, err)
	}
	bad := filepath.Join(dir, "bad.json")
	_ = os.WriteFile(bad, []byte(`{"default":[{"name":"spo2-low","code":"59408-5","op":"<","value":92,"email":"x"}]}`), 0o600)
	if _, err := Load(bad); err == nil {
		t.Fatal("an unknown field was accepted")
	}
}

// BenchmarkEvaluate: the rules' cost on a pulse oximeter's batch of 100 measurements (200 readings), per batch.
func BenchmarkEvaluate(b *testing.B) {
	batch := &telemetry.Batch{Device: common.HexToAddress("0xd1"), Sequence: 1}
	for i := range 100 {
		batch.Readings = append(batch.Readings, telemetry.Reading{Time: uint64(i), Code: telemetry.CodeSpO2, ValueMilli: 96_000, Unit: "%"},
			telemetry.Reading{Time: uint64(i), Code: telemetry.CodeHeartRate, ValueMilli: 72_000, Unit: "/min"})
	}
	rules, patient := Default(), common.HexToAddress("0xa1")
	b.ReportAllocs()
	for b.Loop() {
		if len(Evaluate(rules, batch, patient, "RJ1")) != 0 {
			b.Fatal("alert")
		}
	}
}
