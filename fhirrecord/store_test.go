package fhirrecord

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// anchorLocally plans the files, pretends the chain mined the plan (tx 0x77 in block 9), writes the proofs and
// saves the versions, as `bevan record anchor` does.
func anchorLocally(t *testing.T, s *Store, supersedes common.Hash, paths ...string) []*Proof {
	t.Helper()
	items, err := s.Items(paths...)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := PlanAnchor(AnchorOptions{ChainID: 901, RecordAnchor: common.HexToAddress("0xabc"), ODSCode: s.ODSCode(),
		Supersedes: supersedes, URI: "https://records.rj1.example/b/1"}, items)
	if err != nil {
		t.Fatal(err)
	}
	var out []*Proof
	for _, r := range plan.Records {
		p := r.Proof
		p.BatchRoot, p.TxHash, p.Block, p.Custodian = plan.Root, common.HexToHash("0x77"), 9, common.HexToAddress("0xc0")
		pp := ProofPath(r.Path)
		if err := WriteProof(pp, &p); err != nil {
			t.Fatal(err)
		}
		if err := s.Save(r.Item, &p, pp); err != nil {
			t.Fatal(err)
		}
		out = append(out, &p)
	}
	return out
}

func TestStoreKeepsKeysAndForgets(t *testing.T) {
	storeDir, recDir := filepath.Join(t.TempDir(), "custodian"), t.TempDir()
	if _, _, err := OpenStore(storeDir, "RJ1", false); !errors.Is(err, ErrNoStore) {
		t.Fatalf("missing store: %v", err)
	}
	s, created, err := OpenStore(storeDir, "RJ1", true)
	if err != nil || !created {
		t.Fatal(created, err)
	}
	if st, _ := os.Stat(filepath.Join(storeDir, "custodian.json")); st == nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("custodian.json mode: %v", st)
	}
	if _, _, err := OpenStore(storeDir, "A81001", true); err == nil || !strings.Contains(err.Error(), "RJ1") {
		t.Fatalf("another ODS code opened the store: %v", err)
	}
	write := func(name, body string) string {
		p := filepath.Join(recDir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	patient := write("patient.json", `{"resourceType":"Patient","id":"9434765919","name":[{"family":"Quartermaine"}]}`)
	obs := write("obs.json", `{"resourceType":"Observation","id":"bp-1","subject":{"reference":"Patient/9434765919"},"valueQuantity":{"value":187}}`)
	other := write("other.json", `{"resourceType":"Observation","id":"bp-2","subject":{"reference":"Patient/p-other"},"valueQuantity":{"value":120}}`)
	batch := anchorLocally(t, s, common.Hash{}, patient, obs, other)

	// Reopened (no ODS code given), the store gives the same record id for a new version, and a fresh salt.
	s2, created, err := OpenStore(storeDir, "", false)
	if err != nil || created || s2.ODSCode() != "RJ1" {
		t.Fatal(created, err)
	}
	obs2 := write("obs-v2.json", `{"resourceType":"Observation","id":"bp-1","subject":{"reference":"Patient/9434765919"},"valueQuantity":{"value":188}}`)
	v2 := anchorLocally(t, s2, common.Hash{}, obs2)
	if v2[0].RecordID != batch[1].RecordID || v2[0].Salt == batch[1].Salt || v2[0].ContentHash == batch[1].ContentHash {
		t.Fatalf("second version: %+v vs %+v", v2[0], batch[1])
	}
	// Another custodian (another store) gets another, unlinkable id for the same FHIR resource.
	s3, _, err := OpenStore(filepath.Join(t.TempDir(), "c2"), "RJ1", true)
	if err != nil {
		t.Fatal(err)
	}
	r, _ := ReadFile(obs)
	if it, _, err := s3.Item(obs, r); err != nil || it.RecordID == batch[1].RecordID {
		t.Fatalf("two custodians' ids are linkable: %v", err)
	}
	if _, err := s2.Items(obs, obs2); err == nil || !strings.Contains(err.Error(), "same record") {
		t.Fatalf("the same record twice in one anchor: %v", err)
	}

	// Forget every record of the patient: the Patient resource and both versions of the Observation.
	es, err := s2.OfPatient("Patient/9434765919")
	if err != nil || len(es) != 2 {
		t.Fatalf("records of the patient: %d %v", len(es), err)
	}
	var deleted []string
	for _, e := range es {
		f, err := s2.Forget(e)
		if err != nil {
			t.Fatal(err)
		}
		deleted = append(deleted, f.Files...)
	}
	if len(deleted) != 5 { // three proof files and two store entries
		t.Fatalf("deleted %v", deleted)
	}
	// No file left anywhere links the forgotten records to their on-chain hashes (record id, content hashes, salts);
	// the other patient's record is untouched.
	forgotten := [][]byte{}
	for _, p := range []*Proof{batch[0], batch[1], v2[0]} {
		for _, h := range []string{p.RecordID.Hex(), p.ContentHash.Hex(), p.Salt.Hex()} {
			forgotten = append(forgotten, []byte(h[2:]))
		}
	}
	kept := []byte(batch[2].RecordID.Hex()[2:])
	sawKept := false
	for _, dir := range []string{storeDir, recDir} {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			raw, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			raw = bytes.ToLower(raw)
			for _, n := range forgotten {
				if bytes.Contains(raw, n) {
					t.Errorf("%s still holds %s", path, n)
				}
			}
			sawKept = sawKept || bytes.Contains(raw, kept)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if !sawKept {
		t.Error("the other patient's record was forgotten too")
	}
	if e, err := s2.Find(batch[1].RecordID); err != nil || e != nil {
		t.Fatalf("forgotten record still found: %+v %v", e, err)
	}
	if e, err := s2.Find(batch[2].RecordID); err != nil || e == nil {
		t.Fatalf("kept record: %v", err)
	}
	// Anchoring the forgotten Observation again makes a new, unrelated record id.
	again := anchorLocally(t, s2, common.Hash{}, obs2)
	if again[0].RecordID == batch[1].RecordID {
		t.Fatal("a forgotten record got its old id back")
	}
}
