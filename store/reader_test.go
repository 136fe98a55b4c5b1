package store_test

import (
	"context"
	"testing"

	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
)

func TestTimeTravelAndPagination(t *testing.T) {
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			ctx := context.Background()
			s := open(t, kind)
			commitRanges(t, s, 9, 18, 3)
			at := func(n uint64) *uint64 { return &n }
			revokedAt := func(block *uint64) map[string]bool {
				p, err := store.Select(ctx, s, store.Consents, store.List{At: block})
				if err != nil {
					t.Fatal(err)
				}
				out := map[string]bool{}
				for _, r := range p.Rows {
					out[r.ConsentID] = r.Revoked
				}
				return out
			}
			c1, c2 := hash("c1").Hex(), hash("c2").Hex()
			for _, tc := range []struct {
				at   *uint64
				want map[string]bool
			}{
				{at(10), map[string]bool{}},
				{at(11), map[string]bool{c1: false}},
				{at(12), map[string]bool{c1: false, c2: true}},
				{at(13), map[string]bool{c1: false, c2: true}},
				{at(14), map[string]bool{c1: true, c2: true}},
				{nil, map[string]bool{c1: true, c2: true}},
			} {
				got := revokedAt(tc.at)
				if len(got) != len(tc.want) {
					t.Fatalf("at %v: consents %v, want %v", tc.at, got, tc.want)
				}
				for k, v := range tc.want {
					if got[k] != v {
						t.Fatalf("at %v: consents %v, want %v", tc.at, got, tc.want)
					}
				}
			}
			// the proposal's tallies as of each block
			for _, tc := range []struct {
				at           uint64
				forV, agains int64
			}{{13, 0, 0}, {14, 1, 0}, {15, 1, 1}} {
				p, err := store.Select(ctx, s, store.Proposals, store.List{At: at(tc.at)})
				if err != nil || len(p.Rows) != 1 {
					t.Fatalf("proposals at %d: %v %v", tc.at, p, err)
				}
				if p.Rows[0].ForVotes != tc.forV || p.Rows[0].AgainstVotes != tc.agains {
					t.Fatalf("at %d: tallies %v/%v, want %d/%d", tc.at, p.Rows[0].ForVotes, p.Rows[0].AgainstVotes, tc.forV, tc.agains)
				}
			}
			// guardian: appointed 11, removed 15, appointed again 17
			for _, tc := range []struct {
				at   uint64
				want int
			}{{10, 0}, {11, 1}, {14, 1}, {15, 0}, {16, 0}, {17, 1}} {
				p, err := store.Select(ctx, s, store.Guardians, store.List{At: at(tc.at)})
				if err != nil || len(p.Rows) != tc.want {
					t.Fatalf("guardians at %d: %d rows, want %d (%v)", tc.at, len(p.Rows), tc.want, err)
				}
			}
			// a future block is refused
			if _, err := store.Select(ctx, s, store.Consents, store.List{At: at(99)}); err == nil {
				t.Fatal("a block after the checkpoint was accepted")
			}
			// cursor pagination over consent events, one per page, in both orders
			for _, desc := range []bool{false, true} {
				var seen []string
				after := ""
				for {
					p, err := store.Select(ctx, s, store.ConsentEvents, store.List{First: 1, After: after, Desc: desc, OrderBy: store.ColAt, Count: true})
					if err != nil {
						t.Fatal(err)
					}
					if p.TotalCount != 4 {
						t.Fatalf("totalCount %d, want 4", p.TotalCount)
					}
					for _, r := range p.Rows {
						seen = append(seen, r.Kind)
					}
					if !p.HasNext {
						break
					}
					after = p.Cursors[len(p.Cursors)-1]
				}
				if len(seen) != 4 {
					t.Fatalf("desc=%v: paged through %v, want 4 events", desc, seen)
				}
			}
			// the total count, on a first page that holds every row (counted from the rows read) or not, read through
			// the page reader and through database/sql
			for first := 1; first <= 5; first++ {
				for name, sel := range map[string]func(context.Context, store.Reader, *store.Rows[store.ConsentEventRow], store.List) (*store.Page[store.ConsentEventRow], error){
					"Select": store.Select[store.ConsentEventRow], "SelectSQL": store.SelectSQL[store.ConsentEventRow]} {
					p, err := sel(ctx, s, store.ConsentEvents, store.List{First: first, Count: true})
					if err != nil || p.TotalCount != 4 || len(p.Rows) != min(first, 4) || p.HasNext != (first < 4) {
						t.Fatalf("%s first %d: %d of %d rows, next %v (%v)", name, first, len(p.Rows), p.TotalCount, p.HasNext, err)
					}
				}
			}
			// filters: in, comparison, bit
			p, err := store.Select(ctx, s, store.Consents, store.List{Where: []store.Cond{
				{Col: "purposes", Op: store.AnyBit, Value: int64(8)},
				{Col: "granted_block", Op: store.In, Values: []any{int64(12), int64(13)}},
				{Col: "expires_at", Op: store.Gt, Value: int64(0)}}})
			if err != nil || len(p.Rows) != 1 || p.Rows[0].ConsentID != c2 {
				t.Fatalf("filtered consents: %v %v", p, err)
			}
			if _, err := store.Select(ctx, s, store.Consents, store.List{Where: []store.Cond{{Col: "x; DROP TABLE consents", Op: store.Eq, Value: 1}}}); err == nil {
				t.Fatal("an unknown column was accepted")
			}
			// only the asked columns are read, and no COUNT unless asked
			p, err = store.Select(ctx, s, store.Consents, store.List{Cols: []string{store.ColPatient}})
			if err != nil || len(p.Rows) != 2 {
				t.Fatalf("consents with one column: %v %v", p, err)
			}
			for _, r := range p.Rows {
				if r.Patient == "" || r.Grantee != "" || r.ConsentID != "" || r.ValidFrom == 0 {
					t.Fatalf("row read with patient only: %+v", r)
				}
			}
			if p.TotalCount != 0 {
				t.Fatalf("totalCount %d without Count", p.TotalCount)
			}
			if _, err := store.Select(ctx, s, store.Consents, store.List{Cols: []string{"x; DROP TABLE consents"}}); err == nil {
				t.Fatal("an unknown column to read was accepted")
			}
			// StatusConds selects exactly the consents whose StatusAt is the status, at every time around the expiry:
			// at block 13 c1 has no expiry and is not revoked, c2 is revoked; c3 (block 19) expires at 3000.
			c3 := store.Batch{From: 19, Blocks: []store.Block{{Number: 19, Time: 1038}}, Checkpoint: store.Checkpoint{Number: 19},
				Events: []store.Event{&store.ConsentGranted{Meta: store.Meta{Block: 19, BlockTime: 1038}, ConsentID: hash("c3"),
					Patient: addr(1), Grantee: addr(2), Purposes: 1, Actions: 1, ExpiresAt: 3000}}}
			if err := s.Commit(ctx, &c3); err != nil {
				t.Fatal(err)
			}
			seen := map[store.ConsentStatus]bool{}
			for _, block := range []*uint64{at(13), nil} {
				all, err := store.Select(ctx, s, store.Consents, store.List{At: block})
				if err != nil {
					t.Fatal(err)
				}
				for _, r := range all.Rows {
					for _, now := range []int64{2999, 3000, 3001} {
						for _, st := range []store.ConsentStatus{store.StatusActive, store.StatusRevoked, store.StatusExpired} {
							where, or := store.StatusConds(st, now)
							where = append(where, store.Cond{Col: store.ColConsentID, Op: store.Eq, Value: r.ConsentID})
							got, err := store.Select(ctx, s, store.Consents, store.List{At: block, Where: where, Or: or})
							if err != nil {
								t.Fatal(err)
							}
							if want := r.StatusAt(now) == st; (len(got.Rows) == 1) != want {
								t.Fatalf("consent %s at %d: status %v selected %d rows, StatusAt says %v", r.ConsentID, now, st, len(got.Rows), r.StatusAt(now))
							}
						}
						seen[r.StatusAt(now)] = true
					}
				}
			}
			if len(seen) != 3 {
				t.Fatalf("statuses covered: %v, want all three", seen)
			}
		})
	}
}
