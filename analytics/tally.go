package analytics

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/bevan-health/bevan/disclosure"
	"github.com/bevan-health/bevan/store"
)

// tallyKey is a group of consents every consent statistic can be computed from: the same purposes, grantee, month
// of grant, revocation, time from grant to revocation (a bucket of revocationBounds, 0 when not revoked) and
// expiry.
type tallyKey struct {
	purposes uint16
	grantee  string
	month    string
	revoked  bool
	delay    uint8
	expires  int64
}

// tallyKeys are the store keys of a tallyKey, in its order.
var tallyKeys = []store.GroupKey{{Col: store.ColPurposes}, {Col: store.ColGrantee}, {Col: store.ColGrantedAt, Month: true},
	{Col: store.ColRevoked}, {Col: store.ColExpiresAt}, {Col: store.ColRevokedAt, Since: store.ColGrantedAt, Buckets: revocationBounds}}

func tallyKeyOf(g store.Group) (tallyKey, error) {
	p, err := strconv.ParseUint(g.Key[0], 10, 16)
	if err != nil {
		return tallyKey{}, fmt.Errorf("purposes %q: %w", g.Key[0], err)
	}
	exp, err := strconv.ParseInt(g.Key[4], 10, 64)
	if err != nil {
		return tallyKey{}, fmt.Errorf("expires_at %q: %w", g.Key[4], err)
	}
	delay, err := strconv.ParseUint(g.Key[5], 10, 8)
	if err != nil || int(delay) >= len(delayNames) {
		return tallyKey{}, fmt.Errorf("revocation delay bucket %q: %w", g.Key[5], err)
	}
	// SQLite keeps booleans as 0/1, PostgreSQL as text false/true.
	return tallyKey{purposes: uint16(p), grantee: g.Key[1], month: g.Key[2], revoked: g.Key[3] == "1" || g.Key[3] == "true",
		delay: uint8(delay), expires: exp}, nil
}

func addGroups(m map[tallyKey]int64, gs []store.Group, sign int64) error {
	for _, g := range gs {
		k, err := tallyKeyOf(g)
		if err != nil {
			return err
		}
		m[k] += sign * g.N
		if m[k] == 0 {
			delete(m, k)
		}
	}
	return nil
}

// countTally is the consent tally as of block at (nil: now), from one GROUP BY over the consents.
func countTally(ctx context.Context, rd store.Reader, at *uint64) (map[tallyKey]int64, error) {
	gs, err := store.CountBy(ctx, rd, store.TableConsents, at, tallyKeys, nil)
	if err != nil {
		return nil, err
	}
	m := make(map[tallyKey]int64, len(gs))
	return m, addGroups(m, gs, 1)
}

// Source is what a Cache reads: the index and its kept block headers (a store.Store is one).
type Source interface {
	store.Reader
	Checkpoint(ctx context.Context) (store.Checkpoint, bool, error)
	Blocks(ctx context.Context, atOrBelow uint64, limit int) ([]store.Block, error)
}

// tally is the consent tally as of one block (identified by number and hash, so a reorg cannot be mistaken for it),
// the distinct non-zero expiry times of its groups, sorted (the times at which a status can change), and its groups
// as a slice with grantees and months numbered, for the walk every query makes.
type tally struct {
	block    uint64
	hash     string
	counts   map[tallyKey]int64 // never changed once published: a new map replaces it
	expiries []int64

	entries            []entry
	grantees, months   []string
	granteeID, monthID map[string]int32
}

// entry is a tally group with its grantee and month numbered (indexes into tally.grantees and tally.months).
type entry struct {
	purposes       uint16
	revoked        bool
	delay          uint8
	grantee, month int32
	expires        int64
	n              int64
}

func newTally(block uint64, hash string, counts map[tallyKey]int64) *tally {
	t := &tally{block: block, hash: hash, counts: counts, entries: make([]entry, 0, len(counts)),
		granteeID: map[string]int32{}, monthID: map[string]int32{}}
	number := func(names *[]string, ids map[string]int32, s string) int32 {
		i, ok := ids[s]
		if !ok {
			i = int32(len(*names))
			ids[s] = i
			*names = append(*names, s)
		}
		return i
	}
	seen := map[int64]bool{}
	for k, n := range counts {
		if k.expires != 0 && !seen[k.expires] {
			seen[k.expires] = true
			t.expiries = append(t.expiries, k.expires)
		}
		t.entries = append(t.entries, entry{purposes: k.purposes, revoked: k.revoked, delay: k.delay, expires: k.expires, n: n,
			grantee: number(&t.grantees, t.granteeID, k.grantee), month: number(&t.months, t.monthID, k.month)})
	}
	slices.Sort(t.expiries)
	return t
}

