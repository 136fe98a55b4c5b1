package readings

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/bevan-health/bevan/merkle"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/ethereum/go-ethereum/common"
)

// Derive derives records (excursions, alerts) from the readings a new anchor takes, in time order per device; it
// may read the store (the readings before them, the sites' settings) but not write it. NextAnchor puts the records
// in the same anchor. It must be deterministic in what records it names (their ids), since a record derived again is
// kept once.
type Derive func(ctx context.Context, taken []Kept) ([]telemetry.Record, error)

// Derivers runs several derivers in turn and joins their records.
func Derivers(ds ...Derive) Derive {
	return func(ctx context.Context, taken []Kept) ([]telemetry.Record, error) {
		var out []telemetry.Record
		for _, d := range ds {
			rs, err := d(ctx, taken)
			if err != nil {
				return nil, err
			}
			out = append(out, rs...)
		}
		return out, nil
	}
}

// StoredRecord is a derived record as the store keeps it: the anchor it is a leaf of, and its follow-up once that
// anchor is on chain (an excursion recorded in DeviceRegistry, an alert delivered).
type StoredRecord struct {
	telemetry.Record
	AnchorID  int64
	CreatedAt time.Time
	FollowUp  FollowUp
}

// FollowUp is what was done with a record once its anchor was on chain: the transaction (zero when none was
// sent), its block, when, and a note (e.g. why nothing was sent).
type FollowUp struct {
	TxHash common.Hash
	Block  uint64
	At     time.Time
	Note   string
}

// Done reports whether the record was followed up.
func (f *FollowUp) Done() bool { return !f.At.IsZero() }

// RecordQuery selects records: of a kind, of a device (zero: any), at most Limit (0: 100), newest first.
type RecordQuery struct {
	Kind   telemetry.RecordKind
	Device common.Address
	Limit  int
}

// Records is the part of Store that keeps derived records.
type Records interface {
	// AnchorRecords are the anchor's derived records, in the order they are leaves.
	AnchorRecords(ctx context.Context, anchorID int64) ([]StoredRecord, error)
	// Record returns one record by id (ErrNotFound).
	Record(ctx context.Context, id common.Hash) (*StoredRecord, error)
	// ListRecords returns the records q selects, newest first.
	ListRecords(ctx context.Context, q RecordQuery) ([]StoredRecord, error)
	// NextFollowUp leases until now+lease the oldest record of kind whose anchor is on chain, not followed up yet
	// and not leased by another (or a stopped) follower; nil when there is none.
	NextFollowUp(ctx context.Context, kind telemetry.RecordKind, now time.Time, lease time.Duration) (*StoredRecord, error)
	// FollowedUp records a record's follow-up (once: a second call changes nothing and returns nil).
	FollowedUp(ctx context.Context, id common.Hash, f FollowUp) error
}

// LeavesOf returns an anchor's readings and records and its Merkle tree over their leaves: the readings in the order
// they were taken, then the records.
func LeavesOf(ctx context.Context, st Store, anchorID int64) (*merkle.Tree, []Kept, []StoredRecord, error) {
	ks, err := st.Leaves(ctx, anchorID)
	if err != nil {
		return nil, nil, nil, err
	}
	rs, err := st.AnchorRecords(ctx, anchorID)
	if err != nil {
		return nil, nil, nil, err
	}
	leaves := make([]common.Hash, 0, len(ks)+len(rs))
	for i := range ks {
		leaves = append(leaves, ks[i].Leaf())
	}
	for i := range rs {
		leaves = append(leaves, rs[i].Leaf())
	}
	t, err := merkle.New(leaves)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("anchor %d: %w", anchorID, err)
	}
	return t, ks, rs, nil
}

