package graphql_test

import (
	"context"
	"fmt"
	"sort"
	"testing"

	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
)

// recovered is the wallet a key recovery moves patient's records to.
var recovered = addr(0x44)

// recoveryEvents: the guardian at 40; five consents and an objection at 41; at 42 a sixth consent and a revocation
// of the third, then the recovery (old wallet patient, new wallet recovered) in the same block; at 43 the new wallet
// revokes the first consent (the event names the new wallet) and appoints a second guardian.
func recoveryEvents() map[uint64][]store.Event {
	evs := map[uint64][]store.Event{
		40: {&store.GuardianAppointed{Meta: meta(40, 0), Patient: patient, Guardian: guardian}},
		41: {&store.ObjectionRecorded{Meta: meta(41, 5), ObjectionID: 1, Patient: patient, Purposes: vocab.PurposeMask(vocab.HResch), By: patient}},
		42: {
			&store.ConsentGranted{Meta: meta(42, 0), ConsentID: hash("rc6"), Patient: patient, Grantee: grantee,
				Purposes: vocab.PurposeMask(vocab.Treat), Actions: vocab.ActionMask(vocab.Access), By: patient},
			&store.ConsentRevoked{Meta: meta(42, 1), ConsentID: hash("rc3"), Patient: patient, Grantee: grantee, RevokedAt: 1_700_000_084, By: patient},
			&store.WalletRecovered{Meta: meta(42, 2), Address: registry, Subject: patient, OldWallet: patient, NewWallet: recovered,
				Args: fmt.Sprintf(`{"newWallet":%q,"oldWallet":%q,"subject":%q}`, low(recovered), low(patient), low(patient))},
		},
		43: {
			&store.ConsentRevoked{Meta: meta(43, 0), ConsentID: hash("rc1"), Patient: recovered, Grantee: grantee, RevokedAt: 1_700_000_086, By: recovered},
			&store.GuardianAppointed{Meta: meta(43, 1), Patient: recovered, Guardian: gp},
		},
	}
	for i := range 5 {
		evs[41] = append(evs[41], &store.ConsentGranted{Meta: meta(41, uint(i)), ConsentID: hash(fmt.Sprint("rc", i+1)), Patient: patient,
			Grantee: grantee, Purposes: vocab.PurposeMask(vocab.Treat), Actions: vocab.ActionMask(vocab.Access), By: patient})
	}
	return evs
}

type recoveryView struct {
	Consents struct {
		TotalCount int
		Edges      []struct {
			Node struct {
				ConsentID, Patient string
				Revoked            bool
			}
		}
	}
	Objections struct {
		TotalCount int
		Edges      []struct{ Node struct{ ObjectionID int } }
	}
	Guardians struct {
		Edges []struct {
			Node struct {
				Guardian       string
				AppointedBlock int
			}
		}
	}
}

// view is what the web app asks for a wallet: its consents, objections and guardians (at block, when not zero).
func (e *env) recoveryView(t *testing.T, wallet common.Address, block uint64) recoveryView {
	t.Helper()
	b := ""
	if block > 0 {
		b = fmt.Sprintf(", block: {number: %d}", block)
	}
	w := fmt.Sprintf(`where: {patient: {eq: %q}}%s`, low(wallet), b)
	var v recoveryView
	e.query(t, `{ consents(`+w+`) { totalCount edges { node { consentId patient revoked } } }
		objections(`+w+`) { totalCount edges { node { objectionId } } }
		guardians(`+w+`) { edges { node { guardian appointedBlock } } } }`, &v)
	return v
}

func (v recoveryView) guardians() string {
	var out []string
	for _, g := range v.Guardians.Edges {
		out = append(out, fmt.Sprintf("%s@%d", g.Node.Guardian, g.Node.AppointedBlock))
	}
	sort.Strings(out)
	return fmt.Sprint(out)
}

