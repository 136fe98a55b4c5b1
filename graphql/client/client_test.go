package client_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/graphql/client"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The client against the real GraphQL server over a real (SQLite) store, fed the events a chain would give.

func addr(n byte) common.Address { return common.BytesToAddress([]byte{n}) }
func hash(s string) common.Hash  { return crypto.Keccak256Hash([]byte(s)) }

const t0 = 1_700_000_000

func blockTime(n uint64) uint64 { return t0 + n*10 }

func meta(block uint64, log uint) store.Meta {
	return store.Meta{Block: block, LogIndex: log, TxHash: txOf(block, log), BlockTime: blockTime(block)}
}

func txOf(block uint64, log uint) common.Hash { return hash(fmt.Sprintf("tx %d %d", block, log)) }

var (
	patient, grantee, guardian, gp, trust = addr(1), addr(2), addr(3), addr(8), addr(9)
	c1, c2, c3, prop                      = hash("c1"), hash("c2"), hash("c3"), hash("p1")
	record                                = hash("record")
	registry                              = addr(0xcc)
)

// events: consents c1 (TREAT+CAREMGT, access+use) at 11 revoked at 14, c2 (HRESCH, collect, expiring at block 20's
// time) at 12, c3 (another patient) at 13; a guardian at 11 removed at 17; members at 10; a proposal at 12 voted at
// 14 and 15, queued at 18; an emergency access at 14; a record in two versions at 15 and 16; a batch at 16.
func events() map[uint64][]store.Event {
	return map[uint64][]store.Event{
		10: {
			&store.MemberAdded{Meta: meta(10, 0), Account: trust, OdsCode: "RJ1", Kind: 1, JoinedAt: 10},
			&store.MemberAdded{Meta: meta(10, 1), Account: gp, OdsCode: "A81001", Kind: 2, JoinedAt: 10},
			&store.QuorumNumeratorUpdated{Meta: meta(10, 2), Numerator: 50},
		},
		11: {
			&store.ConsentGranted{Meta: meta(11, 0), ConsentID: c1, Patient: patient, Grantee: grantee, Purposes: 0b101, Actions: 0b110, Scope: hash("s"), By: patient},
			&store.GuardianAppointed{Meta: meta(11, 1), Patient: patient, Guardian: guardian},
		},
		12: {
			&store.ConsentGranted{Meta: meta(12, 0), ConsentID: c2, Patient: patient, Grantee: grantee, Purposes: 0b1000, Actions: 1, ExpiresAt: blockTime(20), Scope: hash("s2"), By: guardian},
			&store.ProposalCreated{Meta: meta(12, 1), ProposalID: prop, Proposer: trust, Targets: []common.Address{addr(7)}, Values: []*big.Int{big.NewInt(0)},
				Signatures: []string{""}, Calldatas: [][]byte{{1, 2}}, VoteStart: 13, VoteEnd: 16, Description: "admit agency"},
		},
		13: {
			&store.ConsentGranted{Meta: meta(13, 0), ConsentID: c3, Patient: addr(5), Grantee: grantee, Purposes: 1, Actions: 2, By: addr(5)},
		},
		14: {
			&store.VoteCast{Meta: meta(14, 0), ProposalID: prop, Voter: trust, Support: 1, Weight: big.NewInt(1)},
			&store.ConsentRevoked{Meta: meta(14, 1), ConsentID: c1, Patient: patient, Grantee: grantee, RevokedAt: blockTime(14), By: patient},
			&store.EmergencyAccess{Meta: meta(14, 2), Patient: patient, Accessor: gp, ReasonHash: hash("r"), At: blockTime(14)},
		},
		15: {
			&store.VoteCast{Meta: meta(15, 0), ProposalID: prop, Voter: gp, Support: 2, Weight: big.NewInt(1), Reason: "abstain"},
			&store.RecordAnchored{Meta: meta(15, 1), RecordID: record, ContentHash: hash("v1"), Custodian: trust, AnchoredAt: blockTime(15)},
		},
		16: {
			&store.RecordAnchored{Meta: meta(16, 0), RecordID: record, ContentHash: hash("v2"), Custodian: trust, Supersedes: hash("v1"), AnchoredAt: blockTime(16)},
			&store.BatchAnchored{Meta: meta(16, 1), Root: hash("root"), Custodian: trust, LeafCount: 5, URI: "bevan://batch", AnchoredAt: blockTime(16)},
		},
		17: {&store.GuardianRemoved{Meta: meta(17, 0), Patient: patient, Guardian: guardian}},
		18: {&store.ProposalQueued{Meta: meta(18, 0), ProposalID: prop, Eta: blockTime(18) + 5}},
	}
}

