package bindings_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/internal/simchain"
	"github.com/bevan-health/bevan/merkle"
	"github.com/bevan-health/bevan/metatx"
	"github.com/bevan-health/bevan/relayer/policy"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// Key indexes on the simulated chain.
const (
	deployerKey = iota
	trustKey    // member, custodian
	gpKey       // member, emergency responder
	councilKey  // member
	patientKey
	guardianKey
	relayerKey
	agencyKey // a care agency, the new member
	keyCount
)

type suite struct {
	t     *testing.T
	ctx   context.Context
	chain *simchain.Chain
	m     *deployment.Manifest

	forwarder  *bindings.BevanForwarder
	governor   *bindings.BevanGovernor
	timelock   *bindings.BevanTimelock
	membership *bindings.Membership
	consents   *bindings.ConsentRegistry
	anchors    *bindings.RecordAnchor
}

func (s *suite) addr(i int) common.Address { return crypto.PubkeyToAddress(s.chain.Keys[i].PublicKey) }

func newSuite(t *testing.T) *suite {
	t.Helper()
	chain, err := simchain.New(keyCount)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chain.Close() })
	s := &suite{t: t, ctx: context.Background(), chain: chain}
	cfg := &deployment.Config{
		Salt: "suite",
		Members: []deployment.MemberConfig{
			{Address: s.addr(trustKey), ODSCode: "RJ1", Kind: "nhs-trust"},
			{Address: s.addr(gpKey), ODSCode: "A81001", Kind: "gp-practice"},
			{Address: s.addr(councilKey), ODSCode: "E09000", Kind: "local-authority"},
		},
		Governance:          deployment.GovernanceConfig{VotingDelayBlocks: 1, VotingPeriodBlocks: 10, QuorumPercent: 50, TimelockDelaySeconds: 60},
		Custodians:          []common.Address{s.addr(trustKey)},
		EmergencyResponders: []common.Address{s.addr(gpKey)},
		Development:         true, // short governance periods
	}
	s.m, err = deployment.NewDeployer(chain.Client, chain.Opts(deployerKey), devnettest.Log()).Deploy(s.ctx, cfg, nil)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	s.forwarder, err = bindings.NewBevanForwarder(s.m.ForwarderAddress(), chain.Client)
	must(err)
	s.governor, err = bindings.NewBevanGovernor(s.m.GovernorAddress(), chain.Client)
	must(err)
	s.timelock, err = bindings.NewBevanTimelock(s.m.TimelockAddress(), chain.Client)
	must(err)
	s.membership, err = bindings.NewMembership(s.m.MembershipAddress(), chain.Client)
	must(err)
	s.consents, err = bindings.NewConsentRegistry(s.m.ConsentsAddress(), chain.Client)
	must(err)
	s.anchors, err = bindings.NewRecordAnchor(s.m.AnchorsAddress(), chain.Client)
	must(err)
	return s
}

