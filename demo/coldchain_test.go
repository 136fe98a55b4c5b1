package demo_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/demo"
	"github.com/bevan-health/bevan/graphql/client"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/internal/stacktest"
	"github.com/bevan-health/bevan/telemetry"
)

// TestColdChainDemo (issue 17's done-when): the demo's vaccine fridge drifts to 9.5 °C; its excursion shows in
// GraphQL (the printed query and the typed client) with its start, end, 9.5 °C peak and the lots the fridge held,
// recorded by the gateway's own recordExcursion; and the saved proof of the reading at the peak verifies against the
// root on chain (and does not once its value is changed).
func TestColdChainDemo(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cfg := devnettest.Config(t.TempDir())
	s := stacktest.Start(t, cfg, stacktest.Indexed(t))
	out := new(bytes.Buffer)
	dir := t.TempDir()
	r, err := demo.NewWith(s.Devnet.Client, s.Devnet.Manifest, s.Relayer.URL(), out, demo.Options{Telemetry: &demo.TelemetryOptions{
		RPCURL: s.RPCURL(), ManifestPath: s.ManifestPath, RedisURL: s.Relayer.RedisURL(), Dir: dir, Deployments: cfg.ManifestDir}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.Close() })
	if err := r.ColdChain(ctx); err != nil {
		t.Fatalf("cold chain: %v\n%s", err, out)
	}
	res := r.Result()
	cc := res.ColdChain
	if cc == nil {
		t.Fatalf("no cold chain result\n%s", out)
	}
	x := cc.Excursion
	if d := time.Duration(x.EndedAt-x.StartedAt) * time.Second; d < 30*time.Minute || d > 50*time.Minute || x.MaxMilli != 9500 ||
		!slices.Equal(x.AffectedLots, cc.Lots) || x.Site != "A81001" {
		t.Fatalf("excursion %+v (%s)", x, d)
	}

	gql := client.New(s.Indexer.GraphQLURL(), &http.Client{Timeout: 30 * time.Second})
	if _, err := gql.WaitIndexed(ctx, cc.RecordedBlock); err != nil {
		t.Fatal(err)
	}
	page, err := gql.Excursions(ctx, client.ExcursionFilter{Device: &cc.Fridge}, client.ListOptions{})
	if err != nil || page.TotalCount < 1 {
		t.Fatalf("excursions: %+v %v", page, err)
	}
	var e *client.Excursion
	for i := range page.Items {
		if page.Items[i].StartedAt == x.StartedAt {
			e = &page.Items[i]
		}
	}
	if e == nil || e.EndedAt != x.EndedAt || e.MaxCelsius != 9.5 || e.Site != "A81001" || !slices.Equal(e.AffectedLots, cc.Lots) ||
		e.AnchorTx != cc.RecordedTx || e.BatchRoot != cc.BatchRoot || e.DurationSeconds != x.EndedAt-x.StartedAt {
		t.Fatalf("indexed excursion %+v, want %+v", e, x)
	}
	if page, err := gql.Excursions(ctx, client.ExcursionFilter{Site: "RJ1"}, client.ListOptions{}); err != nil || page.TotalCount != 0 {
		t.Fatalf("another site's excursions: %+v %v", page, err)
	}
	dev, err := gql.Device(ctx, cc.Fridge, nil)
	if err != nil || dev.Kind != "cold-store-sensor" || !dev.Active || dev.Site != "A81001" || dev.Patient != nil {
		t.Fatalf("device %+v %v", dev, err)
	}
	active := true
	devs, err := gql.Devices(ctx, client.DeviceFilter{Site: "A81001", Kind: "cold-store-sensor", Active: &active}, client.ListOptions{})
	if err != nil || devs.TotalCount != 1 || devs.Items[0].Address != cc.Fridge {
		t.Fatalf("devices %+v %v", devs, err)
	}
	if _, err := gql.Device(ctx, s.Devnet.Manifest.DevicesAddress(), nil); !errors.Is(err, client.ErrNotFound) {
		t.Fatalf("a device never registered: %v, want ErrNotFound", err)
	}

	// The queries the demo prints show it.
	for _, q := range demo.ColdChainQueries(cc) {
		var data json.RawMessage
		if err := gql.Query(ctx, q.Text, nil, &data); err != nil {
			t.Fatalf("%s: %v", q.Title, err)
		}
		line, err := q.Summarize(data)
		if err != nil {
			t.Fatalf("%s: %v", q.Title, err)
		}
		if strings.HasPrefix(q.Title, "The vaccine fridge's") && (!strings.Contains(line, "peak 9.50 °C") || !strings.Contains(line, "lots FLU-2026-118, MMR-77A")) {
			t.Fatalf("%s: %s", q.Title, line)
		}
	}

	// The printed verify: the saved proof of the peak reading proves it against the chain.
	if !strings.Contains(out.String(), "$ bevan telemetry verify --proof "+cc.ProofFile) || !strings.Contains(out.String(), "verified: Room temperature 9.5 Cel") {
		t.Fatalf("demo output lacks the verify command and its result:\n%s", out)
	}
	raw, err := os.ReadFile(cc.ProofFile)
	if err != nil {
		t.Fatal(err)
	}
	var p telemetry.Proof
	if err := json.Unmarshal(raw, &p); err != nil {
		t.Fatal(err)
	}
	if p.Reading.ValueMilli != 9500 || p.Sequence != cc.Sequence || p.Index != cc.Index || filepath.Dir(cc.ProofFile) != dir {
		t.Fatalf("proof %+v", p)
	}
	if _, err := telemetry.VerifyProof(ctx, s.Devnet.Client, &p); err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() {
		t.Logf("demo output:\n%s", out)
	}
	p.Reading.ValueMilli = 7900 // the excursion hidden
	if _, err := telemetry.VerifyProof(ctx, s.Devnet.Client, &p); !errors.Is(err, telemetry.ErrNotProven) {
		t.Fatalf("changed proof: %v, want ErrNotProven", err)
	}
}
