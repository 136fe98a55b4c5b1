// Package queue is the relayer's durable state in Redis, shared by every replica: the accepted requests (keyed by
// their EIP-712 digest), the queue of requests waiting to be submitted, each replica's in-flight list, the
// per-wallet nonce locks, and the quotas (requests per minute and gas per day per wallet, a global daily spending
// cap). Every acceptance is one Lua script, so the quota checks, the idempotency check, the store and the enqueue are
// atomic across replicas.
package queue

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/bevan-health/bevan/relayer/api"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/redis/go-redis/v9"
)

// ErrNotFound means no request has the id.
var ErrNotFound = errors.New("no such request")

// ErrUnavailable wraps every Redis failure: the caller must fail closed.
var ErrUnavailable = errors.New("redis unavailable")

// Request is a checked request as the relayer stores and submits it: who signed what, and the relayer's own
// transaction for it (target, calldata, gas limit). The policy builds it once at acceptance; a worker simulates and
// sends exactly this, re-deriving nothing.
type Request struct {
	ID   common.Hash // the EIP-712 digest of the signed message
	Kind string      // api.KindForward or api.KindVote
	From common.Address
	// To is the contract the signer calls (the Governor for a ballot).
	To       common.Address
	Nonce    *big.Int
	Deadline uint64   // unix seconds; 0 for ballots
	Proposal *big.Int // a ballot's proposal id; nil for forward requests
	// Target, TxData and GasLimit are the relayer's transaction: forwarder.execute(...) or
	// governor.castVoteBySig(...), and the gas limit it is sent (and simulated) with.
	Target   common.Address
	TxData   []byte
	GasLimit uint64
	// QuotaGas is what the request counts against its wallet's daily gas quota.
	QuotaGas uint64
	// Body is the submission as signed. Only records stored by relayers before the checked request was kept hold
	// it (and lack TxData): policy.Restore rebuilds those.
	Body []byte
}

// Record is an accepted request as stored: the checked request and where it is.
type Record struct {
	Request
	Status     string
	Relayer    common.Address
	TxHash     common.Hash
	Block      uint64
	GasUsed    uint64
	Fee        string
	L1Fee      string
	Error      string
	AcceptedAt int64 // unix ms
	UpdatedAt  int64
	// AcceptBlock is the chain head when accepted: where a search for its execution starts.
	AcceptBlock uint64
	// CostGwei is what it reserved of the spending cap on Day (UTC, YYYYMMDD).
	CostGwei int64
	Day      string
	// SentTx is the last transaction signed for the request (its raw encoding; nil until one is): written before
	// the transaction is published, so that whatever of it reached a mempool is known after a crash. Until the
	// chain's nonce of the relayer passes that transaction's nonce, it may still land, and the request is not
	// sent again (see relayer's worker).
	SentTx []byte
	// SendFailures is how many of the request's sends failed (txmgr gave up, the node refused it).
	SendFailures int
	// Charges are counters besides the wallet's and the global ones that the acceptance adds to atomically (an app
	// key's or a client address's gas and budget); only used by Accept. The keys of its cost charges are kept
	// (CostKeys) and settled to the actual cost when the request ends.
	Charges  []Charge
	CostKeys []string
}

// Charge is one more counter an acceptance adds Amount to, refusing the request with Code when the counter would
// pass Limit (0: no limit). A Cost charge is a reservation in gwei, replaced by what the request actually cost when
// it ends (as the global spending cap's is).
type Charge struct {
	Key    string // a key of this store (Store.Key)
	Amount int64
	Limit  int64
	TTL    time.Duration
	Code   api.Code
	Cost   bool
}

func decimal(v *big.Int) string {
	if v == nil {
		return ""
	}
	return v.String()
}

