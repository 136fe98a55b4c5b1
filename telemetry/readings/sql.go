package readings

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/bevan-health/bevan/commitment"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/ethereum/go-ethereum/common"
)

// dialect is what differs between the two databases; queries are written with $n placeholders, which both take.
type dialect struct {
	name       string               // the migrations' suffix: sqlite or postgres
	schema     string               // CREATE TABLE IF NOT EXISTS ... statements: the baseline
	lock       string               // a statement that serialises migrations across processes ("" for none)
	skipLocked string               // appended to a SELECT of rows to lease: PostgreSQL's FOR UPDATE SKIP LOCKED
	duplicate  func(err error) bool // a unique-key violation
}

// sqlStore is the Store over database/sql; SQLite and PostgreSQL embed it with their dialect. Reads go to r: for
// SQLite a pool of its own (WAL readers never wait for the writer), so that a read made while a transaction holds the
// write lock (a deriver's, inside NextAnchor) never waits for a connection held by a write queued behind that lock;
// for PostgreSQL r is db.
type sqlStore struct {
	db *sql.DB
	r  *sql.DB
	d  dialect
}

func newSQLStore(ctx context.Context, db, r *sql.DB, d dialect) (*sqlStore, error) {
	for _, stmt := range strings.Split(d.schema, ";") {
		if strings.TrimSpace(stmt) == "" {
			continue
		}
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			return nil, fmt.Errorf("create tables: %w", err)
		}
	}
	if err := migrate(ctx, db, d.name, d.lock); err != nil {
		return nil, err
	}
	return &sqlStore{db: db, r: r, d: d}, nil
}

func (s *sqlStore) Close() error {
	if s.r != s.db {
		return errors.Join(s.r.Close(), s.db.Close())
	}
	return s.db.Close()
}

