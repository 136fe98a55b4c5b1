package relayer

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// countingNode answers the shared reads from a head it is told, counts them, and can be made to fail.
type countingNode struct {
	txmgr.ETHBackend // anything else is not called by these tests
	head             atomic.Uint64
	fail             atomic.Bool
	release          chan struct{} // when set, header reads wait for it
	headers, tips    atomic.Int64
	blobs, receipts  atomic.Int64
}

func (n *countingNode) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	n.headers.Add(1)
	if n.release != nil {
		<-n.release
	}
	if n.fail.Load() {
		return nil, errors.New("node down")
	}
	if number != nil {
		return &types.Header{Number: new(big.Int).Set(number), BaseFee: big.NewInt(7)}, nil
	}
	return &types.Header{Number: new(big.Int).SetUint64(n.head.Load()), BaseFee: big.NewInt(7)}, nil
}

func (n *countingNode) SuggestGasTipCap(context.Context) (*big.Int, error) {
	n.tips.Add(1)
	return big.NewInt(3), nil
}

func (n *countingNode) BlobBaseFee(context.Context) (*big.Int, error) {
	n.blobs.Add(1)
	return big.NewInt(1), nil
}

func (n *countingNode) TransactionReceipt(_ context.Context, h common.Hash) (*types.Receipt, error) {
	n.receipts.Add(1)
	return &types.Receipt{TxHash: h, BlockNumber: new(big.Int).SetUint64(n.head.Load())}, nil
}

