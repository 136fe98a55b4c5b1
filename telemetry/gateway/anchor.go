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
	log       *slog.Logger
}

// anchorAll anchors every reading waiting (and any anchor a stopped gateway left unsent), one batch of up to max
// readings at a time; it returns how many readings it anchored.
func (a *anchorer) anchorAll(ctx context.Context) (int, error) {
	total := 0
	for {
		an, err := a.store.NextAnchor(ctx, a.max, time.Now(), a.lease)
		if err != nil || an == nil {
			return total, err
		}
		if err := a.anchor(ctx, an); err != nil {
			return total, fmt.Errorf("anchor %d: %w", an.ID, err)
		}
		total += an.LeafCount
	}
}

// tree is the Merkle tree of an anchor's readings.
func tree(ks []readings.Kept) (*merkle.Tree, []common.Hash, error) {
	leaves := make([]common.Hash, len(ks))
	for i := range ks {
		leaves[i] = ks[i].Leaf()
	}
	t, err := merkle.New(leaves)
	return t, leaves, err
}

func (a *anchorer) anchor(ctx context.Context, an *readings.Anchor) error {
	ks, err := a.store.Leaves(ctx, an.ID)
	if err != nil {
		return err
	}
	t, _, err := tree(ks)
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
		a.log.Info("anchor found on chain", "anchor", an.ID, "root", root, "readings", len(ks))
		return a.store.Anchored(ctx, an.ID, root, tx, block, time.Unix(b.AnchoredAt.Int64(), 0))
	}
	data, err := a.abi.Pack("anchorBatch", root, uint32(len(ks)), "")
	if err != nil {
		return fmt.Errorf("pack anchorBatch: %w", err)
	}
	st, err := a.send(ctx, data)
	if err != nil {
		return fmt.Errorf("send anchorBatch: %w", err)
	}
	if st.TxHash == nil {
		return errors.New("relayer reported no transaction for the anchor")
	}
	a.log.Info("anchored", "anchor", an.ID, "root", root, "readings", len(ks), "tx", *st.TxHash, "gas", st.GasUsed)
	return a.store.Anchored(ctx, an.ID, root, *st.TxHash, st.Block, time.Now())
}

// send submits the anchor and waits for it. Replicas sharing the gateway's key race for its forwarder nonce: a
// request refused for a nonce another holds is signed again with the next.
func (a *anchorer) send(ctx context.Context, data []byte) (*api.Status, error) {
	for attempt := 1; ; attempt++ {
		st, err := a.relayer.Send(ctx, a.key, a.domain, relayerclient.Call{To: a.anchors, Data: data},
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

// prove builds the proof of one reading of an anchored batch.
func (a *anchorer) prove(ctx context.Context, k *readings.Kept) (*telemetry.Proof, error) {
	if k.AnchorID == 0 {
		return nil, errNotAnchored
	}
	an, err := a.store.Anchor(ctx, k.AnchorID)
	if err != nil {
		return nil, err
	}
	if !an.Done() {
		return nil, errNotAnchored
	}
	ks, err := a.store.Leaves(ctx, an.ID)
	if err != nil {
		return nil, err
	}
	t, _, err := tree(ks)
	if err != nil {
		return nil, err
	}
	if t.Root() != an.Root {
		return nil, fmt.Errorf("anchor %d: the readings' root %s is not the anchored %s", an.ID, t.Root().Hex(), an.Root.Hex())
	}
	path, err := t.Proof(k.Leaf())
	if err != nil {
		return nil, err
	}
	return &telemetry.Proof{ChainID: a.chainID, RecordAnchor: a.anchors, Custodian: a.custodian, Device: k.Device,
		Sequence: k.Sequence, Index: k.Index, Reading: k.Reading, Salt: telemetry.ReadingSalt(k.BatchSalt, k.Index),
		BatchRoot: an.Root, Proof: path, TxHash: an.TxHash, Block: an.Block}, nil
}

// errNotAnchored: the reading's batch is not on chain yet.
var errNotAnchored = errors.New("the reading is not anchored yet")
