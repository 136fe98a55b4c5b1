package fhirconsent

import (
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func importFixture(t *testing.T, now time.Time) (OnChain, map[string]any) {
	t.Helper()
	c := OnChain{ChainID: 901, Registry: common.HexToAddress("0x3333333333333333333333333333333333333333"), ID: big.NewInt(5),
		Patient: common.HexToAddress("0x1111111111111111111111111111111111111111"), Grantee: common.HexToAddress("0x2222222222222222222222222222222222222222"),
		Purposes: vocab.PurposeMask(vocab.Coc, vocab.CareMgt), Actions: vocab.ActionMask(vocab.Access, vocab.Use),
		GrantedAt: uint64(now.Add(-time.Hour).Unix()), ValidUntil: uint64(now.Add(90 * 24 * time.Hour).Unix()),
		Scope: crypto.Keccak256Hash([]byte("care plan")), By: common.HexToAddress("0x1111111111111111111111111111111111111111")}
	res, err := Build(&c, now)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := json.Marshal(res)
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	return c, m
}

// An exported consent imports as the same grant: rendering it again gives the input's purposes, actions and period end.
func TestParseRoundTrip(t *testing.T) {
	now := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	c, m := importFixture(t, now)
	raw, _ := json.Marshal(m)
	g, err := Parse(raw, now, CAIP10Resolver(901, nil))
	if err != nil {
		t.Fatal(err)
	}
	if g.Patient != c.Patient || g.Grantee != c.Grantee || g.Purposes != c.Purposes || g.Actions != c.Actions ||
		g.ExpiresAt != c.ValidUntil || g.Scope != c.Scope || g.Performer != c.Patient {
		t.Fatalf("grant %+v from %+v", g, c)
	}
	again := c
	again.ID, again.GrantedAt = big.NewInt(6), uint64(now.Unix())
	out, err := Build(&again, now)
	if err != nil {
		t.Fatal(err)
	}
	in := m["provision"].(map[string]any)
	norm := func(v any) string {
		raw, _ := json.Marshal(v)
		var x any
		_ = json.Unmarshal(raw, &x)
		raw, _ = json.Marshal(x)
		return string(raw)
	}
	got, want := norm(out.Provision.Purpose), norm(in["purpose"])
	gotA, wantA := norm(out.Provision.Action), norm(in["action"])
	if got != want || gotA != wantA || out.Provision.Period.End != in["period"].(map[string]any)["end"] {
		t.Fatalf("re-rendered provision differs:\n%s %s\n%s %s", got, gotA, want, wantA)
	}
	// An EHR's resource: literal references through the address book, an ODS-coded grantee, no data scope.
	book := map[string]common.Address{"Patient/123": c.Patient, ODSSystem + "|RX1": c.Grantee}
	ehr := `{"resourceType":"Consent","id":"ehr-1","status":"active",
	  "scope":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/consentscope","code":"research"}]},
	  "category":[{"coding":[{"system":"http://loinc.org","code":"59284-0"}]}],
	  "patient":{"reference":"Patient/123"},"dateTime":"2026-11-20T09:00:00Z",
	  "policyRule":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"OPTIN"}]},
	  "provision":{"type":"permit","period":{"start":"2026-11-20T09:00:00Z"},
	    "actor":[{"role":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ParticipationType","code":"IRCP"}]},
	      "reference":{"identifier":{"system":"https://fhir.nhs.uk/Id/ods-organization-code","value":"RX1"}}}],
	    "action":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/consentaction","code":"use"}]}],
	    "purpose":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ActReason","code":"HRESCH"}]}}`
	g, err = Parse([]byte(ehr), now, CAIP10Resolver(901, book))
	if err != nil {
		t.Fatal(err)
	}
	if g.Patient != c.Patient || g.Grantee != c.Grantee || g.Purposes != vocab.PurposeMask(vocab.HResch) || g.ExpiresAt != 0 {
		t.Fatalf("EHR grant %+v", g)
	}
}

// What a consent cannot represent is refused, naming the element.
func TestParseRefusesUnsupported(t *testing.T) {
	now := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	for element, mut := range map[string]func(m, p map[string]any){
		"status": func(m, p map[string]any) { m["status"] = "draft" },
		"scope": func(m, p map[string]any) {
			m["scope"].(map[string]any)["coding"].([]any)[0].(map[string]any)["code"] = "adr"
		},
		"policyRule": func(m, p map[string]any) {
			m["policyRule"].(map[string]any)["coding"].([]any)[0].(map[string]any)["code"] = "OPTOUT"
		},
		"extension":               func(m, p map[string]any) { m["extension"] = []any{map[string]any{"url": "x"}} },
		"modifierExtension":       func(m, p map[string]any) { m["modifierExtension"] = []any{map[string]any{"url": "x"}} },
		"sourceAttachment":        func(m, p map[string]any) { m["sourceAttachment"] = map[string]any{"title": "scan"} },
		"verification":            func(m, p map[string]any) { m["verification"] = []any{map[string]any{"verified": true}} },
		"performer":               func(m, p map[string]any) { m["performer"] = []any{m["patient"], m["patient"]} },
		"provision.type":          func(m, p map[string]any) { p["type"] = "deny" },
		"provision.provision":     func(m, p map[string]any) { p["provision"] = []any{map[string]any{"type": "deny"}} },
		"provision.securityLabel": func(m, p map[string]any) { p["securityLabel"] = []any{map[string]any{"code": "R"}} },
		"provision.actor":         func(m, p map[string]any) { p["actor"] = []any{} },
		"provision.action":        func(m, p map[string]any) { delete(p, "action") },
		"provision.purpose[0]": func(m, p map[string]any) {
			p["purpose"] = []any{map[string]any{"system": vocab.PurposeSystem, "code": "MARKT"}}
		},
		"provision.period.start": func(m, p map[string]any) { p["period"].(map[string]any)["start"] = "2027-01-01T00:00:00Z" },
		"provision.period.end":   func(m, p map[string]any) { p["period"].(map[string]any)["end"] = "2026-01-01T00:00:00Z" },
		"provision.data[0]":      func(m, p map[string]any) { p["data"].([]any)[0].(map[string]any)["meaning"] = "instance" },
		"patient": func(m, p map[string]any) {
			m["patient"].(map[string]any)["identifier"].(map[string]any)["value"] = "eip155:1:0x1111111111111111111111111111111111111111"
		},
	} {
		_, m := importFixture(t, now)
		mut(m, m["provision"].(map[string]any))
		raw, _ := json.Marshal(m)
		_, err := Parse(raw, now, CAIP10Resolver(901, nil))
		var ue *UnsupportedError
		if !errors.As(err, &ue) || ue.Element != element {
			t.Errorf("%s: got %v, want an UnsupportedError naming %s", element, err, element)
		}
	}
	_, m := importFixture(t, now)
	m["patient"] = map[string]any{"reference": "Patient/999"}
	raw, _ := json.Marshal(m)
	if _, err := Parse(raw, now, CAIP10Resolver(901, nil)); !errors.Is(err, ErrUnresolved) || !strings.Contains(err.Error(), "Patient/999") {
		t.Errorf("unknown patient: %v", err)
	}
}