// ok waits for tx and fails the test unless it succeeded.
func (s *suite) ok(tx *types.Transaction, err error) *types.Receipt {
	s.t.Helper()
	if err != nil {
		s.t.Fatalf("send: %v", err)
	}
	r, err := bind.WaitMined(s.ctx, s.chain.Client, tx)
	if err != nil {
		s.t.Fatalf("wait: %v", err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		s.t.Fatalf("transaction %s reverted", tx.Hash())
	}
	return r
}

func (s *suite) call() *bind.CallOpts { return &bind.CallOpts{Context: s.ctx} }

// result is a view call's value and error, so that a check cannot read a zero value that a failed call left.
type result[T any] struct {
	v   T
	err error
}

func read[T any](v T, err error) result[T] { return result[T]{v, err} }

// must is the call's value; a failed call fails the test.
func (r result[T]) must(t testing.TB) T {
	t.Helper()
	if r.err != nil {
		t.Fatalf("view call: %v", r.err)
	}
	return r.v
}

// reverts fails the test unless err is a revert with the custom error want (a name such as "NotPatientOrGuardian"),
// so that a refusal for another reason (a wrong argument, an unreachable chain) does not pass for the one named.
func reverts(t testing.TB, err error, want string) {
	t.Helper()
	if err == nil {
		t.Fatalf("the call succeeded, want a revert with %s", want)
	}
	data, ok := policy.RevertData(err)
	if !ok {
		t.Fatalf("not a revert (%v), want %s", err, want)
	}
	errs, derr := policy.NewErrors()
	if derr != nil {
		t.Fatal(derr)
	}
	if got := errs.Decode(data); !strings.HasPrefix(got, want+"(") {
		t.Fatalf("reverted with %s, want %s", got, want)
	}
}

func TestConsentGrantRevokeAndGuardians(t *testing.T) {
	s := newSuite(t)
	patient, grantee := s.addr(patientKey), s.addr(agencyKey)
	purposes := vocab.PurposeMask(vocab.Treat, vocab.CareMgt)
	actions := vocab.ActionMask(vocab.Access, vocab.Use)
	scope := crypto.Keccak256Hash([]byte("discharge summary and care plan"))

	r := s.ok(s.consents.Grant(s.chain.Opts(patientKey), patient, grantee, purposes, actions, big.NewInt(0), scope))
	ev, err := s.consents.ParseConsentGranted(*r.Logs[len(r.Logs)-1])
	if err != nil {
		t.Fatalf("ConsentGranted: %v", err)
	}
	if ev.Patient != patient || ev.Grantee != grantee || ev.Purposes != purposes || ev.Actions != actions || ev.Scope != scope || ev.By != patient {
		t.Fatalf("event: %+v", ev)
	}
	owner := read(s.consents.OwnerOf(s.call(), ev.ConsentId)).must(t)
	if owner != patient {
		t.Fatalf("token owner %s, want the patient", owner)
	}
	permitted := read(s.consents.IsPermitted(s.call(), patient, grantee, uint8(vocab.CareMgt), uint8(vocab.Use))).must(t)
	if !permitted {
		t.Fatal("care management use not permitted")
	}
	if p := read(s.consents.IsPermitted(s.call(), patient, grantee, uint8(vocab.HResch), uint8(vocab.Use))).must(t); p {
		t.Fatal("research permitted without consent")
	}

	// A guardian grants and revokes on the patient's behalf.
	s.ok(s.consents.AppointGuardian(s.chain.Opts(patientKey), s.addr(guardianKey)))
	if g := read(s.consents.GuardiansOf(s.call(), patient)).must(t); len(g) != 1 || g[0] != s.addr(guardianKey) {
		t.Fatalf("guardians: %v", g)
	}
	// Research purposes are the patient's alone (Mental Capacity Act 2005, ss. 30-34).
	_, err = s.consents.Grant(s.chain.Opts(guardianKey), patient, s.addr(trustKey), vocab.PurposeMask(vocab.ClinTrl), vocab.ActionMask(vocab.Use), big.NewInt(0), scope)
	reverts(t, err, "ResearchNeedsPatient")
	r = s.ok(s.consents.Grant(s.chain.Opts(guardianKey), patient, s.addr(trustKey), vocab.PurposeMask(vocab.Coc), vocab.ActionMask(vocab.Use), big.NewInt(0), scope))
	trial, _ := s.consents.ParseConsentGranted(*r.Logs[len(r.Logs)-1])
	s.ok(s.consents.Revoke(s.chain.Opts(guardianKey), trial.ConsentId))
	c, err := s.consents.Consent(s.call(), trial.ConsentId)
	if err != nil || !c.Revoked || c.ValidUntil.Sign() == 0 {
		t.Fatalf("revoked consent record: %+v %v", c, err)
	}
	if p := read(s.consents.IsPermitted(s.call(), patient, s.addr(trustKey), uint8(vocab.Coc), uint8(vocab.Use))).must(t); p {
		t.Fatal("revoked consent still permits")
	}
	// A stranger cannot grant for the patient: the call reverts before it is sent (gas estimation).
	_, err = s.consents.Grant(s.chain.Opts(relayerKey), patient, grantee, purposes, actions, big.NewInt(0), scope)
	reverts(t, err, "NotPatientOrGuardian")
	// Break-glass by the responder emits an audit event and grants nothing.
	r = s.ok(s.consents.RecordEmergencyAccess(s.chain.Opts(gpKey), patient, crypto.Keccak256Hash([]byte("unconscious in A&E"))))
	if _, err := s.consents.ParseEmergencyAccess(*r.Logs[0]); err != nil {
		t.Fatalf("EmergencyAccess event: %v", err)
	}
	if p := read(s.consents.IsPermitted(s.call(), patient, s.addr(gpKey), uint8(vocab.ETreat), uint8(vocab.Access))).must(t); p {
		t.Fatal("emergency access granted standing consent")
	}
}

func TestForwardedGrantSignedInGo(t *testing.T) {
	s := newSuite(t)
	patient, grantee := s.addr(patientKey), s.addr(agencyKey)
	cabi, _ := bindings.ConsentRegistryMetaData.GetAbi()
	data, err := cabi.Pack("grant", patient, grantee, vocab.PurposeMask(vocab.CareMgt), vocab.ActionMask(vocab.Access), big.NewInt(0), common.Hash{1})
	if err != nil {
		t.Fatal(err)
	}
	nonce := read(s.forwarder.Nonces(s.call(), patient)).must(t)
	head, _ := s.chain.Client.HeaderByNumber(s.ctx, nil)
	req := &metatx.Request{From: patient, To: s.m.ConsentsAddress(), Value: big.NewInt(0), Gas: 300_000, Nonce: nonce, Deadline: head.Time + 3600, Data: data}

	// The hand-rolled digest equals go-ethereum's EIP-712 implementation of the same typed data.
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain":   {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"ForwardRequest": {{Name: "from", Type: "address"}, {Name: "to", Type: "address"}, {Name: "value", Type: "uint256"}, {Name: "gas", Type: "uint256"}, {Name: "nonce", Type: "uint256"}, {Name: "deadline", Type: "uint48"}, {Name: "data", Type: "bytes"}},
		},
		PrimaryType: "ForwardRequest",
		Domain:      apitypes.TypedDataDomain{Name: metatx.ForwarderName, Version: metatx.Version, ChainId: (*math.HexOrDecimal256)(s.chain.ChainID), VerifyingContract: s.m.ForwarderAddress().Hex()},
		Message: apitypes.TypedDataMessage{
			"from": patient.Hex(), "to": req.To.Hex(), "value": "0", "gas": "300000", "nonce": nonce.String(),
			"deadline": new(big.Int).SetUint64(req.Deadline).String(), "data": data,
		},
	}
	want, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if got := req.Digest(s.chain.ChainID, s.m.ForwarderAddress()); got != common.BytesToHash(want) {
		t.Fatalf("digest %s, go-ethereum says %x", got, want)
	}

	sig, err := req.Sign(s.chain.Keys[patientKey], s.chain.ChainID, s.m.ForwarderAddress())
	if err != nil {
		t.Fatal(err)
	}
	fwd := req.ForwardRequestData(sig)
	if ok := read(s.forwarder.Verify(s.call(), fwd)).must(t); !ok {
		t.Fatal("forwarder does not verify the Go signature")
	}
	r := s.ok(s.forwarder.Execute(s.chain.Opts(relayerKey), fwd))
	var granted *bindings.ConsentRegistryConsentGranted
	for _, l := range r.Logs {
		if ev, err := s.consents.ParseConsentGranted(*l); err == nil {
			granted = ev
		}
	}
	if granted == nil || granted.By != patient || granted.Patient != patient {
		t.Fatalf("forwarded grant did not act as the patient: %+v", granted)
	}
	// Replaying the same signed request fails.
	// (the nonce has moved on, so the signature now recovers another signer)
	_, err = s.forwarder.Execute(s.chain.Opts(relayerKey), fwd)
	reverts(t, err, "ERC2771ForwarderInvalidSigner")
}

