package store_test

import (
	"context"
	"database/sql"
	"errors"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5"
	_ "modernc.org/sqlite"
)

func open(t *testing.T, kind string) store.Store {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, storetest.URL(t, kind))
	if err != nil {
		t.Fatalf("open %s: %v", kind, err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func addr(n byte) common.Address { return common.BytesToAddress([]byte{n}) }
func hash(s string) common.Hash  { return crypto.Keccak256Hash([]byte(s)) }

func meta(block uint64, log uint) store.Meta {
	return store.Meta{Block: block, LogIndex: log, TxHash: hash("tx" + string(rune(block)) + string(rune(log))), BlockTime: 1000 + block*2}
}

func block(n uint64) store.Block {
	return store.Block{Number: n, Hash: hash("b" + big.NewInt(int64(n)).String()), ParentHash: hash("b" + big.NewInt(int64(n)-1).String()), Time: 1000 + n*2}
}

// history is a little chain: events per block.
func history() map[uint64][]store.Event {
	patient, grantee, guardian := addr(1), addr(2), addr(3)
	c1, c2 := hash("c1"), hash("c2")
	prop := hash("p1")
	return map[uint64][]store.Event{
		10: {
			&store.MemberAdded{Meta: meta(10, 0), Account: addr(9), OdsCode: "RJ1", Kind: 1, JoinedAt: 10},
			&store.MemberAdded{Meta: meta(10, 1), Account: addr(8), OdsCode: "A81001", Kind: 2, JoinedAt: 10},
			&store.QuorumNumeratorUpdated{Meta: meta(10, 2), Numerator: 50},
		},
		11: {
			&store.ConsentGranted{Meta: meta(11, 0), ConsentID: c1, Patient: patient, Grantee: grantee, Purposes: 1, Actions: 2, Scope: hash("s"), By: patient},
			&store.GuardianAppointed{Meta: meta(11, 1), Patient: patient, Guardian: guardian},
		},
		12: {
			&store.ConsentGranted{Meta: meta(12, 0), ConsentID: c2, Patient: patient, Grantee: grantee, Purposes: 8, Actions: 1, ExpiresAt: 5000, Scope: hash("s2"), By: guardian},
			&store.ConsentRevoked{Meta: meta(12, 1), ConsentID: c2, Patient: patient, Grantee: grantee, RevokedAt: 1024, By: guardian},
			&store.ProposalCreated{Meta: meta(12, 2), ProposalID: prop, Proposer: addr(9), Targets: []common.Address{addr(7)}, Values: []*big.Int{big.NewInt(0)}, Signatures: []string{""}, Calldatas: [][]byte{{1, 2}}, VoteStart: 13, VoteEnd: 23, Description: "admit agency"},
		},
		14: {
			&store.VoteCast{Meta: meta(14, 0), ProposalID: prop, Voter: addr(9), Support: 1, Weight: big.NewInt(1)},
			&store.ConsentRevoked{Meta: meta(14, 1), ConsentID: c1, Patient: patient, Grantee: grantee, RevokedAt: 1028, By: patient},
			&store.EmergencyAccess{Meta: meta(14, 2), Patient: patient, Accessor: addr(8), ReasonHash: hash("r"), At: 1028},
		},
		15: {
			&store.VoteCast{Meta: meta(15, 0), ProposalID: prop, Voter: addr(8), Support: 0, Weight: big.NewInt(1), Reason: "no"},
			&store.GuardianRemoved{Meta: meta(15, 1), Patient: patient, Guardian: guardian},
			&store.RecordAnchored{Meta: meta(15, 2), RecordID: hash("rec"), ContentHash: hash("v1"), Custodian: addr(9), AnchoredAt: 1030},
			&store.RecordAnchored{Meta: meta(15, 3), RecordID: hash("rec"), ContentHash: hash("v2"), Custodian: addr(9), Supersedes: hash("v1"), AnchoredAt: 1030},
		},
		16: {
			&store.ProposalQueued{Meta: meta(16, 0), ProposalID: prop, Eta: 2000},
			&store.BatchAnchored{Meta: meta(16, 1), Root: hash("root"), Custodian: addr(9), LeafCount: 5, URI: "ipfs://x", AnchoredAt: 1032},
			&store.ForwardExecuted{Meta: meta(16, 2), Signer: patient, Nonce: big.NewInt(3), Success: true},
			&store.MemberRemoved{Meta: meta(16, 3), Account: addr(8), OdsCode: "A81001", LeftAt: 16},
			&store.ContractEvent{Meta: meta(16, 4), Contract: "ConsentRegistry", Address: addr(5), Event: "Transfer",
				Args: `{"from":"0x0000000000000000000000000000000000000000","to":"0x01","tokenId":"7"}`},
		},
		17: {
			&store.ProposalExecuted{Meta: meta(17, 0), ProposalID: prop},
			&store.GuardianAppointed{Meta: meta(17, 1), Patient: patient, Guardian: guardian},
		},
	}
}

// commitRanges commits blocks from..to split into ranges of the given size.
func commitRanges(t *testing.T, s store.Store, from, to, size uint64) {
	t.Helper()
	h := history()
	for a := from; a <= to; a += size {
		b := min(a+size-1, to)
		batch := &store.Batch{From: a}
		for n := a; n <= b; n++ {
			batch.Events = append(batch.Events, h[n]...)
			if len(h[n]) > 0 || n == b {
				batch.Blocks = append(batch.Blocks, block(n))
			}
		}
		batch.Checkpoint = store.Checkpoint{Number: b, Hash: block(b).Hash}
		if err := s.Commit(context.Background(), batch); err != nil {
			t.Fatalf("commit %d..%d: %v", a, b, err)
		}
	}
}

func checksum(t *testing.T, s store.Store) string {
	t.Helper()
	c, err := s.Checksum(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestBatchingDoesNotChangeTheData(t *testing.T) {
	var sums []string
	for _, kind := range storetest.Kinds() {
		for _, size := range []uint64{1, 3, 100} {
			s := open(t, kind)
			commitRanges(t, s, 9, 18, size)
			sums = append(sums, checksum(t, s))
		}
	}
	for i, c := range sums {
		if c != sums[0] {
			t.Fatalf("checksum %d = %s, want %s (same events, different batching or database)", i, c, sums[0])
		}
	}
}

func TestRollbackEqualsFreshIndex(t *testing.T) {
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			ctx := context.Background()
			for _, to := range []uint64{9, 11, 12, 14, 15, 16} {
				full := open(t, kind)
				commitRanges(t, full, 9, 18, 2)
				if err := full.Rollback(ctx, store.Checkpoint{Number: to, Hash: block(to).Hash}); err != nil {
					t.Fatal(err)
				}
				fresh := open(t, kind)
				commitRanges(t, fresh, 9, to, 1)
				if a, b := checksum(t, full), checksum(t, fresh); a != b {
					t.Fatalf("rolled back to %d: checksum %s, fresh index %s", to, a, b)
				}
				// and re-indexing after the rollback gives the full data again
				commitRanges(t, full, to+1, 18, 4)
				ref := open(t, kind)
				commitRanges(t, ref, 9, 18, 1)
				if a, b := checksum(t, full), checksum(t, ref); a != b {
					t.Fatalf("re-indexed after rollback to %d: checksum %s, want %s", to, a, b)
				}
			}
		})
	}
}

func TestCommitRefusesGapsAndOverlaps(t *testing.T) {
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			s := open(t, kind)
			commitRanges(t, s, 9, 12, 2)
			ctx := context.Background()
			for _, from := range []uint64{12, 14, 5} {
				err := s.Commit(ctx, &store.Batch{From: from, Checkpoint: store.Checkpoint{Number: 20}})
				if !errors.Is(err, store.ErrCheckpointMismatch) {
					t.Fatalf("commit from %d after checkpoint 12: err %v, want ErrCheckpointMismatch", from, err)
				}
			}
			cp, ok, err := s.Checkpoint(ctx)
			if err != nil || !ok || cp.Number != 12 || cp.Hash != block(12).Hash {
				t.Fatalf("checkpoint %+v %v %v, want 12", cp, ok, err)
			}
		})
	}
}

