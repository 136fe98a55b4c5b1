package readings

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/bevan-health/bevan/telemetry"
	"github.com/ethereum/go-ethereum/common"
)

// Alert is a virtual-ward alert as the store keeps it: its record (content: device, patient, rule and time, never
// the reading's value; its own salt), the reading that raised it, and once anchored the anchor that took it.
type Alert struct {
	telemetry.Record
	Patient  common.Address
	Sequence uint64
	Index    uint32
	Rule     string
	Time     uint64 // the reading's time (unix seconds)
	RaisedAt time.Time
	// AnchorID is the anchor whose batch carries the alert's leaf (0: not anchored yet); AnchorTx and AnchorBlock are
	// set once that anchor is on chain.
	AnchorID    int64
	AnchorTx    common.Hash
	AnchorBlock uint64
}

// AlertQuery selects alerts: of a patient (zero: every patient), raised by readings at or after Since, at most
// Limit (0: 100), newest first.
type AlertQuery struct {
	Patient common.Address
	Since   time.Time
	Limit   int
}

// Alerts is the part of Store that keeps virtual-ward alerts. They are written by Put, with their batch.
type Alerts interface {
	// ListAlerts returns the alerts q selects, newest first.
	ListAlerts(ctx context.Context, q AlertQuery) ([]Alert, error)
	// DeriveAlerts is a Derive: the records of the alerts raised by the readings a new anchor takes, so that each
	// alert is a leaf of the anchor that carries its reading.
	DeriveAlerts(ctx context.Context, taken []Kept) ([]telemetry.Record, error)
}

// putAlerts keeps a batch's alerts in its transaction.
func putAlerts(ctx context.Context, tx *sql.Tx, alerts []Alert, receivedAt time.Time) error {
	for i := range alerts {
		a := &alerts[i]
		if err := a.Check(); err != nil {
			return fmt.Errorf("alert: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO telemetry_alerts (record_id, device, sequence, idx, patient, rule,
			time, rkey, content, salt, raised_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
			a.ID[:], a.Device[:], int64(a.Sequence), a.Index, a.Patient[:], a.Rule, int64(a.Time), []byte(a.Key),
			[]byte(a.Content), a.Salt[:], receivedAt.UnixMilli()); err != nil {
			return fmt.Errorf("put alert: %w", err)
		}
	}
	return nil
}

const alertSelect = `SELECT a.record_id, a.device, a.sequence, a.idx, a.patient, a.rule, a.time, a.rkey, a.content, a.salt,
	a.raised_at, COALESCE(r.anchor_id, 0), an.tx_hash, an.block FROM telemetry_alerts a
	LEFT JOIN telemetry_records r ON r.record_id = a.record_id
	LEFT JOIN telemetry_anchors an ON an.id = r.anchor_id AND an.anchored_at IS NOT NULL `

func (s *sqlStore) alerts(ctx context.Context, what, where string, args ...any) ([]Alert, error) {
	rows, err := s.db.QueryContext(ctx, alertSelect+where, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var out []Alert
	for rows.Next() {
		var a Alert
		var id, dev, patient, key, content, salt, tx []byte
		var seq, t, raised int64
		var block sql.NullInt64
		if err := rows.Scan(&id, &dev, &seq, &a.Index, &patient, &a.Rule, &t, &key, &content, &salt, &raised, &a.AnchorID,
			&tx, &block); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		a.ID, a.Kind, a.Device, a.Key, a.Content = common.BytesToHash(id), alertKind, common.BytesToAddress(dev), key, content
		copy(a.Salt[:], salt)
		a.Patient, a.Sequence, a.Time, a.RaisedAt = common.BytesToAddress(patient), uint64(seq), uint64(t), time.UnixMilli(raised)
		if len(tx) > 0 {
			a.AnchorTx, a.AnchorBlock = common.BytesToHash(tx), uint64(block.Int64)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return out, nil
}

// alertKind is the record kind of every alert (ward.RecordAlert; the store does not import the ward package).
const alertKind telemetry.RecordKind = "alert"

func (s *sqlStore) ListAlerts(ctx context.Context, q AlertQuery) ([]Alert, error) {
	limit := q.Limit
	if limit <= 0 || limit > 1000 {
		limit = 100
	}
	if q.Patient == (common.Address{}) {
		return s.alerts(ctx, "alerts", "WHERE a.time >= $1 ORDER BY a.id DESC LIMIT $2", q.Since.Unix(), limit)
	}
	return s.alerts(ctx, "alerts", "WHERE a.patient = $1 AND a.time >= $2 ORDER BY a.id DESC LIMIT $3", q.Patient[:],
		q.Since.Unix(), limit)
}

func (s *sqlStore) DeriveAlerts(ctx context.Context, taken []Kept) ([]telemetry.Record, error) {
	type batch struct {
		device common.Address
		seq    uint64
	}
	in := map[batch]map[uint32]bool{}
	var order []batch
	for i := range taken {
		b := batch{taken[i].Device, taken[i].Sequence}
		if in[b] == nil {
			in[b] = map[uint32]bool{}
			order = append(order, b)
		}
		in[b][taken[i].Index] = true
	}
	var out []telemetry.Record
	for _, b := range order {
		as, err := s.alerts(ctx, "batch alerts", "WHERE a.device = $1 AND a.sequence = $2 ORDER BY a.id", b.device[:], int64(b.seq))
		if err != nil {
			return nil, err
		}
		for _, a := range as {
			if in[b][a.Index] { // the anchor takes the alert's reading (a batch may be split over two anchors)
				out = append(out, a.Record)
			}
		}
	}
	return out, nil
}
