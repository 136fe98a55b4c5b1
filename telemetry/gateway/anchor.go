package gateway

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/internal/serve"
	"github.com/bevan-health/bevan/merkle"
	"github.com/bevan-health/bevan/relayer/api"
	relayerclient "github.com/bevan-health/bevan/relayer/client"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/readings"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
)

// anchorer sends the store's anchors as RecordAnchor.anchorBatch through the relayer, signed by the gateway's
// custodian key, the way `bevan record anchor` does.
type anchorer struct {
	store     readings.Store
	relayer   *relayerclient.Client
	domain    relayerclient.Domain
	key       *ecdsa.PrivateKey
	custodian common.Address
	anchors   common.Address // RecordAnchor
	chainID   uint64
	eth       *ethclient.Client
	ra        *bindings.RecordAnchor
	abi       *abi.ABI
	max       int
	lease     time.Duration
	// derive derives the records (excursions, alerts) anchored with each new anchor's readings (nil: none).
	derive readings.Derive
	log    *slog.Logger
}

// anchorAll anchors every reading waiting (and any anchor a stopped gateway left unsent), one batch of up to max
// readings at a time; it returns how many readings it anchored.
func (a *anchorer) anchorAll(ctx context.Context) (int, error) {
	total := 0
	for {
		an, err := a.store.NextAnchor(ctx, a.max, time.Now(), a.lease, a.derive)
		if err != nil || an == nil {
			return total, err
		}
		if err := a.anchor(ctx, an); err != nil {
			return total, fmt.Errorf("anchor %d: %w", an.ID, err)
		}
		total += an.LeafCount
	}
}

func (a *anchorer) anchor(ctx context.Context, an *readings.Anchor) error {
	t, ks, rs, err := readings.LeavesOf(ctx, a.store, an.ID)
	if err != nil {
		return err
	}
	root := t.Root()
	// A gateway killed after sending but before recording finds its batch on chain: record it, send nothing.
	b, err := a.ra.Batch(&bind.CallOpts{Context: ctx}, a.custodian, root)
	if err != nil {
		return fmt.Errorf("read batch %s: %w", root.Hex(), err)
	}
	if b.AnchoredAt.Sign() != 0 {
		tx, block, err := a.findAnchoring(ctx, root)
		if err != nil {
			return err
		}
		a.log.Info("anchor found on chain", "anchor", an.ID, "root", root, "readings", len(ks), "records", len(rs))
		return a.store.Anchored(ctx, an.ID, root, tx, block, time.Unix(b.AnchoredAt.Int64(), 0))
	}
	data, err := a.abi.Pack("anchorBatch", root, uint32(t.Len()), "")
	if err != nil {
		return fmt.Errorf("pack anchorBatch: %w", err)
	}
	st, err := a.send(ctx, a.anchors, data)
	if err != nil {
		return fmt.Errorf("send anchorBatch: %w", err)
	}
	if st.TxHash == nil {
		return errors.New("relayer reported no transaction for the anchor")
	}
	a.log.Info("anchored", "anchor", an.ID, "root", root, "readings", len(ks), "records", len(rs), "tx", *st.TxHash, "gas", st.GasUsed)
	return a.store.Anchored(ctx, an.ID, root, *st.TxHash, st.Block, time.Now())
}

// send submits a call from the gateway's key (an anchor, an excursion) and waits for it. Replicas sharing the
// gateway's key race for its forwarder nonce: a request refused for a nonce another holds is signed again with the
// next.
func (a *anchorer) send(ctx context.Context, to common.Address, data []byte) (*api.Status, error) {
	for attempt := 1; ; attempt++ {
		st, err := a.relayer.Send(ctx, a.key, a.domain, relayerclient.Call{To: to, Data: data},
			relayerclient.EstimateGas(a.eth, 0), relayerclient.ChainDeadline(a.eth))
		switch api.CodeOf(err) {
		case api.CodeNoncePending, api.CodeNonceReplayed:
			if attempt < 50 && serve.Sleep(ctx, time.Duration(attempt)*50*time.Millisecond) {
				continue
			}
		}
		return st, err
	}
}

// findAnchoring returns the transaction that anchored root (from the custodian).
func (a *anchorer) findAnchoring(ctx context.Context, root common.Hash) (common.Hash, uint64, error) {
	it, err := a.ra.FilterBatchAnchored(&bind.FilterOpts{Context: ctx}, [][32]byte{root})
	if err != nil {
		return common.Hash{}, 0, fmt.Errorf("find BatchAnchored %s: %w", root.Hex(), err)
	}
	defer it.Close()
	for it.Next() {
		if it.Event.Custodian == a.custodian {
			return it.Event.Raw.TxHash, it.Event.Raw.BlockNumber, nil
		}
	}
	return common.Hash{}, 0, fmt.Errorf("batch %s is anchored but its BatchAnchored event was not found: %v", root.Hex(), it.Error())
}

// doneTree returns the Merkle tree of an anchor on chain, checked against the anchored root (errNotAnchored while it
// is not on chain).
func (a *anchorer) doneTree(ctx context.Context, anchorID int64) (*readings.Anchor, *merkle.Tree, error) {
	if anchorID == 0 {
		return nil, nil, errNotAnchored
	}
	an, err := a.store.Anchor(ctx, anchorID)
	if err != nil {
		return nil, nil, err
	}
	if !an.Done() {
		return nil, nil, errNotAnchored
	}
	t, _, _, err := readings.LeavesOf(ctx, a.store, an.ID)
	if err != nil {
		return nil, nil, err
	}
	if t.Root() != an.Root {
		return nil, nil, fmt.Errorf("anchor %d: the leaves' root %s is not the anchored %s", an.ID, t.Root().Hex(), an.Root.Hex())
	}
	return an, t, nil
}

// anchoring is where an anchor on chain is, with a leaf's path.
func (a *anchorer) anchoring(an *readings.Anchor, path []common.Hash) telemetry.Anchoring {
	return telemetry.Anchoring{ChainID: a.chainID, RecordAnchor: a.anchors, Custodian: a.custodian, BatchRoot: an.Root,
		Proof: path, TxHash: an.TxHash, Block: an.Block}
}

// prove builds the proof of one reading of an anchored batch.
func (a *anchorer) prove(ctx context.Context, k *readings.Kept) (*telemetry.Proof, error) {
	an, t, err := a.doneTree(ctx, k.AnchorID)
	if err != nil {
		return nil, err
	}
	path, err := t.Proof(k.Leaf())
	if err != nil {
		return nil, err
	}
	return &telemetry.Proof{Device: k.Device, Sequence: k.Sequence, Index: k.Index, Reading: k.Reading,
		Salt: telemetry.ReadingSalt(k.BatchSalt, k.Index), Anchoring: a.anchoring(an, path)}, nil
}

// proveRecord builds the proof of a derived record of an anchored batch.
func (a *anchorer) proveRecord(ctx context.Context, r *readings.StoredRecord) (*telemetry.RecordProof, error) {
	an, t, err := a.doneTree(ctx, r.AnchorID)
	if err != nil {
		return nil, err
	}
	path, err := t.Proof(r.Leaf())
	if err != nil {
		return nil, err
	}
	return &telemetry.RecordProof{Record: r.Record, Anchoring: a.anchoring(an, path)}, nil
}

// errNotAnchored: the reading's or record's batch is not on chain yet.
var errNotAnchored = errors.New("not anchored yet")
