package graphql_test

import (
	"fmt"
	"regexp"
	"slices"
	"testing"
	"time"

	"github.com/bevan-health/bevan/graphql"
)

// The FHIR R4 rules for Consent (http://hl7.org/fhir/R4/consent.html) checked here: only R4 element names;
// status (1..1) from the consent-state-codes value set; scope (1..1) and category (1..*) CodeableConcepts; ppc-1
// (policy or policyRule); ppc-2..5 (a privacy/treatment/research/adr consent has a patient); dateTime a FHIR dateTime;
// provision.type permit|deny; period start <= end; each actor has role and reference; action codes from
// consentaction; purpose Codings from v3-ActReason.
var (
	r4Consent   = []string{"resourceType", "id", "meta", "implicitRules", "language", "text", "contained", "extension", "modifierExtension", "identifier", "status", "scope", "category", "patient", "dateTime", "performer", "organization", "sourceAttachment", "sourceReference", "policy", "policyRule", "verification", "provision"}
	r4Provision = []string{"id", "extension", "modifierExtension", "type", "period", "actor", "action", "securityLabel", "purpose", "class", "code", "dataPeriod", "data", "provision"}
	r4Status    = []string{"draft", "proposed", "active", "rejected", "inactive", "entered-in-error"}
	r4Actions   = []string{"collect", "access", "use", "disclose", "correct"}
	r4Purposes  = []string{"TREAT", "ETREAT", "CAREMGT", "HRESCH", "CLINTRL", "PUBHLTH", "HOPERAT", "PATRQT", "HPAYMT", "HSYSADMIN"}
	fhirID      = regexp.MustCompile(`^[A-Za-z0-9\-.]{1,64}$`)
	fhirDT      = regexp.MustCompile(`^([0-9]{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$`)
)

func checkR4Consent(t tb, res map[string]any) {
	t.Helper()
	for k := range res {
		if !slices.Contains(r4Consent, k) {
			t.Errorf("Consent has no element %q in R4", k)
		}
	}
	if res["resourceType"] != "Consent" {
		t.Errorf("resourceType %v", res["resourceType"])
	}
	if id, _ := res["id"].(string); !fhirID.MatchString(id) {
		t.Errorf("id %q is not a FHIR id", id)
	}
	if s, _ := res["status"].(string); !slices.Contains(r4Status, s) {
		t.Errorf("status %q not in consent-state-codes", s)
	}
	checkCodeable(t, "scope", res["scope"])
	cats, _ := res["category"].([]any)
	if len(cats) == 0 {
		t.Errorf("category is 1..*")
	}
	for _, c := range cats {
		checkCodeable(t, "category", c)
	}
	if res["policy"] == nil && res["policyRule"] == nil {
		t.Errorf("ppc-1: policy or policyRule is required")
	}
	if res["patient"] == nil {
		t.Errorf("ppc-2..5: a privacy consent has a patient")
	}
	checkReference(t, "patient", res["patient"])
	if dt, _ := res["dateTime"].(string); !fhirDT.MatchString(dt) {
		t.Errorf("dateTime %q", dt)
	}
	prov, ok := res["provision"].(map[string]any)
	if !ok {
		t.Errorf("no provision")
		return
	}
	for k := range prov {
		if !slices.Contains(r4Provision, k) {
			t.Errorf("provision has no element %q in R4", k)
		}
	}
	if ty := prov["type"]; ty != "permit" && ty != "deny" {
		t.Errorf("provision.type %v", ty)
	}
	if p, ok := prov["period"].(map[string]any); ok {
		start, _ := p["start"].(string)
		if !fhirDT.MatchString(start) {
			t.Errorf("period.start %q", start)
		}
		if end, ok := p["end"].(string); ok {
			s, _ := time.Parse(time.RFC3339, start)
			e, err := time.Parse(time.RFC3339, end)
			if err != nil || e.Before(s) {
				t.Errorf("period end %q before start %q (per-1)", end, start)
			}
		}
	}
	actors, _ := prov["actor"].([]any)
	for _, a := range actors {
		am := a.(map[string]any)
		checkCodeable(t, "actor.role", am["role"])
		checkReference(t, "actor.reference", am["reference"])
	}
	acts, _ := prov["action"].([]any)
	for _, a := range acts {
		for _, c := range codings(t, "action", a) {
			if c["system"] != "http://terminology.hl7.org/CodeSystem/consentaction" || !slices.Contains(r4Actions, c["code"].(string)) {
				t.Errorf("action coding %v", c)
			}
		}
	}
	purposes, _ := prov["purpose"].([]any)
	for _, p := range purposes {
		c := p.(map[string]any)
		if c["system"] != "http://terminology.hl7.org/CodeSystem/v3-ActReason" || !slices.Contains(r4Purposes, c["code"].(string)) {
			t.Errorf("purpose coding %v", c)
		}
	}
}

func codings(t tb, what string, v any) []map[string]any {
	t.Helper()
	cc, ok := v.(map[string]any)
	if !ok {
		t.Errorf("%s is not a CodeableConcept", what)
		return nil
	}
	list, _ := cc["coding"].([]any)
	if len(list) == 0 && cc["text"] == nil {
		t.Errorf("%s: a CodeableConcept needs a coding or text", what)
	}
	var out []map[string]any
	for _, c := range list {
		m, ok := c.(map[string]any)
		if !ok || m["system"] == nil || m["code"] == nil {
			t.Errorf("%s: coding %v needs system and code", what, c)
			continue
		}
		out = append(out, m)
	}
	return out
}

func checkCodeable(t tb, what string, v any) { t.Helper(); codings(t, what, v) }

func checkReference(t tb, what string, v any) {
	t.Helper()
	r, ok := v.(map[string]any)
	if !ok || (r["reference"] == nil && r["identifier"] == nil && r["display"] == nil) {
		t.Errorf("%s is not a Reference: %v", what, v)
	}
}

// tb is what the R4 checks report to (a *testing.T, or a counter in the self-check).
type tb interface {
	Helper()
	Errorf(format string, args ...any)
}

type recorder struct{ errors int }

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.errors++ }

func TestFHIRConsentFollowsR4(t *testing.T) {
	e := newEnv(t, "sqlite", graphql.DefaultServerConfig())
	commit(t, e.st, 9, 16, nil)
	var out struct {
		Consents struct {
			Edges []struct {
				Node struct {
					Status string
					Fhir   map[string]any
				}
			}
		}
	}
	e.query(t, `{ consents { edges { node { status fhir } } } }`, &out)
	if len(out.Consents.Edges) != 2 {
		t.Fatalf("%d consents", len(out.Consents.Edges))
	}
	for i, edge := range out.Consents.Edges {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			checkR4Consent(t, edge.Node.Fhir)
			// R4 consent-state-codes: active is "to be followed and enforced"; revoked and expired consents are not
			wantStatus := map[string]string{"REVOKED": "inactive", "ACTIVE": "active", "EXPIRED": "inactive"}[edge.Node.Status]
			if edge.Node.Fhir["status"] != wantStatus {
				t.Errorf("FHIR status %v for a %s consent", edge.Node.Fhir["status"], edge.Node.Status)
			}
		})
	}
	// the checks do find problems in a broken resource
	rec := &recorder{}
	checkR4Consent(rec, map[string]any{"resourceType": "Consent", "status": "granted", "dateTime": "yesterday",
		"provision": map[string]any{"type": "allow", "purpose": []any{map[string]any{"system": "x", "code": "SHOP"}}}})
	if rec.errors < 5 {
		t.Fatalf("the R4 checks found %d problems in a broken resource, want at least 5", rec.errors)
	}
}