func TestMigrationsAreIdempotentAndMetaPersists(t *testing.T) {
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			ctx := context.Background()
			url := storetest.URL(t, kind)
			s, err := store.Open(ctx, url)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.SetMeta(ctx, "chain_id", "901"); err != nil {
				t.Fatal(err)
			}
			if err := s.SetMeta(ctx, "chain_id", "902"); err != nil {
				t.Fatal(err)
			}
			_ = s.Close()
			s, err = store.Open(ctx, url)
			if err != nil {
				t.Fatalf("reopen: %v", err)
			}
			defer s.Close()
			v, ok, err := s.Meta(ctx, "chain_id")
			if err != nil || !ok || v != "902" {
				t.Fatalf("meta chain_id = %q %v %v", v, ok, err)
			}
			if _, ok, _ := s.Checkpoint(ctx); ok {
				t.Fatal("a new store has a checkpoint")
			}
		})
	}
}

// TestMigrationUpgradesAnOlderSchema opens a database left at schema version 1 (by an older binary, with data) and
// checks that the newer migrations are applied and recorded, the data kept.
func TestMigrationUpgradesAnOlderSchema(t *testing.T) {
	if store.SchemaVersion() < 2 {
		t.Skip("one migration only")
	}
	v1, err := os.ReadFile("migrations/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			url := storetest.URL(t, kind)
			stmts := []string{`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)`, string(v1),
				`INSERT INTO schema_migrations (version, name) VALUES (1, '0001_init.sql')`,
				`INSERT INTO checkpoint (id, number, hash) VALUES (1, 12, '0x0c')`}
			switch kind {
			case "sqlite":
				db, err := sql.Open("sqlite", strings.TrimPrefix(url, "sqlite://"))
				if err != nil {
					t.Fatal(err)
				}
				for _, q := range stmts {
					if _, err := db.ExecContext(ctx, q); err != nil {
						t.Fatal(err)
					}
				}
				_ = db.Close()
			case "postgres":
				conn, err := pgx.Connect(ctx, url)
				if err != nil {
					t.Fatal(err)
				}
				for _, q := range stmts {
					if _, err := conn.Exec(ctx, q, pgx.QueryExecModeSimpleProtocol); err != nil {
						t.Fatal(err)
					}
				}
				_ = conn.Close(ctx)
			}
			s, err := store.Open(ctx, url)
			if err != nil {
				t.Fatalf("open a version 1 database: %v", err)
			}
			defer s.Close()
			if cp, ok, err := s.Checkpoint(ctx); err != nil || !ok || cp.Number != 12 {
				t.Fatalf("checkpoint after the upgrade: %+v %v %v", cp, ok, err)
			}
			n, err := s.Counts(ctx)
			if err != nil {
				t.Fatalf("counts after the upgrade (every table of the newest schema): %v", err)
			}
			if _, ok := n[store.TableContractEvents]; !ok {
				t.Fatalf("no %s table after the upgrade", store.TableContractEvents)
			}
			b := &store.Batch{From: 13, Checkpoint: store.Checkpoint{Number: 13, Hash: block(13).Hash},
				Events: []store.Event{&store.ContractEvent{Meta: meta(13, 0), Contract: "BevanTimelock", Address: addr(6), Event: "MinDelayChange", Args: `{}`}}}
			if err := s.Commit(ctx, b); err != nil {
				t.Fatalf("commit after the upgrade: %v", err)
			}
		})
	}
}

func TestOpenRejectsUnknownScheme(t *testing.T) {
	if _, err := store.Open(context.Background(), "mysql://x"); err == nil {
		t.Fatal("mysql:// accepted")
	}
}