// API is the record as the API reports it.
func (r *Record) API() api.Status {
	s := api.Status{ID: r.ID, Kind: r.Kind, Status: r.Status, From: r.From, To: r.To, Nonce: decimal(r.Nonce),
		Relayer: r.Relayer, Block: r.Block, GasUsed: r.GasUsed, Fee: r.Fee, L1Fee: r.L1Fee, Error: r.Error,
		AcceptedAt: r.AcceptedAt, UpdatedAt: r.UpdatedAt}
	if r.TxHash != (common.Hash{}) {
		h := r.TxHash
		s.TxHash = &h
	}
	return s
}

// Limits are the quotas checked at acceptance; zero disables one.
type Limits struct {
	RequestsPerMinute int64
	GasPerDay         int64
	SpendCapGwei      int64
}

// Store is the relayer's Redis state under a key prefix.
type Store struct {
	rdb    redis.UniversalClient
	prefix string
	ttl    time.Duration
}

// New returns a store using keys under prefix. All keys share one Redis Cluster hash slot ({prefix}), so the Lua
// scripts work on a cluster too. Final records expire after ttl.
func New(rdb redis.UniversalClient, prefix string, ttl time.Duration) *Store {
	if ttl <= 0 {
		ttl = 7 * 24 * time.Hour
	}
	return &Store{rdb: rdb, prefix: "{" + prefix + "}:", ttl: ttl}
}

func (s *Store) key(parts ...string) string { return s.prefix + strings.Join(parts, ":") }

// Key is a Redis key under the store's prefix (in its hash slot): other parts of the relayer keep their counters
// there, so that the acceptance script can charge them.
func (s *Store) Key(parts ...string) string { return s.key(parts...) }

// RateKey is the counter of a wallet's requests in a minute (unix seconds / 60).
func (s *Store) RateKey(from common.Address, minute int64) string {
	return s.key("rpm", strings.ToLower(from.Hex()), strconv.FormatInt(minute, 10))
}

func (s *Store) reqKey(id common.Hash) string { return s.key("req", id.Hex()) }

// RequestKey is the key of a request's record (a hash whose status field is set once it is stored).
func (s *Store) RequestKey(id common.Hash) string { return s.reqKey(id) }

// QueueKey is the list of requests waiting for a replica.
func (s *Store) queueKey() string { return s.key("queue") }

func (s *Store) processingKey(relayer common.Address) string {
	return s.key("processing", strings.ToLower(relayer.Hex()))
}

func (s *Store) nonceKey(kind string, from common.Address, nonce *big.Int) string {
	return s.key("nonce", kind, strings.ToLower(from.Hex()), decimal(nonce))
}

func unavailable(err error) error { return fmt.Errorf("%w: %w", ErrUnavailable, err) }

// Ping checks that Redis answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.rdb.Ping(ctx).Err(); err != nil {
		return unavailable(err)
	}
	return nil
}

