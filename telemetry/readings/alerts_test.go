package readings_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/bevan-health/bevan/store/storetest"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/readings"
	"github.com/ethereum/go-ethereum/common"
)

func alertOf(t *testing.T, dev, patient common.Address, seq uint64, idx uint32, rule string, at uint64) readings.Alert {
	t.Helper()
	key := append(telemetry.TimeKey(seq), byte(idx))
	rec, err := telemetry.NewRecord("alert", dev, append(key, rule...), map[string]any{"rule": rule, "time": at})
	if err != nil {
		t.Fatal(err)
	}
	return readings.Alert{Record: *rec, Patient: patient, Sequence: seq, Index: idx, Rule: rule, Time: at}
}

// TestAlerts: a batch's alerts are kept with it (a refused batch keeps none), listed per patient and since a time,
// and become record leaves of the anchor that takes their reading — a batch split over two anchors puts each alert
// with its own reading — and show the anchor's transaction once it is on chain.
func TestAlerts(t *testing.T) {
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			ctx := context.Background()
			st := open(t, kind)
			dev, p1, p2 := common.HexToAddress("0xd1"), common.HexToAddress("0xa1"), common.HexToAddress("0xa2")
			t0 := time.Unix(1_800_000_000, 0)
			b := batch(dev, 1, 4) // readings at t0-ish, see batch()
			early := alertOf(t, dev, p1, 1, 0, "spo2-low", uint64(t0.Unix())-3600)
			late := alertOf(t, dev, p1, 1, 3, "pulse-high", uint64(t0.Unix()))
			if err := st.Put(ctx, b, salt(t), t0, early, late); err != nil {
				t.Fatal(err)
			}
			// a replayed batch keeps neither it nor its alerts
			if err := st.Put(ctx, b, salt(t), t0, alertOf(t, dev, p1, 1, 1, "other", 1)); !errors.Is(err, readings.ErrDuplicate) {
				t.Fatalf("replay: %v", err)
			}
			other := alertOf(t, common.HexToAddress("0xd2"), p2, 1, 0, "spo2-low", uint64(t0.Unix()))
			if err := st.Put(ctx, batch(common.HexToAddress("0xd2"), 1, 1), salt(t), t0, other); err != nil {
				t.Fatal(err)
			}
			got, err := st.ListAlerts(ctx, readings.AlertQuery{Patient: p1})
			if err != nil || len(got) != 2 || got[0].Rule != "pulse-high" || got[1].Rule != "spo2-low" {
				t.Fatalf("p1's alerts, newest first: %+v %v", got, err)
			}
			if got[0].ID != late.ID || string(got[0].Content) != string(late.Content) || got[0].Salt != late.Salt || got[0].AnchorID != 0 {
				t.Fatalf("kept alert %+v, want %+v", got[0], late)
			}
			if got, _ := st.ListAlerts(ctx, readings.AlertQuery{Patient: p1, Since: t0.Add(-time.Minute)}); len(got) != 1 {
				t.Fatalf("p1's alerts since a minute before: %d, want 1", len(got))
			}
			if got, _ := st.ListAlerts(ctx, readings.AlertQuery{}); len(got) != 3 {
				t.Fatalf("every alert: %d, want 3", len(got))
			}
			// The first anchor takes 3 readings: device 1's 0..2 (early's reading, not late's).
			a1, err := st.NextAnchor(ctx, 3, t0, time.Minute, st.DeriveAlerts)
			if err != nil || a1 == nil {
				t.Fatal(err)
			}
			recs, err := st.AnchorRecords(ctx, a1.ID)
			if err != nil || len(recs) != 1 || recs[0].ID != early.ID || recs[0].Leaf() != early.Leaf() || a1.LeafCount != 4 {
				t.Fatalf("first anchor: %d leaves, records %+v %v", a1.LeafCount, recs, err)
			}
			a2, err := st.NextAnchor(ctx, 10, t0, time.Minute, st.DeriveAlerts)
			if err != nil || a2 == nil {
				t.Fatal(err)
			}
			recs, err = st.AnchorRecords(ctx, a2.ID)
			if err != nil || len(recs) != 2 || a2.LeafCount != 4 { // late's and other's; device 1's 4th reading, device 2's
				t.Fatalf("second anchor: %d leaves, %d records %v", a2.LeafCount, len(recs), err)
			}
			tx := common.HexToHash("0x7a")
			if err := st.Anchored(ctx, a1.ID, common.HexToHash("0x01"), tx, 42, t0); err != nil {
				t.Fatal(err)
			}
			got, _ = st.ListAlerts(ctx, readings.AlertQuery{Patient: p1})
			if got[1].AnchorID != a1.ID || got[1].AnchorTx != tx || got[1].AnchorBlock != 42 || got[0].AnchorID != a2.ID || got[0].AnchorTx != (common.Hash{}) {
				t.Fatalf("anchored alerts: %+v", got)
			}
		})
	}
}
