package relayer_test

import (
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/metatx"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/bevan-health/bevan/relayer/client"
	"github.com/bevan-health/bevan/relayer/queue"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// proposal makes a live proposal (proposed directly by the trust, voting open) and returns its id.
func (e *env) proposal() *big.Int {
	e.t.Helper()
	gov, err := bindings.NewBevanGovernor(e.d.Manifest.GovernorAddress(), e.d.Client)
	if err != nil {
		e.t.Fatal(err)
	}
	opts, _ := bind.NewKeyedTransactorWithChainID(devnet.DevKey(devnet.RoleTrust), e.dom.ChainID)
	opts.Context = e.ctx
	targets := []common.Address{e.d.Manifest.ConsentsAddress()}
	values := []*big.Int{big.NewInt(0)}
	calls := [][]byte{e.pack(e.consABI, "grantRole", crypto.Keccak256Hash([]byte("EMERGENCY_ROLE")), addr(newWallet()))}
	desc := fmt.Sprintf("test proposal %s %d", e.t.Name(), time.Now().UnixNano())
	tx, err := gov.Propose(opts, targets, values, calls, desc)
	if err != nil {
		e.t.Fatal(err)
	}
	if r, err := bind.WaitMined(e.ctx, e.d.Client, tx); err != nil || r.Status != 1 {
		e.t.Fatalf("propose: %v", err)
	}
	id, err := gov.HashProposal(e.call(), targets, values, calls, crypto.Keccak256Hash([]byte(desc)))
	if err != nil {
		e.t.Fatal(err)
	}
	e.mine(2) // past the voting delay
	return id
}

func (e *env) ballot(role string, proposal *big.Int, support uint8) *api.Vote {
	e.t.Helper()
	key := devnet.DevKey(role)
	_, gn, err := e.cl.Nonce(e.ctx, addr(key))
	if err != nil {
		e.t.Fatal(err)
	}
	v, err := client.SignVote(key, e.dom, &metatx.Ballot{ProposalID: proposal, Support: support, Voter: addr(key), Nonce: gn})
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

func TestSponsoredCallsHappyPath(t *testing.T) {
	e := newEnv(t, nil)
	m := e.d.Manifest
	consents, err := bindings.NewConsentRegistryCaller(m.ConsentsAddress(), e.d.Client)
	if err != nil {
		t.Fatal(err)
	}
	anchors, err := bindings.NewRecordAnchorCaller(m.AnchorsAddress(), e.d.Client)
	if err != nil {
		t.Fatal(err)
	}
	gov, err := bindings.NewBevanGovernorCaller(m.GovernorAddress(), e.d.Client)
	if err != nil {
		t.Fatal(err)
	}
	patient, guardian := newWallet(), newWallet()
	grantee := addr(newWallet())

	// A patient (a wallet with no ETH) appoints a guardian.
	st := e.mined(e.signed(patient, m.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(guardian))))
	if st.Relayer != e.svc.Address() || st.Fee == "" || st.Fee == "0" || st.L1Fee != "0" {
		t.Fatalf("status of a sponsored call: %+v", st)
	}
	if ok, err := consents.IsGuardian(e.call(), addr(patient), addr(guardian)); err != nil || !ok {
		t.Fatalf("guardian not appointed (%v)", err)
	}
	// The guardian grants a consent on the patient's behalf; the patient grants another.
	scope := crypto.Keccak256Hash([]byte("scope"))
	e.mined(e.signed(guardian, m.ConsentsAddress(), e.pack(e.consABI, "grant", addr(patient), grantee, uint16(1), uint8(2), big.NewInt(0), scope)))
	e.mined(e.signed(patient, m.ConsentsAddress(), e.pack(e.consABI, "grant", addr(patient), grantee, uint16(3), uint8(1), big.NewInt(0), scope)))
	if n, err := consents.ConsentCount(e.call(), addr(patient), grantee); err != nil || n.Int64() != 2 {
		t.Fatalf("consent count %v, want 2 (%v)", n, err)
	}
	// The patient revokes the first.
	id0, err := consents.ConsentIdOf(e.call(), addr(patient), grantee, 0)
	if err != nil {
		t.Fatal(err)
	}
	e.mined(e.signed(patient, m.ConsentsAddress(), e.pack(e.consABI, "revoke", id0)))
	if c, err := consents.Consent(e.call(), id0); err != nil || !c.Revoked {
		t.Fatalf("consent not revoked: %v", err)
	}
	// And removes the guardian.
	e.mined(e.signed(patient, m.ConsentsAddress(), e.pack(e.consABI, "removeGuardian", addr(guardian))))
	if ok, err := consents.IsGuardian(e.call(), addr(patient), addr(guardian)); err != nil || ok {
		t.Fatalf("guardian not removed (%v)", err)
	}

	// The trust (a custodian) anchors a record version and a batch.
	trust := devnet.DevKey(devnet.RoleTrust)
	rec, content := crypto.Keccak256Hash([]byte(t.Name()), []byte(time.Now().String())), crypto.Keccak256Hash([]byte("v1"))
	e.mined(e.signed(trust, m.AnchorsAddress(), e.pack(e.ancABI, "anchor", rec, content, common.Hash{})))
	if at, err := anchors.AnchorOf(e.call(), addr(trust), rec, content); err != nil || at.Sign() == 0 {
		t.Fatalf("not anchored under the trust, the signer (%v)", err)
	}
	root := crypto.Keccak256Hash([]byte("root"), rec.Bytes())
	e.mined(e.signed(trust, m.AnchorsAddress(), e.pack(e.ancABI, "anchorBatch", root, uint32(4), "ipfs://batch")))

	// Governance: the GP votes by signature (castVoteBySig), the council through the forwarder (castVote).
	pid := e.proposal()
	acc, err := e.cl.Vote(e.ctx, e.ballot(devnet.RoleGP, pid, 1))
	if err != nil {
		t.Fatal(err)
	}
	e.waitMined(acc.ID)
	if voted, err := gov.HasVoted(e.call(), pid, devnet.DevAddress(devnet.RoleGP)); err != nil || !voted {
		t.Fatalf("vote by signature not counted (%v)", err)
	}
	e.mined(e.signed(devnet.DevKey(devnet.RoleCouncil), m.GovernorAddress(), e.pack(e.govABI, "castVote", pid, uint8(0))))
	if voted, err := gov.HasVoted(e.call(), pid, devnet.DevAddress(devnet.RoleCouncil)); err != nil || !voted {
		t.Fatalf("forwarded vote not counted (%v)", err)
	}

	// Sign + submit + wait in one call, as apps use the client.
	st, err = e.cl.Send(e.ctx, patient, e.dom, client.Call{To: m.ConsentsAddress(), Data: e.pack(e.consABI, "appointGuardian", addr(guardian))})
	if err != nil || st.Status != api.StateMined {
		t.Fatalf("client.Send: %v %+v", err, st)
	}
}

func TestIdempotentResubmission(t *testing.T) {
	e := newEnv(t, nil)
	patient := newWallet()
	f := e.signed(patient, e.d.Manifest.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet())))
	first, err := e.cl.Forward(e.ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	if first.Duplicate {
		t.Fatal("first submission reported as duplicate")
	}
	want := f.Request
	m, err := want.Meta()
	if err != nil {
		t.Fatal(err)
	}
	if first.ID != m.Digest(e.dom.ChainID, e.dom.Forwarder) {
		t.Fatalf("id %s is not the EIP-712 digest", first.ID)
	}
	again, err := e.cl.Forward(e.ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	if again.ID != first.ID || !again.Duplicate {
		t.Fatalf("re-post: %+v, want the same id as a duplicate", again)
	}
	e.waitMined(first.ID)
	// After it is mined, a re-post still returns the same id (not a nonce error) and nothing is sent.
	late, err := e.cl.Forward(e.ctx, f)
	if err != nil || late.ID != first.ID || !late.Duplicate || late.Status != api.StateMined {
		t.Fatalf("re-post after mining: %+v %v", late, err)
	}
	n, err := e.d.Client.NonceAt(e.ctx, e.svc.Address(), nil)
	if err != nil || n != 1 {
		t.Fatalf("relayer sent %d transactions, want 1 (%v)", n, err)
	}
}

// The worker sends the checked request stored at acceptance: a request's signature is recovered once, when it is
// submitted, never again on its way to the chain. A record stored by an older relayer (the signed body only) is
// rebuilt from its body, recovering its signature once more.
func TestSignatureRecoveredOncePerRequest(t *testing.T) {
	e := newEnv(t, nil)
	before := e.recoveries()
	const n = 5
	var ids []common.Hash
	for range n {
		acc, err := e.cl.Forward(e.ctx, e.signed(newWallet(), e.d.Manifest.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet()))))
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, acc.ID)
	}
	for _, id := range ids {
		e.waitMined(id)
	}
	if got := e.recoveries() - before; got != n {
		t.Fatalf("%d signature recoveries for %d requests accepted and mined, want %d", got, n, n)
	}

	// An older relayer's record: kind, signer, nonce and the signed body, no checked request.
	f := e.signed(newWallet(), e.d.Manifest.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet())))
	m, err := f.Request.Meta()
	if err != nil {
		t.Fatal(err)
	}
	body, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	id := m.Digest(e.dom.ChainID, e.dom.Forwarder)
	legacy := &queue.Record{Request: queue.Request{ID: id, Kind: api.KindForward, From: m.From, To: m.To, Nonce: m.Nonce, Body: body}}
	if _, _, err := e.svc.Store().Accept(e.ctx, legacy, queue.Limits{}, time.Now()); err != nil {
		t.Fatal(err)
	}
	e.waitMined(id)
	if got := e.recoveries() - before; got != n+1 {
		t.Fatalf("%d recoveries after restoring an older record, want %d", got, n+1)
	}
}

