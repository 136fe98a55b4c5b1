package store

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Table names a Reader can list.
const (
	TableConsents          = "consents"
	TableConsentEvents     = "consent_events"
	TableGuardians         = "guardians"
	TableEmergencyAccesses = "emergency_accesses"
	TableMembers           = "members"
	TableProposals         = "proposals"
	TableVotes             = "votes"
	TableAnchors           = "anchors"
	TableBatches           = "batches"
	TableMetaTransactions  = "meta_transactions"
	TableQuorumNumerators  = "quorum_numerators"
	TableContractEvents    = "contract_events"
)

// Op is a comparison of a filter.
type Op string

// The comparisons a filter may use.
const (
	Eq     Op = "="
	Ne     Op = "<>"
	Gt     Op = ">"
	Gte    Op = ">="
	Lt     Op = "<"
	Lte    Op = "<="
	In     Op = "IN"
	IsNull Op = "IS NULL"
	NotNil Op = "IS NOT NULL"
	AnyBit Op = "&" // (column & value) <> 0
)

// Cond is one filter condition on a column.
type Cond struct {
	Col    string
	Op     Op
	Value  any
	Values []any // for In
}

// List is a page request over one table.
type List struct {
	Where []Cond
	// Or, when set, is a group of conditions of which at least one must hold (each group is ANDed).
	Or [][]Cond
	// At is the block to answer as of; nil is the current state.
	At *uint64
	// OrderBy is a column (default valid_from); ties break by (valid_from, from_log).
	OrderBy string
	Desc    bool
	// First is the page size; After a cursor from a previous page.
	First int
	After string
	// Count asks for TotalCount (a COUNT over every matching row: only when the client asked for it).
	Count bool
	// Cols are the columns to read (the version columns and OrderBy are always read); empty reads every column.
	// A row's other fields are left zero.
	Cols []string
	// EndCursorOnly encodes only the last row's cursor (Cursors is then that one, or none): for a page whose rows'
	// own cursors nobody asked for.
	EndCursorOnly bool
}

// Page is a page of typed rows.
type Page[R any] struct {
	Rows       []R
	Cursors    []string
	TotalCount int64
	HasNext    bool
}

// ErrBadQuery is wrapped by errors about the query itself (unknown column, bad cursor, future block).
var ErrBadQuery = errors.New("bad query")

// Reader answers the GraphQL API's queries (Select reads its tables).
type Reader interface {
	// BlockTime is the timestamp of the highest kept block at or below n (ok false if none).
	BlockTime(ctx context.Context, n uint64) (t uint64, ok bool, err error)
	reader() *engine
}

type cursor struct {
	V    any   `json:"v"`
	From int64 `json:"f"`
	Log  int64 `json:"l"`
}

func (e *engine) reader() *engine { return e }

// Select returns a page of t's rows matching q, as typed rows.
func Select[R any](ctx context.Context, rd Reader, t *Rows[R], q List) (*Page[R], error) {
	return selectRows(ctx, rd, t, q, true)
}