// acceptScript: KEYS req, queue, nonceLock, perMinute, gasDay, spendDay, then one key per extra charge.
// ARGV id, rpm, gasQuota, spendCap, gas, cost, n (extra charges), then amount/limit/ttl (s) per charge, then
// field/value pairs of the record.
var acceptScript = redis.NewScript(`
local st = redis.call('HGET', KEYS[1], 'status')
if st then return {'dup', st} end
local holder = redis.call('GET', KEYS[3])
if holder and holder ~= ARGV[1] then return {'nonce_pending', holder} end
local rpm, gq, cap = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local gas, cost = tonumber(ARGV[5]), tonumber(ARGV[6])
local n = tonumber(redis.call('GET', KEYS[4]) or '0')
if rpm > 0 and n + 1 > rpm then return {'rate_limited', tostring(n)} end
local g = tonumber(redis.call('GET', KEYS[5]) or '0')
if gq > 0 and g + gas > gq then return {'gas_quota', tostring(g)} end
local s = tonumber(redis.call('GET', KEYS[6]) or '0')
if cap > 0 and s + cost > cap then return {'spend_cap', tostring(s)} end
local n = tonumber(ARGV[7])
for i = 1, n do
  local a, l = tonumber(ARGV[5 + 3 * i]), tonumber(ARGV[6 + 3 * i])
  local v = tonumber(redis.call('GET', KEYS[6 + i]) or '0')
  if l > 0 and v + a > l then return {'charge', tostring(i), tostring(v)} end
end
for i = 1, n do
  redis.call('INCRBY', KEYS[6 + i], ARGV[5 + 3 * i])
  redis.call('EXPIRE', KEYS[6 + i], ARGV[7 + 3 * i])
end
if rpm > 0 then
redis.call('INCR', KEYS[4])
redis.call('EXPIRE', KEYS[4], 120)
end
redis.call('INCRBY', KEYS[5], gas)
redis.call('EXPIRE', KEYS[5], 172800)
redis.call('INCRBY', KEYS[6], cost)
redis.call('EXPIRE', KEYS[6], 172800)
local fields = {}
for i = 8 + 3 * n, #ARGV do fields[#fields + 1] = ARGV[i] end
redis.call('HSET', KEYS[1], unpack(fields))
redis.call('SET', KEYS[3], ARGV[1])
redis.call('LPUSH', KEYS[2], ARGV[1])
return {'ok', ''}
`)

// Accept stores and enqueues rec atomically unless it is already known, its nonce is held by another request, or
// a quota would be exceeded. It returns (status, true, nil) for a request already accepted (nothing is stored or
// enqueued again), ("received", false, nil) once durably stored, an *api.Error for a quota or a nonce held by
// another request, or an error wrapping ErrUnavailable.
func (s *Store) Accept(ctx context.Context, rec *Record, lim Limits, now time.Time) (string, bool, error) {
	now = now.UTC()
	rec.Status = api.StateReceived
	rec.AcceptedAt, rec.UpdatedAt = now.UnixMilli(), now.UnixMilli()
	rec.Day = now.Format("20060102")
	minute := strconv.FormatInt(now.Unix()/60, 10)
	from := strings.ToLower(rec.From.Hex())
	keys := []string{s.reqKey(rec.ID), s.queueKey(), s.nonceKey(rec.Kind, rec.From, rec.Nonce),
		s.key("rpm", from, minute), s.key("gas", from, rec.Day), s.key("spend", rec.Day)}
	args := []any{rec.ID.Hex(), lim.RequestsPerMinute, lim.GasPerDay, lim.SpendCapGwei, rec.QuotaGas, rec.CostGwei, len(rec.Charges)}
	rec.CostKeys = rec.CostKeys[:0]
	for _, c := range rec.Charges {
		keys = append(keys, c.Key)
		args = append(args, c.Amount, c.Limit, max(int64(c.TTL/time.Second), 1))
		if c.Cost {
			rec.CostKeys = append(rec.CostKeys, c.Key)
		}
	}
	args = append(args, rec.fields()...)
	res, err := acceptScript.Run(ctx, s.rdb, keys, args...).StringSlice()
	if err != nil {
		return "", false, unavailable(err)
	}
	if len(res) != 2 {
		return "", false, unavailable(fmt.Errorf("accept script returned %v", res))
	}
	switch res[0] {
	case "ok":
		return api.StateReceived, false, nil
	case "dup":
		return res[1], true, nil
	case "nonce_pending":
		return "", false, api.Errorf(api.CodeNoncePending, "request %s with the same nonce %s of %s is already being relayed", res[1], rec.Nonce, rec.From)
	case "rate_limited":
		return "", false, api.Errorf(api.CodeRateLimited, "%s has sent %s requests this minute (limit %d)", rec.From, res[1], lim.RequestsPerMinute)
	case "gas_quota":
		return "", false, api.Errorf(api.CodeGasQuota, "%s has used %s gas today; %d more would pass its daily quota of %d", rec.From, res[1], rec.QuotaGas, lim.GasPerDay)
	case "spend_cap":
		return "", false, api.Errorf(api.CodeSpendCapReached, "the relayer has committed %s gwei today; its daily spending cap is %d gwei", res[1], lim.SpendCapGwei)
	case "charge":
		return "", false, chargeRefusal(rec.Charges, res[1])
	}
	return "", false, unavailable(fmt.Errorf("accept script returned %v", res))
}

