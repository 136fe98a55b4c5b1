package relayer

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/internal/serve"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/bevan-health/bevan/relayer/queue"
	"github.com/ethereum-optimism/optimism/op-service/txmgr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// run recovers what this key left in flight, then claims queued requests with cfg.Workers workers.
func (s *Service) run() {
	go s.refreshLoop(s.claimCtx)
	if s.cfg.Workers == 0 {
		return // API-only replica
	}
	var ids []common.Hash
	for s.claimCtx.Err() == nil {
		var err error
		if ids, err = s.store.InFlight(s.claimCtx, s.address); err == nil {
			break
		}
		s.log.Warn("cannot list in-flight requests; retrying", "err", err)
		serve.Sleep(s.claimCtx, time.Second)
	}
	// A previous process with this key may have left transactions in a mempool, or never delivered some (killed
	// while publishing them concurrently), leaving later ones stuck behind the gap. Publish again every journaled
	// transaction that may still land, in nonce order, and let them land first, so that what the chain says about
	// each in-flight request is final before anything new is sent.
	s.rebroadcast(s.claimCtx, ids)
	s.waitSettled(s.claimCtx)
	if len(ids) > 0 {
		s.log.Info("recovering in-flight requests", "count", len(ids))
	}
	sem := make(chan struct{}, max(s.cfg.Workers, 1))
	for _, id := range ids {
		sem <- struct{}{}
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			defer func() { <-sem }()
			s.process(id)
		}()
	}
	pace := newPacer(s.cfg.ClaimsPerSecond)
	for range s.cfg.Workers {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			s.workLoop(pace)
		}()
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		s.sweepLoop(sem)
	}()
}

// sweepLoop takes up requests in this relayer's in-flight list that no worker is processing: a claim whose answer
// Redis sent after the client had given up (a Redis stall longer than its read timeout) moves the request into the
// list all the same. It looks after every failed claim and every 30 s.
func (s *Service) sweepLoop(sem chan struct{}) {
	t := time.NewTicker(30 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-s.claimCtx.Done():
			return
		case <-t.C:
		case <-s.sweep:
		}
		ids, err := s.store.InFlight(s.claimCtx, s.address)
		if err != nil {
			continue
		}
		for _, id := range ids {
			if _, busy := s.active.Load(id); busy {
				continue
			}
			select {
			case sem <- struct{}{}:
			case <-s.claimCtx.Done():
				return
			}
			s.wg.Add(1)
			go func() {
				defer s.wg.Done()
				defer func() { <-sem }()
				s.process(id)
			}()
		}
	}
}

func (s *Service) workLoop(pace *pacer) {
	backoff := newBackoff()
	for s.claimCtx.Err() == nil {
		id, ok, err := s.store.Claim(s.claimCtx, s.address, time.Second)
		if err != nil {
			if s.claimCtx.Err() == nil {
				s.log.Warn("cannot claim from the queue; retrying", "err", err)
			}
			select {
			case s.sweep <- struct{}{}: // the claim may have happened all the same
			default:
			}
			backoff.wait(s.claimCtx)
			continue
		}
		backoff.reset()
		if !ok {
			continue
		}
		// Paced after the claim, so that only requests taken up use the rate; a request claimed and then left by a
		// stop (the work context ends) stays in this replica's in-flight list for the next start.
		if !pace.wait(s.workCtx) {
			return
		}
		s.process(id)
	}
}

func (s *Service) refreshLoop(ctx context.Context) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		c, cancel := context.WithTimeout(ctx, 2*time.Second)
		if err := s.refreshChainState(c); err == nil {
			f, _ := new(big.Float).SetInt(s.balance.Load()).Float64()
			s.metrics.balance.Set(f)
		}
		if n, err := s.store.QueueLen(c); err == nil {
			s.queued.Store(n)
		}
		cancel()
	}
}

