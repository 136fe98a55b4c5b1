package fhirrecord

import (
	"errors"
	"fmt"
	"math"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/merkle"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// AnchorOptions say where and for whom records are anchored.
type AnchorOptions struct {
	// ChainID and RecordAnchor name the contract (from the deployment manifest).
	ChainID      uint64
	RecordAnchor common.Address
	// ODSCode is the custodian's ODS code (the first part of every recordId).
	ODSCode string
	// Supersedes is the content hash of the version a single record replaces (zero for a first version). It is
	// only allowed with one record: batch leaves do not chain versions.
	Supersedes common.Hash
	// URI is anchorBatch's hint where the batch's leaves are kept (no personal data); only used for a batch.
	URI string
}

// Item is one record to anchor.
type Item struct {
	// Path is where the record was read from: named in errors, and where ProofPath puts its proof. May be empty.
	Path     string
	Resource *Resource
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

// PlanAnchor builds the call that anchors items: anchor(recordId, contentHash, supersedes) for one record,
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
	a, err := bindings.RecordAnchorMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("RecordAnchor ABI: %w", err)
	}
	plan := &Plan{ChainID: opts.ChainID, RecordAnchor: opts.RecordAnchor, Records: make([]PlannedRecord, len(items))}
	leaves := make([]common.Hash, len(items))
	byLeaf := make(map[common.Hash]int, len(items))
	for i, it := range items {
		if it.Resource == nil {
			return nil, fmt.Errorf("plan anchor: record %d (%s) has no resource", i, it.Path)
		}
		id, err := it.Resource.RecordID(opts.ODSCode)
		if err != nil {
			return nil, fmt.Errorf("plan anchor: %w", err)
		}
		if len(items) == 1 && opts.Supersedes == it.Resource.ContentHash {
			return nil, fmt.Errorf("plan anchor: %s: a version cannot supersede itself", it.Path)
		}
		leaves[i] = merkle.Leaf(id, it.Resource.ContentHash)
		if j, dup := byLeaf[leaves[i]]; dup {
			return nil, fmt.Errorf("plan anchor: %s and %s are the same record version (%s/%s/%s, same content)",
				items[j].Path, it.Path, opts.ODSCode, it.Resource.ResourceType, it.Resource.ID)
		}
		byLeaf[leaves[i]] = i
		plan.Records[i] = PlannedRecord{Item: it, Proof: Proof{
			Version: ProofVersion, ChainID: opts.ChainID, RecordAnchor: opts.RecordAnchor, ODSCode: opts.ODSCode,
			RecordID: id, ContentHash: it.Resource.ContentHash, Proof: []common.Hash{},
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

// PlanFiles reads the FHIR resource files at paths and plans their anchor (see PlanAnchor).
func PlanFiles(opts AnchorOptions, paths ...string) (*Plan, error) {
	items := make([]Item, len(paths))
	for i, p := range paths {
		r, err := ReadFile(p)
		if err != nil {
			return nil, err
		}
		items[i] = Item{Path: p, Resource: r}
	}
	return PlanAnchor(opts, items)
}

// Complete checks that receipt is of a successful transaction in which RecordAnchor emitted this plan's
// RecordAnchored or BatchAnchored event (sent directly or through the forwarder), and returns the records' proofs
// with its transaction hash and block, in plan order.
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
	found := false
	for _, l := range receipt.Logs {
		if l.Address != p.RecordAnchor || len(l.Topics) < len(want) {
			continue
		}
		match := true
		for i, t := range want {
			match = match && l.Topics[i] == t
		}
		if match {
			found = true
			break
		}
	}
	if !found {
		return nil, fmt.Errorf("transaction %s did not anchor this plan at %s (no %s event)", receipt.TxHash.Hex(),
			p.RecordAnchor, p.Method)
	}
	out := make([]*Proof, len(p.Records))
	for i, r := range p.Records {
		proof := r.Proof
		proof.Proof = append([]common.Hash{}, r.Proof.Proof...)
		proof.TxHash, proof.Block = receipt.TxHash, receipt.BlockNumber.Uint64()
		out[i] = &proof
	}
	return out, nil
}