// chargeRefusal is the refusal of the i-th (1-based, as the script counts) charge.
func chargeRefusal(charges []Charge, i string) error {
	n, err := strconv.Atoi(i)
	if err != nil || n < 1 || n > len(charges) {
		return unavailable(fmt.Errorf("accept script refused charge %q", i))
	}
	c := charges[n-1]
	unit := "gas"
	if c.Cost {
		unit = "gwei"
	}
	return api.Errorf(c.Code, "this request's %d %s would pass its sponsor's daily limit of %d %s", c.Amount, unit, c.Limit, unit)
}

func (r *Record) fields() []any {
	f := []any{
		"kind", r.Kind, "from", r.From.Hex(), "to", r.To.Hex(), "nonce", decimal(r.Nonce), "deadline", r.Deadline,
		"target", r.Target.Hex(), "data", hexutil.Encode(r.TxData), "gasLimit", r.GasLimit,
		"status", r.Status, "acceptedAt", r.AcceptedAt, "updatedAt", r.UpdatedAt, "acceptBlock", r.AcceptBlock,
		"gas", r.QuotaGas, "cost", r.CostGwei, "day", r.Day,
	}
	if r.Proposal != nil {
		f = append(f, "proposal", r.Proposal.String())
	}
	if len(r.Body) > 0 {
		f = append(f, "body", string(r.Body))
	}
	if len(r.CostKeys) > 0 {
		f = append(f, "costKeys", strings.Join(r.CostKeys, " "))
	}
	return f
}

// Get returns a request by id, or ErrNotFound.
func (s *Store) Get(ctx context.Context, id common.Hash) (*Record, error) {
	m, err := s.rdb.HGetAll(ctx, s.reqKey(id)).Result()
	if err != nil {
		return nil, unavailable(err)
	}
	if len(m) == 0 || m["status"] == "" {
		return nil, ErrNotFound
	}
	u := func(k string) uint64 { v, _ := strconv.ParseUint(m[k], 10, 64); return v }
	i := func(k string) int64 { v, _ := strconv.ParseInt(m[k], 10, 64); return v }
	b := func(k string) *big.Int {
		v, ok := new(big.Int).SetString(m[k], 10)
		if !ok {
			return nil
		}
		return v
	}
	rec := &Record{
		Request: Request{ID: id, Kind: m["kind"], From: common.HexToAddress(m["from"]), To: common.HexToAddress(m["to"]),
			Nonce: b("nonce"), Deadline: u("deadline"), Proposal: b("proposal"), Target: common.HexToAddress(m["target"]),
			GasLimit: u("gasLimit"), QuotaGas: u("gas"), Body: []byte(m["body"])},
		Status: m["status"], Relayer: common.HexToAddress(m["relayer"]), TxHash: common.HexToHash(m["txHash"]),
		Block: u("block"), GasUsed: u("gasUsed"), Fee: m["fee"], L1Fee: m["l1Fee"], Error: m["error"],
		AcceptedAt: i("acceptedAt"), UpdatedAt: i("updatedAt"), AcceptBlock: u("acceptBlock"), CostGwei: i("cost"),
		Day: m["day"],
	}
	if k := m["costKeys"]; k != "" {
		rec.CostKeys = strings.Fields(k)
	}
	if d := m["data"]; d != "" {
		if rec.TxData, err = hexutil.Decode(d); err != nil {
			return nil, fmt.Errorf("request %s: stored calldata: %w", id, err)
		}
	}
	if d := m["sentTx"]; d != "" {
		if rec.SentTx, err = hexutil.Decode(d); err != nil {
			return nil, fmt.Errorf("request %s: stored transaction: %w", id, err)
		}
	}
	rec.SendFailures = int(i("sendFailures"))
	return rec, nil
}

