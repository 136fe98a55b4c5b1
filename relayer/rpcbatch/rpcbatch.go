// Package rpcbatch coalesces concurrent eth_calls into JSON-RPC batches. A call goes out at once when a batch slot
// is free; while every slot is busy, calls wait and leave together in the next batch (group commit). Under load one
// HTTP request and one response carry many calls — less JSON-RPC and HTTP work for the relayer and the node — and
// alone a call waits for nothing.
package rpcbatch

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// ErrClosed is returned by calls made after Close.
var ErrClosed = errors.New("rpcbatch: closed")

// Config sizes a Caller.
type Config struct {
	// MaxBatch is the most calls in one batch (default 64).
	MaxBatch int
	// InFlight is how many batches may be in flight at once (default 4).
	InFlight int
	// Timeout bounds one batch round trip (default 5 s); each call's own context bounds its wait too.
	Timeout time.Duration
}

// Caller is a bind.ContractCaller whose eth_calls are batched. It is safe for concurrent use.
type Caller struct {
	rc    *rpc.Client
	cfg   Config
	queue chan *call
	slots chan struct{}
	work  chan []*call // batches for the senders
	done  chan struct{}
	once  sync.Once
	wg    sync.WaitGroup

	calls, batches atomic.Uint64
}

type call struct {
	ctx   context.Context
	args  []any
	out   hexutil.Bytes
	err   error
	ready chan struct{}
}

// New starts a Caller over rc. Close stops it (rc stays open).
func New(rc *rpc.Client, cfg Config) *Caller {
	if cfg.MaxBatch <= 0 {
		cfg.MaxBatch = 64
	}
	if cfg.InFlight <= 0 {
		cfg.InFlight = 4
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 5 * time.Second
	}
	c := &Caller{rc: rc, cfg: cfg, queue: make(chan *call, 4096), slots: make(chan struct{}, cfg.InFlight),
		work: make(chan []*call), done: make(chan struct{})}
	// One long-lived sender per batch in flight: a goroutine per batch would start on a small stack and grow it
	// through the HTTP and JSON code on every batch (stack copies were ~10 % of the acceptance path's CPU).
	c.wg.Add(1 + cfg.InFlight)
	for range cfg.InFlight {
		go func() {
			defer c.wg.Done()
			for batch := range c.work {
				c.send(batch)
				<-c.slots
			}
		}()
	}
	go c.loop()
	return c
}

// Close stops batching; calls still queued fail with ErrClosed.
func (c *Caller) Close() {
	c.once.Do(func() { close(c.done) })
	c.wg.Wait()
}

// Stats is how many calls were made and in how many batches.
func (c *Caller) Stats() (calls, batches uint64) { return c.calls.Load(), c.batches.Load() }

// CallContract runs eth_call of msg at block (nil: latest) in the next batch.
func (c *Caller) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	select {
	case <-c.done:
		return nil, ErrClosed
	default:
	}
	cl := &call{ctx: ctx, args: []any{callArg(msg), blockArg(block)}, ready: make(chan struct{})}
	select {
	case c.queue <- cl:
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-c.done:
		return nil, ErrClosed
	}
	select {
	case <-cl.ready:
		return cl.out, cl.err
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-c.done:
		select {
		case <-cl.ready:
			return cl.out, cl.err
		default:
			return nil, ErrClosed
		}
	}
}

// CodeAt is eth_getCode (not batched: it is read once at start).
func (c *Caller) CodeAt(ctx context.Context, account common.Address, block *big.Int) ([]byte, error) {
	var code hexutil.Bytes
	err := c.rc.CallContext(ctx, &code, "eth_getCode", account, blockArg(block))
	return code, err
}

