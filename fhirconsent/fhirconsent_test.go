package fhirconsent

import (
	"encoding/json"
	"fmt"
	"math/big"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/internal/fhircheck"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// r4Check checks a Consent resource, decoded as generic JSON, against the FHIR R4 rules Bevan relies on: required
// elements and their cardinality (status 1..1 from its required value set, scope 1..1, category 1..*, provision
// type/action/purpose codings), the invariants ppc-1 (policy or policyRule) and ppc-2 (privacy scope needs a
// patient), id and dateTime formats, and that every code comes from the right code system.
func r4Check(raw []byte) error {
	var r map[string]any
	if err := json.Unmarshal(raw, &r); err != nil {
		return err
	}
	var errs []string
	fail := func(f string, a ...any) { errs = append(errs, fmt.Sprintf(f, a...)) }
	if r["resourceType"] != "Consent" {
		fail("resourceType %v", r["resourceType"])
	}
	for k := range r {
		if !contains(r4Consent, k) {
			fail("Consent has no element %q in R4", k)
		}
	}
	if dt, ok := r["dateTime"].(string); ok {
		if _, err := time.Parse(time.RFC3339, dt); err != nil {
			fail("dateTime %q: %v", dt, err)
		}
	}
	if id, _ := r["id"].(string); !regexp.MustCompile(`^[A-Za-z0-9\-.]{1,64}$`).MatchString(id) {
		fail("id %q is not a FHIR id", id)
	}
	switch r["status"] {
	case "draft", "proposed", "active", "rejected", "inactive", "entered-in-error":
	default:
		fail("status %v is not in the required ConsentState value set", r["status"])
	}
	codings := func(v any, path string) []map[string]any {
		cc, ok := v.(map[string]any)
		if !ok {
			fail("%s is not a CodeableConcept", path)
			return nil
		}
		list, _ := cc["coding"].([]any)
		if len(list) == 0 {
			fail("%s has no coding", path)
		}
		var out []map[string]any
		for _, c := range list {
			m, _ := c.(map[string]any)
			if s, _ := m["system"].(string); s == "" {
				fail("%s coding without system", path)
			}
			if s, _ := m["code"].(string); s == "" || strings.TrimSpace(s) != s {
				fail("%s coding with bad code %q", path, s)
			}
			out = append(out, m)
		}
		return out
	}
	want := func(cs []map[string]any, path, system string, codes ...string) {
		for _, c := range cs {
			if c["system"] != system {
				fail("%s: system %v, want %s", path, c["system"], system)
			}
			if len(codes) > 0 && !contains(codes, c["code"]) {
				fail("%s: code %v not in %v", path, c["code"], codes)
			}
		}
	}
	scope := codings(r["scope"], "scope")
	want(scope, "scope", "http://terminology.hl7.org/CodeSystem/consentscope", "adr", "research", "patient-privacy", "treatment")
	cats, _ := r["category"].([]any)
	if len(cats) == 0 {
		fail("category is required (1..*)")
	}
	for i, c := range cats {
		cs := codings(c, fmt.Sprintf("category[%d]", i))
		if len(cs) > 0 && cs[0]["system"] == ConsentCategorySystem {
			want(cs, "category", ConsentCategorySystem, "research")
		} else {
			want(cs, "category", "http://loinc.org", "59284-0")
		}
	}
	if r["policy"] == nil && r["policyRule"] == nil {
		fail("ppc-1: policy or policyRule is required")
	}
	if r["policyRule"] != nil {
		want(codings(r["policyRule"], "policyRule"), "policyRule", "http://terminology.hl7.org/CodeSystem/v3-ActCode")
	}
	patient, _ := r["patient"].(map[string]any)
	if patient == nil || (patient["reference"] == nil && patient["identifier"] == nil) {
		fail("ppc-2: a patient-privacy consent needs a patient")
	}
	prov, _ := r["provision"].(map[string]any)
	if prov == nil {
		fail("provision missing")
		return joinErrs(errs)
	}
	for k := range prov {
		if !contains(r4Provision, k) {
			fail("provision has no element %q in R4", k)
		}
	}
	if prov["type"] != "deny" && prov["type"] != "permit" {
		fail("provision.type %v", prov["type"])
	}
	if p, ok := prov["period"].(map[string]any); ok {
		var ts []time.Time
		for _, k := range []string{"start", "end"} {
			if s, ok := p[k].(string); ok {
				t, err := time.Parse(time.RFC3339, s)
				if err != nil {
					fail("provision.period.%s %q: %v", k, s, err)
				}
				ts = append(ts, t)
			}
		}
		if len(ts) == 2 && ts[1].Before(ts[0]) {
			fail("per-1: provision.period ends before it starts: %v", p)
		}
		if len(ts) == 0 {
			fail("provision.period is empty")
		}
	}
	for i, d := range asList(prov["data"]) {
		m, _ := d.(map[string]any)
		if !contains([]string{"instance", "related", "dependents", "authoredby"}, m["meaning"]) {
			fail("provision.data[%d].meaning %v is not in the required consent-data-meaning value set", i, m["meaning"])
		}
		ref, _ := m["reference"].(map[string]any)
		id, _ := ref["identifier"].(map[string]any)
		system, _ := id["system"].(string)
		value, _ := id["value"].(string)
		if ref["reference"] == nil && (system == "" || value == "") {
			fail("provision.data[%d].reference needs a reference or an identifier with system and value", i)
		}
	}
	actors, _ := prov["actor"].([]any)
	for i, a := range actors {
		m, _ := a.(map[string]any)
		want(codings(m["role"], "actor.role"), "actor.role", "http://terminology.hl7.org/CodeSystem/v3-ParticipationType")
		if ref, _ := m["reference"].(map[string]any); ref == nil {
			fail("provision.actor[%d].reference is required", i)
		}
	}
	actions, _ := prov["action"].([]any)
	for _, a := range actions {
		want(codings(a, "action"), "action", vocab.ActionSystem, "collect", "access", "use", "disclose", "correct")
	}
	purposes, _ := prov["purpose"].([]any)
	for _, p := range purposes {
		m, _ := p.(map[string]any) // purpose is a Coding in R4, not a CodeableConcept
		if _, isCC := m["coding"]; isCC {
			fail("provision.purpose must be a Coding")
		}
		want([]map[string]any{m}, "purpose", vocab.PurposeSystem)
	}
	return joinErrs(errs)
}

// The elements of Consent and of Consent.provision in R4.
var (
	r4Consent = []string{"resourceType", "id", "meta", "implicitRules", "language", "text", "contained", "extension",
		"modifierExtension", "identifier", "status", "scope", "category", "patient", "dateTime", "performer", "organization",
		"sourceAttachment", "sourceReference", "policy", "policyRule", "verification", "provision"}
	r4Provision = []string{"id", "extension", "modifierExtension", "type", "period", "actor", "action", "securityLabel",
		"purpose", "class", "code", "dataPeriod", "data", "provision"}
)

func asList(v any) []any { l, _ := v.([]any); return l }

func contains(list []string, v any) bool {
	for _, s := range list {
		if s == v {
			return true
		}
	}
	return false
}

func joinErrs(errs []string) error {
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("%s", strings.Join(errs, "; "))
}

func TestBuildIsValidR4(t *testing.T) {
	now := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	granted := uint64(now.Add(-24 * time.Hour).Unix())
	patient, grantee := common.HexToAddress("0x1111111111111111111111111111111111111111"), common.HexToAddress("0x2222222222222222222222222222222222222222")
	id := new(big.Int).SetBytes(crypto.Keccak256([]byte("x")))
	scope := crypto.Keccak256Hash([]byte("care plan"))
	base := OnChain{ChainID: 901, Registry: common.HexToAddress("0x3333333333333333333333333333333333333333"), ID: id,
		Patient: patient, Grantee: grantee, Purposes: vocab.PurposeMask(vocab.Treat, vocab.CareMgt),
		Actions: vocab.ActionMask(vocab.Access, vocab.Use)}
	cases := []struct {
		name       string
		grantedAt  uint64
		validUntil uint64
		revoked    bool
		scope      common.Hash
		status     string
	}{
		{"no expiry", granted, 0, false, scope, "active"},
		{"expires later", granted, uint64(now.Add(time.Hour).Unix()), false, scope, "active"},
		{"expired", granted, uint64(now.Add(-time.Hour).Unix()), false, common.Hash{}, "inactive"},
		{"expires now", granted, uint64(now.Unix()), false, scope, "inactive"},
		{"revoked", granted, uint64(now.Add(-time.Minute).Unix()), true, scope, "inactive"},
		{"revoked at the grant", granted, granted, true, common.Hash{}, "inactive"},
		{"grant time unknown", 0, uint64(now.Add(time.Hour).Unix()), false, common.Hash{}, "active"},
		{"grant time unknown, no expiry", 0, 0, false, scope, "active"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := base
			c.GrantedAt, c.ValidUntil, c.Revoked, c.Scope = tc.grantedAt, tc.validUntil, tc.revoked, tc.scope
			raw, r := buildValid(t, &c, now)
			if r["status"] != tc.status {
				t.Fatalf("status %v, want %s", r["status"], tc.status)
			}
			if r["id"] != strings.TrimPrefix(common.BigToHash(id).Hex(), "0x") {
				t.Fatalf("id %v", r["id"])
			}
			if want := "urn:bevan:consent:eip155:901:0x3333333333333333333333333333333333333333:0x" + r["id"].(string); !strings.Contains(string(raw), want) {
				t.Fatalf("identifier %s missing:\n%s", want, raw)
			}
			prov := r["provision"].(map[string]any)
			var codes []string
			for _, p := range prov["purpose"].([]any) {
				codes = append(codes, p.(map[string]any)["code"].(string))
			}
			for _, a := range prov["action"].([]any) {
				codes = append(codes, a.(map[string]any)["coding"].([]any)[0].(map[string]any)["code"].(string))
			}
			if strings.Join(codes, ",") != "TREAT,CAREMGT,access,use" {
				t.Fatalf("codes %v", codes)
			}
			at := func(unix uint64) any {
				if unix == 0 {
					return nil
				}
				return time.Unix(int64(unix), 0).UTC().Format(time.RFC3339)
			}
			if r["dateTime"] != at(tc.grantedAt) {
				t.Fatalf("dateTime %v for the grant at %d", r["dateTime"], tc.grantedAt)
			}
			period, hasPeriod := prov["period"].(map[string]any)
			if (tc.grantedAt != 0 || tc.validUntil != 0) != hasPeriod {
				t.Fatalf("period %v for the grant at %d, valid until %d", prov["period"], tc.grantedAt, tc.validUntil)
			}
			if hasPeriod && (period["start"] != at(tc.grantedAt) || period["end"] != at(tc.validUntil)) {
				t.Fatalf("period %v for the grant at %d, valid until %d", period, tc.grantedAt, tc.validUntil)
			}
			data, _ := prov["data"].([]any)
			if tc.scope == (common.Hash{}) {
				if data != nil {
					t.Fatalf("provision.data %v without a scope", data)
				}
			} else if len(data) != 1 || data[0].(map[string]any)["meaning"] != "related" ||
				!strings.Contains(string(raw), `"system": "urn:bevan:consent-scope",
            "value": "`+tc.scope.Hex()+`"`) {
				t.Fatalf("provision.data %v for scope %s", data, tc.scope.Hex())
			}
			if !strings.Contains(string(raw), "eip155:901:"+patient.Hex()) || !strings.Contains(string(raw), "eip155:901:"+grantee.Hex()) {
				t.Fatalf("patient or grantee missing:\n%s", raw)
			}
		})
	}
}

