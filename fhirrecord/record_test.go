package fhirrecord

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/merkle"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

const discharge = `{
  "resourceType": "DocumentReference",
  "id": "discharge-2026-001",
  "status": "current",
  "type": {"coding": [{"system": "http://snomed.info/sct", "code": "373942005", "display": "Discharge summary"}]},
  "content": [{"attachment": {"contentType": "text/plain", "size": 1.20E3, "title": "Discharge to home care"}}]
}`

// The same resource with other whitespace, member order, escapes and number spelling.
const dischargeReformatted = `{"content":[{"attachment":{"title":"Discharge to home care","size":1200,` +
	`"contentType":"text\/plain"}}],"id":"discharge-2026-001","status":"\u0063urrent","type":{"coding":[{"display":` +
	`"Discharge summary","code":"373942005","system":"http://snomed.info/sct"}]},"resourceType":"DocumentReference"}`

func TestRecordIDIsPackedKeccak(t *testing.T) {
	// cast keccak "RJ1/DocumentReference/discharge-2026-001" (= keccak256(abi.encodePacked("RJ1","/",T,"/",id)))
	want := common.HexToHash("0x498a7a47a0f44c597f5273da8ed42a48052bffa0587621b70052fd7de14ce5fb")
	if got := RecordID("RJ1", "DocumentReference", "discharge-2026-001"); got != want {
		t.Fatalf("RecordID = %s, want %s", got, want)
	}
	r, err := Parse([]byte(discharge))
	if err != nil {
		t.Fatal(err)
	}
	if id, err := r.RecordID("RJ1"); err != nil || id != want {
		t.Fatalf("Resource.RecordID = %s, %v", id, err)
	}
	if _, err := r.RecordID("rj1"); err == nil {
		t.Error("lower-case ODS code accepted")
	}
	if _, err := r.RecordID(strings.Repeat("A", 17)); err == nil {
		t.Error("17-character ODS code accepted")
	}
	if _, err := r.RecordID("8HX39"); err != nil {
		t.Errorf("ODS code 8HX39: %v", err)
	}
	if _, err := r.RecordID("RJ1/X"); err == nil {
		t.Error("ODS code with a slash accepted")
	}
	leaf, _ := r.Leaf("RJ1")
	if leaf != merkle.Leaf(want, r.ContentHash) {
		t.Error("Leaf differs from merkle.Leaf")
	}
}

