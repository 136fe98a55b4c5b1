package main

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// chainTestTimeout bounds a devnet CLI test's chain calls.
const chainTestTimeout = 4 * time.Minute

// startChainTest starts the devnet stack for a CLI test (startChainCLI) and returns a context that ends after
// chainTestTimeout or with the test.
func startChainTest(t *testing.T) (context.Context, *chainCLI) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), chainTestTimeout)
	t.Cleanup(cancel)
	return ctx, startChainCLI(t, ctx)
}

// testAddress is an address nobody holds a key for, distinct per test and label.
func testAddress(t *testing.T, label string) common.Address {
	return common.BytesToAddress(crypto.Keccak256([]byte(t.Name() + label)))
}

// attestP9 has the devnet's attester attest wallets at P9 for 30 days under the commitment person, directly on
// chain (not through the CLI under test).
func (e *chainCLI) attestP9(ctx context.Context, person common.Hash, wallets ...common.Address) {
	t := e.t
	t.Helper()
	identities, err := bindings.NewIdentityRegistry(e.d.Manifest.IdentitiesAddress(), e.d.Client)
	if err != nil {
		t.Fatal(err)
	}
	head, err := e.d.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	until := new(big.Int).SetUint64(head.Time + 30*24*3600)
	for _, w := range wallets {
		rcpt := devnettest.Transact(t, ctx, e.d, devnet.RoleAttester, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return identities.Attest(o, w, 9, until, person)
		})
		if rcpt.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("attest %s reverted", w)
		}
	}
}
