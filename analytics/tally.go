package analytics

import (
	"context"
	"fmt"
	"maps"
	"strconv"
	"sync"

	"github.com/bevan-health/bevan/disclosure"
	"github.com/bevan-health/bevan/store"
)

// tallyKey is a group of consents every consent statistic can be computed from: the same purposes, grantee, month
// of grant, revocation and expiry.
type tallyKey struct {
	purposes uint16
	grantee  string
	month    string
	revoked  bool
	expires  int64
}

// tallyKeys are the store keys of a tallyKey, in its order.
var tallyKeys = []store.GroupKey{{Col: store.ColPurposes}, {Col: store.ColGrantee}, {Col: store.ColGrantedAt, Month: true},
	{Col: store.ColRevoked}, {Col: store.ColExpiresAt}}

func tallyKeyOf(g store.Group) (tallyKey, error) {
	p, err := strconv.ParseUint(g.Key[0], 10, 16)
	if err != nil {
		return tallyKey{}, fmt.Errorf("purposes %q: %w", g.Key[0], err)
	}
	exp, err := strconv.ParseInt(g.Key[4], 10, 64)
	if err != nil {
		return tallyKey{}, fmt.Errorf("expires_at %q: %w", g.Key[4], err)
	}
	// SQLite keeps booleans as 0/1, PostgreSQL as text false/true.
	return tallyKey{purposes: uint16(p), grantee: g.Key[1], month: g.Key[2], revoked: g.Key[3] == "1" || g.Key[3] == "true", expires: exp}, nil
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

// Cache keeps the consent tally as of the last indexed block it was asked for, and brings it forward with the rows
// that changed since (the versions opened and closed after that block: a delta read through the version indexes),
// so that a statistic of the indexed head costs a small delta, not a scan of every consent. It checks the block it
// holds is still on the indexed chain (a reorg rolls it back: the tally is then counted afresh). Safe for
// concurrent use; a GraphQL server keeps one.
type Cache struct {
	src    Source
	mu     sync.Mutex
	block  uint64
	hash   string
	counts map[tallyKey]int64 // never changed once published: a new map replaces it
}

// NewCache returns an empty cache over src.
func NewCache(src Source) *Cache { return &Cache{src: src} }

// head returns the tally as of the indexed head and its block.
func (c *Cache) head(ctx context.Context) (map[tallyKey]int64, uint64, error) {
	cp, ok, err := c.src.Checkpoint(ctx)
	if err != nil {
		return nil, 0, err
	}
	if !ok {
		return map[tallyKey]int64{}, 0, nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	// The count outlives a request that gives up waiting (a first count over millions of consents can take longer
	// than a query may): the next request finds it done.
	ctx = context.WithoutCancel(ctx)
	if c.counts != nil {
		still, err := c.onChain(ctx)
		if err != nil {
			return nil, 0, err
		}
		switch {
		case still && c.block == cp.Number:
			return c.counts, c.block, nil
		case still && c.block < cp.Number:
			next := maps.Clone(c.counts)
			for _, closed := range []bool{false, true} {
				gs, err := store.CountDelta(ctx, c.src, store.TableConsents, store.Delta{From: c.block, To: cp.Number, Closed: closed}, tallyKeys)
				if err != nil {
					return nil, 0, err
				}
				sign := int64(1)
				if closed {
					sign = -1
				}
				if err := addGroups(next, gs, sign); err != nil {
					return nil, 0, err
				}
			}
			c.counts, c.block, c.hash = next, cp.Number, cp.Hash.Hex()
			return c.counts, c.block, nil
		}
	}
	n := cp.Number
	counts, err := countTally(ctx, c.src, &n)
	if err != nil {
		return nil, 0, err
	}
	c.counts, c.block, c.hash = counts, n, cp.Hash.Hex()
	return counts, n, nil
}

// onChain reports whether the block the tally is as of is still the indexed one (no reorg replaced it).
func (c *Cache) onChain(ctx context.Context) (bool, error) {
	bs, err := c.src.Blocks(ctx, c.block, 1)
	if err != nil {
		return false, err
	}
	return len(bs) == 1 && bs[0].Number == c.block && bs[0].Hash.Hex() == c.hash, nil
}

// tally is the consent tally as of at (nil: the indexed head): from the cache for the head, counted afresh for a
// past block.
func (c *Cache) tally(ctx context.Context, rd store.Reader, at *uint64) (map[tallyKey]int64, error) {
	if c != nil {
		if at == nil {
			m, _, err := c.head(ctx)
			return m, err
		}
		if cp, ok, err := c.src.Checkpoint(ctx); err == nil && ok && cp.Number == *at {
			m, _, err := c.head(ctx)
			return m, err
		}
	}
	return countTally(ctx, rd, at)
}

// Run answers q as the package's Run does, the consent tally of the indexed head coming from the cache.
func (c *Cache) Run(ctx context.Context, q Query) (*disclosure.Table, error) {
	cells, err := count(ctx, c.src, c, q)
	if err != nil {
		return nil, err
	}
	return disclosure.Protect(len(q.GroupBy), cells)
}
