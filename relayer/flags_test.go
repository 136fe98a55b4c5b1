package relayer

import (
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/relayer/admission"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"
)

// The flags read into a Config: txmgr's come with L2 defaults, read their BEVAN_RELAYER_ variables, and the names
// the relayer had before still work.
func TestReadCLIConfig(t *testing.T) {
	key, _ := crypto.GenerateKey()
	t.Setenv("BEVAN_TEST_FLAGS_KEY", hexutil.Encode(crypto.FromECDSA(key)))
	t.Setenv("BEVAN_RELAYER_NUM_CONFIRMATIONS", "2")
	t.Setenv("BEVAN_RELAYER_WORKERS", "7")
	dir := t.TempDir()
	apps, wallets := filepath.Join(dir, "apps.json"), filepath.Join(dir, "wallets.txt")
	if err := os.WriteFile(apps, []byte(`{"apps": [{"name": "nhs-app", "keySha256": "`+admission.HashKey("k")+`", "requestsPerMinute": 600, "budgetGweiPerDay": 5}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(wallets, []byte("# trusts\n0x00000000000000000000000000000000000000aa  # RJ1\n\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("BEVAN_RELAYER_APP_KEYS", apps)
	run := func(args ...string) Config {
		t.Helper()
		var cfg Config
		app := &cli.App{Name: "relayer", Flags: CLIFlags(EnvVarPrefix), Writer: io.Discard, ErrWriter: io.Discard,
			Action: func(c *cli.Context) error {
				var err error
				cfg, err = ReadCLIConfig(c, devnettest.Log())
				return err
			}}
		if err := app.Run(append([]string{"relayer", "--manifest", "m.json", "--raw-key-env", "BEVAN_TEST_FLAGS_KEY"}, args...)); err != nil {
			t.Fatal(err)
		}
		return cfg
	}
	cfg := run()
	if cfg.Tx.NumConfirmations != 2 || cfg.Workers != 7 {
		t.Fatalf("environment not read: confirmations %d, workers %d", cfg.Tx.NumConfirmations, cfg.Workers)
	}
	if cfg.Tx.ReceiptQueryInterval != TxDefaults.ReceiptQueryInterval || cfg.Tx.TxSendTimeout != TxDefaults.TxSendTimeout ||
		cfg.Tx.MinTipCapGwei != 0 || cfg.Tx.L1RPCURL != cfg.RPCURL {
		t.Fatalf("txmgr settings are not the L2 defaults: %+v", cfg.Tx)
	}
	if cfg.Key == nil || crypto.PubkeyToAddress(cfg.Key.PublicKey) != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatal("key not read from --raw-key-env")
	}
	a := cfg.Admission
	if len(a.Apps) != 1 || a.Apps[0].Name != "nhs-app" || a.Apps[0].RequestsPerMinute != 600 || a.Apps[0].BudgetGweiPerDay != 5 ||
		a.Anonymous || len(a.TrustedProxies) != 0 || len(a.Wallets) != 0 {
		t.Fatalf("sponsorship: %+v", a)
	}
	cfg = run("--allow-wallets", wallets, "--allow-unauthenticated", "--client-requests-per-minute", "3", "--trusted-proxies", "10.0.0.0/8, 192.168.1.1")
	a = cfg.Admission
	if len(a.Wallets) != 1 || a.Wallets[0] != common.HexToAddress("0xaa") || !a.Anonymous || a.AnonymousLimits.RequestsPerMinute != 3 ||
		len(a.TrustedProxies) != 2 || a.TrustedProxies[1].String() != "192.168.1.1/32" {
		t.Fatalf("sponsorship: %+v", a)
	}
	cfg = run("--receipt-interval", "250ms", "--txmgr.send-timeout", "1m", "--resubmission-timeout", "4s")
	if cfg.Tx.ReceiptQueryInterval != 250*time.Millisecond || cfg.Tx.TxSendTimeout != time.Minute || cfg.Tx.ResubmissionTimeout != 4*time.Second {
		t.Fatalf("txmgr flags: %+v", cfg.Tx)
	}
	cfg = run("--private-key", hexutil.Encode(crypto.FromECDSA(key))[2:])
	if cfg.SignerFactory == nil || cfg.SignerAddress != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatal("txmgr's --private-key not used as the relayer key")
	}
}
