package store

import (
	"context"
	"fmt"
)

// SelectSQL is Select through the backend's general query path only (database/sql on SQLite), for comparison with
// Select's own read path.
func SelectSQL[R any](ctx context.Context, rd Reader, t *Rows[R], q List) (*Page[R], error) {
	return selectRows(ctx, rd, t, q, false)
}

// ExecSQL runs statements on st's database in one transaction (a test shaping a database as an older binary left it).
func ExecSQL(ctx context.Context, st Store, stmts ...string) error {
	var e *engine
	switch s := st.(type) {
	case *SQLite:
		e = s.engine
	case *Postgres:
		e = s.engine
	default:
		return fmt.Errorf("store %T", st)
	}
	return e.inTx(ctx, "test exec", func(tx txn) error {
		for _, q := range stmts {
			if _, err := tx.exec(ctx, q); err != nil {
				return fmt.Errorf("%s: %w", q, err)
			}
		}
		return nil
	})
}
