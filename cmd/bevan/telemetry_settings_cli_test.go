package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/gateway"
)

// TestTelemetrySettingsCLI: the trust registers a fridge, then sets its site's range and books lots in and out at the
// gateway with `bevan telemetry threshold|lots`, signed by its wallet; the GP's wallet (a registrar, not this
// fridge's) and bad arguments are refused, the latter before anything is signed.
func TestTelemetrySettingsCLI(t *testing.T) {
	ctx, e := startChainTest(t)
	fridge := testAddress(t, "")
	if _, stderr, err := e.sign(devnet.RoleTrust, "device", "register", "--kind", "cold-store-sensor", "--site", "RJ1", fridge.Hex()); err != nil {
		t.Fatalf("register: %v\n%s", err, stderr)
	}
	cfg := gateway.DefaultConfig()
	cfg.HTTPAddr, cfg.DB, cfg.RedisURL = "127.0.0.1:0", "sqlite://"+filepath.Join(t.TempDir(), "t.db"), "redis://127.0.0.1:6379/0"
	cfg.RedisPrefix = fmt.Sprintf("bevan:test:telemetry-settings:%d", time.Now().UnixNano())
	cfg.RPCURL, cfg.ManifestPath, cfg.RelayerURL, cfg.AppKey = e.d.RPCURL(), e.d.ManifestPath, e.relayer, devnet.DevAppKey
	cfg.Key, cfg.AnchorInterval = devnet.DevKey(devnet.RoleGateway), time.Hour
	g, err := gateway.New(ctx, cfg, devnettest.Log())
	if err != nil {
		t.Fatal(err)
	}
	devnettest.Start(t, g)
	gw := []string{"--gateway", "http://" + g.Addr(), "--device", fridge.Hex()}
	set := func(role string, args ...string) (string, string, error) {
		return e.read(role, append(append(args, gw...), "--password-env", "BEVAN_TEST_PW")...)
	}
	show := func(args ...string) gateway.Settings {
		t.Helper()
		out, stderr, err := runApp(t, "", append(append(args, gw...), "--json")...)
		if err != nil {
			t.Fatalf("%v: %v\n%s", args, err, stderr)
		}
		var st gateway.Settings
		if err := json.Unmarshal([]byte(out), &st); err != nil {
			t.Fatalf("%v: %q %v", args, out, err)
		}
		return st
	}
	if st := show("telemetry", "threshold", "show"); !st.Range.Default || st.Range.MinMilli != 2000 || st.Range.MaxMilli != 8000 || st.Site != "RJ1" {
		t.Fatalf("default range: %+v", st)
	}
	if out, stderr, err := set(devnet.RoleTrust, "telemetry", "threshold", "set", "--min", "2.5", "--max", "7.75"); err != nil ||
		!strings.Contains(out, "range 2.5–7.75 °C (set by "+devnet.DevAddress(devnet.RoleTrust).Hex()) {
		t.Fatalf("threshold set: %q %v\n%s", out, err, stderr)
	}
	if _, stderr, err := set(devnet.RoleTrust, "telemetry", "lots", "add", "--since", "2h", "FLU-2026-A1", "MMR-77B", "DTP-5"); err != nil {
		t.Fatalf("lots add: %v\n%s", err, stderr)
	}
	if _, stderr, err := set(devnet.RoleTrust, "telemetry", "lots", "remove", "MMR-77B"); err != nil {
		t.Fatalf("lots remove: %v\n%s", err, stderr)
	}
	st := show("telemetry", "lots", "list")
	if len(st.Lots) != 2 || st.Lots[0].Lot != "DTP-5" && st.Lots[0].Lot != "FLU-2026-A1" || st.Range.MaxMilli != 7750 ||
		time.Since(st.Lots[0].AddedAt) < 119*time.Minute {
		t.Fatalf("lots: %+v", st)
	}
	if out, _, err := runApp(t, "", append([]string{"telemetry", "lots", "list"}, gw...)...); err != nil ||
		!strings.Contains(out, "lot FLU-2026-A1 held since") || strings.Contains(out, "MMR-77B") {
		t.Fatalf("lots list: %q %v", out, err)
	}
	for name, tc := range map[string]struct {
		role string
		args []string
		want string
	}{
		"another registrar": {devnet.RoleGP, []string{"telemetry", "lots", "add", "X1"}, string(telemetry.CodeNotRegistrar)},
		"held already":      {devnet.RoleTrust, []string{"telemetry", "lots", "add", "DTP-5"}, string(telemetry.CodeLotHeld)},
		"free text":         {devnet.RoleTrust, []string{"telemetry", "lots", "add", "Mrs P's insulin"}, "want 1-32 letters"},
		"no lot":            {devnet.RoleTrust, []string{"telemetry", "lots", "add"}, "name at least one lot"},
		"empty range":       {devnet.RoleTrust, []string{"telemetry", "threshold", "set", "--min", "8", "--max", "2"}, "want min < max"},
		"not a number":      {devnet.RoleTrust, []string{"telemetry", "threshold", "set", "--min", "2,5", "--max", "8"}, "at most three decimals"},
		"too far back":      {devnet.RoleTrust, []string{"telemetry", "lots", "add", "--since", "200h", "X2"}, string(telemetry.CodeTimeOutOfRange)},
	} {
		t.Run(name, func(t *testing.T) {
			if _, _, err := set(tc.role, tc.args...); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("%v, want %q", err, tc.want)
			}
		})
	}
	if st := show("telemetry", "lots", "list"); len(st.Lots) != 2 || st.Range.MinMilli != 2500 {
		t.Fatalf("after the refusals: %+v", st)
	}
}
