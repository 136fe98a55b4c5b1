package queue

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bevan-health/bevan/relayer/api"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/redis/go-redis/v9"
)

// newStore uses the machine's Redis under a unique prefix (removed afterwards).
func newStore(t *testing.T) *Store {
	t.Helper()
	c := redis.NewClient(&redis.Options{Addr: "127.0.0.1:6379", PoolSize: 64})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := c.Ping(ctx).Err(); err != nil {
		c.Close()
		if os.Getenv("BEVAN_TEST_NO_REDIS") == "1" {
			t.Skipf("Redis at 127.0.0.1:6379 unreachable (%v) and BEVAN_TEST_NO_REDIS=1", err)
		}
		t.Fatalf("these tests need the machine's Redis at 127.0.0.1:6379: %v (or set BEVAN_TEST_NO_REDIS=1 to skip)", err)
	}
	s := New(c, fmt.Sprintf("bevan:test:queue:%s:%d", t.Name(), time.Now().UnixNano()), time.Hour)
	t.Cleanup(func() {
		_ = s.DeleteAll(context.Background())
		c.Close()
	})
	return s
}

func record(from common.Address, nonce int, salt string) *Record {
	return &Record{Request: Request{ID: crypto.Keccak256Hash(from.Bytes(), []byte(strconv.Itoa(nonce)), []byte(salt)),
		Kind: api.KindForward, From: from, To: common.HexToAddress("0x02"), Nonce: big.NewInt(int64(nonce)),
		Target: common.HexToAddress("0x03"), TxData: []byte{0xde, 0xad, byte(nonce)}, GasLimit: 200, QuotaGas: 100},
		CostGwei: 10}
}

// Concurrent acceptances of one request (as from several replicas) store and enqueue it once.
func TestAcceptIsIdempotentUnderConcurrency(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	from := common.HexToAddress("0x01")
	var fresh atomic.Int64
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, dup, err := s.Accept(ctx, record(from, 0, "a"), Limits{}, time.Now())
			if err != nil {
				t.Error(err)
			}
			if !dup {
				fresh.Add(1)
			}
		}()
	}
	wg.Wait()
	if fresh.Load() != 1 {
		t.Fatalf("%d acceptances stored it", fresh.Load())
	}
	if n, _ := s.QueueLen(ctx); n != 1 {
		t.Fatalf("queue holds %d", n)
	}
	// Another request with the same nonce is refused while the first holds it.
	_, _, err := s.Accept(ctx, record(from, 0, "b"), Limits{}, time.Now())
	if api.CodeOf(err) != api.CodeNoncePending {
		t.Fatalf("same nonce, other request: %v", err)
	}
}

// Quotas hold exactly under concurrency: no more is accepted than the limit allows.
func TestQuotasAreAtomic(t *testing.T) {
	cases := []struct {
		name string
		lim  Limits
		code api.Code
		want int64
	}{
		{"requests per minute", Limits{RequestsPerMinute: 7}, api.CodeRateLimited, 7},
		{"gas per day", Limits{GasPerDay: 550}, api.CodeGasQuota, 5},
		{"spend cap", Limits{SpendCapGwei: 95}, api.CodeSpendCapReached, 9},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := newStore(t)
			ctx := context.Background()
			from := common.HexToAddress("0x03")
			// A fixed time in the middle of a minute, so the window cannot roll over during the test.
			now := time.Date(2026, 11, 24, 12, 0, 30, 0, time.UTC)
			var ok atomic.Int64
			var wg sync.WaitGroup
			for i := range 40 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					_, _, err := s.Accept(ctx, record(from, i, ""), c.lim, now)
					switch {
					case err == nil:
						ok.Add(1)
					case api.CodeOf(err) != c.code:
						t.Errorf("got %v, want %s", err, c.code)
					}
				}()
			}
			wg.Wait()
			if ok.Load() != c.want {
				t.Fatalf("accepted %d, want exactly %d", ok.Load(), c.want)
			}
		})
	}
}