// inTx runs f in a transaction, committed when f returns nil.
func (s *sqlStore) inTx(ctx context.Context, f func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := f(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

const readingCols = 7 // device, sequence, idx, time, code, value_milli, unit

func (s *sqlStore) Put(ctx context.Context, b *telemetry.Batch, salt commitment.Salt, receivedAt time.Time, alerts ...Alert) error {
	if err := salt.Check(); err != nil {
		return fmt.Errorf("put batch: %w", err)
	}
	var q strings.Builder
	q.WriteString("INSERT INTO telemetry_readings (device, sequence, idx, time, code, value_milli, unit) VALUES ")
	args := make([]any, 0, readingCols*len(b.Readings))
	for i, r := range b.Readings {
		if i > 0 {
			q.WriteByte(',')
		}
		q.WriteByte('(')
		for c := range readingCols {
			if c > 0 {
				q.WriteByte(',')
			}
			q.WriteByte('$')
			q.WriteString(strconv.Itoa(len(args) + c + 1))
		}
		q.WriteByte(')')
		args = append(args, b.Device[:], int64(b.Sequence), i, int64(r.Time), r.Code, r.ValueMilli, r.Unit)
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO telemetry_batches (device, sequence, salt, readings, received_at)
			VALUES ($1, $2, $3, $4, $5)`, b.Device[:], int64(b.Sequence), salt[:], len(b.Readings), receivedAt.UnixMilli())
		if err != nil {
			if s.d.duplicate(err) {
				return fmt.Errorf("device %s sequence %d: %w", b.Device, b.Sequence, ErrDuplicate)
			}
			return fmt.Errorf("put batch: %w", err)
		}
		if _, err := tx.ExecContext(ctx, q.String(), args...); err != nil {
			return fmt.Errorf("put readings: %w", err)
		}
		return putAlerts(ctx, tx, alerts, receivedAt)
	})
}

func (s *sqlStore) Has(ctx context.Context, device common.Address, sequence uint64) (bool, error) {
	var n int
	err := s.r.QueryRowContext(ctx, `SELECT 1 FROM telemetry_batches WHERE device = $1 AND sequence = $2`,
		device[:], int64(sequence)).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("has batch: %w", err)
	}
	return true, nil
}

func (s *sqlStore) Highest(ctx context.Context, device common.Address) (uint64, error) {
	var n int64
	if err := s.r.QueryRowContext(ctx, `SELECT COALESCE(MAX(sequence), 0) FROM telemetry_batches WHERE device = $1`,
		device[:]).Scan(&n); err != nil {
		return 0, fmt.Errorf("highest sequence: %w", err)
	}
	return uint64(n), nil
}

func (s *sqlStore) NextAnchor(ctx context.Context, max int, now time.Time, lease time.Duration, derive Derive) (*Anchor, error) {
	var out *Anchor
	until := now.Add(lease).UnixMilli()
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var a Anchor
		var created int64
		err := tx.QueryRowContext(ctx, `SELECT id, leaf_count, created_at FROM telemetry_anchors
			WHERE anchored_at IS NULL AND lease_until < $1 ORDER BY id LIMIT 1`+s.d.skipLocked, now.UnixMilli()).
			Scan(&a.ID, &a.LeafCount, &created)
		switch {
		case err == nil:
			if _, err := tx.ExecContext(ctx, `UPDATE telemetry_anchors SET lease_until = $1 WHERE id = $2`, until, a.ID); err != nil {
				return fmt.Errorf("lease anchor: %w", err)
			}
			a.CreatedAt, out = time.UnixMilli(created), &a
			return nil
		case !errors.Is(err, sql.ErrNoRows):
			return fmt.Errorf("find unfinished anchor: %w", err)
		}
		if err := tx.QueryRowContext(ctx, `INSERT INTO telemetry_anchors (leaf_count, created_at, lease_until)
			VALUES (0, $1, $2) RETURNING id`, now.UnixMilli(), until).Scan(&a.ID); err != nil {
			return fmt.Errorf("new anchor: %w", err)
		}
		res, err := tx.ExecContext(ctx, `UPDATE telemetry_readings SET anchor_id = $1 WHERE id IN (
			SELECT id FROM telemetry_readings WHERE anchor_id IS NULL ORDER BY id LIMIT $2`+s.d.skipLocked+`)`, a.ID, max)
		if err != nil {
			return fmt.Errorf("assign readings: %w", err)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return fmt.Errorf("assign readings: %w", err)
		}
		if n == 0 {
			return errNothing
		}
		if derive != nil {
			added, err := s.derive(ctx, tx, a.ID, derive, now)
			if err != nil {
				return err
			}
			n += added
		}
		if _, err := tx.ExecContext(ctx, `UPDATE telemetry_anchors SET leaf_count = $1 WHERE id = $2`, n, a.ID); err != nil {
			return fmt.Errorf("count anchor: %w", err)
		}
		a.LeafCount, a.CreatedAt, out = int(n), time.UnixMilli(now.UnixMilli()), &a
		return nil
	})
	if errors.Is(err, errNothing) {
		return nil, nil
	}
	return out, err
}

// errNothing rolls back a new anchor that found no reading.
var errNothing = errors.New("nothing to anchor")

const keptSelect = `SELECT r.device, r.sequence, r.idx, r.time, r.code, r.value_milli, r.unit, b.salt,
	COALESCE(r.anchor_id, 0) FROM telemetry_readings r
	JOIN telemetry_batches b ON b.device = r.device AND b.sequence = r.sequence `

// querier is a *sql.DB or a *sql.Tx.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func (s *sqlStore) kept(ctx context.Context, what, where string, args ...any) ([]Kept, error) {
	return keptIn(ctx, s.r, what, where, args...)
}

func keptIn(ctx context.Context, q querier, what, where string, args ...any) ([]Kept, error) {
	rows, err := q.QueryContext(ctx, keptSelect+where, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var out []Kept
	for rows.Next() {
		var k Kept
		var dev, salt []byte
		var seq, t int64
		if err := rows.Scan(&dev, &seq, &k.Index, &t, &k.Code, &k.ValueMilli, &k.Unit, &salt, &k.AnchorID); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		k.Device, k.Sequence, k.Time = common.BytesToAddress(dev), uint64(seq), uint64(t)
		copy(k.BatchSalt[:], salt)
		out = append(out, k)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return out, nil
}

func (s *sqlStore) Leaves(ctx context.Context, anchorID int64) ([]Kept, error) {
	return s.kept(ctx, "anchor leaves", "WHERE r.anchor_id = $1 ORDER BY r.id", anchorID)
}

func (s *sqlStore) Reading(ctx context.Context, device common.Address, sequence uint64, index uint32) (*Kept, error) {
	ks, err := s.kept(ctx, "reading", "WHERE r.device = $1 AND r.sequence = $2 AND r.idx = $3", device[:], int64(sequence), index)
	if err != nil {
		return nil, err
	}
	if len(ks) == 0 {
		return nil, fmt.Errorf("reading %d of device %s sequence %d: %w", index, device, sequence, ErrNotFound)
	}
	return &ks[0], nil
}

func (s *sqlStore) Series(ctx context.Context, device common.Address, code string, from, to time.Time) ([]Kept, error) {
	return s.kept(ctx, "series", "WHERE r.device = $1 AND r.code = $2 AND r.time >= $3 AND r.time < $4 ORDER BY r.time, r.id",
		device[:], code, from.Unix(), to.Unix())
}

func (s *sqlStore) Last(ctx context.Context, device common.Address, code string, before time.Time) (*Kept, error) {
	ks, err := s.kept(ctx, "last reading", "WHERE r.device = $1 AND r.code = $2 AND r.time < $3 ORDER BY r.time DESC, r.id DESC LIMIT 1",
		device[:], code, before.Unix())
	if err != nil {
		return nil, err
	}
	if len(ks) == 0 {
		return nil, fmt.Errorf("reading of %s before %s: %w", device, before.UTC().Format(time.RFC3339), ErrNotFound)
	}
	return &ks[0], nil
}

func (s *sqlStore) Anchored(ctx context.Context, anchorID int64, root, tx common.Hash, block uint64, at time.Time) error {
	res, err := s.db.ExecContext(ctx, `UPDATE telemetry_anchors SET root = $1, tx_hash = $2, block = $3, anchored_at = $4
		WHERE id = $5`, root[:], tx[:], int64(block), at.UnixMilli(), anchorID)
	if err != nil {
		return fmt.Errorf("anchored: %w", err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return fmt.Errorf("anchor %d: %w", anchorID, ErrNotFound)
	}
	return nil
}

const anchorSelect = `SELECT id, leaf_count, created_at, root, tx_hash, block, anchored_at FROM telemetry_anchors `

func scanAnchor(row interface{ Scan(...any) error }) (*Anchor, error) {
	var a Anchor
	var created int64
	var root, tx []byte
	var block, at sql.NullInt64
	if err := row.Scan(&a.ID, &a.LeafCount, &created, &root, &tx, &block, &at); err != nil {
		return nil, err
	}
	a.CreatedAt, a.Root, a.TxHash, a.Block = time.UnixMilli(created), common.BytesToHash(root), common.BytesToHash(tx), uint64(block.Int64)
	if at.Valid {
		a.AnchoredAt = time.UnixMilli(at.Int64)
	}
	return &a, nil
}

func (s *sqlStore) Anchor(ctx context.Context, id int64) (*Anchor, error) {
	a, err := scanAnchor(s.r.QueryRowContext(ctx, anchorSelect+`WHERE id = $1`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("anchor %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("anchor %d: %w", id, err)
	}
	return a, nil
}

func (s *sqlStore) Anchors(ctx context.Context) ([]Anchor, error) {
	rows, err := s.r.QueryContext(ctx, anchorSelect+`ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("anchors: %w", err)
	}
	defer rows.Close()
	var out []Anchor
	for rows.Next() {
		a, err := scanAnchor(rows)
		if err != nil {
			return nil, fmt.Errorf("anchors: %w", err)
		}
		out = append(out, *a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("anchors: %w", err)
	}
	return out, nil
}

func (s *sqlStore) Unanchored(ctx context.Context) (int64, error) {
	var n int64
	if err := s.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM telemetry_readings WHERE anchor_id IS NULL`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count unanchored: %w", err)
	}
	return n, nil
}
