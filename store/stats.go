package store

import (
	"context"
	"fmt"
	"strings"
)

// GroupKey is one key of a grouped count: a column's value, the calendar month (UTC, "2006-01") of a unix-time
// column, or a consent's status at a time.
type GroupKey struct {
	Col string
	// Month groups by the calendar month of Col (unix seconds).
	Month bool
	// StatusAt, when set, groups consents by StatusAt(*StatusAt) ("ACTIVE", "REVOKED", "EXPIRED"); Col is unused.
	StatusAt *int64
	// Buckets, when set, groups by the bucket of Col − Since (two unix-time columns, seconds): "0" when Col is NULL,
	// else the 1-based index of the first bound the difference is below, len(Buckets)+1 when it is below none
	// (BucketOf is the same rule in Go).
	Buckets []int64
	Since   string
}

// BucketOf is GroupKey.Buckets' rule: 0 when at is nil, else the 1-based index of the first bound at − since is
// below, len(bounds)+1 when it is below none.
func BucketOf(at *int64, since int64, bounds []int64) int {
	if at == nil {
		return 0
	}
	for i, b := range bounds {
		if *at-since < b {
			return i + 1
		}
	}
	return len(bounds) + 1
}

// Group is one group of a grouped count: a value per key and the number of rows.
type Group struct {
	Key []string
	N   int64
}

// Status names of GroupKey.StatusAt, the same words as the GraphQL API's ConsentStatus.
const (
	StatusNameActive  = "ACTIVE"
	StatusNameRevoked = "REVOKED"
	StatusNameExpired = "EXPIRED"
)

// groupable are the tables and columns CountBy may group by (and the unix-time columns it may take months of):
// only the fixed dimensions the analytics publish.
var groupable = map[string]map[string]bool{
	TableConsents:          {ColPurposes: true, ColGrantee: true, ColGrantedAt: true, ColRevoked: true, ColRevokedAt: true, ColExpiresAt: true},
	TableEmergencyAccesses: {ColAccessor: true, ColAt: true},
	TableAnchors:           {ColCustodian: true, "anchored_at": true},
	TableVotes:             {ColVoter: true, ColSupport: true},
	TableObjections:        {ColPurposes: true, ColGrantee: true, ColRecordedAt: true},
}

// CountBy counts the rows of table as of block at (nil: now) matching where, grouped by keys: one aggregate query
// (GROUP BY in the database). Keys are restricted to the analytics' fixed dimensions.
func CountBy(ctx context.Context, rd Reader, table string, at *uint64, keys []GroupKey, where []Cond) ([]Group, error) {
	return countBy(ctx, rd.reader(), table, nil, at, keys, where)
}

// Delta selects the row versions that changed between blocks From and To (From < To): Closed false, the versions
// valid at To that started after From; Closed true, the versions valid at From that ended by To. A count as of To
// is the count as of From, plus the opened versions, minus the closed ones.
type Delta struct {
	From, To uint64
	Closed   bool
}

// CountDelta is CountBy over the versions d selects (read through the valid_from and valid_until indexes).
func CountDelta(ctx context.Context, rd Reader, table string, d Delta, keys []GroupKey) ([]Group, error) {
	if d.From >= d.To {
		return nil, fmt.Errorf("%w: delta from %d to %d", ErrBadQuery, d.From, d.To)
	}
	return countBy(ctx, rd.reader(), table, &d, nil, keys, nil)
}

