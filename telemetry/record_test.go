package telemetry_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/commitment"
	"github.com/bevan-health/bevan/merkle"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestRecord(t *testing.T) {
	dev := common.HexToAddress("0xf1")
	r, err := telemetry.NewRecord(telemetry.RecordExcursion, dev, telemetry.TimeKey(1_800_000_000),
		map[string]any{"z": 1, "a": []string{"LOT-1"}})
	if err != nil {
		t.Fatal(err)
	}
	if string(r.Content) != `{"a":["LOT-1"],"z":1}` {
		t.Fatalf("content not canonical: %s", r.Content)
	}
	if r.ID != telemetry.RecordID(telemetry.RecordExcursion, dev, telemetry.TimeKey(1_800_000_000)) ||
		r.ID == telemetry.RecordID("alert", dev, telemetry.TimeKey(1_800_000_000)) ||
		r.ID == telemetry.RecordID(telemetry.RecordExcursion, common.HexToAddress("0xf2"), telemetry.TimeKey(1_800_000_000)) {
		t.Fatal("record ids do not separate kind and device")
	}
	want := merkle.Leaf(r.ID, commitment.Of(r.Salt, crypto.Keccak256(r.Content)))
	if r.Leaf() != want {
		t.Fatalf("leaf %s, want %s", r.Leaf(), want)
	}
	other, err := telemetry.NewRecord(telemetry.RecordExcursion, dev, telemetry.TimeKey(1_800_000_000), map[string]any{"z": 1, "a": []string{"LOT-1"}})
	if err != nil || other.Salt == r.Salt || other.Leaf() == r.Leaf() {
		t.Fatalf("two records of the same content share a salt or leaf: %v", err)
	}
	bad := func(f func(*telemetry.Record)) error {
		c := *r
		f(&c)
		return c.Check()
	}
	for name, f := range map[string]func(*telemetry.Record){
		"kind":          func(c *telemetry.Record) { c.Kind = "Excursion!" },
		"no key":        func(c *telemetry.Record) { c.Key = nil },
		"no salt":       func(c *telemetry.Record) { c.Salt = commitment.Salt{} },
		"id":            func(c *telemetry.Record) { c.ID[0] ^= 1 },
		"device":        func(c *telemetry.Record) { c.Device = common.HexToAddress("0xf2") },
		"not canonical": func(c *telemetry.Record) { c.Content = []byte(`{"z":1, "a":["LOT-1"]}`) },
		"not JSON":      func(c *telemetry.Record) { c.Content = []byte(`{"a":`) },
		"empty":         func(c *telemetry.Record) { c.Content = nil },
	} {
		if err := bad(f); !errors.Is(err, telemetry.ErrBadRecord) {
			t.Errorf("%s: %v, want ErrBadRecord", name, err)
		}
	}
	if err := r.Check(); err != nil {
		t.Fatal(err)
	}
	// A proof file pretty-printed still holds the record: its content decodes back to the canonical bytes.
	raw, err := json.MarshalIndent(telemetry.RecordProof{Record: *r}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(raw), `"a": [`) {
		t.Fatalf("the test's file is not pretty-printed inside the content: %s", raw)
	}
	var back telemetry.RecordProof
	if err := json.Unmarshal(raw, &back); err != nil || back.Record.Check() != nil || back.Record.Leaf() != r.Leaf() {
		t.Fatalf("record from a pretty-printed file: %+v %v", back.Record, err)
	}
}
