package relayer_test

import (
	"math/big"
	"testing"

	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/relayer"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestRequireVerifiedPatients: with --require-verified-patients P9, a patient's own action from a wallet with no
// attestation, or one at P5, is refused as wallet_not_verified before anything is sent; once the devnet's attester
// attests the wallet at P9 (itself through the relayer), the same action is sponsored and mined. Other roles'
// calls (the attester's) are unaffected.
func TestRequireVerifiedPatients(t *testing.T) {
	e := newEnv(t, func(c *relayer.Config) { c.RequireVerifiedPatients = "P9" })
	m := e.d.Manifest
	patient, other := newWallet(), newWallet()
	attester := devnet.DevKey(devnet.RoleAttester)
	appoint := e.pack(e.consABI, "appointGuardian", addr(other))
	attest := func(level uint8) {
		t.Helper()
		head, err := e.d.Client.HeaderByNumber(e.ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		person := crypto.Keccak256Hash([]byte("keyed commitment stand-in " + t.Name()))
		e.mined(e.signed(attester, m.IdentitiesAddress(), e.pack(e.idABI, "attest", addr(patient), level,
			new(big.Int).SetUint64(head.Time+3600), person)))
	}

	_, err := e.cl.Forward(e.ctx, e.signed(patient, m.ConsentsAddress(), appoint))
	wantCode(t, "unverified patient", err, api.CodeNotVerified)
	attest(5)
	_, err = e.cl.Forward(e.ctx, e.signed(patient, m.ConsentsAddress(), appoint))
	wantCode(t, "patient verified at P5 only", err, api.CodeNotVerified)
	sent, err := e.d.Client.NonceAt(e.ctx, e.svc.Address(), nil)
	if err != nil || sent != 1 {
		t.Fatalf("relayer sent %d transactions, want only the attestation (%v)", sent, err)
	}

	attest(9)
	if st := e.mined(e.signed(patient, m.ConsentsAddress(), appoint)); st.Status != api.StateMined {
		t.Fatalf("verified patient's action: %+v", st)
	}
}
