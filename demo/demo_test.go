package demo_test

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/demo"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
)

// TestStoryOnDevnet plays the demo through a real relayer on a devnet and checks every outcome on-chain, then has
// the demo show it through the indexer's GraphQL server.
func TestStoryOnDevnet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	s, r, out := startStory(t)
	d, idx := s.Devnet, s.Indexer
	res, err := r.Run(ctx)
	if err != nil {
		t.Fatalf("story: %v\n%s", err, out.String())
	}
	call := &bind.CallOpts{Context: ctx}
	// view is a view call's answer; a failed call fails the test rather than reading as "false".
	view := func(ok bool, err error) bool {
		t.Helper()
		if err != nil {
			t.Fatalf("view call: %v", err)
		}
		return ok
	}
	consents, err := bindings.NewConsentRegistry(d.Manifest.ConsentsAddress(), d.Client)
	if err != nil {
		t.Fatal(err)
	}
	patient := devnet.DevAddress(devnet.RolePatient)
	if !view(consents.IsPermitted(call, patient, devnet.DevAddress(devnet.RoleAgency), uint8(vocab.CareMgt), uint8(vocab.Use))) {
		t.Error("care agency not permitted")
	}
	if !view(consents.IsPermitted(call, patient, devnet.DevAddress(devnet.RoleGP), uint8(vocab.CareMgt), uint8(vocab.Access))) {
		t.Error("GP not permitted")
	}
	if !view(consents.IsGuardian(call, patient, devnet.DevAddress(devnet.RoleGuardian))) {
		t.Error("guardian not appointed")
	}
	if view(consents.IsPermitted(call, patient, devnet.DevAddress(devnet.RoleResearch), uint8(vocab.ClinTrl), uint8(vocab.Use))) {
		t.Error("research consent still permits after revocation")
	}
	past := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(res.ResearchRevokedBlock - 1)}
	if !view(consents.IsPermitted(past, patient, devnet.DevAddress(devnet.RoleResearch), uint8(vocab.ClinTrl), uint8(vocab.Use))) {
		t.Error("research consent did not permit before its revocation")
	}
	anchors, err := bindings.NewRecordAnchor(d.Manifest.AnchorsAddress(), d.Client)
	if err != nil {
		t.Fatal(err)
	}
	if !view(anchors.VerifyRecord(call, devnet.DevAddress(devnet.RoleTrust), res.RecordID, res.ContentHash, [32]byte{}, nil)) {
		t.Error("discharge summary not anchored")
	}
	membership, err := bindings.NewMembership(d.Manifest.MembershipAddress(), d.Client)
	if err != nil {
		t.Fatal(err)
	}
	if !view(membership.IsMember(call, res.NewMember)) {
		t.Error("care agency not admitted by the DAO")
	}
	// No wallet of the story paid gas: their balances are untouched (the devnet funds them all equally).
	for _, role := range []string{devnet.RolePatient, devnet.RoleGuardian, devnet.RoleTrust, devnet.RoleGP, devnet.RoleCouncil} {
		n, err := d.Client.NonceAt(ctx, devnet.DevAddress(role), nil)
		if err != nil || n != 0 {
			t.Errorf("%s sent %d transactions itself (err %v); the relayer should have", role, n, err)
		}
	}
	if len(res.Steps) < 14 {
		t.Errorf("only %d steps:\n%s", len(res.Steps), out.String())
	}
	if view(anchors.VerifyRecord(call, devnet.DevAddress(devnet.RoleTrust), res.ObservationRecordID, res.ObservationContentHash, res.BatchRoot, nil)) || res.BatchRoot == ([32]byte{}) {
		t.Error("the observation's batch: no root, or it verified without a proof")
	}
	if res.EmergencyReasonHash == ([32]byte{}) || res.EmergencyBlock <= res.ResearchRevokedBlock {
		t.Errorf("break-glass: %x in block %d", res.EmergencyReasonHash, res.EmergencyBlock)
	}
	if res.LastBlock != res.EmergencyBlock || res.ResearchRevokedAt < res.ResearchGrantedAt+uint64(demo.ResearchGap/time.Second) {
		t.Errorf("last block %d (revoked in %d); research consent granted at %d, revoked at %d", res.LastBlock,
			res.ResearchRevokedBlock, res.ResearchGrantedAt, res.ResearchRevokedAt)
	}

	// The demo shows the story through GraphQL: every query answers what the story did.
	out.Reset()
	if err := r.Explore(ctx, "http://"+idx.Addr()); err != nil {
		t.Fatalf("explore: %v\n%s", err, out.String())
	}
	if n := strings.Count(out.String(), "\n  → "); n != len(demo.Queries(res, 0)) || strings.Contains(out.String(), "✗") {
		t.Errorf("%d result lines for %d queries:\n%s", n, len(demo.Queries(res, 0)), out.String())
	}
	for _, want := range []string{"→ 3 consents: 2 active, 1 revoked", "→ permitted, by consent", "→ not permitted",
		"→ 1 guardian", "→ 4 members", "→ EXECUTED, 3 for / 0 against / 0 abstain", "curl -s http://" + idx.Addr() + "/graphql"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("explore output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestQueriesAnswerWrongDataWithErrors: a result line is only printed when the data shows what the story did.
func TestQueriesAnswerWrongDataWithErrors(t *testing.T) {
	res := &demo.Result{CareConsent: big.NewInt(1), GPConsent: big.NewInt(2), ResearchConsent: big.NewInt(3), ProposalID: big.NewInt(4),
		ResearchGrantedAt: 100, ResearchRevokedAt: 130, LastBlock: 9}
	qs := demo.Queries(res, 200)
	if len(qs) != 9 {
		t.Fatalf("%d queries", len(qs))
	}
	for _, q := range qs {
		if !strings.HasPrefix(q.Text, "{") || q.Title == "" {
			t.Errorf("query %q: %q", q.Title, q.Text)
		}
	}
	if !strings.Contains(qs[2].Text, "at: 115") || !strings.Contains(qs[3].Text, "at: 200") {
		t.Errorf("audit times: %s\n%s", qs[2].Text, qs[3].Text)
	}
	wrong := map[int]string{
		0: `{"consents":{"totalCount":1,"edges":[{"node":{"status":"ACTIVE"}}]}}`,
		1: `{"consentHistory":[{"kind":"granted","by":"0x1","block":3}]}`,
		2: `{"consentAt":{"permitted":false,"consent":null}}`,
		3: `{"consentAt":{"permitted":true,"consent":{"consentId":"0x03"}}}`,
		4: `{"consent":{"status":"ACTIVE","fhir":{"resourceType":"Patient"}}}`,
		5: `{"guardians":{"totalCount":0,"edges":[]}}`,
		6: `{"recordVersions":[]}`,
		7: `{"members":{"totalCount":1,"edges":[{"node":{"odsCode":"RJ1","kind":"nhs-trust"}}]}}`,
		8: `{"proposal":null}`,
	}
	for i, data := range wrong {
		if line, err := qs[i].Summarize([]byte(data)); err == nil {
			t.Errorf("query %d (%s) accepted %s as %q", i+1, qs[i].Title, data, line)
		}
	}
	if line, err := qs[2].Summarize([]byte(`{"consentAt":{"permitted":true,"consent":{"consentId":"0x03"}}}`)); err != nil || line != "permitted, by consent 0x03" {
		t.Errorf("audit while granted: %q, %v", line, err)
	}
}

func TestIdentifiers(t *testing.T) {
	ids := demo.DefaultIdentifiers()
	if err := ids.Check(); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"9434765919", "9990123454", "4010232137"} {
		if !demo.ValidNHSNumber(n) {
			t.Errorf("%s refused", n)
		}
	}
	for _, n := range []string{"9434765918", "943476591", "94347659190", "943476591x", ""} {
		if demo.ValidNHSNumber(n) {
			t.Errorf("%s accepted", n)
		}
	}
	for range 50 {
		n, err := demo.RandomNHSNumber()
		if err != nil || !demo.ValidNHSNumber(n) || !strings.HasPrefix(n, "999") {
			t.Fatalf("random NHS number %q: %v", n, err)
		}
	}
	for _, doc := range [][]byte{ids.Patient(), ids.DischargeSummary(), ids.Observation()} {
		if !strings.Contains(string(doc), ids.NHSNumber) {
			t.Errorf("the record does not carry the NHS number:\n%s", doc)
		}
	}
	if !strings.Contains(string(ids.Patient()), ids.Postcode) || !strings.Contains(string(ids.Patient()), ids.BirthDate) ||
		!strings.Contains(string(ids.Observation()), fmt.Sprintf(`"value": %d`, ids.Systolic)) {
		t.Errorf("identifiers missing from the records")
	}
	bad := ids
	bad.NHSNumber = "9434765918"
	if bad.Check() == nil {
		t.Error("an NHS number failing Modulus 11 accepted")
	}
}