// waitSettled waits (at most 30 s) until the relayer account has no pending transactions.
func (s *Service) waitSettled(ctx context.Context) {
	deadline := time.Now().Add(30 * time.Second)
	for ctx.Err() == nil && time.Now().Before(deadline) {
		c, cancel := context.WithTimeout(ctx, 2*time.Second)
		pending, err1 := s.client.PendingNonceAt(c, s.address)
		latest, err2 := s.client.NonceAt(c, s.address, nil)
		cancel()
		if err1 == nil && err2 == nil && pending == latest {
			return
		}
		serve.Sleep(ctx, 250*time.Millisecond)
	}
}

// process takes one claimed request to a final state, exactly once: before every (re)submission it asks the
// chain whether the signed nonce was already used, and if so records that execution instead of sending again.
func (s *Service) process(id common.Hash) {
	if _, busy := s.active.LoadOrStore(id, struct{}{}); busy {
		return // another worker of this replica has it
	}
	defer s.active.Delete(id)
	ctx := s.workCtx
	s.metrics.inFlight.Inc()
	defer s.metrics.inFlight.Dec()
	backoff := newBackoff()
	var rec *queue.Record
	for {
		var err error
		rec, err = s.store.Get(ctx, id)
		if err == nil {
			break
		}
		if errors.Is(err, queue.ErrNotFound) {
			s.drop(ctx, id, "in-flight request has no record; dropping it")
			return
		}
		if !backoff.wait(ctx) {
			return
		}
	}
	if api.Final(rec.Status) {
		s.finish(rec, queue.Result{Status: rec.Status})
		return
	}
	if len(rec.TxData) == 0 {
		// Stored by a relayer from before the checked request was kept: rebuild it from the signed body.
		c, err := s.policy.Restore(rec.Kind, rec.Body)
		if err != nil {
			s.finish(rec, queue.Result{Status: api.StateFailed, Error: "stored request does not decode: " + err.Error()})
			return
		}
		rec.Request = c.Request
	}
	c := &rec.Request
	// A request never handed to txmgr needs no look at the chain's history; one that was (before a crash, or
	// before a failed send) is first looked up on-chain so it is never sent twice.
	mayBeSent := rec.Status != api.StateReceived
	var signed []common.Hash // the transactions txmgr signed in this process's last send of the request
	for ctx.Err() == nil {
		if mayBeSent {
			// Its last transaction may still land: not before that transaction's nonce is used is the chain's
			// answer about the request final.
			if err := s.settle(ctx, rec.SentTx); err != nil {
				continue
			}
			// A send can fail although one of its transactions landed: txmgr gives up ("nonce too low") when it
			// bumps or publishes again a transaction that was mined before it saw the receipt. That receipt is
			// the request's outcome, success or revert, as if the send had returned it.
			r, err := s.ownReceipt(ctx, rec.SentTx, signed)
			if err != nil {
				s.log.Warn("cannot read the chain; retrying", "id", id, "err", err)
				backoff.wait(ctx)
				continue
			}
			if r != nil {
				s.log.Info("a failed send's transaction landed", "id", id, "tx", r.TxHash, "status", r.Status)
				s.finish(rec, s.resultOf(ctx, c, r, true))
				return
			}
			res, done, err := s.reconcile(ctx, rec, c)
			if err != nil {
				s.log.Warn("cannot read the chain; retrying", "id", id, "err", err)
				backoff.wait(ctx)
				continue
			}
			if done {
				s.finish(rec, res)
				return
			}
		}
		if n := s.cfg.MaxSendAttempts; n > 0 && rec.SendFailures >= n {
			s.finish(rec, queue.Result{Status: api.StateFailed, Error: fmt.Sprintf("gave up: %d sends failed (the node refused the transaction or it did not land in time)", rec.SendFailures)})
			return
		}
		if c.Deadline != 0 && c.Deadline <= uint64(time.Now().Unix())+1 {
			s.finish(rec, queue.Result{Status: api.StateFailed, Error: "deadline passed before the request could be submitted"})
			return
		}
		// Simulate right before handing over: txmgr would retry a reverting candidate for a minute.
		sctx, cancel := context.WithTimeout(ctx, s.cfg.Tx.NetworkTimeout)
		err := s.policy.Call(sctx, c)
		cancel()
		if err != nil {
			if code := api.CodeOf(err); code == api.CodeWouldRevert {
				// Perhaps because the signed nonce was used meanwhile (by another relayer, or directly): then
				// that execution is the request's outcome.
				res, done, rerr := s.reconcile(ctx, rec, c)
				if rerr != nil {
					backoff.wait(ctx)
					continue
				}
				if !done {
					var e *api.Error
					errors.As(err, &e)
					res = queue.Result{Status: api.StateFailed, Error: e.Message}
				}
				s.finish(rec, res)
				return
			}
			s.log.Warn("cannot simulate; retrying", "id", id, "err", err)
			backoff.wait(ctx)
			continue
		}
		ok, err := s.store.MarkSubmitted(ctx, id, s.address, time.Now())
		if err != nil {
			backoff.wait(ctx)
			continue
		}
		if !ok {
			s.finish(rec, queue.Result{Status: api.StateFailed})
			return
		}
		mayBeSent = true
		var receipt *types.Receipt
		receipt, signed, err = s.send(ctx, c)
		if err != nil {
			s.metrics.sendErrors.Inc()
			s.log.Warn("send failed; will check the chain and retry", "id", id, "err", err)
			if !s.sendFailed(ctx, rec) {
				// deleted from the queue while in flight (by an operator, or a bench's clean-up): there is no
				// record to settle the request into, and sending it again would pay for a request nobody tracks
				s.drop(ctx, id, "request no longer queued; dropping it")
				return
			}
			backoff.wait(ctx)
			continue
		}
		s.finish(rec, s.resultOf(ctx, c, receipt, true))
		return
	}
}

