package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/fhirrecord"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func writeFHIR(t *testing.T, dir, name, body string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestRecordHash(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("BEVAN_HOME", t.TempDir())
	a := writeFHIR(t, dir, "a.json", `{"resourceType":"Patient","id":"p1","name":[{"family":"Smith"}]}`)
	b := writeFHIR(t, dir, "b.json", "{\n  \"name\": [ { \"family\": \"Smith\" } ],\n  \"id\": \"p1\",\n  \"resourceType\": \"Patient\"\n}\n")
	// No custodian store yet: record hash says where it looked.
	if _, _, err := runApp(t, "", "record", "hash", a); err == nil || !strings.Contains(err.Error(), "no custodian store") {
		t.Fatalf("no store: %v", err)
	}
	store, _, err := fhirrecord.OpenStore(filepath.Join(os.Getenv("BEVAN_HOME"), "custodian"), "RJ1", true)
	if err != nil {
		t.Fatal(err)
	}
	out, _, err := runApp(t, "", "record", "hash", a)
	if err != nil || !strings.Contains(out, "Patient/p1: not anchored by custodian RJ1") {
		t.Fatalf("unknown record: %v\n%s", err, out)
	}
	items, err := store.Items(a)
	if err != nil {
		t.Fatal(err)
	}
	p := &fhirrecord.Proof{Version: fhirrecord.ProofVersion, ChainID: 901, RecordAnchor: common.HexToAddress("0xabc"), ODSCode: "RJ1",
		Custodian: common.HexToAddress("0xc0"), RecordID: items[0].RecordID, ContentHash: items[0].Resource.ContentHash(items[0].Salt), Salt: items[0].Salt}
	if err := store.Save(items[0], p, ""); err != nil {
		t.Fatal(err)
	}
	// The same content, however formatted, is the anchored version; flags after the files work too.
	out, _, err = runApp(t, "", "record", "hash", "--json", a, b)
	if err != nil {
		t.Fatal(err)
	}
	var hs []recordHashJSON
	if err := json.Unmarshal([]byte(out), &hs); err != nil || len(hs) != 2 {
		t.Fatalf("hash --json: %v\n%s", err, out)
	}
	for _, h := range hs {
		if h.RecordID != p.RecordID || h.ContentHash != p.ContentHash || !h.Anchored || h.Version != 1 || h.ResourceType != "Patient" || h.ID != "p1" {
			t.Fatalf("hash: %+v", h)
		}
	}
	// Neither the id nor the content hash is the guessable unsalted one.
	if p.RecordID == crypto.Keccak256Hash([]byte("RJ1/Patient/p1")) ||
		p.ContentHash == crypto.Keccak256Hash([]byte(`{"id":"p1","name":[{"family":"Smith"}],"resourceType":"Patient"}`)) {
		t.Fatal("unsalted hashes")
	}
	changed := writeFHIR(t, dir, "c.json", `{"resourceType":"Patient","id":"p1","name":[{"family":"Smyth"}]}`)
	if out, _, err := runApp(t, "", "record", "hash", changed, "--custodian", filepath.Join(os.Getenv("BEVAN_HOME"), "custodian")); err != nil ||
		!strings.Contains(out, "this content is not anchored (1 other version(s) are)") || !strings.Contains(out, p.RecordID.Hex()) {
		t.Fatalf("changed content: %v\n%s", err, out)
	}
	if _, _, err := runApp(t, "", "record", "hash", "--ods", "A81001", a); err == nil || !strings.Contains(err.Error(), "not A81001") {
		t.Fatalf("another custodian's ODS code: %v", err)
	}
	notFHIR := writeFHIR(t, dir, "d.json", `{"resourceType":"Patient"}`)
	if _, _, err := runApp(t, "", "record", "hash", a, notFHIR); err == nil || !strings.Contains(err.Error(), notFHIR) || !strings.Contains(err.Error(), "no id") {
		t.Fatalf("not FHIR: %v", err)
	}
	if _, _, err := runApp(t, "", "record", "hash", a, "--bogus"); err == nil {
		t.Fatal("unknown trailing flag accepted")
	}
}

