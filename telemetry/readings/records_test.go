package readings_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/bevan-health/bevan/merkle"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/readings"
	"github.com/ethereum/go-ethereum/common"
)

// perDevice derives one record per device of the taken readings, keyed by the device's first reading time in the
// anchor, with the count as content.
func perDevice(t *testing.T, calls *int) readings.Derive {
	return func(_ context.Context, taken []readings.Kept) ([]telemetry.Record, error) {
		*calls++
		first := map[common.Address]uint64{}
		count := map[common.Address]int{}
		var order []common.Address
		for _, k := range taken {
			if _, ok := first[k.Device]; !ok {
				first[k.Device] = k.Time
				order = append(order, k.Device)
			}
			count[k.Device]++
		}
		var out []telemetry.Record
		for _, d := range order {
			r, err := telemetry.NewRecord("test-kind", d, telemetry.TimeKey(first[d]), map[string]int{"readings": count[d]})
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, *r)
		}
		return out, nil
	}
}

// TestRecords: a new anchor's derived records become leaves of the same anchor (a record derived again is kept
// once), are found by id and by device, and are followed up once their anchor is on chain, leased one follower at a
// time; the migration is applied once however often the store is opened.
func TestRecords(t *testing.T) {
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			ctx := context.Background()
			url := storetest.URL(t, kind)
			st, err := readings.Open(ctx, url)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			again, err := readings.Open(ctx, url) // the migrations run once
			if err != nil {
				t.Fatal(err)
			}
			_ = again.Close()
			d1, d2 := common.HexToAddress("0xd1"), common.HexToAddress("0xd2")
			for _, b := range []*telemetry.Batch{batch(d1, 1, 3), batch(d2, 1, 2)} {
				if err := st.Put(ctx, b, salt(t), t0); err != nil {
					t.Fatal(err)
				}
			}
			calls := 0
			a, err := st.NextAnchor(ctx, 100, t0, time.Minute, perDevice(t, &calls))
			if err != nil || a == nil || a.LeafCount != 5+2 || calls != 1 {
				t.Fatalf("anchor %+v %v (derive called %d times)", a, err, calls)
			}
			tree, ks, rs, err := readings.LeavesOf(ctx, st, a.ID)
			if err != nil || len(ks) != 5 || len(rs) != 2 || tree.Len() != 7 {
				t.Fatalf("leaves: %d readings, %d records, %v", len(ks), len(rs), err)
			}
			var got struct{ Readings int }
			if err := rs[0].Decode(&got); err != nil || rs[0].Device != d1 || got.Readings != 3 || rs[0].AnchorID != a.ID {
				t.Fatalf("record 0: %+v %+v %v", rs[0], got, err)
			}
			path, err := tree.Proof(rs[1].Leaf())
			if err != nil || !merkle.Verify(tree.Root(), rs[1].Leaf(), path) {
				t.Fatalf("record 1 not proven in the tree: %v", err)
			}
			// A re-lease (the sender died) takes no new records: the leaves stay those of the first lease.
			if re, err := st.NextAnchor(ctx, 100, t0.Add(2*time.Minute), time.Minute, perDevice(t, &calls)); err != nil ||
				re == nil || re.ID != a.ID || re.LeafCount != 7 || calls != 1 {
				t.Fatalf("re-lease %+v %v (derive called %d times)", re, err, calls)
			}
			// A later anchor deriving the same record (d2's first reading again) keeps it once, in the first anchor.
			b3 := batch(d2, 1, 1)
			b3.Sequence = 2
			if err := st.Put(ctx, b3, salt(t), t0); err != nil {
				t.Fatal(err)
			}
			b, err := st.NextAnchor(ctx, 100, t0.Add(3*time.Minute), time.Minute, perDevice(t, &calls))
			if err != nil || b == nil || b.LeafCount != 1 {
				t.Fatalf("second anchor %+v %v: want its reading and no record", b, err)
			}
			// Not followed up before the anchor is on chain; then leased once, followed up once.
			if r, err := st.NextFollowUp(ctx, "test-kind", t0, time.Minute); err != nil || r != nil {
				t.Fatalf("follow-up before the anchor: %+v %v", r, err)
			}
			if err := st.Anchored(ctx, a.ID, tree.Root(), common.HexToHash("0x7"), 9, t0); err != nil {
				t.Fatal(err)
			}
			r1, err := st.NextFollowUp(ctx, "test-kind", t0, time.Minute)
			if err != nil || r1 == nil || r1.ID != rs[0].ID {
				t.Fatalf("follow-up: %+v %v", r1, err)
			}
			r2, err := st.NextFollowUp(ctx, "test-kind", t0, time.Minute)
			if err != nil || r2 == nil || r2.ID != rs[1].ID {
				t.Fatalf("second follow-up (the first is leased): %+v %v", r2, err)
			}
			if r, err := st.NextFollowUp(ctx, "other-kind", t0.Add(time.Hour), time.Minute); err != nil || r != nil {
				t.Fatalf("follow-up of another kind: %+v %v", r, err)
			}
			f := readings.FollowUp{TxHash: common.HexToHash("0xf1"), Block: 12, At: t0}
			if err := st.FollowedUp(ctx, r1.ID, f); err != nil {
				t.Fatal(err)
			}
			if err := st.FollowedUp(ctx, r1.ID, readings.FollowUp{TxHash: common.HexToHash("0xf2"), At: t0}); err != nil {
				t.Fatal(err)
			}
			if err := st.FollowedUp(ctx, common.HexToHash("0x99"), f); !errors.Is(err, readings.ErrNotFound) {
				t.Fatalf("follow-up of no record: %v", err)
			}
			got1, err := st.Record(ctx, r1.ID)
			if err != nil || !got1.FollowUp.Done() || got1.FollowUp.TxHash != f.TxHash || got1.FollowUp.Block != 12 {
				t.Fatalf("record after follow-up: %+v %v", got1, err)
			}
			// After the lease runs out, the one not followed up is leased again; the followed-up one never.
			r3, err := st.NextFollowUp(ctx, "test-kind", t0.Add(2*time.Minute), time.Minute)
			if err != nil || r3 == nil || r3.ID != rs[1].ID {
				t.Fatalf("follow-up after the lease: %+v %v", r3, err)
			}
			list, err := st.ListRecords(ctx, readings.RecordQuery{Kind: "test-kind", Device: d2})
			if err != nil || len(list) != 1 || list[0].ID != rs[1].ID {
				t.Fatalf("records of d2: %+v %v", list, err)
			}
			if all, err := st.ListRecords(ctx, readings.RecordQuery{Kind: "test-kind"}); err != nil || len(all) != 2 || all[0].ID != rs[1].ID {
				t.Fatalf("records: %+v %v", all, err)
			}
			if _, err := st.Record(ctx, common.HexToHash("0x99")); !errors.Is(err, readings.ErrNotFound) {
				t.Fatalf("no record: %v", err)
			}
		})
	}
}

