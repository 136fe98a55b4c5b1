package gateway_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"testing"

	"github.com/bevan-health/bevan/store/storetest"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/gateway"
	"github.com/bevan-health/bevan/telemetry/readings"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func getRecordProof(t *testing.T, g *gateway.Service, id common.Hash) (*telemetry.RecordProof, int) {
	t.Helper()
	return getJSON[telemetry.RecordProof](t, fmt.Sprintf("http://%s/v1/records/%s/proof", g.Addr(), id.Hex()))
}

// TestRecordLeaves: a deriver's records are anchored as leaves of the batch that took the readings they came from
// (on PostgreSQL, as replicas share it), served with their proof, and proven on chain by RecordAnchor.verifyRecord;
// the readings of the same batch still prove, and an altered record does not.
func TestRecordLeaves(t *testing.T) {
	e := newEnv(t)
	derive := func(_ context.Context, taken []readings.Kept) ([]telemetry.Record, error) {
		var out []telemetry.Record
		for _, k := range taken {
			if k.ValueMilli < 9000 {
				continue
			}
			r, err := telemetry.NewRecord("test-hot", k.Device, telemetry.TimeKey(k.Time), map[string]any{"milli": k.ValueMilli})
			if err != nil {
				return nil, err
			}
			out = append(out, *r)
		}
		return out, nil
	}
	g := e.gateway(t, storetest.PostgresURL(t), func(c *gateway.Config) { c.Derive = derive })
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	dev := e.devices.add(key, telemetry.KindColdStore, common.Address{}, true)
	if st, code := postBatch(t, g, fridge(t, key, g.Domain(), 1, 4000, 9500, 5000)); st != 200 {
		t.Fatalf("batch: %d %s", st, code)
	}
	k, err := g.Store().Reading(ctx, dev, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	id := telemetry.RecordID("test-hot", dev, telemetry.TimeKey(k.Time))
	if _, st := getRecordProof(t, g, id); st != http.StatusNotFound {
		t.Fatalf("record proof before the anchor round: HTTP %d, want 404", st)
	}
	// 3 readings, the test's record, and the gateway's own: the 9.5 °C reading is an excursion out of 2–8 °C.
	if _, err := g.AnchorNow(ctx); err != nil {
		t.Fatal(err)
	}
	if as, err := g.Store().Anchors(ctx); err != nil || len(as) != 1 || as[0].LeafCount != 5 || !as[0].Done() {
		t.Fatalf("anchors %+v (%v), want one of 3 readings and 2 records", as, err)
	}
	p, st := getRecordProof(t, g, id)
	if st != http.StatusOK {
		t.Fatalf("record proof: HTTP %d", st)
	}
	var content struct{ Milli int64 }
	if err := p.Record.Decode(&content); err != nil || content.Milli != 9500 || p.Record.Device != dev {
		t.Fatalf("record %+v %v", p.Record, err)
	}
	if _, err := telemetry.VerifyRecordProof(ctx, e.eth, p); err != nil {
		t.Fatal(err)
	}
	rp, st := getProof(t, g.Addr(), dev, 1, 1)
	if st != http.StatusOK || rp.BatchRoot != p.BatchRoot {
		t.Fatalf("reading proof: HTTP %d, root %s, want the record's %s", st, rp.BatchRoot, p.BatchRoot)
	}
	if _, err := telemetry.VerifyProof(ctx, e.eth, rp); err != nil {
		t.Fatal(err)
	}
	altered := *p
	altered.Record.Content = json.RawMessage(`{"milli":7500}`)
	if _, err := telemetry.VerifyRecordProof(ctx, e.eth, &altered); !errors.Is(err, telemetry.ErrNotProven) {
		t.Fatalf("altered record: %v, want ErrNotProven", err)
	}
	if _, st := getRecordProof(t, g, common.HexToHash("0x01")); st != http.StatusNotFound {
		t.Fatalf("unknown record: HTTP %d", st)
	}
	if got := anchoredBatches(t, e, g.Custodian()); got != 1 {
		t.Fatalf("%d batches anchored, want 1", got)
	}
}