// selectRows is Select; direct lets a backend with its own read path (pageQuerier) serve it (tests compare both).
func selectRows[R any](ctx context.Context, rd Reader, t *Rows[R], q List, direct bool) (*Page[R], error) {
	e := rd.reader()
	order := q.OrderBy
	if order == "" {
		order = ColValidFrom
	}
	if _, ok := t.idx[order]; !ok {
		return nil, fmt.Errorf("%w: %s has no column %q", ErrBadQuery, t.name, order)
	}
	// the columns read: the asked ones, the order column and the version columns
	fields := t.fields
	if len(q.Cols) > 0 {
		fields = make([]field[R], 0, len(q.Cols)+4)
		seen := make(map[string]bool, len(q.Cols)+4)
		version := []string{order, ColValidFrom, ColFromLog, ColValidUntil}
		if q.At == nil && order != ColValidUntil {
			version = version[:3] // the current state: valid_until IS NULL in every row read, left nil
		}
		for _, c := range append(q.Cols, version...) {
			i, ok := t.idx[c]
			if !ok {
				return nil, fmt.Errorf("%w: %s has no column %q", ErrBadQuery, t.name, c)
			}
			if !seen[c] {
				seen[c] = true
				fields = append(fields, t.fields[i])
			}
		}
	}
	where, args, err := e.where(ctx, t.idx, t.name, q)
	if err != nil {
		return nil, err
	}
	query := e.b.query
	if pq, ok := e.b.(pageQuerier); ok && direct && liteScannable(fields) {
		query = pq.pageQuery
	}
	page := &Page[R]{}
	countSQL, countArgs := `SELECT COUNT(*) FROM `+t.name+` WHERE `+strings.Join(where, " AND "), args
	gt, dir := ">", "ASC"
	if q.Desc {
		gt, dir = "<", "DESC"
	}
	if q.After != "" {
		raw, err := base64.RawURLEncoding.DecodeString(q.After)
		var c cursor
		if err == nil {
			err = json.Unmarshal(raw, &c)
		}
		if err != nil {
			return nil, fmt.Errorf("%w: bad cursor", ErrBadQuery)
		}
		v := c.V
		if f, ok := v.(float64); ok {
			v = int64(f)
		}
		if order == ColValidFrom {
			where = append(where, fmt.Sprintf("(valid_from %s ? OR (valid_from = ? AND from_log %s ?))", gt, gt))
			args = append(args, c.From, c.From, c.Log)
		} else {
			where = append(where, fmt.Sprintf("(%[1]s %[2]s ? OR (%[1]s = ? AND (valid_from %[2]s ? OR (valid_from = ? AND from_log %[2]s ?))))", order, gt))
			args = append(args, v, v, c.From, c.From, c.Log)
		}
	}
	limit := q.First
	if limit <= 0 {
		limit = 100
	}
	orderSQL := fmt.Sprintf("%s %s, valid_from %s, from_log %s", order, dir, dir, dir)
	if order == ColValidFrom {
		orderSQL = fmt.Sprintf("valid_from %s, from_log %s", dir, dir)
	}
	var sb strings.Builder
	sb.WriteString("SELECT ")
	for i, f := range fields {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(f.col)
	}
	sb.WriteString(" FROM " + t.name + " WHERE " + strings.Join(where, " AND ") + " ORDER BY " + orderSQL + " LIMIT ?")
	args = append(args, limit+1)
	var r rows
	countLater := false // the COUNT runs after the page, unless the page holds every row
	if cp, ok := e.b.(countPager); ok && direct && q.Count {
		r, err = cp.countAndQuery(ctx, &page.TotalCount, countSQL, countArgs, sb.String(), args)
	} else {
		countLater = q.Count
		r, err = query(ctx, sb.String(), args...)
	}
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", t.name, err)
	}
	defer r.Close()
	page.Rows = make([]R, 0, min(limit, 128))
	dest := make([]any, len(fields))
	var orderOf func(*R) any
	if order != ColValidFrom {
		orderOf = t.fields[t.idx[order]].addr
	}
	for r.Next() {
		if len(page.Rows) == limit {
			page.HasNext = true
			break
		}
		page.Rows = append(page.Rows, *new(R))
		row := &page.Rows[len(page.Rows)-1]
		for i, f := range fields {
			dest[i] = f.addr(row)
		}
		if err := r.Scan(dest...); err != nil {
			return nil, fmt.Errorf("list %s: %w", t.name, err)
		}
		if !q.EndCursorOnly {
			page.Cursors = append(page.Cursors, t.cursorOf(row, orderOf))
		}
	}
	if err := r.Err(); err != nil {
		return nil, fmt.Errorf("list %s: %w", t.name, err)
	}
	if q.EndCursorOnly && len(page.Rows) > 0 {
		page.Cursors = []string{t.cursorOf(&page.Rows[len(page.Rows)-1], orderOf)}
	}
	if countLater {
		// The first page that holds every row (fewer than its limit plus one were read) is its own count: the COUNT
		// would count the rows just read, reading them again.
		if q.After == "" && !page.HasNext {
			page.TotalCount = int64(len(page.Rows))
		} else {
			r.Close() // gives the connection back before the COUNT takes one
			if err := countInto(ctx, query, &page.TotalCount, countSQL, countArgs); err != nil {
				return nil, fmt.Errorf("count %s: %w", t.name, err)
			}
		}
	}
	return page, nil
}

// cursorOf is the page cursor after row (orderOf: where a row keeps the order column, nil for valid_from).
func (t *Rows[R]) cursorOf(row *R, orderOf func(*R) any) string {
	from, log := *t.fields[t.idx[ColValidFrom]].addr(row).(*int64), *t.fields[t.idx[ColFromLog]].addr(row).(*int64)
	var v any = from
	if orderOf != nil {
		v = orderOf(row)
	}
	return encodeCursor(v, from, log)
}

