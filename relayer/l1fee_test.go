package relayer_test

import (
	"math/big"
	"testing"

	"github.com/bevan-health/bevan/relayer"
)

// On the anvil devnet the GasPriceOracle predeploy is empty, so the L1 fee is zero (the happy-path test checks
// l1Fee "0"). Here a stand-in contract at the predeploy's address answers every call with 12345 wei — the shape of
// getL1Fee's answer — and the relayer must account it in the request's fee.
func TestL1FeeFromThePredeploy(t *testing.T) {
	e := newEnv(t, func(c *relayer.Config) { c.Workers = 0 }) // API-only: the relayer below submits
	// PUSH2 0x3039 PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN
	if err := e.d.Client.Client().CallContext(e.ctx, nil, "anvil_setCode", relayer.GasPriceOracle, "0x61303960005260206000f3"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = e.d.Client.Client().CallContext(e.ctx, nil, "anvil_setCode", relayer.GasPriceOracle, "0x") })
	e.key = newWallet()
	fund(t, addr(e.key))
	e.start(nil) // a relayer (own key, same queue) that finds the predeploy at start
	st := e.mined(e.signed(newWallet(), e.d.Manifest.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet()))))
	if st.L1Fee != "12345" {
		t.Fatalf("l1Fee %q, want 12345", st.L1Fee)
	}
	fee, _ := new(big.Int).SetString(st.Fee, 10)
	rec, _ := e.d.Client.TransactionReceipt(e.ctx, *st.TxHash)
	l2 := new(big.Int).Mul(new(big.Int).SetUint64(rec.GasUsed), rec.EffectiveGasPrice)
	if fee == nil || new(big.Int).Sub(fee, l2).Int64() != 12345 {
		t.Fatalf("fee %s is not L2 %s + L1 12345", st.Fee, l2)
	}
	// The quotas count the L1 fee too, as gas at the price (12,345 wei is less than a gas at any price the chain
	// has: one more gas than the transaction's gas limit).
	stored, err := e.svc.Store().Get(e.ctx, st.ID)
	if err != nil {
		t.Fatal(err)
	}
	if stored.QuotaGas != stored.GasLimit+1 {
		t.Fatalf("quota gas %d, want the gas limit %d plus the L1 fee's gas (1)", stored.QuotaGas, stored.GasLimit)
	}
}
