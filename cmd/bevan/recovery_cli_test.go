package main

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestIdentityRecoverOnDevnet: `bevan identity recover` through the relayer: the attester requests the recovery of
// the patient's wallet to a new wallet attested with the same commitment, a stranger's confirmation and an early
// completion are refused, the guardian confirms and the old wallet is retired; a second recovery is cancelled by the
// attester and leaves nothing pending. Bad arguments are refused before anything is sent.
func TestIdentityRecoverOnDevnet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	e := startChainCLI(t, ctx)
	patient, agency, _, guardian := consentRoles()
	wallet := func(s string) common.Address { return common.BytesToAddress(crypto.Keccak256([]byte(t.Name() + s))) }
	next, next2 := wallet("next"), wallet("next2")

	var appointed guardianJSON
	out, stderr, err := e.sign(devnet.RolePatient, "guardian", "add", guardian.Hex(), "--json")
	e.mustJSON(&appointed, out, stderr, err)
	identities, err := bindings.NewIdentityRegistry(e.d.Manifest.IdentitiesAddress(), e.d.Client)
	if err != nil {
		t.Fatal(err)
	}
	head, err := e.d.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	person := crypto.Keccak256Hash([]byte(t.Name() + "commitment")) // stands in for the attester's keyed commitment
	for _, w := range []common.Address{patient, next, next2} {
		rcpt := devnettest.Transact(t, ctx, e.d, devnet.RoleAttester, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return identities.Attest(o, w, 9, new(big.Int).SetUint64(head.Time+30*24*3600), person)
		})
		if rcpt.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("attest %s reverted", w)
		}
	}

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
