package store_test

import (
	"context"
	"database/sql"
	"reflect"
	"testing"

	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
)

// TestReadPathsMatchSQL: Select reads SQLite pages through its own read connections (sqliteread.go) and sends a
// PostgreSQL page's COUNT and rows in one batch; every table, as of every block and now, with all columns and with a
// few, counted, ordered both ways, filtered (strings, integers, booleans, IN, NULL tests, bit masks) and paged with
// cursors, gives exactly the page the backend's general query path gives (database/sql on SQLite).
func TestReadPathsMatchSQL(t *testing.T) {
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) { readPathsMatchSQL(t, kind) })
	}
}

func readPathsMatchSQL(t *testing.T, kind string) {
	ctx := context.Background()
	s := open(t, kind)
	commitRanges(t, s, 9, 18, 2)
	at := func(n uint64) *uint64 { return &n }
	blocks := []*uint64{nil, at(9), at(11), at(12), at(14), at(15), at(16), at(18)}
	patient := "0x0000000000000000000000000000000000000001"
	lists := []store.List{
		{}, {Count: true}, {Desc: true, Count: true}, {First: 1}, {First: 1, Desc: true},
		{Cols: []string{store.ColConsentID}}, {Cols: []string{store.ColGrantee, store.ColRevoked, store.ColExpiresAt}, Count: true},
		{Where: []store.Cond{{Col: store.ColPatient, Op: store.Eq, Value: patient}}, Count: true},
		{Where: []store.Cond{{Col: store.ColPatient, Op: store.Eq, Value: patient}}, Cols: []string{store.ColConsentID, store.ColPurposes}},
		{Where: []store.Cond{{Col: store.ColRevoked, Op: store.Eq, Value: true}}},
		{Where: []store.Cond{{Col: store.ColRevoked, Op: store.Eq, Value: false}, {Col: store.ColExpiresAt, Op: store.Gt, Value: int64(0)}}},
		{Where: []store.Cond{{Col: store.ColRevokedAt, Op: store.NotNil}}, Count: true},
		{Where: []store.Cond{{Col: store.ColRevokedAt, Op: store.IsNull}}},
		{Where: []store.Cond{{Col: store.ColPurposes, Op: store.AnyBit, Value: int64(8)}}},
		{Where: []store.Cond{{Col: store.ColConsentID, Op: store.In, Values: []any{hash("c1").Hex(), hash("c2").Hex()}}}},
		{Where: []store.Cond{{Col: store.ColConsentID, Op: store.In}}, Count: true},
		{OrderBy: store.ColExpiresAt, Desc: true, First: 1},
		{OrderBy: store.ColGrantedAt},
	}
	for _, b := range blocks {
		for i, q := range lists {
			q.At = b
			compare(t, ctx, s, store.Consents, q, i)
		}
		for i, q := range []store.List{{}, {Count: true, Desc: true}, {First: 1}} {
			q.At = b
			compare(t, ctx, s, store.ConsentEvents, q, i)
			compare(t, ctx, s, store.Guardians, q, i)
			compare(t, ctx, s, store.EmergencyAccesses, q, i)
			compare(t, ctx, s, store.Members, q, i)
			compare(t, ctx, s, store.Proposals, q, i)
			compare(t, ctx, s, store.QuorumNumerators, q, i)
			compare(t, ctx, s, store.Votes, q, i)
			compare(t, ctx, s, store.Anchors, q, i)
			compare(t, ctx, s, store.Batches, q, i)
			compare(t, ctx, s, store.MetaTransactions, q, i)
			compare(t, ctx, s, store.ContractEvents, q, i)
		}
	}
	// a bad query fails on both paths
	if _, err := store.Select(ctx, s, store.Consents, store.List{After: "not a cursor", Count: true}); err == nil {
		t.Fatal("a bad cursor was accepted")
	}
	// a canceled query stops with the context's error
	canceled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := store.Select(canceled, s, store.Consents, store.List{Count: true}); err == nil {
		t.Fatal("a canceled query answered")
	}
	lite, ok := s.(*store.SQLite)
	if !ok {
		return
	}
	// another connection changes the schema: the read connections' kept statements are prepared again
	db, err := sql.Open("sqlite", lite.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, ddl := range []string{`CREATE INDEX test_schema_change ON consents (grantee)`, `DROP INDEX test_schema_change`} {
		if _, err := db.ExecContext(ctx, ddl); err != nil {
			t.Fatal(err)
		}
		for i, q := range lists {
			compare(t, ctx, s, store.Consents, q, i)
		}
	}
}

// compare checks one list on both read paths, then pages through it one row at a time with cursors.
func compare[R any](t *testing.T, ctx context.Context, s store.Store, tab *store.Rows[R], q store.List, i int) {
	t.Helper()
	for page := 0; page < 10; page++ {
		got, err := store.Select(ctx, s, tab, q)
		want, werr := store.SelectSQL(ctx, s, tab, q)
		if (err == nil) != (werr == nil) || !reflect.DeepEqual(got, want) {
			t.Fatalf("%s list %d (%+v):\nread path: %+v (%v)\nSQL:       %+v (%v)", tab.Name(), i, q, got, err, want, werr)
		}
		if err != nil || !got.HasNext {
			return
		}
		q.After = got.Cursors[len(got.Cursors)-1]
		if q.First == 0 {
			return
		}
	}
}
