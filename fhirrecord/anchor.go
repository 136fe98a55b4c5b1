package fhirrecord

import (
	"errors"
	"fmt"
	"math"
	"net/url"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/commitment"
	"github.com/bevan-health/bevan/merkle"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// AnchorOptions say where and for whom records are anchored.
type AnchorOptions struct {
	// ChainID and RecordAnchor name the contract (from the deployment manifest).
	ChainID      uint64
	RecordAnchor common.Address
	// ODSCode is the custodian's ODS code (written into each proof file; the record ids come with the items).
	ODSCode string
	// Supersedes is the content hash of the version a single record replaces (zero for a first version). It is
	// only allowed with one record: batch leaves do not chain versions.
	Supersedes common.Hash
	// URI is anchorBatch's hint where the batch's leaves are kept; only used for a batch. It is public forever:
	// CheckBatchURI bounds it, and it must not name a patient.
	URI string
}

// MaxBatchURI is the longest batch uri PlanAnchor accepts, in bytes.
const MaxBatchURI = 256

// ErrBadURI is wrapped by CheckBatchURI's errors.
var ErrBadURI = errors.New("bad batch uri")

// CheckBatchURI accepts an empty uri or an absolute URI (scheme:...) of printable ASCII without spaces, user
// information or a fragment, at most MaxBatchURI bytes. The uri goes on chain in clear for anyone to read, so it
// must locate a batch, never describe its records (no patient names, NHS numbers or other free text).
func CheckBatchURI(uri string) error {
	if uri == "" {
		return nil
	}
	if len(uri) > MaxBatchURI {
		return fmt.Errorf("%w: %d bytes, the most is %d", ErrBadURI, len(uri), MaxBatchURI)
	}
	for i := 0; i < len(uri); i++ {
		if uri[i] <= ' ' || uri[i] >= 0x7f {
			return fmt.Errorf("%w: byte %d is not printable ASCII (spaces and other text do not belong in it)", ErrBadURI, i)
		}
	}
	u, err := url.Parse(uri)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrBadURI, err)
	}
	switch {
	case u.Scheme == "":
		return fmt.Errorf("%w: not an absolute URI (want scheme:..., e.g. https://records.example.nhs.uk/batches/42)", ErrBadURI)
	case u.User != nil:
		return fmt.Errorf("%w: user information (user:password@) would be public", ErrBadURI)
	case u.Fragment != "":
		return fmt.Errorf("%w: no fragment (#...)", ErrBadURI)
	}
	return nil
}

// Item is one record version to anchor: Store.Item makes them.
type Item struct {
	// Path is where the record was read from: named in errors, and where ProofPath puts its proof. May be empty.
	Path     string
	Resource *Resource
	// RecordID is the record's keyed id, RecordKey the per-record key it was derived with (see RecordID).
	RecordID  common.Hash
	RecordKey commitment.Salt
	// Salt is this version's fresh content salt: ContentHash = keccak256(Salt ‖ canonical content).
	Salt commitment.Salt
}

// PlannedRecord is a record of a plan and its proof, complete but for the transaction.
type PlannedRecord struct {
	Item
	Proof Proof
}

// Plan is the RecordAnchor call that anchors a set of records, and the proofs to write once it is mined.
type Plan struct {
	ChainID      uint64
	RecordAnchor common.Address
	// Method is "anchor" (one record) or "anchorBatch" (a Merkle batch of several).
	Method string
	// Data is the calldata for RecordAnchor: send it to RecordAnchor from a custodian's key, or wrap it in a
	// forwarder request signed by a custodian for the relayer.
	Data []byte
	// Root is the batch's Merkle root (zero for a single anchor).
	Root common.Hash
	// Records are in the order given to PlanAnchor.
	Records []PlannedRecord
}

