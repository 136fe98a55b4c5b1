package indexer

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// rpcErr is a JSON-RPC error as the rpc client returns it (code and message).
type rpcErr struct {
	code int
	msg  string
}

func (e rpcErr) Error() string  { return e.msg }
func (e rpcErr) ErrorCode() int { return e.code }

// TestClassifyProviderErrors checks the errors of common providers and clients: range and result limits and
// timeouts split the range, rate limits back off without shrinking it.
func TestClassifyProviderErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want errKind
	}{
		{"infura results", rpcErr{-32005, "query returned more than 10000 results. Try with this block range [0x1, 0x2]."}, kindRange},
		{"alchemy response size", rpcErr{-32602, "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size"}, kindRange},
		{"quicknode range", rpcErr{-32614, "eth_getLogs is limited to a 10,000 range"}, kindRange},
		{"ankr range", rpcErr{-32600, "block range is too wide"}, kindRange},
		{"chainstack range", rpcErr{-32000, "Block range limit exceeded."}, kindRange},
		{"geth-style max range", rpcErr{-32000, "exceed maximum block range: 50000"}, kindRange},
		{"reth max range", rpcErr{-32602, "query exceeds max block range 100000"}, kindRange},
		{"reth max results", rpcErr{-32602, "query exceeds max results 20000, retry with the range 1-500"}, kindRange},
		{"bare -32005", rpcErr{-32005, "limit exceeded"}, kindRange},
		{"http 413", rpc.HTTPError{StatusCode: 413, Status: "413 Request Entity Too Large"}, kindRange},
		{"websocket read limit", errors.New("websocket: read limit exceeded"), kindRange},
		{"our timeout", fmt.Errorf("eth_getLogs(1..2): %w", context.DeadlineExceeded), kindTimeout},
		{"provider timeout", rpcErr{-32000, "query timeout exceeded"}, kindTimeout},
		{"http 504", rpc.HTTPError{StatusCode: 504, Status: "504 Gateway Timeout"}, kindTimeout},
		{"http 429", rpc.HTTPError{StatusCode: 429, Status: "429 Too Many Requests"}, kindRate},
		{"infura rate", rpcErr{-32005, "daily request count exceeded, request rate limited"}, kindRate},
		{"alchemy compute units", rpcErr{429, "Your app has exceeded its compute units per second capacity."}, kindRate},
		{"internal", rpcErr{-32603, "internal error"}, kindOther},
		{"http 502", rpc.HTTPError{StatusCode: 502, Status: "502 Bad Gateway", Body: []byte("upstream unavailable")}, kindOther},
		{"refused", errors.New("dial tcp 127.0.0.1:8545: connect: connection refused"), kindOther},
	} {
		if got := classify(tc.err); got != tc.want {
			t.Errorf("%s: %q classified %s, want %s", tc.name, tc.err, got, tc.want)
		}
		if got := isRangeError(tc.err); got != (tc.want == kindRange || tc.want == kindTimeout) {
			t.Errorf("%s: isRangeError %v", tc.name, got)
		}
	}
	if backoff(3, kindRate) <= backoff(3, kindOther) {
		t.Error("a rate limit does not back off longer than other errors")
	}
}

// TestProgressLine checks the progress line's figures: blocks/s, events/s, share done and ETA.
func TestProgressLine(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	prev := progressSample{at: t0, blocks: 1000, events: 20_000}
	cur := progressSample{at: t0.Add(10 * time.Second), blocks: 1500, events: 70_000}
	bps, eps, attrs := progressLine(prev, cur, Status{Head: 10_100, Indexed: 5099, Lag: 5001}, 100)
	if bps != 50 || eps != 5000 {
		t.Fatalf("rates %v blocks/s %v events/s, want 50 and 5000", bps, eps)
	}
	got := map[string]any{}
	for i := 0; i < len(attrs); i += 2 {
		got[attrs[i].(string)] = attrs[i+1]
	}
	want := map[string]any{"blocks/s": "50.0", "events/s": "5000", "eta": "1m40s", "done": "50.0%", "lag": uint64(5001),
		"indexed": uint64(5099), "head": uint64(10_100), "events": uint64(70_000)}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %v, want %v (line %v)", k, got[k], v, attrs)
		}
	}
	_, _, attrs = progressLine(cur, cur, Status{Head: 10, Indexed: 5, Lag: 5}, 0)
	if attrs[13] != "unknown" {
		t.Errorf("no progress: eta %v, want unknown", attrs[13])
	}
}
