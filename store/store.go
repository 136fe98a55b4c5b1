// Package store keeps what the indexer decodes from the chain: consents, guardians, emergency accesses, members,
// proposals, votes, anchors, batches and forwarded meta-transactions, as rows versioned by block range, plus the
// indexed blocks and the checkpoint. Two implementations share one engine and one set of embedded migrations:
// SQLite (pure Go, WAL; the default) and PostgreSQL (pgx, bulk writes with COPY).
package store

import (
	"context"
	"errors"

	"github.com/bevan-health/bevan/internal/dburl"
	"github.com/ethereum/go-ethereum/common"
)

// Block is an indexed block header.
type Block struct {
	Number     uint64
	Hash       common.Hash
	ParentHash common.Hash
	Time       uint64
}

// Checkpoint is the last block whose events are all in the store. A zero Hash means "before any indexed block".
type Checkpoint struct {
	Number uint64
	Hash   common.Hash
}

// Batch is what one commit writes: the events of blocks From..Checkpoint.Number (in chain order), the headers the
// indexer kept of those blocks, and the new checkpoint, all in one database transaction.
type Batch struct {
	From       uint64
	Blocks     []Block
	Events     []Event
	Checkpoint Checkpoint
}

// ErrCheckpointMismatch is returned by Commit when the batch does not start right after the stored checkpoint.
var ErrCheckpointMismatch = errors.New("batch does not follow the stored checkpoint")

// Store is the indexer's database.
type Store interface {
	// Kind is "sqlite" or "postgres".
	Kind() string
	// Checkpoint returns the stored checkpoint; ok is false when nothing was indexed yet.
	Checkpoint(ctx context.Context) (cp Checkpoint, ok bool, err error)
	// Commit writes a batch and its checkpoint atomically.
	Commit(ctx context.Context, b *Batch) error
	// Rollback removes everything after block `to.Number` (a reorg) and makes `to` the checkpoint.
	Rollback(ctx context.Context, to Checkpoint) error
	// Blocks returns up to limit stored blocks numbered at most atOrBelow, highest first.
	Blocks(ctx context.Context, atOrBelow uint64, limit int) ([]Block, error)
	// Meta and SetMeta keep small facts about the indexed chain (chain id, contract addresses).
	Meta(ctx context.Context, key string) (value string, ok bool, err error)
	SetMeta(ctx context.Context, key, value string) error
	// Checksum is a digest of every indexed row and the checkpoint (not of the kept headers, which depend on how
	// the backfill was split into ranges): two stores that indexed the same chain have the same checksum.
	Checksum(ctx context.Context) (string, error)
	// Counts returns the number of rows (all versions) of each table.
	Counts(ctx context.Context) (map[string]int64, error)
	// Reader answers the queries of the GraphQL API.
	Reader
	Close() error
}

// Open opens (creating and migrating) the store named by url: sqlite://path (or a bare path), or
// postgres://... / postgresql://...
func Open(ctx context.Context, url string) (Store, error) {
	return dburl.Open(ctx, url, "database",
		func(ctx context.Context, dsn string) (Store, error) { return OpenPostgres(ctx, dsn) },
		func(ctx context.Context, path string) (Store, error) { return OpenSQLite(ctx, path) })
}