// sending is one hand-over of a request to txmgr: the hashes of the transactions txmgr signed for it (the first and
// its fee bumps, all at one nonce), each added once it is journaled (signer).
type sending struct {
	id     common.Hash
	mu     sync.Mutex
	hashes []common.Hash
}

func (sn *sending) signed(h common.Hash) {
	sn.mu.Lock()
	defer sn.mu.Unlock()
	sn.hashes = append(sn.hashes, h)
}

// send hands the request's transaction to txmgr, which journals every transaction it signs for it (signer). It
// returns the hashes of those transactions too, for a failed send whose transaction may have landed all the same.
func (s *Service) send(ctx context.Context, c *queue.Request) (*types.Receipt, []common.Hash, error) {
	key := string(c.TxData)
	sn := &sending{id: c.ID}
	s.sending.Store(key, sn)
	defer s.sending.Delete(key)
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Tx.TxSendTimeout+10*time.Second)
	defer cancel()
	to := c.Target
	r, err := s.txm.Send(ctx, txmgr.TxCandidate{To: &to, TxData: c.TxData, GasLimit: c.GasLimit})
	sn.mu.Lock()
	defer sn.mu.Unlock()
	return r, slices.Clone(sn.hashes), err
}

// ownReceipt finds the receipt of one of the request's own transactions: those txmgr signed in this process's last
// send of it (hashes) and the last one journaled (raw; all that is known after a restart). The caller has waited
// until the chain's nonce of the relayer passed the journaled transaction's (settle): a transaction of that send
// without a receipt by then never lands. nil without an error: none landed.
func (s *Service) ownReceipt(ctx context.Context, raw []byte, hashes []common.Hash) (*types.Receipt, error) {
	hashes = slices.Clone(hashes)
	if len(raw) > 0 {
		tx := new(types.Transaction)
		if tx.UnmarshalBinary(raw) == nil && !slices.Contains(hashes, tx.Hash()) {
			hashes = append(hashes, tx.Hash())
		}
	}
	ctx, cancel := context.WithTimeout(ctx, 3*s.cfg.Tx.NetworkTimeout)
	defer cancel()
	for _, h := range hashes {
		r, err := s.client.TransactionReceipt(ctx, h)
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("receipt %s: %w", h, err)
		}
		return r, nil
	}
	return nil, nil
}

