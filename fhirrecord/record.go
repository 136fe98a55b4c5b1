// Package fhirrecord turns FHIR R4 JSON resources into the salted and keyed identifiers Bevan anchors on chain,
// keeps the custodian's local store of the key material behind them (and forgets it on request), plans the
// RecordAnchor call that anchors records (one, or a Merkle batch of many), and writes and verifies the proof file
// kept next to each record.
//
// # Identifiers
//
// For a resource with resourceType T and id I held by the custodian whose NHS ODS code is O, with the custodian's
// secret S (32 random bytes, in its store), a per-record key K (32 random bytes, drawn when the record is first
// anchored) and a per-version salt s (32 random bytes, drawn for every version):
//
//	recordId    = HMAC-SHA256(S, "bevan.recordId.v1" ‖ K ‖ "O/T/I")  // stable per record, unguessable
//	contentHash = keccak256(s ‖ JCS(resource))                      // RFC 8785 canonical JSON of the whole file
//	versionId   = keccak256(abi.encode(recordId, contentHash))      // as RecordAnchor.versionIdOf
//	leaf        = keccak256(abi.encode(versionId))                  // a batch leaf, as RecordAnchor.leafOf
//
// Neither hash can be found by trying candidates (every blood-pressure value, every NHS number used as a FHIR id):
// each guess would also have to guess 256 random bits. Record ids of two custodians cannot be linked, and a record's
// id stays the same across its versions, so versions still chain on chain. K and S live only in the custodian's
// Store; s lives in the Store and in the version's proof file, never on chain. Verifying a record against the chain
// needs its proof file (the salt): without it, nothing connects the file to any on-chain hash. Deleting K and every
// s of a record (Store.Forget, `bevan record forget`) makes its on-chain entries unlinkable noise.
//
// Because the content hash is taken over the RFC 8785 canonical form, whitespace, member order, escapes and number
// spelling (4.50 vs 4.5, 1E3 vs 1000) do not change it; any change of a value does.
package fhirrecord

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/bevan-health/bevan/commitment"
	"github.com/bevan-health/bevan/jcs"
	"github.com/ethereum/go-ethereum/common"
)

// ErrNotFHIR is wrapped by every error about a file that is not a FHIR JSON resource Bevan can anchor.
var ErrNotFHIR = errors.New("not a FHIR JSON resource")

// validResourceType: [A-Z][A-Za-z]*, the shape of FHIR resource type names.
func validResourceType(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	return allBytes(s, func(c byte) bool { return isUpper(c) || isLower(c) })
}

// validID: FHIR's id rule, [A-Za-z0-9\-\.]{1,64}.
func validID(s string) bool {
	return len(s) >= 1 && len(s) <= 64 &&
		allBytes(s, func(c byte) bool { return isUpper(c) || isLower(c) || isDigit(c) || c == '-' || c == '.' })
}

// validODS: upper-case letters and digits, 1 to 16.
func validODS(s string) bool {
	return len(s) >= 1 && len(s) <= 16 && allBytes(s, func(c byte) bool { return isUpper(c) || isDigit(c) })
}

func allBytes(s string, ok func(byte) bool) bool {
	for i := 0; i < len(s); i++ {
		if !ok(s[i]) {
			return false
		}
	}
	return true
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLower(c byte) bool { return c >= 'a' && c <= 'z' }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// Resource is a parsed FHIR resource.
type Resource struct {
	ResourceType string
	ID           string
	// Patient is the patient the resource is about, as a FHIR reference ("Patient/<id>"): the resource itself
	// for a Patient, else its subject or patient reference when that names a Patient; empty when neither does.
	// It stays in the custodian's Store (to forget every record of a patient), never on chain.
	Patient string
	// Canonical is the resource's RFC 8785 canonical JSON.
	Canonical []byte
}

// ContentHash is the version's content commitment keccak256(salt ‖ Canonical).
func (r *Resource) ContentHash(salt commitment.Salt) common.Hash {
	return commitment.Of(salt, r.Canonical)
}

// LocalKey is "T/I", the custodian's local name of the record.
func (r *Resource) LocalKey() string { return r.ResourceType + "/" + r.ID }

// Parse checks that data is a FHIR JSON resource (a JSON object, I-JSON as RFC 8785 requires, with a string
// resourceType and a string id following FHIR's id rules) and canonicalises it.
func Parse(data []byte) (*Resource, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a UTF-8 byte order mark is not content
	canon, err := jcs.Canonicalize(data)
	if err != nil {
		return nil, fmt.Errorf("%w: not valid JSON: %w", ErrNotFHIR, err)
	}
	if len(canon) == 0 || canon[0] != '{' {
		return nil, fmt.Errorf("%w: the top-level JSON value is not an object", ErrNotFHIR)
	}
	var head map[string]json.RawMessage
	if err := json.Unmarshal(canon, &head); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotFHIR, err)
	}
	rt, err := stringMember(head, "resourceType")
	if err != nil {
		return nil, err
	}
	if !validResourceType(rt) {
		return nil, fmt.Errorf("%w: resourceType %q is not a FHIR resource type name", ErrNotFHIR, rt)
	}
	id, err := stringMember(head, "id")
	if err != nil {
		return nil, err
	}
	if !validID(id) {
		return nil, fmt.Errorf("%w: id %q breaks FHIR's id rules ([A-Za-z0-9-.], 1 to 64 characters)", ErrNotFHIR, id)
	}
	r := &Resource{ResourceType: rt, ID: id, Canonical: canon}
	if rt == "Patient" {
		r.Patient = "Patient/" + id
	} else {
		r.Patient = patientReference(head)
	}
	return r, nil
}

// patientReference is the resource's subject.reference or patient.reference when it names a Patient ("Patient/id"
// or a URL ending so), else "".
func patientReference(head map[string]json.RawMessage) string {
	for _, member := range []string{"subject", "patient"} {
		var ref struct {
			Reference string `json:"reference"`
		}
		if raw, ok := head[member]; !ok || json.Unmarshal(raw, &ref) != nil {
			continue
		}
		i := strings.LastIndex(ref.Reference, "Patient/")
		if i >= 0 && validID(ref.Reference[i+len("Patient/"):]) {
			return ref.Reference[i:]
		}
	}
	return ""
}

func stringMember(m map[string]json.RawMessage, name string) (string, error) {
	raw, ok := m[name]
	if !ok {
		return "", fmt.Errorf("%w: no %s", ErrNotFHIR, name)
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", fmt.Errorf("%w: %s is not a string", ErrNotFHIR, name)
	}
	return s, nil
}

// ReadFile reads and parses a FHIR JSON resource file; errors name the file.
func ReadFile(path string) (*Resource, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	r, err := Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return r, nil
}

// CheckODSCode reports whether ods can name a custodian in a recordId: upper-case letters and digits, 1 to 16.
func CheckODSCode(ods string) error {
	if !validODS(ods) {
		return fmt.Errorf("ODS code %q: want upper-case letters and digits (e.g. RJ1, A81001)", ods)
	}
	return nil
}

// RecordID is the keyed record id HMAC-SHA256(secret, "bevan.recordId.v1" ‖ recordKey ‖ "O/T/I") (see the package
// comment). The parts are not checked: Store.Item derives ids from checked ones.
func RecordID(secret []byte, recordKey commitment.Salt, odsCode, resourceType, id string) common.Hash {
	return commitment.Keyed(secret, []byte(recordIDDomain), recordKey[:], []byte(odsCode+"/"+resourceType+"/"+id))
}

const recordIDDomain = "bevan.recordId.v1"
