package indexer_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"reflect"
	"testing"

	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/indexer"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestReadReplicas runs one indexer on PostgreSQL and two `bevan graphql` read replicas (graphql.NewService) on the
// same database. Through grants, a revocation and a reorg on the devnet, a subscriber on each replica sees the same
// changes in the same order as a subscriber on the indexer's own server (each change once), both replicas answer a
// query exactly as the indexer does, and /healthz reports each replica's lag behind the indexer.
func TestReadReplicas(t *testing.T) {
	t.Parallel() // its own devnet and database schema
	ctx := context.Background()
	d, c := activeDevnet(t, 1, "replica")
	db := storetest.PostgresURL(t)
	cfg := testConfig(d.RPCURL(), d.Manifest, db)
	cfg.HTTPAddr = "127.0.0.1:0"
	s, err := indexer.New(ctx, cfg, devnettest.Log())
	if err != nil {
		t.Fatal(err)
	}
	srv := graphql.Attach(s, graphql.DefaultServerConfig())
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Stop(ctx) })
	waitFor(t, "catch-up", func() bool { return atHead(t, c, s) })

	var replicas []*graphql.Service
	for range 2 {
		rc := graphql.DefaultReplicaConfig()
		rc.DB, rc.HTTPAddr = db, "127.0.0.1:0"
		r, err := graphql.NewService(ctx, rc, devnettest.Log())
		if err != nil {
			t.Fatal(err)
		}
		if err := r.Start(ctx); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = r.Stop(ctx) })
		replicas = append(replicas, r)
	}

	patient := devnet.DevAddress(devnet.RolePatient)
	sub := fmt.Sprintf(`subscription { consentChanged(patient: %q) { kind consentId grantee block } }`, patient.Hex())
	subs := []*wsSub{subscribeWS(t, "ws://"+s.Addr()+"/graphql", sub)}
	for _, r := range replicas {
		subs = append(subs, subscribeWS(t, "ws://"+r.Addr()+"/graphql", sub))
	}
	waitFor(t, "subscriptions registered", func() bool {
		return srv.Subscriptions() == 1 && replicas[0].Server().Subscriptions() == 1 && replicas[1].Server().Subscriptions() == 1
	})

	grant := func(tag string) (common.Address, *types.Receipt) {
		grantee := common.BytesToAddress(crypto.Keccak256([]byte(tag))[:20])
		r := c.send(devnet.RolePatient, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return c.consents.Grant(o, patient, grantee, 1, 2, big.NewInt(0), crypto.Keccak256Hash([]byte(tag)))
		})
		return grantee, r
	}
	type change struct {
		Kind      string
		ConsentID *string
		Grantee   *string
		Block     int64
	}
	// every subscriber's next change, the same on all three
	next := func(what string) change {
		t.Helper()
		var first change
		for i, ws := range subs {
			var ch struct{ ConsentChanged change }
			ws.next(&ch)
			if i == 0 {
				first = ch.ConsentChanged
			} else if !reflect.DeepEqual(ch.ConsentChanged, first) {
				t.Fatalf("%s: subscriber %d got %+v, the indexer's %+v", what, i, ch.ConsentChanged, first)
			}
		}
		return first
	}
	a, ra := grant("replica first")
	if ch := next("grant"); ch.Kind != "GRANTED" || *ch.Grantee != hexutil.Encode(a[:]) || uint64(ch.Block) != ra.BlockNumber.Uint64() {
		t.Fatalf("grant: %+v", ch)
	}
	rv := c.send(devnet.RolePatient, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.consents.Revoke(o, consentID(patient, a, 0))
	})
	if ch := next("revoke"); ch.Kind != "REVOKED" || uint64(ch.Block) != rv.BlockNumber.Uint64() {
		t.Fatalf("revoke: %+v", ch)
	}
	// a reorg replaces the block of a grant to B with one granting C
	var snap hexutil.Uint64
	c.rpc(&snap, "evm_snapshot")
	ancestor := c.head().Number.Uint64()
	_, rb := grant("replica old branch")
	if ch := next("old branch"); ch.Kind != "GRANTED" || uint64(ch.Block) != rb.BlockNumber.Uint64() {
		t.Fatalf("old branch: %+v", ch)
	}
	var reverted bool
	c.rpc(&reverted, "evm_revert", snap)
	if !reverted {
		t.Fatal("evm_revert failed")
	}
	cc, rc := grant("replica new branch")
	if ch := next("rollback"); ch.Kind != "ROLLED_BACK" || uint64(ch.Block) != ancestor {
		t.Fatalf("rollback: %+v, want ROLLED_BACK@%d", ch, ancestor)
	}
	if ch := next("new branch"); ch.Kind != "GRANTED" || *ch.Grantee != hexutil.Encode(cc[:]) || uint64(ch.Block) != rc.BlockNumber.Uint64() {
		t.Fatalf("new branch: %+v", ch)
	}

	// the replicas answer as the indexer does, and report no lag once they delivered its last change
	waitFor(t, "indexer at head", func() bool { return atHead(t, c, s) })
	q := fmt.Sprintf(`{ consents(where: {patient: {eq: %q}}) { totalCount edges { cursor node { consentId grantee status revoked validFrom validUntil } } }
		old: consents(where: {patient: {eq: %q}}, block: {number: %d}) { totalCount edges { node { consentId status } } } }`,
		patient.Hex(), patient.Hex(), ancestor)
	var want json.RawMessage
	gqlQuery(t, s.Addr(), q, &want)
	for i, r := range replicas {
		var got json.RawMessage
		gqlQuery(t, r.Addr(), q, &got)
		if string(got) != string(want) {
			t.Fatalf("replica %d answers\n%s\nthe indexer\n%s", i, got, want)
		}
		waitFor(t, "replica caught up", func() bool {
			st, err := r.Status(ctx)
			return err == nil && st.LagBlocks == 0 && st.LagChanges == 0
		})
		resp, err := http.Get("http://" + r.Addr() + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var h graphql.ReplicaStatus
		if err := json.Unmarshal(raw, &h); err != nil || resp.StatusCode != http.StatusOK || !h.Healthy || !h.Listening ||
			h.Indexed != s.Status().Indexed || h.LagBlocks != 0 {
			t.Fatalf("replica %d /healthz %d %s (%v)", i, resp.StatusCode, raw, err)
		}
	}
}
