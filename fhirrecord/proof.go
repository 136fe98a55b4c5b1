package fhirrecord

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/commitment"
	"github.com/bevan-health/bevan/merkle"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
)

// ProofVersion is the version of the proof-file format this package writes and reads. Version 1 files (unsalted
// hashes, before salted commitments) and version 2 files (no custodian, before RecordAnchor keyed records by their
// custodian) are refused: re-anchor such records.
const ProofVersion = 3

// ProofSuffix is appended to a record file's path to name its proof file (see ProofPath).
const ProofSuffix = ".proof.json"

// Sentinel errors of Verify and ReadProof; test with errors.Is.
var (
	// ErrBadProofFile: the proof file is malformed or of an unknown version.
	ErrBadProofFile = errors.New("bad proof file")
	// ErrContentMismatch: the record file is not the content the proof is for (its contentHash or recordId differs).
	ErrContentMismatch = errors.New("record file does not match the proof")
	// ErrWrongChain: the proof is for another chain or RecordAnchor contract than the one asked.
	ErrWrongChain = errors.New("proof is for another chain or contract")
	// ErrNotVerified: the chain does not confirm the anchor (not anchored by the proof's custodian, unknown batch
	// root, or a bad Merkle proof).
	ErrNotVerified = errors.New("record is not anchored as the proof claims")
)

// Proof is the proof file kept next to an anchored record (JSON; see the field tags for the format).
type Proof struct {
	Version      int            `json:"version"`
	ChainID      uint64         `json:"chainId"`
	RecordAnchor common.Address `json:"recordAnchor"`
	// ODSCode is the custodian's ODS code (informative: recordId is keyed with the custodian's secret, so only
	// the custodian can recompute it).
	ODSCode string `json:"odsCode"`
	// Custodian is the account that anchored the record (the anchoring call's sender, from its event). RecordAnchor
	// keys every anchor and batch by its custodian, so the record is (custodian, recordId): Verify asks the chain
	// whether this custodian anchored it.
	Custodian   common.Address `json:"custodian"`
	RecordID    common.Hash    `json:"recordId"`
	ContentHash common.Hash    `json:"contentHash"`
	// Salt is the version's content salt: contentHash = keccak256(salt ‖ JCS(record)). Without it the record
	// cannot be connected to the chain; keep the proof file as private as the record itself.
	Salt commitment.Salt `json:"salt"`
	// Supersedes is the content hash of the version this one replaces (zero for a first version or a batch).
	Supersedes common.Hash `json:"supersedes"`
	// BatchRoot is the Merkle root of the batch, zero for a single anchor; Proof is the leaf's sibling path in the
	// batch (empty for a single anchor).
	BatchRoot common.Hash   `json:"batchRoot"`
	Proof     []common.Hash `json:"proof"`
	// TxHash and Block are the anchoring transaction's.
	TxHash common.Hash `json:"txHash"`
	Block  uint64      `json:"block"`
}

// ProofPath is the conventional proof-file path of a record file: the record's path plus ".proof.json".
func ProofPath(recordPath string) string { return recordPath + ProofSuffix }

// Check validates the proof file's fields (not the chain).
func (p *Proof) Check() error {
	var errs []error
	switch p.Version {
	case ProofVersion:
	case 1:
		errs = append(errs, errors.New("version 1 (unsalted hashes) is no longer supported: anchor the record again"))
	case 2:
		errs = append(errs, errors.New("version 2 (no custodian; RecordAnchor now keys each record by the custodian that "+
			"anchored it) is no longer supported: anchor the record again"))
	default:
		errs = append(errs, fmt.Errorf("version %d is not supported (want %d)", p.Version, ProofVersion))
	}
	if p.Salt.IsZero() {
		errs = append(errs, errors.New("salt is missing"))
	}
	if p.ChainID == 0 {
		errs = append(errs, errors.New("chainId is missing"))
	}
	if p.RecordAnchor == (common.Address{}) {
		errs = append(errs, errors.New("recordAnchor is missing"))
	}
	if err := CheckODSCode(p.ODSCode); err != nil {
		errs = append(errs, err)
	}
	if p.Custodian == (common.Address{}) {
		errs = append(errs, errors.New("custodian is missing"))
	}
	if p.RecordID == (common.Hash{}) || p.ContentHash == (common.Hash{}) {
		errs = append(errs, errors.New("recordId and contentHash must be set"))
	}
	if p.BatchRoot == (common.Hash{}) && len(p.Proof) > 0 {
		errs = append(errs, errors.New("a single anchor (zero batchRoot) has no Merkle proof"))
	}
	if p.BatchRoot != (common.Hash{}) && p.Supersedes != (common.Hash{}) {
		errs = append(errs, errors.New("a batch anchor supersedes nothing"))
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w: %w", ErrBadProofFile, errors.Join(errs...))
	}
	return nil
}

