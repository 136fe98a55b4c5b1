package readings

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/bevan-health/bevan/telemetry"
	"github.com/ethereum/go-ethereum/common"
)

// ErrLotHeld: the fridge holds that lot already. ErrTooManyLots: it holds telemetry.MaxLots already.
var (
	ErrLotHeld     = errors.New("lot held already")
	ErrTooManyLots = errors.New("too many lots")
)

// Threshold is a site's range of a code's values (a cold store's air temperature), and who set it when.
type Threshold struct {
	Site               string
	Code               string
	MinMilli, MaxMilli int64
	SetBy              common.Address
	SetAt              time.Time
}

// Lot is a vaccine lot a fridge held: from AddedAt, until RemovedAt (zero: still held).
type Lot struct {
	Lot                string
	AddedAt, RemovedAt time.Time
	AddedBy, RemovedBy common.Address
}

// Applied is a site setting the gateway took: its digest (each is taken once), who signed it, for which device and
// site, when.
type Applied struct {
	Digest  common.Hash
	Signer  common.Address
	Site    string
	TakenAt time.Time
	telemetry.Setting
}

// Settings is the part of Store that keeps the sites' settings.
type Settings interface {
	// Apply takes a verified setting: records its digest (ErrDuplicate if taken already) and applies it, in one
	// transaction (a lot added that is held already is ErrLotHeld, one removed that is not held (or not before its
	// effective time) ErrNotFound, more than telemetry.MaxLots ErrTooManyLots; nothing changes then). A lot is held
	// from the setting's effective time.
	Apply(ctx context.Context, a *Applied) error
	// Threshold returns the site's range of code (ErrNotFound: none set).
	Threshold(ctx context.Context, site, code string) (*Threshold, error)
	// Lots returns the lots the device's fridge held at any time in [from, to] (from == to: at that moment), in
	// the order they were added.
	Lots(ctx context.Context, device common.Address, from, to time.Time) ([]Lot, error)
}

func (s *sqlStore) Apply(ctx context.Context, a *Applied) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO telemetry_admin_requests (digest, signer, action, device, issued_at, taken_at)
			VALUES ($1, $2, $3, $4, $5, $6)`, a.Digest[:], a.Signer[:], string(a.Action), a.Device[:], int64(a.IssuedAt), a.TakenAt.UnixMilli())
		if err != nil {
			if s.d.duplicate(err) {
				return fmt.Errorf("setting %s: %w", a.Digest.Hex(), ErrDuplicate)
			}
			return fmt.Errorf("record setting: %w", err)
		}
		at, eff := a.TakenAt.UnixMilli(), a.Effective().UnixMilli()
		switch a.Action {
		case telemetry.ActionThresholdSet:
			_, err = tx.ExecContext(ctx, `INSERT INTO telemetry_thresholds (site, code, min_milli, max_milli, set_by, set_at)
				VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (site, code) DO UPDATE SET min_milli = excluded.min_milli,
				max_milli = excluded.max_milli, set_by = excluded.set_by, set_at = excluded.set_at`,
				a.Site, telemetry.CodeRoomTemperature, a.MinMilli, a.MaxMilli, a.Signer[:], at)
		case telemetry.ActionLotAdd:
			var held, n int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*), COALESCE(SUM(CASE WHEN lot = $2 THEN 1 ELSE 0 END), 0)
				FROM telemetry_lots WHERE device = $1 AND removed_at IS NULL`, a.Device[:], a.Lot).Scan(&n, &held); err != nil {
				return fmt.Errorf("read lots: %w", err)
			}
			switch {
			case held > 0:
				return fmt.Errorf("lot %s of %s: %w", a.Lot, a.Device, ErrLotHeld)
			case n >= telemetry.MaxLots:
				return fmt.Errorf("%s holds %d lots: %w", a.Device, n, ErrTooManyLots)
			}
			_, err = tx.ExecContext(ctx, `INSERT INTO telemetry_lots (device, lot, added_at, added_by) VALUES ($1, $2, $3, $4)`,
				a.Device[:], a.Lot, eff, a.Signer[:])
		case telemetry.ActionLotRemove:
			var res sql.Result
			res, err = tx.ExecContext(ctx, `UPDATE telemetry_lots SET removed_at = $1, removed_by = $2
				WHERE device = $3 AND lot = $4 AND removed_at IS NULL AND added_at <= $1`, eff, a.Signer[:], a.Device[:], a.Lot)
			if err == nil {
				if n, _ := res.RowsAffected(); n == 0 {
					return fmt.Errorf("lot %s of %s: %w", a.Lot, a.Device, ErrNotFound)
				}
			}
		default:
			return fmt.Errorf("setting action %q unknown", a.Action)
		}
		if err != nil {
			return fmt.Errorf("apply %s: %w", a.Action, err)
		}
		return nil
	})
}

func (s *sqlStore) Threshold(ctx context.Context, site, code string) (*Threshold, error) {
	t := Threshold{Site: site, Code: code}
	var by []byte
	var at int64
	err := s.r.QueryRowContext(ctx, `SELECT min_milli, max_milli, set_by, set_at FROM telemetry_thresholds
		WHERE site = $1 AND code = $2`, site, code).Scan(&t.MinMilli, &t.MaxMilli, &by, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("threshold of %s: %w", site, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("threshold of %s: %w", site, err)
	}
	t.SetBy, t.SetAt = common.BytesToAddress(by), time.UnixMilli(at)
	return &t, nil
}

func (s *sqlStore) Lots(ctx context.Context, device common.Address, from, to time.Time) ([]Lot, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT lot, added_at, added_by, removed_at, removed_by FROM telemetry_lots
		WHERE device = $1 AND added_at <= $2 AND (removed_at IS NULL OR (removed_at > $3 AND removed_at > added_at))
		ORDER BY added_at, lot`,
		device[:], to.UnixMilli(), from.UnixMilli())
	if err != nil {
		return nil, fmt.Errorf("lots of %s: %w", device, err)
	}
	defer rows.Close()
	var out []Lot
	for rows.Next() {
		var l Lot
		var added int64
		var addedBy, removedBy []byte
		var removed sql.NullInt64
		if err := rows.Scan(&l.Lot, &added, &addedBy, &removed, &removedBy); err != nil {
			return nil, fmt.Errorf("lots of %s: %w", device, err)
		}
		l.AddedAt, l.AddedBy = time.UnixMilli(added), common.BytesToAddress(addedBy)
		if removed.Valid {
			l.RemovedAt, l.RemovedBy = time.UnixMilli(removed.Int64), common.BytesToAddress(removedBy)
		}
		out = append(out, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("lots of %s: %w", device, err)
	}
	return out, nil
}
