package fhirconsent

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
)

// Grant is what an imported FHIR R4 Consent asks ConsentRegistry.grant for.
type Grant struct {
	Patient  common.Address
	Grantee  common.Address
	Purposes uint16
	Actions  uint8
	// ExpiresAt is provision.period.end (unix seconds; 0: none).
	ExpiresAt uint64
	// Scope is the provision.data commitment (zero: none).
	Scope common.Hash
	// Performer is who the resource says gave the consent (zero: it does not say); the signer must be them.
	Performer common.Address
}

// UnsupportedError names an element of a Consent resource Bevan cannot represent on chain.
type UnsupportedError struct {
	Element string
	Reason  string
}

func (e *UnsupportedError) Error() string {
	return fmt.Sprintf("FHIR consent: %s: %s", e.Element, e.Reason)
}

func unsupported(element, format string, args ...any) error {
	return &UnsupportedError{Element: element, Reason: fmt.Sprintf(format, args...)}
}

// Resolver maps a FHIR reference (a patient, performer or grantee) to a wallet address: from a CAIP-10 identifier
// on this chain, or from an address book the caller keeps. element names where the reference is, for errors.
type Resolver func(element string, ref Reference) (common.Address, error)

// The elements of an R4 Consent and of its provision that an import accepts; any other is refused by name.
var (
	importIgnored   = map[string]bool{"resourceType": true, "id": true, "meta": true, "identifier": true, "dateTime": true, "category": true, "policy": true}
	importConsent   = map[string]bool{"status": true, "scope": true, "patient": true, "performer": true, "policyRule": true, "provision": true}
	importProvision = map[string]bool{"type": true, "period": true, "actor": true, "action": true, "purpose": true, "data": true}
)

// Parse reads an R4 Consent (JSON) into the grant it asks for, refusing what a ConsentRegistry consent cannot
// represent with an *UnsupportedError naming the element: another status than active, an advance-directive scope,
// an opt-out policy (record an objection instead), a deny or nested provision, more than one actor, security labels,
// classes, codes, data periods, data other than Bevan's scope commitment, extensions, narrative, contained resources,
// source documents, verification or an organisation. The grant starts when it is mined: a period start in the
// future is refused (one in the past is the consent's history and is dropped).
func Parse(raw []byte, now time.Time, resolve Resolver) (*Grant, error) {
	var res map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(raw))
	if err := dec.Decode(&res); err != nil {
		return nil, fmt.Errorf("FHIR consent: not a JSON object: %w", err)
	}
	var rt string
	if err := json.Unmarshal(res["resourceType"], &rt); err != nil || rt != "Consent" {
		return nil, unsupported("resourceType", "want Consent")
	}
	if err := onlyElements("Consent", res, importIgnored, importConsent); err != nil {
		return nil, err
	}
	var c struct {
		Status     string          `json:"status"`
		Scope      CodeableConcept `json:"scope"`
		Patient    *Reference      `json:"patient"`
		Performer  []Reference     `json:"performer"`
		PolicyRule *CodeableConcept
		Provision  json.RawMessage `json:"provision"`
	}
	if err := json.Unmarshal(raw, &c); err != nil {
		return nil, fmt.Errorf("FHIR consent: %w", err)
	}
	if c.Status != "active" {
		return nil, unsupported("status", "%q: only an active consent can be granted", c.Status)
	}
	if len(c.Scope.Coding) != 1 || c.Scope.Coding[0].System != ScopeSystem ||
		(c.Scope.Coding[0].Code != ScopePrivacy && c.Scope.Coding[0].Code != ScopeResearch && c.Scope.Coding[0].Code != "treatment") {
		return nil, unsupported("scope", "want one %s coding: patient-privacy, research or treatment", ScopeSystem)
	}
	if c.PolicyRule != nil {
		if len(c.PolicyRule.Coding) != 1 || c.PolicyRule.Coding[0].System != PolicyRuleSystem || c.PolicyRule.Coding[0].Code != "OPTIN" {
			return nil, unsupported("policyRule", "only OPTIN (an opt-out is an objection: bevan consent object)")
		}
	}
	if c.Patient == nil {
		return nil, unsupported("patient", "required")
	}
	g := &Grant{}
	var err error
	if g.Patient, err = resolve("patient", *c.Patient); err != nil {
		return nil, err
	}
	switch len(c.Performer) {
	case 0:
	case 1:
		if g.Performer, err = resolve("performer[0]", c.Performer[0]); err != nil {
			return nil, err
		}
	default:
		return nil, unsupported("performer", "more than one performer")
	}
	if len(c.Provision) == 0 {
		return nil, unsupported("provision", "required: Bevan grants what the provision permits")
	}
	var prov map[string]json.RawMessage
	if err := json.Unmarshal(c.Provision, &prov); err != nil {
		return nil, unsupported("provision", "not an object")
	}
	if err := onlyElements("provision", prov, nil, importProvision); err != nil {
		return nil, err
	}
	var p Provision
	if err := json.Unmarshal(c.Provision, &p); err != nil {
		return nil, fmt.Errorf("FHIR consent: provision: %w", err)
	}
	if p.Type != "" && p.Type != "permit" {
		return nil, unsupported("provision.type", "%q: only permit (a deny is an objection: bevan consent object)", p.Type)
	}
	if len(p.Actor) != 1 {
		return nil, unsupported("provision.actor", "want exactly one grantee, got %d", len(p.Actor))
	}
	if r := p.Actor[0].Role.Coding; len(r) != 1 || r[0].System != ActorRoleSystem || r[0].Code != recipientRoleCode {
		return nil, unsupported("provision.actor[0].role", "want %s#%s (information recipient)", ActorRoleSystem, recipientRoleCode)
	}
	if g.Grantee, err = resolve("provision.actor[0].reference", p.Actor[0].Reference); err != nil {
		return nil, err
	}
	for i, a := range p.Action {
		if len(a.Coding) != 1 || a.Coding[0].System != vocab.ActionSystem {
			return nil, unsupported(fmt.Sprintf("provision.action[%d]", i), "want one %s coding", vocab.ActionSystem)
		}
		act, err := vocab.ParseAction(a.Coding[0].Code)
		if err != nil || act.Code() != a.Coding[0].Code {
			return nil, unsupported(fmt.Sprintf("provision.action[%d]", i), "%q is not a consent action Bevan knows", a.Coding[0].Code)
		}
		g.Actions |= vocab.ActionMask(act)
	}
	if g.Actions == 0 {
		return nil, unsupported("provision.action", "at least one action is required (Bevan never grants every action implicitly)")
	}
	for i, pc := range p.Purpose {
		if pc.System != vocab.PurposeSystem {
			return nil, unsupported(fmt.Sprintf("provision.purpose[%d]", i), "system %q, want %s", pc.System, vocab.PurposeSystem)
		}
		pu, err := vocab.ParsePurpose(pc.Code)
		if err != nil || pu.Code() != pc.Code {
			return nil, unsupported(fmt.Sprintf("provision.purpose[%d]", i), "%q is not a purpose of use Bevan knows", pc.Code)
		}
		g.Purposes |= vocab.PurposeMask(pu)
	}
	if g.Purposes == 0 {
		return nil, unsupported("provision.purpose", "at least one purpose is required")
	}
	if p.Period != nil {
		if p.Period.Start != "" {
			t, err := time.Parse(time.RFC3339, p.Period.Start)
			if err != nil {
				return nil, unsupported("provision.period.start", "%q is not a dateTime with a time zone", p.Period.Start)
			}
			if t.After(now) {
				return nil, unsupported("provision.period.start", "%s is in the future: a consent permits from when it is granted", p.Period.Start)
			}
		}
		if p.Period.End != "" {
			t, err := time.Parse(time.RFC3339, p.Period.End)
			if err != nil {
				return nil, unsupported("provision.period.end", "%q is not a dateTime with a time zone", p.Period.End)
			}
			if !t.After(now) {
				return nil, unsupported("provision.period.end", "%s has passed", p.Period.End)
			}
			g.ExpiresAt = uint64(t.Unix())
		}
	}
	switch len(p.Data) {
	case 0:
	case 1:
		d := p.Data[0]
		id := d.Reference.Identifier
		if d.Meaning != DataMeaningRelated || id.System != ScopeCommitmentSystem || !isHash(id.Value) {
			return nil, unsupported("provision.data[0]", "only Bevan's data-scope commitment (meaning related, identifier %s with a 32-byte hex value)", ScopeCommitmentSystem)
		}
		g.Scope = common.HexToHash(id.Value)
	default:
		return nil, unsupported("provision.data", "more than one data reference")
	}
	return g, nil
}

