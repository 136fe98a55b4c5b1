package graphql_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/ethereum/go-ethereum/common"
)

// identityEvents (block n's time is 1_700_000_000 + 2n): attester1 attests the patient at P5 at 50, until block 53's
// time; attester2 attests the guardian at P9 at 51; attester2 renews the patient at P9 at 52, still until block 53's
// time (so the patient has expired from 53); the DAO's timelock revokes the guardian at 54; attester1 attests the
// guardian again, at P5, at 55.
func identityEvents(attester1, attester2, timelock common.Address) map[uint64][]store.Event {
	const until53, far = 1_700_000_106, 2_000_000_000
	return map[uint64][]store.Event{
		50: {&store.WalletAttested{Meta: meta(50, 0), Wallet: patient, Attester: attester1, Level: 5, ExpiresAt: until53}},
		51: {&store.WalletAttested{Meta: meta(51, 0), Wallet: guardian, Attester: attester2, Level: 9, ExpiresAt: far}},
		52: {&store.WalletAttested{Meta: meta(52, 1), Wallet: patient, Attester: attester2, Level: 9, ExpiresAt: until53}},
		54: {&store.AttestationRevoked{Meta: meta(54, 0), Wallet: guardian, Attester: attester2, By: timelock}},
		55: {&store.WalletAttested{Meta: meta(55, 0), Wallet: guardian, Attester: attester1, Level: 5, ExpiresAt: far}},
	}
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
