package relayer

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// GasPriceOracle is the OP-stack predeploy that prices a transaction's L1 data.
var GasPriceOracle = common.HexToAddress("0x420000000000000000000000000000000000000F")

const gpoABI = `[{"type":"function","name":"getL1Fee","stateMutability":"view","inputs":[{"name":"_data","type":"bytes"}],"outputs":[{"name":"","type":"uint256"}]}]`

// l1Fees reads the L1 data fee of transactions from the GasPriceOracle predeploy; on a chain without it (the
// anvil devnet) every fee is zero.
type l1Fees struct {
	backend bind.ContractCaller
	abi     abi.ABI
	present bool
}

func newL1Fees(ctx context.Context, backend bind.ContractCaller) (*l1Fees, error) {
	a, err := abi.JSON(strings.NewReader(gpoABI))
	if err != nil {
		return nil, fmt.Errorf("gas price oracle ABI: %w", err)
	}
	code, err := backend.CodeAt(ctx, GasPriceOracle, nil)
	if err != nil {
		return nil, fmt.Errorf("read the GasPriceOracle predeploy's code: %w", err)
	}
	return &l1Fees{backend: backend, abi: a, present: len(code) > 0}, nil
}

// Present reports whether the chain has the predeploy.
func (f *l1Fees) Present() bool { return f.present }

// Fee is the L1 data fee of a transaction to `to` with data (estimated on an unsigned dynamic-fee transaction with
// a 65-byte signature's worth of padding).
func (f *l1Fees) Fee(ctx context.Context, chainID *big.Int, to common.Address, data []byte, gas uint64) (*big.Int, error) {
	if !f.present {
		return new(big.Int), nil
	}
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: 1 << 20, GasTipCap: big.NewInt(1e9),
		GasFeeCap: big.NewInt(1e10), Gas: gas, To: &to, Data: data, V: big.NewInt(1),
		R: new(big.Int).Lsh(big.NewInt(1), 255), S: new(big.Int).Lsh(big.NewInt(1), 255)})
	raw, err := tx.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("encode transaction: %w", err)
	}
	in, err := f.abi.Pack("getL1Fee", raw)
	if err != nil {
		return nil, fmt.Errorf("encode getL1Fee: %w", err)
	}
	out, err := f.backend.CallContract(ctx, ethereum.CallMsg{To: &GasPriceOracle, Data: in}, nil)
	if err != nil {
		return nil, fmt.Errorf("GasPriceOracle.getL1Fee: %w", err)
	}
	if len(out) < 32 {
		return nil, fmt.Errorf("GasPriceOracle.getL1Fee returned %d bytes", len(out))
	}
	return new(big.Int).SetBytes(out[:32]), nil
}