// Claim moves the oldest queued request into relayer's in-flight list and returns its id; (zero, false, nil) when
// the queue stayed empty for wait.
func (s *Store) Claim(ctx context.Context, relayer common.Address, wait time.Duration) (common.Hash, bool, error) {
	id, err := s.rdb.BLMove(ctx, s.queueKey(), s.processingKey(relayer), "RIGHT", "LEFT", wait).Result()
	if errors.Is(err, redis.Nil) {
		return common.Hash{}, false, nil
	}
	if err != nil {
		return common.Hash{}, false, unavailable(err)
	}
	return common.HexToHash(id), true, nil
}

// InFlight lists the requests relayer claimed and has not finished (what a restarted relayer must recover).
func (s *Store) InFlight(ctx context.Context, relayer common.Address) ([]common.Hash, error) {
	ids, err := s.rdb.LRange(ctx, s.processingKey(relayer), 0, -1).Result()
	if err != nil {
		return nil, unavailable(err)
	}
	out := make([]common.Hash, len(ids))
	for i, id := range ids {
		out[i] = common.HexToHash(id)
	}
	return out, nil
}

// QueueLen is how many requests wait for a replica.
func (s *Store) QueueLen(ctx context.Context) (int64, error) {
	n, err := s.rdb.LLen(ctx, s.queueKey()).Result()
	if err != nil {
		return 0, unavailable(err)
	}
	return n, nil
}

// MarkSubmitted records that relayer is handing the request to its transaction manager (unless it is final).
var submitScript = redis.NewScript(`
local st = redis.call('HGET', KEYS[1], 'status')
if not st or st == 'mined' or st == 'failed' then return 0 end
redis.call('HSET', KEYS[1], 'status', 'submitted', 'relayer', ARGV[1], 'updatedAt', ARGV[2])
return 1
`)

// MarkSubmitted sets the request's state to submitted by relayer; false if it is already final.
func (s *Store) MarkSubmitted(ctx context.Context, id common.Hash, relayer common.Address, now time.Time) (bool, error) {
	n, err := submitScript.Run(ctx, s.rdb, []string{s.reqKey(id)}, relayer.Hex(), now.UnixMilli()).Int()
	if err != nil {
		return false, unavailable(err)
	}
	return n == 1, nil
}

// sentScript: KEYS req. ARGV raw transaction (hex), now. Only for a request that exists and is not final.
var sentScript = redis.NewScript(`
local st = redis.call('HGET', KEYS[1], 'status')
if not st or st == 'mined' or st == 'failed' then return 0 end
redis.call('HSET', KEYS[1], 'sentTx', ARGV[1], 'updatedAt', ARGV[2])
return 1
`)

// RecordSent journals the signed transaction raw as the request's latest (unless the request is final or
// unknown: false). The relayer calls it before publishing the transaction.
func (s *Store) RecordSent(ctx context.Context, id common.Hash, raw []byte, now time.Time) (bool, error) {
	n, err := sentScript.Run(ctx, s.rdb, []string{s.reqKey(id)}, hexutil.Encode(raw), now.UnixMilli()).Int()
	if err != nil {
		return false, unavailable(err)
	}
	return n == 1, nil
}

// SendFailed counts a failed send of the request and returns how many failed so far.
// A request that is not (or no longer) stored is ErrNotFound, and nothing is written for it.
func (s *Store) SendFailed(ctx context.Context, id common.Hash) (int, error) {
	n, err := sendFailedScript.Run(ctx, s.rdb, []string{s.reqKey(id)}).Int()
	if err != nil {
		return 0, unavailable(err)
	}
	if n < 0 {
		return 0, ErrNotFound
	}
	return n, nil
}

