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

// headers fetches blocks by number in one batch request; every block must exist.
func (s *source) headers(ctx context.Context, nums []uint64) (map[uint64]*header, error) {
	out, err := s.headersIfAny(ctx, nums)
	if err != nil {
		return nil, err
	}
	for _, n := range nums {
		if out[n] == nil {
			return nil, fmt.Errorf("eth_getBlockByNumber(%d): %w", n, errNoBlock)
		}
	}
	return out, nil
}

// headersIfAny fetches blocks by number in one batch request; blocks past the node's head are left out.
func (s *source) headersIfAny(ctx context.Context, nums []uint64) (map[uint64]*header, error) {
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
			if res[i] != nil {
				out[part[i]] = res[i]
			}
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

// errKind classifies an RPC error for the adaptive ranges, the retries and the rpc_errors_total metric.
type errKind string

const (
	// kindRange: the provider wants fewer blocks or logs per eth_getLogs (too many results, block range too large,
	// response too big); the range is split.
	kindRange errKind = "range"
	// kindTimeout: the request timed out (ours or the provider's); the range is split as well.
	kindTimeout errKind = "timeout"
	// kindRate: the provider is rate limiting; the same request is retried after a longer back-off.
	kindRate errKind = "rate_limit"
	// kindOther: anything else (connection refused, internal errors); retried with a short back-off.
	kindOther errKind = "other"
)

// Substrings of the errors of common providers and clients (lower case). Rate limits are looked for first:
// Infura's "daily request count exceeded, request rate limited" and Alchemy's "exceeded its compute units" say
// "exceeded" too, and must not shrink the range.
var (
	rateHints    = []string{"rate limit", "rate-limit", "ratelimit", "too many requests", "compute units", "throttl", "request count exceeded", "capacity"}
	timeoutHints = []string{"timeout", "timed out", "deadline exceeded"}
	rangeHints   = []string{
		"query returned more than", // Infura, geth-style providers (-32005)
		"more than", "too many results", "too many logs", "too many blocks",
		"response size", "response too large", "too large", // Alchemy "Log response size exceeded", HTTP 413 bodies
		"block range", // Ankr "block range is too wide", Chainstack "Block range limit exceeded", "exceed maximum block range"
		"range is too", "range too", "range exceeds", "range exceeded",
		"limited to",    // QuickNode "eth_getLogs is limited to a 10,000 range"
		"query exceeds", // reth "query exceeds max block range 100000" / "query exceeds max results 20000"
		"max results", "maximum results",
		"read limit", // a WebSocket message over the client's read limit
	}
)

// classify tells what an RPC error asks of the indexer.
func classify(err error) errKind {
	if err == nil {
		return ""
	}
	var he rpc.HTTPError
	if errors.As(err, &he) {
		switch he.StatusCode {
		case 429:
			return kindRate
		case 408, 504:
			return kindTimeout
		case 413:
			return kindRange
		}
	}
	msg := strings.ToLower(err.Error())
	if containsAny(msg, rateHints) {
		return kindRate
	}
	if errors.Is(err, context.DeadlineExceeded) || containsAny(msg, timeoutHints) {
		return kindTimeout
	}
	if containsAny(msg, rangeHints) {
		return kindRange
	}
	var re rpc.Error
	if errors.As(err, &re) && re.ErrorCode() == -32005 { // EIP-1474 "limit exceeded"
		return kindRange
	}
	return kindOther
}

// isRangeError reports whether err means "ask for fewer blocks": a provider's range or result limit, or a timeout.
func isRangeError(err error) bool {
	k := classify(err)
	return k == kindRange || k == kindTimeout
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
