package store

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"unsafe"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/bevan-health/bevan/internal/sqlitex"
)

// liteReaders are the connections Select reads a SQLite store's pages through: SQLite's own API (the same
// transpiled library the database/sql driver runs) without database/sql in between. For a 100-row page that
// driver boxes every column of every row in an interface, copies it again into the row, and enters the
// connection's mutex for each column of each row (the driver opens every connection SQLITE_OPEN_FULLMUTEX); about a
// third of a page's CPU. These connections are each used by one goroutine at a time (taken from and given back to
// the pool), so they are opened SQLITE_OPEN_NOMUTEX, read only (query_only), keep their prepared statements, and
// scan each column straight into the row. Writes, migrations and every other read go through database/sql.
type liteReaders struct {
	path string
	idle chan *liteConn
	mu   sync.Mutex
	open int
	max  int
	done bool
}

// liteConn is one read connection and its prepared statements.
type liteConn struct {
	tls   *libc.TLS
	db    uintptr
	stmts map[string]uintptr
}

// liteReadPragmas are the read connections' settings: the store's (sqlite.go) and query_only.
const liteReadPragmas = "PRAGMA busy_timeout = 10000; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; " +
	"PRAGMA mmap_size = 4294967296; PRAGMA query_only = 1;"

func newLiteReaders(path string, max int) *liteReaders {
	return &liteReaders{path: path, idle: make(chan *liteConn, max), max: max}
}

// get takes an idle connection, opens one while fewer than max are open, or waits for one.
func (p *liteReaders) get(ctx context.Context) (*liteConn, error) {
	select {
	case c := <-p.idle:
		return c, nil
	default:
	}
	p.mu.Lock()
	if p.done {
		p.mu.Unlock()
		return nil, errors.New("sqlite: store closed")
	}
	if p.open < p.max {
		p.open++
		p.mu.Unlock()
		c, err := openLiteConn(p.path)
		if err != nil {
			p.mu.Lock()
			p.open--
			p.mu.Unlock()
		}
		return c, err
	}
	p.mu.Unlock()
	select {
	case c := <-p.idle:
		return c, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// put gives a connection back (closed instead once the pool is closed).
func (p *liteReaders) put(c *liteConn) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.done {
		c.close()
		return
	}
	p.idle <- c // never blocks: at most max connections exist
}

func (p *liteReaders) close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done = true
	for {
		select {
		case c := <-p.idle:
			c.close()
		default:
			return
		}
	}
}

func openLiteConn(path string) (*liteConn, error) {
	if err := sqlitex.CheckPath(path); err != nil { // the driver's connections read the same file (sqlitex.Open)
		return nil, err
	}
	tls := libc.NewTLS()
	name, err := libc.CString(path)
	if err != nil {
		tls.Close()
		return nil, err
	}
	defer libc.Xfree(tls, name)
	pdb := tls.Alloc(int(unsafe.Sizeof(uintptr(0))))
	defer tls.Free(int(unsafe.Sizeof(uintptr(0))))
	rc := sqlite3.Xsqlite3_open_v2(tls, name, pdb, sqlite3.SQLITE_OPEN_READWRITE|sqlite3.SQLITE_OPEN_NOMUTEX, 0)
	c := &liteConn{tls: tls, db: *(*uintptr)(cmem(pdb)), stmts: map[string]uintptr{}}
	if rc != sqlite3.SQLITE_OK {
		err := c.err(rc)
		c.close()
		return nil, fmt.Errorf("sqlite: open reader: %w", err)
	}
	pragmas, err := libc.CString(liteReadPragmas)
	if err != nil {
		c.close()
		return nil, err
	}
	defer libc.Xfree(tls, pragmas)
	if rc := sqlite3.Xsqlite3_exec(tls, c.db, pragmas, 0, 0, 0); rc != sqlite3.SQLITE_OK {
		err := c.err(rc)
		c.close()
		return nil, fmt.Errorf("sqlite: open reader: %w", err)
	}
	return c, nil
}

func (c *liteConn) close() {
	for _, st := range c.stmts {
		sqlite3.Xsqlite3_finalize(c.tls, st)
	}
	c.stmts = nil
	if c.db != 0 {
		sqlite3.Xsqlite3_close_v2(c.tls, c.db)
		c.db = 0
	}
	c.tls.Close()
}

// err is the connection's last error.
func (c *liteConn) err(rc int32) error {
	msg := "unknown error"
	if c.db != 0 {
		msg = libc.GoString(sqlite3.Xsqlite3_errmsg(c.tls, c.db))
	}
	return fmt.Errorf("%s (%d)", msg, rc)
}

// drop finalizes a statement and forgets it.
func (c *liteConn) drop(q string, st uintptr) {
	if c.stmts[q] == st {
		delete(c.stmts, q)
	}
	sqlite3.Xsqlite3_finalize(c.tls, st)
}