func TestContentHashIgnoresFormatting(t *testing.T) {
	a, err := Parse([]byte(discharge))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse([]byte("\xef\xbb\xbf" + dischargeReformatted + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	if a.ContentHash != b.ContentHash || string(a.Canonical) != string(b.Canonical) {
		t.Fatalf("formatting changed the hash:\n%s\n%s", a.Canonical, b.Canonical)
	}
	if a.ContentHash != crypto.Keccak256Hash(a.Canonical) {
		t.Fatal("contentHash is not keccak256 of the canonical form")
	}
	if !strings.HasPrefix(string(a.Canonical), `{"content":[{"attachment":{"contentType":"text/plain","size":1200,`) ||
		strings.Contains(string(a.Canonical), "\n") {
		t.Fatalf("canonical form: %s", a.Canonical)
	}
	// Any change of a value changes the hash.
	c, err := Parse([]byte(strings.Replace(discharge, `"current"`, `"superseded"`, 1)))
	if err != nil {
		t.Fatal(err)
	}
	if c.ContentHash == a.ContentHash {
		t.Fatal("a changed status kept the hash")
	}
	// A known vector: cast keccak '{"id":"p1","name":[{"family":"Smith"}],"resourceType":"Patient"}'
	p, err := Parse([]byte(`{ "resourceType": "Patient", "name": [ { "family": "Smith" } ], "id": "p1" }`))
	if err != nil {
		t.Fatal(err)
	}
	if p.ContentHash != common.HexToHash("0xf6fa2d63862278971cb58692f2005af9057f8fbeb9e8ebf9dc4bccc7427ac3cf") {
		t.Fatalf("Patient contentHash %s", p.ContentHash)
	}
}

func TestParseRejectsNonFHIR(t *testing.T) {
	for in, want := range map[string]string{
		`not json`: "not valid JSON",
		`{"resourceType":"Patient","id":"a","id":"b"}`:                      "duplicate member name",
		`["resourceType","Patient"]`:                                        "not an object",
		`"Patient"`:                                                         "not an object",
		`{"id":"p1"}`:                                                       "no resourceType",
		`{"resourceType":7,"id":"p1"}`:                                      "resourceType is not a string",
		`{"resourceType":"Patient"}`:                                        "no id",
		`{"resourceType":"Patient","id":12}`:                                "id is not a string",
		`{"resourceType":"Patient","id":""}`:                                "breaks FHIR's id rules",
		`{"resourceType":"Patient","id":"a/b"}`:                             "breaks FHIR's id rules",
		`{"resourceType":"Patient","id":"a b"}`:                             "breaks FHIR's id rules",
		`{"resourceType":"patient/x","id":"p1"}`:                            "not a FHIR resource type name",
		`{"resourceType":"patient","id":"p1"}`:                              "not a FHIR resource type name",
		`{"resourceType":"","id":"p1"}`:                                     "not a FHIR resource type name",
		`{"resourceType":"Patient","id":"` + strings.Repeat("x", 65) + `"}`: "breaks FHIR's id rules",
	} {
		_, err := Parse([]byte(in))
		if err == nil || !errors.Is(err, ErrNotFHIR) || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, want an ErrNotFHIR saying %q", in, err, want)
		}
	}
	if _, err := Parse([]byte(`{"resourceType":"Patient","id":"A-z.09` + strings.Repeat("x", 58) + `"}`)); err != nil {
		t.Errorf("64-character id: %v", err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(path, []byte(`{"resourceType":"Patient"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(path); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("ReadFile error does not name the file: %v", err)
	}
	if _, err := ReadFile(filepath.Join(dir, "missing.json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

func TestProofFileRoundTripAndChecks(t *testing.T) {
	dir := t.TempDir()
	p := &Proof{Version: 1, ChainID: 901, RecordAnchor: common.HexToAddress("0x1234"), ODSCode: "RJ1",
		RecordID: common.HexToHash("0x01"), ContentHash: common.HexToHash("0x02"), BatchRoot: common.HexToHash("0x03"),
		Proof: []common.Hash{common.HexToHash("0x04"), common.HexToHash("0x05")}, TxHash: common.HexToHash("0x06"), Block: 7}
	path := filepath.Join(dir, "r.json.proof.json")
	if err := WriteProof(path, p); err != nil {
		t.Fatal(err)
	}
	got, err := ReadProof(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.BatchRoot != p.BatchRoot || len(got.Proof) != 2 || got.Proof[1] != p.Proof[1] || got.Block != 7 || got.ODSCode != "RJ1" {
		t.Fatalf("round trip: %+v", got)
	}
	raw, _ := os.ReadFile(path)
	for _, field := range []string{`"version": 1`, `"chainId": 901`, `"recordAnchor"`, `"recordId"`, `"contentHash"`,
		`"supersedes"`, `"batchRoot"`, `"proof"`, `"txHash"`, `"block": 7`} {
		if !strings.Contains(string(raw), field) {
			t.Errorf("proof file lacks %s:\n%s", field, raw)
		}
	}
	single := *p
	single.BatchRoot, single.Proof = common.Hash{}, nil
	if err := WriteProof(path, &single); err != nil {
		t.Fatal(err)
	}
	if raw, _ := os.ReadFile(path); !strings.Contains(string(raw), `"proof": []`) {
		t.Errorf("single proof: %s", raw)
	}
	for name, content := range map[string]string{
		"version 2":     strings.Replace(string(raw), `"version": 1`, `"version": 2`, 1),
		"unknown field": strings.Replace(string(raw), `"version": 1`, `"version": 1, "extra": true`, 1),
		"no chain":      strings.Replace(string(raw), `"chainId": 901`, `"chainId": 0`, 1),
		"not json":      "{",
	} {
		bad := filepath.Join(dir, "bad.json")
		_ = os.WriteFile(bad, []byte(content), 0o644)
		if _, err := ReadProof(bad); !errors.Is(err, ErrBadProofFile) {
			t.Errorf("%s: %v", name, err)
		}
	}
	broken := *p
	broken.BatchRoot = common.Hash{}
	if err := WriteProof(path, &broken); !errors.Is(err, ErrBadProofFile) {
		t.Errorf("a Merkle proof without a root was written: %v", err)
	}
}

func TestPlanAnchor(t *testing.T) {
	opts := AnchorOptions{ChainID: 901, RecordAnchor: common.HexToAddress("0xabc"), ODSCode: "RJ1"}
	var items []Item
	for i := range 5 {
		r, err := Parse([]byte(strings.Replace(discharge, "discharge-2026-001", "discharge-2026-00"+string(rune('1'+i)), 1)))
		if err != nil {
			t.Fatal(err)
		}
		items = append(items, Item{Path: "f" + string(rune('1'+i)), Resource: r})
	}
	one, err := PlanAnchor(opts, items[:1])
	if err != nil {
		t.Fatal(err)
	}
	// anchor(bytes32,bytes32,bytes32) is 0x… followed by the three words.
	if one.Method != "anchor" || len(one.Data) != 4+3*32 || one.Root != (common.Hash{}) {
		t.Fatalf("single plan: %s %d bytes", one.Method, len(one.Data))
	}
	if common.BytesToHash(one.Data[4:36]) != one.Records[0].Proof.RecordID || common.BytesToHash(one.Data[36:68]) != items[0].Resource.ContentHash {
		t.Fatal("single calldata does not carry recordId and contentHash")
	}
	batch, err := PlanAnchor(AnchorOptions{ChainID: 901, RecordAnchor: opts.RecordAnchor, ODSCode: "RJ1", URI: "ipfs://x"}, items)
	if err != nil {
		t.Fatal(err)
	}
	if batch.Method != "anchorBatch" || common.BytesToHash(batch.Data[4:36]) != batch.Root || batch.Data[4+63] != 5 {
		t.Fatalf("batch calldata: %x", batch.Data)
	}
	for i, r := range batch.Records {
		if r.Path != items[i].Path || !merkle.Verify(batch.Root, merkle.Leaf(r.Proof.RecordID, r.Proof.ContentHash), r.Proof.Proof) {
			t.Fatalf("record %d: proof does not lead to the root", i)
		}
	}
	if _, err := PlanAnchor(AnchorOptions{ChainID: 901, RecordAnchor: opts.RecordAnchor, ODSCode: "RJ1", Supersedes: common.HexToHash("0x1")}, items); err == nil {
		t.Error("supersedes accepted for a batch")
	}
	if _, err := PlanAnchor(opts, []Item{items[0], items[1], {Path: "copy", Resource: items[0].Resource}}); err == nil ||
		!strings.Contains(err.Error(), "f1 and copy") {
		t.Errorf("duplicate version: %v", err)
	}
	if _, err := PlanAnchor(opts, nil); err == nil {
		t.Error("empty plan accepted")
	}
	if _, err := PlanAnchor(AnchorOptions{ChainID: 901, RecordAnchor: opts.RecordAnchor, ODSCode: "rj1"}, items); err == nil {
		t.Error("bad ODS code accepted")
	}
}