// TestDeriveUnderLoad: on SQLite, a deriver that reads the store inside NextAnchor's transaction (which holds the
// write lock) does not wait on the connections of batches queued behind that lock, nor do they fail: every batch
// written meanwhile is kept once the anchor commits.
func TestDeriveUnderLoad(t *testing.T) {
	ctx := context.Background()
	st := open(t, "sqlite")
	dev := common.HexToAddress("0xd1")
	if err := st.Put(ctx, batch(dev, 1, 3), salt(t), t0); err != nil {
		t.Fatal(err)
	}
	const writers = 8 // more than the write pool's connections
	started := make(chan struct{})
	errs := make(chan error, writers)
	derive := func(ctx context.Context, taken []readings.Kept) ([]telemetry.Record, error) {
		close(started)
		time.Sleep(300 * time.Millisecond) // let the writers queue behind the write lock, holding their connections
		if _, err := st.Series(ctx, dev, telemetry.CodeRoomTemperature, t0.Add(-time.Hour), t0.Add(time.Hour)); err != nil {
			return nil, err
		}
		if _, err := st.Lots(ctx, dev, t0, t0); err != nil {
			return nil, err
		}
		return nil, nil
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		<-started
		var inner sync.WaitGroup
		for i := range writers {
			inner.Add(1)
			go func() {
				defer inner.Done()
				errs <- st.Put(ctx, batch(common.BigToAddress(new(big.Int).SetInt64(int64(0xe0+i))), 1, 2), salt(t), t0)
			}()
		}
		inner.Wait()
		close(errs)
	}()
	a, err := st.NextAnchor(ctx, 100, t0, time.Minute, derive)
	if err != nil || a == nil || a.LeafCount != 3 {
		t.Fatalf("anchor %+v %v", a, err)
	}
	wg.Wait()
	for err := range errs {
		if err != nil {
			t.Errorf("a batch written while the anchor derived: %v", err)
		}
	}
	if n, err := st.Unanchored(ctx); err != nil || n != writers*2 {
		t.Fatalf("%d readings waiting, want %d: %v", n, writers*2, err)
	}
}
