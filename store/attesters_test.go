package store_test

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/ethereum/go-ethereum/common"
)

// roleEvent is IdentityRegistry's RoleGranted (held) or RoleRevoked of role for account, as the indexer decodes it:
// an AttesterRoleChanged for IDENTITY_ATTESTER_ROLE, a plain contract event for any other role.
func roleEvent(m store.Meta, role common.Hash, account, sender common.Address, held bool) store.Event {
	name := "RoleRevoked"
	if held {
		name = "RoleGranted"
	}
	ce := &store.ContractEvent{Meta: m, Contract: "IdentityRegistry", Address: addr(0x1d), Event: name,
		Args: fmt.Sprintf(`{"account":"%s","role":"%s","sender":"%s"}`, hexLow(account), role.Hex(), hexLow(sender))}
	if role != hash("IDENTITY_ATTESTER_ROLE") {
		return ce
	}
	return &store.AttesterRoleChanged{Meta: m, Attester: account, By: sender, Held: held, Kept: ce}
}

func hexLow(a common.Address) string { return "0x" + common.Bytes2Hex(a.Bytes()) }

// TestAttesterRolesBackfill: migration 0013 rebuilds identity_attesters from the role changes a database indexed
// before it kept only in contract_events, version for version as indexing them does (a revocation and a grant back
// in one block included, another role and another contract's role events left out).
func TestAttesterRolesBackfill(t *testing.T) {
	attesterRole, adminRole := hash("IDENTITY_ATTESTER_ROLE"), common.Hash{}
	a1, a2, timelock, deployer := addr(0xA1), addr(0xA2), addr(0x7), addr(0xD)
	evs := map[uint64][]store.Event{
		10: {roleEvent(meta(10, 0), adminRole, timelock, deployer, true), roleEvent(meta(10, 1), attesterRole, a1, deployer, true),
			roleEvent(meta(10, 2), attesterRole, a2, deployer, true)},
		12: {roleEvent(meta(12, 4), attesterRole, a1, timelock, false)},
		14: {roleEvent(meta(14, 0), attesterRole, a1, timelock, true)},
		16: {roleEvent(meta(16, 1), attesterRole, a2, timelock, false), roleEvent(meta(16, 3), attesterRole, a2, timelock, true),
			roleEvent(meta(16, 5), adminRole, timelock, timelock, false)},
		18: {roleEvent(meta(18, 0), attesterRole, a1, timelock, false)},
	}
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			ctx := context.Background()
			url := storetest.URL(t, kind)
			st, err := store.Open(ctx, url)
			if err != nil {
				t.Fatal(err)
			}
			for n := uint64(10); n <= 19; n++ {
				b := &store.Batch{From: n, Events: evs[n], Checkpoint: store.Checkpoint{Number: n, Hash: block(n).Hash},
					Blocks: []store.Block{block(n)}}
				if n == 10 {
					b.From = 0
				}
				if err := st.Commit(ctx, b); err != nil {
					t.Fatal(err)
				}
			}
			type state struct {
				Block uint64
				Rows  []store.IdentityAttesterRow
			}
			read := func(st store.Store) []state {
				var out []state
				for n := uint64(9); n <= 19; n++ {
					n := n
					p, err := store.Select(ctx, st, store.IdentityAttesters, store.List{At: &n, OrderBy: store.ColAttester, First: 10})
					if err != nil {
						t.Fatal(err)
					}
					out = append(out, state{n, p.Rows})
				}
				return out
			}
			indexed := read(st)
			held := func(s []state, n uint64, a common.Address) bool {
				for _, r := range s[n-9].Rows {
					if r.Attester == hexLow(a) {
						return r.Held
					}
				}
				return false
			}
			if !held(indexed, 10, a1) || held(indexed, 12, a1) || held(indexed, 13, a1) || !held(indexed, 14, a1) ||
				held(indexed, 18, a1) || !held(indexed, 16, a2) || len(indexed[0].Rows) != 0 || len(indexed[9-9+1].Rows) != 2 {
				t.Fatalf("indexed roles: %+v", indexed)
			}

			// The database as a binary before migration 0013 left it: the role changes only in contract_events.
			if err := store.ExecSQL(ctx, st, `DROP TABLE identity_attesters`,
				`DELETE FROM schema_migrations WHERE version = 13`); err != nil {
				t.Fatal(err)
			}
			if err := st.Close(); err != nil {
				t.Fatal(err)
			}
			st, err = store.Open(ctx, url)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if got := read(st); !reflect.DeepEqual(got, indexed) {
				t.Fatalf("backfilled roles differ from indexed ones:\n got %+v\nwant %+v", got, indexed)
			}
		})
	}
}
