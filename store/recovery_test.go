package store_test

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
)

// recoveryHistory: a patient's consents, objection and guardians, a recovery at 23 (with a grant, a guardian and an
// objection in the same block, before it), the new wallet acting at 24, and at 26 the new wallet lost too: two
// recoveries in one block (to a third, then a fourth wallet).
func recoveryHistory() map[uint64][]store.Event {
	old, w2, w3, w4 := addr(1), addr(0x42), addr(0x43), addr(0x44)
	grantee, g1, g2 := addr(2), addr(3), addr(4)
	cg := func(m store.Meta, id string, patient [20]byte) *store.ConsentGranted {
		return &store.ConsentGranted{Meta: m, ConsentID: hash(id), Patient: patient, Grantee: grantee, Purposes: 1, Actions: 2, By: patient}
	}
	rec := func(m store.Meta, from, to [20]byte) *store.WalletRecovered {
		return &store.WalletRecovered{Meta: m, Address: addr(5), Subject: old, OldWallet: from, NewWallet: to, Args: `{}`}
	}
	return map[uint64][]store.Event{
		20: {cg(meta(20, 0), "a", old), &store.GuardianAppointed{Meta: meta(20, 1), Patient: old, Guardian: g1}},
		21: {cg(meta(21, 0), "b", old), cg(meta(21, 1), "c", old),
			&store.ObjectionRecorded{Meta: meta(21, 2), ObjectionID: 1, Patient: old, Purposes: 4, By: old}},
		22: {&store.ConsentRevoked{Meta: meta(22, 0), ConsentID: hash("b"), Patient: old, Grantee: grantee, RevokedAt: 1044, By: old}},
		23: {cg(meta(23, 0), "d", old), &store.GuardianAppointed{Meta: meta(23, 1), Patient: old, Guardian: g2},
			&store.ObjectionRecorded{Meta: meta(23, 2), ObjectionID: 2, Patient: old, Purposes: 8, By: old},
			&store.EmergencyAccess{Meta: meta(23, 3), Patient: old, Accessor: addr(8), ReasonHash: hash("r"), At: 1046},
			rec(meta(23, 4), old, w2)},
		24: {&store.ConsentRevoked{Meta: meta(24, 0), ConsentID: hash("a"), Patient: w2, Grantee: grantee, RevokedAt: 1048, By: w2},
			&store.GuardianRemoved{Meta: meta(24, 1), Patient: w2, Guardian: g1},
			&store.ObjectionWithdrawn{Meta: meta(24, 2), ObjectionID: 1, Patient: w2, Purposes: 4, By: w2},
			cg(meta(24, 3), "e", w2)},
		26: {rec(meta(26, 0), w2, w3), cg(meta(26, 1), "f", w3), rec(meta(26, 2), w3, w4)},
		27: {&store.ConsentRevoked{Meta: meta(27, 0), ConsentID: hash("c"), Patient: w4, Grantee: grantee, RevokedAt: 1054, By: w4}},
	}
}

func commitHistory(t *testing.T, s store.Store, h map[uint64][]store.Event, from, to, size uint64) {
	t.Helper()
	for a := from; a <= to; a += size {
		b := min(a+size-1, to)
		batch := &store.Batch{From: a, Checkpoint: store.Checkpoint{Number: b, Hash: block(b).Hash}}
		for n := a; n <= b; n++ {
			batch.Events = append(batch.Events, h[n]...)
			batch.Blocks = append(batch.Blocks, block(n))
		}
		if err := s.Commit(context.Background(), batch); err != nil {
			t.Fatalf("commit %d..%d: %v", a, b, err)
		}
	}
}

// patientRows counts wallet's current (at nil) or past consents, objections and guardians.
func patientRows(t *testing.T, s store.Store, wallet [20]byte, at *uint64) [3]int {
	t.Helper()
	ctx := context.Background()
	q := store.List{At: at, First: 100, Where: []store.Cond{{Col: store.ColPatient, Op: store.Eq, Value: hexLow(common.Address(wallet))}}}
	c, err := store.Select(ctx, s, store.Consents, q)
	if err != nil {
		t.Fatal(err)
	}
	o, err := store.Select(ctx, s, store.Objections, q)
	if err != nil {
		t.Fatal(err)
	}
	g, err := store.Select(ctx, s, store.Guardians, q)
	if err != nil {
		t.Fatal(err)
	}
	return [3]int{len(c.Rows), len(o.Rows), len(g.Rows)}
}

func TestRecoveryIndexIsBatchingAndReorgProof(t *testing.T) {
	h := recoveryHistory()
	var sums []string
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			for _, size := range []uint64{1, 2, 3, 100} {
				s := open(t, kind)
				commitHistory(t, s, h, 19, 28, size)
				sums = append(sums, checksum(t, s))
				if size != 1 {
					continue
				}
				// consents, objections, guardians per wallet, now and before each recovery
				at := func(n uint64) *uint64 { return &n }
				for _, c := range []struct {
					wallet [20]byte
					at     *uint64
					want   [3]int
				}{
					{addr(1), at(22), [3]int{3, 1, 1}}, {addr(1), nil, [3]int{}}, {addr(0x42), at(22), [3]int{}},
					{addr(0x42), at(23), [3]int{4, 2, 2}}, {addr(0x42), at(25), [3]int{5, 2, 1}}, {addr(0x42), nil, [3]int{}},
					{addr(0x43), nil, [3]int{}}, {addr(0x44), at(25), [3]int{}}, {addr(0x44), nil, [3]int{6, 2, 1}},
				} {
					if got := patientRows(t, s, c.wallet, c.at); got != c.want {
						t.Errorf("%x at %v: consents, objections, guardians %v, want %v", c.wallet, c.at, got, c.want)
					}
				}
			}
			ctx := context.Background()
			for _, to := range []uint64{22, 23, 24, 25, 26} {
				full := open(t, kind)
				commitHistory(t, full, h, 19, 28, 3)
				if err := full.Rollback(ctx, store.Checkpoint{Number: to, Hash: block(to).Hash}); err != nil {
					t.Fatal(err)
				}
				fresh := open(t, kind)
				commitHistory(t, fresh, h, 19, to, 1)
				if a, b := checksum(t, full), checksum(t, fresh); a != b {
					t.Fatalf("rolled back to %d: checksum %s, fresh index %s", to, a, b)
				}
			}
		})
	}
	for i, c := range sums {
		if c != sums[0] {
			t.Fatalf("checksum %d = %s, want %s (same events, different batching or database)", i, c, sums[0])
		}
	}
}