// stmt is q prepared on this connection (kept for reuse up to maxCachedStmts statements).
func (c *liteConn) stmt(q string) (uintptr, bool, error) {
	if st, ok := c.stmts[q]; ok {
		return st, true, nil
	}
	z, err := libc.CString(q)
	if err != nil {
		return 0, false, err
	}
	defer libc.Xfree(c.tls, z)
	pst := c.tls.Alloc(int(unsafe.Sizeof(uintptr(0))))
	defer c.tls.Free(int(unsafe.Sizeof(uintptr(0))))
	// sqlite3_prepare, not _v2: a _v2 statement whose plan looked at a bound value (this SQLite has STAT4, and every
	// page filters on a bound patient, grantee or consent id) is parsed and planned anew whenever that value changes,
	// that is on every request (a sixth of a key lookup's CPU). The price is that a statement made stale by a schema
	// change fails its first step with SQLITE_SCHEMA instead of preparing itself again: liteRows.Next does that.
	if rc := sqlite3.Xsqlite3_prepare(c.tls, c.db, z, -1, pst, 0); rc != sqlite3.SQLITE_OK {
		return 0, false, c.err(rc)
	}
	st := *(*uintptr)(cmem(pst))
	if len(c.stmts) >= maxCachedStmts {
		return st, false, nil
	}
	c.stmts[q] = st
	return st, true, nil
}

// query runs q (? placeholders) with args (int64, int, bool, string, nil) on a pooled connection.
func (p *liteReaders) query(ctx context.Context, q string, args ...any) (rows, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c, err := p.get(ctx)
	if err != nil {
		return nil, err
	}
	st, cached, err := c.stmt(q)
	if err != nil {
		p.put(c)
		return nil, err
	}
	r := &liteRows{p: p, c: c, q: q, args: args, st: st, cached: cached, ctx: ctx}
	if err := r.bindAll(); err != nil {
		r.Close()
		return nil, err
	}
	if ctx.Done() != nil {
		// the query's deadline interrupts it, as the driver's does; the interrupt runs on its own TLS
		r.interrupted = make(chan struct{})
		db := c.db
		r.stop = context.AfterFunc(ctx, func() {
			defer close(r.interrupted)
			tls := libc.NewTLS()
			sqlite3.Xsqlite3_interrupt(tls, db)
			tls.Close()
		})
	}
	return r, nil
}

// liteRows is a statement being stepped; it implements rows, scanning into the destinations Select uses.
type liteRows struct {
	p           *liteReaders
	c           *liteConn
	q           string
	args        []any
	st          uintptr
	stepped     bool // a row was returned
	reprepared  int
	cached      bool
	ctx         context.Context
	stop        func() bool
	interrupted chan struct{}
	err         error
	closed      bool
	slab        []byte // the text columns' bytes: one allocation for many strings (text)
}

// liteSlabMin and liteSlabMax bound the chunks text copies strings into: the first small (a key lookup reads a few
// hundred bytes), each next one twice as large, up to liteSlabMax (a 100-row page reads some 11 KB).
const liteSlabMin, liteSlabMax = 256, 8192

func (r *liteRows) bindAll() error {
	for i, a := range r.args {
		if err := r.bind(int32(i+1), a); err != nil {
			return err
		}
	}
	return nil
}

func (r *liteRows) bind(i int32, a any) error {
	var rc int32
	tls, st := r.c.tls, r.st
	switch v := a.(type) {
	case nil:
		rc = sqlite3.Xsqlite3_bind_null(tls, st, i)
	case int64:
		rc = sqlite3.Xsqlite3_bind_int64(tls, st, i, v)
	case int:
		rc = sqlite3.Xsqlite3_bind_int64(tls, st, i, int64(v))
	case bool:
		rc = sqlite3.Xsqlite3_bind_int64(tls, st, i, int64(libc.Bool32(v)))
	case string:
		z, err := libc.CString(v)
		if err != nil {
			return err
		}
		rc = sqlite3.Xsqlite3_bind_text(tls, st, i, z, int32(len(v)), sqlite3.SQLITE_TRANSIENT)
		libc.Xfree(tls, z)
	default:
		return fmt.Errorf("sqlite reader: cannot bind %T", a)
	}
	if rc != sqlite3.SQLITE_OK {
		return r.c.err(rc)
	}
	return nil
}

// Next steps to the next row.
func (r *liteRows) Next() bool {
	if r.closed || r.err != nil {
		return false
	}
	for {
		switch rc := sqlite3.Xsqlite3_step(r.c.tls, r.st); rc {
		case sqlite3.SQLITE_ROW:
			r.stepped = true
			return true
		case sqlite3.SQLITE_DONE:
			return false
		default:
			// a legacy statement's step says SQLITE_ERROR; its reset says what went wrong
			rc = sqlite3.Xsqlite3_reset(r.c.tls, r.st)
			if err := r.ctx.Err(); err != nil {
				r.err = err
				return false
			}
			if rc&0xff == sqlite3.SQLITE_SCHEMA && !r.stepped && r.reprepared < 3 {
				// the schema changed since the statement was prepared: prepare it again and start over
				r.reprepared++
				r.c.drop(r.q, r.st)
				r.st, r.cached = 0, false
				st, cached, err := r.c.stmt(r.q)
				if err != nil {
					r.err = err
					return false
				}
				r.st, r.cached = st, cached
				if r.err = r.bindAll(); r.err != nil {
					return false
				}
				continue
			}
			r.err = r.c.err(rc)
			return false
		}
	}
}

