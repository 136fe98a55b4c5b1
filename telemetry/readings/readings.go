// Package readings keeps the gateway's accepted reading batches durably (SQLite by default, PostgreSQL for several
// replicas) and the anchors that group them into the Merkle batches the gateway anchors on chain.
package readings

import (
	"context"
	"errors"
	"time"

	"github.com/bevan-health/bevan/commitment"
	"github.com/bevan-health/bevan/internal/dburl"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/ethereum/go-ethereum/common"
)

// ErrDuplicate: the device's batch of that sequence number is kept already (a replay that passed the Redis check,
// e.g. after Redis lost its state; the database is the last word).
var ErrDuplicate = errors.New("batch already kept")

// ErrNotFound: no such reading or anchor.
var ErrNotFound = errors.New("not found")

// Kept is a reading as the store keeps it.
type Kept struct {
	Device   common.Address
	Sequence uint64
	Index    uint32
	telemetry.Reading
	// BatchSalt is the salt of the reading's batch (telemetry.ReadingSalt derives the reading's).
	BatchSalt commitment.Salt
	// AnchorID is the anchor the reading is in (0: not yet in one).
	AnchorID int64
}

// Leaf is the reading's leaf (telemetry.Leaf).
func (k *Kept) Leaf() common.Hash {
	return telemetry.Leaf(k.Device, k.Sequence, k.Index, &k.Reading, k.BatchSalt)
}

// Anchor is a group of readings anchored (or to be anchored) as one Merkle batch.
type Anchor struct {
	ID        int64
	LeafCount int
	CreatedAt time.Time
	// Root, TxHash, Block and AnchoredAt are set once the batch is on chain.
	Root       common.Hash
	TxHash     common.Hash
	Block      uint64
	AnchoredAt time.Time
}

// Done reports whether the anchor is on chain.
func (a *Anchor) Done() bool { return !a.AnchoredAt.IsZero() }

// Store keeps readings and anchors. Two exist: SQLite (one gateway) and PostgreSQL (replicas sharing it).
type Store interface {
	// Put keeps a verified batch with its salt, all its readings or none, committed when it returns nil. A batch
	// of a (device, sequence) kept already is ErrDuplicate.
	// The batch's virtual-ward alerts (records of its readings) are kept in the same transaction.
	Put(ctx context.Context, b *telemetry.Batch, salt commitment.Salt, receivedAt time.Time, alerts ...Alert) error
	// Highest is the highest sequence number kept of the device (0: none).
	Highest(ctx context.Context, device common.Address) (uint64, error)
	// Has reports whether the device's batch of that sequence is kept.
	Has(ctx context.Context, device common.Address, sequence uint64) (bool, error)
	// NextAnchor leases the anchor to send next until now+lease: one not on chain whose lease has run out (a
	// gateway stopped or killed while sending it), else a new one over up to max readings in no anchor yet. It
	// returns nil when there is nothing to anchor. Replicas sharing a store never lease the same anchor at once.
	// A new anchor's readings are passed to derive (nil: none), whose records join the same anchor in the same
	// transaction (a record whose id is kept already is skipped), so an anchor's leaves never change once leased.
	NextAnchor(ctx context.Context, max int, now time.Time, lease time.Duration, derive Derive) (*Anchor, error)
	// Leaves are the anchor's readings (AnchorRecords its derived records; LeavesOf both, as the tree takes them).
	Leaves(ctx context.Context, anchorID int64) ([]Kept, error)
	Records
	Settings
	Alerts
	// Anchored records that the anchor's batch root is on chain (idempotent).
	Anchored(ctx context.Context, anchorID int64, root, tx common.Hash, block uint64, at time.Time) error
	// Anchors lists the anchors, oldest first.
	Anchors(ctx context.Context) ([]Anchor, error)
	// Anchor returns an anchor (ErrNotFound).
	Anchor(ctx context.Context, id int64) (*Anchor, error)
	// Reading returns one kept reading (ErrNotFound).
	Reading(ctx context.Context, device common.Address, sequence uint64, index uint32) (*Kept, error)
	// Last returns a device's latest reading of a code measured before t (ErrNotFound: none).
	Last(ctx context.Context, device common.Address, code string, before time.Time) (*Kept, error)
	// Series returns a device's readings of a code measured in [from, to), by time.
	Series(ctx context.Context, device common.Address, code string, from, to time.Time) ([]Kept, error)
	// Unanchored counts readings in no anchor yet.
	Unanchored(ctx context.Context) (int64, error)
	Close() error
}

// Open opens (creating its tables) the store named by url: sqlite://path (or a bare path), or postgres://... /
// postgresql://... (a search_path parameter selects a schema).
func Open(ctx context.Context, url string) (Store, error) {
	return dburl.Open(ctx, url, "readings database",
		func(ctx context.Context, dsn string) (Store, error) { return OpenPostgres(ctx, dsn) },
		func(ctx context.Context, path string) (Store, error) { return OpenSQLite(ctx, path) })
}