func countBy(ctx context.Context, e *engine, table string, delta *Delta, at *uint64, keys []GroupKey, where []Cond) ([]Group, error) {
	cols, ok := groupable[table]
	if !ok {
		return nil, fmt.Errorf("%w: %s cannot be grouped", ErrBadQuery, table)
	}
	exprs := make([]string, len(keys))
	var keyArgs []any
	for i, k := range keys {
		switch {
		case k.StatusAt != nil:
			if table != TableConsents {
				return nil, fmt.Errorf("%w: status is a consent's", ErrBadQuery)
			}
			// StatusAt's rule in SQL (rows.go): revoked, else expired once now reaches a non-zero expiry.
			exprs[i] = "CASE WHEN " + ColRevoked + " THEN '" + StatusNameRevoked + "' WHEN " + ColExpiresAt + " <> 0 AND " +
				ColExpiresAt + " <= ? THEN '" + StatusNameExpired + "' ELSE '" + StatusNameActive + "' END"
			keyArgs = append(keyArgs, *k.StatusAt)
		case !cols[k.Col]:
			return nil, fmt.Errorf("%w: %s cannot be grouped by %q", ErrBadQuery, table, k.Col)
		case len(k.Buckets) > 0:
			if !cols[k.Since] {
				return nil, fmt.Errorf("%w: %s cannot be bucketed since %q", ErrBadQuery, table, k.Since)
			}
			var sb strings.Builder
			sb.WriteString("CASE WHEN " + k.Col + " IS NULL THEN '0'")
			for j, b := range k.Buckets {
				fmt.Fprintf(&sb, " WHEN %s - %s < ? THEN '%d'", k.Col, k.Since, j+1)
				keyArgs = append(keyArgs, b)
			}
			fmt.Fprintf(&sb, " ELSE '%d' END", len(k.Buckets)+1)
			exprs[i] = sb.String()
		case k.Month && e.kind == "postgres":
			exprs[i] = "to_char(to_timestamp(" + k.Col + ") AT TIME ZONE 'UTC', 'YYYY-MM')"
		case k.Month:
			exprs[i] = "strftime('%Y-%m', " + k.Col + ", 'unixepoch')"
		default:
			exprs[i] = "CAST(" + k.Col + " AS TEXT)"
		}
	}
	colIdx := map[string]int{}
	for c := range cols {
		colIdx[c] = 0
	}
	for _, c := range []string{ColRevoked, ColExpiresAt, ColPatient, ColValidFrom, ColValidUntil} {
		colIdx[c] = 0
	}
	where2, args, err := e.where(ctx, colIdx, table, List{At: at, Where: where})
	if err != nil {
		return nil, err
	}
	if delta != nil {
		if delta.Closed {
			where2 = []string{"valid_until > ? AND valid_until <= ? AND valid_from <= ?"}
			args = []any{int64(delta.From), int64(delta.To), int64(delta.From)}
		} else {
			where2 = []string{"valid_from > ? AND valid_from <= ? AND (valid_until IS NULL OR valid_until > ?)"}
			args = []any{int64(delta.From), int64(delta.To), int64(delta.To)}
		}
	}
	var sb strings.Builder
	sb.WriteString("SELECT ")
	for i, x := range exprs {
		fmt.Fprintf(&sb, "%s AS k%d, ", x, i)
	}
	sb.WriteString("COUNT(*) FROM " + table + " WHERE " + strings.Join(where2, " AND "))
	if len(exprs) > 0 {
		sb.WriteString(" GROUP BY ")
		for i := range exprs {
			if i > 0 {
				sb.WriteString(", ")
			}
			fmt.Fprintf(&sb, "k%d", i)
		}
	}
	r, err := e.b.query(ctx, sb.String(), append(keyArgs, args...)...)
	if err != nil {
		return nil, fmt.Errorf("count %s: %w", table, err)
	}
	defer r.Close()
	var out []Group
	dest := make([]any, len(keys)+1)
	for r.Next() {
		g := Group{Key: make([]string, len(keys))}
		for i := range keys {
			dest[i] = &g.Key[i]
		}
		dest[len(keys)] = &g.N
		if err := r.Scan(dest...); err != nil {
			return nil, fmt.Errorf("count %s: %w", table, err)
		}
		if g.N > 0 {
			out = append(out, g)
		}
	}
	if err := r.Err(); err != nil {
		return nil, fmt.Errorf("count %s: %w", table, err)
	}
	return out, nil
}
