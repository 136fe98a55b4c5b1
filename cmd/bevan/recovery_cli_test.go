package main

import (
	"strings"
	"testing"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestIdentityRecoverOnDevnet: `bevan identity recover` through the relayer: the attester requests the recovery of
// the patient's wallet to a new wallet attested with the same commitment, a stranger's confirmation and an early
// completion are refused, the guardian confirms and the old wallet is retired; a second recovery is cancelled by the
// attester and leaves nothing pending. Bad arguments are refused before anything is sent.
func TestIdentityRecoverOnDevnet(t *testing.T) {
	ctx, e := startChainTest(t)
	patient, agency, _, guardian := consentRoles()
	next, next2 := testAddress(t, "next"), testAddress(t, "next2")

	var appointed guardianJSON
	out, stderr, err := e.sign(devnet.RolePatient, "guardian", "add", guardian.Hex(), "--json")
	e.mustJSON(&appointed, out, stderr, err)
	person := crypto.Keccak256Hash([]byte(t.Name() + "commitment")) // stands in for the attester's keyed commitment
	e.attestP9(ctx, person, patient, next, next2)

	before, _ := e.d.Client.BlockNumber(ctx)
	for _, bad := range [][]string{
		{"request", patient.Hex(), patient.Hex()},
		{"request", patient.Hex()},
		{"request", patient.Hex(), "0x0000000000000000000000000000000000000000"},
		{"confirm", "not-an-address"},
	} {
		if _, _, err := e.sign(devnet.RoleAttester, append([]string{"identity", "recover"}, bad...)...); err == nil {
			t.Fatalf("identity recover %v: want an error", bad)
		}
	}
	if after, _ := e.d.Client.BlockNumber(ctx); after != before {
		t.Fatalf("bad arguments mined %d blocks", after-before)
	}

	var res recoveryJSON
	out, stderr, err = e.sign(devnet.RoleAttester, "identity", "recover", "request", patient.Hex(), next.Hex(), "--json")
	e.mustJSON(&res, out, stderr, err)
	if res.Status != "mined" || res.Change != "requested" || res.NewWallet == nil || *res.NewWallet != next {
		t.Fatalf("request: %+v", res)
	}
	if _, _, err := e.sign(devnet.RoleAgency, "identity", "recover", "confirm", patient.Hex()); err == nil ||
		!strings.Contains(err.Error(), "[not_recovery_party]") {
		t.Fatalf("a stranger's confirmation: want not_recovery_party, got %v (agency %s)", err, agency)
	}
	if _, _, err := e.sign(devnet.RoleAttester, "identity", "recover", "complete", patient.Hex()); err == nil ||
		!strings.Contains(err.Error(), "WaitingPeriodNotOver") {
		t.Fatalf("completing before the waiting period: want WaitingPeriodNotOver, got %v", err)
	}
	out, stderr, err = e.sign(devnet.RoleGuardian, "identity", "recover", "confirm", patient.Hex(), "--json")
	e.mustJSON(&res, out, stderr, err)
	if res.Status != "mined" || res.Change != "confirmed" || res.From != guardian {
		t.Fatalf("confirm: %+v", res)
	}
	reg, call := e.consents(ctx)
	if cur, err := reg.CurrentWalletOf(call, patient); err != nil || cur != next {
		t.Fatalf("the patient's current wallet is %s, want %s (err=%v)", cur, next, err)
	}
	if s, err := reg.SubjectOf(call, patient); err != nil || !s.Retired {
		t.Fatalf("the lost wallet is not retired: %+v (err=%v)", s, err)
	}

	out, stderr, err = e.sign(devnet.RoleAttester, "identity", "recover", "request", next.Hex(), next2.Hex(), "--json")
	e.mustJSON(&res, out, stderr, err)
	out, stderr, err = e.sign(devnet.RoleAttester, "identity", "recover", "cancel", next.Hex(), "--json")
	e.mustJSON(&res, out, stderr, err)
	if res.Status != "mined" || res.Change != "cancelled" {
		t.Fatalf("cancel: %+v", res)
	}
	kr, err := bindings.NewKeyRecoveryCaller(e.d.Manifest.RecoveryAddress(), e.d.Client)
	if err != nil {
		t.Fatal(err)
	}
	if p, err := kr.PendingRecovery(call, next); err != nil || p.NewWallet != (common.Address{}) {
		t.Fatalf("a recovery is still pending after the cancel: %+v (err=%v)", p, err)
	}
	if cur, err := reg.CurrentWalletOf(call, next); err != nil || cur != next {
		t.Fatalf("after the cancelled recovery the current wallet is %s (err=%v)", cur, err)
	}
}
