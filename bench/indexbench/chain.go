// Package indexbench measures the indexer and the GraphQL API: `bevan bench indexer` and `bevan bench graphql`.
// It prints figures measured in the run and asserts nothing about time.
package indexbench

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/devnet"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// LogsPerGrant is how many logs one consent grant emits, on the real ConsentRegistry and on the bench emitter alike:
// ERC-721 Transfer (the mint), ERC-5192 Locked, then ConsentGranted.
const LogsPerGrant = 3

// emitterCode is EVM code that, called with (uint256 first, uint256 count), emits for each consent id i in
// first, first+1, ... the logs a real ConsentRegistry.grant emits, in its order and shapes: Transfer(0, patient, i)
// (no data), Locked(i) (the id as data) and ConsentGranted(i, patient, grantee = i; purposes 1, actions 1, no
// expiry, zero scope, by 0), the patient being the caller. Installed with anvil_setCode at a bench address that a
// bench manifest names as the ConsentRegistry, it lets the bench put hundreds of thousands of real logs on a devnet
// in seconds.
func emitterCode(transfer, locked, granted common.Hash) []byte {
	var c []byte
	op := func(b ...byte) { c = append(c, b...) }
	op(0x60, 0x01, 0x60, 0x00, 0x52) // mstore(0, 1): purposes
	op(0x60, 0x01, 0x60, 0x20, 0x52) // mstore(32, 1): actions
	op(0x60, 0x00, 0x35)             // first
	op(0x60, 0x20, 0x35)             // count
	op(0x81, 0x01, 0x90)             // [end, i]
	loop := len(c)
	op(0x5b)                   // JUMPDEST
	op(0x81, 0x81, 0x10, 0x15) // !(i < end)
	exitAt := len(c) + 1
	op(0x61, 0, 0, 0x57) // PUSH2 exit; JUMPI
	// Transfer(address indexed from = 0, address indexed to = caller, uint256 indexed tokenId = i)
	op(0x80)                         // topic3 = i
	op(0x33)                         // topic2 = caller
	op(0x60, 0x00)                   // topic1 = 0
	op(0x7f)                         // PUSH32 topic0
	op(transfer.Bytes()...)          //
	op(0x60, 0x00, 0x60, 0x00, 0xa4) // LOG4(0, 0, ...)
	// Locked(uint256 tokenId = i)
	op(0x80, 0x60, 0xa0, 0x52)       // mstore(160, i)
	op(0x7f)                         // PUSH32 topic0
	op(locked.Bytes()...)            //
	op(0x60, 0x20, 0x60, 0xa0, 0xa1) // LOG1(160, 32, ...)
	// ConsentGranted(uint256 indexed consentId = i, address indexed patient = caller, address indexed grantee = i, ...)
	op(0x80)                         // topic3 = i (grantee)
	op(0x33)                         // topic2 = caller (patient)
	op(0x82)                         // topic1 = i (consent id)
	op(0x7f)                         // PUSH32 topic0
	op(granted.Bytes()...)           //
	op(0x60, 0xa0, 0x60, 0x00, 0xa4) // LOG4(0, 160, ...)
	op(0x60, 0x01, 0x01)             // i++
	op(0x61, byte(loop>>8), byte(loop), 0x56)
	exit := len(c)
	op(0x5b, 0x00) // JUMPDEST STOP
	binary.BigEndian.PutUint16(c[exitAt:], uint16(exit))
	return c
}

// Chain is a devnet with a bench emitter installed.
type Chain struct {
	Devnet   *devnet.Devnet
	Manifest *deployment.Manifest // the suite's, with ConsentRegistry replaced by the emitter
	From, To uint64               // the blocks holding the bench's logs
	Grants   int                  // consent grants emitted
	Logs     int                  // logs on chain: LogsPerGrant per grant
}

// Generate installs the emitter and mines blocks of grantsPerBlock consent grants (LogsPerGrant logs each) until
// there are `grants`.
func Generate(ctx context.Context, d *devnet.Devnet, grants, grantsPerBlock int) (*Chain, error) {
	if grants < 1 || grantsPerBlock < 1 {
		return nil, fmt.Errorf("bench chain: %d grants, %d per block: want at least 1 of each", grants, grantsPerBlock)
	}
	abiCR, err := bindings.ConsentRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	emitter := common.BytesToAddress(crypto.Keccak256([]byte("bevan bench consent emitter"))[:20])
	if err := d.Client.Client().CallContext(ctx, nil, "anvil_setCode", emitter, hexutil.Encode(emitterCode(abiCR.Events["Transfer"].ID, abiCR.Events["Locked"].ID, abiCR.Events["ConsentGranted"].ID))); err != nil {
		return nil, fmt.Errorf("anvil_setCode: %w", err)
	}
	m := *d.Manifest
	m.Contracts = map[string]deployment.Deployed{}
	for k, v := range d.Manifest.Contracts {
		m.Contracts[k] = v
	}
	c := m.Contracts[deployment.Consents]
	c.Address = emitter
	m.Contracts[deployment.Consents] = c
	head, err := d.Client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	m.StartBlock = head + 1
	key := devnet.DevKey(devnet.RoleResearch)
	if err := send(ctx, d.Client, key, new(big.Int).SetUint64(d.Manifest.ChainID), emitter, grants, grantsPerBlock); err != nil {
		return nil, err
	}
	to, err := d.Client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	return &Chain{Devnet: d, Manifest: &m, From: head + 1, To: to, Grants: grants, Logs: grants * LogsPerGrant}, nil
}

func send(ctx context.Context, cl *ethclient.Client, key *ecdsa.PrivateKey, chainID *big.Int, to common.Address, grants, perBlock int) error {
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := cl.PendingNonceAt(ctx, from)
	if err != nil {
		return err
	}
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	feeCap := new(big.Int).Mul(head.BaseFee, big.NewInt(4))
	signer := types.LatestSignerForChainID(chainID)
	var last common.Hash
	for first := 0; first < grants; first += perBlock {
		n := min(perBlock, grants-first)
		data := make([]byte, 64)
		new(big.Int).SetInt64(int64(first + 1)).FillBytes(data[:32])
		big.NewInt(int64(n)).FillBytes(data[32:])
		tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(1),
			GasFeeCap: feeCap, Gas: uint64(60_000 + 8_000*n), To: &to, Data: data})
		if err != nil {
			return err
		}
		if err := cl.SendTransaction(ctx, tx); err != nil {
			return fmt.Errorf("send bench transaction %d: %w", nonce, err)
		}
		nonce++
		last = tx.Hash()
	}
	for start := time.Now(); ; time.Sleep(20 * time.Millisecond) {
		r, err := cl.TransactionReceipt(ctx, last)
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return fmt.Errorf("bench transaction %s failed", last)
			}
			return nil
		}
		if time.Since(start) > 5*time.Minute {
			return fmt.Errorf("no receipt for %s: %w", last, err)
		}
	}
}
