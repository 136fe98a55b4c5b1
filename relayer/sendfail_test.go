package relayer_test

import (
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/relayer"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/bevan-health/bevan/relayer/policy"
)

// A request whose sends keep failing (here: the submitting relayer's account cannot pay, so the node refuses every
// transaction) ends failed with a reason after MaxSendAttempts failed sends, and its worker goes on with the next
// request.
func TestSendThatKeepsFailingGivesUp(t *testing.T) {
	e := newEnv(t, func(c *relayer.Config) { c.Workers = 0 }) // funded, accepts and queues only
	api0 := e.cl
	stuck := newWallet()
	acc, err := api0.Forward(e.ctx, e.signed(stuck, e.d.Manifest.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet()))))
	if err != nil {
		t.Fatal(err)
	}
	// The submitter has one worker and an unfunded key.
	e.key = newWallet()
	sub := e.start(func(c *relayer.Config) {
		c.Workers, c.MaxSendAttempts = 1, 2
		c.Tx.TxSendTimeout, c.Tx.ResubmissionTimeout = 2*time.Second, time.Second
	})
	st, err := api0.Wait(e.ctx, acc.ID)
	if err != nil {
		t.Fatal(err)
	}
	if st.Status != api.StateFailed || !strings.Contains(st.Error, "gave up: 2 sends failed") || st.TxHash != nil {
		t.Fatalf("request whose sends fail: %+v", st)
	}
	if n := e.forwardNonce(stuck); n.Sign() != 0 {
		t.Fatalf("the given-up request was executed (wallet nonce %s)", n)
	}
	// The worker is free: once the submitter can pay, the next request lands.
	fund(t, sub.Address())
	next, err := api0.Forward(e.ctx, e.signed(newWallet(), e.d.Manifest.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet()))))
	if err != nil {
		t.Fatal(err)
	}
	e.waitMined(next.ID)
	if n, err := e.d.Client.NonceAt(e.ctx, sub.Address(), nil); err != nil || n != 1 {
		t.Fatalf("submitter sent %d transactions (%v), want 1", n, err)
	}
}

// The simulation runs at exactly the gas the transaction is sent with (its gas limit), not at the relayer's
// largest: a call that would run out of that gas is refused as would_revert instead of being sent to fail.
func TestSimulationUsesTheSentGas(t *testing.T) {
	e := newEnv(t, func(c *relayer.Config) { c.Workers = 0 })
	p, err := policy.New(policy.Config{ChainID: e.dom.ChainID, Manifest: e.d.Manifest, Relayer: addr(e.key), MaxTxGas: 1_500_000}, e.d.Client)
	if err != nil {
		t.Fatal(err)
	}
	c, err := p.StaticForward(e.signed(newWallet(), e.d.Manifest.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet()))), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Call(e.ctx, &c.Request); err != nil {
		t.Fatalf("simulation at the request's own gas limit %d: %v", c.GasLimit, err)
	}
	low := c.Request
	low.GasLimit = 45_000 // covers the intrinsic gas, not the forwarder's work
	wantCode(t, "simulation at a gas limit too low", p.Call(e.ctx, &low), api.CodeWouldRevert)
}
