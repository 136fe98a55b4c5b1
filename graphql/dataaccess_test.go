package graphql_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/ethereum/go-ethereum/common"
)

// accessEvents (block n's time is 1_700_000_000 + 2n): org1 requests consents-by-purpose for HRESCH at 60 (request
// 1) and org2 anchors-by-custodian for POPHLTH at 61 (request 2); the DAO approves 1 at 62; the analytics server
// releases 1 at 63 and again at 65.
func accessEvents(org1, org2 common.Address) map[uint64][]store.Event {
	h := func(b byte) common.Hash { return common.Hash{b, 0xee} }
	return map[uint64][]store.Event{
		60: {&store.AccessRequested{Meta: meta(60, 0), RequestID: 1, Requester: org1, Measure: "consents-by-purpose", Purpose: 3,
			PeriodStart: 1_790_000_000, PeriodEnd: 1_798_000_000}},
		61: {&store.AccessRequested{Meta: meta(61, 0), RequestID: 2, Requester: org2, Measure: "anchors-by-custodian", Purpose: 11,
			PeriodStart: 1_790_000_000, PeriodEnd: 1_791_000_000}},
		62: {&store.AccessApproved{Meta: meta(62, 0), RequestID: 1, Requester: org1}},
		63: {&store.DataReleased{Meta: meta(63, 1), RequestID: 1, Recipient: org1, ReleaseHash: h(1), Release: 1}},
		65: {&store.DataReleased{Meta: meta(65, 0), RequestID: 1, Recipient: org1, ReleaseHash: h(2), Release: 2}},
	}
}

type dataAccessNode struct {
	RequestID                           int
	Requester, Measure, Purpose, Status string
	PeriodStart, PeriodEnd              int
	RequestedAt, RequestedBlock         int
	RequestedTx                         string
	ApprovedAt, ApprovedBlock           *int
	ApprovedTx                          *string
	Releases                            []struct {
		RequestID, Release, ReleasedAt, Block int
		Recipient, ReleaseHash, Tx            string
	}
}

func TestDataAccessRequests(t *testing.T) {
	org1, org2 := addr(0xB1), addr(0xB2)
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			e := newEnv(t, kind, graphql.DefaultServerConfig())
			commitEvents(t, e.st, accessEvents(org1, org2), 60, 66)
			list := func(args string) ([]dataAccessNode, int) {
				var out struct {
					DataAccessRequests struct {
						TotalCount int
						Edges      []struct{ Node dataAccessNode }
					}
				}
				e.query(t, fmt.Sprintf(`{ dataAccessRequests%s { totalCount edges { node { requestId requester measure purpose
					status periodStart periodEnd requestedAt requestedBlock requestedTx approvedAt approvedBlock approvedTx
					releases { requestId recipient releaseHash release releasedAt block tx } } } } }`, args), &out)
				var nodes []dataAccessNode
				for _, ed := range out.DataAccessRequests.Edges {
					nodes = append(nodes, ed.Node)
				}
				return nodes, out.DataAccessRequests.TotalCount
			}

			// The head: request 1 approved with two releases, request 2 requested.
			all, total := list("")
			if total != 2 || len(all) != 2 {
				t.Fatalf("head: %d requests (%+v)", total, all)
			}
			r1, r2 := all[0], all[1]
			if r1.RequestID != 1 || r1.Requester != low(org1) || r1.Measure != "consents-by-purpose" || r1.Purpose != "HRESCH" ||
				r1.Status != "APPROVED" || r1.PeriodStart != 1_790_000_000 || r1.PeriodEnd != 1_798_000_000 ||
				r1.RequestedBlock != 60 || r1.RequestedAt != 1_700_000_120 || r1.ApprovedBlock == nil || *r1.ApprovedBlock != 62 ||
				*r1.ApprovedAt != 1_700_000_124 || r1.ApprovedTx == nil || *r1.ApprovedTx != strings.ToLower(meta(62, 0).TxHash.Hex()) {
				t.Fatalf("request 1: %+v", r1)
			}
			if len(r1.Releases) != 2 || r1.Releases[0].Release != 1 || r1.Releases[1].Release != 2 || r1.Releases[0].Block != 63 ||
				r1.Releases[0].ReleasedAt != 1_700_000_126 || r1.Releases[0].Recipient != low(org1) ||
				r1.Releases[1].ReleaseHash != strings.ToLower(common.Hash{2, 0xee}.Hex()) ||
				r1.Releases[0].Tx != strings.ToLower(meta(63, 1).TxHash.Hex()) {
				t.Fatalf("request 1 releases: %+v", r1.Releases)
			}
			if r2.RequestID != 2 || r2.Purpose != "POPHLTH" || r2.Status != "REQUESTED" || r2.ApprovedAt != nil || len(r2.Releases) != 0 {
				t.Fatalf("request 2: %+v", r2)
			}

			// Time travel: at 62 approved, no release; at 63 one; at 60 only request 1, requested.
			at := func(n int) string { return fmt.Sprintf("(block: {number: %d})", n) }
			if got, _ := list(at(62)); len(got) != 2 || got[0].Status != "APPROVED" || len(got[0].Releases) != 0 {
				t.Fatalf("at 62: %+v", got)
			}
			if got, _ := list(at(64)); len(got[0].Releases) != 1 {
				t.Fatalf("at 64: %+v", got[0].Releases)
			}
			if got, total := list(at(60)); total != 1 || got[0].Status != "REQUESTED" || got[0].ApprovedBlock != nil {
				t.Fatalf("at 60: %+v", got)
			}

			// Filters, and paging.
			if got, total := list(fmt.Sprintf(`(where: {requester: %q})`, strings.ToUpper(org2.Hex()[2:]))); total != 1 || got[0].RequestID != 2 {
				t.Fatalf("requester filter: %+v", got)
			}
			if got, _ := list(`(where: {status: APPROVED})`); len(got) != 1 || got[0].RequestID != 1 {
				t.Fatalf("approved: %+v", got)
			}
			if got, _ := list(`(where: {status: REQUESTED}, block: {number: 61})`); len(got) != 2 {
				t.Fatalf("requested at 61: %+v", got)
			}
			if got, total := list(`(first: 1)`); len(got) != 1 || total != 2 || got[0].RequestID != 1 {
				t.Fatalf("first 1: %+v", got)
			}
			var bad map[string]any
			if err := e.c.Post(`{ dataAccessRequests(where: {requester: "0x12"}) { totalCount } }`, &bad); err == nil ||
				!strings.Contains(err.Error(), "not a 20-byte hex address") {
				t.Errorf("bad requester: %v", err)
			}
		})
	}
}
