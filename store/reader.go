package store

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
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
	Table string
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
	// NoCount skips totalCount.
	NoCount bool
}

// Row is one result row: column name to value (int64, string, bool or nil).
type Row map[string]any

// Page is a page of rows.
type Page struct {
	Rows       []Row
	Cursors    []string
	TotalCount int64
	HasNext    bool
}

// ErrBadQuery is wrapped by errors about the query itself (unknown column, bad cursor, future block).
var ErrBadQuery = errors.New("bad query")

// Reader answers the GraphQL API's queries.
type Reader interface {
	// List returns a page of a table's rows matching the request.
	List(ctx context.Context, q List) (*Page, error)
	// BlockTime is the timestamp of the highest kept block at or below n (ok false if none).
	BlockTime(ctx context.Context, n uint64) (t uint64, ok bool, err error)
}

type cursor struct {
	V    any   `json:"v"`
	From int64 `json:"f"`
	Log  int64 `json:"l"`
}

// List implements Reader.
func (e *engine) List(ctx context.Context, q List) (*Page, error) {
	var t *table
	for _, x := range e.s.all {
		if x.name == q.Table {
			t = x
		}
	}
	if t == nil {
		return nil, fmt.Errorf("%w: unknown table %q", ErrBadQuery, q.Table)
	}
	order := q.OrderBy
	if order == "" {
		order = "valid_from"
	}
	if _, ok := t.idx[order]; !ok {
		return nil, fmt.Errorf("%w: %s has no column %q", ErrBadQuery, t.name, order)
	}
	var where []string
	var args []any
	if q.At != nil {
		cp, ok, err := e.Checkpoint(ctx)
		if err != nil {
			return nil, err
		}
		if !ok || *q.At > cp.Number {
			return nil, fmt.Errorf("%w: block %d is not indexed yet (indexed up to %d)", ErrBadQuery, *q.At, cp.Number)
		}
		where = append(where, "valid_from <= ? AND (valid_until IS NULL OR valid_until > ?)")
		args = append(args, int64(*q.At), int64(*q.At))
	} else {
		where = append(where, "valid_until IS NULL")
	}
	for _, c := range q.Where {
		s, a, err := cond(t, c)
		if err != nil {
			return nil, err
		}
		where = append(where, s)
		args = append(args, a...)
	}
	for _, group := range q.Or {
		var parts []string
		for _, c := range group {
			s, a, err := cond(t, c)
			if err != nil {
				return nil, err
			}
			parts = append(parts, s)
			args = append(args, a...)
		}
		if len(parts) > 0 {
			where = append(where, "("+strings.Join(parts, " OR ")+")")
		}
	}
	page := &Page{}
	if !q.NoCount {
		r, err := e.b.query(ctx, `SELECT COUNT(*) FROM `+t.name+` WHERE `+strings.Join(where, " AND "), args...)
		if err != nil {
			return nil, fmt.Errorf("count %s: %w", t.name, err)
		}
		if r.Next() {
			err = r.Scan(&page.TotalCount)
		}
		r.Close()
		if err != nil {
			return nil, fmt.Errorf("count %s: %w", t.name, err)
		}
	}
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
		if order == "valid_from" {
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
	if order == "valid_from" {
		orderSQL = fmt.Sprintf("valid_from %s, from_log %s", dir, dir)
	}
	sqlq := `SELECT ` + t.colList() + ` FROM ` + t.name + ` WHERE ` + strings.Join(where, " AND ") +
		` ORDER BY ` + orderSQL + ` LIMIT ?`
	args = append(args, limit+1)
	r, err := e.b.query(ctx, sqlq, args...)
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", t.name, err)
	}
	defer r.Close()
	vals := make([]any, len(t.cols))
	ptrs := make([]any, len(vals))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for r.Next() {
		if err := r.Scan(ptrs...); err != nil {
			return nil, fmt.Errorf("list %s: %w", t.name, err)
		}
		if len(page.Rows) == limit {
			page.HasNext = true
			break
		}
		row := make(Row, len(t.cols))
		for i, c := range t.cols {
			row[c] = normalize(c, vals[i])
		}
		page.Rows = append(page.Rows, row)
		raw, _ := json.Marshal(cursor{V: row[order], From: row["valid_from"].(int64), Log: row["from_log"].(int64)})
		page.Cursors = append(page.Cursors, base64.RawURLEncoding.EncodeToString(raw))
	}
	if err := r.Err(); err != nil {
		return nil, fmt.Errorf("list %s: %w", t.name, err)
	}
	return page, nil
}

func cond(t *table, c Cond) (string, []any, error) {
	if _, ok := t.idx[c.Col]; !ok {
		return "", nil, fmt.Errorf("%w: %s has no column %q", ErrBadQuery, t.name, c.Col)
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

// boolColumns are BOOLEAN columns (SQLite returns them as integers).
func normalize(col string, v any) any {
	switch x := v.(type) {
	case int32:
		return int64(x)
	case int16:
		return int64(x)
	case int:
		return int64(x)
	case []byte:
		return string(x)
	case int64:
		if col == "revoked" || col == "success" {
			return x != 0
		}
		return x
	case time.Time:
		return x.Unix()
	}
	return v
}

// BlockTime implements Reader.
func (e *engine) BlockTime(ctx context.Context, n uint64) (uint64, bool, error) {
	bs, err := e.Blocks(ctx, n, 1)
	if err != nil || len(bs) == 0 {
		return 0, false, err
	}
	return bs[0].Time, true, nil
}
