package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Postgres is the store in PostgreSQL (production): pgx, bulk writes with COPY. A search_path parameter in the URL
// selects a schema.
type Postgres struct {
	*engine
	pool *pgxpool.Pool
}

var _ Store = (*Postgres)(nil)

// OpenPostgres opens (migrating) a PostgreSQL store.
func OpenPostgres(ctx context.Context, dsn string) (*Postgres, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres: parse url: %w", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: connect: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: connect to %s:%d: %w", cfg.ConnConfig.Host, cfg.ConnConfig.Port, err)
	}
	e, err := newEngine(ctx, "postgres", &pgBackend{pgQuerier{pool}, pool})
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return &Postgres{engine: e, pool: pool}, nil
}

// Pool is the connection pool (for tests and tools).
func (p *Postgres) Pool() *pgxpool.Pool { return p.pool }

// rebind turns ? placeholders into $1, $2, ...
func rebind(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

type pgRows struct{ pgx.Rows }

func (r pgRows) Close() { r.Rows.Close() }

// pgQuerier runs the store's statements (? placeholders) on the pool or on a transaction.
type pgQuerier struct {
	c interface {
		Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
		Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	}
}

func (q pgQuerier) exec(ctx context.Context, sql string, args ...any) (int64, error) {
	tag, err := q.c.Exec(ctx, rebind(sql), args...)
	if err != nil {
		return 0, err
	}
	return tag.RowsAffected(), nil
}

func (q pgQuerier) query(ctx context.Context, sql string, args ...any) (rows, error) {
	r, err := q.c.Query(ctx, rebind(sql), args...)
	if err != nil {
		return nil, err
	}
	return pgRows{r}, nil
}

type pgBackend struct {
	pgQuerier
	pool *pgxpool.Pool
}

// countAndQuery sends the COUNT and the page's query as one batch (one write, one round trip) and reads the count.
func (b *pgBackend) countAndQuery(ctx context.Context, n *int64, countSQL string, countArgs []any, q string, args []any) (rows, error) {
	batch := &pgx.Batch{}
	batch.Queue(rebind(countSQL), countArgs...)
	batch.Queue(rebind(q), args...)
	br := b.pool.SendBatch(ctx, batch)
	if err := br.QueryRow().Scan(n); err != nil {
		_ = br.Close()
		return nil, fmt.Errorf("count: %w", err)
	}
	r, err := br.Query()
	if err != nil {
		_ = br.Close()
		return nil, err
	}
	return pgBatchRows{pgRows{r}, br}, nil
}

// pgBatchRows are a batch's last rows: closing them ends the batch (and frees its connection).
type pgBatchRows struct {
	pgRows
	br pgx.BatchResults
}

func (r pgBatchRows) Close() {
	r.pgRows.Close()
	_ = r.br.Close()
}

func (r pgBatchRows) Err() error { return r.pgRows.Err() }

func (b *pgBackend) begin(ctx context.Context) (txn, error) {
	tx, err := b.pool.Begin(ctx)
	if err != nil {
		return nil, err
	}
	return &pgTx{pgQuerier{tx}, tx}, nil
}

func (b *pgBackend) execScript(ctx context.Context, tx txn, script string) error {
	// The simple protocol runs several statements in one call.
	_, err := tx.(*pgTx).tx.Exec(ctx, script, pgx.QueryExecModeSimpleProtocol)
	return err
}

func (b *pgBackend) lockMigrations(ctx context.Context, tx txn) error {
	_, err := tx.exec(ctx, `SELECT pg_advisory_xact_lock(7340116)`)
	return err
}

func (b *pgBackend) analyze(ctx context.Context, tables []string) error {
	ids := make([]string, len(tables))
	for i, t := range tables {
		ids[i] = pgx.Identifier{t}.Sanitize()
	}
	_, err := b.pool.Exec(ctx, "ANALYZE "+strings.Join(ids, ", "))
	return err
}

// notify sends NOTIFY bevan_changes with the change's seq; PostgreSQL delivers it when tx commits, in commit order.
func (b *pgBackend) notify(ctx context.Context, tx txn, seq int64) error {
	if _, err := tx.exec(ctx, `SELECT pg_notify(?, ?)`, NotifyChannel, strconv.FormatInt(seq, 10)); err != nil {
		return fmt.Errorf("change feed: notify: %w", err)
	}
	return nil
}

// Listen runs LISTEN bevan_changes on a connection of its own and calls wake once listening and after each
// notification, until ctx ends or the connection fails (the error; the caller reconnects, and reads the feed from
// where it was, so that nothing is lost in between).
func (p *Postgres) Listen(ctx context.Context, wake func()) error {
	conn, err := pgx.ConnectConfig(ctx, p.pool.Config().ConnConfig.Copy())
	if err != nil {
		return fmt.Errorf("listen: connect: %w", err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN "+pgx.Identifier{NotifyChannel}.Sanitize()); err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	wake()
	for {
		if _, err := conn.WaitForNotification(ctx); err != nil {
			return fmt.Errorf("listen: %w", err)
		}
		wake()
	}
}

func (b *pgBackend) close() error {
	b.pool.Close()
	return nil
}

type pgTx struct {
	pgQuerier
	tx pgx.Tx
}

func (t *pgTx) insert(ctx context.Context, table string, cols []string, rs [][]any) error {
	_, err := t.tx.CopyFrom(ctx, pgx.Identifier{table}, cols, pgx.CopyFromRows(rs))
	return err
}

func (t *pgTx) commit(ctx context.Context) error   { return t.tx.Commit(ctx) }
func (t *pgTx) rollback(ctx context.Context) error { return t.tx.Rollback(ctx) }
