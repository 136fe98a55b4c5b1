// Package vocab holds the coded vocabularies Bevan shares between Solidity, Go, SQL, GraphQL and the CLI: FHIR R4
// PurposeOfUse codes and consent actions (bit positions in ConsentRegistry's bitmasks) and the kinds of ICB member
// organisation (Membership.Kind), and the kinds of telemetry device (DeviceRegistry's kind codes).
package vocab

import (
	"fmt"
	"math/bits"
	"strings"
)

// Purpose is a FHIR R4 PurposeOfUse code's bit position in a consent's purpose mask.
type Purpose uint8

// The purposes, in ConsentRegistry's bit order (TestPurposesMatchContract pins them to the contract's constants).
const (
	Treat     Purpose = iota // TREAT: treatment
	ETreat                   // ETREAT: emergency treatment
	CareMgt                  // CAREMGT: care management
	HResch                   // HRESCH: healthcare research
	ClinTrl                  // CLINTRL: clinical trial
	PubHlth                  // PUBHLTH: public health
	HOperat                  // HOPERAT: healthcare operations
	PatRqt                   // PATRQT: patient requested
	HPaymt                   // HPAYMT: healthcare payment
	HSysAdmin                // HSYSADMIN: health system administration
	Coc                      // COC: coordination of care
	PopHlth                  // POPHLTH: population health
	Btg                      // BTG: break the glass
	HQualImp                 // HQUALIMP: health quality improvement
	purposeCount
)

var purposeCodes = [...]string{"TREAT", "ETREAT", "CAREMGT", "HRESCH", "CLINTRL", "PUBHLTH", "HOPERAT", "PATRQT", "HPAYMT",
	"HSYSADMIN", "COC", "POPHLTH", "BTG", "HQUALIMP"}

// purposeDisplay is each code's display exactly as HL7's v3-ActReason code system gives it.
var purposeDisplay = [...]string{"treatment", "Emergency Treatment", "care management", "healthcare research",
	"clinical trial", "public health", "healthcare operations", "patient requested", "healthcare payment",
	"health system administration", "coordination of care", "population health", "break the glass",
	"health quality improvement"}

// PurposeSystem is the FHIR code system of the purposes.
const PurposeSystem = "http://terminology.hl7.org/CodeSystem/v3-ActReason"

// Class says whether a purpose is direct care or secondary use (the National Data Guardian's distinction, which
// decides the lawful basis and whether implied consent can apply).
type Class uint8

// The classes.
const (
	// DirectCare is the care of the individual: treatment, emergency treatment, care management and coordination,
	// the patient's own requests, break-glass access.
	DirectCare Class = iota + 1
	// SecondaryUse is everything else: research, public and population health, planning, payment, administration,
	// quality improvement.
	SecondaryUse
)

func (u Class) String() string {
	switch u {
	case DirectCare:
		return "direct-care"
	case SecondaryUse:
		return "secondary-use"
	}
	return fmt.Sprintf("Class(%d)", uint8(u))
}

// DirectCareMask is the contract's DIRECT_CARE_PURPOSES; ResearchMask its RESEARCH_PURPOSES (only the patient grants
// or objects to these).
var (
	DirectCareMask = PurposeMask(Treat, ETreat, CareMgt, PatRqt, Coc, Btg)
	ResearchMask   = PurposeMask(HResch, ClinTrl)
)

// Class is whether p is direct care or secondary use (0 for an unknown purpose).
func (p Purpose) Class() Class {
	switch {
	case !p.Valid():
		return 0
	case DirectCareMask&(1<<p) != 0:
		return DirectCare
	}
	return SecondaryUse
}

// Research reports whether p is a research purpose (HRESCH, CLINTRL), which only the patient may grant.
func (p Purpose) Research() bool { return p.Valid() && ResearchMask&(1<<p) != 0 }

// AllPurposesMask is the mask of every known purpose (the contract's ALL_PURPOSES).
func AllPurposesMask() uint16 { return 1<<purposeCount - 1 }

