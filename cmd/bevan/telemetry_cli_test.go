package main

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/devnet/stack"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/internal/stacktest"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/gateway"
	"github.com/bevan-health/bevan/telemetry/readings"
	"github.com/bevan-health/bevan/telemetry/sim"
	"github.com/ethereum/go-ethereum/common"
)

// startTelemetry starts a devnet stack (its relayer without a gas quota) and a gateway on it that knows devices, as
// registered in registry: SQLite in a temporary directory, its Redis keys under prefix, signing as the devnet's gateway
// and anchoring hourly (so only when the test asks). Both stop when the test ends.
func startTelemetry(t *testing.T, prefix string, devices gateway.Registry, registry common.Address) (*stack.Stack, *gateway.Service) {
	t.Helper()
	s := stacktest.Start(t, devnettest.Config(t.TempDir()), stacktest.Unmetered())
	cfg := gateway.DefaultConfig()
	cfg.HTTPAddr, cfg.DB, cfg.RedisURL = "127.0.0.1:0", "sqlite://"+filepath.Join(t.TempDir(), "t.db"), s.Relayer.RedisURL()
	cfg.RedisPrefix = prefix
	cfg.RPCURL, cfg.ManifestPath, cfg.RelayerURL, cfg.AppKey = s.RPCURL(), s.ManifestPath, s.Relayer.URL(), devnet.DevAppKey
	cfg.Key, cfg.Devices, cfg.DeviceRegistry, cfg.AnchorInterval = devnet.DevKey(devnet.RoleGateway), devices, registry, time.Hour
	g, err := gateway.New(context.Background(), cfg, devnettest.Log())
	if err != nil {
		t.Fatal(err)
	}
	devnettest.Start(t, g)
	return s, g
}

// TestTelemetrySimulateAndVerify: `bevan telemetry simulate` drives a drifting fridge fleet into a gateway, which
// anchors it; `bevan telemetry verify` proves a reading of the drift from the gateway and from a saved proof file,
// and refuses the file once its value is changed.
func TestTelemetrySimulateAndVerify(t *testing.T) {
	registry := common.HexToAddress("0xde71ce")
	devices := gateway.NewFixed()
	for _, d := range sim.Fleet("cli", telemetry.KindColdStore, 2) {
		devices.Add(d.Address, gateway.Device{Kind: uint8(telemetry.KindColdStore), Active: true, RegisteredAt: big.NewInt(1)})
	}
	s, g := startTelemetry(t, "bevan:test:telemetry-cli", devices, registry)
	url := "http://" + g.Addr()
	chain := []string{"--rpc", s.RPCURL(), "--deployments", filepath.Dir(s.ManifestPath)}

	out, _, err := runApp(t, "", "telemetry", "simulate", "--print-devices", "--seed", "cli", "--devices", "2")
	if err != nil || len(strings.Fields(out)) != 2 {
		t.Fatalf("print devices: %q %v", out, err)
	}
	dev := strings.Fields(out)[0]
	args := append([]string{"telemetry", "simulate", "--gateway", url, "--device-registry", registry.Hex(), "--seed", "cli",
		"--devices", "2", "--batches", "2", "--readings", "40", "--drift-to", "9.5", "--drift-for", "40m"}, chain...)
	if out, stderr, err := runApp(t, "", args...); err != nil || !strings.Contains(out, "160 readings of 2 devices accepted") {
		t.Fatalf("simulate: %q %q %v", out, stderr, err)
	}
	if _, _, err := runApp(t, "", args...); err == nil || !strings.Contains(err.Error(), string(telemetry.CodeReplayed)) {
		t.Fatalf("the same batches again: %v, want %s", err, telemetry.CodeReplayed)
	}
	// The drift ends before the readings do: each fridge's excursion is derived and anchored with them.
	n, err := g.AnchorNow(context.Background())
	var recs []readings.StoredRecord
	if err == nil {
		recs, err = g.Store().ListRecords(context.Background(), readings.RecordQuery{Kind: telemetry.RecordExcursion})
	}
	if err != nil || n != 160+len(recs) || len(recs) < 2 {
		t.Fatalf("anchored %d leaves, %d excursions: %v", n, len(recs), err)
	}
	// An excursion's record is proven like a reading, from the gateway and from the saved file.
	recFile := filepath.Join(t.TempDir(), "excursion.proof.json")
	out, stderr, err := runApp(t, "", append([]string{"telemetry", "verify", "--gateway", url, "--record", recs[0].ID.Hex(), "--save", recFile,
		"--json"}, chain...)...)
	var rv struct {
		Verified bool                 `json:"verified"`
		Kind     telemetry.RecordKind `json:"kind"`
	}
	if err != nil || json.Unmarshal([]byte(out), &rv) != nil || !rv.Verified || rv.Kind != telemetry.RecordExcursion {
		t.Fatalf("verify --record: %q %q %v", out, stderr, err)
	}
	if out, _, err := runApp(t, "", append([]string{"telemetry", "verify", "--proof", recFile}, chain...)...); err != nil ||
		!strings.HasPrefix(out, "verified: excursion record "+recs[0].ID.Hex()) {
		t.Fatalf("verify the record file: %q %v", out, err)
	}
	if _, _, err := runApp(t, "", append([]string{"telemetry", "verify", "--record", "0x1234"}, chain...)...); err == nil ||
		!strings.Contains(err.Error(), "64 hex digits") {
		t.Fatalf("a malformed record id: %v", err)
	}
	if out, _, err := runApp(t, "", "telemetry", "excursions", "--gateway", url, "--device", dev, "--hours", "3"); err != nil ||
		!strings.Contains(out, "Cold-chain excursion") || !strings.Contains(out, "back in range") {
		t.Fatalf("excursions: %q %v", out, err)
	}
	file := filepath.Join(t.TempDir(), "reading.proof.json")
	// Batch 2's readings are the last 40 minutes: the drift. Reading 20 is at its height.
	verify := append([]string{"telemetry", "verify", "--gateway", url, "--device", dev, "--sequence", "2", "--index", "20",
		"--save", file, "--json"}, chain...)
	out, _, err = runApp(t, "", verify...)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Verified bool              `json:"verified"`
		Reading  telemetry.Reading `json:"reading"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || !got.Verified || got.Reading.ValueMilli < 8000 {
		t.Fatalf("verify: %s %v", out, err)
	}
	if out, _, err := runApp(t, "", append([]string{"telemetry", "verify", "--proof", file}, chain...)...); err != nil || !strings.HasPrefix(out, "verified: Room temperature") {
		t.Fatalf("verify the file: %q %v", out, err)
	}
	raw, _ := os.ReadFile(file)
	var p telemetry.Proof
	_ = json.Unmarshal(raw, &p)
	p.Reading.ValueMilli = 5000 // the excursion hidden
	raw, _ = json.Marshal(&p)
	_ = os.WriteFile(file, raw, 0o600)
	if _, _, err := runApp(t, "", append([]string{"telemetry", "verify", "--proof", file}, chain...)...); err == nil {
		t.Fatal("a proof with its value changed verified")
	}
}
