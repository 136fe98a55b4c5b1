package demo

import (
	"crypto/rand"
	"encoding/json"
	"fmt"
	"math/big"
)

// Identifiers are the personal details in the story's FHIR records and the break-glass reason. They are synthetic
// (the default NHS number is from the 999 range NHS England reserves for testing), but the story treats them as
// real: they stay in the hospital's records and the responder's receipt, and only salted or keyed hashes of them go
// on chain. The privacy regression test plants its own and checks that none of them, nor any unsalted digest of
// them, reaches the chain, the relayer's Redis, the index or the services' logs.
type Identifiers struct {
	// NHSNumber is ten digits passing the Modulus 11 check; it is also the Patient resource's FHIR id, as NHS PDS
	// does.
	NHSNumber string
	Given     string
	Family    string
	// BirthDate is YYYY-MM-DD.
	BirthDate string
	Postcode  string
	// DischargeID and ObservationID are the FHIR ids of the discharge summary and the blood-pressure reading.
	DischargeID   string
	ObservationID string
	// Systolic is the reading's systolic blood pressure, mmHg (40 to 250).
	Systolic int
	// EmergencyReason is what the responder types when breaking the glass.
	EmergencyReason string
}

// DefaultIdentifiers are the story's synthetic patient.
func DefaultIdentifiers() Identifiers {
	return Identifiers{NHSNumber: "9990123454", Given: "Edith", Family: "Pemberton-Quayle", BirthDate: "1938-04-17",
		Postcode: "LS6 2QX", DischargeID: "discharge-0001", ObservationID: "bp-0001", Systolic: 164,
		EmergencyReason: "Found unresponsive at home by carer; suspected stroke, needs anticoagulant history"}
}

// ValidNHSNumber reports whether s is ten digits whose last is the Modulus 11 check digit of the first nine.
func ValidNHSNumber(s string) bool {
	if len(s) != 10 {
		return false
	}
	for i := range 10 {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	c, ok := nhsCheckDigit(s[:9])
	return ok && c == s[9]
}

// nhsCheckDigit is the Modulus 11 check digit of nine digits (weights 10 to 2); false when it would be 10, which
// no NHS number has.
func nhsCheckDigit(nine string) (byte, bool) {
	sum := 0
	for i := range 9 {
		sum += int(nine[i]-'0') * (10 - i)
	}
	c := 11 - sum%11
	switch c {
	case 11:
		return '0', true
	case 10:
		return 0, false
	}
	return byte('0' + c), true
}

// RandomNHSNumber draws a valid NHS number in the 999 test range.
func RandomNHSNumber() (string, error) {
	for {
		n, err := rand.Int(rand.Reader, big.NewInt(1_000_000))
		if err != nil {
			return "", fmt.Errorf("random NHS number: %w", err)
		}
		nine := fmt.Sprintf("999%06d", n.Int64())
		if c, ok := nhsCheckDigit(nine); ok {
			return nine + string(c), nil
		}
	}
}

// Check reports identifiers the story cannot use.
func (ids Identifiers) Check() error {
	switch {
	case !ValidNHSNumber(ids.NHSNumber):
		return fmt.Errorf("NHS number %q fails the Modulus 11 check", ids.NHSNumber)
	case ids.Systolic < 40 || ids.Systolic > 250:
		return fmt.Errorf("systolic %d mmHg is outside 40 to 250", ids.Systolic)
	case ids.Given == "" || ids.Family == "" || ids.BirthDate == "" || ids.Postcode == "" || ids.DischargeID == "" ||
		ids.ObservationID == "" || ids.EmergencyReason == "":
		return fmt.Errorf("identifiers incomplete: %+v", ids)
	}
	return nil
}

func mustJSON(v any) []byte {
	raw, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		panic(fmt.Sprintf("demo: %v", err)) // plain maps and strings always encode
	}
	return raw
}

// Patient is the FHIR R4 Patient resource: id and identifier the NHS number, name, birth date, address.
func (ids Identifiers) Patient() []byte {
	return mustJSON(map[string]any{
		"resourceType": "Patient",
		"id":           ids.NHSNumber,
		"identifier":   []any{map[string]any{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": ids.NHSNumber}},
		"name":         []any{map[string]any{"use": "official", "family": ids.Family, "given": []string{ids.Given}}},
		"birthDate":    ids.BirthDate,
		"address":      []any{map[string]any{"use": "home", "postalCode": ids.Postcode}},
	})
}

// DischargeSummary is the FHIR R4 Composition the hospital anchors singly.
func (ids Identifiers) DischargeSummary() []byte {
	return mustJSON(map[string]any{
		"resourceType": "Composition",
		"id":           ids.DischargeID,
		"status":       "final",
		"type":         map[string]any{"coding": []any{map[string]any{"system": "http://snomed.info/sct", "code": "373942005", "display": "Discharge summary"}}},
		"subject":      map[string]any{"reference": "Patient/" + ids.NHSNumber, "display": ids.Given + " " + ids.Family},
		"date":         "2026-11-24T10:00:00Z",
		"author":       []any{map[string]any{"reference": "Organization/RJ1"}},
		"title":        "Discharge summary: home with a care package",
	})
}

// Observation is the FHIR R4 blood-pressure Observation (systolic only), anchored in the ward's batch.
func (ids Identifiers) Observation() []byte {
	return ObservationWith(ids.ObservationID, ids.NHSNumber, ids.Systolic)
}

// ObservationWith is the Observation for any systolic value: what a brute-force attack would enumerate.
func ObservationWith(id, nhsNumber string, systolic int) []byte {
	return mustJSON(map[string]any{
		"resourceType":      "Observation",
		"id":                id,
		"status":            "final",
		"code":              map[string]any{"coding": []any{map[string]any{"system": "http://loinc.org", "code": "8480-6", "display": "Systolic blood pressure"}}},
		"subject":           map[string]any{"reference": "Patient/" + nhsNumber},
		"effectiveDateTime": "2026-11-24T08:30:00Z",
		"valueQuantity":     map[string]any{"value": systolic, "unit": "mmHg", "system": "http://unitsofmeasure.org", "code": "mm[Hg]"},
	})
}
