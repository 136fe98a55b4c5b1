package relayer

import (
	"context"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// sharedReads is the txmgr backend of a relayer: the node's client, except that the reads every transaction makes
// about the chain as a whole — the latest header (its base fee, and the tip for counting confirmations), the
// suggested priority fee and the blob base fee — are shared by all the workers. txmgr asks for each of them when it
// prices a transaction and again every time it finds a receipt; with hundreds of workers that was hundreds of
// `eth_getBlockByNumber` calls a second, each answered with the whole latest block's transaction list (≈ 30 % of the
// relayer process's CPU in `bevan bench relayer`, and as much JSON encoding in the node). Each read is made at most
// once per maxAge; callers that arrive while it is in flight wait for that one answer. A header up to maxAge old
// only delays txmgr's confirmation count to its next poll, and its fees are re-read at every fee bump.
type sharedReads struct {
	txmgr.ETHBackend
	head, tip, blob *shared[any]
}

// newSharedReads wraps b; maxAge should be well under txmgr's receipt polling interval.
func newSharedReads(b txmgr.ETHBackend, maxAge time.Duration) *sharedReads {
	return &sharedReads{ETHBackend: b,
		head: &shared[any]{maxAge: maxAge, read: func(ctx context.Context) (any, error) { return b.HeaderByNumber(ctx, nil) }},
		tip:  &shared[any]{maxAge: maxAge, read: func(ctx context.Context) (any, error) { return b.SuggestGasTipCap(ctx) }},
		blob: &shared[any]{maxAge: maxAge, read: func(ctx context.Context) (any, error) { return b.BlobBaseFee(ctx) }},
	}
}

// HeaderByNumber shares the latest header (number nil); other blocks are read from the node.
func (r *sharedReads) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	if number != nil {
		return r.ETHBackend.HeaderByNumber(ctx, number)
	}
	h, err := r.head.get(ctx)
	if err != nil {
		return nil, err
	}
	return types.CopyHeader(h.(*types.Header)), nil
}

// TransactionReceipt reads the receipt; one from a block past the shared header makes the header stale, so that
// txmgr counts the confirmation at once rather than at its next poll.
func (r *sharedReads) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	rec, err := r.ETHBackend.TransactionReceipt(ctx, hash)
	if err == nil && rec != nil && rec.BlockNumber != nil {
		r.head.expireIf(func(h any) bool { return h.(*types.Header).Number.Cmp(rec.BlockNumber) < 0 })
	}
	return rec, err
}

// NonceAt answers txmgr's one nonce read, made after any failed Send resets its count (a send that timed out, or a
// request whose gas check now reverts before anything is signed): txmgr asks for the latest block's nonce, right for
// a batcher with one transaction in flight. A relayer has hundreds: the latest nonce is that of its oldest pending
// transaction, so every transaction signed after the reset took the nonce of one in flight ("nonce too low",
// "replacement transaction underpriced"), failed in turn and reset the count again — the cascade of "gave up: 3 sends
// failed" seen under load. The pending nonce (the latest plus the relayer's transactions in the node's pool) is the
// next free one. A given block's nonce is read as asked.
func (r *sharedReads) NonceAt(ctx context.Context, account common.Address, number *big.Int) (uint64, error) {
	if number != nil {
		return r.ETHBackend.NonceAt(ctx, account, number)
	}
	return r.ETHBackend.PendingNonceAt(ctx, account)
}

// SuggestGasTipCap shares the node's suggested priority fee.
func (r *sharedReads) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	v, err := r.tip.get(ctx)
	if err != nil {
		return nil, err
	}
	return new(big.Int).Set(v.(*big.Int)), nil
}

// BlobBaseFee shares the node's blob base fee.
func (r *sharedReads) BlobBaseFee(ctx context.Context) (*big.Int, error) {
	v, err := r.blob.get(ctx)
	if err != nil {
		return nil, err
	}
	return new(big.Int).Set(v.(*big.Int)), nil
}

// shared is one value read from the node at most once per maxAge. Errors are not kept: the next caller reads again.
type shared[T any] struct {
	maxAge time.Duration
	read   func(context.Context) (T, error)

	mu       sync.Mutex
	val      T
	at       time.Time     // when val was read (zero: never)
	inflight chan struct{} // closed when the read in flight ends
}

// expireIf forgets the value if stale says it is out of date.
func (s *shared[T]) expireIf(stale func(T) bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.at.IsZero() && stale(s.val) {
		s.at = time.Time{}
	}
}

func (s *shared[T]) get(ctx context.Context) (T, error) {
	var zero T
	for {
		s.mu.Lock()
		if !s.at.IsZero() && time.Since(s.at) < s.maxAge {
			v := s.val
			s.mu.Unlock()
			return v, nil
		}
		if ch := s.inflight; ch != nil {
			s.mu.Unlock()
			select {
			case <-ch: // read (or, if that read failed, read again)
			case <-ctx.Done():
				return zero, ctx.Err()
			}
			continue
		}
		ch := make(chan struct{})
		s.inflight = ch
		s.mu.Unlock()
		// The read runs under this caller's context; if it fails, the waiters read again themselves.
		v, err := s.read(ctx)
		s.mu.Lock()
		s.inflight = nil
		if err == nil {
			s.val, s.at = v, time.Now()
		}
		close(ch)
		s.mu.Unlock()
		return v, err
	}
}
