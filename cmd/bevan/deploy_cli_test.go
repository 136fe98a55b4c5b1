package main

import (
	"context"
	"encoding/json"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/params"
)

func TestDeployCommandIdempotentAndWithKeystore(t *testing.T) {
	bin := devnettest.Bevan(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cfg := devnettest.Config(t.TempDir())
	d := devnettest.StartDevnet(t, cfg)
	rpc := d.RPCURL()
	before, _ := d.Client.BlockNumber(ctx)

	// Re-deploying the devnet's suite with the same key sends nothing and keeps the manifest.
	out, err := exec.Command(bin, "deploy", "--rpc", rpc, "--deployments", cfg.ManifestDir, "--dev-key").CombinedOutput()
	if err != nil {
		t.Fatalf("deploy: %v\n%s", err, out)
	}
	after, _ := d.Client.BlockNumber(ctx)
	if after != before {
		t.Fatalf("idempotent deploy mined %d blocks", after-before)
	}
	m, err := deployment.Load(deployment.Path(cfg.ManifestDir, 901))
	if err != nil {
		t.Fatal(err)
	}
	if m.ConsentsAddress() != d.Manifest.ConsentsAddress() {
		t.Fatal("manifest changed")
	}

	// A keystore deployer (funded) deploys its own suite with a config file, ending with the hand-over.
	dir := t.TempDir()
	ks := keystore.NewKeyStore(filepath.Join(dir, "ks"), keystore.LightScryptN, keystore.LightScryptP)
	acct, err := ks.NewAccount("pw")
	if err != nil {
		t.Fatal(err)
	}
	if err := d.SetBalance(ctx, acct.Address, new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether))); err != nil {
		t.Fatal(err)
	}
	raw, _ := devnet.DeploymentConfigJSON()
	cfgFile := filepath.Join(dir, "icb.json")
	if err := os.WriteFile(cfgFile, []byte(strings.Replace(string(raw), "bevan-devnet", "second-icb", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	out2 := filepath.Join(dir, "deployments")
	cmd := exec.Command(bin, "deploy", "--rpc", rpc, "--deployments", out2, "--config", cfgFile, "--keystore", acct.URL.Path)
	cmd.Env = append(os.Environ(), "BEVAN_DEPLOYER_PASSWORD=pw")
	stdout, err := cmd.Output()
	if err != nil {
		t.Fatalf("keystore deploy: %v", err)
	}
	var printed deployment.Manifest
	if err := json.Unmarshal(stdout, &printed); err != nil {
		t.Fatalf("deploy prints the manifest as JSON: %v\n%s", err, stdout)
	}
	if printed.Deployer != acct.Address || printed.ConsentsAddress() == m.ConsentsAddress() {
		t.Fatalf("second suite: deployer %s consents %s", printed.Deployer, printed.ConsentsAddress())
	}
	if err := deployment.VerifyHandOver(ctx, d.Client, &printed); err != nil {
		t.Fatal(err)
	}

	// Bad inputs: wrong password, invalid config, wrong chain preset.
	cmd = exec.Command(bin, "deploy", "--rpc", rpc, "--deployments", out2, "--config", cfgFile, "--keystore", acct.URL.Path)
	cmd.Env = append(os.Environ(), "BEVAN_DEPLOYER_PASSWORD=wrong")
	if o, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(o), "decrypt keystore") {
		t.Errorf("wrong password: %v\n%s", err, o)
	}
	bad := filepath.Join(dir, "bad.json")
	_ = os.WriteFile(bad, []byte(`{"salt":"x","members":[],"governance":{"votingPeriodBlocks":0,"quorumPercent":0}}`), 0o644)
	if o, err := exec.Command(bin, "deploy", "--rpc", rpc, "--config", bad, "--dev-key").CombinedOutput(); err == nil ||
		!strings.Contains(string(o), "members") || !strings.Contains(string(o), "quorumPercent") {
		t.Errorf("invalid config: %v\n%s", err, o)
	}
	if o, err := exec.Command(bin, "deploy", "--rpc", rpc, "--chain", "op-sepolia", "--public-chain", "--config", cfgFile, "--dev-key").CombinedOutput(); err == nil {
		t.Errorf("dev key on op-sepolia accepted:\n%s", o)
	}
	if o, err := exec.Command(bin, "deploy", "--rpc", rpc, "--chain", "base", "--public-chain", "--config", cfgFile, "--private-key-env", "NOPE_UNSET").CombinedOutput(); err == nil {
		t.Errorf("missing key accepted:\n%s", o)
	}
	cmd = exec.Command(bin, "deploy", "--rpc", rpc, "--chain", "op-sepolia", "--public-chain", "--config", cfgFile)
	cmd.Env = append(os.Environ(), "BEVAN_DEPLOYER_KEY=0x"+strings.Repeat("11", 32))
	if o, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(o), "chain id is 901") {
		t.Errorf("chain id mismatch: %v\n%s", err, o)
	}
	// The devnet's config lifts the governance floors ("development": true): refused on a mainnet preset, before
	// any key is read or the RPC dialled.
	cmd = exec.Command(bin, "deploy", "--rpc", "http://127.0.0.1:1", "--chain", "base", "--public-chain", "--config", cfgFile)
	cmd.Env = append(os.Environ(), "BEVAN_DEPLOYER_KEY=0x"+strings.Repeat("11", 32))
	if o, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(o), `"development": true`) {
		t.Errorf("development config on base: %v\n%s", err, o)
	}
}

// A public chain preset is refused without --public-chain, before any key is read or the RPC dialled: the RPC is a
// listener that fails the test on any connection, and the keystore does not exist.
func TestDeployRefusesPublicChainWithoutAcknowledgement(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	dialled := make(chan struct{}, 1)
	go func() {
		if c, err := l.Accept(); err == nil {
			dialled <- struct{}{}
			c.Close()
		}
	}()
	rpc := "http://" + l.Addr().String()
	for _, chain := range []string{"op-mainnet", "base", "op-sepolia", "base-sepolia"} {
		_, _, err := runApp(t, "", "deploy", "--chain", chain, "--rpc", rpc, "--config", filepath.Join(t.TempDir(), "missing.json"),
			"--keystore", filepath.Join(t.TempDir(), "missing-key.json"), "--password-env", "NOPE_UNSET")
		if err == nil || !strings.Contains(err.Error(), "--public-chain") || !strings.Contains(err.Error(), "public chain") ||
			!strings.Contains(err.Error(), "permissioned") || strings.Contains(err.Error(), "keystore") {
			t.Errorf("%s: %v", chain, err)
		}
	}
	select {
	case <-dialled:
		t.Fatal("the RPC was dialled before the refusal")
	default:
	}
	// With the acknowledgement it goes on (and fails later, on the missing config).
	if _, _, err := runApp(t, "", "deploy", "--chain", "base", "--public-chain", "--rpc", rpc, "--config", filepath.Join(t.TempDir(), "missing.json")); err == nil ||
		strings.Contains(err.Error(), "--public-chain") {
		t.Errorf("acknowledged: %v", err)
	}
	// The devnet needs no acknowledgement.
	if _, _, err := runApp(t, "", "deploy", "--print-config"); err != nil {
		t.Errorf("devnet: %v", err)
	}
}