func TestBuildRejectsIncompleteConsents(t *testing.T) {
	ok := OnChain{ChainID: 901, ID: big.NewInt(1), Patient: common.HexToAddress("0x01"), Grantee: common.HexToAddress("0x02"),
		Purposes: 1, Actions: 1}
	for name, mut := range map[string]func(*OnChain){
		"no id":        func(c *OnChain) { c.ID = nil },
		"no patient":   func(c *OnChain) { c.Patient = common.Address{} },
		"no purpose":   func(c *OnChain) { c.Purposes = 1 << 14 },
		"no action":    func(c *OnChain) { c.Actions = 0 },
		"no chain":     func(c *OnChain) { c.ChainID = 0 },
		"negative id":  func(c *OnChain) { c.ID = big.NewInt(-1) },
		"no grantee":   func(c *OnChain) { c.Grantee = common.Address{} },
		"id too large": func(c *OnChain) { c.ID = new(big.Int).Lsh(big.NewInt(1), 256) },
		"ends before the grant": func(c *OnChain) {
			c.GrantedAt, c.ValidUntil = 1_800_000_000, 1_700_000_000
		},
	} {
		c := ok
		mut(&c)
		if _, err := Build(&c, time.Now()); err == nil {
			t.Errorf("%s: built", name)
		}
	}
	if _, err := Build(&ok, time.Now()); err != nil {
		t.Fatal(err)
	}
}