// epoch is the number of the tally's expiry times reached at now: two times with the same epoch give every group
// the same status.
func (t *tally) epoch(now int64) int {
	n, _ := slices.BinarySearch(t.expiries, now+1)
	return n
}

// Bounds of what a Cache keeps.
const (
	pastTallies = 4   // tallies of past blocks (time travel)
	memoTables  = 256 // published consent tables
)

// Cache keeps the consent tally as of the last indexed block it was asked for, and brings it forward with the rows
// that changed since (the versions opened and closed after that block: a delta read through the version indexes),
// so that a statistic of the indexed head costs a small delta, not a scan of every consent. It checks the block it
// holds is still on the indexed chain (a reorg rolls it back: the tally is then counted afresh). It also keeps the
// tallies of the last few past blocks asked for (time travel), and the published consent tables it computed, by
// tally block and hash, groupBy, period, expiry epoch (how many of the tally's expiry times the query's time has
// reached: within one epoch every status is the same) and the objections' adjustments, so that a repeated query
// is a look-up, not a walk over the tally and secondary suppression again. Safe for concurrent use; a GraphQL
// server keeps one.
type Cache struct {
	src Source

	mu  sync.Mutex // guards cur; held while the head's tally is counted or brought forward
	cur *tally

	pastMu sync.Mutex // guards past; held while a past block's tally is counted
	past   []*tally   // most recently used last

	memoMu sync.Mutex
	memo   map[string]*disclosure.Table

	refreshing atomic.Bool
}

// NewCache returns an empty cache over src.
func NewCache(src Source) *Cache { return &Cache{src: src, memo: map[string]*disclosure.Table{}} }

// Refresh brings the head's tally up to the indexed head in the background (counting it, the first time: minutes
// over millions of consents), unless a refresh is already under way, and returns at once; done, if not nil, gets
// its error. The GraphQL server calls it after each commit, so that the first query after a start and the first
// after a block do not wait for the count or the delta.
func (c *Cache) Refresh(ctx context.Context, done func(error)) {
	if !c.refreshing.CompareAndSwap(false, true) {
		return
	}
	ctx = context.WithoutCancel(ctx)
	go func() {
		defer c.refreshing.Store(false)
		_, err := c.head(ctx)
		if done != nil {
			done(err)
		}
	}()
}

