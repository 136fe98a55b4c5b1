package graphql_test

import (
	"fmt"
	"testing"

	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/bevan-health/bevan/vocab"
)

// Removing a guardian revokes every consent it granted, all from the one GuardianRemoved log: the revoked versions
// still need distinct positions, or a page boundary among them skips the rest. A patient's consents walked one at a
// time, in both orders, give each consent exactly once.
func TestGuardianRemovalPages(t *testing.T) {
	grant := func(block uint64, log uint, id string) store.Event {
		return &store.ConsentGranted{Meta: meta(block, log), ConsentID: hash(id), Patient: patient, Grantee: grantee,
			Purposes: vocab.PurposeMask(vocab.Treat), Actions: vocab.ActionMask(vocab.Access), By: guardian}
	}
	evs := map[uint64][]store.Event{
		30: {&store.GuardianAppointed{Meta: meta(30, 0), Patient: patient, Guardian: guardian}},
		31: {grant(31, 0, "g1"), grant(31, 1, "g2"), grant(31, 2, "g3"), grant(31, 3, "g4")},
		33: {grant(33, 0, "g5"), &store.GuardianRemoved{Meta: meta(33, 1), Patient: patient, Guardian: guardian}},
	}
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			e := newEnv(t, kind, graphql.DefaultServerConfig())
			commitEvents(t, e.st, evs, 30, 34)
			for _, dir := range []string{"", "orderBy: {field: GRANTED_BLOCK, direction: ASC}, ", "orderBy: {field: GRANTED_BLOCK, direction: DESC}, "} {
				seen := map[string]int{}
				after := ""
				for range 10 {
					var out struct {
						Consents struct {
							TotalCount int
							Edges      []struct {
								Node struct {
									ConsentID string
									Revoked   bool
								}
							}
							PageInfo struct {
								HasNextPage bool
								EndCursor   string
							}
						}
					}
					e.query(t, fmt.Sprintf(`{ consents(where: {patient: {eq: %q}}, %sfirst: 1%s) {
						totalCount edges { node { consentId revoked } } pageInfo { hasNextPage endCursor } } }`, low(patient), dir, after), &out)
					for _, x := range out.Consents.Edges {
						if !x.Node.Revoked {
							t.Fatalf("%q: consent %s not revoked by the guardian's removal", dir, x.Node.ConsentID)
						}
						seen[x.Node.ConsentID]++
					}
					if out.Consents.TotalCount != 5 {
						t.Fatalf("%q: totalCount %d, want 5", dir, out.Consents.TotalCount)
					}
					if !out.Consents.PageInfo.HasNextPage {
						break
					}
					after = fmt.Sprintf(", after: %q", out.Consents.PageInfo.EndCursor)
				}
				if len(seen) != 5 {
					t.Fatalf("%q: walked %d consents one page at a time, want 5: %v", dir, len(seen), seen)
				}
				for id, n := range seen {
					if n != 1 {
						t.Fatalf("%q: consent %s on %d pages", dir, id, n)
					}
				}
			}
		})
	}
}
