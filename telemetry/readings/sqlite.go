package readings

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/bevan-health/bevan/internal/sqlitex"
)

const sqliteSchema = `
CREATE TABLE IF NOT EXISTS telemetry_batches (device BLOB NOT NULL, sequence INTEGER NOT NULL, salt BLOB NOT NULL,
	readings INTEGER NOT NULL, received_at INTEGER NOT NULL, PRIMARY KEY (device, sequence));
CREATE TABLE IF NOT EXISTS telemetry_readings (id INTEGER PRIMARY KEY AUTOINCREMENT, device BLOB NOT NULL,
	sequence INTEGER NOT NULL, idx INTEGER NOT NULL, time INTEGER NOT NULL, code TEXT NOT NULL,
	value_milli INTEGER NOT NULL, unit TEXT NOT NULL, anchor_id INTEGER);
CREATE INDEX IF NOT EXISTS telemetry_readings_unanchored ON telemetry_readings (id) WHERE anchor_id IS NULL;
CREATE INDEX IF NOT EXISTS telemetry_readings_anchor ON telemetry_readings (anchor_id);
CREATE INDEX IF NOT EXISTS telemetry_readings_series ON telemetry_readings (device, code, time);
CREATE UNIQUE INDEX IF NOT EXISTS telemetry_readings_key ON telemetry_readings (device, sequence, idx);
CREATE TABLE IF NOT EXISTS telemetry_anchors (id INTEGER PRIMARY KEY AUTOINCREMENT, leaf_count INTEGER NOT NULL,
	created_at INTEGER NOT NULL, lease_until INTEGER NOT NULL, root BLOB, tx_hash BLOB, block INTEGER,
	anchored_at INTEGER)`

// SQLite is the store in a SQLite file (WAL journal, each batch synced before its acknowledgement): the default,
// for one gateway.
type SQLite struct{ *sqlStore }

// OpenSQLite opens (creating) the store at path.
func OpenSQLite(ctx context.Context, path string) (*SQLite, error) {
	// synchronous(FULL): a batch is on disk when its transaction commits, before the device's acknowledgement.
	db, err := sqlitex.Open(ctx, path, "synchronous(FULL)")
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(4)
	// Reads have a pool of their own (see sqlStore).
	rdb, err := sqlitex.Open(ctx, path, "query_only(true)")
	if err != nil {
		_ = db.Close()
		return nil, err
	}
	rdb.SetMaxOpenConns(8)
	s, err := newSQLStore(ctx, db, rdb, dialect{
		name:      "sqlite",
		schema:    sqliteSchema,
		duplicate: func(err error) bool { return strings.Contains(err.Error(), "UNIQUE constraint failed") },
	})
	if err != nil {
		_ = errors.Join(rdb.Close(), db.Close())
		return nil, fmt.Errorf("sqlite %s: %w", path, err)
	}
	return &SQLite{s}, nil
}