func TestRecoveryMovesThePatientsRecords(t *testing.T) {
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			e := newEnv(t, kind, graphql.DefaultServerConfig())
			commitEvents(t, e.st, recoveryEvents(), 40, 44)

			// before the recovery (time travel): everything under the old wallet, nothing under the new one
			before, none := e.recoveryView(t, patient, 41), e.recoveryView(t, recovered, 41)
			if before.Consents.TotalCount != 5 || before.Objections.TotalCount != 1 ||
				before.guardians() != fmt.Sprintf("[%s@40]", low(guardian)) {
				t.Fatalf("old wallet at 41: %+v", before)
			}
			if none.Consents.TotalCount != 0 || none.Objections.TotalCount != 0 || len(none.Guardians.Edges) != 0 {
				t.Fatalf("new wallet at 41: %+v", none)
			}

			// after it: the six consents (the third and, at 43, the first revoked), the objection and both guardians
			// under the new wallet; nothing left under the old one
			now, old := e.recoveryView(t, recovered, 0), e.recoveryView(t, patient, 0)
			revoked := map[string]bool{}
			for _, c := range now.Consents.Edges {
				if c.Node.Patient != low(recovered) {
					t.Fatalf("consent %s names %s, want the new wallet", c.Node.ConsentID, c.Node.Patient)
				}
				revoked[c.Node.ConsentID] = c.Node.Revoked
			}
			if now.Consents.TotalCount != 6 || len(revoked) != 6 || !revoked[hash("rc1").Hex()] || !revoked[hash("rc3").Hex()] ||
				revoked[hash("rc2").Hex()] || revoked[hash("rc6").Hex()] {
				t.Fatalf("new wallet now: %+v", now.Consents)
			}
			if now.Objections.TotalCount != 1 || now.guardians() != fmt.Sprint([]string{low(guardian) + "@40", low(gp) + "@43"}) {
				t.Fatalf("new wallet now: %+v", now)
			}
			if old.Consents.TotalCount != 0 || old.Objections.TotalCount != 0 || len(old.Guardians.Edges) != 0 {
				t.Fatalf("old wallet now: %+v", old)
			}
			if at42 := e.recoveryView(t, recovered, 42); at42.Consents.TotalCount != 6 || at42.Objections.TotalCount != 1 {
				t.Fatalf("new wallet at the recovery's block: %+v", at42)
			}

			// pages of two walk every moved consent once (the moved versions share their block)
			seen := e.walkConsents(t, fmt.Sprintf("where: {patient: {eq: %q}}, ", low(recovered)), 2)
			if len(seen) != 6 {
				t.Fatalf("pages of two showed %d consents, want 6", len(seen))
			}

			// the decision follows the subject: the new wallet's treatment consent permits, the old wallet's nothing
			type decision struct{ ConsentAt struct{ Permitted bool } }
			var newD, oldD decision
			q := `{ consentAt(patient: %q, grantee: %q, purpose: "TREAT", action: "access", at: %d) { permitted } }`
			e.query(t, fmt.Sprintf(q, low(recovered), low(grantee), 1_700_000_000+44*2), &newD)
			e.query(t, fmt.Sprintf(q, low(patient), low(grantee), 1_700_000_000+44*2), &oldD)
			if !newD.ConsentAt.Permitted || oldD.ConsentAt.Permitted {
				t.Fatalf("consentAt after the recovery: new wallet %v, old wallet %v", newD, oldD)
			}

			// the recovery stays a contract event too
			var ce struct {
				ContractEvents struct {
					Edges []struct{ Node struct{ Event string } }
				}
			}
			e.query(t, `{ contractEvents(where: {event: {eq: "WalletRecovered"}}) { edges { node { event } } } }`, &ce)
			if len(ce.ContractEvents.Edges) != 1 {
				t.Fatalf("WalletRecovered contract events: %+v", ce)
			}

			// a reorg that removes the recovery restores the old wallet's view
			if err := e.st.Rollback(context.Background(), store.Checkpoint{Number: 41, Hash: hash("b41")}); err != nil {
				t.Fatal(err)
			}
			back, gone := e.recoveryView(t, patient, 0), e.recoveryView(t, recovered, 0)
			if back.Consents.TotalCount != 5 || back.Objections.TotalCount != 1 || back.guardians() != fmt.Sprintf("[%s@40]", low(guardian)) {
				t.Fatalf("old wallet after the reorg: %+v", back)
			}
			for _, c := range back.Consents.Edges {
				if c.Node.Patient != low(patient) || c.Node.Revoked {
					t.Fatalf("consent after the reorg: %+v", c.Node)
				}
			}
			if gone.Consents.TotalCount != 0 || gone.Objections.TotalCount != 0 || len(gone.Guardians.Edges) != 0 {
				t.Fatalf("new wallet after the reorg: %+v", gone)
			}
		})
	}
}
