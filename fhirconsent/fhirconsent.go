// Package fhirconsent renders an on-chain ConsentRegistry consent as a FHIR R4 Consent resource, so that what a
// patient granted on chain can be read by any FHIR system. It is Bevan's only rendering: `bevan consent show --fhir`
// (from the chain) and the GraphQL API's Consent.fhir (from the index) both use Build, so the same consent looks the
// same everywhere. Wallet addresses are identified as CAIP-10 account ids (eip155:<chainId>:<address>); nothing here
// identifies a person.
package fhirconsent

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
)

// Code systems used in the resource.
const (
	ScopeSystem           = "http://terminology.hl7.org/CodeSystem/consentscope"
	CategorySystem        = "http://loinc.org"
	ConsentCategorySystem = "http://terminology.hl7.org/CodeSystem/consentcategorycodes"
	PolicyRuleSystem      = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
	ActorRoleSystem       = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
	AccountIDSystem       = "https://chainagnostic.org/CAIPs/caip-10"
	ODSSystem             = "https://fhir.nhs.uk/Id/ods-organization-code"
	ConsentIDSystem       = "urn:ietf:rfc:3986"
	consentCategory       = "59284-0" // LOINC: Patient Consent
	recipientRoleCode     = "IRCP"    // information recipient
)

// Scope codes (consentscope) and their HL7 displays: a consent whose purposes include research (HRESCH, CLINTRL) is
// a research consent, any other a privacy consent.
const (
	ScopePrivacy  = "patient-privacy"
	ScopeResearch = "research"
)

// The data scope in provision.data.
const (
	// ScopeCommitmentSystem identifies a consent's data scope by its commitment: the bytes32 the grant recorded (a
	// FHIR resource's canonical RFC 8785 content hash, or keccak256 of a file), as 0x-prefixed lower-case hex.
	ScopeCommitmentSystem = "urn:bevan:consent-scope"
	// DataMeaningRelated is the consent-data-meaning code of the scope: the committed resource and what it refers to.
	DataMeaningRelated = "related"
)

// OnChain is a consent as ConsentRegistry.consent(id) returns it, with where it lives, and what only its
// ConsentGranted event tells (the indexer has it; a chain read finds it in the event log).
type OnChain struct {
	ChainID  uint64
	Registry common.Address
	ID       *big.Int
	Patient  common.Address
	Grantee  common.Address
	Purposes uint16
	Actions  uint8
	// ValidUntil is unix seconds from which the consent no longer permits (0: no expiry); the revocation time once
	// revoked.
	ValidUntil uint64
	Revoked    bool
	// GrantedAt is the unix time of the grant's block (0: unknown, then the resource has no dateTime and no period
	// start).
	GrantedAt uint64
	// Scope is the grant's data-scope commitment (zero: none, the consent is not limited to particular data).
	Scope common.Hash
	// By is who granted it (the ConsentGranted event's `by`): the patient, or a guardian (rendered as a
	// RelatedPerson). Zero: unknown, then the resource has no performer.
	By common.Address
	// GranteeODS is the grantee's ODS code when the grantee is a DAO member (Membership); the actor is then an
	// Organization identified by it. Empty: the grantee is identified by its CAIP-10 account id.
	GranteeODS string
	// PolicyURI names the legal basis: the ICB's data-sharing agreement, from the deployment config
	// (consentPolicyUri). Empty: the resource carries policyRule only.
	PolicyURI string
}

// Active reports whether the consent permits at time now (not revoked, not expired).
func (c *OnChain) Active(now time.Time) bool {
	return !c.Revoked && (c.ValidUntil == 0 || now.Unix() < int64(c.ValidUntil))
}

// Coding is a FHIR Coding.
type Coding struct {
	System  string `json:"system"`
	Code    string `json:"code"`
	Display string `json:"display,omitempty"`
}

// CodeableConcept is a FHIR CodeableConcept.
type CodeableConcept struct {
	Coding []Coding `json:"coding"`
	Text   string   `json:"text,omitempty"`
}

// Identifier is a FHIR Identifier.
type Identifier struct {
	System string `json:"system"`
	Value  string `json:"value"`
}