// anchorOnDevnet plans the files' anchor, sends the calldata from the devnet's custodian key and writes the proofs
// next to the files (what `record anchor` will do through the relayer).
func anchorOnDevnet(t *testing.T, ctx context.Context, d *devnet.Devnet, store *fhirrecord.Store, files ...string) *fhirrecord.Plan {
	t.Helper()
	items, err := store.Items(files...)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := fhirrecord.PlanAnchor(fhirrecord.AnchorOptions{ChainID: d.Manifest.ChainID,
		RecordAnchor: d.Manifest.AnchorsAddress(), ODSCode: "RJ1", URI: "bevan://test"}, items)
	if err != nil {
		t.Fatal(err)
	}
	rcpt := devnettest.SendData(t, ctx, d, devnet.RoleTrust, plan.RecordAnchor, plan.Data)
	proofs, err := plan.Complete(rcpt)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range proofs {
		if err := fhirrecord.WriteProof(fhirrecord.ProofPath(plan.Records[i].Path), p); err != nil {
			t.Fatal(err)
		}
		if err := store.Save(plan.Records[i].Item, p, fhirrecord.ProofPath(plan.Records[i].Path)); err != nil {
			t.Fatal(err)
		}
	}
	return plan
}

func TestRecordVerifyOnDevnet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cfg := devnettest.Config(t.TempDir())
	d := devnettest.StartDevnet(t, cfg)
	rpc := d.RPCURL()
	dir := t.TempDir()
	store, _, err := fhirrecord.OpenStore(filepath.Join(t.TempDir(), "custodian"), "RJ1", true)
	if err != nil {
		t.Fatal(err)
	}
	verify := func(args ...string) (string, error) {
		out, _, err := runApp(t, "", append([]string{"record", "verify", "--rpc", rpc, "--deployments", cfg.ManifestDir}, args...)...)
		return out, err
	}

	// A single record, verified with the proof named after the file (as the issue writes it).
	summary := writeFHIR(t, dir, "discharge.json", `{"resourceType":"DocumentReference","id":"discharge-2026-001","status":"current",`+
		`"description":"Discharge summary: home with a care package"}`)
	single := anchorOnDevnet(t, ctx, d, store, summary)
	proof := filepath.Join(dir, "discharge.proof")
	if err := os.Rename(fhirrecord.ProofPath(summary), proof); err != nil {
		t.Fatal(err)
	}
	out, err := verify(summary, "--proof", proof)
	if err != nil {
		t.Fatalf("verify single: %v", err)
	}
	if !strings.Contains(out, "verified  "+summary) || !strings.Contains(out, "single anchor") ||
		!strings.Contains(out, devnet.DevAddress(devnet.RoleTrust).Hex()) || !strings.Contains(out, single.Records[0].Proof.RecordID.Hex()) {
		t.Fatalf("verify single:\n%s", out)
	}

	// A batch of five, verified together with their default proof paths, as JSON.
	var batch []string
	for i := range 5 {
		batch = append(batch, writeFHIR(t, dir, fmt.Sprintf("obs%d.json", i), fmt.Sprintf(
			`{"resourceType":"Observation","id":"obs-%d","status":"final","valueQuantity":{"value":%d.5,"unit":"mmHg"}}`, i, 120+i)))
	}
	plan := anchorOnDevnet(t, ctx, d, store, batch...)
	out, err = verify(append([]string{"--json"}, batch...)...)
	if err != nil {
		t.Fatalf("verify batch: %v", err)
	}
	var res []recordVerifyJSON
	if err := json.Unmarshal([]byte(out), &res); err != nil || len(res) != 5 {
		t.Fatalf("verify --json: %v\n%s", err, out)
	}
	for i, r := range res {
		if !r.Verified || r.BatchRoot != plan.Root || r.File != batch[i] || r.Custodian != devnet.DevAddress(devnet.RoleTrust) ||
			r.AnchoredAt.IsZero() || r.Block == 0 {
			t.Fatalf("batch record %d: %+v", i, r)
		}
	}
	// The same record, reformatted, still verifies against its proof.
	pretty := writeFHIR(t, dir, "obs0-pretty.json", "{\n  \"valueQuantity\": { \"unit\": \"mmHg\", \"value\": 1.205E2 },\n"+
		"  \"status\": \"final\",\n  \"id\": \"obs-0\",\n  \"resourceType\": \"Observation\"\n}\n")
	if _, err := verify(pretty, "--proof", fhirrecord.ProofPath(batch[0])); err != nil {
		t.Fatalf("reformatted: %v", err)
	}

	// The custodian: --anchored-by must be the one that anchored; a proof that names another custodian does not
	// verify, as that custodian never anchored the version (issue 11 item 4).
	trust, gp := devnet.DevAddress(devnet.RoleTrust), devnet.DevAddress(devnet.RoleGP)
	if _, err := verify(batch[0], "--anchored-by", trust.Hex()); err != nil {
		t.Fatalf("--anchored-by the anchor's custodian: %v", err)
	}
	if _, err := verify(batch[0], "--anchored-by", gp.Hex()); err == nil || !strings.Contains(err.Error(), "not --anchored-by "+gp.Hex()) {
		t.Fatalf("--anchored-by another: %v", err)
	}
	var claimed fhirrecord.Proof
	if err := json.Unmarshal([]byte(mustReadFile(t, proof)), &claimed); err != nil {
		t.Fatal(err)
	}
	claimed.Custodian = gp
	claimedPath := filepath.Join(dir, "claimed.proof.json")
	if err := fhirrecord.WriteProof(claimedPath, &claimed); err != nil {
		t.Fatal(err)
	}
	if _, err := verify(summary, "--proof", claimedPath); err == nil || !strings.Contains(err.Error(), "not anchored singly by custodian "+gp.Hex()) {
		t.Fatalf("a proof naming another custodian: %v", err)
	}

	// A tampered file fails, non-zero, saying why.
	tampered := writeFHIR(t, dir, "obs2-tampered.json", strings.Replace(mustReadFile(t, batch[2]), "122.5", "182.5", 1))
	if _, err := verify(tampered, "--proof", fhirrecord.ProofPath(batch[2])); err == nil ||
		!strings.Contains(err.Error(), "does not match the proof") || !strings.Contains(err.Error(), "content has changed") {
		t.Fatalf("tampered: %v", err)
	}
	// Another record's proof.
	if _, err := verify(batch[1], "--proof", fhirrecord.ProofPath(batch[3])); err == nil || !strings.Contains(err.Error(), "does not match the proof") {
		t.Fatalf("another record's proof: %v", err)
	}
	// A proof whose Merkle path was altered.
	var p fhirrecord.Proof
	if err := json.Unmarshal([]byte(mustReadFile(t, fhirrecord.ProofPath(batch[4]))), &p); err != nil {
		t.Fatal(err)
	}
	p.Proof[0][0] ^= 0xff
	altered := filepath.Join(dir, "altered.proof.json")
	if err := fhirrecord.WriteProof(altered, &p); err != nil {
		t.Fatal(err)
	}
	if _, err := verify(batch[4], "--proof", altered); err == nil || !strings.Contains(err.Error(), "Merkle proof does not lead") {
		t.Fatalf("altered proof: %v", err)
	}
	// A proof for another contract than the manifest's.
	p.Proof[0][0] ^= 0xff
	p.RecordAnchor = d.Manifest.ConsentsAddress()
	if err := fhirrecord.WriteProof(altered, &p); err != nil {
		t.Fatal(err)
	}
	if _, err := verify(batch[4], "--proof", altered); err == nil || !strings.Contains(err.Error(), "deployment manifest of chain 901") {
		t.Fatalf("wrong contract: %v", err)
	}
	// No proof file; --proof with several files; not FHIR; no manifest for the chain.
	if _, err := verify(pretty); err == nil || !strings.Contains(err.Error(), "no proof file "+fhirrecord.ProofPath(pretty)) ||
		!strings.Contains(err.Error(), "salt") || !strings.Contains(err.Error(), "--proof") {
		t.Fatalf("missing proof: %v", err)
	}
	if _, err := verify(batch[0], batch[1], "--proof", altered); err == nil || !strings.Contains(err.Error(), "one file") {
		t.Fatalf("--proof with two files: %v", err)
	}
	notFHIR := writeFHIR(t, dir, "x.json", `[1,2]`)
	if _, err := verify(notFHIR, "--proof", fhirrecord.ProofPath(batch[0])); err == nil || !strings.Contains(err.Error(), "not an object") {
		t.Fatalf("not FHIR: %v", err)
	}
	if _, _, err := runApp(t, "", "record", "verify", "--rpc", rpc, "--deployments", t.TempDir(), batch[0]); err == nil ||
		!strings.Contains(err.Error(), "deployment manifest") {
		t.Fatalf("no manifest: %v", err)
	}
}

func mustReadFile(t *testing.T, path string) string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(raw)
}