type server struct {
	st  store.Store
	url string
}

func startServer(t *testing.T) *server {
	t.Helper()
	st := storetest.Open(t, storetest.SQLiteURL(t))
	cfg := graphql.DefaultServerConfig()
	cfg.ChainID, cfg.ConsentRegistry = 901, registry
	srv := graphql.New(st, cfg, func() (uint64, bool) { return 30, true })
	hs := httptest.NewServer(srv.Handler())
	t.Cleanup(hs.Close)
	return &server{st: st, url: hs.URL + "/graphql"}
}

// commit indexes blocks from..to.
// startClient starts a server with blocks 9 to `to` committed and a client of it, with a minute for the test's
// requests.
func startClient(t *testing.T, to uint64) (context.Context, *server, *client.Client) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	s := startServer(t)
	s.commit(t, 9, to)
	return ctx, s, client.New(s.url, nil)
}

func (s *server) commit(t *testing.T, from, to uint64) {
	t.Helper()
	evs := events()
	for n := from; n <= to; n++ {
		b := &store.Batch{From: n, Events: evs[n], Checkpoint: store.Checkpoint{Number: n, Hash: hash(fmt.Sprint("b", n))},
			Blocks: []store.Block{{Number: n, Hash: hash(fmt.Sprint("b", n)), ParentHash: hash(fmt.Sprint("b", n-1)), Time: blockTime(n)}}}
		if err := s.st.Commit(context.Background(), b); err != nil {
			t.Error(err)
			return
		}
	}
}

