package fhirrecord

import (
	"crypto/hmac"
	"crypto/sha256"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/commitment"
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

func TestRecordIDIsKeyed(t *testing.T) {
	secret := []byte("a custodian secret of 32 bytes..")
	var key commitment.Salt
	key[0] = 7
	// HMAC-SHA256(secret, "bevan.recordId.v1" ‖ key ‖ "RJ1/DocumentReference/discharge-2026-001")
	m := hmac.New(sha256.New, secret)
	m.Write([]byte("bevan.recordId.v1"))
	m.Write(key[:])
	m.Write([]byte("RJ1/DocumentReference/discharge-2026-001"))
	want := common.BytesToHash(m.Sum(nil))
	if got := RecordID(secret, key, "RJ1", "DocumentReference", "discharge-2026-001"); got != want {
		t.Fatalf("RecordID = %s, want %s", got, want)
	}
	if RecordID(secret, key, "RJ1", "DocumentReference", "discharge-2026-001") == crypto.Keccak256Hash([]byte("RJ1/DocumentReference/discharge-2026-001")) {
		t.Fatal("the record id is the guessable keccak256 of ODS/Type/id")
	}
	var otherKey commitment.Salt
	otherKey[0] = 8
	if RecordID(secret, otherKey, "RJ1", "DocumentReference", "discharge-2026-001") == want ||
		RecordID([]byte("another custodian secret........"), key, "RJ1", "DocumentReference", "discharge-2026-001") == want {
		t.Fatal("the record key or the custodian secret does not change the id")
	}
}

func TestPatientReference(t *testing.T) {
	for in, want := range map[string]string{
		`{"resourceType":"Patient","id":"9434765919"}`:                                                         "Patient/9434765919",
		`{"resourceType":"Observation","id":"o1","subject":{"reference":"Patient/p-7"}}`:                       "Patient/p-7",
		`{"resourceType":"Observation","id":"o1","subject":{"reference":"https://x.nhs.uk/fhir/Patient/p-7"}}`: "Patient/p-7",
		`{"resourceType":"AllergyIntolerance","id":"a1","patient":{"reference":"Patient/p-8"}}`:                "Patient/p-8",
		`{"resourceType":"Observation","id":"o1","subject":{"reference":"Group/g1"}}`:                          "",
		`{"resourceType":"Observation","id":"o1","subject":"Patient/p-7"}`:                                     "",
	} {
		r, err := Parse([]byte(in))
		if err != nil {
			t.Fatal(err)
		}
		if r.Patient != want {
			t.Errorf("%s: patient %q, want %q", in, r.Patient, want)
		}
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
	salt, err := commitment.NewSalt()
	if err != nil {
		t.Fatal(err)
	}
	if a.ContentHash(salt) != b.ContentHash(salt) || string(a.Canonical) != string(b.Canonical) {
		t.Fatalf("formatting changed the hash:\n%s\n%s", a.Canonical, b.Canonical)
	}
	if a.ContentHash(salt) != crypto.Keccak256Hash(salt[:], a.Canonical) || a.ContentHash(salt) == crypto.Keccak256Hash(a.Canonical) {
		t.Fatal("contentHash is not keccak256(salt ‖ canonical form)")
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
	if c.ContentHash(salt) == a.ContentHash(salt) {
		t.Fatal("a changed status kept the hash")
	}
	// A known vector: cast keccak 0x0101…01'{"id":"p1","name":[{"family":"Smith"}],"resourceType":"Patient"}'
	p, err := Parse([]byte(`{ "resourceType": "Patient", "name": [ { "family": "Smith" } ], "id": "p1" }`))
	if err != nil {
		t.Fatal(err)
	}
	var ones commitment.Salt
	for i := range ones {
		ones[i] = 1
	}
	if p.ContentHash(ones) != crypto.Keccak256Hash(ones[:], []byte(`{"id":"p1","name":[{"family":"Smith"}],"resourceType":"Patient"}`)) {
		t.Fatalf("Patient contentHash %s", p.ContentHash(ones))
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
	p := &Proof{Version: ProofVersion, ChainID: 901, Salt: commitment.Salt{9}, RecordAnchor: common.HexToAddress("0x1234"), ODSCode: "RJ1",
		Custodian: common.HexToAddress("0xc0"), RecordID: common.HexToHash("0x01"), ContentHash: common.HexToHash("0x02"), BatchRoot: common.HexToHash("0x03"),
		Proof: []common.Hash{common.HexToHash("0x04"), common.HexToHash("0x05")}, TxHash: common.HexToHash("0x06"), Block: 7}
	path := filepath.Join(dir, "r.json.proof.json")
	if err := WriteProof(path, p); err != nil {
		t.Fatal(err)
	}
	got, err := ReadProof(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.BatchRoot != p.BatchRoot || len(got.Proof) != 2 || got.Proof[1] != p.Proof[1] || got.Block != 7 || got.ODSCode != "RJ1" ||
		got.Custodian != p.Custodian {
		t.Fatalf("round trip: %+v", got)
	}
	raw, _ := os.ReadFile(path)
	for _, field := range []string{`"version": 3`, `"salt": "0x09`, `"chainId": 901`, `"recordAnchor"`, `"custodian": "0x00000000000000000000000000000000000000c0"`, `"recordId"`, `"contentHash"`,
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
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("proof file mode: %v %v (the salt links the record to the chain: owner only)", st.Mode(), err)
	}
	for name, content := range map[string]string{
		"version 1":     strings.Replace(string(raw), `"version": 3`, `"version": 1`, 1),
		"version 2":     strings.Replace(string(raw), `"version": 3`, `"version": 2`, 1),
		"version 4":     strings.Replace(string(raw), `"version": 3`, `"version": 4`, 1),
		"unknown field": strings.Replace(string(raw), `"version": 3`, `"version": 3, "extra": true`, 1),
		"no custodian":  strings.Replace(string(raw), `"custodian": "0x00000000000000000000000000000000000000c0"`, `"custodian": "0x0000000000000000000000000000000000000000"`, 1),
		"no salt":       strings.Replace(string(raw), `"salt": "0x09`, `"salt": "0x00`, 1),
		"no chain":      strings.Replace(string(raw), `"chainId": 901`, `"chainId": 0`, 1),
		"not json":      "{",
	} {
		bad := filepath.Join(dir, "bad.json")
		_ = os.WriteFile(bad, []byte(content), 0o600)
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
	store, _, err := OpenStore(t.TempDir(), "RJ1", true)
	if err != nil {
		t.Fatal(err)
	}
	opts := AnchorOptions{ChainID: 901, RecordAnchor: common.HexToAddress("0xabc"), ODSCode: "RJ1"}
	var items []Item
	for i := range 5 {
		r, err := Parse([]byte(strings.Replace(discharge, "discharge-2026-001", "discharge-2026-00"+string(rune('1'+i)), 1)))
		if err != nil {
			t.Fatal(err)
		}
		it, _, err := store.Item("f"+string(rune('1'+i)), r)
		if err != nil {
			t.Fatal(err)
		}
		items = append(items, it)
	}
	one, err := PlanAnchor(opts, items[:1])
	if err != nil {
		t.Fatal(err)
	}
	// anchor(bytes32,bytes32,bytes32) is 0x… followed by the three words.
	if one.Method != "anchor" || len(one.Data) != 4+3*32 || one.Root != (common.Hash{}) {
		t.Fatalf("single plan: %s %d bytes", one.Method, len(one.Data))
	}
	if common.BytesToHash(one.Data[4:36]) != items[0].RecordID || common.BytesToHash(one.Data[36:68]) != items[0].Resource.ContentHash(items[0].Salt) ||
		one.Records[0].Proof.Salt != items[0].Salt {
		t.Fatal("single calldata does not carry recordId and the salted contentHash")
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
	again := items[0]
	again.Path = "copy"
	if _, err := PlanAnchor(opts, []Item{items[0], items[1], again}); err == nil || !strings.Contains(err.Error(), "f1 and copy") {
		t.Errorf("duplicate record: %v", err)
	}
	unsalted := items[0]
	unsalted.Salt = commitment.Salt{}
	if _, err := PlanAnchor(opts, []Item{unsalted}); err == nil {
		t.Error("an item without a salt was planned")
	}
	if _, err := PlanAnchor(opts, nil); err == nil {
		t.Error("empty plan accepted")
	}
	if _, err := PlanAnchor(AnchorOptions{ChainID: 901, RecordAnchor: opts.RecordAnchor, ODSCode: "rj1"}, items); err == nil {
		t.Error("bad ODS code accepted")
	}
	for _, uri := range []string{"Mrs Ellery Quartermaine's notes", "https://user:pw@x.example/b", "https://x.example/b#frag",
		"relative/path", "https://x.example/" + strings.Repeat("a", MaxBatchURI), "https://x.example/\u00e9"} {
		if _, err := PlanAnchor(AnchorOptions{ChainID: 901, RecordAnchor: opts.RecordAnchor, ODSCode: "RJ1", URI: uri}, items); !errors.Is(err, ErrBadURI) {
			t.Errorf("batch uri %q: %v", uri, err)
		}
	}
	for _, uri := range []string{"", "https://records.rj1.nhs.uk/batches/42", "ipfs://bafy", "bevan://batch/test"} {
		if err := CheckBatchURI(uri); err != nil {
			t.Errorf("batch uri %q refused: %v", uri, err)
		}
	}
}
