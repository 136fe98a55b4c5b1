package policy

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/bevan-health/bevan/bindings"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// Errors decodes revert data with the custom errors of every Bevan contract (from the bindings' ABIs), plus
// Solidity's Error(string) and Panic(uint256).
type Errors struct {
	byID map[[4]byte]abi.Error
}

// NewErrors collects the custom errors of the bindings' ABIs.
func NewErrors() (*Errors, error) {
	e := &Errors{byID: map[[4]byte]abi.Error{}}
	for _, md := range []*bindMeta{
		{"BevanForwarder", bindings.BevanForwarderMetaData.GetAbi},
		{"BevanGovernor", bindings.BevanGovernorMetaData.GetAbi},
		{"BevanTimelock", bindings.BevanTimelockMetaData.GetAbi},
		{"ConsentRegistry", bindings.ConsentRegistryMetaData.GetAbi},
		{"Membership", bindings.MembershipMetaData.GetAbi},
		{"RecordAnchor", bindings.RecordAnchorMetaData.GetAbi},
		{"DeviceRegistry", bindings.DeviceRegistryMetaData.GetAbi},
		{"IdentityRegistry", bindings.IdentityRegistryMetaData.GetAbi},
		{"KeyRecovery", bindings.KeyRecoveryMetaData.GetAbi},
		{"DataAccess", bindings.DataAccessMetaData.GetAbi},
	} {
		a, err := md.abi()
		if err != nil {
			return nil, fmt.Errorf("%s ABI: %w", md.name, err)
		}
		for _, er := range a.Errors {
			var id [4]byte
			copy(id[:], er.ID[:4])
			e.byID[id] = er
		}
	}
	return e, nil
}

type bindMeta struct {
	name string
	abi  func() (*abi.ABI, error)
}

// Decode renders revert data as "Name(arg=value, ...)"; unknown data is shown as hex.
func (e *Errors) Decode(data []byte) string {
	if len(data) == 0 {
		return "reverted without a reason"
	}
	if len(data) >= 4 {
		var id [4]byte
		copy(id[:], data[:4])
		if er, ok := e.byID[id]; ok {
			vals, err := er.Inputs.Unpack(data[4:])
			if err == nil {
				parts := make([]string, len(vals))
				for i, v := range vals {
					parts[i] = er.Inputs[i].Name + "=" + formatValue(v)
				}
				return er.Name + "(" + strings.Join(parts, ", ") + ")"
			}
		}
		if msg, err := abi.UnpackRevert(data); err == nil {
			return msg
		}
	}
	return "unknown revert data " + hexutil.Encode(data)
}

func formatValue(v any) string {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case *big.Int:
		return x.String()
	case [32]byte:
		return hexutil.Encode(x[:])
	case [8]byte:
		return hexutil.Encode(x[:])
	case [4]byte:
		return hexutil.Encode(x[:])
	case []byte:
		return hexutil.Encode(x)
	default:
		return fmt.Sprint(x)
	}
}

// RevertData extracts the revert data of a failed eth_call / eth_estimateGas. ok is false when err is not a
// revert (the node is unreachable, the request timed out, ...).
func RevertData(err error) (data []byte, ok bool) {
	if err == nil {
		return nil, false
	}
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, isStr := de.ErrorData().(string); isStr {
			b, herr := hex.DecodeString(strings.TrimPrefix(s, "0x"))
			if herr == nil {
				return b, true
			}
		}
		if strings.Contains(de.Error(), "revert") {
			return nil, true
		}
	}
	msg := err.Error()
	if strings.Contains(msg, "execution reverted") || strings.Contains(msg, "revert") {
		return nil, true
	}
	return nil, false
}