// PlanAnchor builds the call that anchors items (each with its record id and a salt, see Store.Item):
// anchor(recordId, contentHash, supersedes) for one record,
// anchorBatch(root, n, uri) over the merkle package's tree for several, with each record's proof (its sibling path
// in the batch). Nothing is sent: pass Data to RecordAnchor, then Complete with the receipt.
func PlanAnchor(opts AnchorOptions, items []Item) (*Plan, error) {
	if opts.ChainID == 0 || opts.RecordAnchor == (common.Address{}) {
		return nil, errors.New("plan anchor: chain id and RecordAnchor address are required")
	}
	if err := CheckODSCode(opts.ODSCode); err != nil {
		return nil, fmt.Errorf("plan anchor: %w", err)
	}
	if len(items) == 0 {
		return nil, errors.New("plan anchor: no records")
	}
	if len(items) > math.MaxUint32 {
		return nil, fmt.Errorf("plan anchor: %d records exceed a batch's uint32 leaf count", len(items))
	}
	if len(items) > 1 && opts.Supersedes != (common.Hash{}) {
		return nil, errors.New("plan anchor: supersedes is for a single record; a batch does not chain versions")
	}
	if len(items) > 1 {
		if err := CheckBatchURI(opts.URI); err != nil {
			return nil, fmt.Errorf("plan anchor: %w", err)
		}
	}
	a, err := bindings.RecordAnchorMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("RecordAnchor ABI: %w", err)
	}
	plan := &Plan{ChainID: opts.ChainID, RecordAnchor: opts.RecordAnchor, Records: make([]PlannedRecord, len(items))}
	leaves := make([]common.Hash, len(items))
	byRecord := make(map[common.Hash]int, len(items))
	for i, it := range items {
		if it.Resource == nil {
			return nil, fmt.Errorf("plan anchor: record %d (%s) has no resource", i, it.Path)
		}
		if it.RecordID == (common.Hash{}) || it.Salt.IsZero() {
			return nil, fmt.Errorf("plan anchor: record %d (%s) has no record id or salt (make items with a Store)", i, it.Path)
		}
		content := it.Resource.ContentHash(it.Salt)
		if len(items) == 1 && opts.Supersedes == content {
			return nil, fmt.Errorf("plan anchor: %s: a version cannot supersede itself", it.Path)
		}
		if j, dup := byRecord[it.RecordID]; dup {
			return nil, fmt.Errorf("plan anchor: %s and %s are the same record", items[j].Path, it.Path)
		}
		byRecord[it.RecordID] = i
		leaves[i] = merkle.Leaf(it.RecordID, content)
		plan.Records[i] = PlannedRecord{Item: it, Proof: Proof{
			Version: ProofVersion, ChainID: opts.ChainID, RecordAnchor: opts.RecordAnchor, ODSCode: opts.ODSCode,
			RecordID: it.RecordID, ContentHash: content, Salt: it.Salt, Proof: []common.Hash{},
		}}
	}
	if len(items) == 1 {
		r := &plan.Records[0].Proof
		r.Supersedes = opts.Supersedes
		plan.Method = "anchor"
		if plan.Data, err = a.Pack("anchor", r.RecordID, r.ContentHash, opts.Supersedes); err != nil {
			return nil, fmt.Errorf("pack anchor: %w", err)
		}
		return plan, nil
	}
	tree, err := merkle.New(leaves)
	if err != nil {
		return nil, fmt.Errorf("plan anchor: %w", err)
	}
	plan.Method, plan.Root = "anchorBatch", tree.Root()
	for i := range plan.Records {
		proof, err := tree.Proof(leaves[i])
		if err != nil {
			return nil, fmt.Errorf("plan anchor: %w", err)
		}
		plan.Records[i].Proof.BatchRoot, plan.Records[i].Proof.Proof = tree.Root(), proof
	}
	if plan.Data, err = a.Pack("anchorBatch", tree.Root(), uint32(len(items)), opts.URI); err != nil {
		return nil, fmt.Errorf("pack anchorBatch: %w", err)
	}
	return plan, nil
}

// Complete checks that receipt is of a successful transaction in which RecordAnchor emitted this plan's
// RecordAnchored or BatchAnchored event (sent directly or through the forwarder), and returns the records' proofs
// with its transaction hash and block, and the custodian the event names (the call's sender, whose records they
// are), in plan order.
func (p *Plan) Complete(receipt *types.Receipt) ([]*Proof, error) {
	if receipt == nil {
		return nil, errors.New("complete anchor: no receipt")
	}
	if receipt.BlockNumber == nil {
		return nil, fmt.Errorf("complete anchor: receipt of %s has no block number", receipt.TxHash.Hex())
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("anchoring transaction %s reverted", receipt.TxHash.Hex())
	}
	a, err := bindings.RecordAnchorMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("RecordAnchor ABI: %w", err)
	}
	var want []common.Hash // the event's topics
	if p.Root == (common.Hash{}) {
		want = []common.Hash{a.Events["RecordAnchored"].ID, p.Records[0].Proof.RecordID, p.Records[0].Proof.ContentHash}
	} else {
		want = []common.Hash{a.Events["BatchAnchored"].ID, p.Root}
	}
	var custodian common.Address // both events' data start with the custodian's word
	for _, l := range receipt.Logs {
		if l.Address != p.RecordAnchor || len(l.Topics) < len(want) || len(l.Data) < 32 {
			continue
		}
		match := true
		for i, t := range want {
			match = match && l.Topics[i] == t
		}
		if match {
			custodian = common.BytesToAddress(l.Data[12:32])
			break
		}
	}
	if custodian == (common.Address{}) {
		return nil, fmt.Errorf("transaction %s did not anchor this plan at %s (no %s event)", receipt.TxHash.Hex(),
			p.RecordAnchor, p.Method)
	}
	out := make([]*Proof, len(p.Records))
	for i, r := range p.Records {
		proof := r.Proof
		proof.Proof = append([]common.Hash{}, r.Proof.Proof...)
		proof.TxHash, proof.Block, proof.Custodian = receipt.TxHash, receipt.BlockNumber.Uint64(), custodian
		out[i] = &proof
	}
	return out, nil
}
