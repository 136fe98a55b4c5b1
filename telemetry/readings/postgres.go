package readings

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver "pgx"
)

const postgresSchema = `
CREATE TABLE IF NOT EXISTS telemetry_batches (device BYTEA NOT NULL, sequence BIGINT NOT NULL, salt BYTEA NOT NULL,
	readings INTEGER NOT NULL, received_at BIGINT NOT NULL, PRIMARY KEY (device, sequence));
CREATE TABLE IF NOT EXISTS telemetry_readings (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	device BYTEA NOT NULL, sequence BIGINT NOT NULL, idx INTEGER NOT NULL, time BIGINT NOT NULL, code TEXT NOT NULL,
	value_milli BIGINT NOT NULL, unit TEXT NOT NULL, anchor_id BIGINT);
CREATE INDEX IF NOT EXISTS telemetry_readings_unanchored ON telemetry_readings (id) WHERE anchor_id IS NULL;
CREATE INDEX IF NOT EXISTS telemetry_readings_anchor ON telemetry_readings (anchor_id);
CREATE INDEX IF NOT EXISTS telemetry_readings_series ON telemetry_readings (device, code, time);
CREATE UNIQUE INDEX IF NOT EXISTS telemetry_readings_key ON telemetry_readings (device, sequence, idx);
CREATE TABLE IF NOT EXISTS telemetry_anchors (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	leaf_count INTEGER NOT NULL, created_at BIGINT NOT NULL, lease_until BIGINT NOT NULL, root BYTEA, tx_hash BYTEA,
	block BIGINT, anchored_at BIGINT)`

// Postgres is the store in PostgreSQL, which several gateway replicas share.
type Postgres struct{ *sqlStore }

// OpenPostgres opens (creating the tables in the URL's search_path) the store.
func OpenPostgres(ctx context.Context, dsn string) (*Postgres, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	db.SetMaxOpenConns(16)
	if err := db.PingContext(ctx); err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("postgres: connect: %w", err)
	}
	s, err := newSQLStore(ctx, db, db, dialect{
		name:       "postgres",
		lock:       "SELECT pg_advisory_xact_lock(7317220010)",
		schema:     postgresSchema,
		skipLocked: " FOR UPDATE SKIP LOCKED",
		duplicate: func(err error) bool {
			var pe *pgconn.PgError
			return errors.As(err, &pe) && pe.Code == "23505"
		},
	})
	if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return &Postgres{s}, nil
}
