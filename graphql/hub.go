package graphql

import (
	"context"
	"errors"
	"sort"
	"sync"

	"github.com/bevan-health/bevan/graphql/model"
	"github.com/bevan-health/bevan/store"
)

// Subscription kinds, so that work for a kind nobody listens to is skipped.
const (
	subConsents  = "consents"
	subProposals = "proposals"
	subAnchors   = "anchors"
)

type subscriber struct {
	kind string
	ch   chan any
}

// hub fans committed changes out to the WebSocket subscriptions of this server.
type hub struct {
	mu   sync.Mutex
	next int
	subs map[int]subscriber
}

func newHub() *hub { return &hub{subs: map[int]subscriber{}} }

func (h *hub) add(kind string) (int, chan any) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.next++
	ch := make(chan any, 1024)
	h.subs[h.next] = subscriber{kind: kind, ch: ch}
	return h.next, ch
}

func (h *hub) remove(id int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if s, ok := h.subs[id]; ok {
		delete(h.subs, id)
		close(s.ch)
	}
}

func (h *hub) size() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.subs)
}

// has reports whether any subscription of the kind is open.
func (h *hub) has(kind string) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, s := range h.subs {
		if s.kind == kind {
			return true
		}
	}
	return false
}

// publish delivers to every subscriber; one that has fallen 1024 changes behind is dropped (its subscription ends
// and the client re-subscribes and re-queries).
func (h *hub) publish(evs []any) {
	if len(evs) == 0 {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	for id, s := range h.subs {
		for _, ev := range evs {
			select {
			case s.ch <- ev:
				continue
			default:
				delete(h.subs, id)
				close(s.ch)
			}
			break
		}
	}
}

func subscribe[T any](ctx context.Context, h *hub, kind string, filter func(any) (T, bool)) <-chan T {
	id, in := h.add(kind)
	out := make(chan T, 16)
	go func() {
		defer close(out)
		defer h.remove(id)
		for {
			select {
			case <-ctx.Done():
				return
			case ev, ok := <-in:
				if !ok {
					return
				}
				if v, ok := filter(ev); ok {
					select {
					case out <- v:
					case <-ctx.Done():
						return
					}
				}
			}
		}
	}()
	return out
}

// Subscriptions is the number of open subscriptions.
func (s *Server) Subscriptions() int { return s.res.hub.size() }

// change is a change to publish, in chain order: (block, log index); state changes at a block boundary come first.
type change struct {
	block uint64
	log   int
	ev    any
}

// Committed implements indexer.Listener: it runs after the batch's transaction committed, so that a subscriber
// that queries on a change reads it.
func (s *Server) Committed(ctx context.Context, b *store.Batch) {
	s.refreshStats(ctx)
	var cs []change
	add := func(m store.Meta, ev any) { cs = append(cs, change{block: m.Block, log: int(m.LogIndex), ev: ev}) }
	proposals := s.res.hub.has(subProposals)
	for _, ev := range b.Events {
		switch e := ev.(type) {
		case *store.ConsentGranted:
			add(e.Meta, &ConsentChange{Kind: ChangeKindGranted, ConsentID: ptr(e.ConsentID.Hex()), Patient: ptr(lower(e.Patient.Hex())),
				Grantee: ptr(lower(e.Grantee.Hex())), Block: int64(e.Block)})
		case *store.ConsentRevoked:
			add(e.Meta, &ConsentChange{Kind: ChangeKindRevoked, ConsentID: ptr(e.ConsentID.Hex()), Patient: ptr(lower(e.Patient.Hex())),
				Grantee: ptr(lower(e.Grantee.Hex())), Block: int64(e.Block)})
		case *store.ProposalCreated:
			add(e.Meta, s.proposalChange(ctx, proposals, e.ProposalID.Hex(), "CREATED", e.Block))
		case *store.VoteCast:
			add(e.Meta, s.proposalChange(ctx, proposals, e.ProposalID.Hex(), "VOTE", e.Block))
		case *store.ProposalQueued:
			add(e.Meta, s.proposalChange(ctx, proposals, e.ProposalID.Hex(), "QUEUED", e.Block))
		case *store.ProposalExecuted:
			add(e.Meta, s.proposalChange(ctx, proposals, e.ProposalID.Hex(), "EXECUTED", e.Block))
		case *store.ProposalCanceled:
			add(e.Meta, s.proposalChange(ctx, proposals, e.ProposalID.Hex(), "CANCELED", e.Block))
		case *store.RecordAnchored:
			add(e.Meta, &AnchorChange{Kind: "RECORD", Block: int64(e.Block), Anchor: &model.Anchor{RecordID: e.RecordID,
				ContentHash: e.ContentHash, Custodian: e.Custodian, Supersedes: e.Supersedes,
				AnchoredAt: e.AnchoredAt, Block: e.Block, Tx: e.TxHash}})
		case *store.BatchAnchored:
			add(e.Meta, &AnchorChange{Kind: "BATCH", Block: int64(e.Block), Batch: &model.Batch{Root: e.Root, Custodian: e.Custodian,
				LeafCount: uint64(e.LeafCount), URI: e.URI, AnchoredAt: e.AnchoredAt, Block: e.Block, Tx: e.TxHash}})
		}
	}
	if proposals {
		for _, c := range s.votingBoundaries(ctx, b) {
			cs = append(cs, change{block: uint64(c.Block), log: -1, ev: c})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].block != cs[j].block {
			return cs[i].block < cs[j].block
		}
		return cs[i].log < cs[j].log
	})
	evs := make([]any, len(cs))
	for i, c := range cs {
		evs[i] = c.ev
	}
	s.res.hub.publish(evs)
}

