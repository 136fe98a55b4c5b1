package demo_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"math/big"
	"net"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/demo"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/relayer"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
)

// TestStoryOnDevnet plays the demo through a real relayer on a devnet and checks every outcome on-chain.
func TestStoryOnDevnet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cfg := devnet.DefaultConfig()
	cfg.Port, cfg.ManifestDir = port, t.TempDir()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	var rel *relayer.DevnetService
	d, err := devnet.New(cfg, log, func(ctx context.Context, d *devnet.Devnet) (devnet.Service, error) {
		s, err := relayer.NewDevnetFactory(relayer.DevnetOptions{HTTPAddr: "127.0.0.1:0", Log: log})(ctx, d)
		if err == nil {
			rel = s.(*relayer.DevnetService)
		}
		return s, err
	})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Stop(context.Background())
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	r, err := demo.New(d.Client, d.Manifest, rel.URL(), &out)
	if err != nil {
		t.Fatal(err)
	}
	res, err := r.Run(ctx)
	if err != nil {
		t.Fatalf("story: %v\n%s", err, out.String())
	}
	call := &bind.CallOpts{Context: ctx}
	consents, _ := bindings.NewConsentRegistry(d.Manifest.ConsentsAddress(), d.Client)
	patient := devnet.DevAddress(devnet.RolePatient)
	if ok, _ := consents.IsPermitted(call, patient, devnet.DevAddress(devnet.RoleAgency), uint8(vocab.CareMgt), uint8(vocab.Use)); !ok {
		t.Error("care agency not permitted")
	}
	if ok, _ := consents.IsPermitted(call, patient, devnet.DevAddress(devnet.RoleGP), uint8(vocab.CareMgt), uint8(vocab.Access)); !ok {
		t.Error("GP not permitted")
	}
	if ok, _ := consents.IsGuardian(call, patient, devnet.DevAddress(devnet.RoleGuardian)); !ok {
		t.Error("guardian not appointed")
	}
	if ok, _ := consents.IsPermitted(call, patient, devnet.DevAddress(devnet.RoleResearch), uint8(vocab.ClinTrl), uint8(vocab.Use)); ok {
		t.Error("research consent still permits after revocation")
	}
	past := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(res.ResearchRevokedBlock - 1)}
	if ok, _ := consents.IsPermitted(past, patient, devnet.DevAddress(devnet.RoleResearch), uint8(vocab.ClinTrl), uint8(vocab.Use)); !ok {
		t.Error("research consent did not permit before its revocation")
	}
	anchors, _ := bindings.NewRecordAnchor(d.Manifest.AnchorsAddress(), d.Client)
	if ok, _ := anchors.VerifyRecord(call, res.RecordID, res.ContentHash, [32]byte{}, nil); !ok {
		t.Error("discharge summary not anchored")
	}
	membership, _ := bindings.NewMembership(d.Manifest.MembershipAddress(), d.Client)
	if ok, _ := membership.IsMember(call, res.NewMember); !ok {
		t.Error("care agency not admitted by the DAO")
	}
	// No wallet of the story paid gas: their balances are untouched (the devnet funds them all equally).
	for _, role := range []string{devnet.RolePatient, devnet.RoleGuardian, devnet.RoleTrust, devnet.RoleGP, devnet.RoleCouncil} {
		n, err := d.Client.NonceAt(ctx, devnet.DevAddress(role), nil)
		if err != nil || n != 0 {
			t.Errorf("%s sent %d transactions itself (err %v); the relayer should have", role, n, err)
		}
	}
	if len(res.Steps) < 12 {
		t.Errorf("only %d steps:\n%s", len(res.Steps), out.String())
	}
}