func TestGovernanceCycleWithVoteBySig(t *testing.T) {
	s := newSuite(t)
	newMember := s.addr(agencyKey)
	ods, _ := vocab.ODSCode("8HX39")
	mabi, _ := bindings.MembershipMetaData.GetAbi()
	cabi, _ := bindings.ConsentRegistryMetaData.GetAbi()
	mint, _ := mabi.Pack("mint", newMember, ods, uint8(vocab.CareProvider))
	role := read(s.consents.EMERGENCYROLE(s.call())).must(t)
	grant, _ := cabi.Pack("grantRole", role, newMember)
	targets := []common.Address{s.m.MembershipAddress(), s.m.ConsentsAddress()}
	values := []*big.Int{big.NewInt(0), big.NewInt(0)}
	calls := [][]byte{mint, grant}
	desc := "Admit Sunrise Home Care (8HX39) and let it record emergency access"
	descHash := crypto.Keccak256Hash([]byte(desc))

	s.ok(s.governor.Propose(s.chain.Opts(trustKey), targets, values, calls, desc))
	id, err := s.governor.HashProposal(s.call(), targets, values, calls, descHash)
	if err != nil {
		t.Fatal(err)
	}
	s.chain.Mine(2) // past the voting delay

	s.ok(s.governor.CastVote(s.chain.Opts(trustKey), id, 1))
	// The GP practice votes gaslessly: it signs a ballot, the relayer sends castVoteBySig.
	voter := s.addr(gpKey)
	nonce := read(s.governor.Nonces(s.call(), voter)).must(t)
	ballot := &metatx.Ballot{ProposalID: id, Support: 1, Voter: voter, Nonce: nonce}
	sig, err := ballot.Sign(s.chain.Keys[gpKey], s.chain.ChainID, s.m.GovernorAddress())
	if err != nil {
		t.Fatal(err)
	}
	s.ok(s.governor.CastVoteBySig(s.chain.Opts(relayerKey), id, 1, voter, sig))
	if voted := read(s.governor.HasVoted(s.call(), id, voter)).must(t); !voted {
		t.Fatal("vote by signature not counted")
	}
	if n := read(s.governor.Nonces(s.call(), voter)).must(t); n.Cmp(big.NewInt(1)) != 0 {
		t.Fatalf("ballot nonce %s, want 1", n)
	}

	s.chain.Mine(11)                                                 // voting period ends
	if st := read(s.governor.State(s.call(), id)).must(t); st != 4 { // Succeeded
		t.Fatalf("state %d, want Succeeded (4)", st)
	}
	s.ok(s.governor.Queue(s.chain.Opts(trustKey), targets, values, calls, descHash))
	if err := s.chain.Warp(2 * time.Minute); err != nil {
		t.Fatal(err)
	}
	s.chain.Mine(1)
	s.ok(s.governor.Execute(s.chain.Opts(relayerKey), targets, values, calls, descHash))

	if ok := read(s.membership.IsMember(s.call(), newMember)).must(t); !ok {
		t.Fatal("new member not admitted")
	}
	if has := read(s.consents.HasRole(s.call(), role, newMember)).must(t); !has {
		t.Fatal("role not granted")
	}
	if n := read(s.membership.MemberCount(s.call())).must(t); n.Cmp(big.NewInt(4)) != 0 {
		t.Fatalf("member count %s", n)
	}
	if err := deployment.VerifyHandOver(s.ctx, s.chain.Client, s.m); err != nil {
		t.Fatal(err)
	}
}

