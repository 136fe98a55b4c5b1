package indexer

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// header is the part of a block the indexer keeps; the hash is the node's, not recomputed.
type header struct {
	Number     hexutil.Uint64 `json:"number"`
	Hash       common.Hash    `json:"hash"`
	ParentHash common.Hash    `json:"parentHash"`
	Time       hexutil.Uint64 `json:"timestamp"`
}

// source reads the chain over JSON-RPC.
type source struct {
	rc      *rpc.Client
	addrs   []common.Address
	topics  []common.Hash
	timeout time.Duration
}

var errNoBlock = errors.New("block not found")

func (s *source) call(ctx context.Context, result any, method string, args ...any) error {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	return s.rc.CallContext(ctx, result, method, args...)
}

// headerByTag returns the latest, safe or finalized block.
func (s *source) headerByTag(ctx context.Context, tag string) (*header, error) {
	var h *header
	if err := s.call(ctx, &h, "eth_getBlockByNumber", tag, false); err != nil {
		return nil, fmt.Errorf("eth_getBlockByNumber(%s): %w", tag, err)
	}
	if h == nil {
		return nil, fmt.Errorf("eth_getBlockByNumber(%s): %w", tag, errNoBlock)
	}
	return h, nil
}

// headers fetches blocks by number in one batch request.
func (s *source) headers(ctx context.Context, nums []uint64) (map[uint64]*header, error) {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	out := make(map[uint64]*header, len(nums))
	const chunk = 500
	for start := 0; start < len(nums); start += chunk {
		part := nums[start:min(start+chunk, len(nums))]
		elems := make([]rpc.BatchElem, len(part))
		res := make([]*header, len(part))
		for i, n := range part {
			elems[i] = rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.EncodeUint64(n), false}, Result: &res[i]}
		}
		if err := s.rc.BatchCallContext(ctx, elems); err != nil {
			return nil, fmt.Errorf("eth_getBlockByNumber batch: %w", err)
		}
		for i, e := range elems {
			if e.Error != nil {
				return nil, fmt.Errorf("eth_getBlockByNumber(%d): %w", part[i], e.Error)
			}
			if res[i] == nil {
				return nil, fmt.Errorf("eth_getBlockByNumber(%d): %w", part[i], errNoBlock)
			}
			out[part[i]] = res[i]
		}
	}
	return out, nil
}

type logFilter struct {
	FromBlock string           `json:"fromBlock"`
	ToBlock   string           `json:"toBlock"`
	Address   []common.Address `json:"address"`
	Topics    [][]common.Hash  `json:"topics"`
}

// logs is eth_getLogs over [from, to] for the suite's contracts and events.
func (s *source) logs(ctx context.Context, from, to uint64) ([]types.Log, error) {
	var out []types.Log
	f := logFilter{FromBlock: hexutil.EncodeUint64(from), ToBlock: hexutil.EncodeUint64(to), Address: s.addrs,
		Topics: [][]common.Hash{s.topics}}
	if err := s.call(ctx, &out, "eth_getLogs", f); err != nil {
		return nil, fmt.Errorf("eth_getLogs(%d..%d): %w", from, to, err)
	}
	return out, nil
}

// isRangeError reports whether err means "ask for fewer blocks": the limits of common providers (too many results,
// block range too large, response too big) and timeouts.
func isRangeError(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"too many", "range", "limit", "exceed", "timeout", "timed out", "response size",
		"more than", "-32005", "413", "too large", "query returned", "block range"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}