// sendFailedScript: KEYS req. Counts a failed send of a stored request (-1: none stored, nothing written).
var sendFailedScript = redis.NewScript(`
if not redis.call('HGET', KEYS[1], 'status') then return -1 end
return redis.call('HINCRBY', KEYS[1], 'sendFailures', 1)
`)

// Result is how a request ended.
type Result struct {
	Status  string // api.StateMined or api.StateFailed
	TxHash  common.Hash
	Block   uint64
	GasUsed uint64
	Fee     string
	L1Fee   string
	Error   string
	// SpentGwei is what it actually cost (replaces the reservation made at acceptance).
	SpentGwei int64
	// Sender is who sent the transaction when it was not this relayer (another relayer, or the wallet itself).
	Sender common.Address
}

// finishScript: KEYS req, processing, spendDay, nonceLock, then the record's cost keys (a sponsor's budget, settled
// like the spending cap). ARGV id, ttl, spent, fields...
var finishScript = redis.NewScript(`
local st = redis.call('HGET', KEYS[1], 'status')
redis.call('LREM', KEYS[2], 0, ARGV[1])
if not st or st == 'mined' or st == 'failed' then return 0 end
local fields = {}
for i = 4, #ARGV do fields[#fields + 1] = ARGV[i] end
redis.call('HSET', KEYS[1], unpack(fields))
local reserved = tonumber(redis.call('HGET', KEYS[1], 'cost') or '0')
if redis.call('EXISTS', KEYS[3]) == 1 then redis.call('INCRBY', KEYS[3], tonumber(ARGV[3]) - reserved) end
for i = 5, #KEYS do
  if redis.call('EXISTS', KEYS[i]) == 1 then redis.call('INCRBY', KEYS[i], tonumber(ARGV[3]) - reserved) end
end
if redis.call('GET', KEYS[4]) == ARGV[1] then redis.call('DEL', KEYS[4]) end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
`)

// Finish records the outcome of an in-flight request of relayer exactly once: it returns false (and changes
// nothing but the in-flight list) when the request was already final. It releases the request's nonce lock and
// replaces its spending reservation by what it actually cost.
func (s *Store) Finish(ctx context.Context, rec *Record, relayer common.Address, r Result, now time.Time) (bool, error) {
	id := rec.ID
	keys := []string{s.reqKey(id), s.processingKey(relayer), s.key("spend", rec.Day), s.nonceKey(rec.Kind, rec.From, rec.Nonce)}
	keys = append(keys, rec.CostKeys...)
	args := []any{id.Hex(), s.ttl.Milliseconds(), r.SpentGwei,
		"status", r.Status, "updatedAt", now.UnixMilli(), "error", r.Error, "relayer", relayer.Hex()}
	if r.Sender != (common.Address{}) {
		args[len(args)-1] = r.Sender.Hex()
	}
	if r.TxHash != (common.Hash{}) {
		args = append(args, "txHash", r.TxHash.Hex(), "block", r.Block, "gasUsed", r.GasUsed, "fee", r.Fee, "l1Fee", r.L1Fee)
	}
	n, err := finishScript.Run(ctx, s.rdb, keys, args...).Int()
	if err != nil {
		return false, unavailable(err)
	}
	return n == 1, nil
}

// DeleteAll removes every key under the store's prefix (tests and benchmarks use their own prefix).
func (s *Store) DeleteAll(ctx context.Context) error {
	iter := s.rdb.Scan(ctx, 0, s.prefix+"*", 1000).Iterator()
	var keys []string
	for iter.Next(ctx) {
		keys = append(keys, iter.Val())
	}
	if err := iter.Err(); err != nil {
		return unavailable(err)
	}
	for len(keys) > 0 {
		n := min(len(keys), 500)
		if err := s.rdb.Del(ctx, keys[:n]...).Err(); err != nil {
			return unavailable(err)
		}
		keys = keys[n:]
	}
	return nil
}
