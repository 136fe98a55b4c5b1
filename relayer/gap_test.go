package relayer_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/bevan-health/bevan/relayer"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// What a relayer killed while txmgr publishes concurrently leaves behind: its requests claimed and submitted, a
// transaction signed (and journaled) for each with nonces 0..n-1, but nonce 0 never delivered, so the node holds
// 1..n-1 queued behind the gap. The restarted relayer must get every request executed exactly once with no wasted
// transaction: it publishes the journaled transactions again instead of sending the requests anew (which would
// fill nonce 0 with one of them and let its stuck old transaction land a second time).
func TestRestartFillsTheNonceGapItLeft(t *testing.T) {
	e := newEnv(t, func(c *relayer.Config) { c.Workers = 0 }) // accepts and queues only
	const n = 6
	atts := submitAll(t, e, e.cl, n, nil)
	killed := newWallet()
	fund(t, addr(killed))
	st := e.svc.Store()
	price, err := e.d.Client.SuggestGasPrice(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(e.dom.ChainID)
	for nonce := range uint64(n) {
		id, ok, err := st.Claim(e.ctx, addr(killed), time.Second)
		if err != nil || !ok {
			t.Fatalf("claim: %v %v", ok, err)
		}
		rec, err := st.Get(e.ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if ok, err := st.MarkSubmitted(e.ctx, id, addr(killed), time.Now()); err != nil || !ok {
			t.Fatalf("mark submitted: %v %v", ok, err)
		}
		to := rec.Target
		tx, err := types.SignNewTx(killed, signer, &types.DynamicFeeTx{ChainID: e.dom.ChainID, Nonce: nonce,
			GasTipCap: big.NewInt(1), GasFeeCap: new(big.Int).Mul(price, big.NewInt(2)), Gas: rec.GasLimit, To: &to, Data: rec.TxData})
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := tx.MarshalBinary()
		if ok, err := st.RecordSent(e.ctx, id, raw, time.Now()); err != nil || !ok {
			t.Fatalf("journal: %v %v", ok, err)
		}
		if nonce > 0 { // nonce 0 never reached the node
			if err := e.d.Client.SendTransaction(e.ctx, tx); err != nil {
				t.Fatal(err)
			}
		}
	}
	if pending, err := e.d.Client.PendingNonceAt(e.ctx, addr(killed)); err != nil || pending != 0 {
		t.Fatalf("pending nonce %d (%v): the queued transactions should wait behind the gap", pending, err)
	}
	e.key = killed
	e.start(nil) // the restart, with the same key
	verifyExactlyOnce(t, e, e.cl, atts, addr(killed))
	// Each request landed with the transaction journaled for it (nothing was sent anew).
	for _, a := range atts {
		s, err := e.cl.Status(e.ctx, a.id)
		if err != nil || s.Status != api.StateMined || s.TxHash == nil {
			t.Fatalf("request %s: %+v %v", a.id, s, err)
		}
		rec, err := st.Get(e.ctx, a.id)
		if err != nil {
			t.Fatal(err)
		}
		var tx types.Transaction
		if err := tx.UnmarshalBinary(rec.SentTx); err != nil || tx.Hash() != common.Hash(*s.TxHash) {
			t.Fatalf("request %s landed in %s, not its journaled transaction (%v)", a.id, s.TxHash, err)
		}
	}
}