// Reference is a FHIR Reference by identifier (Bevan renders only those; an import also reads a literal reference).
type Reference struct {
	Ref        string     `json:"reference,omitempty"`
	Type       string     `json:"type,omitempty"`
	Identifier Identifier `json:"identifier,omitzero"`
	Display    string     `json:"display,omitempty"`
}

// Period is a FHIR Period.
type Period struct {
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
}

// Actor is a Consent.provision.actor.
type Actor struct {
	Role      CodeableConcept `json:"role"`
	Reference Reference       `json:"reference"`
}

// Data is a Consent.provision.data: a resource the provision is about.
type Data struct {
	Meaning   string    `json:"meaning"`
	Reference Reference `json:"reference"`
}

// Provision is a Consent.provision.
type Provision struct {
	Type    string            `json:"type"`
	Period  *Period           `json:"period,omitempty"`
	Actor   []Actor           `json:"actor,omitempty"`
	Action  []CodeableConcept `json:"action,omitempty"`
	Purpose []Coding          `json:"purpose"`
	Data    []Data            `json:"data,omitempty"`
}

// Policy is a Consent.policy: the policy (here the ICB's data-sharing agreement) the consent is given under.
type Policy struct {
	URI string `json:"uri"`
}

// Consent is the FHIR R4 Consent resource Bevan exports.
type Consent struct {
	ResourceType string            `json:"resourceType"`
	ID           string            `json:"id"`
	Identifier   []Identifier      `json:"identifier"`
	Status       string            `json:"status"`
	Scope        CodeableConcept   `json:"scope"`
	Category     []CodeableConcept `json:"category"`
	Patient      Reference         `json:"patient"`
	DateTime     string            `json:"dateTime,omitempty"`
	Performer    []Reference       `json:"performer,omitempty"`
	Policy       []Policy          `json:"policy,omitempty"`
	PolicyRule   CodeableConcept   `json:"policyRule"`
	Provision    Provision         `json:"provision"`
}

// scopeOf is the scope and categories of a consent or objection with these purposes.
// decision is what a consent (opt-in) and an objection (opt-out) render alike: a patient's decision over purposes,
// made by the patient or on their behalf, under a policy.
type decision struct {
	id, identifier, status string
	chainID                uint64
	patient, by            common.Address
	purposes               uint16
	policyURI              string
	rule                   Coding
}

// resource is the decision's Consent resource, without its provision.
func (d decision) resource() *Consent {
	scope, category := scopeOf(d.purposes)
	return &Consent{
		ResourceType: "Consent",
		ID:           d.id,
		Identifier:   []Identifier{{System: ConsentIDSystem, Value: d.identifier}},
		Status:       d.status,
		Scope:        scope,
		Category:     category,
		Patient: Reference{Type: "Patient", Identifier: Identifier{System: AccountIDSystem, Value: accountID(d.chainID, d.patient)},
			Display: "patient wallet " + d.patient.Hex()},
		Performer:  performer(d.chainID, d.patient, d.by),
		Policy:     policies(d.policyURI),
		PolicyRule: CodeableConcept{Coding: []Coding{d.rule}},
	}
}

func scopeOf(purposes uint16) (CodeableConcept, []CodeableConcept) {
	loinc := CodeableConcept{Coding: []Coding{{System: CategorySystem, Code: consentCategory, Display: "Patient Consent"}}}
	if purposes&vocab.ResearchMask != 0 {
		return CodeableConcept{Coding: []Coding{{System: ScopeSystem, Code: ScopeResearch, Display: "Research"}}},
			[]CodeableConcept{{Coding: []Coding{{System: ConsentCategorySystem, Code: "research", Display: "Research Information Access"}}}, loinc}
	}
	return CodeableConcept{Coding: []Coding{{System: ScopeSystem, Code: ScopePrivacy, Display: "Privacy Consent"}}},
		[]CodeableConcept{loinc}
}

