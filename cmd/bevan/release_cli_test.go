package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/release"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestRecordReleaseOnDevnet: the custodian (the trust) releases an anchored record to the GP only once the GP's
// wallet is identity-verified and the patient's consent permits it; an unverified, then a verified but not
// permitted, requester is refused naming the failed check; every decision is anchored by the custodian and its
// receipt opens the anchored commitment.
func TestRecordReleaseOnDevnet(t *testing.T) {
	ctx, e := startChainTest(t)
	patient, gp := devnet.DevAddress(devnet.RolePatient), devnet.DevAddress(devnet.RoleGP)
	custodian := devnet.DevAddress(devnet.RoleTrust)
	const fhirID = "discharge-release-1"
	file := writeFHIR(t, t.TempDir(), "discharge.json", `{"resourceType":"Composition","id":"`+fhirID+`","status":"final",`+
		`"subject":{"reference":"Patient/9990001234"},"title":"Discharge summary"}`)
	var ra recordAnchorJSON
	out, stderr, err := e.sign(devnet.RoleTrust, "record", "anchor", file, "--ods", "RJ1", "--json")
	e.mustJSON(&ra, out, stderr, err)
	anchors, err := bindings.NewRecordAnchorCaller(e.d.Manifest.AnchorsAddress(), e.d.Client)
	if err != nil {
		t.Fatal(err)
	}
	outDir := filepath.Join(t.TempDir(), "out")
	released := filepath.Join(outDir, "discharge.json")
	run := func(wantErr error) recordReleaseJSON {
		t.Helper()
		out, stderr, err := e.sign(devnet.RoleTrust, "record", "release", file, "--requester", gp.Hex(), "--patient", patient.Hex(),
			"--purpose", "TREAT", "--out", outDir, "--json")
		if !errors.Is(err, wantErr) {
			t.Fatalf("release: want %v, got %v\n%s", wantErr, err, stderr)
		}
		for _, s := range []string{fhirID, "9990001234", "Discharge"} {
			if strings.Contains(out+stderr, s) {
				t.Fatalf("%q in the output:\n%s\n%s", s, out, stderr)
			}
		}
		var r recordReleaseJSON
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("release --json: %v\n%s", err, out)
		}
		// The receipt on disk opens the commitment the custodian anchored.
		var rec release.Receipt
		if err := json.Unmarshal([]byte(mustReadFile(t, r.Receipt)), &rec); err != nil {
			t.Fatal(err)
		}
		if err := rec.Check(); err != nil || rec.Commitment != r.Decision.Commitment {
			t.Fatalf("receipt %s: %v", r.Receipt, err)
		}
		d := rec.Decision
		if d.RecordID != ra.Records[0].RecordID || d.ContentHash != ra.Records[0].ContentHash || d.Requester != gp || d.Patient != patient ||
			d.Purpose != "TREAT" || d.Access != "access" || d.MinLevel != "P9" || d.Custodian != custodian || d.Block == 0 || r.From != custodian {
			t.Fatalf("decision: %+v", rec)
		}
		at, err := anchors.AnchorOf(&bind.CallOpts{Context: ctx}, custodian, rec.DecisionID, rec.Commitment)
		if err != nil || at.Sign() == 0 {
			t.Fatalf("decision not anchored: %v, %v", at, err)
		}
		if rec.Commitment == crypto.Keccak256Hash(mustJSONBytes(t, d)) {
			t.Fatal("unsalted commitment")
		}
		return r
	}

	// Unverified requester: refused, nothing copied, the refusal anchored.
	if r := run(release.ErrNotVerified); r.Released || r.File != "" || r.Decision.Decision.Verified {
		t.Fatalf("unverified: %+v", r)
	}
	if _, err := os.Stat(released); err == nil {
		t.Fatal("the record was copied to an unverified requester")
	}

	// Verified at P9 by the devnet's attester, but no consent: refused as not permitted.
	e.attestP9(ctx, crypto.Keccak256Hash([]byte(t.Name())), gp)
	if r := run(release.ErrNotPermitted); r.Released || !r.Decision.Decision.Verified || r.Decision.Decision.Permitted {
		t.Fatalf("not permitted: %+v", r)
	}
	if _, err := os.Stat(released); err == nil {
		t.Fatal("the record was copied without consent")
	}

	// The patient consents: released, the copy is the record.
	var g consentGrantJSON
	out, stderr, err = e.sign(devnet.RolePatient, "consent", "grant", "--grantee", gp.Hex(), "--purpose", "TREAT", "--action", "access", "--json")
	e.mustJSON(&g, out, stderr, err)
	r := run(nil)
	if !r.Released || r.File != released || !r.Decision.Decision.Permitted || mustReadFile(t, released) != mustReadFile(t, file) {
		t.Fatalf("release: %+v", r)
	}

	// Nothing is sent for a file the custodian has not anchored, or an NHS number in place of a wallet.
	other := writeFHIR(t, t.TempDir(), "other.json", `{"resourceType":"Composition","id":"other","status":"final"}`)
	if _, _, err := e.sign(devnet.RoleTrust, "record", "release", other, "--requester", gp.Hex(), "--patient", patient.Hex(),
		"--purpose", "TREAT", "--out", outDir); err == nil || !strings.Contains(err.Error(), "nothing sent") {
		t.Fatalf("unanchored: %v", err)
	}
	if _, _, err := e.sign(devnet.RoleTrust, "record", "release", file, "--requester", gp.Hex(), "--patient", "9990001234",
		"--purpose", "TREAT", "--out", outDir); err == nil || !strings.Contains(err.Error(), "not an address") {
		t.Fatalf("NHS number as --patient: %v", err)
	}
}

func mustJSONBytes(t *testing.T, v any) []byte {
	t.Helper()
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}
