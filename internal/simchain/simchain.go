// Package simchain runs go-ethereum's in-process simulated chain for Bevan's Go tests: funded keys, the standard
// deterministic-deployment proxy in genesis (so the real deployment code runs unchanged), and a client that mines a
// block after every transaction it sends (automine, like anvil's default).
package simchain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/bevan-health/bevan/deployment"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// Chain is a simulated chain with funded keys.
type Chain struct {
	Backend *simulated.Backend
	Client  *Client
	ChainID *big.Int
	Keys    []*ecdsa.PrivateKey
}

// Client is the simulated client with automine: SendTransaction commits a block holding the transaction.
type Client struct {
	simulated.Client
	backend *simulated.Backend
	mu      sync.Mutex
}

// SendTransaction sends tx and mines it into a new block.
func (c *Client) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	c.backend.Commit()
	return nil
}

// New starts a chain with n funded keys (derived deterministically) and the CREATE2 proxy.
func New(n int) (*Chain, error) {
	alloc := types.GenesisAlloc{
		deployment.Create2Proxy: {Code: deployment.Create2ProxyCode, Balance: new(big.Int)},
	}
	keys := make([]*ecdsa.PrivateKey, n)
	funds := new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	for i := range keys {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("bevan simchain key %d", i))))
		if err != nil {
			return nil, fmt.Errorf("derive key: %w", err)
		}
		keys[i] = k
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: funds}
	}
	b := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000), rebuildOften)
	c := &Client{Client: b.Client(), backend: b}
	id, err := c.ChainID(context.Background())
	if err != nil {
		b.Close()
		return nil, fmt.Errorf("chain id: %w", err)
	}
	return &Chain{Backend: b, Client: c, ChainID: id, Keys: keys}, nil
}

// rebuildOften makes the miner rebuild a pending payload every 25 ms instead of every 2 s. op-geth's
// Payload.WaitFull (v1.101702.3, miner/payload_building.go) waits on its condition once, without checking whether the
// full block is already there: when the miner's first build finishes before Commit starts waiting — a loaded machine
// — the only later wake-up is the next rebuild, and with the default 2 s interval the builder stops (its 2 s
// deadline) first, so Commit waits forever (a CI run hung 19 minutes in a deployment's ExecuteBatch; op-geth issue
// 288 reports the same). Rebuilding often wakes it again until the payload is taken.
func rebuildOften(_ *node.Config, eth *ethconfig.Config) { eth.Miner.Recommit = 25 * time.Millisecond }

// Close stops the chain.
func (c *Chain) Close() error { return c.Backend.Close() }

// Opts returns transact options for key i.
func (c *Chain) Opts(i int) *bind.TransactOpts {
	opts, err := bind.NewKeyedTransactorWithChainID(c.Keys[i], c.ChainID)
	if err != nil {
		panic(err) // only fails for a nil chain id
	}
	return opts
}

// Mine commits n empty blocks.
func (c *Chain) Mine(n int) {
	c.Client.mu.Lock()
	defer c.Client.mu.Unlock()
	for i := 0; i < n; i++ {
		c.Backend.Commit()
	}
}

// Warp moves the next block's time forward by d and mines it.
func (c *Chain) Warp(d time.Duration) error {
	c.Client.mu.Lock()
	defer c.Client.mu.Unlock()
	// The transaction pool drops a mined transaction from its pending set when it processes the new head, in the
	// background: until then AdjustTime refuses ("could not adjust time on non-empty block") although the block the
	// transaction went into is committed. Wait for the pool (a few milliseconds) instead of failing.
	for tries := 0; ; tries++ {
		err := c.Backend.AdjustTime(d)
		if err == nil {
			return nil
		}
		if tries == 200 || !strings.Contains(err.Error(), "non-empty block") {
			return fmt.Errorf("adjust time: %w", err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
