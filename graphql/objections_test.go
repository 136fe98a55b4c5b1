package graphql_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
)

// objectionEvents: a research consent r1 (HRESCH, use) at 31; the patient objects to HRESCH for every grantee at 33
// and withdraws at 36; the guardian grants g1 (TREAT) at 32 and is removed at 35, which revokes g1.
func objectionEvents() map[uint64][]store.Event {
	r1, g1 := hash("r1"), hash("g1")
	return map[uint64][]store.Event{
		30: {&store.GuardianAppointed{Meta: meta(30, 0), Patient: patient, Guardian: guardian},
			&store.MemberAdded{Meta: meta(30, 1), Account: trust, OdsCode: "RJ1", Kind: 1, JoinedAt: 30}},
		31: {&store.ConsentGranted{Meta: meta(31, 0), ConsentID: r1, Patient: patient, Grantee: trust,
			Purposes: vocab.PurposeMask(vocab.HResch), Actions: vocab.ActionMask(vocab.Use), By: patient}},
		32: {&store.ConsentGranted{Meta: meta(32, 0), ConsentID: g1, Patient: patient, Grantee: grantee,
			Purposes: vocab.PurposeMask(vocab.Treat), Actions: vocab.ActionMask(vocab.Access), By: guardian}},
		33: {&store.ObjectionRecorded{Meta: meta(33, 0), ObjectionID: 1, Patient: patient, Purposes: vocab.PurposeMask(vocab.HResch), By: patient}},
		34: {&store.ObjectionRecorded{Meta: meta(34, 0), ObjectionID: 2, Patient: patient, Grantee: grantee,
			Purposes: vocab.PurposeMask(vocab.PopHlth, vocab.Coc), By: guardian}},
		35: {&store.GuardianRemoved{Meta: meta(35, 0), Patient: patient, Guardian: guardian}},
		36: {&store.ObjectionWithdrawn{Meta: meta(36, 0), ObjectionID: 1, Patient: patient, Purposes: vocab.PurposeMask(vocab.HResch), By: patient}},
	}
}

func commitObjections(t *testing.T, st store.Store) {
	t.Helper()
	commitEvents(t, st, objectionEvents(), 30, 37)
}

// commitEvents commits blocks first..last with their events, one batch per block, the first from genesis.
func commitEvents(t *testing.T, st store.Store, evs map[uint64][]store.Event, first, last uint64) {
	t.Helper()
	for n := first; n <= last; n++ {
		b := &store.Batch{From: n, Events: evs[n], Checkpoint: store.Checkpoint{Number: n, Hash: hash(fmt.Sprint("b", n))},
			Blocks: []store.Block{{Number: n, Hash: hash(fmt.Sprint("b", n)), ParentHash: hash(fmt.Sprint("b", n-1)), Time: 1_700_000_000 + n*2}}}
		if n == first {
			b.From = 0
		}
		if err := st.Commit(context.Background(), b); err != nil {
			t.Fatal(err)
		}
	}
}

type objectionNode struct {
	ObjectionID         int
	Grantee             *string
	Purposes            []string
	RecordedBy          string
	Standing, Withdrawn bool
	Fhir                map[string]any
	PurposeDetails      []struct {
		Code, Display, Class string
		Research             bool
	}
}

const objectionFields = `objectionId grantee purposes recordedBy standing withdrawn fhir purposeDetails { code display class research }`