func isHash(s string) bool {
	if len(s) != 66 || !strings.HasPrefix(s, "0x") {
		return false
	}
	for _, c := range s[2:] {
		if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
			return false
		}
	}
	return true
}

// onlyElements refuses any element of obj that is neither ignored nor accepted, naming the first (sorted).
func onlyElements(path string, obj map[string]json.RawMessage, ignored, accepted map[string]bool) error {
	var bad []string
	for k := range obj {
		if !ignored[k] && !accepted[k] {
			bad = append(bad, k)
		}
	}
	if len(bad) == 0 {
		return nil
	}
	sort.Strings(bad)
	el := bad[0]
	if path != "Consent" {
		el = path + "." + el
	}
	return unsupported(el, "Bevan cannot represent it on chain (unsupported elements: %s)", strings.Join(bad, ", "))
}

// ErrUnresolved is wrapped when a reference names nobody the resolver knows.
var ErrUnresolved = errors.New("unresolved reference")

// CAIP10Resolver resolves identifiers with system AccountIDSystem on chain chainID, then falls back to book: keys
// "system|value" of an identifier, or a literal reference such as "Organization/RJ1".
func CAIP10Resolver(chainID uint64, book map[string]common.Address) Resolver {
	return func(element string, ref Reference) (common.Address, error) {
		id := ref.Identifier
		if id.System == AccountIDSystem {
			prefix := fmt.Sprintf("eip155:%d:", chainID)
			v := id.Value
			if !strings.HasPrefix(v, prefix) || !common.IsHexAddress(strings.TrimPrefix(v, prefix)) {
				return common.Address{}, unsupported(element, "CAIP-10 id %q is not an account on chain %d", v, chainID)
			}
			return common.HexToAddress(strings.TrimPrefix(v, prefix)), nil
		}
		if id.System != "" {
			if a, ok := book[id.System+"|"+id.Value]; ok {
				return a, nil
			}
		}
		if ref.Ref != "" {
			if a, ok := book[ref.Ref]; ok {
				return a, nil
			}
		}
		return common.Address{}, fmt.Errorf("FHIR consent: %s: %w: no CAIP-10 id and no address-book entry for %s",
			element, ErrUnresolved, describe(ref))
	}
}

func describe(ref Reference) string {
	if ref.Ref != "" {
		return fmt.Sprintf("%q", ref.Ref)
	}
	return fmt.Sprintf("%q", ref.Identifier.System+"|"+ref.Identifier.Value)
}
