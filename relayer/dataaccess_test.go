package relayer_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/bevan-health/bevan/vocab"
)

// TestDataAccessPolicy: DataAccess.request is sponsored for current DAO members only (not_data_requester),
// recordRelease for RELEASER_ROLE holders only (not_data_releaser) — and a release of a request the DAO has not
// approved is refused by simulation (NotApproved), nothing sent; approve is never sponsored (the timelock's alone).
func TestDataAccessPolicy(t *testing.T) {
	e := newEnv(t, nil)
	m := e.d.Manifest
	da, _ := bindings.DataAccessMetaData.GetAbi()
	var measure [32]byte
	copy(measure[:], "consents-by-purpose")
	req := e.pack(da, "request", measure, uint8(vocab.HResch), big.NewInt(1_790_000_000), big.NewInt(1_798_000_000))

	_, err := e.cl.Forward(e.ctx, e.signed(newWallet(), m.AccessAddress(), req))
	wantCode(t, "request by a non-member", err, api.CodeNotDataRequester)
	sentBefore, _ := e.d.Client.NonceAt(e.ctx, e.svc.Address(), nil)

	if st := e.mined(e.signed(devnet.DevKey(devnet.RoleTrust), m.AccessAddress(), req)); st.Status != api.StateMined {
		t.Fatalf("member's request: %+v", st)
	}
	caller, err := bindings.NewDataAccessCaller(m.AccessAddress(), e.d.Client)
	if err != nil {
		t.Fatal(err)
	}
	id, err := caller.RequestCount(e.call())
	if err != nil || id.Sign() == 0 {
		t.Fatalf("request count %v %v", id, err)
	}
	release := e.pack(da, "recordRelease", id, [32]byte{1})
	_, err = e.cl.Forward(e.ctx, e.signed(devnet.DevKey(devnet.RoleTrust), m.AccessAddress(), release))
	wantCode(t, "release by a member without RELEASER_ROLE", err, api.CodeNotReleaser)
	_, err = e.cl.Forward(e.ctx, e.signed(devnet.DevKey(devnet.RoleAnalytics), m.AccessAddress(), release))
	wantCode(t, "release of an unapproved request", err, api.CodeWouldRevert)
	if !strings.Contains(err.Error(), "NotApproved") {
		t.Fatalf("want the decoded NotApproved: %v", err)
	}
	_, err = e.cl.Forward(e.ctx, e.signed(devnet.DevKey(devnet.RoleTrust), m.AccessAddress(), e.pack(da, "approve", id)))
	wantCode(t, "approve through the relayer", err, api.CodeSelectorNotAllowed)
	sent, _ := e.d.Client.NonceAt(e.ctx, e.svc.Address(), nil)
	if sent != sentBefore+1 {
		t.Fatalf("relayer sent %d transactions, want the member's request only", sent-sentBefore)
	}
}