// performer is who gave (or recorded) it: the patient, or a guardian as a RelatedPerson.
func performer(chainID uint64, patient, by common.Address) []Reference {
	switch by {
	case common.Address{}:
		return nil
	case patient:
		return []Reference{{Type: "Patient", Identifier: Identifier{System: AccountIDSystem, Value: accountID(chainID, by)},
			Display: "patient wallet " + by.Hex()}}
	}
	return []Reference{{Type: "RelatedPerson", Identifier: Identifier{System: AccountIDSystem, Value: accountID(chainID, by)},
		Display: "guardian wallet " + by.Hex()}}
}

// granteeRef is the grantee: an Organization by ODS code when it is a member, else its CAIP-10 account id.
func granteeRef(chainID uint64, grantee common.Address, ods string) Reference {
	if ods != "" {
		return Reference{Type: "Organization", Identifier: Identifier{System: ODSSystem, Value: ods}, Display: "grantee " + grantee.Hex()}
	}
	return Reference{Identifier: Identifier{System: AccountIDSystem, Value: accountID(chainID, grantee)}, Display: "grantee " + grantee.Hex()}
}

func policies(uri string) []Policy {
	if uri == "" {
		return nil
	}
	return []Policy{{URI: uri}}
}

func recipient(ref Reference) Actor {
	return Actor{Role: CodeableConcept{Coding: []Coding{{System: ActorRoleSystem, Code: recipientRoleCode, Display: "information recipient"}}},
		Reference: ref}
}

// accountID is the CAIP-10 id of an address on a chain.
func accountID(chainID uint64, a common.Address) string {
	return fmt.Sprintf("eip155:%d:%s", chainID, a.Hex())
}

func dateTime(unix uint64) string { return time.Unix(int64(unix), 0).UTC().Format(time.RFC3339) }

// Build renders c as a FHIR R4 Consent; now decides active or inactive (R4 consent-state-codes: active is "to be
// followed and enforced"; a revoked or expired consent is inactive). dateTime and provision.period.start are the
// grant time when known; provision.period.end is ValidUntil: the expiry, or the revocation time when that came first.
func Build(c *OnChain, now time.Time) (*Consent, error) {
	if c.ID == nil || c.ID.Sign() < 0 || c.ID.BitLen() > 256 {
		return nil, errors.New("fhir consent: the consent id is missing or not a uint256")
	}
	if c.ChainID == 0 || c.Patient == (common.Address{}) || c.Grantee == (common.Address{}) {
		return nil, errors.New("fhir consent: chain id, patient and grantee are required")
	}
	purposes, actions := vocab.PurposesOf(c.Purposes), vocab.ActionsOf(c.Actions)
	if len(purposes) == 0 || len(actions) == 0 {
		return nil, fmt.Errorf("fhir consent: no known purpose (mask %#x) or action (mask %#x)", c.Purposes, c.Actions)
	}
	if c.GrantedAt != 0 && c.ValidUntil != 0 && c.ValidUntil < c.GrantedAt {
		return nil, fmt.Errorf("fhir consent: valid until %d, before the grant at %d", c.ValidUntil, c.GrantedAt)
	}
	idHex := strings.TrimPrefix(common.BigToHash(c.ID).Hex(), "0x") // 64 characters: FHIR's id limit
	status := "inactive"
	if c.Active(now) {
		status = "active"
	}
	out := decision{id: idHex, identifier: fmt.Sprintf("urn:bevan:consent:%s:0x%s", accountID(c.ChainID, c.Registry), idHex),
		status: status, chainID: c.ChainID, patient: c.Patient, by: c.By, purposes: c.Purposes, policyURI: c.PolicyURI,
		rule: Coding{System: PolicyRuleSystem, Code: "OPTIN", Display: "opt-in"}}.resource()
	out.Provision = Provision{Type: "permit", Actor: []Actor{recipient(granteeRef(c.ChainID, c.Grantee, c.GranteeODS))}}
	if c.GrantedAt != 0 {
		out.DateTime = dateTime(c.GrantedAt)
	}
	if c.GrantedAt != 0 || c.ValidUntil != 0 {
		out.Provision.Period = &Period{}
		if c.GrantedAt != 0 {
			out.Provision.Period.Start = dateTime(c.GrantedAt)
		}
		if c.ValidUntil != 0 {
			out.Provision.Period.End = dateTime(c.ValidUntil)
		}
	}
	for _, a := range actions {
		out.Provision.Action = append(out.Provision.Action, CodeableConcept{Coding: []Coding{{System: vocab.ActionSystem, Code: a.Code()}}})
	}
	for _, p := range purposes {
		out.Provision.Purpose = append(out.Provision.Purpose, Coding{System: vocab.PurposeSystem, Code: p.Code(), Display: p.Display()})
	}
	// The scope commitment says which data the consent covers, so it goes where R4 puts "the resources controlled by
	// this rule": provision.data, a Reference(Any) by identifier (the hash; the resource itself stays off chain) with
	// meaning "related" (the committed resource, e.g. a CarePlan or List, and the resources it refers to).
	// sourceReference would claim the hash is the document the consent was captured from, and Consent.identifier that
	// it identifies the consent; it is neither.
	if c.Scope != (common.Hash{}) {
		out.Provision.Data = []Data{{Meaning: DataMeaningRelated, Reference: Reference{
			Identifier: Identifier{System: ScopeCommitmentSystem, Value: c.Scope.Hex()}, Display: "data scope commitment"}}}
	}
	return out, nil
}

