package gateway

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/bevan-health/bevan/telemetry"
	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"
)

// sequences checks each device's batch sequence numbers in Redis, atomically across replicas (one Lua script per
// claim): a number is accepted once, at most window above the device's highest (a larger jump is a gap) and more
// than window below it (older is stale); within the window, batches may arrive out of order.
type sequences struct {
	rdb    redis.Cmdable
	prefix string
	window uint64
	ttl    time.Duration
}

// Claim outcomes of the script.
const (
	seqAccepted = 1
	seqStale    = -1
	seqGap      = -2
	seqReplayed = -3
	seqUnknown  = -4 // Redis has no state for the device and the number is beyond the first window: ask the store
)

// claimScript: KEYS[1] the device's sorted set of accepted numbers within the window (score = member);
// ARGV: sequence, window, ttl ms, and the store's highest number of the device when Redis had none ("" at first).
var claimScript = redis.NewScript(`
local s = tonumber(ARGV[1])
local w = tonumber(ARGV[2])
local top = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
local hi = 0
if top[2] then
  hi = tonumber(top[2])
elseif ARGV[4] ~= '' then
  hi = tonumber(ARGV[4])
  if hi > 0 then redis.call('ZADD', KEYS[1], hi, ARGV[4]) end
elseif s > w then
  return {-4, 0}
end
if s > hi + w then return {-2, string.format('%.0f', hi)} end
if s + w <= hi then return {-1, string.format('%.0f', hi)} end
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then return {-3, string.format('%.0f', hi)} end
redis.call('ZADD', KEYS[1], s, ARGV[1])
if s > hi then
  hi = s
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', string.format('%.0f', hi - w))
end
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return {1, string.format('%.0f', hi)}
`)

func (q *sequences) key(device common.Address) string {
	return q.prefix + ":seq:{" + device.Hex() + "}"
}

// claim takes sequence for the device, or refuses it with its code. highest reads the store's highest kept number
// of the device: it is asked only when Redis knows nothing of a device whose number is beyond the first window
// (Redis lost its state, or a new Redis).
func (q *sequences) claim(ctx context.Context, device common.Address, sequence uint64,
	highest func(context.Context, common.Address) (uint64, error)) *telemetry.Error {
	floor := ""
	for {
		res, err := claimScript.Run(ctx, q.rdb, []string{q.key(device)}, sequence, q.window, q.ttl.Milliseconds(), floor).Slice()
		if err != nil || len(res) != 2 {
			return telemetry.Errorf(telemetry.CodeUnavailable, "sequence check: Redis: %v", err)
		}
		code, _ := res[0].(int64)
		hi, _ := res[1].(string)
		switch code {
		case seqAccepted:
			return nil
		case seqStale:
			return telemetry.Errorf(telemetry.CodeSequenceStale, "sequence %d is %d or more below the device's highest, %s",
				sequence, q.window, hi)
		case seqGap:
			return telemetry.Errorf(telemetry.CodeSequenceGap, "sequence %d is more than %d above the device's highest, %s: send the missing batches first",
				sequence, q.window, hi)
		case seqReplayed:
			return telemetry.Errorf(telemetry.CodeReplayed, "sequence %d of device %s was accepted already", sequence, device)
		case seqUnknown:
			if floor != "" {
				return telemetry.Errorf(telemetry.CodeInternal, "sequence check: no state after seeding")
			}
			h, err := highest(ctx, device)
			if err != nil {
				return telemetry.Errorf(telemetry.CodeUnavailable, "sequence check: %v", err)
			}
			floor = strconv.FormatUint(h, 10)
		default:
			return telemetry.Errorf(telemetry.CodeInternal, "sequence check: unexpected answer %v", res)
		}
	}
}

// release gives a claimed number back when its batch could not be kept, so the device's retry is not a replay.
func (q *sequences) release(ctx context.Context, device common.Address, sequence uint64) error {
	if err := q.rdb.ZRem(ctx, q.key(device), strconv.FormatUint(sequence, 10)).Err(); err != nil {
		return fmt.Errorf("release sequence %d of %s: %w", sequence, device, err)
	}
	return nil
}
