package readings_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/bevan-health/bevan/commitment"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/readings"
	"github.com/ethereum/go-ethereum/common"
)

var t0 = time.Unix(1_800_000_000, 0)

func open(t *testing.T, kind string) readings.Store {
	t.Helper()
	st, err := readings.Open(context.Background(), storetest.URL(t, kind))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

func batch(dev common.Address, seq uint64, n int) *telemetry.Batch {
	b := &telemetry.Batch{Device: dev, Sequence: seq}
	for i := range n {
		b.Readings = append(b.Readings, telemetry.Reading{Time: uint64(t0.Unix()) + seq*60 + uint64(i), Code: telemetry.CodeRoomTemperature,
			ValueMilli: int64(4000 + i), Unit: "Cel"})
	}
	return b
}

func salt(t *testing.T) commitment.Salt {
	s, err := commitment.NewSalt()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestStore(t *testing.T) {
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			ctx := context.Background()
			st := open(t, kind)
			dev := common.HexToAddress("0xd1")
			s1 := salt(t)
			if err := st.Put(ctx, batch(dev, 1, 3), s1, t0); err != nil {
				t.Fatal(err)
			}
			if err := st.Put(ctx, batch(dev, 1, 2), salt(t), t0); !errors.Is(err, readings.ErrDuplicate) {
				t.Fatalf("second batch 1: %v, want ErrDuplicate", err)
			}
			if err := st.Put(ctx, batch(dev, 2, 2), salt(t), t0); err != nil {
				t.Fatal(err)
			}
			if ok, err := st.Has(ctx, dev, 2); err != nil || !ok {
				t.Fatalf("Has 2: %v %v", ok, err)
			}
			if h, err := st.Highest(ctx, dev); err != nil || h != 2 {
				t.Fatalf("Highest: %d %v", h, err)
			}
			if h, err := st.Highest(ctx, common.HexToAddress("0xd9")); err != nil || h != 0 {
				t.Fatalf("Highest of a new device: %d %v", h, err)
			}
			if ok, err := st.Has(ctx, dev, 3); err != nil || ok {
				t.Fatalf("Has 3: %v %v", ok, err)
			}
			k, err := st.Reading(ctx, dev, 1, 2)
			if err != nil {
				t.Fatal(err)
			}
			if k.ValueMilli != 4002 || k.BatchSalt != s1 || k.Unit != "Cel" || k.AnchorID != 0 {
				t.Fatalf("reading: %+v", k)
			}
			if _, err := st.Reading(ctx, dev, 1, 3); !errors.Is(err, readings.ErrNotFound) {
				t.Fatalf("missing reading: %v", err)
			}
			series, err := st.Series(ctx, dev, telemetry.CodeRoomTemperature, t0, t0.Add(time.Hour))
			if err != nil || len(series) != 5 || series[0].Sequence != 1 || series[4].Sequence != 2 {
				t.Fatalf("series: %d %v", len(series), err)
			}

			// An anchor of at most 4 takes batch 1's three and one of batch 2; the next takes the last.
			a, err := st.NextAnchor(ctx, 4, t0, time.Minute, nil)
			if err != nil || a == nil || a.LeafCount != 4 {
				t.Fatalf("first anchor: %+v %v", a, err)
			}
			b, err := st.NextAnchor(ctx, 4, t0, time.Minute, nil)
			if err != nil || b == nil || b.LeafCount != 1 || b.ID == a.ID {
				t.Fatalf("second anchor: %+v %v", b, err)
			}
			if c, err := st.NextAnchor(ctx, 4, t0, time.Minute, nil); err != nil || c != nil {
				t.Fatalf("nothing left, got %+v %v", c, err)
			}
			// The first is anchored; the second's sender "dies": after its lease it is leased again, whole.
			if err := st.Anchored(ctx, a.ID, common.HexToHash("0x0a"), common.HexToHash("0x7"), 9, t0); err != nil {
				t.Fatal(err)
			}
			again, err := st.NextAnchor(ctx, 4, t0.Add(2*time.Minute), time.Minute, nil)
			if err != nil || again == nil || again.ID != b.ID || again.LeafCount != 1 {
				t.Fatalf("re-lease: %+v %v", again, err)
			}
			leaves, err := st.Leaves(ctx, a.ID)
			if err != nil || len(leaves) != 4 || leaves[3].Sequence != 2 || leaves[3].AnchorID != a.ID {
				t.Fatalf("leaves: %+v %v", leaves, err)
			}
			got, err := st.Anchor(ctx, a.ID)
			if err != nil || !got.Done() || got.Block != 9 || got.TxHash != common.HexToHash("0x7") {
				t.Fatalf("anchor: %+v %v", got, err)
			}
			if all, err := st.Anchors(ctx); err != nil || len(all) != 2 || all[0].ID != a.ID || all[1].Done() {
				t.Fatalf("anchors: %+v %v", all, err)
			}
			if n, err := st.Unanchored(ctx); err != nil || n != 0 {
				t.Fatalf("unanchored %d %v", n, err)
			}
		})
	}
}

// TestNextAnchorReplicas: gateways sharing PostgreSQL lease disjoint anchors that together hold every reading once.
func TestNextAnchorReplicas(t *testing.T) {
	ctx := context.Background()
	url := storetest.PostgresURL(t)
	stores := make([]readings.Store, 3)
	for i := range stores {
		st, err := readings.Open(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = st.Close() })
		stores[i] = st
	}
	const batches, per = 60, 10
	for seq := uint64(1); seq <= batches; seq++ {
		if err := stores[seq%3].Put(ctx, batch(common.HexToAddress("0xd2"), seq, per), salt(t), t0); err != nil {
			t.Fatal(err)
		}
	}
	var mu sync.Mutex
	seen := map[[2]uint64]int64{}
	var wg sync.WaitGroup
	for _, st := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				a, err := st.NextAnchor(ctx, 25, t0, time.Hour, nil)
				if err != nil {
					t.Error(err)
					return
				}
				if a == nil {
					return
				}
				ls, err := st.Leaves(ctx, a.ID)
				if err != nil || len(ls) != a.LeafCount {
					t.Errorf("anchor %d: %d leaves of %d, %v", a.ID, len(ls), a.LeafCount, err)
					return
				}
				mu.Lock()
				for _, l := range ls {
					key := [2]uint64{l.Sequence, uint64(l.Index)}
					if prev, dup := seen[key]; dup {
						t.Errorf("reading %v in anchors %d and %d", key, prev, a.ID)
					}
					seen[key] = a.ID
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(seen) != batches*per {
		t.Fatalf("%d readings anchored, want %d", len(seen), batches*per)
	}
}