func (c *Caller) loop() {
	defer c.wg.Done()
	defer close(c.work)
	for {
		var first *call
		select {
		case first = <-c.queue:
		case <-c.done:
			c.failQueued()
			return
		}
		// Take a slot before collecting: while every slot is busy, calls gather in the queue for this batch.
		select {
		case c.slots <- struct{}{}:
		case <-c.done:
			first.finish(nil, ErrClosed)
			c.failQueued()
			return
		}
		batch := []*call{first}
	collect:
		for len(batch) < c.cfg.MaxBatch {
			select {
			case cl := <-c.queue:
				batch = append(batch, cl)
			default:
				break collect
			}
		}
		c.work <- batch // a sender is free: this loop holds one of the slots, one per sender
	}
}

func (c *Caller) failQueued() {
	for {
		select {
		case cl := <-c.queue:
			cl.finish(nil, ErrClosed)
		default:
			return
		}
	}
}

func (c *Caller) send(batch []*call) {
	live := batch[:0]
	for _, cl := range batch {
		if err := cl.ctx.Err(); err != nil {
			cl.finish(nil, err) // its caller has gone: do not ask the node
			continue
		}
		live = append(live, cl)
	}
	if len(live) == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), c.cfg.Timeout)
	defer cancel()
	c.calls.Add(uint64(len(live)))
	c.batches.Add(1)
	if len(live) == 1 {
		cl := live[0]
		var out hexutil.Bytes
		err := c.rc.CallContext(ctx, &out, "eth_call", cl.args...)
		cl.finish(out, err)
		return
	}
	elems := make([]rpc.BatchElem, len(live))
	outs := make([]hexutil.Bytes, len(live))
	for i, cl := range live {
		elems[i] = rpc.BatchElem{Method: "eth_call", Args: cl.args, Result: &outs[i]}
	}
	if err := c.rc.BatchCallContext(ctx, elems); err != nil {
		for _, cl := range live {
			cl.finish(nil, fmt.Errorf("eth_call batch: %w", err))
		}
		return
	}
	for i, cl := range live {
		cl.finish(outs[i], elems[i].Error)
	}
}

func (cl *call) finish(out []byte, err error) {
	cl.out, cl.err = out, err
	close(cl.ready)
}

// callArg is ethclient's encoding of a call message (the fields the relayer uses), written directly as JSON: the
// RPC client marshals its params through reflection, and each hex field through its own allocation.
func callArg(msg ethereum.CallMsg) json.RawMessage {
	b := make([]byte, 0, 128+2*len(msg.Data))
	b = append(b, `{"from":"`...)
	b = appendHex(b, msg.From[:]) // hexutil's encoding of an address: lower case
	b = append(b, `","to":`...)
	if msg.To == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '"')
		b = appendHex(b, msg.To[:])
		b = append(b, '"')
	}
	if len(msg.Data) > 0 {
		b = append(b, `,"input":"`...)
		b = appendHex(b, msg.Data)
		b = append(b, '"')
	}
	b = appendBig(b, "value", msg.Value)
	if msg.Gas != 0 {
		b = append(b, `,"gas":"0x`...)
		b = strconv.AppendUint(b, msg.Gas, 16)
		b = append(b, '"')
	}
	b = appendBig(b, "gasPrice", msg.GasPrice)
	return append(b, '}')
}

// appendHex appends 0x and b in lower-case hex (hexutil.Bytes' encoding).
func appendHex(dst, b []byte) []byte { return hex.AppendEncode(append(dst, "0x"...), b) }

// appendBig appends `,"name":"0x…"` (hexutil.Big's encoding) unless v is nil.
func appendBig(b []byte, name string, v *big.Int) []byte {
	if v == nil {
		return b
	}
	b = append(append(append(b, `,"`...), name...), `":"`...)
	b = append(b, hexutil.EncodeBig(v)...)
	return append(b, '"')
}

func blockArg(n *big.Int) string {
	if n == nil {
		return "latest"
	}
	if n.Sign() >= 0 {
		return hexutil.EncodeBig(n)
	}
	return rpc.BlockNumber(n.Int64()).String()
}