// Scan reads the row's columns into dest: *string, *int64, **int64, **string or *bool, as database/sql converts
// them (NULL only into the pointers, an integer into a string as its decimal).
func (r *liteRows) Scan(dest ...any) error {
	tls, st := r.c.tls, r.st
	for i, d := range dest {
		col := int32(i)
		typ := sqlite3.Xsqlite3_column_type(tls, st, col)
		if typ == sqlite3.SQLITE_NULL {
			switch d := d.(type) {
			case **int64:
				*d = nil
				continue
			case **string:
				*d = nil
				continue
			}
			return fmt.Errorf("sqlite reader: column %d: NULL into %T", i, d)
		}
		switch d := d.(type) {
		case *string:
			s, err := r.text(col, typ)
			if err != nil {
				return fmt.Errorf("sqlite reader: column %d: %w", i, err)
			}
			*d = s
		case **string:
			s, err := r.text(col, typ)
			if err != nil {
				return fmt.Errorf("sqlite reader: column %d: %w", i, err)
			}
			*d = &s
		case *int64:
			v, err := r.int(col, typ)
			if err != nil {
				return fmt.Errorf("sqlite reader: column %d: %w", i, err)
			}
			*d = v
		case **int64:
			v, err := r.int(col, typ)
			if err != nil {
				return fmt.Errorf("sqlite reader: column %d: %w", i, err)
			}
			*d = &v
		case *bool:
			v, err := r.int(col, typ)
			if err != nil || (v != 0 && v != 1) {
				return fmt.Errorf("sqlite reader: column %d: not a boolean", i)
			}
			*d = v == 1
		default:
			return fmt.Errorf("sqlite reader: column %d: cannot scan into %T", i, d)
		}
	}
	return nil
}

func (r *liteRows) text(col, typ int32) (string, error) {
	switch typ {
	case sqlite3.SQLITE_TEXT, sqlite3.SQLITE_BLOB:
		p := sqlite3.Xsqlite3_column_text(r.c.tls, r.st, col)
		n := int(sqlite3.Xsqlite3_column_bytes(r.c.tls, r.st, col))
		if p == 0 || n == 0 {
			return "", nil
		}
		return r.keep(unsafe.Slice((*byte)(cmem(p)), n)), nil
	case sqlite3.SQLITE_INTEGER:
		return strconv.FormatInt(sqlite3.Xsqlite3_column_int64(r.c.tls, r.st, col), 10), nil
	}
	return "", fmt.Errorf("column type %d into a string", typ)
}

// keep copies b (SQLite's memory, valid until the next step) into the rows' slab and returns it as a string. The
// slab is only ever appended to, and a full one is left to the strings that point into it, so no string changes.
func (r *liteRows) keep(b []byte) string {
	if len(b) > cap(r.slab)-len(r.slab) {
		n := min(max(2*cap(r.slab), liteSlabMin), liteSlabMax)
		if len(b) > n {
			return string(b)
		}
		r.slab = make([]byte, 0, n)
	}
	start := len(r.slab)
	r.slab = append(r.slab, b...)
	return unsafe.String(&r.slab[start], len(b))
}

func (r *liteRows) int(col, typ int32) (int64, error) {
	switch typ {
	case sqlite3.SQLITE_INTEGER:
		return sqlite3.Xsqlite3_column_int64(r.c.tls, r.st, col), nil
	case sqlite3.SQLITE_TEXT:
		s, err := r.text(col, typ)
		if err != nil {
			return 0, err
		}
		return strconv.ParseInt(s, 10, 64)
	}
	return 0, fmt.Errorf("column type %d into an integer", typ)
}

func (r *liteRows) Err() error { return r.err }

// Close resets (or, not kept, finalizes) the statement and gives the connection back, once a pending interrupt
// has run so that it cannot reach the connection's next query.
func (r *liteRows) Close() {
	if r.closed {
		return
	}
	r.closed = true
	if r.stop != nil && !r.stop() {
		<-r.interrupted
	}
	switch {
	case r.st == 0:
	case r.cached:
		sqlite3.Xsqlite3_reset(r.c.tls, r.st)
		sqlite3.Xsqlite3_clear_bindings(r.c.tls, r.st)
	default:
		sqlite3.Xsqlite3_finalize(r.c.tls, r.st)
	}
	r.p.put(r.c)
}

// cmem is the address of SQLite's (C) memory at p, outside the Go heap.
func cmem(p uintptr) unsafe.Pointer { return unsafe.Add(unsafe.Pointer(nil), p) }
