package store

import "context"

// SelectSQL is Select through the backend's general query path only (database/sql on SQLite), for comparison with
// Select's own read path.
func SelectSQL[R any](ctx context.Context, rd Reader, t *Rows[R], q List) (*Page[R], error) {
	return selectRows(ctx, rd, t, q, false)
}
