package telemetry

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/commitment"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
)

// Proof is what proves one reading against its anchored batch: the reading, its salt, its sibling path, and where
// the batch root is (JSON, as the gateway's proof endpoint and `bevan telemetry verify` exchange it). The salt links
// the reading to the chain: keep a proof as private as the reading.
type Proof struct {
	Device   common.Address  `json:"device"`
	Sequence uint64          `json:"sequence"`
	Index    uint32          `json:"index"`
	Reading  Reading         `json:"reading"`
	Salt     commitment.Salt `json:"salt"` // the reading's (ReadingSalt of its batch's)
	Anchoring
}

// RecordID is the reading's record id as RecordAnchor.verifyRecord takes it.
func (p *Proof) RecordID() common.Hash { return ReadingID(p.Device, p.Sequence, p.Index) }

// ContentHash is the reading's salted content hash as RecordAnchor.verifyRecord takes it.
func (p *Proof) ContentHash() common.Hash { return p.Reading.ContentHash(p.Salt) }

// ErrNotProven: the chain does not confirm the reading (another chain or contract, an unknown root, or a proof that
// does not lead from the reading to the root).
var ErrNotProven = errors.New("reading not proven")

// ProofChain is what VerifyProof reads (an *ethclient.Client).
type ProofChain interface {
	bind.ContractCaller
	ChainID(ctx context.Context) (*big.Int, error)
}

// VerifyProof asks RecordAnchor whether the proof's custodian anchored the batch root and the reading (its id and
// salted content recomputed here) is in it; it returns when the batch was anchored.
func VerifyProof(ctx context.Context, chain ProofChain, p *Proof) (time.Time, error) {
	if p.Salt.IsZero() {
		return time.Time{}, fmt.Errorf("%w: the proof has no salt", ErrNotProven)
	}
	what := fmt.Sprintf("reading %d of device %s sequence %d", p.Index, p.Device, p.Sequence)
	return verifyLeaf(ctx, chain, &p.Anchoring, p.RecordID(), p.ContentHash(), what)
}

// Anchoring is where a leaf's batch is: the chain, its RecordAnchor, the custodian (the gateway) that anchored it,
// the batch root, the leaf's sibling path, and the anchoring transaction.
type Anchoring struct {
	ChainID      uint64         `json:"chainId"`
	RecordAnchor common.Address `json:"recordAnchor"`
	// Custodian is the gateway's account that anchored the batch.
	Custodian common.Address `json:"custodian"`
	BatchRoot common.Hash    `json:"batchRoot"`
	Proof     []common.Hash  `json:"proof"`
	TxHash    common.Hash    `json:"txHash"`
	Block     uint64         `json:"block"`
}

// RecordProof proves a derived record (an excursion, an alert) against its anchored batch, as a Proof proves a
// reading: the record (kind, device, key, canonical content, salt) and where its batch is. The salt links the
// record to the chain: keep a proof as private as the record.
type RecordProof struct {
	Record Record `json:"record"`
	Anchoring
}

// VerifyRecordProof checks the record (its id recomputed from kind, device and key; its content canonical) and asks
// RecordAnchor whether the custodian anchored the batch root with the record's leaf in it; it returns when the batch
// was anchored.
func VerifyRecordProof(ctx context.Context, chain ProofChain, p *RecordProof) (time.Time, error) {
	if err := p.Record.Check(); err != nil {
		return time.Time{}, fmt.Errorf("%w: %w", ErrNotProven, err)
	}
	what := fmt.Sprintf("%s record %s of device %s", p.Record.Kind, p.Record.ID.Hex(), p.Record.Device)
	return verifyLeaf(ctx, chain, &p.Anchoring, p.Record.ID, p.Record.ContentHash(), what)
}

func verifyLeaf(ctx context.Context, chain ProofChain, p *Anchoring, recordID, contentHash common.Hash, what string) (time.Time, error) {
	if p.BatchRoot == (common.Hash{}) || p.Custodian == (common.Address{}) {
		return time.Time{}, fmt.Errorf("%w: the proof has no batch root or custodian", ErrNotProven)
	}
	id, err := chain.ChainID(ctx)
	if err != nil {
		return time.Time{}, fmt.Errorf("read chain id: %w", err)
	}
	if !id.IsUint64() || id.Uint64() != p.ChainID {
		return time.Time{}, fmt.Errorf("%w: the proof is for chain %d, the RPC serves %s", ErrNotProven, p.ChainID, id)
	}
	ra, err := bindings.NewRecordAnchorCaller(p.RecordAnchor, chain)
	if err != nil {
		return time.Time{}, fmt.Errorf("bind RecordAnchor: %w", err)
	}
	opts := &bind.CallOpts{Context: ctx}
	path := make([][32]byte, len(p.Proof))
	for i, h := range p.Proof {
		path[i] = h
	}
	ok, err := ra.VerifyRecord(opts, p.Custodian, recordID, contentHash, p.BatchRoot, path)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: verifyRecord at %s: %w", ErrNotProven, p.RecordAnchor, err)
	}
	if !ok {
		return time.Time{}, fmt.Errorf("%w: RecordAnchor %s does not confirm %s in batch %s of %s",
			ErrNotProven, p.RecordAnchor, what, p.BatchRoot.Hex(), p.Custodian)
	}
	b, err := ra.Batch(opts, p.Custodian, p.BatchRoot)
	if err != nil {
		return time.Time{}, fmt.Errorf("batch: %w", err)
	}
	return time.Unix(b.AnchoredAt.Int64(), 0).UTC(), nil
}
