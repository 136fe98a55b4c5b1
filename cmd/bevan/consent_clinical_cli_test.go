package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/internal/fhircheck"
	"github.com/bevan-health/bevan/vocab"
)

// Issue 13 from the command line: the research rule, objections, and FHIR Consent import.
func TestConsentResearchObjectionImportOnDevnet(t *testing.T) {
	ctx, e := startChainTest(t)
	patient, agency, gp, guardian := consentRoles()
	reg, call := e.consents(ctx)
	v, err := fhircheck.Shared()
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := e.sign(devnet.RolePatient, "guardian", "add", guardian.Hex()); err != nil {
		t.Fatal(err)
	}

	// A guardian's research grant: the contract's error, reported by the relayer and the CLI.
	if _, _, err := e.sign(devnet.RoleGuardian, "consent", "grant", "--patient", patient.Hex(), "--grantee", agency.Hex(),
		"--purpose", "HRESCH", "--action", "use"); err == nil || !strings.Contains(err.Error(), "ResearchNeedsPatient") ||
		!strings.Contains(err.Error(), "[would_revert]") {
		t.Fatalf("guardian's research grant: %v", err)
	}
	// The patient's research consent, then an objection to HRESCH for every grantee.
	var g consentGrantJSON
	out, stderr, err := e.sign(devnet.RolePatient, "consent", "grant", "--grantee", agency.Hex(), "--purpose", "HRESCH",
		"--action", "use", "--expires", "30d", "--json")
	e.mustJSON(&g, out, stderr, err)
	var o objectionJSON
	out, stderr, err = e.sign(devnet.RolePatient, "consent", "object", "--purpose", "HRESCH", "--json")
	e.mustJSON(&o, out, stderr, err)
	if o.ObjectionID == 0 || o.Status != "mined" {
		t.Fatalf("object: %+v", o)
	}
	if ok, _ := reg.IsPermitted(call, patient, agency, uint8(vocab.HResch), uint8(vocab.Use)); ok {
		t.Fatal("HRESCH permitted despite the objection")
	}
	if _, _, err := e.sign(devnet.RoleGuardian, "consent", "object", "--patient", patient.Hex(), "--purpose", "CLINTRL"); err == nil ||
		!strings.Contains(err.Error(), "only the patient") {
		t.Fatalf("guardian's research objection: %v", err)
	}
	if _, _, err := e.sign(devnet.RoleGuardian, "consent", "withdraw-objection", "1"); err == nil || !strings.Contains(err.Error(), "PatientObjection") {
		t.Fatalf("guardian withdrawing the patient's objection: %v", err)
	}
	if out, _, err := e.sign(devnet.RolePatient, "consent", "withdraw-objection", "1"); err != nil || !strings.Contains(out, "objection 1 withdrawn") {
		t.Fatalf("withdraw: %v\n%s", err, out)
	}
	if ok, _ := reg.IsPermitted(call, patient, agency, uint8(vocab.HResch), uint8(vocab.Use)); !ok {
		t.Fatal("HRESCH not permitted after the withdrawal")
	}

	// Import: the research consent's own FHIR rendering, pointed at another grantee, grants an equivalent consent.
	show, _, err := e.read("", "consent", "show", g.ConsentID, "--fhir")
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Validate([]byte(show)); err != nil {
		t.Fatalf("consent show --fhir not valid R4: %v\n%s", err, show)
	}
	var res map[string]any
	if err := json.Unmarshal([]byte(show), &res); err != nil {
		t.Fatal(err)
	}
	if res["scope"].(map[string]any)["coding"].([]any)[0].(map[string]any)["code"] != "research" || res["policy"] == nil {
		t.Fatalf("research consent rendering:\n%s", show)
	}
	prov := res["provision"].(map[string]any)
	ref := prov["actor"].([]any)[0].(map[string]any)["reference"].(map[string]any)
	ref["identifier"].(map[string]any)["value"] = "eip155:" + itoa(e.d.Manifest.ChainID) + ":" + gp.Hex()
	delete(ref, "type")
	dir := t.TempDir()
	write := func(name string, v any) string {
		raw, _ := json.Marshal(v)
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, raw, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	var imp consentGrantJSON
	out, stderr, err = e.sign(devnet.RolePatient, "consent", "grant", "--from-fhir", write("import.json", res), "--json")
	e.mustJSON(&imp, out, stderr, err)
	if imp.Grantee != gp || imp.Patient != patient || imp.ConsentID == "" {
		t.Fatalf("import: %+v", imp)
	}
	again, _, err := e.read("", "consent", "show", imp.ConsentID, "--fhir")
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Validate([]byte(again)); err != nil {
		t.Fatalf("imported consent's rendering not valid R4: %v", err)
	}
	var res2 map[string]any
	_ = json.Unmarshal([]byte(again), &res2)
	p2 := res2["provision"].(map[string]any)
	for _, k := range []string{"purpose", "action", "data"} {
		a, _ := json.Marshal(prov[k])
		b, _ := json.Marshal(p2[k])
		if string(a) != string(b) {
			t.Errorf("provision.%s: imported %s, rendered again %s", k, a, b)
		}
	}
	if prov["period"].(map[string]any)["end"] != p2["period"].(map[string]any)["end"] {
		t.Errorf("period end: %v vs %v", prov["period"], p2["period"])
	}

	// An element Bevan cannot represent: refused by name, nothing sent (the forwarder nonce does not move).
	before, err := forwarderNonce(ctx, e, patient)
	if err != nil {
		t.Fatal(err)
	}
	prov["securityLabel"] = []any{map[string]any{"system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "code": "R"}}
	if _, _, err := e.sign(devnet.RolePatient, "consent", "grant", "--from-fhir", write("bad.json", res)); err == nil ||
		!strings.Contains(err.Error(), "provision.securityLabel") {
		t.Fatalf("unsupported element: %v", err)
	}
	after, err := forwarderNonce(ctx, e, patient)
	if err != nil || after.Cmp(before) != 0 {
		t.Fatalf("a refused import sent something: nonce %v -> %v (%v)", before, after, err)
	}
}

func itoa(n uint64) string { return strconv.FormatUint(n, 10) }