// recoveries reads bevan_relayer_signature_recoveries_total from the relayer's /metrics.
func (e *env) recoveries() int {
	e.t.Helper()
	resp, err := http.Get(e.svc.URL() + "/metrics")
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		e.t.Fatal(err)
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if v, ok := strings.CutPrefix(line, "bevan_relayer_signature_recoveries_total "); ok {
			n, err := strconv.ParseFloat(v, 64)
			if err != nil {
				e.t.Fatal(err)
			}
			return int(n)
		}
	}
	e.t.Fatal("no bevan_relayer_signature_recoveries_total in /metrics")
	return 0
}

// The client's options: the gas estimated as the forwarder makes the call (not the 300,000 default) and the
// deadline from the chain's clock.
func TestClientEstimatesGasAndUsesChainTime(t *testing.T) {
	e := newEnv(t, nil)
	patient := newWallet()
	call := client.Call{To: e.d.Manifest.ConsentsAddress(), Data: e.pack(e.consABI, "appointGuardian", addr(newWallet())), Validity: 5 * time.Minute}
	acc, req, err := e.cl.Submit(e.ctx, patient, e.dom, call, client.EstimateGas(e.d.Client, 0), client.ChainDeadline(e.d.Client))
	if err != nil {
		t.Fatal(err)
	}
	st := e.waitMined(acc.ID)
	if req.Gas == 300_000 || req.Gas < 30_000 || req.Gas > 1_000_000 {
		t.Fatalf("gas %d: not an estimate with headroom", req.Gas)
	}
	head, err := e.d.Client.HeaderByNumber(e.ctx, new(big.Int).SetUint64(st.Block-1))
	if err != nil {
		t.Fatal(err)
	}
	if req.Deadline < head.Time+300 {
		t.Fatalf("deadline %d is before the chain's time %d + 5 min", req.Deadline, head.Time)
	}
	// A call that would revert is estimated at the default and refused with the simulation's reason.
	bad := client.Call{To: e.d.Manifest.ConsentsAddress(), Data: e.pack(e.consABI, "revoke", big.NewInt(1<<40))}
	_, req, err = e.cl.Submit(e.ctx, patient, e.dom, bad, client.EstimateGas(e.d.Client, 0))
	wantCode(t, "revoke of an unknown consent", err, api.CodeWouldRevert)
	if req == nil || req.Gas != 300_000 {
		t.Fatalf("a call whose estimate fails is signed with gas %v, want the default", req)
	}
}