// sendFailed counts a failed send and reads back the request's journaled transaction. It is false when the request
// is no longer stored (the store is retried while unavailable, until ctx ends).
func (s *Service) sendFailed(ctx context.Context, rec *queue.Record) bool {
	backoff := newBackoff()
	for {
		n, err := s.store.SendFailed(ctx, rec.ID)
		if errors.Is(err, queue.ErrNotFound) {
			return false
		}
		if err == nil {
			rec.SendFailures = n
			break
		}
		if !backoff.wait(ctx) {
			return true
		}
	}
	for {
		got, err := s.store.Get(ctx, rec.ID)
		if errors.Is(err, queue.ErrNotFound) {
			return false
		}
		if err == nil {
			rec.SentTx = got.SentTx
			return true
		}
		if !backoff.wait(ctx) {
			return true
		}
	}
}

// settle waits until the request's last transaction (raw, as journaled; none: nothing to wait for) can no longer
// land: its nonce is used on chain (by it or by another transaction), or the node holds nothing at that nonce and
// refuses the transaction outright. Meanwhile it publishes the transaction again whenever it is not pending (it
// may never have reached the node, or been dropped), which also fills a nonce gap left by a crash. It returns only
// ctx's error.
func (s *Service) settle(ctx context.Context, raw []byte) error {
	if len(raw) == 0 {
		return nil
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(raw); err != nil {
		s.log.Error("journaled transaction does not decode; treating it as never sent", "err", err)
		return nil
	}
	k := tx.Nonce()
	backoff := newBackoff()
	warnAt := time.Now().Add(time.Minute)
	for {
		c, cancel := context.WithTimeout(ctx, s.cfg.Tx.NetworkTimeout)
		latest, err := s.client.NonceAt(c, s.address, nil)
		if err == nil && latest > k {
			cancel()
			return nil
		}
		var pending uint64
		if err == nil {
			pending, err = s.client.PendingNonceAt(c, s.address)
		}
		if err == nil && k >= pending {
			// Not pending: absent from the node's pool, or queued behind a gap. Publish it (again).
			if perr := s.client.SendTransaction(c, tx); refused(perr) && k == pending {
				cancel()
				s.log.Info("the node refuses a journaled transaction and holds nothing at its nonce: it cannot land", "tx", tx.Hash(), "nonce", k, "err", perr)
				return nil
			}
		}
		cancel()
		if err != nil {
			s.log.Warn("cannot read the relayer's nonce; retrying", "err", err)
		} else if time.Now().After(warnAt) {
			s.log.Warn("a journaled transaction has not landed yet", "tx", tx.Hash(), "nonce", k, "chainNonce", latest, "pendingNonce", pending)
			warnAt = time.Now().Add(time.Minute)
		}
		if !backoff.wait(ctx) {
			return ctx.Err()
		}
	}
}

// refused reports whether the node answered a publish with a refusal of the transaction itself (a JSON-RPC error
// other than "already known", "nonce too low" or an underpriced replacement, which all mean that the nonce is or
// was taken). A transport error is not a refusal: the transaction may have arrived.
func refused(err error) bool {
	var re rpc.Error
	if err == nil || !errors.As(err, &re) {
		return false
	}
	msg := strings.ToLower(err.Error())
	for _, taken := range []string{"already known", "already imported", "known transaction", "nonce too low", "replacement transaction underpriced"} {
		if strings.Contains(msg, taken) {
			return false
		}
	}
	return true
}

// rebroadcast publishes again, in nonce order, the journaled transactions of the given in-flight requests whose
// nonce the chain has not used yet. Errors are left to each request's settle.
func (s *Service) rebroadcast(ctx context.Context, ids []common.Hash) {
	if len(ids) == 0 {
		return
	}
	c, cancel := context.WithTimeout(ctx, 3*s.cfg.Tx.NetworkTimeout)
	defer cancel()
	latest, err := s.client.NonceAt(c, s.address, nil)
	if err != nil {
		return
	}
	var txs []*types.Transaction
	for _, id := range ids {
		rec, err := s.store.Get(c, id)
		if err != nil || len(rec.SentTx) == 0 {
			continue
		}
		tx := new(types.Transaction)
		if tx.UnmarshalBinary(rec.SentTx) == nil && tx.Nonce() >= latest {
			txs = append(txs, tx)
		}
	}
	slices.SortFunc(txs, func(a, b *types.Transaction) int { return cmp.Compare(a.Nonce(), b.Nonce()) })
	for _, tx := range txs {
		_ = s.client.SendTransaction(c, tx)
	}
	if len(txs) > 0 {
		s.log.Info("published again the transactions a previous process left", "count", len(txs), "fromNonce", txs[0].Nonce())
	}
}

// resultOf turns a receipt into a result; paid says whether this relayer paid for it.
func (s *Service) resultOf(ctx context.Context, c *queue.Request, r *types.Receipt, paid bool) queue.Result {
	res := queue.Result{Status: api.StateMined, TxHash: r.TxHash, Block: r.BlockNumber.Uint64(), GasUsed: r.GasUsed,
		Fee: "0", L1Fee: "0"}
	if paid {
		fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
		l1 := new(big.Int)
		if r.L1Fee != nil {
			l1.Set(r.L1Fee)
		} else if s.l1.Present() {
			// The node's receipts carry no L1 fee: price the transaction with the oracle.
			if fee, err := s.l1.Fee(ctx, s.chainID, c.Target, c.TxData, r.GasUsed); err == nil {
				l1 = fee
			}
		}
		fee.Add(fee, l1)
		res.Fee, res.L1Fee, res.SpentGwei = fee.String(), l1.String(), weiToGweiCeil(fee)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		res.Status = api.StateFailed
		res.Error = s.policy.Failure(ctx, c, r.BlockNumber)
	}
	return res
}

// drop takes a request that has no record any more (deleted by an operator, or a bench's clean-up) off this
// relayer's in-flight list, so that neither the sweep nor a restart finds it again; Finish writes nothing for it.
func (s *Service) drop(ctx context.Context, id common.Hash, why string) {
	s.log.Error(why, "id", id)
	if _, err := s.store.Finish(ctx, &queue.Record{Request: queue.Request{ID: id}}, s.address, queue.Result{Status: api.StateFailed}, time.Now()); err != nil {
		s.log.Warn("cannot take a dropped request off the in-flight list; a restart will", "id", id, "err", err)
	}
}

func (s *Service) finish(rec *queue.Record, res queue.Result) {
	backoff := newBackoff()
	for {
		first, err := s.store.Finish(s.workCtx, rec, s.address, res, time.Now())
		if err == nil {
			if first {
				s.metrics.outcomes.WithLabelValues(res.Status).Inc()
				s.metrics.landTime.Observe(time.Since(time.UnixMilli(rec.AcceptedAt)).Seconds())
				if res.SpentGwei > 0 {
					s.metrics.spentWei.Add(float64(res.SpentGwei) * 1e9)
				}
				s.log.Info("request final", "id", rec.ID, "status", res.Status, "tx", res.TxHash, "error", res.Error)
			}
			return
		}
		s.log.Warn("cannot record a result; retrying", "id", rec.ID, "err", err)
		if !backoff.wait(s.workCtx) {
			return // recovered from the chain on the next start
		}
	}
}

// reconcile asks the chain whether the request's nonce was used; if so, it finds the transaction that used it.
func (s *Service) reconcile(ctx context.Context, rec *queue.Record, c *queue.Request) (queue.Result, bool, error) {
	ctx, cancel := context.WithTimeout(ctx, 3*s.cfg.Tx.NetworkTimeout)
	defer cancel()
	n, err := s.policy.ChainNonce(ctx, c.Kind, c.From)
	if err != nil {
		return queue.Result{}, false, err
	}
	if n.Cmp(c.Nonce) <= 0 {
		return queue.Result{}, false, nil
	}
	txHash, found, err := s.findExecution(ctx, rec, c)
	if err != nil {
		return queue.Result{}, false, err
	}
	if !found {
		return queue.Result{Status: api.StateFailed, Error: fmt.Sprintf("nonce %s of %s was used by another request", c.Nonce, c.From)}, true, nil
	}
	r, err := s.client.TransactionReceipt(ctx, txHash)
	if err != nil {
		return queue.Result{}, false, fmt.Errorf("receipt %s: %w", txHash, err)
	}
	tx, _, err := s.client.TransactionByHash(ctx, txHash)
	if err != nil {
		return queue.Result{}, false, fmt.Errorf("transaction %s: %w", txHash, err)
	}
	sender, err := types.Sender(types.LatestSignerForChainID(s.chainID), tx)
	if err != nil {
		return queue.Result{}, false, fmt.Errorf("sender of %s: %w", txHash, err)
	}
	res := s.resultOf(ctx, c, r, sender == s.address)
	res.Sender = sender
	return res, true, nil
}

// findExecution finds the transaction that used the request's nonce: the forwarder's ExecutedForwardRequest(signer,
// nonce) or the Governor's VoteCast(voter, proposalId) since the block the request was accepted at.
func (s *Service) findExecution(ctx context.Context, rec *queue.Record, c *queue.Request) (common.Hash, bool, error) {
	forwarderABI, err := bindings.BevanForwarderMetaData.GetAbi()
	if err != nil {
		return common.Hash{}, false, err
	}
	governorABI, err := bindings.BevanGovernorMetaData.GetAbi()
	if err != nil {
		return common.Hash{}, false, err
	}
	var topic common.Hash
	if c.Kind == api.KindVote {
		topic = governorABI.Events["VoteCast"].ID
	} else {
		topic = forwarderABI.Events["ExecutedForwardRequest"].ID
	}
	from := rec.AcceptBlock
	if from > 0 {
		from--
	}
	logs, err := s.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{c.Target}, Topics: [][]common.Hash{{topic}, {common.BytesToHash(c.From.Bytes())}}})
	if err != nil {
		return common.Hash{}, false, fmt.Errorf("logs: %w", err)
	}
	for _, l := range logs {
		if c.Kind == api.KindVote {
			vals, err := governorABI.Events["VoteCast"].Inputs.NonIndexed().Unpack(l.Data)
			if err == nil && len(vals) > 0 {
				if id, ok := vals[0].(*big.Int); ok && id.Cmp(c.Proposal) == 0 {
					return l.TxHash, true, nil
				}
			}
			continue
		}
		vals, err := forwarderABI.Events["ExecutedForwardRequest"].Inputs.NonIndexed().Unpack(l.Data)
		if err == nil && len(vals) > 0 {
			if nonce, ok := vals[0].(*big.Int); ok && nonce.Cmp(c.Nonce) == 0 {
				return l.TxHash, true, nil
			}
		}
	}
	return common.Hash{}, false, nil
}