func TestClientQueries(t *testing.T) {
	ctx, _, c := startClient(t, 20)

	st, err := c.IndexerStatus(ctx)
	if err != nil || st.Indexed != 20 || st.Head == nil || *st.Head != 30 || st.Lag == nil || *st.Lag != 10 || st.IndexedHash != hash("b20").Hex() {
		t.Fatalf("status: %+v %v", st, err)
	}

	// consents: filter, order, pagination with the cursor.
	page, err := c.Consents(ctx, client.ConsentFilter{Patient: &patient}, &client.ConsentOrder{Field: client.OrderGrantedBlock}, client.ListOptions{First: 1})
	if err != nil {
		t.Fatal(err)
	}
	if page.TotalCount != 2 || len(page.Items) != 1 || !page.HasNextPage || page.EndCursor == "" {
		t.Fatalf("page 1: %+v", page)
	}
	first := page.Items[0]
	if first.ConsentID != c1 || first.Patient != patient || first.Grantee != grantee || first.Status != client.ConsentRevoked || !first.Revoked ||
		strings.Join(first.Purposes, ",") != "TREAT,CAREMGT" || strings.Join(first.Actions, ",") != "access,use" || first.PurposeMask != 0b101 ||
		first.GrantedBlock != 11 || first.GrantedAt != blockTime(11) || first.GrantedTx != txOf(11, 0) || first.GrantedBy != patient ||
		first.RevokedBlock == nil || *first.RevokedBlock != 14 || first.RevokedAt == nil || *first.RevokedAt != blockTime(14) ||
		first.RevokedBy == nil || *first.RevokedBy != patient || first.ExpiresAt != nil || first.Scope != hash("s") || first.ValidFrom != 14 {
		t.Fatalf("c1: %+v", first)
	}
	page, err = c.Consents(ctx, client.ConsentFilter{Patient: &patient}, &client.ConsentOrder{Field: client.OrderGrantedBlock}, client.ListOptions{First: 1, After: page.EndCursor})
	if err != nil || len(page.Items) != 1 || page.HasNextPage || page.Items[0].ConsentID != c2 || page.Items[0].ExpiresAt == nil ||
		*page.Items[0].ExpiresAt != blockTime(20) || page.Items[0].GrantedBy != guardian {
		t.Fatalf("page 2: %+v %v", page, err)
	}
	page, err = c.Consents(ctx, client.ConsentFilter{Grantee: &grantee}, &client.ConsentOrder{Field: client.OrderGrantedAt, Desc: true}, client.ListOptions{})
	if err != nil || page.TotalCount != 3 || page.Items[0].ConsentID != c3 || page.Items[2].ConsentID != c1 {
		t.Fatalf("by grantee, newest first: %+v %v", page, err)
	}
	page, err = c.Consents(ctx, client.ConsentFilter{Grantee: &grantee, Status: client.ConsentActive, Purpose: "treat", Action: "use"}, nil, client.ListOptions{})
	if err != nil || page.TotalCount != 0 {
		t.Fatalf("active TREAT/use: %+v %v", page, err)
	}
	// Time travel: at block 13 c1 was active; c3 did not exist at 12.
	page, err = c.Consents(ctx, client.ConsentFilter{Grantee: &grantee, Status: client.ConsentActive}, nil, client.ListOptions{Block: client.AtBlock(13)})
	if err != nil || page.TotalCount != 3 {
		t.Fatalf("active at 13: %+v %v", page, err)
	}
	if got, err := c.Consent(ctx, c1, client.AtBlock(12)); err != nil || got.Status != client.ConsentActive || got.Revoked {
		t.Fatalf("c1 at 12: %+v %v", got, err)
	}
	// c2 was granted by the guardian the patient removed at block 17: the removal revoked it (as ConsentRegistry does).
	if got, err := c.Consent(ctx, c2, nil); err != nil || got.Status != client.ConsentRevoked {
		t.Fatalf("c2 now (its guardian removed at block 17): %+v %v", got, err)
	}
	if got, err := c.Consent(ctx, c2, client.AtBlock(16)); err != nil || got.Status != client.ConsentActive {
		t.Fatalf("c2 at 16, before the removal: %+v %v", got, err)
	}
	if _, err := c.Consent(ctx, c3, client.AtBlock(12)); !errors.Is(err, client.ErrNotFound) {
		t.Fatalf("c3 before its grant: %v", err)
	}
	hist, err := c.ConsentHistory(ctx, c1, nil)
	if err != nil || len(hist) != 2 || hist[0].Kind != "granted" || hist[1].Kind != "revoked" || hist[1].Block != 14 || hist[1].By != patient ||
		hist[1].At != blockTime(14) || hist[1].Tx != txOf(14, 1) || hist[1].LogIndex != 1 {
		t.Fatalf("history: %+v %v", hist, err)
	}
	if hist, err := c.ConsentHistory(ctx, c1, client.AtBlock(13)); err != nil || len(hist) != 1 {
		t.Fatalf("history at 13: %+v %v", hist, err)
	}
	raw, err := c.ConsentFHIR(ctx, c1, nil)
	if err != nil {
		t.Fatal(err)
	}
	var fhir struct {
		ResourceType, ID, Status, DateTime string
		Identifier                         []struct{ Value string }
		Patient                            struct {
			Identifier struct{ System, Value string }
		}
		Provision struct{ Period struct{ Start, End string } }
	}
	rfc := func(n uint64) string { return time.Unix(int64(blockTime(n)), 0).UTC().Format(time.RFC3339) }
	// fhirconsent's rendering: CAIP-10 account ids on the server's chain, the consent's identifier in its registry,
	// granted at block 11's time and revoked at block 14's.
	if err := json.Unmarshal(raw, &fhir); err != nil || fhir.ResourceType != "Consent" || fhir.Status != "inactive" ||
		fhir.ID != strings.TrimPrefix(c1.Hex(), "0x") || len(fhir.Identifier) != 1 ||
		fhir.Identifier[0].Value != "urn:bevan:consent:eip155:901:"+registry.Hex()+":"+c1.Hex() ||
		fhir.Patient.Identifier.System != "https://chainagnostic.org/CAIPs/caip-10" || fhir.Patient.Identifier.Value != "eip155:901:"+patient.Hex() ||
		fhir.DateTime != rfc(11) || fhir.Provision.Period.Start != rfc(11) || fhir.Provision.Period.End != rfc(14) {
		t.Fatalf("fhir: %v %s", err, raw)
	}

	// The audit: c1 permitted CAREMGT/use between blocks 11 and 14; the GP's break-glass at 14 is reported.
	d, err := c.ConsentAt(ctx, patient, grantee, "CAREMGT", "use", time.Unix(int64(blockTime(12)), 0))
	if err != nil || !d.Permitted || d.Basis != client.BasisConsent || d.Consent == nil || d.Consent.ConsentID != c1 || d.EmergencyAccess != nil {
		t.Fatalf("consentAt 12: %+v %v", d, err)
	}
	if d, err := c.ConsentAt(ctx, patient, grantee, "CAREMGT", "use", time.Unix(int64(blockTime(14)), 0)); err != nil || d.Permitted || d.Consent != nil || d.Basis != client.BasisNone {
		t.Fatalf("consentAt 14 (revoked): %+v %v", d, err)
	}
	d, err = c.ConsentAt(ctx, patient, gp, "TREAT", "access", time.Unix(int64(blockTime(15)), 0))
	if err != nil || d.Permitted || d.Basis != client.BasisEmergencyAccess || d.EmergencyAccess == nil || d.EmergencyAccess.Accessor != gp || d.EmergencyAccess.ReasonHash != hash("r") ||
		d.EmergencyAccess.Block != 14 {
		t.Fatalf("consentAt with break-glass: %+v %v", d, err)
	}

	gs, err := c.Guardians(ctx, client.GuardianFilter{Patient: &patient}, client.ListOptions{})
	if err != nil || gs.TotalCount != 0 {
		t.Fatalf("guardians now: %+v %v", gs, err)
	}
	gs, err = c.Guardians(ctx, client.GuardianFilter{Patient: &patient}, client.ListOptions{Block: client.AtBlock(16)})
	if err != nil || gs.TotalCount != 1 || gs.Items[0].Guardian != guardian || gs.Items[0].AppointedBlock != 11 || gs.Items[0].AppointedTx != txOf(11, 1) {
		t.Fatalf("guardians at 16: %+v %v", gs, err)
	}
	since := blockTime(14)
	ea, err := c.EmergencyAccesses(ctx, client.EmergencyAccessFilter{Patient: &patient, Since: &since}, client.ListOptions{})
	if err != nil || ea.TotalCount != 1 || ea.Items[0].Accessor != gp || ea.Items[0].At != blockTime(14) {
		t.Fatalf("emergency: %+v %v", ea, err)
	}
	since++
	if ea, err := c.EmergencyAccesses(ctx, client.EmergencyAccessFilter{Patient: &patient, Since: &since}, client.ListOptions{}); err != nil || ea.TotalCount != 0 {
		t.Fatalf("emergency since: %+v %v", ea, err)
	}

	current := true
	ms, err := c.Members(ctx, client.MemberFilter{Current: &current}, client.ListOptions{})
	if err != nil || ms.TotalCount != 2 || ms.Items[0].Account != trust || ms.Items[0].ODSCode != "RJ1" || ms.Items[0].Kind != "nhs-trust" ||
		ms.Items[1].Kind != "gp-practice" || ms.Items[1].JoinedBlock != 10 || ms.Items[1].LeftBlock != nil {
		t.Fatalf("members: %+v %v", ms, err)
	}
	if ms, err := c.Members(ctx, client.MemberFilter{ODSCode: "A81001"}, client.ListOptions{}); err != nil || ms.TotalCount != 1 || ms.Items[0].Account != gp {
		t.Fatalf("member by ODS code: %+v %v", ms, err)
	}

	ps, err := c.Proposals(ctx, client.ProposalFilter{Proposer: &trust}, client.ListOptions{})
	if err != nil || ps.TotalCount != 1 {
		t.Fatalf("proposals: %+v %v", ps, err)
	}
	p := ps.Items[0]
	if p.ProposalID != prop || p.State != client.ProposalQueued || p.ForVotes != 1 || p.AbstainVotes != 1 || p.AgainstVotes != 0 || p.VoteCount != 2 ||
		p.Quorum != 1 || p.ETA == nil || *p.ETA != blockTime(18)+5 || p.Description != "admit agency" || len(p.Calldatas) != 1 ||
		string(p.Calldatas[0]) != "\x01\x02" || p.Targets[0] != addr(7) || p.Values[0] != "0" || p.VoteStart != 13 || p.VoteEnd != 16 {
		t.Fatalf("proposal: %+v", p)
	}
	if p, err := c.Proposal(ctx, prop, client.AtBlock(14)); err != nil || p.State != client.ProposalActive || p.ForVotes != 1 || p.AbstainVotes != 0 {
		t.Fatalf("proposal at 14: %+v %v", p, err)
	}
	if _, err := c.Proposal(ctx, hash("nope"), nil); !errors.Is(err, client.ErrNotFound) {
		t.Fatalf("unknown proposal: %v", err)
	}
	abstain := client.Abstain
	vs, err := c.Votes(ctx, client.VoteFilter{ProposalID: &prop, Support: &abstain}, client.ListOptions{})
	if err != nil || vs.TotalCount != 1 || vs.Items[0].Voter != gp || vs.Items[0].Reason != "abstain" || vs.Items[0].Weight != "1" {
		t.Fatalf("votes: %+v %v", vs, err)
	}

	versions, err := c.RecordVersions(ctx, record, nil)
	if err != nil || len(versions) != 2 || versions[0].ContentHash != hash("v1") || versions[1].Supersedes != hash("v1") ||
		versions[1].ContentHash != hash("v2") || versions[1].Custodian != trust || versions[1].Block != 16 {
		t.Fatalf("versions: %+v %v", versions, err)
	}
	if v, err := c.RecordVersions(ctx, record, client.AtBlock(15)); err != nil || len(v) != 1 {
		t.Fatalf("versions at 15: %+v %v", v, err)
	}
	if v, err := c.RecordVersions(ctx, hash("unknown"), nil); err != nil || len(v) != 0 {
		t.Fatalf("unknown record: %+v %v", v, err)
	}
	as, err := c.Anchors(ctx, client.AnchorFilter{Custodian: &trust}, &client.AnchorOrder{Field: client.OrderAnchoredAt, Desc: true}, client.ListOptions{})
	if err != nil || as.TotalCount != 2 || as.Items[0].ContentHash != hash("v2") {
		t.Fatalf("anchors: %+v %v", as, err)
	}
	bs, err := c.Batches(ctx, client.BatchFilter{Custodian: &trust}, client.ListOptions{})
	if err != nil || bs.TotalCount != 1 || bs.Items[0].Root != hash("root") || bs.Items[0].LeafCount != 5 || bs.Items[0].URI != "bevan://batch" {
		t.Fatalf("batches: %+v %v", bs, err)
	}

	// Raw queries for what has no helper.
	var mt struct {
		MetaTransactions struct{ TotalCount int } `json:"metaTransactions"`
	}
	if err := c.Query(ctx, `{ metaTransactions { totalCount } }`, nil, &mt); err != nil || mt.MetaTransactions.TotalCount != 0 {
		t.Fatalf("raw query: %+v %v", mt, err)
	}
}

