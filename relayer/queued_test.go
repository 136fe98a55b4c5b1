package relayer_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/relayer"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// A queued request that would revert by the time it is submitted ends failed with the decoded reason, and the
// relayer pays nothing for it.
func TestQueuedRequestThatTurnsBadFailsUnpaid(t *testing.T) {
	e := newEnv(t, func(c *relayer.Config) { c.Workers = 0 })
	patient, guardian := newWallet(), newWallet()
	// The patient appoints a guardian directly (paying their own gas).
	fund(t, addr(patient))
	reg, _ := bindings.NewConsentRegistry(e.d.Manifest.ConsentsAddress(), e.d.Client)
	opts, _ := bind.NewKeyedTransactorWithChainID(patient, e.dom.ChainID)
	opts.Context = e.ctx
	tx, err := reg.AppointGuardian(opts, addr(guardian))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(e.ctx, e.d.Client, tx); err != nil {
		t.Fatal(err)
	}
	acc, err := e.cl.Forward(e.ctx, e.signed(guardian, e.d.Manifest.ConsentsAddress(),
		e.pack(e.consABI, "grant", addr(patient), addr(newWallet()), uint16(1), uint8(1), big.NewInt(0), common.Hash{})))
	if err != nil {
		t.Fatal(err)
	}
	// The patient removes the guardian directly while the grant waits in the queue.
	tx, err = reg.RemoveGuardian(opts, addr(guardian))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(e.ctx, e.d.Client, tx); err != nil {
		t.Fatal(err)
	}
	e.key = newWallet()
	fund(t, addr(e.key))
	sub := e.start(nil)
	st, err := e.cl.Wait(e.ctx, acc.ID)
	if err != nil {
		t.Fatal(err)
	}
	if st.Status != api.StateFailed || st.TxHash != nil || !strings.Contains(st.Error, "NotPatientOrGuardian(patient="+addr(patient).Hex()) {
		t.Fatalf("status %+v", st)
	}
	if n, _ := e.d.Client.NonceAt(e.ctx, sub.Address(), nil); n != 0 {
		t.Fatalf("the relayer sent %d transactions for a failing call", n)
	}
}

// A queued request that someone else executes first (another relayer, or the wallet itself) is recorded with that
// transaction, at no cost to this relayer, and never sent again — for forward requests and ballots.
func TestExecutedElsewhereIsRecordedNotResent(t *testing.T) {
	e := newEnv(t, func(c *relayer.Config) { c.Workers = 0 })
	m := e.d.Manifest
	outsider := newWallet()
	fund(t, addr(outsider))
	opts, _ := bind.NewKeyedTransactorWithChainID(outsider, e.dom.ChainID)
	opts.Context = e.ctx

	f := e.signed(newWallet(), m.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet())))
	fAcc, err := e.cl.Forward(e.ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	pid := e.proposal()
	v := e.ballot(devnet.RoleCouncil, pid, 2)
	vAcc, err := e.cl.Vote(e.ctx, v)
	if err != nil {
		t.Fatal(err)
	}

	fwd, _ := bindings.NewBevanForwarder(m.ForwarderAddress(), e.d.Client)
	req, _ := f.Request.Meta()
	tx1, err := fwd.Execute(opts, req.ForwardRequestData(f.Signature))
	if err != nil {
		t.Fatal(err)
	}
	gov, _ := bindings.NewBevanGovernor(m.GovernorAddress(), e.d.Client)
	b, _ := v.Ballot.Meta()
	tx2, err := gov.CastVoteBySig(opts, b.ProposalID, b.Support, b.Voter, v.Signature)
	if err != nil {
		t.Fatal(err)
	}
	for _, tx := range []*types.Transaction{tx1, tx2} {
		if r, err := bind.WaitMined(e.ctx, e.d.Client, tx); err != nil || r.Status != 1 {
			t.Fatalf("outsider's transaction: %v", err)
		}
	}

	e.key = newWallet()
	fund(t, addr(e.key))
	sub := e.start(nil)
	for id, tx := range map[common.Hash]common.Hash{fAcc.ID: tx1.Hash(), vAcc.ID: tx2.Hash()} {
		st := e.waitMined(id)
		if *st.TxHash != tx || st.Fee != "0" || st.Relayer != addr(outsider) {
			t.Fatalf("request %s: tx %s fee %s, want the outsider's %s at no cost", id, st.TxHash, st.Fee, tx)
		}
	}
	if n, _ := e.d.Client.NonceAt(e.ctx, sub.Address(), nil); n != 0 {
		t.Fatalf("the relayer sent %d transactions for requests already executed", n)
	}
}
