package main

import (
	"context"
	"encoding/hex"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/gateway"
	"github.com/bevan-health/bevan/telemetry/sim"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// TestTelemetryAlertsCLI: `bevan telemetry simulate --kind oximeter --drift-to 89` dips a patient's pulse oximeter
// below 92 %; `bevan telemetry alerts` (signing in with the care agency's wallet) is refused not_permitted until the
// patient grants the agency TREAT/access, then prints the spo2-low alert without a value, and `bevan telemetry
// readings` the readings; once the consent is revoked both are refused again.
func TestTelemetryAlertsCLI(t *testing.T) {
	patientKey := devnet.DevKey(devnet.RolePatient)
	patient := crypto.PubkeyToAddress(patientKey.PublicKey)
	registry := common.HexToAddress("0xde71ce")
	devices := gateway.NewFixed()
	ox := sim.Fleet("cli-ward", telemetry.KindPulseOximeter, 1)[0]
	site, _ := vocab.ODSCode("RJ1")
	devices.Add(ox.Address, gateway.Device{Kind: uint8(telemetry.KindPulseOximeter), Active: true, RegisteredAt: big.NewInt(1),
		Patient: patient, Site: site})
	s, g := startTelemetry(t, "bevan:test:telemetry-ward-cli", devices, registry)
	url := "http://" + g.Addr()
	chain := []string{"--rpc", s.RPCURL(), "--deployments", filepath.Dir(s.ManifestPath)}
	args := append([]string{"telemetry", "simulate", "--gateway", url, "--device-registry", registry.Hex(), "--seed", "cli-ward",
		"--kind", "oximeter", "--devices", "1", "--batches", "2", "--readings", "30", "--drift-to", "89", "--drift-for", "20m"}, chain...)
	if out, stderr, err := runApp(t, "", args...); err != nil || !strings.Contains(out, "120 readings of 1 devices accepted") {
		t.Fatalf("simulate: %q %q %v", out, stderr, err)
	}

	ks := t.TempDir()
	t.Setenv("BEVAN_TEST_PW", "agency password")
	agencyKey := devnet.DevKey(devnet.RoleAgency)
	if _, _, err := runApp(t, hex.EncodeToString(crypto.FromECDSA(agencyKey))+"\n", "wallet", "import", "--light-kdf", "--keystore", ks,
		"--password-env", "BEVAN_TEST_PW"); err != nil {
		t.Fatal(err)
	}
	org := []string{"--gateway", url, "--keystore", ks, "--password-env", "BEVAN_TEST_PW"}
	alerts := append([]string{"telemetry", "alerts", "--patient", patient.Hex()}, org...)
	readings := append([]string{"telemetry", "readings", "--device", ox.Address.Hex(), "--hours", "3"}, org...)
	for _, a := range [][]string{alerts, readings} {
		if _, _, err := runApp(t, "", a...); err == nil || !strings.Contains(err.Error(), string(telemetry.CodeNotPermitted)) {
			t.Fatalf("%s before the consent: %v, want %s", a[1], err, telemetry.CodeNotPermitted)
		}
	}

	eth, err := ethclient.Dial(s.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	m := s.Manifest
	cr, err := bindings.NewConsentRegistry(m.ConsentsAddress(), eth)
	if err != nil {
		t.Fatal(err)
	}
	opts, _ := bind.NewKeyedTransactorWithChainID(patientKey, new(big.Int).SetUint64(m.ChainID))
	mine := func(tx *types.Transaction, err error) *types.Receipt {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		r, err := bind.WaitMined(context.Background(), eth, tx)
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transaction: %v", err)
		}
		return r
	}
	r := mine(cr.Grant(opts, patient, crypto.PubkeyToAddress(agencyKey.PublicKey), vocab.PurposeMask(vocab.Treat),
		vocab.ActionMask(vocab.Access), new(big.Int), [32]byte{}))
	var consentID *big.Int
	for _, l := range r.Logs {
		if ev, err := cr.ParseConsentGranted(*l); err == nil {
			consentID = ev.ConsentId
		}
	}
	out, stderr, err := runApp(t, "", alerts...)
	if err != nil || !strings.Contains(out, "spo2-low") || !strings.Contains(out, "patient "+patient.Hex()) ||
		!strings.Contains(out, "not anchored yet") || strings.Count(out, "\n") != 1 {
		t.Fatalf("alerts: %q %q %v", out, stderr, err)
	}
	if out, _, err := runApp(t, "", readings...); err != nil || !strings.Contains(out, "120 readings of "+ox.Address.Hex()) ||
		!strings.Contains(out, "Oxygen saturation") {
		t.Fatalf("readings: %q %v", out, err)
	}
	if n, err := g.AnchorNow(context.Background()); err != nil || n != 121 { // the readings and the alert's leaf
		t.Fatalf("anchored %d: %v", n, err)
	}
	if out, _, err := runApp(t, "", append(alerts, "--json")...); err != nil || !strings.Contains(out, `"anchorTx"`) {
		t.Fatalf("alerts --json after the anchor: %q %v", out, err)
	}

	mine(cr.Revoke(opts, consentID))
	for _, a := range [][]string{alerts, readings} {
		if _, _, err := runApp(t, "", a...); err == nil || !strings.Contains(err.Error(), string(telemetry.CodeNotPermitted)) {
			t.Fatalf("%s after the revocation: %v, want %s", a[1], err, telemetry.CodeNotPermitted)
		}
	}
}
