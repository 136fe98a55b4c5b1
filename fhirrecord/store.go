package fhirrecord

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/bevan-health/bevan/commitment"
	"github.com/ethereum/go-ethereum/common"
)

// Store is a custodian's local key material: its secret, and per record the record key, every version's salt and
// where its proof file was written. It is what links the custodian's records to their on-chain hashes, so it stays
// with the custodian (a directory only its user can read) and is never sent anywhere; deleting a record's entry
// and proof files (Forget) unlinks that record from the chain for good.
//
// Layout: DIR/custodian.json holds the ODS code and the secret (mode 0600); DIR/records/<name>.json one entry per
// record (mode 0600), where name is a keyed hash of the record's local key, so file names say nothing either.
type Store struct {
	dir    string
	ods    string
	secret commitment.Salt
}

// StoreVersion is the version of the store's file formats.
const StoreVersion = 1

// ErrNoStore: the directory holds no custodian store (and creating one was not asked for).
var ErrNoStore = errors.New("no custodian store")

type storeFile struct {
	Version int             `json:"version"`
	ODSCode string          `json:"odsCode"`
	Secret  commitment.Salt `json:"secret"`
}

// Entry is what the store keeps of one record.
type Entry struct {
	Version      int         `json:"version"`
	RecordID     common.Hash `json:"recordId"`
	ResourceType string      `json:"resourceType"`
	ID           string      `json:"id"`
	// Patient is the FHIR reference of the patient the record is about (see Resource.Patient), for ForgetPatient.
	Patient   string          `json:"patient,omitempty"`
	RecordKey commitment.Salt `json:"recordKey"`
	Versions  []EntryVersion  `json:"versions"`
}

// EntryVersion is one anchored version of a record.
type EntryVersion struct {
	ContentHash common.Hash     `json:"contentHash"`
	Salt        commitment.Salt `json:"salt"`
	Supersedes  common.Hash     `json:"supersedes"`
	BatchRoot   common.Hash     `json:"batchRoot"`
	TxHash      common.Hash     `json:"txHash"`
	Block       uint64          `json:"block"`
	// ProofFile is the absolute path the version's proof file was written to.
	ProofFile string `json:"proofFile,omitempty"`
}

// OpenStore opens the custodian store in dir. When dir holds none, create makes one for odsCode with a fresh
// secret (created reports it); otherwise it is ErrNoStore. An existing store must be odsCode's (empty odsCode
// accepts any).
func OpenStore(dir, odsCode string, create bool) (s *Store, created bool, err error) {
	if odsCode != "" {
		if err := CheckODSCode(odsCode); err != nil {
			return nil, false, err
		}
	}
	path := filepath.Join(dir, "custodian.json")
	raw, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && create:
		if odsCode == "" {
			return nil, false, fmt.Errorf("create custodian store %s: the custodian's ODS code is required", dir)
		}
		secret, err := commitment.NewSalt()
		if err != nil {
			return nil, false, err
		}
		if err := os.MkdirAll(filepath.Join(dir, "records"), 0o700); err != nil {
			return nil, false, fmt.Errorf("create custodian store: %w", err)
		}
		body, err := json.MarshalIndent(storeFile{StoreVersion, odsCode, secret}, "", "  ")
		if err != nil {
			return nil, false, err
		}
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return nil, false, fmt.Errorf("create custodian store: %w", err)
		}
		if _, err := f.Write(append(body, '\n')); err != nil {
			f.Close()
			return nil, false, fmt.Errorf("create custodian store: %w", err)
		}
		if err := f.Close(); err != nil {
			return nil, false, fmt.Errorf("create custodian store: %w", err)
		}
		return &Store{dir: dir, ods: odsCode, secret: secret}, true, nil
	case errors.Is(err, fs.ErrNotExist):
		return nil, false, fmt.Errorf("%w in %s", ErrNoStore, dir)
	case err != nil:
		return nil, false, fmt.Errorf("open custodian store: %w", err)
	}
	var sf storeFile
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&sf); err != nil {
		return nil, false, fmt.Errorf("custodian store %s: %w", path, err)
	}
	if sf.Version != StoreVersion || sf.Secret.IsZero() || CheckODSCode(sf.ODSCode) != nil {
		return nil, false, fmt.Errorf("custodian store %s: unknown version, bad ODS code or no secret", path)
	}
	if odsCode != "" && odsCode != sf.ODSCode {
		return nil, false, fmt.Errorf("custodian store %s is ODS code %s's, not %s", dir, sf.ODSCode, odsCode)
	}
	if err := os.MkdirAll(filepath.Join(dir, "records"), 0o700); err != nil {
		return nil, false, fmt.Errorf("custodian store: %w", err)
	}
	return &Store{dir: dir, ods: sf.ODSCode, secret: sf.Secret}, false, nil
}