func TestClientErrors(t *testing.T) {
	ctx, s, c := startClient(t, 12)

	// The server's messages come back typed.
	var gerr *client.Error
	if _, err := c.Guardians(ctx, client.GuardianFilter{}, client.ListOptions{First: 5000}); !errors.As(err, &gerr) ||
		!strings.Contains(gerr.Error(), "first must be between 1 and 1000") || gerr.Errors[0].Code() != "BAD_USER_INPUT" {
		t.Fatalf("first 5000: %v", err)
	}
	// A page of 1000 consents (every field) is over the server's complexity limit; 500 is not.
	if _, err := c.Consents(ctx, client.ConsentFilter{}, nil, client.ListOptions{First: 1000}); !errors.As(err, &gerr) ||
		!strings.Contains(gerr.Error(), "exceeds the limit") {
		t.Fatalf("1000 consents: %v", err)
	}
	if _, err := c.Consents(ctx, client.ConsentFilter{}, nil, client.ListOptions{First: 500}); err != nil {
		t.Fatalf("500 consents: %v", err)
	}
	if _, err := c.Guardians(ctx, client.GuardianFilter{}, client.ListOptions{Block: client.AtBlock(99)}); !errors.As(err, &gerr) ||
		!strings.Contains(gerr.Messages()[0], "block 99 is not indexed yet (indexed up to 12)") {
		t.Fatalf("future block: %v", err)
	}
	if _, err := c.Consents(ctx, client.ConsentFilter{Purpose: "GOSSIP"}, nil, client.ListOptions{}); !errors.As(err, &gerr) ||
		!strings.Contains(err.Error(), "purpose") {
		t.Fatalf("bad purpose: %v", err)
	}
	if err := c.Query(ctx, `{ nothing }`, nil, nil); !errors.As(err, &gerr) || gerr.Errors[0].Code() != "GRAPHQL_VALIDATION_FAILED" {
		t.Fatalf("invalid query: %v", err)
	}
	if _, err := c.Consents(ctx, client.ConsentFilter{}, nil, client.ListOptions{First: -1}); err == nil {
		t.Fatal("negative first accepted")
	}

	// Nothing listening: ErrUnreachable, naming the URL.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := "http://" + l.Addr().String() + "/graphql"
	l.Close()
	if _, err := client.New(dead, nil).IndexerStatus(ctx); !errors.Is(err, client.ErrUnreachable) || !strings.Contains(err.Error(), dead) {
		t.Fatalf("unreachable: %v", err)
	}
	// Something that is not a GraphQL endpoint.
	if _, err := client.New(strings.TrimSuffix(s.url, "/graphql")+"/nowhere", nil).IndexerStatus(ctx); err == nil ||
		!strings.Contains(err.Error(), "404") {
		t.Fatalf("not GraphQL: %v", err)
	}
}