func TestAnchorsWithGoMerkleProofs(t *testing.T) {
	s := newSuite(t)
	custodian := s.chain.Opts(trustKey)
	rec := crypto.Keccak256Hash([]byte("RJ1/Composition/discharge-1"))
	v1 := crypto.Keccak256Hash([]byte("v1"))
	v2 := crypto.Keccak256Hash([]byte("v2"))
	s.ok(s.anchors.Anchor(custodian, rec, v1, common.Hash{}))
	s.ok(s.anchors.Anchor(custodian, rec, v2, v1))
	if ok := read(s.anchors.VerifyRecord(s.call(), custodian.From, rec, v2, common.Hash{}, nil)).must(t); !ok {
		t.Fatal("single anchor not verified")
	}
	// Superseding a version that was never anchored is refused.
	_, err := s.anchors.Anchor(custodian, rec, crypto.Keccak256Hash([]byte("v3")), crypto.Keccak256Hash([]byte("nope")))
	reverts(t, err, "UnknownVersion")

	var leaves []common.Hash
	type version struct{ record, content common.Hash }
	var versions []version
	for i := 0; i < 100; i++ {
		v := version{crypto.Keccak256Hash([]byte{byte(i), 'r'}), crypto.Keccak256Hash([]byte{byte(i), 'c'})}
		versions = append(versions, v)
		leaves = append(leaves, merkle.Leaf(v.record, v.content))
	}
	tree, err := merkle.New(leaves)
	if err != nil {
		t.Fatal(err)
	}
	s.ok(s.anchors.AnchorBatch(custodian, tree.Root(), uint32(tree.Len()), "bevan://batches/test"))
	for _, v := range versions {
		leaf := merkle.Leaf(v.record, v.content)
		onchain := read(s.anchors.LeafOf(s.call(), v.record, v.content)).must(t)
		if onchain != leaf {
			t.Fatalf("leaf encoding differs: chain %x, Go %x", onchain, leaf)
		}
		p := proofOf(t, tree, leaf)
		if ok := read(s.anchors.Verify(s.call(), custodian.From, tree.Root(), leaf, p)).must(t); !ok {
			t.Fatalf("proof for %x rejected on-chain", leaf)
		}
		if ok := read(s.anchors.VerifyRecord(s.call(), custodian.From, v.record, v.content, tree.Root(), p)).must(t); !ok {
			t.Fatal("verifyRecord rejected a batch proof")
		}
	}
	// Another account's batch: the same root and proofs do not verify under it (records are their custodian's).
	if ok := read(s.anchors.VerifyRecord(s.call(), common.Address{1}, versions[0].record, versions[0].content, tree.Root(),
		proofOf(t, tree, merkle.Leaf(versions[0].record, versions[0].content)))).must(t); ok {
		t.Fatal("a batch verified under another custodian")
	}
	// A wrong leaf fails.
	if ok := read(s.anchors.Verify(s.call(), custodian.From, tree.Root(), common.Hash{9}, nil)).must(t); ok {
		t.Fatal("bogus leaf verified")
	}
}

func proofOf(t *testing.T, tree *merkle.Tree, leaf common.Hash) [][32]byte {
	t.Helper()
	proof, err := tree.Proof(leaf)
	if err != nil {
		t.Fatal(err)
	}
	p := make([][32]byte, len(proof))
	for i, h := range proof {
		p[i] = h
	}
	return p
}
