package telemetry

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"

	"github.com/bevan-health/bevan/commitment"
	"github.com/bevan-health/bevan/jcs"
	"github.com/bevan-health/bevan/merkle"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// RecordKind names a kind of record a gateway derives from readings (an excursion of a cold store, an alert of a
// virtual ward) and anchors as a leaf of the same Merkle batches as the readings: lower-case letters, digits and
// hyphens, 1 to 32 of them.
type RecordKind string

// The record kinds this package knows; other packages may add theirs (ward's alerts).
const (
	// RecordExcursion is a cold store's temperature excursion (package telemetry/excursion).
	RecordExcursion RecordKind = "excursion"
)

var recordKindRe = regexp.MustCompile(`^[a-z][a-z0-9-]{0,31}$`)

// Check refuses a kind that is not lower-case letters, digits and hyphens (1 to 32).
func (k RecordKind) Check() error {
	if !recordKindRe.MatchString(string(k)) {
		return fmt.Errorf("record kind %q: want 1-32 lower-case letters, digits or hyphens, starting with a letter", k)
	}
	return nil
}

// MaxRecordContent is the most bytes of a record's canonical content.
const MaxRecordContent = 16 << 10

// MaxRecordKey is the most bytes of a record's key.
const MaxRecordKey = 64

var recordIDTag = []byte("bevan.telemetry.record")

// RecordID is the id of the record of a kind, a device and a key (what makes it one: an excursion's start time):
// keccak256("bevan.telemetry.record" ‖ len(kind) ‖ kind ‖ device ‖ key). Deriving the same record twice (after a
// restart, on another replica) gives the same id, which the store keeps once.
func RecordID(kind RecordKind, device common.Address, key []byte) common.Hash {
	return crypto.Keccak256Hash(recordIDTag, []byte{byte(len(kind))}, []byte(kind), device[:], key)
}

// Record is a record derived from readings, anchored as merkle.Leaf(ID, ContentHash) in a reading batch: Content is
// RFC 8785 canonical JSON, committed with a random Salt so that nothing of it can be guessed from the chain. The salt
// links the record to the chain: keep it as private as the content.
type Record struct {
	ID      common.Hash     `json:"id"`
	Kind    RecordKind      `json:"kind"`
	Device  common.Address  `json:"device"`
	Key     hexutil.Bytes   `json:"key"`
	Content json.RawMessage `json:"content"`
	Salt    commitment.Salt `json:"salt"`
}

// NewRecord builds a record of kind for device and key with v's JSON (canonicalised) as its content and a fresh
// random salt.
func NewRecord(kind RecordKind, device common.Address, key []byte, v any) (*Record, error) {
	content, err := jcs.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("record content: %w", err)
	}
	salt, err := commitment.NewSalt()
	if err != nil {
		return nil, err
	}
	r := &Record{ID: RecordID(kind, device, key), Kind: kind, Device: device, Key: key, Content: content, Salt: salt}
	if err := r.Check(); err != nil {
		return nil, err
	}
	return r, nil
}

// ErrBadRecord is wrapped by every complaint of Record.Check.
var ErrBadRecord = errors.New("bad record")

// Check refuses a record whose kind, key, salt or content is malformed, whose content is not canonical JSON, or
// whose id is not RecordID of its kind, device and key.
func (r *Record) Check() error {
	if err := r.Kind.Check(); err != nil {
		return fmt.Errorf("%w: %w", ErrBadRecord, err)
	}
	switch {
	case len(r.Key) == 0 || len(r.Key) > MaxRecordKey:
		return fmt.Errorf("%w: key of %d bytes, want 1..%d", ErrBadRecord, len(r.Key), MaxRecordKey)
	case r.Salt.IsZero():
		return fmt.Errorf("%w: no salt", ErrBadRecord)
	case len(r.Content) == 0 || len(r.Content) > MaxRecordContent:
		return fmt.Errorf("%w: content of %d bytes, want 1..%d", ErrBadRecord, len(r.Content), MaxRecordContent)
	case r.ID != RecordID(r.Kind, r.Device, r.Key):
		return fmt.Errorf("%w: id %s is not the id of its kind, device and key", ErrBadRecord, r.ID.Hex())
	}
	c, err := jcs.Canonicalize(r.Content)
	if err != nil {
		return fmt.Errorf("%w: content: %w", ErrBadRecord, err)
	}
	if string(c) != string(r.Content) {
		return fmt.Errorf("%w: content is not canonical JSON (RFC 8785)", ErrBadRecord)
	}
	return nil
}

// ContentHash is the salted commitment to the content: keccak256(salt ‖ keccak256(content)).
func (r *Record) ContentHash() common.Hash {
	return commitment.Of(r.Salt, crypto.Keccak256(r.Content))
}

// Leaf is the record's leaf in an anchored batch, as RecordAnchor.verifyRecord derives it:
// merkle.Leaf(ID, ContentHash).
func (r *Record) Leaf() common.Hash { return merkle.Leaf(r.ID, r.ContentHash()) }

// Decode unmarshals the content into v.
func (r *Record) Decode(v any) error {
	if err := json.Unmarshal(r.Content, v); err != nil {
		return fmt.Errorf("record %s content: %w", r.ID.Hex(), err)
	}
	return nil
}

// TimeKey is a record key of a unix time (8 bytes, big-endian): an excursion's start, an alert's reading time.
func TimeKey(unix uint64) []byte { return binary.BigEndian.AppendUint64(nil, unix) }

// UnmarshalJSON decodes a record and puts its content back in canonical form, so that a proof file pretty-printed
// (by `bevan telemetry verify --save`, or by hand) still verifies: the commitment is to the canonical bytes. Content
// that is not JSON is kept as it came, for Check to refuse.
func (r *Record) UnmarshalJSON(b []byte) error {
	type plain Record
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	if len(p.Content) > 0 {
		if c, err := jcs.Canonicalize(p.Content); err == nil {
			p.Content = c
		}
	}
	*r = Record(p)
	return nil
}