// ODSCode is the custodian's ODS code.
func (s *Store) ODSCode() string { return s.ods }

// Dir is the store's directory.
func (s *Store) Dir() string { return s.dir }

func (s *Store) entryPath(r *Resource) string {
	name := commitment.Keyed(s.secret[:], []byte("bevan.storeEntry.v1"), []byte(s.ods+"/"+r.LocalKey()))
	return filepath.Join(s.dir, "records", name.Hex()[2:34]+".json")
}

// Lookup returns the store's entry for the resource's record, or nil when the record was never anchored here.
func (s *Store) Lookup(r *Resource) (*Entry, error) {
	return readEntry(s.entryPath(r))
}

func readEntry(path string) (*Entry, error) {
	raw, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("custodian store: %w", err)
	}
	var e Entry
	if err := json.Unmarshal(raw, &e); err != nil {
		return nil, fmt.Errorf("custodian store entry %s: %w", path, err)
	}
	if e.Version != StoreVersion || e.RecordKey.IsZero() || e.RecordID == (common.Hash{}) {
		return nil, fmt.Errorf("custodian store entry %s: unknown version or missing keys", path)
	}
	return &e, nil
}

// VersionOf returns the anchored version whose content is r's (same canonical content), or nil.
func (e *Entry) VersionOf(r *Resource) *EntryVersion {
	for i := range e.Versions {
		if r.ContentHash(e.Versions[i].Salt) == e.Versions[i].ContentHash {
			return &e.Versions[i]
		}
	}
	return nil
}

// LatestSingle is the content hash of the record's latest singly anchored version (what a new single anchor
// supersedes), zero when it has none.
func (e *Entry) LatestSingle() common.Hash {
	for i := len(e.Versions) - 1; i >= 0; i-- {
		if e.Versions[i].BatchRoot == (common.Hash{}) {
			return e.Versions[i].ContentHash
		}
	}
	return common.Hash{}
}

// Item returns the item that anchors a new version of resource r (read from path): the record's id from its entry
// (or a new record key for a record not seen before) and a fresh salt. Nothing is saved until Save.
func (s *Store) Item(path string, r *Resource) (Item, *Entry, error) {
	e, err := s.Lookup(r)
	if err != nil {
		return Item{}, nil, err
	}
	it := Item{Path: path, Resource: r}
	if e != nil {
		it.RecordKey, it.RecordID = e.RecordKey, e.RecordID
	} else {
		if it.RecordKey, err = commitment.NewSalt(); err != nil {
			return Item{}, nil, err
		}
		it.RecordID = RecordID(s.secret[:], it.RecordKey, s.ods, r.ResourceType, r.ID)
	}
	if it.Salt, err = commitment.NewSalt(); err != nil {
		return Item{}, nil, err
	}
	return it, e, nil
}

// Items reads the FHIR files at paths and returns their items (see Item); the same record twice is an error.
func (s *Store) Items(paths ...string) ([]Item, error) {
	items := make([]Item, 0, len(paths))
	seen := map[string]string{}
	for _, p := range paths {
		r, err := ReadFile(p)
		if err != nil {
			return nil, err
		}
		if q, dup := seen[r.LocalKey()]; dup {
			return nil, fmt.Errorf("%s and %s are the same record (%s)", q, p, r.LocalKey())
		}
		seen[r.LocalKey()] = p
		it, _, err := s.Item(p, r)
		if err != nil {
			return nil, err
		}
		items = append(items, it)
	}
	return items, nil
}

