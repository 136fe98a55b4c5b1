package graphql

import (
	"context"
	"sync"

	"github.com/bevan-health/bevan/store"
)

// hub fans committed changes out to the WebSocket subscriptions of this server.
type hub struct {
	mu   sync.Mutex
	next int
	subs map[int]chan any
}

func newHub() *hub { return &hub{subs: map[int]chan any{}} }

func (h *hub) add() (int, chan any) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.next++
	ch := make(chan any, 1024)
	h.subs[h.next] = ch
	return h.next, ch
}

func (h *hub) remove(id int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if ch, ok := h.subs[id]; ok {
		delete(h.subs, id)
		close(ch)
	}
}

// publish delivers to every subscriber; one that has fallen 1024 changes behind is dropped (its subscription ends
// and the client re-subscribes and re-queries).
func (h *hub) publish(evs []any) {
	if len(evs) == 0 {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	for id, ch := range h.subs {
		for _, ev := range evs {
			select {
			case ch <- ev:
			default:
				delete(h.subs, id)
				close(ch)
			}
			if _, ok := h.subs[id]; !ok {
				break
			}
		}
	}
}

func subscribe[T any](ctx context.Context, h *hub, filter func(any) (T, bool)) <-chan T {
	id, in := h.add()
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

// Committed implements indexer.Listener: it runs after the batch's transaction committed.
func (s *Server) Committed(b *store.Batch) {
	var evs []any
	for _, ev := range b.Events {
		switch e := ev.(type) {
		case *store.ConsentGranted:
			evs = append(evs, &ConsentChange{Kind: ChangeKindGranted, ConsentID: ptr(e.ConsentID.Hex()), Patient: ptr(lower(e.Patient.Hex())),
				Grantee: ptr(lower(e.Grantee.Hex())), Block: int64(e.Block)})
		case *store.ConsentRevoked:
			evs = append(evs, &ConsentChange{Kind: ChangeKindRevoked, ConsentID: ptr(e.ConsentID.Hex()), Patient: ptr(lower(e.Patient.Hex())),
				Grantee: ptr(lower(e.Grantee.Hex())), Block: int64(e.Block)})
		case *store.ProposalCreated:
			evs = append(evs, &ProposalChange{ProposalID: ptr(e.ProposalID.Hex()), Event: "CREATED", Block: int64(e.Block)})
		case *store.VoteCast:
			evs = append(evs, &ProposalChange{ProposalID: ptr(e.ProposalID.Hex()), Event: "VOTE", Block: int64(e.Block)})
		case *store.ProposalQueued:
			evs = append(evs, &ProposalChange{ProposalID: ptr(e.ProposalID.Hex()), Event: "QUEUED", Block: int64(e.Block)})
		case *store.ProposalExecuted:
			evs = append(evs, &ProposalChange{ProposalID: ptr(e.ProposalID.Hex()), Event: "EXECUTED", Block: int64(e.Block)})
		case *store.ProposalCanceled:
			evs = append(evs, &ProposalChange{ProposalID: ptr(e.ProposalID.Hex()), Event: "CANCELED", Block: int64(e.Block)})
		case *store.RecordAnchored:
			evs = append(evs, &AnchorChange{Kind: "RECORD", Block: int64(e.Block), Anchor: &Anchor{RecordID: e.RecordID.Hex(),
				ContentHash: e.ContentHash.Hex(), Custodian: lower(e.Custodian.Hex()), Supersedes: e.Supersedes.Hex(),
				AnchoredAt: int64(e.AnchoredAt), Block: int64(e.Block), Tx: e.TxHash.Hex()}})
		case *store.BatchAnchored:
			evs = append(evs, &AnchorChange{Kind: "BATCH", Block: int64(e.Block)})
		}
	}
	s.res.hub.publish(evs)
}

// RolledBack implements indexer.Listener: subscribers learn that everything after the block is gone.
func (s *Server) RolledBack(to store.Checkpoint) {
	n := int64(to.Number)
	s.res.hub.publish([]any{
		&ConsentChange{Kind: ChangeKindRolledBack, Block: n},
		&ProposalChange{Event: "ROLLED_BACK", Block: n},
		&AnchorChange{Kind: "ROLLED_BACK", Block: n},
	})
}