// Concurrent workers share one read of the latest header, the tip and the blob fee; the values are copies.
func TestSharedReadsOneReadForManyWorkers(t *testing.T) {
	ctx := context.Background()
	node := &countingNode{release: make(chan struct{})}
	node.head.Store(10)
	r := newSharedReads(node, time.Hour)
	var wg sync.WaitGroup
	heads := make([]*types.Header, 50)
	for i := range heads {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h, err := r.HeaderByNumber(ctx, nil)
			if err != nil {
				t.Error(err)
				return
			}
			heads[i] = h
		}()
	}
	for node.headers.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond) // let the others queue behind the read in flight
	close(node.release)
	wg.Wait()
	if n := node.headers.Load(); n != 1 {
		t.Fatalf("%d header reads for 50 concurrent callers, want 1", n)
	}
	heads[0].Number.SetUint64(999) // a caller changing its header changes nobody else's
	if heads[1].Number.Uint64() != 10 {
		t.Fatalf("headers are shared, not copied: %v", heads[1].Number)
	}
	for range 20 {
		tip, err := r.SuggestGasTipCap(ctx)
		if err != nil || tip.Int64() != 3 {
			t.Fatal(tip, err)
		}
		tip.SetInt64(0)
		if _, err := r.BlobBaseFee(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if node.tips.Load() != 1 || node.blobs.Load() != 1 {
		t.Fatalf("tip read %d times, blob fee %d times, want once each", node.tips.Load(), node.blobs.Load())
	}
	// A given block number is always read from the node.
	if h, err := r.HeaderByNumber(ctx, big.NewInt(4)); err != nil || h.Number.Uint64() != 4 || node.headers.Load() != 2 {
		t.Fatalf("header 4: %v %v after %d reads", h, err, node.headers.Load())
	}
}

// The shared header is read again once it is older than maxAge, or as soon as a receipt shows a later block; a
// failed read is not kept.
func TestSharedReadsExpire(t *testing.T) {
	ctx := context.Background()
	node := &countingNode{}
	node.head.Store(10)
	r := newSharedReads(node, time.Hour)
	if _, err := r.HeaderByNumber(ctx, nil); err != nil {
		t.Fatal(err)
	}
	node.head.Store(11) // a block is mined
	if h, _ := r.HeaderByNumber(ctx, nil); h.Number.Uint64() != 10 {
		t.Fatalf("head %v before any receipt of block 11, want the shared 10", h.Number)
	}
	if _, err := r.TransactionReceipt(ctx, common.Hash{1}); err != nil {
		t.Fatal(err)
	}
	if h, _ := r.HeaderByNumber(ctx, nil); h.Number.Uint64() != 11 || node.headers.Load() != 2 {
		t.Fatalf("after a receipt in block 11: head %v after %d reads, want 11 after 2", h.Number, node.headers.Load())
	}
	if _, err := r.TransactionReceipt(ctx, common.Hash{2}); err != nil { // same block: the header stays
		t.Fatal(err)
	}
	if _, _ = r.HeaderByNumber(ctx, nil); node.headers.Load() != 2 {
		t.Fatalf("a receipt of the shared head's block made it stale (%d reads)", node.headers.Load())
	}

	short := newSharedReads(node, 10*time.Millisecond)
	node.fail.Store(true)
	if _, err := short.HeaderByNumber(ctx, nil); err == nil {
		t.Fatal("no error from a failing node")
	}
	node.fail.Store(false)
	if h, err := short.HeaderByNumber(ctx, nil); err != nil || h.Number.Uint64() != 11 {
		t.Fatalf("after the node recovered: %v %v (a failure was kept)", h, err)
	}
	node.head.Store(12)
	time.Sleep(20 * time.Millisecond)
	if h, _ := short.HeaderByNumber(ctx, nil); h.Number.Uint64() != 12 {
		t.Fatalf("head %v after maxAge, want 12", h.Number)
	}
}

// The pacer hands out slots one interval apart, shared by its users; a nil pacer does not wait; a wait ends with its
// context.
func TestPacerSpacesClaims(t *testing.T) {
	var none *pacer
	if !none.wait(context.Background()) {
		t.Fatal("a nil pacer refused")
	}
	p := newPacer(10) // a slot every 100 ms
	start := time.Now()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for range 5 {
		p.wait(ctx) // reserves its slot, then sees the context ended
	}
	if got := p.next.Sub(start); got < 500*time.Millisecond {
		t.Fatalf("5 slots reserved up to %v after the start, want at least 500 ms", got)
	}
	if p.wait(ctx) {
		t.Fatal("wait returned true after its context ended")
	}
	if newPacer(0) != nil {
		t.Fatal("rate 0 must mean no pace")
	}
}

// NonceAt answers the latest block's nonce with the pending one (txmgr's read after a reset); a given block's nonce
// is read as asked.
func TestSharedReadsNonceIsThePendingOne(t *testing.T) {
	ctx := context.Background()
	node := &nonceNode{latest: 4, pending: 9}
	r := newSharedReads(node, time.Hour)
	if n, err := r.NonceAt(ctx, common.Address{1}, nil); err != nil || n != 9 {
		t.Fatalf("NonceAt(latest) = %d %v, want the pending 9", n, err)
	}
	if n, err := r.NonceAt(ctx, common.Address{1}, big.NewInt(3)); err != nil || n != 4 {
		t.Fatalf("NonceAt(block 3) = %d %v, want the node's 4", n, err)
	}
}

type nonceNode struct {
	countingNode
	latest, pending uint64
}

func (n *nonceNode) NonceAt(context.Context, common.Address, *big.Int) (uint64, error) {
	return n.latest, nil
}
func (n *nonceNode) PendingNonceAt(context.Context, common.Address) (uint64, error) {
	return n.pending, nil
}

// A Send that fails resets txmgr's nonce; with a transaction of the relayer still pending, the next transaction
// must take the next free nonce, not the pending one's (txmgr reads the latest block's nonce: the replaced or
// refused transactions then fail in turn, the cascade `bevan bench relayer --block-time 0` met under load). Real
// txmgr (the relayer's own configuration) against anvil with automine off, so the first transaction stays pending.
func TestNonceAfterAFailedSendSkipsPendingTransactions(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d := devnettest.Devnet(t)
	if err := d.Client.Client().CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.Key = devnet.DevKey(devnet.RoleRelayer)
	cfg.Tx.ReceiptQueryInterval, cfg.Tx.NumConfirmations = 100*time.Millisecond, 1
	s := &Service{cfg: cfg, log: devnettest.Log(), client: d.Client, chainID: new(big.Int).SetUint64(d.Manifest.ChainID),
		address: crypto.PubkeyToAddress(cfg.Key.PublicKey)}
	m, err := s.newTxManager()
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	to := common.Address{0xbe, 0x7a}
	send := func(ctx context.Context, c txmgr.TxCandidate) <-chan error {
		done := make(chan error, 1)
		go func() {
			r, err := m.Send(ctx, c)
			if err == nil && r.Status != types.ReceiptStatusSuccessful {
				err = errors.New("reverted")
			}
			done <- err
		}()
		return done
	}
	waitPending := func(n uint64) {
		for {
			if p, err := d.Client.PendingNonceAt(ctx, s.address); err == nil && p == n {
				return
			}
			select {
			case <-ctx.Done():
				t.Fatalf("the relayer's pending nonce never reached %d", n)
			case <-time.After(20 * time.Millisecond):
			}
		}
	}
	first := send(ctx, txmgr.TxCandidate{To: &to, GasLimit: 21_000})
	waitPending(1) // published, not mined
	// A candidate whose gas check reverts (no such function on the consent registry): txmgr retries crafting it
	// until the context ends, then Send fails and the nonce resets.
	consents := d.Manifest.ConsentsAddress()
	short, cancelShort := context.WithTimeout(ctx, time.Second)
	defer cancelShort()
	if err := <-send(short, txmgr.TxCandidate{To: &consents, TxData: []byte{0xde, 0xad, 0xbe, 0xef}, GasLimit: 100_000}); err == nil {
		t.Fatal("a reverting candidate was sent")
	}
	second := send(ctx, txmgr.TxCandidate{To: &to, GasLimit: 21_001})
	waitPending(2)
	if err := d.Client.Client().CallContext(ctx, nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	for i, done := range []<-chan error{first, second} {
		if err := <-done; err != nil {
			t.Fatalf("transaction %d: %v", i+1, err)
		}
	}
	if n, err := d.Client.NonceAt(ctx, s.address, nil); err != nil || n != 2 {
		t.Fatalf("the relayer's nonce is %d (%v) after both landed, want 2", n, err)
	}
}
