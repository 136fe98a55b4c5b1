package graphql_test

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/bevan-health/bevan/fhirconsent"
	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/internal/fhircheck"
	"github.com/bevan-health/bevan/store/storetest"
)

// The FHIR R4 rules for Consent (http://hl7.org/fhir/R4/consent.html) checked here: only R4 element names;
// status (1..1) from the consent-state-codes value set; scope (1..1) and category (1..*) CodeableConcepts; ppc-1
// (policy or policyRule); ppc-2..5 (a privacy/treatment/research/adr consent has a patient); dateTime a FHIR dateTime;
// provision.type permit|deny; period start <= end; each actor has role and reference; action codes from
// consentaction; purpose Codings from v3-ActReason; provision.data meaning from consent-data-meaning, with a reference.
var (
	r4Consent     = []string{"resourceType", "id", "meta", "implicitRules", "language", "text", "contained", "extension", "modifierExtension", "identifier", "status", "scope", "category", "patient", "dateTime", "performer", "organization", "sourceAttachment", "sourceReference", "policy", "policyRule", "verification", "provision"}
	r4Provision   = []string{"id", "extension", "modifierExtension", "type", "period", "actor", "action", "securityLabel", "purpose", "class", "code", "dataPeriod", "data", "provision"}
	r4Status      = []string{"draft", "proposed", "active", "rejected", "inactive", "entered-in-error"}
	r4DataMeaning = []string{"instance", "related", "dependents", "authoredby"}
	r4Actions     = []string{"collect", "access", "use", "disclose", "correct"}
	r4Purposes    = []string{"TREAT", "ETREAT", "CAREMGT", "HRESCH", "CLINTRL", "PUBHLTH", "HOPERAT", "PATRQT", "HPAYMT", "HSYSADMIN", "COC", "POPHLTH", "BTG", "HQUALIMP"}
	fhirID        = regexp.MustCompile(`^[A-Za-z0-9\-.]{1,64}$`)
	fhirDT        = regexp.MustCompile(`^([0-9]{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$`)
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
	datas, _ := prov["data"].([]any)
	for _, d := range datas {
		dm, _ := d.(map[string]any)
		if !slices.Contains(r4DataMeaning, fmt.Sprint(dm["meaning"])) {
			t.Errorf("provision.data.meaning %v not in consent-data-meaning", dm["meaning"])
		}
		checkReference(t, "provision.data.reference", dm["reference"])
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

type fhirNode struct {
	Status string
	Fhir   map[string]any
}

func TestFHIRConsentFollowsR4(t *testing.T) {
	e := newEnv(t, "sqlite", graphql.DefaultServerConfig())
	commit(t, e.st, 9, 16, nil)
	type page struct {
		Consents struct{ Edges []struct{ Node fhirNode } }
	}
	var now, before page
	e.query(t, `{ consents { edges { node { status fhir } } } }`, &now)
	// At block 13 c1 (revoked at 14) and c2 (expiring at block 20's time) are both active.
	e.query(t, `{ consents(block: {number: 13}) { edges { node { status fhir } } } }`, &before)
	var audit struct{ ConsentAt struct{ Consent fhirNode } }
	e.query(t, fmt.Sprintf(`{ consentAt(patient: %q, grantee: %q, purpose: "TREAT", action: "use", at: %d) { consent { status fhir } } }`,
		low(patient), low(grantee), 1_700_000_026), &audit)
	nodes := []fhirNode{audit.ConsentAt.Consent}
	for _, p := range []page{now, before} {
		if len(p.Consents.Edges) != 2 {
			t.Fatalf("%d consents", len(p.Consents.Edges))
		}
		for _, edge := range p.Consents.Edges {
			nodes = append(nodes, edge.Node)
		}
	}
	statuses := map[string]int{}
	for i, n := range nodes {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			checkR4Consent(t, n.Fhir)
			validOfficial(t, n.Fhir)
			// R4 consent-state-codes: active is "to be followed and enforced"; revoked and expired consents are not
			wantStatus := map[string]string{"REVOKED": "inactive", "ACTIVE": "active", "EXPIRED": "inactive"}[n.Status]
			if n.Fhir["status"] != wantStatus {
				t.Errorf("FHIR status %v for a %s consent", n.Fhir["status"], n.Status)
			}
		})
		statuses[n.Status]++
	}
	if statuses["ACTIVE"] != 3 || statuses["REVOKED"] != 1 || statuses["EXPIRED"] != 1 {
		t.Errorf("statuses %v: want the checks to cover active (at block 13 and in consentAt), revoked and expired consents", statuses)
	}
	// the checks do find problems in a broken resource
	rec := &recorder{}
	checkR4Consent(rec, map[string]any{"resourceType": "Consent", "status": "granted", "dateTime": "yesterday",
		"provision": map[string]any{"type": "allow", "purpose": []any{map[string]any{"system": "x", "code": "SHOP"}}}})
	if rec.errors < 5 {
		t.Fatalf("the R4 checks found %d problems in a broken resource, want at least 5", rec.errors)
	}
}