// head returns the tally as of the indexed head.
func (c *Cache) head(ctx context.Context) (*tally, error) {
	cp, ok, err := c.src.Checkpoint(ctx)
	if err != nil {
		return nil, err
	}
	if !ok {
		return newTally(0, "", map[tallyKey]int64{}), nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	// The count outlives a request that gives up waiting (a first count over millions of consents can take longer
	// than a query may): the next request finds it done.
	ctx = context.WithoutCancel(ctx)
	if cur := c.cur; cur != nil {
		still, err := c.onChain(ctx, cur.block, cur.hash)
		if err != nil {
			return nil, err
		}
		switch {
		case still && cur.block == cp.Number:
			return cur, nil
		case still && cur.block < cp.Number:
			next := maps.Clone(cur.counts)
			for _, closed := range []bool{false, true} {
				gs, err := store.CountDelta(ctx, c.src, store.TableConsents, store.Delta{From: cur.block, To: cp.Number, Closed: closed}, tallyKeys)
				if err != nil {
					return nil, err
				}
				sign := int64(1)
				if closed {
					sign = -1
				}
				if err := addGroups(next, gs, sign); err != nil {
					return nil, err
				}
			}
			c.cur = newTally(cp.Number, cp.Hash.Hex(), next)
			return c.cur, nil
		}
	}
	n := cp.Number
	counts, err := countTally(ctx, c.src, &n)
	if err != nil {
		return nil, err
	}
	c.cur = newTally(n, cp.Hash.Hex(), counts)
	return c.cur, nil
}

// onChain reports whether block number has hash on the indexed chain (no reorg replaced it).
func (c *Cache) onChain(ctx context.Context, number uint64, hash string) (bool, error) {
	bs, err := c.src.Blocks(ctx, number, 1)
	if err != nil {
		return false, err
	}
	return len(bs) == 1 && bs[0].Number == number && bs[0].Hash.Hex() == hash, nil
}

// tally is the consent tally as of at (nil: the indexed head), with its block's identity; nil, nil when the block
// cannot be identified (not a kept block header): the caller then counts afresh without keeping anything.
func (c *Cache) tally(ctx context.Context, at *uint64) (*tally, error) {
	cp, ok, err := c.src.Checkpoint(ctx)
	if err != nil {
		return nil, err
	}
	if at == nil || (ok && cp.Number == *at) {
		return c.head(ctx)
	}
	if !ok || *at > cp.Number {
		return nil, nil
	}
	bs, err := c.src.Blocks(ctx, *at, 1)
	if err != nil {
		return nil, err
	}
	if len(bs) != 1 || bs[0].Number != *at {
		return nil, nil
	}
	hash := bs[0].Hash.Hex()
	c.pastMu.Lock()
	defer c.pastMu.Unlock()
	for i, t := range c.past {
		if t.block == *at && t.hash == hash {
			c.past = append(append(c.past[:i:i], c.past[i+1:]...), t)
			return t, nil
		}
	}
	// As for the head: the count outlives a request that gives up waiting.
	counts, err := countTally(context.WithoutCancel(ctx), c.src, at)
	if err != nil {
		return nil, err
	}
	// The block may have been reorged away while it was counted: keep the tally only if it is still there.
	if still, err := c.onChain(ctx, *at, hash); err != nil || !still {
		return nil, err
	}
	t := newTally(*at, hash, counts)
	kept := c.past[:0:0]
	for _, p := range c.past {
		if p.block != *at {
			kept = append(kept, p)
		}
	}
	if len(kept) >= pastTallies {
		kept = kept[len(kept)-pastTallies+1:]
	}
	c.past = append(kept, t)
	return t, nil
}

// Run answers q as the package's Run does, the consent tally coming from the cache (the indexed head's, or a
// recently asked past block's) and a consent table computed before for the same tally, query and epoch returned
// as it was. The table returned is shared: callers must not change it.
func (c *Cache) Run(ctx context.Context, q Query) (*disclosure.Table, error) {
	if q.Stat != Consents {
		cells, err := count(ctx, c.src, q)
		if err != nil {
			return nil, err
		}
		return disclosure.Protect(len(q.GroupBy), cells)
	}
	if err := validate(q); err != nil {
		return nil, err
	}
	fromMonth, toMonth, err := periodMonths(q)
	if err != nil {
		return nil, err
	}
	t, err := c.tally(ctx, q.At)
	if err != nil {
		return nil, err
	}
	if t == nil {
		cells, err := count(ctx, c.src, q)
		if err != nil {
			return nil, err
		}
		return disclosure.Protect(len(q.GroupBy), cells)
	}
	// Everything below is as of the tally's block (the head may have moved on since it was read).
	q.At = &t.block
	adjust, err := objectionAdjustments(ctx, c.src, q)
	if err != nil {
		return nil, err
	}
	key := memoKey(t, q, fromMonth, toMonth, adjust)
	c.memoMu.Lock()
	tab, ok := c.memo[key]
	c.memoMu.Unlock()
	if ok {
		return tab, nil
	}
	ods, err := memberODS(ctx, c.src, q.At)
	if err != nil {
		return nil, err
	}
	tab, err = disclosure.Protect(len(q.GroupBy), consentCells(t, adjust, q, fromMonth, toMonth, ods))
	if err != nil {
		return nil, err
	}
	c.memoMu.Lock()
	if len(c.memo) >= memoTables {
		clear(c.memo)
	}
	c.memo[key] = tab
	c.memoMu.Unlock()
	return tab, nil
}

// memoKey identifies a consent table: everything it is computed from (the members' ODS codes are as of the tally's
// block, so the block's number and hash identify them too).
func memoKey(t *tally, q Query, fromMonth, toMonth string, adjust map[tallyKey]int64) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d/%s/%v/%s/%s/%d", t.block, t.hash, q.GroupBy, fromMonth, toMonth, t.epoch(q.Now))
	if len(adjust) > 0 {
		lines := make([]string, 0, len(adjust))
		for k, n := range adjust {
			if n != 0 {
				lines = append(lines, fmt.Sprintf("%d|%s|%s|%t|%d|%d|%d", k.purposes, k.grantee, k.month, k.revoked, k.delay, k.expires, n))
			}
		}
		slices.Sort(lines)
		sb.WriteString("/")
		sb.WriteString(strings.Join(lines, ";"))
	}
	return sb.String()
}
