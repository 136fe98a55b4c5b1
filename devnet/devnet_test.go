package devnet_test

import (
	"context"
	"errors"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
)

func start(t *testing.T, cfg devnet.Config) *devnet.Devnet {
	t.Helper()
	d, err := devnet.New(cfg, devnettest.Log())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := d.Start(ctx); err != nil {
		_ = d.Stop(context.Background())
		t.Fatalf("start devnet: %v", err)
	}
	return d
}

func TestDevnetDeploysAndKeepsState(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfg := devnettest.Config(filepath.Join(dir, "deployments"))
	cfg.StateDir = filepath.Join(dir, "state")

	d := start(t, cfg)
	if err := deployment.VerifyHandOver(ctx, d.Client, d.Manifest); err != nil {
		t.Fatalf("hand-over: %v", err)
	}
	id, err := d.Client.ChainID(ctx)
	if err != nil || id.Uint64() != deployment.DevnetChainID {
		t.Fatalf("chain id %v %v", id, err)
	}
	bal, err := d.Client.BalanceAt(ctx, devnet.DevAddress(devnet.RoleRelayer), nil)
	if err != nil || bal.Sign() == 0 {
		t.Fatalf("relayer not funded: %v %v", bal, err)
	}
	// The analytics server's key records dataset releases (DataAccess's RELEASER_ROLE); nobody else does.
	da, err := bindings.NewDataAccessCaller(d.Manifest.AccessAddress(), d.Client)
	if err != nil {
		t.Fatal(err)
	}
	releaser, err := da.RELEASERROLE(&bind.CallOpts{Context: ctx})
	if err != nil {
		t.Fatal(err)
	}
	for _, role := range devnet.Roles {
		has, err := da.HasRole(&bind.CallOpts{Context: ctx}, releaser, devnet.DevAddress(role))
		if err != nil || has != (role == devnet.RoleAnalytics) {
			t.Fatalf("%s holds RELEASER_ROLE: %v (%v)", role, has, err)
		}
	}
	if !strings.Contains(d.Summary(), d.Manifest.ConsentsAddress().Hex()) {
		t.Fatal("summary does not list the contracts")
	}
	// anvil picked a port and the devnet names it; a second devnet on that port fails clearly.
	u, err := url.Parse(d.RPCURL())
	if err != nil || u.Port() == "" || u.Port() == "0" {
		t.Fatalf("RPC URL %q names no port (%v)", d.RPCURL(), err)
	}
	busyCfg := cfg
	busyCfg.Port, _ = strconv.Atoi(u.Port())
	busy, err := devnet.New(busyCfg, devnettest.Log())
	if err != nil {
		t.Fatal(err)
	}
	if err := busy.Start(ctx); err == nil || !strings.Contains(err.Error(), "already in use") || !errors.Is(err, devnet.ErrPortInUse) {
		t.Fatalf("want a port-in-use error, got %v", err)
	}
	head, err := d.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	first := d.Manifest
	if err := d.Stop(ctx); err != nil {
		t.Fatal(err)
	}

	// Restart from the kept state: the chain is still there, nothing is redeployed.
	d2 := start(t, cfg)
	defer d2.Stop(ctx)
	head2, err := d2.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if head2 < head {
		t.Fatalf("state not kept: head %d after restart, was %d", head2, head)
	}
	for _, n := range deployment.ContractNames {
		if d2.Manifest.Contracts[n] != first.Contracts[n] {
			t.Errorf("%s changed across restart: %+v vs %+v", n, d2.Manifest.Contracts[n], first.Contracts[n])
		}
	}
}

func TestConfigCheck(t *testing.T) {
	bad := []devnet.Config{
		{Port: -1, ChainID: 901, ManifestDir: "d"},
		{Port: 65536, ChainID: 901, ManifestDir: "d"},
		{Port: 8545, ChainID: 0, ManifestDir: "d"},
		{Port: 8545, ChainID: 901, ManifestDir: ""},
		{Port: 8545, ChainID: 901, ManifestDir: "d", BlockTime: -time.Second},
	}
	for i, c := range bad {
		if err := c.Check(); err == nil {
			t.Errorf("config %d accepted: %+v", i, c)
		}
	}
	good := devnet.DefaultConfig()
	if err := good.Check(); err != nil {
		t.Fatal(err)
	}
}

func TestMissingAnvilIsAClearError(t *testing.T) {
	cfg := devnettest.Config(t.TempDir())
	cfg.AnvilBin = filepath.Join(t.TempDir(), "no-such-anvil")
	d, err := devnet.New(cfg, devnettest.Log())
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Start(context.Background()); err == nil || !strings.Contains(err.Error(), "start anvil") {
		t.Fatalf("want start error, got %v", err)
	}
}