// The GraphQL fhir field is fhirconsent.Build of the same consent (what `bevan consent show --fhir` prints from the
// chain), judged at the time of the query's status: now, a block's time, or consentAt's time.
func TestFHIRIsFHIRConsentBuild(t *testing.T) {
	e := newEnv(t, "sqlite", graphql.DefaultServerConfig())
	commit(t, e.st, 9, 16, nil)
	c1 := fhirconsent.OnChain{ChainID: chainID, Registry: registry, ID: hash("c1").Big(), Patient: patient, Grantee: grantee,
		Purposes: 0b101, Actions: 0b110, GrantedAt: 1_700_000_022, Scope: hash("s"), By: patient}
	c2 := fhirconsent.OnChain{ChainID: chainID, Registry: registry, ID: hash("c2").Big(), Patient: patient, Grantee: grantee,
		Purposes: 0b1000, Actions: 1, ValidUntil: 1_700_000_040, GrantedAt: 1_700_000_024, Scope: hash("s2"), By: guardian}
	revoked := c1
	revoked.Revoked, revoked.ValidUntil = true, 1_700_000_028
	want := func(c fhirconsent.OnChain, now int64) map[string]any {
		t.Helper()
		res, err := fhirconsent.Build(&c, time.Unix(now, 0))
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := json.Marshal(res)
		var m map[string]any
		if err := json.Unmarshal(raw, &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	atBlock13 := int64(1_700_000_026)
	fhirOf := func(q string) map[string]any {
		t.Helper()
		var out struct {
			Consent   *struct{ Fhir map[string]any }
			ConsentAt struct {
				Consent *struct{ Fhir map[string]any }
			}
		}
		e.query(t, q, &out)
		if out.Consent != nil {
			return out.Consent.Fhir
		}
		if out.ConsentAt.Consent != nil {
			return out.ConsentAt.Consent.Fhir
		}
		t.Fatalf("%s: no consent", q)
		return nil
	}
	for _, tc := range []struct {
		name, query string
		want        map[string]any
	}{
		{"revoked", fmt.Sprintf(`{ consent(consentId: %q) { fhir } }`, hash("c1").Hex()), want(revoked, time.Now().Unix())},
		{"expired", fmt.Sprintf(`{ consent(consentId: %q) { fhir } }`, hash("c2").Hex()), want(c2, time.Now().Unix())},
		{"active at block 13", fmt.Sprintf(`{ consent(consentId: %q, block: {number: 13}) { fhir } }`, hash("c1").Hex()), want(c1, atBlock13)},
		{"expiring, active at block 13", fmt.Sprintf(`{ consent(consentId: %q, block: {number: 13}) { fhir } }`, hash("c2").Hex()), want(c2, atBlock13)},
		// consentAt's consent is the current row (revoked later), judged as of `at`: as the chain had it then.
		{"consentAt before the revocation", fmt.Sprintf(`{ consentAt(patient: %q, grantee: %q, purpose: "TREAT", action: "use", at: %d) { consent { fhir } } }`,
			low(patient), low(grantee), atBlock13), want(c1, atBlock13)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := fhirOf(tc.query)
			if !reflect.DeepEqual(got, tc.want) {
				g, _ := json.MarshalIndent(got, "", "  ")
				w, _ := json.MarshalIndent(tc.want, "", "  ")
				t.Fatalf("GraphQL fhir:\n%s\nfhirconsent.Build:\n%s", g, w)
			}
		})
	}
}

// Without a configured chain id and ConsentRegistry the server names what the indexer recorded in the store, and
// refuses to render a consent when there is nothing to name.
func TestFHIRDeploymentFromStore(t *testing.T) {
	st := storetest.Open(t, storetest.SQLiteURL(t))
	commit(t, st, 9, 16, nil)
	c := client.New(graphql.New(st, graphql.DefaultServerConfig(), nil).Handler(), client.Path("/graphql"))
	q := fmt.Sprintf(`{ consent(consentId: %q) { fhir } }`, hash("c1").Hex())
	var out struct{ Consent struct{ Fhir map[string]any } }
	if err := c.Post(q, &out); err == nil || !strings.Contains(err.Error(), "chain id and ConsentRegistry address are unknown") {
		t.Fatalf("fhir without a deployment: %v %v", err, out)
	}
	// what indexer.Service records when it starts
	if err := st.SetMeta(context.Background(), "chain_id", "31337"); err != nil {
		t.Fatal(err)
	}
	if err := st.SetMeta(context.Background(), "consents", registry.Hex()); err != nil {
		t.Fatal(err)
	}
	if err := c.Post(q, &out); err != nil {
		t.Fatal(err)
	}
	raw, _ := json.Marshal(out.Consent.Fhir)
	for _, want := range []string{"urn:bevan:consent:eip155:31337:" + registry.Hex() + ":" + hash("c1").Hex(), "eip155:31337:" + patient.Hex()} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("fhir lacks %s:\n%s", want, raw)
		}
	}
}

// validOfficial validates a rendering against the official FHIR R4 JSON schema, ppc-1..5 and the code systems.
func validOfficial(t *testing.T, res map[string]any) {
	t.Helper()
	v, err := fhircheck.Shared()
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := json.Marshal(res)
	if err := v.Validate(raw); err != nil {
		t.Errorf("not valid R4 (official schema): %v\n%s", err, raw)
	}
}
