package demo_test

import (
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/gateway"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
)

// TestVirtualWardOnDevnet: with Mrs P.'s consent to Sunrise Home Care (the story's step 1: TREAT and CAREMGT,
// access and use), the virtual ward's oximeter dips below 92 %: the agency fetches the spo2-low alert and sees the dip
// in her readings, the council is refused not_permitted, and the alert's batch is anchored; the printout names no
// value but the lowest reading the agency received.
func TestVirtualWardOnDevnet(t *testing.T) {
	s, r, out := startStory(t)
	ctx := context.Background()
	d := s.Devnet
	cr, err := bindings.NewConsentRegistryTransactor(d.Manifest.ConsentsAddress(), d.Client)
	if err != nil {
		t.Fatal(err)
	}
	opts, _ := bind.NewKeyedTransactorWithChainID(devnet.DevKey(devnet.RolePatient), new(big.Int).SetUint64(d.Manifest.ChainID))
	tx, err := cr.Grant(opts, devnet.DevAddress(devnet.RolePatient), devnet.DevAddress(devnet.RoleAgency),
		vocab.PurposeMask(vocab.CareMgt, vocab.Treat), vocab.ActionMask(vocab.Access, vocab.Use), new(big.Int), [32]byte{})
	if err != nil {
		t.Fatal(err)
	}
	if rc, err := bind.WaitMined(ctx, d.Client, tx); err != nil || rc.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("grant: %v", err)
	}
	cfg := gateway.DefaultConfig()
	cfg.HTTPAddr, cfg.DB = "127.0.0.1:0", "sqlite://"+filepath.Join(t.TempDir(), "telemetry.db")
	cfg.RedisURL, cfg.RedisPrefix = s.Relayer.RedisURL(), "bevan:test:demo-ward"
	cfg.RPCURL, cfg.ManifestPath, cfg.RelayerURL = s.RPCURL(), s.ManifestPath, s.Relayer.URL()
	cfg.AppKey, cfg.Key, cfg.AnchorInterval = devnet.DevAppKey, devnet.DevKey(devnet.RoleGateway), time.Hour
	g, err := gateway.New(ctx, cfg, devnettest.Log())
	if err != nil {
		t.Fatal(err)
	}
	devnettest.Start(t, g)

	w, err := r.VirtualWard(ctx, g)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if w.Alert.Rule != "spo2-low" || w.Alert.Patient != devnet.DevAddress(devnet.RolePatient) || w.Alert.Device != w.Oximeter {
		t.Fatalf("alert %+v", w.Alert)
	}
	if w.Lowest >= 92_000 || w.RefusedCode != telemetry.CodeNotPermitted || w.AnchorTx == ([32]byte{}) {
		t.Fatalf("lowest %d, council %s, anchor %s", w.Lowest, w.RefusedCode, w.AnchorTx)
	}
	text := out.String()
	if !strings.Contains(text, "spo2-low") || !strings.Contains(text, "not_permitted") {
		t.Fatalf("printout:\n%s", text)
	}
	t.Logf("\n%s", text)
}