// Purposes lists every purpose in bit order.
func Purposes() []Purpose {
	out := make([]Purpose, purposeCount)
	for i := range out {
		out[i] = Purpose(i)
	}
	return out
}

// Valid reports whether p is a known purpose.
func (p Purpose) Valid() bool { return p < purposeCount }

// Code is the FHIR code, e.g. "CAREMGT".
func (p Purpose) Code() string {
	if !p.Valid() {
		return fmt.Sprintf("Purpose(%d)", uint8(p))
	}
	return purposeCodes[p]
}

// Display is the FHIR display text.
func (p Purpose) Display() string {
	if !p.Valid() {
		return ""
	}
	return purposeDisplay[p]
}

func (p Purpose) String() string { return p.Code() }

// ParsePurpose parses a FHIR PurposeOfUse code (case-insensitive).
func ParsePurpose(s string) (Purpose, error) {
	for i, c := range purposeCodes {
		if strings.EqualFold(strings.TrimSpace(s), c) {
			return Purpose(i), nil
		}
	}
	return 0, fmt.Errorf("unknown purpose %q (want one of %s)", s, strings.Join(purposeCodes[:], ", "))
}

// Action is a FHIR consent action's bit position in a consent's action mask.
type Action uint8

// The actions, in ConsentRegistry's bit order.
const (
	Collect Action = iota
	Access
	Use
	Disclose
	Correct
	actionCount
)

var actionCodes = [...]string{"collect", "access", "use", "disclose", "correct"}

// ActionSystem is the FHIR code system of the actions.
const ActionSystem = "http://terminology.hl7.org/CodeSystem/consentaction"

// Actions lists every action in bit order.
func Actions() []Action {
	out := make([]Action, actionCount)
	for i := range out {
		out[i] = Action(i)
	}
	return out
}

// Valid reports whether a is a known action.
func (a Action) Valid() bool { return a < actionCount }

// Code is the FHIR code, e.g. "access".
func (a Action) Code() string {
	if !a.Valid() {
		return fmt.Sprintf("Action(%d)", uint8(a))
	}
	return actionCodes[a]
}

func (a Action) String() string { return a.Code() }

// ParseAction parses a FHIR consent action code (case-insensitive).
func ParseAction(s string) (Action, error) {
	for i, c := range actionCodes {
		if strings.EqualFold(strings.TrimSpace(s), c) {
			return Action(i), nil
		}
	}
	return 0, fmt.Errorf("unknown action %q (want one of %s)", s, strings.Join(actionCodes[:], ", "))
}

// PurposeMask is the bitmask of a set of purposes.
func PurposeMask(ps ...Purpose) uint16 {
	var m uint16
	for _, p := range ps {
		m |= 1 << p
	}
	return m
}

// ActionMask is the bitmask of a set of actions.
func ActionMask(as ...Action) uint8 {
	var m uint8
	for _, a := range as {
		m |= 1 << a
	}
	return m
}

// PurposesOf lists the purposes set in mask, in bit order (unknown bits are ignored).
func PurposesOf(mask uint16) []Purpose {
	var out []Purpose
	for _, p := range Purposes() {
		if mask&(1<<p) != 0 {
			out = append(out, p)
		}
	}
	return out
}

// ActionsOf lists the actions set in mask, in bit order (unknown bits are ignored).
func ActionsOf(mask uint8) []Action {
	var out []Action
	for _, a := range Actions() {
		if mask&(1<<a) != 0 {
			out = append(out, a)
		}
	}
	return out
}

// PurposeCodes are the codes of the purposes set in mask, in bit order (unknown bits are ignored): the codes of
// PurposesOf(mask), in one allocation.
func PurposeCodes(mask uint16) []string {
	return AppendPurposeCodes(make([]string, 0, PurposeCount(mask)), mask)
}

// PurposeCount is the number of known purposes set in mask (the length of PurposeCodes(mask)).
func PurposeCount(mask uint16) int { return bits.OnesCount16(mask & (1<<purposeCount - 1)) }

