package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/bevan-health/bevan/store"
)

// TestChangeFeed: on PostgreSQL every commit and rollback is a change in the feed, in order, with the events
// subscriptions report, and LISTEN wakes a follower when one is committed.
func TestChangeFeed(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s := open(t, "postgres").(*store.Postgres)
	wake := make(chan struct{}, 16)
	go func() { _ = s.Listen(ctx, func() { wake <- struct{}{} }) }()
	select {
	case <-wake: // listening
	case <-ctx.Done():
		t.Fatal("LISTEN never started")
	}
	commitRanges(t, s, 9, 14, 3) // 9..11, 12..14
	if err := s.Rollback(ctx, store.Checkpoint{Number: 12, Hash: block(12).Hash}); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		select {
		case <-wake:
		case <-ctx.Done():
			t.Fatal("fewer than 3 notifications for 2 commits and a rollback")
		}
	}
	last, err := s.LastChange(ctx)
	if err != nil || last != 3 {
		t.Fatalf("last change %d (%v), want 3", last, err)
	}
	cs, err := s.Changes(ctx, 0, 10)
	if err != nil || len(cs) != 3 {
		t.Fatalf("changes: %d (%v), want 3", len(cs), err)
	}
	h := history()
	for i, want := range []struct{ from, to uint64 }{{9, 11}, {12, 14}} {
		c := cs[i]
		if c.Seq != int64(i+1) || c.Batch == nil || c.Batch.From != want.from || c.Batch.Checkpoint.Number != want.to {
			t.Fatalf("change %d: %+v", i, c)
		}
		// the kept events, in order: consents, proposals, votes (members, guardians, emergency accesses are not kept)
		var kept []store.Event
		for n := want.from; n <= want.to; n++ {
			for _, ev := range h[n] {
				switch ev.(type) {
				case *store.ConsentGranted, *store.ConsentRevoked, *store.ProposalCreated, *store.VoteCast:
					kept = append(kept, ev)
				}
			}
		}
		if len(c.Batch.Events) != len(kept) {
			t.Fatalf("change %d: %d events, want %d", i, len(c.Batch.Events), len(kept))
		}
		for j, ev := range c.Batch.Events {
			if ev.EventMeta() != kept[j].EventMeta() {
				t.Fatalf("change %d event %d: %+v, want %+v", i, j, ev, kept[j])
			}
		}
	}
	if g, ok := cs[0].Batch.Events[0].(*store.ConsentGranted); !ok || g.ConsentID != hash("c1") || g.Purposes != 1 {
		t.Fatalf("first event %+v", cs[0].Batch.Events[0])
	}
	if cs[2].Batch != nil || cs[2].RolledBackTo.Number != 12 || cs[2].RolledBackTo.Hash != block(12).Hash {
		t.Fatalf("rollback change %+v", cs[2])
	}
	if cs, err := s.Changes(ctx, 2, 10); err != nil || len(cs) != 1 || cs[0].Seq != 3 {
		t.Fatalf("changes after 2: %+v %v", cs, err)
	}
	// SQLite keeps no feed
	sq := open(t, "sqlite").(*store.SQLite)
	commitRanges(t, sq, 9, 11, 3)
	if n, err := sq.LastChange(ctx); err != nil || n != 0 {
		t.Fatalf("sqlite feed: %d %v", n, err)
	}
}
