package relayer_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
)

// Issue 13: a guardian's research grant is refused before anything is sent, with the contract's decoded error; a
// patient's and a guardian's objections are sponsored, and so are their withdrawals.
func TestResearchRuleAndObjections(t *testing.T) {
	e := newEnv(t, nil)
	m := e.d.Manifest
	consents, _ := bindings.NewConsentRegistryCaller(m.ConsentsAddress(), e.d.Client)
	patient, guardian := newWallet(), newWallet()
	grantee := addr(newWallet())
	e.mined(e.signed(patient, m.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(guardian))))

	_, err := e.cl.Forward(e.ctx, e.signed(guardian, m.ConsentsAddress(), e.pack(e.consABI, "grant", addr(patient), grantee,
		vocab.PurposeMask(vocab.HResch), uint8(1), big.NewInt(0), common.Hash{})))
	wantCode(t, "guardian's research grant", err, api.CodeWouldRevert)
	if !strings.Contains(err.Error(), "ResearchNeedsPatient(patient="+addr(patient).Hex()) {
		t.Fatalf("the research rule is not reported: %v", err)
	}

	e.mined(e.signed(patient, m.ConsentsAddress(), e.pack(e.consABI, "grant", addr(patient), grantee,
		vocab.PurposeMask(vocab.HResch), uint8(1), big.NewInt(0), common.Hash{})))
	e.mined(e.signed(patient, m.ConsentsAddress(), e.pack(e.consABI, "object", addr(patient), common.Address{},
		vocab.PurposeMask(vocab.HResch))))
	if ok, _ := consents.IsPermitted(e.call(), addr(patient), grantee, uint8(vocab.HResch), 0); ok {
		t.Fatal("research permitted despite the objection")
	}
	e.mined(e.signed(guardian, m.ConsentsAddress(), e.pack(e.consABI, "object", addr(patient), grantee, vocab.PurposeMask(vocab.Treat))))
	n, _ := consents.ObjectionCount(e.call())
	// A stranger cannot withdraw it; the guardian can withdraw its own.
	_, err = e.cl.Forward(e.ctx, e.signed(newWallet(), m.ConsentsAddress(), e.pack(e.consABI, "withdrawObjection", n)))
	wantCode(t, "stranger withdraws", err, api.CodeNotPatientOrGuard)
	e.mined(e.signed(guardian, m.ConsentsAddress(), e.pack(e.consABI, "withdrawObjection", n)))
	if o, _ := consents.Objection(e.call(), n); !o.Withdrawn {
		t.Fatal("objection not withdrawn")
	}
}
