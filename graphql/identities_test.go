package graphql_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/ethereum/go-ethereum/common"
)

// identityEvents (block n's time is 1_700_000_000 + 2n): the deployment grants attester1 and attester2
// IDENTITY_ATTESTER_ROLE at 50; attester1 attests the patient at P5 at 50, until block 53's
// time; attester2 attests the guardian at P9 at 51; attester2 renews the patient at P9 at 52, still until block 53's
// time (so the patient has expired from 53); the DAO's timelock revokes the guardian at 54; attester1 attests the
// guardian again, at P5, at 55.
func identityEvents(attester1, attester2, timelock common.Address) map[uint64][]store.Event {
	const until53, far = 1_700_000_106, 2_000_000_000
	return map[uint64][]store.Event{
		50: {attesterRole(meta(50, 0), attester1, timelock, true), attesterRole(meta(50, 1), attester2, timelock, true),
			&store.WalletAttested{Meta: meta(50, 2), Wallet: patient, Attester: attester1, Level: 5, ExpiresAt: until53}},
		51: {&store.WalletAttested{Meta: meta(51, 0), Wallet: guardian, Attester: attester2, Level: 9, ExpiresAt: far}},
		52: {&store.WalletAttested{Meta: meta(52, 1), Wallet: patient, Attester: attester2, Level: 9, ExpiresAt: until53}},
		54: {&store.AttestationRevoked{Meta: meta(54, 0), Wallet: guardian, Attester: attester2, By: timelock}},
		55: {&store.WalletAttested{Meta: meta(55, 0), Wallet: guardian, Attester: attester1, Level: 5, ExpiresAt: far}},
	}
}

// attesterRole is IdentityRegistry's RoleGranted (held) or RoleRevoked of IDENTITY_ATTESTER_ROLE for attester, sent
// by by, with its contract event as the indexer decodes it.
func attesterRole(m store.Meta, attester, by common.Address, held bool) store.Event {
	name := "RoleRevoked"
	if held {
		name = "RoleGranted"
	}
	args := fmt.Sprintf(`{"account":%q,"role":%q,"sender":%q}`, low(attester),
		hash("IDENTITY_ATTESTER_ROLE").Hex(), low(by))
	return &store.AttesterRoleChanged{Meta: m, Attester: attester, By: by, Held: held,
		Kept: &store.ContractEvent{Meta: m, Contract: "IdentityRegistry", Address: addr(0x1d), Event: name, Args: args}}
}

type walletIdentityNode struct {
	Address, AttestedTx                string
	Verified, Attested, Revoked        bool
	Level, Attester, RevokedBy         *string
	AttestedAt, AttestedBlock          *int
	ExpiresAt, RevokedAt, RevokedBlock *int
	StatusTime                         int
}

func TestWalletIdentity(t *testing.T) {
	attester1, attester2, timelock := addr(0xA1), addr(0xA2), addr(0x7)
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			e := newEnv(t, kind, graphql.DefaultServerConfig())
			commitEvents(t, e.st, identityEvents(attester1, attester2, timelock), 50, 56)

			id := func(a common.Address, block string) walletIdentityNode {
				var out struct{ WalletIdentity walletIdentityNode }
				e.query(t, fmt.Sprintf(`{ walletIdentity(address: %q%s) { address verified attested level attester attestedAt
					attestedBlock attestedTx expiresAt revoked revokedAt revokedBy revokedBlock statusTime } }`,
					strings.ToUpper(a.Hex()[2:]), block), &out)
				return out.WalletIdentity
			}
			at := func(n int) string { return fmt.Sprintf(", block: {number: %d}", n) }
			is := func(p *string, want string) bool { return p != nil && *p == want }
			isN := func(p *int, want int) bool { return p != nil && *p == want }

			// The patient: P5 by attester1, renewed at P9 by attester2, expired from block 53.
			if w := id(patient, at(50)); !w.Verified || !w.Attested || !is(w.Level, "P5") || !is(w.Attester, low(attester1)) ||
				!isN(w.AttestedBlock, 50) || !isN(w.AttestedAt, 1_700_000_100) || !isN(w.ExpiresAt, 1_700_000_106) ||
				w.Address != low(patient) || w.StatusTime != 1_700_000_100 || w.Revoked {
				t.Fatalf("patient at 50: %+v", w)
			}
			if w := id(patient, at(52)); !w.Verified || !is(w.Level, "P9") || !is(w.Attester, low(attester2)) || !isN(w.AttestedBlock, 52) ||
				w.AttestedTx != strings.ToLower(meta(52, 1).TxHash.Hex()) {
				t.Fatalf("patient at 52: %+v", w)
			}
			for _, b := range []string{at(53), ""} {
				if w := id(patient, b); w.Verified || !w.Attested || w.Revoked || !is(w.Level, "P9") {
					t.Fatalf("patient at %q (expired): %+v", b, w)
				}
			}

			// The guardian: P9, revoked by the timelock (the level and attester kept), attested again at P5.
			if w := id(guardian, at(53)); !w.Verified || !is(w.Level, "P9") {
				t.Fatalf("guardian at 53: %+v", w)
			}
			if w := id(guardian, at(54)); w.Verified || !w.Revoked || !is(w.RevokedBy, low(timelock)) || !isN(w.RevokedBlock, 54) ||
				!isN(w.RevokedAt, 1_700_000_108) || !is(w.Level, "P9") || !is(w.Attester, low(attester2)) {
				t.Fatalf("guardian at 54 (revoked): %+v", w)
			}
			for _, b := range []string{at(55), ""} {
				if w := id(guardian, b); !w.Verified || w.Revoked || w.RevokedBy != nil || w.RevokedAt != nil || !is(w.Level, "P5") ||
					!is(w.Attester, low(attester1)) || !isN(w.AttestedBlock, 55) {
					t.Fatalf("guardian at %q (attested again): %+v", b, w)
				}
			}

			// Never attested (or not yet): not verified, nothing else but the address.
			for _, c := range []struct {
				a     common.Address
				block string
			}{{grantee, ""}, {guardian, at(50)}} {
				if w := id(c.a, c.block); w.Verified || w.Attested || w.Level != nil || w.Attester != nil || w.ExpiresAt != nil ||
					w.Address != low(c.a) {
					t.Fatalf("%s at %q: %+v", c.a.Hex(), c.block, w)
				}
			}
			var bad map[string]any
			if err := e.c.Post(`{ walletIdentity(address: "0x12") { verified } }`, &bad); err == nil || !strings.Contains(err.Error(), "not a 20-byte hex address") {
				t.Errorf("bad address: %v", err)
			}
		})
	}
}