// countInto runs a COUNT query into n.
func countInto(ctx context.Context, query func(context.Context, string, ...any) (rows, error), n *int64, q string, args []any) error {
	r, err := query(ctx, q, args...)
	if err != nil {
		return err
	}
	defer r.Close()
	if r.Next() {
		if err := r.Scan(n); err != nil {
			return err
		}
	}
	return r.Err()
}

// liteScannable reports whether every field is a *string, *int64, **int64, **string or *bool (what SQLite's read
// connections scan into).
func liteScannable[R any](fields []field[R]) bool {
	var row R
	for _, f := range fields {
		switch f.addr(&row).(type) {
		case *string, *int64, **int64, **string, *bool:
		default:
			return false
		}
	}
	return true
}

// encodeCursor is the page cursor after a row: its order value and (valid_from, from_log), as base64 JSON.
func encodeCursor(v any, from, log int64) string {
	var b []byte
	switch x := v.(type) {
	case *int64:
		v = *x
	case **int64:
		if *x == nil {
			v = nil
		} else {
			v = **x
		}
	case *string:
		v = *x
	}
	if n, ok := v.(int64); ok {
		b = make([]byte, 0, 64)
		b = append(b, `{"v":`...)
		b = strconv.AppendInt(b, n, 10)
	} else {
		raw, _ := json.Marshal(v)
		b = append(append(b, `{"v":`...), raw...)
	}
	b = append(b, `,"f":`...)
	b = strconv.AppendInt(b, from, 10)
	b = append(b, `,"l":`...)
	b = strconv.AppendInt(b, log, 10)
	b = append(b, '}')
	return base64.RawURLEncoding.EncodeToString(b)
}

// where is q's WHERE clause (ANDed parts) and arguments: the version condition and the filters.
func (e *engine) where(ctx context.Context, cols map[string]int, table string, q List) ([]string, []any, error) {
	var where []string
	var args []any
	if q.At != nil {
		cp, ok, err := e.Checkpoint(ctx)
		if err != nil {
			return nil, nil, err
		}
		if !ok || *q.At > cp.Number {
			return nil, nil, fmt.Errorf("%w: block %d is not indexed yet (indexed up to %d)", ErrBadQuery, *q.At, cp.Number)
		}
		where = append(where, "valid_from <= ? AND (valid_until IS NULL OR valid_until > ?)")
		args = append(args, int64(*q.At), int64(*q.At))
	} else {
		where = append(where, "valid_until IS NULL")
	}
	for _, c := range q.Where {
		s, a, err := cond(cols, table, c)
		if err != nil {
			return nil, nil, err
		}
		where = append(where, s)
		args = append(args, a...)
	}
	for _, group := range q.Or {
		var parts []string
		for _, c := range group {
			s, a, err := cond(cols, table, c)
			if err != nil {
				return nil, nil, err
			}
			parts = append(parts, s)
			args = append(args, a...)
		}
		if len(parts) > 0 {
			where = append(where, "("+strings.Join(parts, " OR ")+")")
		}
	}
	return where, args, nil
}

func cond(cols map[string]int, table string, c Cond) (string, []any, error) {
	if _, ok := cols[c.Col]; !ok {
		return "", nil, fmt.Errorf("%w: %s has no column %q", ErrBadQuery, table, c.Col)
	}
	switch c.Op {
	case Eq, Ne, Gt, Gte, Lt, Lte:
		return c.Col + " " + string(c.Op) + " ?", []any{c.Value}, nil
	case In:
		if len(c.Values) == 0 {
			return "1 = 0", nil, nil
		}
		return c.Col + " IN (" + strings.TrimSuffix(strings.Repeat("?,", len(c.Values)), ",") + ")", c.Values, nil
	case IsNull, NotNil:
		return c.Col + " " + string(c.Op), nil, nil
	case AnyBit:
		return "(" + c.Col + " & ?) <> 0", []any{c.Value}, nil
	}
	return "", nil, fmt.Errorf("%w: unknown operator %q", ErrBadQuery, c.Op)
}

// BlockTime implements Reader.
func (e *engine) BlockTime(ctx context.Context, n uint64) (uint64, bool, error) {
	bs, err := e.Blocks(ctx, n, 1)
	if err != nil || len(bs) == 0 {
		return 0, false, err
	}
	return bs[0].Time, true, nil
}
