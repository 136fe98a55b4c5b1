package store_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/bevan-health/bevan/store"
	"github.com/ethereum/go-ethereum/common"
)

// TestPostgresStatisticsFollowABackfill commits a backfill's worth of consents and checks that PostgreSQL's planner
// knows the table's size right away (it would otherwise wait for autovacuum and plan a patient's page as a scan of
// every current consent).
func TestPostgresStatisticsFollowABackfill(t *testing.T) {
	ctx := context.Background()
	s := open(t, "postgres")
	const n, perBatch = 60_000, 10_000
	for i, blk := 0, uint64(1); i < n; blk++ {
		b := &store.Batch{From: blk, Checkpoint: store.Checkpoint{Number: blk, Hash: block(blk).Hash}, Blocks: []store.Block{block(blk)}}
		for j := 0; j < perBatch; j, i = j+1, i+1 {
			b.Events = append(b.Events, &store.ConsentGranted{Meta: meta(blk, uint(j)), ConsentID: common.BigToHash(big.NewInt(int64(i + 1))),
				Patient: common.BigToAddress(big.NewInt(int64(1000 + i%500))), Grantee: addr(2), Purposes: 1, Actions: 1})
		}
		if err := s.Commit(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	var estimate float64
	if err := s.(*store.Postgres).Pool().QueryRow(ctx, `SELECT reltuples FROM pg_class WHERE oid = 'consents'::regclass`).Scan(&estimate); err != nil {
		t.Fatal(err)
	}
	if estimate < n/2 {
		t.Fatalf("the planner estimates %.0f consents after %d were committed: statistics were not refreshed", estimate, n)
	}
}