// TestWalletIdentityFollowsAttesterRole: walletIdentity.verified follows the attester's IDENTITY_ATTESTER_ROLE as
// IdentityRegistry.isVerified does. attester1 (granted at 50) attests the patient at P9 at 50; attester2 (granted at
// 50) attests the guardian at 51; the timelock revokes attester1's role at 52 and grants it back at 54. The patient
// is verified at 50 and 51, not at 52 and 53 (still attested, not revoked), verified again from 54; the guardian
// throughout. A reorg back to 53 undoes the grant, one back to 51 the revocation too.
func TestWalletIdentityFollowsAttesterRole(t *testing.T) {
	attester1, attester2, timelock := addr(0xA1), addr(0xA2), addr(0x7)
	const far = 2_000_000_000
	evs := map[uint64][]store.Event{
		50: {attesterRole(meta(50, 0), attester1, timelock, true), attesterRole(meta(50, 1), attester2, timelock, true),
			&store.WalletAttested{Meta: meta(50, 2), Wallet: patient, Attester: attester1, Level: 9, ExpiresAt: far}},
		51: {&store.WalletAttested{Meta: meta(51, 0), Wallet: guardian, Attester: attester2, Level: 9, ExpiresAt: far}},
		52: {attesterRole(meta(52, 0), attester1, timelock, false)},
		54: {attesterRole(meta(54, 3), attester1, timelock, true)},
	}
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			ctx := context.Background()
			e := newEnv(t, kind, graphql.DefaultServerConfig())
			commitEvents(t, e.st, evs, 50, 56)
			id := func(a common.Address, block string) walletIdentityNode {
				var out struct{ WalletIdentity walletIdentityNode }
				e.query(t, fmt.Sprintf(`{ walletIdentity(address: %q%s) { address verified attested level attester revoked } }`,
					a.Hex(), block), &out)
				return out.WalletIdentity
			}
			at := func(n int) string { return fmt.Sprintf(", block: {number: %d}", n) }
			check := func(what string, a common.Address, block string, verified bool) {
				t.Helper()
				w := id(a, block)
				if w.Verified != verified || !w.Attested || w.Revoked || w.Level == nil || *w.Level != "P9" {
					t.Fatalf("%s at %q: %+v, want verified %v", what, block, w, verified)
				}
			}
			for _, b := range []int{50, 51} {
				check("patient before the revocation", patient, at(b), true)
			}
			for _, b := range []int{52, 53} {
				check("patient while attester1 is revoked", patient, at(b), false)
			}
			for _, b := range []string{at(54), at(56), ""} {
				check("patient after the grant back", patient, b, true)
			}
			for _, b := range []string{at(51), at(52), at(53), ""} {
				check("guardian (attester2 keeps its role)", guardian, b, true)
			}

			// Every role change stays a contract event too.
			var ce struct {
				ContractEvents struct{ TotalCount int }
			}
			e.query(t, `{ contractEvents(where: {contract: {eq: "IdentityRegistry"}, event: {in: ["RoleGranted", "RoleRevoked"]}}) { totalCount } }`, &ce)
			if ce.ContractEvents.TotalCount != 4 {
				t.Fatalf("IdentityRegistry role contract events: %d, want 4", ce.ContractEvents.TotalCount)
			}

			// Reorgs: back to 53 (the grant back undone), then to 51 (the revocation undone too).
			if err := e.st.Rollback(ctx, store.Checkpoint{Number: 53, Hash: hash("b53")}); err != nil {
				t.Fatal(err)
			}
			check("patient after a reorg to 53", patient, "", false)
			if err := e.st.Rollback(ctx, store.Checkpoint{Number: 51, Hash: hash("b51")}); err != nil {
				t.Fatal(err)
			}
			check("patient after a reorg to 51", patient, "", true)
			check("patient after a reorg to 51", patient, at(50), true)
		})
	}
}