type backoff struct{ d time.Duration }

func newBackoff() *backoff { return &backoff{d: 200 * time.Millisecond} }

func (b *backoff) reset() { b.d = 200 * time.Millisecond }

// wait sleeps and doubles the next delay (to 5 s); false if ctx ended.
func (b *backoff) wait(ctx context.Context) bool {
	ok := serve.Sleep(ctx, b.d)
	b.d = min(2*b.d, 5*time.Second)
	return ok
}

// pacer spaces events evenly at a rate shared by its users (Config.ClaimsPerSecond); a nil pacer does not wait.
type pacer struct {
	every time.Duration
	mu    sync.Mutex
	next  time.Time // the earliest time of the next event
}

func newPacer(perSecond float64) *pacer {
	if perSecond <= 0 {
		return nil
	}
	return &pacer{every: time.Duration(float64(time.Second) / perSecond)}
}

// wait reserves the next slot and sleeps until it; false if ctx ended first.
func (p *pacer) wait(ctx context.Context) bool {
	if p == nil {
		return ctx.Err() == nil
	}
	p.mu.Lock()
	now := time.Now()
	at := p.next
	if at.Before(now) {
		at = now
	}
	p.next = at.Add(p.every)
	p.mu.Unlock()
	if d := time.Until(at); d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			return false
		}
	}
	return ctx.Err() == nil
}
