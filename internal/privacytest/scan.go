// Package privacytest finds personal identifiers where they must never be: it builds needles from planted values
// (the values themselves in every encoding a sink might use, and their unsalted keccak256 and sha256 digests) and
// scans the places Bevan writes to — transactions' calldata and logs, Redis keys and values, SQL tables and raw
// database files, log output — for any of them. The privacy regression test (privacy_test.go) plays the demo story
// with planted identifiers through the whole stack and fails on any finding.
package privacytest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/redis/go-redis/v9"
)

// Needle is one value that must not appear, in the forms it could take.
type Needle struct {
	// Label names the value (never the value itself: findings are printed).
	Label string
	// fold forms match ignoring ASCII case (text, hex); exact forms match byte for byte (raw digests, base64).
	fold, exact [][]byte
}

// Finding is a needle found somewhere.
type Finding struct {
	Where, Needle, Form string
}

func (f Finding) String() string { return fmt.Sprintf("%s: %s (%s)", f.Where, f.Needle, f.Form) }

// Plain is the needle of a planted value in clear: as given, JSON-escaped, hex-encoded (how calldata sits in
// Redis and JSON-RPC) and base64-encoded.
func Plain(label, value string) Needle {
	n := Needle{Label: label + " in clear"}
	n.fold = append(n.fold, []byte(value), []byte(hex.EncodeToString([]byte(value))))
	if esc, err := json.Marshal(value); err == nil && string(esc[1:len(esc)-1]) != value {
		n.fold = append(n.fold, esc[1:len(esc)-1])
	}
	n.exact = append(n.exact, []byte(base64.StdEncoding.EncodeToString([]byte(value))))
	return n
}

// Bytes is the needle of a binary value (a hash, an ABI word): raw, hex-encoded and base64-encoded.
func Bytes(label string, b []byte) Needle {
	return Needle{Label: label, fold: [][]byte{[]byte(hex.EncodeToString(b))},
		exact: [][]byte{bytes.Clone(b), []byte(base64.StdEncoding.EncodeToString(b))}}
}

// Digests are the needles of data's unsalted keccak256 and sha256: raw, hex and base64.
func Digests(label string, data []byte) []Needle {
	var out []Needle
	for _, d := range []struct {
		name string
		sum  []byte
	}{{"keccak256", crypto.Keccak256(data)}, {"sha256", func() []byte { s := sha256.Sum256(data); return s[:] }()}} {
		out = append(out, Needle{Label: d.name + " of " + label,
			fold:  [][]byte{[]byte(hex.EncodeToString(d.sum))},
			exact: [][]byte{d.sum, []byte(base64.StdEncoding.EncodeToString(d.sum))}})
	}
	return out
}

// Scanner looks for needles.
type Scanner struct {
	needles []Needle
	// Scanned counts the bytes scanned per place, so a test can tell a scan that saw nothing from a clean one.
	Scanned map[string]int
}

// NewScanner scans for needles.
func NewScanner(needles ...Needle) *Scanner {
	return &Scanner{needles: needles, Scanned: map[string]int{}}
}

// Add adds needles.
func (s *Scanner) Add(needles ...Needle) { s.needles = append(s.needles, needles...) }

// Scan reports every needle in data; where names the place (counted under its first word in Scanned).
func (s *Scanner) Scan(where string, data []byte) []Finding {
	place, _, _ := strings.Cut(where, " ")
	s.Scanned[place] += len(data)
	lower := bytes.ToLower(data)
	var out []Finding
	for _, n := range s.needles {
		for _, f := range n.fold {
			if len(f) > 0 && bytes.Contains(lower, bytes.ToLower(f)) {
				out = append(out, Finding{where, n.Label, "text/hex"})
				break
			}
		}
		for _, f := range n.exact {
			if len(f) > 0 && bytes.Contains(data, f) {
				out = append(out, Finding{where, n.Label, "raw/base64"})
				break
			}
		}
	}
	return out
}

// ScanChain scans every transaction's calldata and every log (topics and data) of blocks 0 to the head.
func (s *Scanner) ScanChain(ctx context.Context, c *ethclient.Client) ([]Finding, int, error) {
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return nil, 0, fmt.Errorf("head: %w", err)
	}
	var out []Finding
	txs := 0
	for n := uint64(0); n <= head; n++ {
		b, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, 0, fmt.Errorf("block %d: %w", n, err)
		}
		for _, tx := range b.Transactions() {
			txs++
			out = append(out, s.Scan(fmt.Sprintf("chain calldata of tx %s (block %d)", tx.Hash().Hex(), n), tx.Data())...)
		}
	}
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(head)})
	if err != nil {
		return nil, 0, fmt.Errorf("logs: %w", err)
	}
	for _, l := range logs {
		var buf []byte
		for _, t := range l.Topics {
			buf = append(buf, t[:]...)
		}
		buf = append(buf, l.Data...)
		out = append(out, s.Scan(fmt.Sprintf("chain log %d of tx %s", l.Index, l.TxHash.Hex()), buf)...)
	}
	return out, txs, nil
}

// ScanRedis scans every key of the Redis database and its value, whatever its type.
func (s *Scanner) ScanRedis(ctx context.Context, rdb *redis.Client) ([]Finding, int, error) {
	var out []Finding
	keys := 0
	iter := rdb.Scan(ctx, 0, "*", 500).Iterator()
	for iter.Next(ctx) {
		key := iter.Val()
		keys++
		typ, err := rdb.Type(ctx, key).Result()
		if err != nil {
			return nil, 0, fmt.Errorf("type of a key: %w", err)
		}
		var vals []string
		switch typ {
		case "string":
			v, err := rdb.Get(ctx, key).Result()
			if err != nil && err != redis.Nil {
				return nil, 0, err
			}
			vals = []string{v}
		case "hash":
			m, err := rdb.HGetAll(ctx, key).Result()
			if err != nil {
				return nil, 0, err
			}
			for k, v := range m {
				vals = append(vals, k, v)
			}
		case "list":
			if vals, err = rdb.LRange(ctx, key, 0, -1).Result(); err != nil {
				return nil, 0, err
			}
		case "set":
			if vals, err = rdb.SMembers(ctx, key).Result(); err != nil {
				return nil, 0, err
			}
		case "zset":
			zs, err := rdb.ZRangeWithScores(ctx, key, 0, -1).Result()
			if err != nil {
				return nil, 0, err
			}
			for _, z := range zs {
				vals = append(vals, fmt.Sprint(z.Member), fmt.Sprint(z.Score))
			}
		case "stream":
			xs, err := rdb.XRange(ctx, key, "-", "+").Result()
			if err != nil {
				return nil, 0, err
			}
			for _, x := range xs {
				vals = append(vals, x.ID)
				for k, v := range x.Values {
					vals = append(vals, k, fmt.Sprint(v))
				}
			}
		case "none": // expired between SCAN and TYPE
		default:
			return nil, 0, fmt.Errorf("redis key of type %s: the scan does not read it", typ)
		}
		sort.Strings(vals)
		out = append(out, s.Scan("redis key", []byte(key))...)
		out = append(out, s.Scan("redis value of a "+typ+" key", []byte(strings.Join(vals, "\x00")))...)
	}
	if err := iter.Err(); err != nil {
		return nil, 0, fmt.Errorf("redis scan: %w", err)
	}
	return out, keys, nil
}
