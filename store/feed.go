package store

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"

	"github.com/ethereum/go-ethereum/common"
)

// The change feed (table change_feed, written on PostgreSQL): what read replicas follow to feed their subscriptions.

// NotifyChannel is the PostgreSQL channel the indexer notifies (payload: the change's seq) when it commits a change.
const NotifyChannel = "bevan_changes"

// FeedRetention is how many changes the feed keeps; a replica further behind than that has missed changes (it logs
// it and reports them as a rollback to the oldest block it can still vouch for).
const FeedRetention = 100_000

// Change is one entry of the change feed: a committed batch or a rollback.
type Change struct {
	Seq int64
	// Batch is a commit: From, Checkpoint and the events of the kinds the feed keeps (nil for a rollback).
	Batch *Batch
	// RolledBackTo is the checkpoint a rollback went back to.
	RolledBackTo Checkpoint
}

// feedEvents are the event types the feed keeps: the ones GraphQL subscriptions report. Adding a subscription on
// another event type means adding it here.
var feedEvents = func() map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for _, ev := range []Event{&ConsentGranted{}, &ConsentRevoked{}, &ProposalCreated{}, &VoteCast{}, &ProposalQueued{},
		&ProposalExecuted{}, &ProposalCanceled{}, &RecordAnchored{}, &BatchAnchored{}} {
		t := reflect.TypeOf(ev).Elem()
		out[t.Name()] = t
	}
	return out
}()

type feedEvent struct {
	Type  string          `json:"t"`
	Event json.RawMessage `json:"e"`
}

func encodeFeedEvents(evs []Event) (string, error) {
	out := make([]feedEvent, 0, len(evs))
	for _, ev := range evs {
		t := reflect.TypeOf(ev).Elem()
		if _, ok := feedEvents[t.Name()]; !ok {
			continue
		}
		raw, err := json.Marshal(ev)
		if err != nil {
			return "", fmt.Errorf("change feed: encode %s: %w", t.Name(), err)
		}
		out = append(out, feedEvent{Type: t.Name(), Event: raw})
	}
	raw, err := json.Marshal(out)
	return string(raw), err
}

func decodeFeedEvents(s string) ([]Event, error) {
	var in []feedEvent
	if err := json.Unmarshal([]byte(s), &in); err != nil {
		return nil, fmt.Errorf("change feed: %w", err)
	}
	out := make([]Event, 0, len(in))
	for _, fe := range in {
		t, ok := feedEvents[fe.Type]
		if !ok {
			return nil, fmt.Errorf("change feed: unknown event type %q (a newer indexer?)", fe.Type)
		}
		v := reflect.New(t)
		if err := json.Unmarshal(fe.Event, v.Interface()); err != nil {
			return nil, fmt.Errorf("change feed: decode %s: %w", fe.Type, err)
		}
		out = append(out, v.Interface().(Event))
	}
	return out, nil
}

// feeder is a backend that keeps the change feed and notifies its followers (PostgreSQL).
type feeder interface {
	notify(ctx context.Context, tx txn, seq int64) error
}

// appendChange writes the change feed's next entry in tx and notifies (delivered when tx commits), when the backend
// keeps a feed.
func (e *engine) appendChange(ctx context.Context, tx txn, kind string, from uint64, to Checkpoint, evs []Event) error {
	f, ok := e.b.(feeder)
	if !ok {
		return nil
	}
	events := "[]"
	if kind == "commit" {
		var err error
		if events, err = encodeFeedEvents(evs); err != nil {
			return err
		}
	}
	var seq int64
	r, err := tx.query(ctx, `SELECT COALESCE(MAX(seq), 0) + 1 FROM change_feed`)
	if err != nil {
		return fmt.Errorf("change feed: %w", err)
	}
	if r.Next() {
		err = r.Scan(&seq)
	}
	r.Close()
	if err != nil {
		return fmt.Errorf("change feed: %w", err)
	}
	if _, err := tx.exec(ctx, `INSERT INTO change_feed (seq, kind, from_block, to_block, to_hash, events) VALUES (?, ?, ?, ?, ?, ?)`,
		seq, kind, int64(from), int64(to.Number), hexHash(to.Hash), events); err != nil {
		return fmt.Errorf("change feed: %w", err)
	}
	if seq%1000 == 0 && seq > FeedRetention {
		if _, err := tx.exec(ctx, `DELETE FROM change_feed WHERE seq <= ?`, seq-FeedRetention); err != nil {
			return fmt.Errorf("change feed: prune: %w", err)
		}
	}
	return f.notify(ctx, tx, seq)
}

// LastChange is the seq of the newest change in the feed (0 when empty).
func (e *engine) LastChange(ctx context.Context) (int64, error) {
	r, err := e.b.query(ctx, `SELECT COALESCE(MAX(seq), 0) FROM change_feed`)
	if err != nil {
		return 0, fmt.Errorf("change feed: %w", err)
	}
	defer r.Close()
	var seq int64
	if r.Next() {
		err = r.Scan(&seq)
	}
	if err == nil {
		err = r.Err()
	}
	return seq, err
}

// Changes returns up to limit changes after seq, in order.
func (e *engine) Changes(ctx context.Context, after int64, limit int) ([]Change, error) {
	r, err := e.b.query(ctx, `SELECT seq, kind, from_block, to_block, to_hash, events FROM change_feed WHERE seq > ? ORDER BY seq LIMIT ?`,
		after, limit)
	if err != nil {
		return nil, fmt.Errorf("change feed: %w", err)
	}
	defer r.Close()
	var out []Change
	for r.Next() {
		var seq, from, to int64
		var kind, hash, events string
		if err := r.Scan(&seq, &kind, &from, &to, &hash, &events); err != nil {
			return nil, fmt.Errorf("change feed: %w", err)
		}
		cp := Checkpoint{Number: uint64(to), Hash: common.HexToHash(hash)}
		c := Change{Seq: seq}
		if kind == "rollback" {
			c.RolledBackTo = cp
		} else {
			evs, err := decodeFeedEvents(events)
			if err != nil {
				return nil, fmt.Errorf("change %d: %w", seq, err)
			}
			c.Batch = &Batch{From: uint64(from), Checkpoint: cp, Events: evs}
		}
		out = append(out, c)
	}
	return out, r.Err()
}