// TestDeviceRegistryThroughTheRelayer: the trust registers a fridge sensor and rotates its key, the gateway anchors a
// reading batch and records an excursion of the fridge, all gasless; the chain holds what they signed.
func TestDeviceRegistryThroughTheRelayer(t *testing.T) {
	e := newEnv(t, nil)
	m := e.d.Manifest
	devices, err := bindings.NewDeviceRegistryCaller(m.DevicesAddress(), e.d.Client)
	if err != nil {
		t.Fatal(err)
	}
	trust, gateway := devnet.DevKey(devnet.RoleTrust), devnet.DevKey(devnet.RoleGateway)
	fridge, rotated := newWallet(), newWallet()
	site := [8]byte{'R', 'J', '1'}
	e.mined(e.signed(trust, m.DevicesAddress(), e.pack(e.devABI, "register", addr(fridge), uint8(vocab.ColdStoreSensor), site, common.Address{})))
	e.mined(e.signed(trust, m.DevicesAddress(), e.pack(e.devABI, "rotateKey", addr(fridge), addr(rotated))))
	d, err := devices.DeviceOf(e.call(), addr(rotated))
	if err != nil || !d.Active || d.Registrar != addr(trust) || d.Site != site || d.Kind != uint8(vocab.ColdStoreSensor) {
		t.Fatalf("rotated device %+v (%v)", d, err)
	}
	if old, err := devices.IsActive(e.call(), addr(fridge)); err != nil || old {
		t.Fatalf("the old key is still active (%v)", err)
	}

	root := crypto.Keccak256Hash([]byte(t.Name()), []byte(time.Now().String()))
	e.mined(e.signed(gateway, m.AnchorsAddress(), e.pack(e.ancABI, "anchorBatch", root, uint32(96), "bevan://telemetry/batches/1")))
	before, err := devices.ExcursionCount(e.call())
	if err != nil {
		t.Fatal(err)
	}
	head, err := e.d.Client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	end := head.Time
	e.mined(e.signed(gateway, m.DevicesAddress(), e.pack(e.devABI, "recordExcursion", addr(rotated), new(big.Int).SetUint64(end-2400), new(big.Int).SetUint64(end),
		int32(810), int32(950), root, []string{"FL1234AB", "EX9876"})))
	if after, err := devices.ExcursionCount(e.call()); err != nil || after.Uint64() != before.Uint64()+1 {
		t.Fatalf("excursions %v → %v (%v)", before, after, err)
	}
}