// AppendPurposeCodes appends PurposeCodes(mask) to dst.
func AppendPurposeCodes(dst []string, mask uint16) []string {
	for p := Purpose(0); p < purposeCount; p++ {
		if mask&(1<<p) != 0 {
			dst = append(dst, p.Code())
		}
	}
	return dst
}

// ActionCodes are the codes of the actions set in mask, in bit order (unknown bits are ignored): the codes of
// ActionsOf(mask), in one allocation.
func ActionCodes(mask uint8) []string {
	return AppendActionCodes(make([]string, 0, ActionCount(mask)), mask)
}

// ActionCount is the number of known actions set in mask (the length of ActionCodes(mask)).
func ActionCount(mask uint8) int { return bits.OnesCount8(mask & (1<<actionCount - 1)) }

// AppendActionCodes appends ActionCodes(mask) to dst.
func AppendActionCodes(dst []string, mask uint8) []string {
	for a := Action(0); a < actionCount; a++ {
		if mask&(1<<a) != 0 {
			dst = append(dst, a.Code())
		}
	}
	return dst
}

// ParsePurposeMask parses a comma-separated list of purpose codes into a mask.
func ParsePurposeMask(list string) (uint16, error) {
	var m uint16
	for _, s := range strings.Split(list, ",") {
		if strings.TrimSpace(s) == "" {
			continue
		}
		p, err := ParsePurpose(s)
		if err != nil {
			return 0, err
		}
		m |= 1 << p
	}
	if m == 0 {
		return 0, fmt.Errorf("no purpose given")
	}
	return m, nil
}

// ParseActionMask parses a comma-separated list of action codes into a mask.
func ParseActionMask(list string) (uint8, error) {
	var m uint8
	for _, s := range strings.Split(list, ",") {
		if strings.TrimSpace(s) == "" {
			continue
		}
		a, err := ParseAction(s)
		if err != nil {
			return 0, err
		}
		m |= 1 << a
	}
	if m == 0 {
		return 0, fmt.Errorf("no action given")
	}
	return m, nil
}

// Kind is the kind of an ICB member organisation (Membership.Kind).
type Kind uint8

// The kinds, in Membership.Kind order.
const (
	KindUnknown Kind = iota
	NHSTrust
	GPPractice
	LocalAuthority
	CareProvider
	OtherOrg
	kindCount
)

var kindNames = [...]string{"unknown", "nhs-trust", "gp-practice", "local-authority", "care-provider", "other"}

func (k Kind) String() string {
	if k >= kindCount {
		return fmt.Sprintf("Kind(%d)", uint8(k))
	}
	return kindNames[k]
}

// ParseKind parses a member kind name such as "gp-practice" (case-insensitive; unknown is rejected).
func ParseKind(s string) (Kind, error) {
	for i, n := range kindNames {
		if i > 0 && strings.EqualFold(strings.TrimSpace(s), n) {
			return Kind(i), nil
		}
	}
	return 0, fmt.Errorf("unknown member kind %q (want one of %s)", s, strings.Join(kindNames[1:], ", "))
}

// ODSCode encodes an NHS ODS organisation code as Membership stores it: 1-8 upper-case letters or digits,
// left-aligned in 8 bytes, zero-padded.
func ODSCode(code string) ([8]byte, error) {
	var out [8]byte
	if len(code) == 0 || len(code) > 8 {
		return out, fmt.Errorf("ODS code %q: want 1 to 8 characters", code)
	}
	for i := 0; i < len(code); i++ {
		c := code[i]
		if !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') {
			return out, fmt.Errorf("ODS code %q: only upper-case letters and digits are allowed", code)
		}
		out[i] = c
	}
	return out, nil
}

// ODSString decodes an ODS code stored by Membership.
func ODSString(b [8]byte) string {
	n := 0
	for n < len(b) && b[n] != 0 {
		n++
	}
	return string(b[:n])
}
