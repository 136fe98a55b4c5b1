package privacytest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/jackc/pgx/v5"
)

// ScanPostgres scans every row of every table in the schemas of the connection's search_path, as text (bytea
// shows as hex, which the needles' hex forms match).
func (s *Scanner) ScanPostgres(ctx context.Context, url string) ([]Finding, int, error) {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return nil, 0, fmt.Errorf("postgres: %w", err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT table_schema, table_name FROM information_schema.tables
		WHERE table_schema = ANY (current_schemas(false)) AND table_type = 'BASE TABLE' ORDER BY 1, 2`)
	if err != nil {
		return nil, 0, fmt.Errorf("postgres tables: %w", err)
	}
	type table struct{ schema, name string }
	var tables []table
	for rows.Next() {
		var t table
		if err := rows.Scan(&t.schema, &t.name); err != nil {
			return nil, 0, err
		}
		tables = append(tables, t)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, err
	}
	var out []Finding
	n := 0
	for _, t := range tables {
		q := fmt.Sprintf("SELECT t::text FROM %s.%s t", pgx.Identifier{t.schema}.Sanitize(), pgx.Identifier{t.name}.Sanitize())
		rs, err := conn.Query(ctx, q)
		if err != nil {
			return nil, 0, fmt.Errorf("postgres %s: %w", t.name, err)
		}
		for rs.Next() {
			var row string
			if err := rs.Scan(&row); err != nil {
				rs.Close()
				return nil, 0, err
			}
			n++
			out = append(out, s.Scan("postgres row of table "+t.name, []byte(row))...)
		}
		rs.Close()
		if err := rs.Err(); err != nil {
			return nil, 0, err
		}
	}
	return out, n, nil
}

// ScanFiles scans the raw bytes of every file matching the glob patterns (a SQLite database with its -wal and -shm
// files: raw bytes hold every row, index and free page), returning how many files it read.
func (s *Scanner) ScanFiles(place string, patterns ...string) ([]Finding, int, error) {
	var out []Finding
	n := 0
	for _, p := range patterns {
		paths, err := filepath.Glob(p)
		if err != nil {
			return nil, 0, err
		}
		for _, path := range paths {
			raw, err := os.ReadFile(path)
			if err != nil {
				return nil, 0, err
			}
			n++
			out = append(out, s.Scan(place+" file "+filepath.Base(path), raw)...)
		}
	}
	return out, n, nil
}
