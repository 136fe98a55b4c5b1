package rpcbatch

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// ethService answers eth_call with its input reversed, or a revert with data when the input starts with 0xff;
// each call takes a millisecond, as a node's would.
type ethService struct{}

type callArgs struct {
	From  common.Address  `json:"from"`
	To    *common.Address `json:"to"`
	Input hexutil.Bytes   `json:"input"`
	Gas   *hexutil.Uint64 `json:"gas"`
}

type revertError struct{ data string }

func (e *revertError) Error() string          { return "execution reverted" }
func (e *revertError) ErrorCode() int         { return 3 }
func (e *revertError) ErrorData() interface{} { return e.data }

func (ethService) Call(args callArgs, block string) (hexutil.Bytes, error) {
	time.Sleep(time.Millisecond)
	if len(args.Input) > 0 && args.Input[0] == 0xff {
		return nil, &revertError{data: hexutil.Encode(args.Input)}
	}
	out := make([]byte, len(args.Input))
	for i, b := range args.Input {
		out[len(out)-1-i] = b
	}
	return out, nil
}

// node is a real go-ethereum JSON-RPC server over HTTP that counts the HTTP requests it gets.
func node(t *testing.T) (*rpc.Client, *atomic.Int64) {
	t.Helper()
	srv := rpc.NewServer()
	if err := srv.RegisterName("eth", ethService{}); err != nil {
		t.Fatal(err)
	}
	var posts atomic.Int64
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		posts.Add(1)
		srv.ServeHTTP(w, r)
	}))
	t.Cleanup(hs.Close)
	rc, err := rpc.Dial(hs.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rc.Close)
	return rc, &posts
}

// Concurrent calls each get their own answer (or their own revert data), in fewer HTTP requests than calls.
func TestConcurrentCallsAreBatched(t *testing.T) {
	rc, posts := node(t)
	c := New(rc, Config{MaxBatch: 32, InFlight: 2})
	defer c.Close()
	to := common.HexToAddress("0x01")
	const n = 400
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			in := []byte{byte(i), byte(i >> 8), 7}
			if i%10 == 0 {
				in[0] = 0xff
			}
			out, err := c.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: in, Gas: 100}, nil)
			if in[0] == 0xff {
				var de rpc.DataError
				if !errors.As(err, &de) || de.ErrorData() != hexutil.Encode(in) {
					t.Errorf("call %d: %v, want a revert carrying its data", i, err)
				}
				return
			}
			if err != nil || len(out) != 3 || out[0] != 7 || out[1] != in[1] || out[2] != in[0] {
				t.Errorf("call %d: %x %v", i, out, err)
			}
		}()
	}
	wg.Wait()
	calls, batches := c.Stats()
	if calls != n {
		t.Fatalf("%d calls counted, want %d", calls, n)
	}
	if int64(batches) != posts.Load() || batches >= n/2 {
		t.Fatalf("%d calls in %d batches (%d HTTP requests): not batched", calls, batches, posts.Load())
	}
	t.Logf("%d calls in %d HTTP requests", calls, posts.Load())
}

// A lone call goes out at once, as a plain call; after Close calls fail.
func TestLoneCallAndClose(t *testing.T) {
	rc, posts := node(t)
	c := New(rc, Config{})
	to := common.HexToAddress("0x01")
	out, err := c.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: []byte{1, 2}}, nil)
	if err != nil || len(out) != 2 || out[0] != 2 || posts.Load() != 1 {
		t.Fatalf("lone call: %x %v (%d requests)", out, err, posts.Load())
	}
	c.Close()
	if _, err := c.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: []byte{1}}, nil); !errors.Is(err, ErrClosed) {
		t.Fatalf("call after Close: %v", err)
	}
}

// callMessage is ethclient's encoding of a call message as a struct (the fields the relayer uses): callArg must
// write the same JSON.
type callMessage struct {
	From     common.Address  `json:"from"`
	To       *common.Address `json:"to"`
	Input    hexutil.Bytes   `json:"input,omitempty"`
	Value    *hexutil.Big    `json:"value,omitempty"`
	Gas      hexutil.Uint64  `json:"gas,omitempty"`
	GasPrice *hexutil.Big    `json:"gasPrice,omitempty"`
}

func TestCallArgIsEthclientsEncoding(t *testing.T) {
	to := common.HexToAddress("0x00000000000000000000000000000000000000Ab")
	for i, msg := range []ethereum.CallMsg{
		{},
		{From: common.HexToAddress("0xC6E3cF955eCfaFD54dc67E8ab1A8Df7CE9FC9Caf"), To: &to, Gas: 0x1234ab, Data: []byte{0xde, 0xad, 0, 1}},
		{To: &to, Value: new(big.Int), GasPrice: big.NewInt(1e9), Data: []byte{}},
		{To: &to, Value: new(big.Int).Lsh(big.NewInt(1), 255), Gas: 1, Data: make([]byte, 300)},
	} {
		want, err := json.Marshal(&callMessage{From: msg.From, To: msg.To, Input: msg.Data, Value: (*hexutil.Big)(msg.Value),
			Gas: hexutil.Uint64(msg.Gas), GasPrice: (*hexutil.Big)(msg.GasPrice)})
		if err != nil {
			t.Fatal(err)
		}
		if got := callArg(msg); string(got) != string(want) {
			t.Errorf("message %d:\n got %s\nwant %s", i, got, want)
		}
	}
}