func TestObjections(t *testing.T) {
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			e := newEnv(t, kind, graphql.DefaultServerConfig())
			commitObjections(t, e.st)
			if err := e.st.SetMeta(context.Background(), "consent_policy_uri", "https://icb.example.nhs.uk/dsa"); err != nil {
				t.Fatal(err)
			}

			// consentAt: the research consent permitted before the objection, the objection decided while it stood,
			// and the consent permitted again after the withdrawal.
			type decision struct {
				ConsentAt struct {
					Permitted bool
					Basis     string
					Consent   *struct{ ConsentID string }
					Objection *objectionNode
				}
			}
			at := func(block uint64) decision {
				var d decision
				e.query(t, fmt.Sprintf(`{ consentAt(patient: %q, grantee: %q, purpose: "HRESCH", action: "use", at: %d) {
					permitted basis consent { consentId } objection { %s } } }`, low(patient), low(trust), 1_700_000_000+block*2, objectionFields), &d)
				return d
			}
			if d := at(32); !d.ConsentAt.Permitted || d.ConsentAt.Objection != nil || d.ConsentAt.Consent == nil {
				t.Fatalf("before the objection: %+v", d)
			}
			d := at(34)
			if d.ConsentAt.Permitted || d.ConsentAt.Basis != "NONE" || d.ConsentAt.Consent != nil || d.ConsentAt.Objection == nil ||
				d.ConsentAt.Objection.ObjectionID != 1 || d.ConsentAt.Objection.Grantee != nil {
				t.Fatalf("while the objection stood: %+v", d)
			}
			if d := at(37); !d.ConsentAt.Permitted || d.ConsentAt.Objection != nil {
				t.Fatalf("after the withdrawal: %+v", d)
			}

			// objections with time travel: at 35 both stand; now only the guardian's.
			type conn struct {
				Objections struct {
					TotalCount int
					Edges      []struct{ Node objectionNode }
				}
			}
			var then, now, standing conn
			e.query(t, `{ objections(block: {number: 35}) { totalCount edges { node { `+objectionFields+` } } } }`, &then)
			e.query(t, `{ objections { totalCount edges { node { `+objectionFields+` } } } }`, &now)
			e.query(t, `{ objections(where: {standing: true, purpose: "COC"}) { totalCount edges { node { objectionId } } } }`, &standing)
			if then.Objections.TotalCount != 2 || !then.Objections.Edges[0].Node.Standing || !then.Objections.Edges[1].Node.Standing {
				t.Fatalf("at block 35: %+v", then)
			}
			if now.Objections.TotalCount != 2 || now.Objections.Edges[0].Node.Standing || !now.Objections.Edges[0].Node.Withdrawn ||
				!now.Objections.Edges[1].Node.Standing || standing.Objections.TotalCount != 1 {
				t.Fatalf("now: %+v / standing: %+v", now, standing)
			}
			g := now.Objections.Edges[1].Node
			if g.RecordedBy != low(guardian) || len(g.PurposeDetails) != 2 || g.PurposeDetails[0].Code != "COC" ||
				g.PurposeDetails[0].Class != "DIRECT_CARE" || g.PurposeDetails[1].Class != "SECONDARY_USE" {
				t.Fatalf("guardian's objection: %+v", g)
			}
			// FHIR: a deny provision, active while it stands, valid against the official schema.
			for _, n := range []objectionNode{then.Objections.Edges[0].Node, now.Objections.Edges[0].Node, g} {
				validOfficial(t, n.Fhir)
				prov := n.Fhir["provision"].(map[string]any)
				want := map[bool]string{true: "active", false: "inactive"}[n.Standing]
				if prov["type"] != "deny" || n.Fhir["status"] != want || n.Fhir["policy"] == nil {
					t.Errorf("objection %d fhir: %v", n.ObjectionID, n.Fhir)
				}
			}

			// The guardian's removal at 35 revoked its grant g1 in the index, as the contract does.
			var c struct {
				Consent struct {
					Status       string
					RevokedBy    *string
					RevokedBlock *int
					History      []struct{ Kind, By string }
					Fhir         map[string]any
				}
			}
			e.query(t, fmt.Sprintf(`{ consent(consentId: %q) { status revokedBy revokedBlock history { kind by } fhir } }`, hash("g1").Hex()), &c)
			if c.Consent.Status != "REVOKED" || c.Consent.RevokedBy == nil || *c.Consent.RevokedBy != low(patient) ||
				*c.Consent.RevokedBlock != 35 || len(c.Consent.History) != 2 || c.Consent.History[1].By != low(patient) {
				t.Fatalf("guardian's grant after the removal: %+v", c)
			}
			perf := c.Consent.Fhir["performer"].([]any)[0].(map[string]any)
			if perf["type"] != "RelatedPerson" {
				t.Fatalf("guardian's grant performer %v", perf)
			}
			validOfficial(t, c.Consent.Fhir)
			// The research consent to a member: research scope, the grantee as an Organization by ODS code.
			var r struct {
				Consent struct {
					Fhir           map[string]any
					PurposeDetails []struct{ Research bool }
				}
			}
			e.query(t, fmt.Sprintf(`{ consent(consentId: %q) { fhir purposeDetails { research } } }`, hash("r1").Hex()), &r)
			validOfficial(t, r.Consent.Fhir)
			scope := r.Consent.Fhir["scope"].(map[string]any)["coding"].([]any)[0].(map[string]any)["code"]
			actor := r.Consent.Fhir["provision"].(map[string]any)["actor"].([]any)[0].(map[string]any)["reference"].(map[string]any)
			if scope != "research" || actor["type"] != "Organization" || !r.Consent.PurposeDetails[0].Research {
				t.Fatalf("research consent fhir: scope %v actor %v", scope, actor)
			}
			if actor["identifier"].(map[string]any)["value"] != "RJ1" {
				t.Fatalf("ODS code: %v", actor)
			}

			var ps struct {
				Purposes []struct{ Code, Class string }
			}
			e.query(t, `{ purposes { code class } }`, &ps)
			if len(ps.Purposes) != 14 || ps.Purposes[10].Code != "COC" || ps.Purposes[13].Code != "HQUALIMP" {
				t.Fatalf("purposes %+v", ps)
			}
			_ = common.Address{}
		})
	}
}