// A result is recorded once; the spend reservation is replaced by the actual cost; the nonce lock is released.
func TestClaimAndFinishOnce(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	from, relayer := common.HexToAddress("0x04"), common.HexToAddress("0xbeef")
	rec := record(from, 0, "")
	if _, _, err := s.Accept(ctx, rec, Limits{SpendCapGwei: 1000}, time.Now()); err != nil {
		t.Fatal(err)
	}
	// The checked request comes back as stored: nothing to re-derive before sending it.
	stored, err := s.Get(ctx, rec.ID)
	if err != nil {
		t.Fatal(err)
	}
	if stored.Target != rec.Target || string(stored.TxData) != string(rec.TxData) || stored.GasLimit != rec.GasLimit ||
		stored.QuotaGas != rec.QuotaGas || stored.Nonce.Cmp(rec.Nonce) != 0 || stored.Proposal != nil || len(stored.Body) != 0 {
		t.Fatalf("stored request %+v, want %+v", stored.Request, rec.Request)
	}
	id, ok, err := s.Claim(ctx, relayer, 100*time.Millisecond)
	if err != nil || !ok || id != rec.ID {
		t.Fatalf("claim: %s %v %v", id, ok, err)
	}
	if ids, _ := s.InFlight(ctx, relayer); len(ids) != 1 || ids[0] != rec.ID {
		t.Fatalf("in flight: %v", ids)
	}
	if ok, err := s.MarkSubmitted(ctx, rec.ID, relayer, time.Now()); !ok || err != nil {
		t.Fatalf("mark submitted: %v %v", ok, err)
	}
	res := Result{Status: api.StateMined, TxHash: common.HexToHash("0xaa"), Block: 7, GasUsed: 50, Fee: "3000000000", L1Fee: "0", SpentGwei: 3}
	if first, err := s.Finish(ctx, rec, relayer, res, time.Now()); !first || err != nil {
		t.Fatalf("finish: %v %v", first, err)
	}
	if first, err := s.Finish(ctx, rec, relayer, Result{Status: api.StateFailed, Error: "late"}, time.Now()); first || err != nil {
		t.Fatalf("second finish changed the record: %v %v", first, err)
	}
	got, err := s.Get(ctx, rec.ID)
	if err != nil || got.Status != api.StateMined || got.TxHash != res.TxHash || got.Block != 7 || got.Relayer != relayer {
		t.Fatalf("record: %+v %v", got, err)
	}
	if ids, _ := s.InFlight(ctx, relayer); len(ids) != 0 {
		t.Fatalf("still in flight: %v", ids)
	}
	spent, _ := s.rdb.Get(ctx, s.key("spend", rec.Day)).Int64()
	if spent != 3 {
		t.Fatalf("spend %d gwei, want the actual 3", spent)
	}
	// The nonce is free again (e.g. for a wallet whose request failed).
	if _, _, err := s.Accept(ctx, record(from, 0, "retry"), Limits{}, time.Now()); err != nil {
		t.Fatalf("nonce still locked: %v", err)
	}
	if _, err := s.Get(ctx, common.HexToHash("0x99")); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown id: %v", err)
	}
	// A failed send is counted on a stored request only: an unknown (or deleted) one writes nothing.
	if n, err := s.SendFailed(ctx, rec.ID); err != nil || n != 1 {
		t.Fatalf("send failures %d, %v; want 1", n, err)
	}
	if _, err := s.SendFailed(ctx, common.HexToHash("0x99")); !errors.Is(err, ErrNotFound) {
		t.Fatalf("failed send of an unknown id: %v", err)
	}
	if n, _ := s.rdb.Exists(ctx, s.reqKey(common.HexToHash("0x99"))).Result(); n != 0 {
		t.Fatal("a failed send of an unknown id wrote a record")
	}
}

func TestUnreachableRedisIsUnavailable(t *testing.T) {
	c := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", MaxRetries: -1, DialTimeout: 200 * time.Millisecond})
	defer c.Close()
	s := New(c, "x", 0)
	_, _, err := s.Accept(context.Background(), record(common.HexToAddress("0x05"), 0, ""), Limits{}, time.Now())
	if !errors.Is(err, ErrUnavailable) {
		t.Fatalf("got %v, want ErrUnavailable", err)
	}
}
