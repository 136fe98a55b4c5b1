package relayer_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bevan-health/bevan/relayer"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/bevan-health/bevan/relayer/queue"
	opcrypto "github.com/ethereum-optimism/optimism/op-service/crypto"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/redis/go-redis/v9"
)

// giveUpAfterLanding makes txmgr give up on a transaction that was mined: it never polls a receipt in time (one poll a
// minute), so after 200 ms it bumps the fee, the gas re-estimation fails (the request's transaction has already run),
// it publishes the mined transaction again and the node answers "nonce too low"; the third time, txmgr.Send returns
// "aborted tx send due to critical error: nonce too low" — what `bevan bench relayer --block-time 0` met under load.
// beforePublish runs once, after the relayer's first transaction is signed and before txmgr publishes it; signed
// receives the hash of every transaction the relayer signs.
func giveUpAfterLanding(e *env, beforePublish func(), signed func(common.Hash)) func(*relayer.Config) {
	return func(c *relayer.Config) {
		c.Workers = 1
		c.Tx.ReceiptQueryInterval = time.Minute
		c.Tx.ResubmissionTimeout = 200 * time.Millisecond
		c.Key, c.SignerAddress = nil, addr(e.key)
		var once sync.Once
		c.SignerFactory = func(chainID *big.Int) opcrypto.SignerFn {
			sign := opcrypto.SignerFnFromBind(opcrypto.PrivateKeySignerFn(e.key, chainID))
			return func(ctx context.Context, from common.Address, tx *types.Transaction) (*types.Transaction, error) {
				s, err := sign(ctx, from, tx)
				if err == nil {
					signed(s.Hash())
					once.Do(beforePublish)
				}
				return s, err
			}
		}
	}
}

// A request whose transaction landed is mined with that transaction although txmgr.Send failed ("nonce too low"),
// and is not sent again.
func TestSendFailedAfterItsTransactionLanded(t *testing.T) {
	e := newEnv(t, func(c *relayer.Config) { c.Workers = 0 })
	var mu sync.Mutex
	var hashes []common.Hash
	sub := e.start(giveUpAfterLanding(e, func() {}, func(h common.Hash) { mu.Lock(); hashes = append(hashes, h); mu.Unlock() }))
	acc, err := e.cl.Forward(e.ctx, e.signed(newWallet(), e.d.Manifest.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet()))))
	if err != nil {
		t.Fatal(err)
	}
	st := e.waitMined(acc.ID)
	mu.Lock()
	defer mu.Unlock()
	if len(hashes) != 1 || *st.TxHash != hashes[0] {
		t.Fatalf("mined with %s; the relayer signed %v", st.TxHash, hashes)
	}
	if n, err := e.d.Client.NonceAt(e.ctx, sub.Address(), nil); err != nil || n != 1 {
		t.Fatalf("relayer sent %d transactions (%v), want 1", n, err)
	}
}