// derive runs derive over the readings the new anchor took and keeps its records in the anchor; it returns how many
// it added.
func (s *sqlStore) derive(ctx context.Context, tx *sql.Tx, anchorID int64, derive Derive, now time.Time) (int64, error) {
	taken, err := keptIn(ctx, tx, "new anchor's readings", "WHERE r.anchor_id = $1 ORDER BY r.device, r.time, r.id", anchorID)
	if err != nil {
		return 0, err
	}
	recs, err := derive(ctx, taken)
	if err != nil {
		return 0, fmt.Errorf("derive records: %w", err)
	}
	var added int64
	for i := range recs {
		r := &recs[i]
		if err := r.Check(); err != nil {
			return 0, fmt.Errorf("derived record: %w", err)
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO telemetry_records (record_id, kind, device, rkey, content, salt,
			anchor_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (record_id) DO NOTHING`,
			r.ID[:], string(r.Kind), r.Device[:], []byte(r.Key), []byte(r.Content), r.Salt[:], anchorID, now.UnixMilli())
		if err != nil {
			return 0, fmt.Errorf("keep record %s: %w", r.ID.Hex(), err)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return 0, fmt.Errorf("keep record %s: %w", r.ID.Hex(), err)
		}
		added += n
	}
	return added, nil
}

const recordSelect = `SELECT record_id, kind, device, rkey, content, salt, anchor_id, created_at, followed_tx,
	followed_block, followed_at, followed_note FROM telemetry_records `

func (s *sqlStore) records(ctx context.Context, q querier, what, where string, args ...any) ([]StoredRecord, error) {
	rows, err := q.QueryContext(ctx, recordSelect+where, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var out []StoredRecord
	for rows.Next() {
		var r StoredRecord
		var id, dev, key, content, salt, ftx []byte
		var kind string
		var created int64
		var fblock, fat sql.NullInt64
		var note sql.NullString
		if err := rows.Scan(&id, &kind, &dev, &key, &content, &salt, &r.AnchorID, &created, &ftx, &fblock, &fat, &note); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		r.ID, r.Kind, r.Device, r.Key, r.Content = common.BytesToHash(id), telemetry.RecordKind(kind), common.BytesToAddress(dev), key, content
		copy(r.Salt[:], salt)
		r.CreatedAt = time.UnixMilli(created)
		if fat.Valid {
			r.FollowUp = FollowUp{TxHash: common.BytesToHash(ftx), Block: uint64(fblock.Int64), At: time.UnixMilli(fat.Int64), Note: note.String}
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return out, nil
}

func (s *sqlStore) AnchorRecords(ctx context.Context, anchorID int64) ([]StoredRecord, error) {
	return s.records(ctx, s.r, "anchor records", "WHERE anchor_id = $1 ORDER BY id", anchorID)
}

func (s *sqlStore) Record(ctx context.Context, id common.Hash) (*StoredRecord, error) {
	rs, err := s.records(ctx, s.r, "record", "WHERE record_id = $1", id[:])
	if err != nil {
		return nil, err
	}
	if len(rs) == 0 {
		return nil, fmt.Errorf("record %s: %w", id.Hex(), ErrNotFound)
	}
	return &rs[0], nil
}

func (s *sqlStore) ListRecords(ctx context.Context, q RecordQuery) ([]StoredRecord, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = 100
	}
	if q.Device == (common.Address{}) {
		return s.records(ctx, s.r, "records", "WHERE kind = $1 ORDER BY id DESC LIMIT $2", string(q.Kind), limit)
	}
	return s.records(ctx, s.r, "records", "WHERE kind = $1 AND device = $2 ORDER BY id DESC LIMIT $3",
		string(q.Kind), q.Device[:], limit)
}

func (s *sqlStore) NextFollowUp(ctx context.Context, kind telemetry.RecordKind, now time.Time, lease time.Duration) (*StoredRecord, error) {
	var out *StoredRecord
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		rs, err := s.records(ctx, tx, "next follow-up", `WHERE kind = $1 AND followed_at IS NULL AND follow_lease_until < $2
			AND anchor_id IN (SELECT id FROM telemetry_anchors WHERE anchored_at IS NOT NULL) ORDER BY id LIMIT 1`+s.d.skipLocked,
			string(kind), now.UnixMilli())
		if err != nil || len(rs) == 0 {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE telemetry_records SET follow_lease_until = $1 WHERE record_id = $2`,
			now.Add(lease).UnixMilli(), rs[0].ID[:]); err != nil {
			return fmt.Errorf("lease follow-up: %w", err)
		}
		out = &rs[0]
		return nil
	})
	return out, err
}

func (s *sqlStore) FollowedUp(ctx context.Context, id common.Hash, f FollowUp) error {
	if f.At.IsZero() {
		return errors.New("follow-up without a time")
	}
	var tx []byte
	if f.TxHash != (common.Hash{}) {
		tx = f.TxHash[:]
	}
	res, err := s.db.ExecContext(ctx, `UPDATE telemetry_records SET followed_tx = $1, followed_block = $2, followed_at = $3,
		followed_note = $4 WHERE record_id = $5 AND followed_at IS NULL`, tx, int64(f.Block), f.At.UnixMilli(), f.Note, id[:])
	if err != nil {
		return fmt.Errorf("followed up %s: %w", id.Hex(), err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		if _, err := s.Record(ctx, id); err != nil {
			return err
		}
	}
	return nil
}
