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
				p, err := s.List(ctx, store.List{Table: store.TableConsents, At: block})
				if err != nil {
					t.Fatal(err)
				}
				out := map[string]bool{}
				for _, r := range p.Rows {
					out[r["consent_id"].(string)] = r["revoked"].(bool)
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
				p, err := s.List(ctx, store.List{Table: store.TableProposals, At: at(tc.at)})
				if err != nil || len(p.Rows) != 1 {
					t.Fatalf("proposals at %d: %v %v", tc.at, p, err)
				}
				if p.Rows[0]["for_votes"] != tc.forV || p.Rows[0]["against_votes"] != tc.agains {
					t.Fatalf("at %d: tallies %v/%v, want %d/%d", tc.at, p.Rows[0]["for_votes"], p.Rows[0]["against_votes"], tc.forV, tc.agains)
				}
			}
			// guardian: appointed 11, removed 15, appointed again 17
			for _, tc := range []struct {
				at   uint64
				want int
			}{{10, 0}, {11, 1}, {14, 1}, {15, 0}, {16, 0}, {17, 1}} {
				p, err := s.List(ctx, store.List{Table: store.TableGuardians, At: at(tc.at)})
				if err != nil || len(p.Rows) != tc.want {
					t.Fatalf("guardians at %d: %d rows, want %d (%v)", tc.at, len(p.Rows), tc.want, err)
				}
			}
			// a future block is refused
			if _, err := s.List(ctx, store.List{Table: store.TableConsents, At: at(99)}); err == nil {
				t.Fatal("a block after the checkpoint was accepted")
			}
			// cursor pagination over consent events, one per page, in both orders
			for _, desc := range []bool{false, true} {
				var seen []string
				after := ""
				for {
					p, err := s.List(ctx, store.List{Table: store.TableConsentEvents, First: 1, After: after, Desc: desc, OrderBy: "at"})
					if err != nil {
						t.Fatal(err)
					}
					if p.TotalCount != 4 {
						t.Fatalf("totalCount %d, want 4", p.TotalCount)
					}
					for _, r := range p.Rows {
						seen = append(seen, r["kind"].(string))
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
			// filters: in, comparison, bit
			p, err := s.List(ctx, store.List{Table: store.TableConsents, Where: []store.Cond{
				{Col: "purposes", Op: store.AnyBit, Value: int64(8)},
				{Col: "granted_block", Op: store.In, Values: []any{int64(12), int64(13)}},
				{Col: "expires_at", Op: store.Gt, Value: int64(0)}}})
			if err != nil || len(p.Rows) != 1 || p.Rows[0]["consent_id"] != c2 {
				t.Fatalf("filtered consents: %v %v", p, err)
			}
			if _, err := s.List(ctx, store.List{Table: store.TableConsents, Where: []store.Cond{{Col: "x; DROP TABLE consents", Op: store.Eq, Value: 1}}}); err == nil {
				t.Fatal("an unknown column was accepted")
			}
		})
	}
}