// JSON is the resource as indented JSON.
func (c *Consent) JSON() ([]byte, error) {
	raw, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode FHIR consent: %w", err)
	}
	return raw, nil
}

// Objection is a ConsentRegistry objection, with where it lives and what its events tell.
type Objection struct {
	ChainID  uint64
	Registry common.Address
	ID       uint64
	Patient  common.Address
	// Grantee is the grantee objected to; zero for every grantee.
	Grantee  common.Address
	Purposes uint16
	// By is who recorded it (the patient, or a guardian).
	By common.Address
	// RecordedAt and WithdrawnAt are unix times (WithdrawnAt 0: it stands).
	RecordedAt  uint64
	WithdrawnAt uint64
	// GranteeODS and PolicyURI as in OnChain.
	GranteeODS string
	PolicyURI  string
}

// BuildObjection renders an objection as a FHIR R4 Consent whose provision denies its purposes (policyRule OPTOUT):
// to its grantee, or with no actor (to everyone) when it is about every grantee; for every action. It is active
// while it stands, inactive once withdrawn.
func BuildObjection(o *Objection, now time.Time) (*Consent, error) {
	if o.ChainID == 0 || o.ID == 0 || o.Patient == (common.Address{}) {
		return nil, errors.New("fhir consent: chain id, objection id and patient are required")
	}
	purposes := vocab.PurposesOf(o.Purposes)
	if len(purposes) == 0 {
		return nil, fmt.Errorf("fhir consent: objection with no known purpose (mask %#x)", o.Purposes)
	}
	status := "active"
	if o.WithdrawnAt != 0 && now.Unix() >= int64(o.WithdrawnAt) {
		status = "inactive"
	}
	out := decision{id: fmt.Sprintf("objection-%d", o.ID),
		identifier: fmt.Sprintf("urn:bevan:objection:%s:%d", accountID(o.ChainID, o.Registry), o.ID),
		status:     status, chainID: o.ChainID, patient: o.Patient, by: o.By, purposes: o.Purposes, policyURI: o.PolicyURI,
		rule: Coding{System: PolicyRuleSystem, Code: "OPTOUT", Display: "opt-out"}}.resource()
	out.Provision = Provision{Type: "deny"}
	if o.RecordedAt != 0 {
		out.DateTime = dateTime(o.RecordedAt)
		out.Provision.Period = &Period{Start: dateTime(o.RecordedAt)}
		if o.WithdrawnAt != 0 {
			out.Provision.Period.End = dateTime(o.WithdrawnAt)
		}
	}
	if o.Grantee != (common.Address{}) {
		out.Provision.Actor = []Actor{recipient(granteeRef(o.ChainID, o.Grantee, o.GranteeODS))}
	}
	for _, p := range purposes {
		out.Provision.Purpose = append(out.Provision.Purpose, Coding{System: vocab.PurposeSystem, Code: p.Code(), Display: p.Display()})
	}
	return out, nil
}
