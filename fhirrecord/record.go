// Package fhirrecord turns FHIR R4 JSON resources into the identifiers Bevan anchors on chain, plans the RecordAnchor
// call that anchors them (one record, or a Merkle batch of many), and writes and verifies the proof file kept next to
// each record.
//
// # Identifiers
//
// For a resource with resourceType T and id I held by the custodian whose NHS ODS code is O:
//
//	recordId    = keccak256(abi.encodePacked(O, "/", T, "/", I))   // the UTF-8 bytes of "O/T/I", no padding
//	contentHash = keccak256(JCS(resource))                          // RFC 8785 canonical JSON of the whole file
//	versionId   = keccak256(abi.encode(recordId, contentHash))      // as RecordAnchor.versionIdOf
//	leaf        = keccak256(abi.encode(versionId))                  // a batch leaf, as RecordAnchor.leafOf
//
// O must be upper-case letters and digits, T a FHIR resource type name ([A-Z][A-Za-z]*) and I a FHIR id
// ([A-Za-z0-9\-\.]{1,64}), so none contains "/" and the packed encoding is unambiguous. Because the content hash is
// taken over the RFC 8785 canonical form, whitespace, member order, escapes and number spelling (4.50 vs 4.5, 1E3 vs
// 1000) do not change it; any change of a value does.
//
// Nothing personal goes on chain: only recordId, contentHash and Merkle roots, which are hashes.
package fhirrecord

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/bevan-health/bevan/jcs"
	"github.com/bevan-health/bevan/merkle"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
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

// Resource is a parsed FHIR resource and its content hash.
type Resource struct {
	ResourceType string
	ID           string
	// Canonical is the resource's RFC 8785 canonical JSON.
	Canonical []byte
	// ContentHash is keccak256(Canonical).
	ContentHash common.Hash
}

// Parse checks that data is a FHIR JSON resource (a JSON object, I-JSON as RFC 8785 requires, with a string
// resourceType and a string id following FHIR's id rules) and computes its content hash.
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
	return &Resource{ResourceType: rt, ID: id, Canonical: canon, ContentHash: crypto.Keccak256Hash(canon)}, nil
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

// RecordID returns keccak256(abi.encodePacked(odsCode, "/", resourceType, "/", id)). The parts are not checked:
// use Resource.RecordID for checked ones.
func RecordID(odsCode, resourceType, id string) common.Hash {
	return crypto.Keccak256Hash([]byte(odsCode + "/" + resourceType + "/" + id))
}

// RecordID is the resource's recordId for the custodian odsCode.
func (r *Resource) RecordID(odsCode string) (common.Hash, error) {
	if err := CheckODSCode(odsCode); err != nil {
		return common.Hash{}, err
	}
	return RecordID(odsCode, r.ResourceType, r.ID), nil
}

// Leaf is the resource's Merkle batch leaf for the custodian odsCode (RecordAnchor.leafOf).
func (r *Resource) Leaf(odsCode string) (common.Hash, error) {
	id, err := r.RecordID(odsCode)
	if err != nil {
		return common.Hash{}, err
	}
	return merkle.Leaf(id, r.ContentHash), nil
}