// The checker itself catches what it is for.
func TestR4CheckCatchesViolations(t *testing.T) {
	c := OnChain{ChainID: 901, ID: big.NewInt(7), Patient: common.HexToAddress("0x01"), Grantee: common.HexToAddress("0x02"),
		Purposes: 1, Actions: 1}
	good, err := Build(&c, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	for name, mut := range map[string]func(*Consent){
		"status":          func(x *Consent) { x.Status = "revoked" },
		"scope system":    func(x *Consent) { x.Scope.Coding[0].System = "http://example.org" },
		"no category":     func(x *Consent) { x.Category = nil },
		"purpose system":  func(x *Consent) { x.Provision.Purpose[0].System = vocab.ActionSystem },
		"action system":   func(x *Consent) { x.Provision.Action[0].Coding[0].System = vocab.PurposeSystem },
		"provision type":  func(x *Consent) { x.Provision.Type = "allow" },
		"bad id":          func(x *Consent) { x.ID = "0x" + strings.Repeat("a", 64) },
		"category system": func(x *Consent) { x.Category[0].Coding[0].System = "http://snomed.info/sct" },
		"dateTime":        func(x *Consent) { x.DateTime = "yesterday" },
		"period": func(x *Consent) {
			x.Provision.Period = &Period{Start: "2026-11-24T12:00:00Z", End: "2026-11-23T12:00:00Z"}
		},
		"data meaning":   func(x *Consent) { x.Provision.Data = []Data{{Meaning: "scope", Reference: Reference{Display: "x"}}} },
		"data reference": func(x *Consent) { x.Provision.Data = []Data{{Meaning: "related"}} },
	} {
		cp := *good
		raw, _ := json.Marshal(cp)
		var x Consent
		if err := json.Unmarshal(raw, &x); err != nil {
			t.Fatal(err)
		}
		mut(&x)
		raw, _ = json.Marshal(x)
		if err := r4Check(raw); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// validR4 checks a rendering with this package's own checks (r4Check) and independently against the official R4
// JSON schema, ppc-1..5 and the code systems (internal/fhircheck).
// buildValid renders c at now as FHIR JSON, checks it against the official R4 schema, and returns the JSON and the
// object it decodes to.
func buildValid(t *testing.T, c *OnChain, now time.Time) ([]byte, map[string]any) {
	t.Helper()
	res, err := Build(c, now)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := res.JSON()
	if err != nil {
		t.Fatal(err)
	}
	validR4(t, raw)
	var r map[string]any
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatal(err)
	}
	return raw, r
}

func validR4(t *testing.T, raw []byte) {
	t.Helper()
	if err := r4Check(raw); err != nil {
		t.Fatalf("not valid R4: %v\n%s", err, raw)
	}
	v, err := fhircheck.Shared()
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Validate(raw); err != nil {
		t.Fatalf("not valid R4 (official schema): %v\n%s", err, raw)
	}
}

func TestBuildFaithful(t *testing.T) {
	now := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	patient, guardian := common.HexToAddress("0x1111111111111111111111111111111111111111"), common.HexToAddress("0x4444444444444444444444444444444444444444")
	c := OnChain{ChainID: 901, Registry: common.HexToAddress("0x3333333333333333333333333333333333333333"), ID: big.NewInt(9),
		Patient: patient, Grantee: common.HexToAddress("0x2222222222222222222222222222222222222222"),
		Purposes: vocab.PurposeMask(vocab.HResch), Actions: vocab.ActionMask(vocab.Use), GrantedAt: uint64(now.Unix()) - 60,
		By: patient, GranteeODS: "RX1", PolicyURI: "https://icb.example.nhs.uk/dsa/2026"}
	render := func(c OnChain) map[string]any {
		t.Helper()
		_, r := buildValid(t, &c, now)
		return r
	}
	get := func(v any, path ...any) any {
		for _, p := range path {
			switch k := p.(type) {
			case string:
				v = v.(map[string]any)[k]
			case int:
				v = v.([]any)[k]
			}
		}
		return v
	}
	r := render(c)
	if get(r, "scope", "coding", 0, "code") != "research" || get(r, "category", 0, "coding", 0, "code") != "research" {
		t.Fatalf("research consent: scope %v category %v", r["scope"], r["category"])
	}
	if get(r, "performer", 0, "type") != "Patient" || get(r, "policy", 0, "uri") != c.PolicyURI {
		t.Fatalf("performer %v policy %v", r["performer"], r["policy"])
	}
	if get(r, "provision", "actor", 0, "reference", "type") != "Organization" ||
		get(r, "provision", "actor", 0, "reference", "identifier", "system") != ODSSystem ||
		get(r, "provision", "actor", 0, "reference", "identifier", "value") != "RX1" {
		t.Fatalf("grantee %v", get(r, "provision", "actor"))
	}
	c.Purposes, c.By, c.GranteeODS, c.PolicyURI = vocab.PurposeMask(vocab.Coc, vocab.HSysAdmin), guardian, "", ""
	r = render(c)
	if get(r, "scope", "coding", 0, "code") != "patient-privacy" || len(r["category"].([]any)) != 1 {
		t.Fatalf("privacy consent: scope %v category %v", r["scope"], r["category"])
	}
	if get(r, "performer", 0, "type") != "RelatedPerson" || get(r, "performer", 0, "identifier", "value") != "eip155:901:"+guardian.Hex() {
		t.Fatalf("guardian's grant: performer %v", r["performer"])
	}
	if r["policy"] != nil || get(r, "provision", "actor", 0, "reference", "identifier", "system") != AccountIDSystem {
		t.Fatalf("policy %v actor %v", r["policy"], get(r, "provision", "actor"))
	}
	if get(r, "provision", "purpose", 0, "display") != "health system administration" {
		t.Fatalf("HSYSADMIN display %v", get(r, "provision", "purpose", 0))
	}
}

func TestBuildObjection(t *testing.T) {
	now := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	o := Objection{ChainID: 901, Registry: common.HexToAddress("0x3333333333333333333333333333333333333333"), ID: 3,
		Patient: common.HexToAddress("0x1111111111111111111111111111111111111111"), Purposes: vocab.PurposeMask(vocab.HResch, vocab.PopHlth),
		By: common.HexToAddress("0x1111111111111111111111111111111111111111"), RecordedAt: uint64(now.Unix()) - 10,
		PolicyURI: "https://icb.example.nhs.uk/dsa/2026"}
	for _, tc := range []struct {
		name      string
		grantee   common.Address
		withdrawn uint64
		status    string
	}{{"every grantee, standing", common.Address{}, 0, "active"},
		{"one grantee, withdrawn", common.HexToAddress("0x2222222222222222222222222222222222222222"), uint64(now.Unix()) - 1, "inactive"}} {
		o.Grantee, o.WithdrawnAt = tc.grantee, tc.withdrawn
		res, err := BuildObjection(&o, now)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := res.JSON()
		if err != nil {
			t.Fatal(err)
		}
		validR4(t, raw)
		if res.Status != tc.status || res.Provision.Type != "deny" || res.PolicyRule.Coding[0].Code != "OPTOUT" ||
			(len(res.Provision.Actor) == 1) != (tc.grantee != common.Address{}) || res.Scope.Coding[0].Code != "research" {
			t.Fatalf("%s:\n%s", tc.name, raw)
		}
	}
}

// The official-schema validator rejects broken renderings: each mutation of a valid one must fail, naming why.
func TestSchemaValidatorCatchesBrokenRenderings(t *testing.T) {
	v, err := fhircheck.Shared()
	if err != nil {
		t.Fatal(err)
	}
	c := OnChain{ChainID: 901, ID: big.NewInt(7), Patient: common.HexToAddress("0x01"), Grantee: common.HexToAddress("0x02"),
		Purposes: vocab.PurposeMask(vocab.HResch), Actions: 1, By: common.HexToAddress("0x01")}
	good, err := Build(&c, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := json.Marshal(good)
	if err := v.Validate(raw); err != nil {
		t.Fatalf("valid rendering refused: %v", err)
	}
	for name, tc := range map[string]struct {
		mut  func(m map[string]any)
		want string
	}{
		"status not in consent-state-codes": {func(m map[string]any) { m["status"] = "revoked" }, "R4 schema"},
		"unknown element":                   {func(m map[string]any) { m["grantee"] = "0x02" }, "R4 schema"},
		"provision type":                    {func(m map[string]any) { m["provision"].(map[string]any)["type"] = "allow" }, "R4 schema"},
		"bad id":                            {func(m map[string]any) { m["id"] = "0x_" }, "R4 schema"},
		"research with no patient (ppc-3)":  {func(m map[string]any) { delete(m, "patient") }, "ppc-3"},
		"no policy (ppc-1)":                 {func(m map[string]any) { delete(m, "policyRule") }, "ppc-1"},
		"old HSYSADMIN display": {func(m map[string]any) {
			m["provision"].(map[string]any)["purpose"] = []any{map[string]any{"system": vocab.PurposeSystem, "code": "HSYSADMIN",
				"display": "healthcare system administration"}}
		}, "HL7's is"},
		"purpose from the wrong system": {func(m map[string]any) {
			m["provision"].(map[string]any)["purpose"] = []any{map[string]any{"system": vocab.ActionSystem, "code": "TREAT"}}
		}, "want one of"},
		"unknown purpose code": {func(m map[string]any) {
			m["provision"].(map[string]any)["purpose"] = []any{map[string]any{"system": vocab.PurposeSystem, "code": "NOPE"}}
		}, "is not a code"},
	} {
		var m map[string]any
		if err := json.Unmarshal(raw, &m); err != nil {
			t.Fatal(err)
		}
		tc.mut(m)
		broken, _ := json.Marshal(m)
		err := v.Validate(broken)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error containing %q", name, err, tc.want)
		}
	}
}
