// Package fhirconsent renders an on-chain ConsentRegistry consent as a FHIR R4 Consent resource, so that what a
// patient granted on chain can be read by any FHIR system. Wallet addresses are identified as CAIP-10 account ids
// (eip155:<chainId>:<address>); nothing here identifies a person.
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
	ScopeSystem       = "http://terminology.hl7.org/CodeSystem/consentscope"
	CategorySystem    = "http://loinc.org"
	PolicyRuleSystem  = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
	ActorRoleSystem   = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
	AccountIDSystem   = "https://chainagnostic.org/CAIPs/caip-10"
	ConsentIDSystem   = "urn:ietf:rfc:3986"
	consentCategory   = "59284-0" // LOINC: Patient Consent
	consentScope      = "patient-privacy"
	recipientRoleCode = "IRCP" // information recipient
)

// OnChain is a consent as ConsentRegistry.consent(id) returns it, with where it lives.
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

// Reference is a FHIR Reference by identifier.
type Reference struct {
	Type       string     `json:"type,omitempty"`
	Identifier Identifier `json:"identifier"`
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

// Provision is a Consent.provision.
type Provision struct {
	Type    string            `json:"type"`
	Period  *Period           `json:"period,omitempty"`
	Actor   []Actor           `json:"actor"`
	Action  []CodeableConcept `json:"action"`
	Purpose []Coding          `json:"purpose"`
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
	PolicyRule   CodeableConcept   `json:"policyRule"`
	Provision    Provision         `json:"provision"`
}

// accountID is the CAIP-10 id of an address on a chain.
func accountID(chainID uint64, a common.Address) string {
	return fmt.Sprintf("eip155:%d:%s", chainID, a.Hex())
}

// Build renders c as a FHIR R4 Consent; now decides active or inactive.
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
	idHex := strings.TrimPrefix(common.BigToHash(c.ID).Hex(), "0x") // 64 characters: FHIR's id limit
	status := "inactive"
	if c.Active(now) {
		status = "active"
	}
	out := &Consent{
		ResourceType: "Consent",
		ID:           idHex,
		Identifier: []Identifier{{System: ConsentIDSystem,
			Value: fmt.Sprintf("urn:bevan:consent:%s:0x%s", accountID(c.ChainID, c.Registry), idHex)}},
		Status:   status,
		Scope:    CodeableConcept{Coding: []Coding{{System: ScopeSystem, Code: consentScope, Display: "Privacy Consent"}}},
		Category: []CodeableConcept{{Coding: []Coding{{System: CategorySystem, Code: consentCategory, Display: "Patient Consent"}}}},
		Patient: Reference{Type: "Patient", Identifier: Identifier{System: AccountIDSystem, Value: accountID(c.ChainID, c.Patient)},
			Display: "patient wallet " + c.Patient.Hex()},
		PolicyRule: CodeableConcept{Coding: []Coding{{System: PolicyRuleSystem, Code: "OPTIN", Display: "opt-in"}}},
		Provision: Provision{
			Type: "permit",
			Actor: []Actor{{
				Role:      CodeableConcept{Coding: []Coding{{System: ActorRoleSystem, Code: recipientRoleCode, Display: "information recipient"}}},
				Reference: Reference{Identifier: Identifier{System: AccountIDSystem, Value: accountID(c.ChainID, c.Grantee)}, Display: "grantee " + c.Grantee.Hex()},
			}},
		},
	}
	if c.ValidUntil != 0 {
		out.Provision.Period = &Period{End: time.Unix(int64(c.ValidUntil), 0).UTC().Format(time.RFC3339)}
	}
	for _, a := range actions {
		out.Provision.Action = append(out.Provision.Action, CodeableConcept{Coding: []Coding{{System: vocab.ActionSystem, Code: a.Code()}}})
	}
	for _, p := range purposes {
		out.Provision.Purpose = append(out.Provision.Purpose, Coding{System: vocab.PurposeSystem, Code: p.Code(), Display: p.Display()})
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