func TestWaitIndexed(t *testing.T) {
	ctx, s, c := startClient(t, 12)
	c.PollInterval = 20 * time.Millisecond

	// Already indexed: at once.
	if st, err := c.WaitIndexed(ctx, 12); err != nil || st.Indexed != 12 {
		t.Fatalf("wait 12: %+v %v", st, err)
	}
	// Blocks 13..18 are committed while the client waits for 16.
	done := make(chan struct{})
	go func() {
		defer close(done)
		for n := uint64(13); n <= 18; n++ {
			time.Sleep(30 * time.Millisecond)
			s.commit(t, n, n)
		}
	}()
	st, err := c.WaitIndexed(ctx, 16)
	if err != nil || st.Indexed < 16 {
		t.Fatalf("wait 16: %+v %v", st, err)
	}
	// Once it returns, a read sees the block's changes: the record's second version (block 16).
	if v, err := c.RecordVersions(ctx, record, nil); err != nil || len(v) < 2 {
		t.Fatalf("versions after the wait: %+v %v", v, err)
	}
	<-done
	// A block that does not come: the context ends the wait, and the error says how far the indexer got.
	short, cancelShort := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancelShort()
	if _, err := c.WaitIndexed(short, 100); !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "indexed up to block 18, not yet 100") {
		t.Fatalf("wait 100: %v", err)
	}
}