// proposalChange is a proposal event's change, with the state after it when anyone listens.
func (s *Server) proposalChange(ctx context.Context, withState bool, id, event string, block uint64) *ProposalChange {
	c := &ProposalChange{ProposalID: ptr(id), Event: event, Block: int64(block)}
	if withState {
		st, ok, err := s.res.proposalStateAt(ctx, id, block)
		if err != nil {
			s.log.Warn("subscriptions: proposal state", "proposal", id, "block", block, "err", err)
		} else if ok {
			c.State = &st
		}
	}
	return c
}

// votingBoundaries are the state changes no event marks: voting opens the block after a proposal's snapshot
// (vote_start) and closes the block after its deadline (vote_end). Those within the batch's blocks are returned.
func (s *Server) votingBoundaries(ctx context.Context, b *store.Batch) []*ProposalChange {
	if b.From == 0 || b.Checkpoint.Number < b.From {
		return nil
	}
	lo, hi := int64(b.From-1), int64(b.Checkpoint.Number-1)
	cp := b.Checkpoint.Number
	var out []*ProposalChange
	seen := map[string]bool{}
	for _, col := range []string{store.ColVoteStart, store.ColVoteEnd} {
		p, err := store.Select(ctx, s.res.st, store.Proposals, store.List{At: &cp, First: MaxPageSize,
			Cols:  []string{store.ColProposalID, store.ColVoteStart, store.ColVoteEnd},
			Where: []store.Cond{{Col: col, Op: store.Gte, Value: lo}, {Col: col, Op: store.Lte, Value: hi}}})
		if err != nil {
			s.log.Warn("subscriptions: proposals at a voting boundary", "err", err)
			return out
		}
		for _, row := range p.Rows {
			boundary := row.VoteStart
			if col == store.ColVoteEnd {
				boundary = row.VoteEnd
			}
			id, at := row.ProposalID, uint64(boundary)+1
			key := id + "/" + col
			if seen[key] {
				continue
			}
			seen[key] = true
			before, _, err1 := s.res.proposalStateAt(ctx, id, at-1)
			after, ok, err2 := s.res.proposalStateAt(ctx, id, at)
			if err1 != nil || err2 != nil {
				s.log.Warn("subscriptions: proposal state", "proposal", id, "err", errors.Join(err1, err2))
				continue
			}
			if ok && after != before {
				out = append(out, &ProposalChange{ProposalID: ptr(id), Event: "STATE", Block: int64(at), State: &after})
			}
		}
	}
	return out
}

// RolledBack implements indexer.Listener: subscribers learn that everything after the block is gone; the
// re-indexed blocks' changes follow.
func (s *Server) RolledBack(ctx context.Context, to store.Checkpoint) {
	s.refreshStats(ctx)
	n := int64(to.Number)
	s.res.hub.publish([]any{
		&ConsentChange{Kind: ChangeKindRolledBack, Block: n},
		&ProposalChange{Event: "ROLLED_BACK", Block: n},
		&AnchorChange{Kind: "ROLLED_BACK", Block: n},
	})
}

// refreshStats brings the statistics' consent tally up to the indexed head in the background (analytics.Cache), so
// that a query does not wait for it.
func (s *Server) refreshStats(ctx context.Context) {
	s.res.statsCache.Refresh(ctx, func(err error) {
		if err != nil {
			s.log.DebugContext(ctx, "statistics tally not refreshed", "err", err)
		}
	})
}
