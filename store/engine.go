package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// rows is the part of database/sql's and pgx's row iterators the engine uses.
type rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

// querier runs SQL written with ? placeholders.
type querier interface {
	exec(ctx context.Context, q string, args ...any) (int64, error)
	query(ctx context.Context, q string, args ...any) (rows, error)
}

// txn is one read-write transaction.
type txn interface {
	querier
	// insert adds rows in bulk (multi-row INSERT on SQLite, COPY on PostgreSQL).
	insert(ctx context.Context, t string, cols []string, rows [][]any) error
	commit(ctx context.Context) error
	rollback(ctx context.Context) error
}

// backend is what differs between SQLite and PostgreSQL.
type backend interface {
	querier
	begin(ctx context.Context) (txn, error)
	// execScript runs a migration (several statements) inside tx.
	execScript(ctx context.Context, tx txn, script string) error
	// lockMigrations serialises migrations across processes for the rest of tx.
	lockMigrations(ctx context.Context, tx txn) error
	close() error
}

// pageQuerier is a backend with its own way to run Select's queries (SQLite: sqliteread.go), whose rows scan into
// the destinations liteScannable accepts.
type pageQuerier interface {
	pageQuery(ctx context.Context, q string, args ...any) (rows, error)
}

// countPager is a backend that sends a page's COUNT and its rows query together, in one round trip (PostgreSQL: a
// pipelined batch); the count is in n once the rows are returned.
type countPager interface {
	countAndQuery(ctx context.Context, n *int64, countSQL string, countArgs []any, q string, args []any) (rows, error)
}

// statistician is a backend whose query planner needs its table statistics refreshed after bulk writes.
type statistician interface {
	analyze(ctx context.Context, tables []string) error
}

// firstAnalyze is how many events a process commits before it first refreshes the planner's statistics; the
// threshold then doubles, so a backfill of n events analyzes log2(n/firstAnalyze) times and live following, later,
// is left to the database's own autovacuum.
const firstAnalyze = 50_000

// engine is the dialect-independent store.
type engine struct {
	kind string
	b    backend
	s    *schema

	mu          sync.Mutex
	written     int // events committed by this process
	nextAnalyze int // written count at which statistics are refreshed next
}

func newEngine(ctx context.Context, kind string, b backend) (*engine, error) {
	e := &engine{kind: kind, b: b, s: newSchema(), nextAnalyze: firstAnalyze}
	if err := e.migrate(ctx); err != nil {
		return nil, err
	}
	return e, nil
}

// Kind implements Store.
func (e *engine) Kind() string { return e.kind }

// Close implements Store.
func (e *engine) Close() error { return e.b.close() }

// migration is one embedded, versioned schema change.
type migration struct {
	version int
	name    string
	sql     string
}

func migrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		return nil, fmt.Errorf("read embedded migrations: %w", err)
	}
	var out []migration
	for _, en := range entries {
		name := en.Name()
		num, _, ok := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || !strings.HasSuffix(name, ".sql") {
			return nil, fmt.Errorf("migration %s: name must be NNNN_name.sql", name)
		}
		raw, err := fs.ReadFile(migrationFS, "migrations/"+name)
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", name, err)
		}
		out = append(out, migration{version: v, name: name, sql: string(raw)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	return out, nil
}

// SchemaVersion is the highest embedded migration.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].version
}

// migrate applies the missing migrations in one transaction that first takes the migration lock, so that
// processes opening the same database at once (an indexer and a GraphQL replica) do not race.
func (e *engine) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	return e.inTx(ctx, "migrate", func(tx txn) error { return e.applyMigrations(ctx, tx, ms) })
}