// WriteProof writes p to path atomically (temp file and rename), indented, mode 0600: the salt in it links the
// record to the chain.
func WriteProof(path string, p *Proof) error {
	if err := p.Check(); err != nil {
		return err
	}
	cp := *p
	if cp.Proof == nil {
		cp.Proof = []common.Hash{} // "proof": [] rather than null
	}
	raw, err := json.MarshalIndent(&cp, "", "  ")
	if err != nil {
		return fmt.Errorf("encode proof: %w", err)
	}
	return writeAtomic(path, append(raw, '\n'), 0o600)
}

// ReadProof reads and checks a proof file. Unknown fields are an error, so a misspelt field is not silently zero.
func ReadProof(path string) (*Proof, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read proof: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var p Proof
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("%s: %w: %w", path, ErrBadProofFile, err)
	}
	if err := p.Check(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &p, nil
}

// Chain is what Verify reads: contract calls and the chain id (an *ethclient.Client is one).
type Chain interface {
	bind.ContractCaller
	ChainID(ctx context.Context) (*big.Int, error)
}

// Verified is what the chain confirmed.
type Verified struct {
	RecordID    common.Hash
	ContentHash common.Hash
	// BatchRoot is zero for a single anchor.
	BatchRoot  common.Hash
	Custodian  common.Address
	AnchoredAt time.Time
}

// Verify checks the record file content resource against proof p and the chain: keccak256(p.Salt ‖ JCS(content))
// must be p's contentHash (ErrContentMismatch), the chain must be p's chain with a contract at p's RecordAnchor
// (ErrWrongChain), and RecordAnchor.verifyRecord(p.Custodian, p.RecordID, contentHash, ...) must return true
// (ErrNotVerified): the chain confirms that the proof's custodian anchored the version, singly or in its own batch,
// so no other custodian's anchor of the same ids verifies. The record id is keyed with the custodian's secret: Verify
// takes it from the proof. A caller that expects a particular custodian compares Verified.Custodian.
func Verify(ctx context.Context, chain Chain, p *Proof, resource []byte) (*Verified, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	r, err := Parse(resource)
	if err != nil {
		return nil, err
	}
	if got := r.ContentHash(p.Salt); got != p.ContentHash {
		return nil, fmt.Errorf("%w: with the proof's salt the file's contentHash is %s, the proof's %s (the content "+
			"has changed, or the proof is another record's)", ErrContentMismatch, got.Hex(), p.ContentHash.Hex())
	}
	id, err := chain.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read chain id: %w", err)
	}
	if !id.IsUint64() || id.Uint64() != p.ChainID {
		return nil, fmt.Errorf("%w: the proof is for chain %d, the RPC serves chain %s", ErrWrongChain, p.ChainID, id)
	}
	code, err := chain.CodeAt(ctx, p.RecordAnchor, nil)
	if err != nil {
		return nil, fmt.Errorf("read code at %s: %w", p.RecordAnchor, err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("%w: no contract at recordAnchor %s on chain %d", ErrWrongChain, p.RecordAnchor, p.ChainID)
	}
	ra, err := bindings.NewRecordAnchorCaller(p.RecordAnchor, chain)
	if err != nil {
		return nil, fmt.Errorf("bind RecordAnchor: %w", err)
	}
	opts := &bind.CallOpts{Context: ctx}
	proof := make([][32]byte, len(p.Proof))
	for i, h := range p.Proof {
		proof[i] = h
	}
	ok, err := ra.VerifyRecord(opts, p.Custodian, p.RecordID, p.ContentHash, p.BatchRoot, proof)
	if err != nil {
		return nil, fmt.Errorf("%w: verifyRecord at %s failed (is it a RecordAnchor?): %w", ErrWrongChain, p.RecordAnchor, err)
	}
	v := &Verified{RecordID: p.RecordID, ContentHash: p.ContentHash, BatchRoot: p.BatchRoot, Custodian: p.Custodian}
	if p.BatchRoot == (common.Hash{}) {
		if !ok {
			return nil, fmt.Errorf("%w: record version %s is not anchored singly by custodian %s at %s on chain %d",
				ErrNotVerified, merkle.VersionID(p.RecordID, p.ContentHash).Hex(), p.Custodian, p.RecordAnchor, p.ChainID)
		}
		at, err := ra.AnchorOf(opts, p.Custodian, p.RecordID, p.ContentHash)
		if err != nil {
			return nil, fmt.Errorf("anchorOf: %w", err)
		}
		v.AnchoredAt = time.Unix(at.Int64(), 0).UTC()
		return v, nil
	}
	b, err := ra.Batch(opts, p.Custodian, p.BatchRoot)
	if err != nil {
		return nil, fmt.Errorf("batch: %w", err)
	}
	if !ok {
		if b.AnchoredAt.Sign() == 0 {
			return nil, fmt.Errorf("%w: batch root %s is not anchored by custodian %s at %s on chain %d", ErrNotVerified,
				p.BatchRoot.Hex(), p.Custodian, p.RecordAnchor, p.ChainID)
		}
		return nil, fmt.Errorf("%w: the Merkle proof does not lead from the record's leaf to batch root %s",
			ErrNotVerified, p.BatchRoot.Hex())
	}
	v.AnchoredAt = time.Unix(b.AnchoredAt.Int64(), 0).UTC()
	return v, nil
}
