package gateway_test

import (
	"context"
	"math/big"
	"math/rand/v2"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/merkle"
	relayerclient "github.com/bevan-health/bevan/relayer/client"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/gateway"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestAbandonedMidBatch: a gateway that stops (is killed) after leasing an anchor, or after sending it but before
// recording it, leaves nothing unanchored and nothing anchored twice: the next start anchors the first and finds the
// second on chain.
func TestAbandonedMidBatch(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	db := storetest.SQLiteURL(t)
	a := e.gateway(t, db, nil)
	key, _ := crypto.GenerateKey()
	dev := e.devices.add(key, telemetry.KindColdStore, common.Address{}, true)
	send := func(g *gateway.Service, seq uint64) {
		t.Helper()
		if st, code := postBatch(t, g, fridge(t, key, g.Domain(), seq, 4000, 8500, 9100)); st != http.StatusOK {
			t.Fatalf("batch %d: %d %s", seq, st, code)
		}
	}
	send(a, 1)
	send(a, 2)
	// A leased the readings of batches 1 and 2 an hour ago (its lease is over) and sent them on chain, but died
	// before recording it.
	sent, err := a.Store().NextAnchor(ctx, 6, time.Now().Add(-time.Hour), time.Minute, nil)
	if err != nil || sent == nil || sent.LeafCount != 6 {
		t.Fatalf("lease: %+v %v", sent, err)
	}
	ks, err := a.Store().Leaves(ctx, sent.ID)
	if err != nil {
		t.Fatal(err)
	}
	leaves := make([]common.Hash, len(ks))
	for i := range ks {
		leaves[i] = ks[i].Leaf()
	}
	tree, err := merkle.New(leaves)
	if err != nil {
		t.Fatal(err)
	}
	m := e.s.Manifest
	raABI, _ := bindings.RecordAnchorMetaData.GetAbi()
	data, _ := raABI.Pack("anchorBatch", tree.Root(), uint32(len(leaves)), "")
	rc := relayerclient.New(e.s.Relayer.URL(), nil)
	rc.AppKey = devnet.DevAppKey
	if _, err := rc.Send(ctx, devnet.DevKey(devnet.RoleGateway), relayerclient.Domain{ChainID: new(big.Int).SetUint64(m.ChainID),
		Forwarder: m.ForwarderAddress()}, relayerclient.Call{To: m.AnchorsAddress(), Data: data}); err != nil {
		t.Fatal(err)
	}
	// Batch 3 came in, was leased, and A died before sending it.
	send(a, 3)
	if left, err := a.Store().NextAnchor(ctx, 100, time.Now().Add(-time.Hour), time.Minute, nil); err != nil || left == nil || left.LeafCount != 3 {
		t.Fatalf("lease: %+v %v", left, err)
	}
	if err := a.Stop(ctx); err != nil {
		t.Fatal(err)
	}

	// The next start (its first anchor round runs at Start) anchors batch 3 and records batches 1–2's anchor.
	b := e.gateway(t, db, nil)
	waitAnchored(t, b)
	if left, err := b.Store().Unanchored(ctx); err != nil || left != 0 {
		t.Fatalf("%d readings left unanchored (%v)", left, err)
	}
	if got := anchoredBatches(t, e, b.Custodian()); got != 2 {
		t.Fatalf("%d batches on chain, want 2 (one found, one sent)", got)
	}
	for seq := uint64(1); seq <= 3; seq++ {
		p, st := getProof(t, b.Addr(), dev, seq, 2)
		if st != http.StatusOK {
			t.Fatalf("proof of batch %d: HTTP %d", seq, st)
		}
		if _, err := telemetry.VerifyProof(ctx, e.eth, p); err != nil {
			t.Fatalf("batch %d: %v", seq, err)
		}
	}
}

// TestReplicas: two gateways sharing PostgreSQL and Redis take one fleet's batches, each sent to both at once:
// every batch is kept exactly once (no gap, no replay), and their concurrent anchor rounds anchor every reading in
// exactly one batch on chain.
func TestReplicas(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	db := storetest.PostgresURL(t)
	small := func(c *gateway.Config) { c.MaxAnchorLeaves = 40 }
	gs := []*gateway.Service{e.gateway(t, db, small), e.gateway(t, db, small)}
	const fleet, batches, per = 6, 12, 5
	var accepted, replayed atomic.Int64
	var wg sync.WaitGroup
	for range fleet {
		key, _ := crypto.GenerateKey()
		e.devices.add(key, telemetry.KindColdStore, common.Address{}, true)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for seq := uint64(1); seq <= batches; seq++ {
				s := fridge(t, key, gs[0].Domain(), seq, 4000, 4100, 4200, 4300, 4400)
				var inner sync.WaitGroup
				for _, g := range gs {
					inner.Add(1)
					go func() {
						defer inner.Done()
						switch st, code := postBatch(t, g, s); {
						case st == http.StatusOK:
							accepted.Add(1)
						case code == telemetry.CodeReplayed:
							replayed.Add(1)
						default:
							t.Errorf("batch %d: HTTP %d %s", seq, st, code)
						}
					}()
				}
				inner.Wait()
				if rand.IntN(3) == 0 { // a replica also anchors while batches arrive
					if _, err := gs[rand.IntN(2)].AnchorNow(ctx); err != nil {
						t.Error(err)
					}
				}
			}
		}()
	}
	wg.Wait()
	if accepted.Load() != fleet*batches || replayed.Load() != fleet*batches {
		t.Fatalf("%d accepted and %d replayed, want %d of each", accepted.Load(), replayed.Load(), fleet*batches)
	}
	var rounds sync.WaitGroup
	for _, g := range gs {
		rounds.Add(1)
		go func() {
			defer rounds.Done()
			if _, err := g.AnchorNow(ctx); err != nil {
				t.Error(err)
			}
		}()
	}
	rounds.Wait()
	if left, err := gs[0].Store().Unanchored(ctx); err != nil || left != 0 {
		t.Fatalf("%d readings unanchored (%v)", left, err)
	}
	// Every anchor is on chain once, and together they hold every reading once (NextAnchor assigns each reading to
	// one anchor; the store's test checks that under concurrency).
	onChain := anchoredBatches(t, e, gs[0].Custodian())
	var leaves, anchors int
	all, err := gs[0].Store().Anchors(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, an := range all {
		if !an.Done() {
			t.Fatalf("anchor %d not on chain", an.ID)
		}
		anchors++
		leaves += an.LeafCount
	}
	if anchors != onChain || leaves != fleet*batches*per {
		t.Fatalf("%d anchors holding %d readings, %d batches on chain; want %d readings, one batch each", anchors, leaves, onChain, fleet*batches*per)
	}
}

// waitAnchored waits (up to a minute) until every anchor of g's store is on chain: the anchor round Start runs
// works in the background.
func waitAnchored(t *testing.T, g *gateway.Service) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for {
		all, err := g.Store().Anchors(ctx)
		if err != nil {
			t.Fatal(err)
		}
		done := len(all) > 0
		for _, a := range all {
			done = done && a.Done()
		}
		if done {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("anchors not all on chain: %+v", all)
		case <-time.After(100 * time.Millisecond):
		}
	}
}