func (e *engine) applyMigrations(ctx context.Context, tx txn, ms []migration) error {
	if err := e.b.lockMigrations(ctx, tx); err != nil {
		return fmt.Errorf("migration lock: %w", err)
	}
	if _, err := tx.exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	applied := map[int]bool{}
	r, err := tx.query(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return fmt.Errorf("read schema_migrations: %w", err)
	}
	for r.Next() {
		var v int64
		if err := r.Scan(&v); err != nil {
			r.Close()
			return fmt.Errorf("read schema_migrations: %w", err)
		}
		applied[int(v)] = true
	}
	r.Close()
	if err := r.Err(); err != nil {
		return fmt.Errorf("read schema_migrations: %w", err)
	}
	for v := range applied {
		if v > ms[len(ms)-1].version {
			return fmt.Errorf("database schema version %d is newer than this binary's (%d)", v, ms[len(ms)-1].version)
		}
	}
	for _, m := range ms {
		if applied[m.version] {
			continue
		}
		if err := e.b.execScript(ctx, tx, m.sql); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		if _, err := tx.exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES (?, ?)`, m.version, m.name); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

// inTx runs fn in a transaction: committed when fn succeeds, rolled back when it fails. what names the work in
// the errors of beginning and committing.
func (e *engine) inTx(ctx context.Context, what string, fn func(tx txn) error) (err error) {
	tx, err := e.b.begin(ctx)
	if err != nil {
		return fmt.Errorf("%s: begin: %w", what, err)
	}
	defer func() {
		if err != nil {
			_ = tx.rollback(context.WithoutCancel(ctx))
		}
	}()
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.commit(ctx); err != nil {
		return fmt.Errorf("%s: commit: %w", what, err)
	}
	return nil
}

// Checkpoint implements Store.
func (e *engine) Checkpoint(ctx context.Context) (Checkpoint, bool, error) {
	return readCheckpoint(ctx, e.b)
}

func readCheckpoint(ctx context.Context, q querier) (Checkpoint, bool, error) {
	r, err := q.query(ctx, `SELECT number, hash FROM checkpoint WHERE id = 1`)
	if err != nil {
		return Checkpoint{}, false, fmt.Errorf("read checkpoint: %w", err)
	}
	defer r.Close()
	if !r.Next() {
		return Checkpoint{}, false, r.Err()
	}
	var n int64
	var h string
	if err := r.Scan(&n, &h); err != nil {
		return Checkpoint{}, false, fmt.Errorf("read checkpoint: %w", err)
	}
	return Checkpoint{Number: uint64(n), Hash: common.HexToHash(h)}, true, nil
}

func writeCheckpoint(ctx context.Context, tx txn, cp Checkpoint) error {
	if _, err := tx.exec(ctx, `DELETE FROM checkpoint`); err != nil {
		return fmt.Errorf("write checkpoint: %w", err)
	}
	if _, err := tx.exec(ctx, `INSERT INTO checkpoint (id, number, hash) VALUES (1, ?, ?)`, int64(cp.Number), hexHash(cp.Hash)); err != nil {
		return fmt.Errorf("write checkpoint: %w", err)
	}
	return nil
}

// Commit implements Store.
func (e *engine) Commit(ctx context.Context, b *Batch) error {
	if b.Checkpoint.Number+1 < b.From {
		return fmt.Errorf("batch from %d ends before it starts (%d)", b.From, b.Checkpoint.Number)
	}
	if err := e.inTx(ctx, "commit", func(tx txn) error { return e.commit(ctx, tx, b) }); err != nil {
		return err
	}
	e.refreshStatistics(ctx, len(b.Events))
	return nil
}

func (e *engine) commit(ctx context.Context, tx txn, b *Batch) error {
	cp, ok, err := readCheckpoint(ctx, tx)
	if err != nil {
		return err
	}
	if ok && cp.Number+1 != b.From {
		return fmt.Errorf("%w: checkpoint %d, batch from %d", ErrCheckpointMismatch, cp.Number, b.From)
	}
	p := newPlan(e.s, tx)
	for _, ev := range b.Events {
		if err := p.apply(ctx, ev); err != nil {
			return err
		}
	}
	if err := p.flush(ctx); err != nil {
		return err
	}
	if len(b.Blocks) > 0 {
		blockRows := make([][]any, 0, len(b.Blocks))
		seen := map[uint64]bool{}
		for _, bl := range b.Blocks {
			if seen[bl.Number] {
				continue
			}
			seen[bl.Number] = true
			blockRows = append(blockRows, []any{int64(bl.Number), hexHash(bl.Hash), hexHash(bl.ParentHash), int64(bl.Time)})
		}
		if err := tx.insert(ctx, "blocks", []string{"number", "hash", "parent_hash", "time"}, blockRows); err != nil {
			return fmt.Errorf("insert blocks: %w", err)
		}
	}
	if err := writeCheckpoint(ctx, tx, b.Checkpoint); err != nil {
		return err
	}
	return e.appendChange(ctx, tx, "commit", b.From, b.Checkpoint, b.Events)
}

// refreshStatistics refreshes the planner's statistics once enough events have been committed since the last time.
// PostgreSQL plans from statistics that autovacuum refreshes only after a while: right after a large backfill it
// believed a table of a million current consents held a few thousand, and a patient's 100-row page took 31 ms
// (an index scan of every current row) instead of 0.5 ms. The batch is committed already, so a failure here only
// leaves the statistics as they were: it is not the commit's error.
func (e *engine) refreshStatistics(ctx context.Context, events int) {
	st, ok := e.b.(statistician)
	if !ok {
		return
	}
	e.mu.Lock()
	e.written += events
	due := e.written >= e.nextAnalyze
	if due {
		e.nextAnalyze = 2 * e.written
	}
	e.mu.Unlock()
	if !due {
		return
	}
	names := make([]string, len(e.s.all))
	for i, t := range e.s.all {
		names[i] = t.name
	}
	_ = st.analyze(ctx, names)
}

// Rollback implements Store.
func (e *engine) Rollback(ctx context.Context, to Checkpoint) error {
	return e.inTx(ctx, "rollback", func(tx txn) error { return e.rollback(ctx, tx, to) })
}

func (e *engine) rollback(ctx context.Context, tx txn, to Checkpoint) error {
	n := int64(to.Number)
	for _, t := range e.s.all {
		if _, err := tx.exec(ctx, `DELETE FROM `+t.name+` WHERE valid_from > ?`, n); err != nil {
			return fmt.Errorf("rollback %s: %w", t.name, err)
		}
		if len(t.key) > 0 {
			if _, err := tx.exec(ctx, `UPDATE `+t.name+` SET valid_until = NULL WHERE valid_until > ?`, n); err != nil {
				return fmt.Errorf("rollback %s: %w", t.name, err)
			}
		}
	}
	if _, err := tx.exec(ctx, `DELETE FROM blocks WHERE number > ?`, n); err != nil {
		return fmt.Errorf("rollback blocks: %w", err)
	}
	if err := writeCheckpoint(ctx, tx, to); err != nil {
		return err
	}
	return e.appendChange(ctx, tx, "rollback", to.Number, to, nil)
}

// Blocks implements Store.
func (e *engine) Blocks(ctx context.Context, atOrBelow uint64, limit int) ([]Block, error) {
	r, err := e.b.query(ctx, `SELECT number, hash, parent_hash, time FROM blocks WHERE number <= ? ORDER BY number DESC LIMIT ?`,
		int64(atOrBelow), limit)
	if err != nil {
		return nil, fmt.Errorf("read blocks: %w", err)
	}
	defer r.Close()
	var out []Block
	for r.Next() {
		var n, t int64
		var h, p string
		if err := r.Scan(&n, &h, &p, &t); err != nil {
			return nil, fmt.Errorf("read blocks: %w", err)
		}
		out = append(out, Block{Number: uint64(n), Hash: common.HexToHash(h), ParentHash: common.HexToHash(p), Time: uint64(t)})
	}
	return out, r.Err()
}

// Meta implements Store.
func (e *engine) Meta(ctx context.Context, key string) (string, bool, error) {
	r, err := e.b.query(ctx, `SELECT value FROM meta WHERE key = ?`, key)
	if err != nil {
		return "", false, fmt.Errorf("read meta %s: %w", key, err)
	}
	defer r.Close()
	if !r.Next() {
		return "", false, r.Err()
	}
	var v string
	if err := r.Scan(&v); err != nil {
		return "", false, fmt.Errorf("read meta %s: %w", key, err)
	}
	return v, true, nil
}

// SetMeta implements Store.
func (e *engine) SetMeta(ctx context.Context, key, value string) error {
	return e.inTx(ctx, "write meta "+key, func(tx txn) error {
		if _, err := tx.exec(ctx, `DELETE FROM meta WHERE key = ?`, key); err != nil {
			return fmt.Errorf("write meta %s: %w", key, err)
		}
		if _, err := tx.exec(ctx, `INSERT INTO meta (key, value) VALUES (?, ?)`, key, value); err != nil {
			return fmt.Errorf("write meta %s: %w", key, err)
		}
		return nil
	})
}

// Checksum implements Store.
func (e *engine) Checksum(ctx context.Context) (string, error) {
	h := sha256.New()
	cp, ok, err := e.Checkpoint(ctx)
	if err != nil {
		return "", err
	}
	if ok {
		fmt.Fprintf(h, "checkpoint %d %s\n", cp.Number, hexHash(cp.Hash))
	}
	for _, t := range e.s.all {
		fmt.Fprintf(h, "table %s\n", t.name)
		r, err := e.b.query(ctx, `SELECT `+t.colList()+` FROM `+t.name+` ORDER BY `+t.order())
		if err != nil {
			return "", fmt.Errorf("checksum %s: %w", t.name, err)
		}
		vals := make([]any, len(t.cols))
		ptrs := make([]any, len(t.cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for r.Next() {
			if err := r.Scan(ptrs...); err != nil {
				r.Close()
				return "", fmt.Errorf("checksum %s: %w", t.name, err)
			}
			for _, v := range vals {
				h.Write([]byte(canonical(v)))
				h.Write([]byte{0})
			}
			h.Write([]byte{'\n'})
		}
		r.Close()
		if err := r.Err(); err != nil {
			return "", fmt.Errorf("checksum %s: %w", t.name, err)
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// canonical renders a scanned value the same way on both databases (SQLite returns booleans as integers).
func canonical(v any) string {
	switch x := v.(type) {
	case nil:
		return "NULL"
	case bool:
		if x {
			return "1"
		}
		return "0"
	case int64:
		return strconv.FormatInt(x, 10)
	case int32:
		return strconv.FormatInt(int64(x), 10)
	case int16:
		return strconv.FormatInt(int64(x), 10)
	case int:
		return strconv.Itoa(x)
	case string:
		return x
	case []byte:
		return string(x)
	default:
		return fmt.Sprint(x)
	}
}

// hexAddr is the lower-case hex of an address (without the EIP-55 checksum's keccak).
func hexAddr(a common.Address) string { return hexutil.Encode(a[:]) }
func hexHash(h common.Hash) string    { return h.Hex() }

var errUnknownEvent = errors.New("unknown event type")

// Counts implements Store.
func (e *engine) Counts(ctx context.Context) (map[string]int64, error) {
	out := map[string]int64{}
	for _, t := range e.s.all {
		r, err := e.b.query(ctx, `SELECT COUNT(*) FROM `+t.name)
		if err != nil {
			return nil, fmt.Errorf("count %s: %w", t.name, err)
		}
		var n int64
		if r.Next() {
			err = r.Scan(&n)
		}
		r.Close()
		if err != nil {
			return nil, fmt.Errorf("count %s: %w", t.name, err)
		}
		out[t.name] = n
	}
	return out, nil
}