// Save records an anchored version: the item's record key and salt, and the proof (written to proofFile).
func (s *Store) Save(it Item, p *Proof, proofFile string) error {
	if it.Resource == nil || p.RecordID != it.RecordID || p.Salt != it.Salt {
		return errors.New("custodian store: the proof is not the item's")
	}
	path := s.entryPath(it.Resource)
	e, err := readEntry(path)
	if err != nil {
		return err
	}
	if e == nil {
		e = &Entry{Version: StoreVersion, RecordID: it.RecordID, ResourceType: it.Resource.ResourceType, ID: it.Resource.ID,
			RecordKey: it.RecordKey}
	}
	e.Patient = it.Resource.Patient
	if proofFile != "" {
		if abs, err := filepath.Abs(proofFile); err == nil {
			proofFile = abs
		}
	}
	e.Versions = append(e.Versions, EntryVersion{ContentHash: p.ContentHash, Salt: p.Salt, Supersedes: p.Supersedes,
		BatchRoot: p.BatchRoot, TxHash: p.TxHash, Block: p.Block, ProofFile: proofFile})
	raw, err := json.MarshalIndent(e, "", "  ")
	if err != nil {
		return err
	}
	return writeAtomic(path, append(raw, '\n'), 0o600)
}

// Entries lists every record in the store, ordered by record id.
func (s *Store) Entries() ([]*Entry, error) {
	paths, err := filepath.Glob(filepath.Join(s.dir, "records", "*.json"))
	if err != nil {
		return nil, err
	}
	var out []*Entry
	for _, p := range paths {
		e, err := readEntry(p)
		if err != nil {
			return nil, err
		}
		if e != nil {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i].RecordID[:], out[j].RecordID[:]) < 0 })
	return out, nil
}

// Find returns the entry of record id, or nil.
func (s *Store) Find(id common.Hash) (*Entry, error) {
	es, err := s.Entries()
	if err != nil {
		return nil, err
	}
	for _, e := range es {
		if e.RecordID == id {
			return e, nil
		}
	}
	return nil, nil
}

// OfPatient returns the entries of every record about patient (a FHIR reference, "Patient/<id>").
func (s *Store) OfPatient(patient string) ([]*Entry, error) {
	if patient == "" {
		return nil, errors.New("no patient reference")
	}
	es, err := s.Entries()
	if err != nil {
		return nil, err
	}
	var out []*Entry
	for _, e := range es {
		if e.Patient == patient {
			out = append(out, e)
		}
	}
	return out, nil
}

// Forgotten is what Forget deleted.
type Forgotten struct {
	RecordID common.Hash `json:"recordId"`
	Versions int         `json:"versions"`
	// Files are the deleted files: the record's proof files that still existed, then its store entry.
	Files []string `json:"files"`
}

// Forget crypto-shreds a record: it deletes the proof files of its versions and then its store entry (the record
// key and every salt). Afterwards no local file links the record to its on-chain record id and content hashes,
// which stay on chain as unlinkable noise. Proof files are deleted first, so a failure leaves the entry to retry.
func (s *Store) Forget(e *Entry) (*Forgotten, error) {
	out := &Forgotten{RecordID: e.RecordID, Versions: len(e.Versions)}
	for _, v := range e.Versions {
		if v.ProofFile == "" {
			continue
		}
		switch err := os.Remove(v.ProofFile); {
		case err == nil:
			out.Files = append(out.Files, v.ProofFile)
		case !errors.Is(err, fs.ErrNotExist):
			return out, fmt.Errorf("forget %s: %w", e.RecordID.Hex(), err)
		}
	}
	path := s.entryPath(&Resource{ResourceType: e.ResourceType, ID: e.ID})
	if err := os.Remove(path); err != nil {
		return out, fmt.Errorf("forget %s: %w", e.RecordID.Hex(), err)
	}
	out.Files = append(out.Files, path)
	return out, nil
}

// writeAtomic writes data to path through a temporary file in the same directory and a rename.
func writeAtomic(path string, data []byte, mode os.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // after a successful rename this fails harmlessly
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