// A request whose transaction landed and reverted while txmgr.Send failed ("nonce too low") ends failed with that
// transaction — hash, block, fee and the revert's reason, as when the send returns the reverted receipt — and is not
// simulated and refused (or sent) again as if nothing had landed. Here the patient appoints the guardian directly
// between the relayer's signature and its publication, so the relayed appointGuardian reverts (GuardianExists).
func TestSendFailedAfterItsTransactionReverted(t *testing.T) {
	e := newEnv(t, func(c *relayer.Config) { c.Workers = 0 })
	patient, guardian := newWallet(), newWallet()
	fund(t, addr(patient))
	consents := e.d.Manifest.ConsentsAddress()
	appointDirectly := func() {
		opts, err := bind.NewKeyedTransactorWithChainID(patient, e.dom.ChainID)
		if err != nil {
			t.Error(err)
			return
		}
		opts.Context = e.ctx
		tx, err := bind.NewBoundContract(consents, *e.consABI, e.d.Client, e.d.Client, e.d.Client).Transact(opts, "appointGuardian", addr(guardian))
		if err != nil {
			t.Error(err)
			return
		}
		if r, err := bind.WaitMined(e.ctx, e.d.Client, tx); err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Errorf("direct appointGuardian: %v %v", r, err)
		}
	}
	var mu sync.Mutex
	var hashes []common.Hash
	sub := e.start(giveUpAfterLanding(e, appointDirectly, func(h common.Hash) { mu.Lock(); hashes = append(hashes, h); mu.Unlock() }))
	acc, err := e.cl.Forward(e.ctx, e.signed(patient, consents, e.pack(e.consABI, "appointGuardian", addr(guardian))))
	if err != nil {
		t.Fatal(err)
	}
	st, err := e.cl.Wait(e.ctx, acc.ID)
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(hashes) != 1 {
		t.Fatalf("the relayer signed %d transactions, want 1: %v (%+v)", len(hashes), hashes, st)
	}
	r, err := e.d.Client.TransactionReceipt(e.ctx, hashes[0])
	if err != nil || r.Status != types.ReceiptStatusFailed {
		t.Fatalf("the relayer's transaction: receipt %+v, %v; want a reverted one", r, err)
	}
	if st.Status != api.StateFailed || st.TxHash == nil || *st.TxHash != hashes[0] || st.Block != r.BlockNumber.Uint64() ||
		st.GasUsed != r.GasUsed || st.Fee == "" || st.Fee == "0" || !strings.HasPrefix(st.Error, "transaction reverted: ") ||
		!strings.Contains(st.Error, "GuardianExists") {
		t.Fatalf("request whose transaction reverted: %+v; want failed with tx %s, block %d and its revert", st, hashes[0], r.BlockNumber)
	}
	if n, err := e.d.Client.NonceAt(e.ctx, sub.Address(), nil); err != nil || n != 1 {
		t.Fatalf("relayer sent %d transactions (%v), want 1", n, err)
	}
}

// A request deleted from the store while its send is failing (an operator's clean-up) is dropped: the worker takes
// it off the relayer's in-flight list at once (not at the sweep's next look, up to 30 s later: the deadline below is
// shorter), writes no record for it, and does not send it again.
func TestRequestDeletedWhileInFlightLeavesTheInFlightList(t *testing.T) {
	e := newEnv(t, func(c *relayer.Config) { c.Workers = 0 })
	opts, err := redis.ParseURL(e.redis)
	if err != nil {
		t.Fatal(err)
	}
	rdb := redis.NewClient(opts)
	defer rdb.Close()
	store := queue.New(rdb, e.prefix, 0)
	acc, err := e.cl.Forward(e.ctx, e.signed(newWallet(), e.d.Manifest.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet()))))
	if err != nil {
		t.Fatal(err)
	}
	deleted := make(chan struct{})
	deleteRecord := func() { // after the relayer signed, before txmgr publishes
		if err := rdb.Del(e.ctx, store.RequestKey(acc.ID)).Err(); err != nil {
			t.Error(err)
		}
		close(deleted)
	}
	sub := e.start(giveUpAfterLanding(e, deleteRecord, func(common.Hash) {}))
	select {
	case <-deleted:
	case <-e.ctx.Done():
		t.Fatal("the relayer never signed the request's transaction")
	}
	if ids, err := store.InFlight(e.ctx, sub.Address()); err != nil || len(ids) != 1 || ids[0] != acc.ID {
		t.Fatalf("in flight while its send runs: %v %v, want the request", ids, err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		ids, err := store.InFlight(e.ctx, sub.Address())
		if err == nil && len(ids) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the deleted request is still in the relayer's in-flight list: %v %v", ids, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if _, err := store.Get(e.ctx, acc.ID); !errors.Is(err, queue.ErrNotFound) {
		t.Fatalf("the dropped request's record: %v, want none written", err)
	}
	if n, err := e.d.Client.NonceAt(e.ctx, sub.Address(), nil); err != nil || n != 1 {
		t.Fatalf("relayer sent %d transactions (%v), want 1", n, err)
	}
}
