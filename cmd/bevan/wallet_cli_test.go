package main

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// runApp runs bevan's cli.App in-process with stdin, returning stdout and stderr.
func runApp(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	app := newApp()
	var out, errOut bytes.Buffer
	app.Reader, app.Writer, app.ErrWriter = strings.NewReader(stdin), &out, &errOut
	err := app.Run(append([]string{"bevan"}, args...))
	return out.String(), errOut.String(), err
}

// scryptN reads the scrypt cost parameter of a keystore file.
func scryptN(t *testing.T, path string) int {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Crypto struct {
			KDF       string `json:"kdf"`
			KDFParams struct {
				N int `json:"n"`
			} `json:"kdfparams"`
		} `json:"crypto"`
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatal(err)
	}
	if f.Crypto.KDF != "scrypt" {
		t.Fatalf("kdf %q", f.Crypto.KDF)
	}
	return f.Crypto.KDFParams.N
}

func TestWalletCommands(t *testing.T) {
	home := t.TempDir()
	t.Setenv("BEVAN_HOME", home)
	t.Setenv("BEVAN_KEYSTORE", "")
	t.Setenv("BEVAN_WALLET", "")
	const password = "correct horse battery staple"
	t.Setenv("BEVAN_TEST_PW", password)
	ksDir := filepath.Join(home, "keystore")
	secrets := []string{password}
	noSecrets := func(name string, outs ...string) {
		t.Helper()
		for _, o := range outs {
			for _, s := range secrets {
				if strings.Contains(strings.ToLower(o), strings.ToLower(s)) {
					t.Fatalf("%s printed a secret:\n%s", name, o)
				}
			}
		}
	}

	// An empty keystore.
	out, _, err := runApp(t, "", "wallet", "list")
	if err != nil || !strings.Contains(out, "no wallets in "+ksDir) {
		t.Fatalf("empty list: %v\n%s", err, out)
	}
	if _, _, err := runApp(t, "", "wallet", "address"); err == nil || !strings.Contains(err.Error(), "bevan wallet new") {
		t.Fatalf("address with no wallet: %v", err)
	}

	// new, in $BEVAN_HOME/keystore, with the password from an env var, light scrypt.
	out, errOut, err := runApp(t, "", "wallet", "new", "--light-kdf", "--password-env", "BEVAN_TEST_PW", "--json")
	if err != nil {
		t.Fatal(err)
	}
	noSecrets("new", out, errOut)
	var created walletJSON
	if err := json.Unmarshal([]byte(out), &created); err != nil {
		t.Fatalf("new --json: %v\n%s", err, out)
	}
	if filepath.Dir(created.Path) != ksDir {
		t.Fatalf("wallet written to %s, want in %s", created.Path, ksDir)
	}
	if st, err := os.Stat(ksDir); err != nil || st.Mode().Perm() != 0o700 {
		t.Fatalf("keystore directory: %v %v", st.Mode(), err)
	}
	if n := scryptN(t, created.Path); n != keystore.LightScryptN {
		t.Fatalf("--light-kdf: scrypt N %d", n)
	}
	raw, _ := os.ReadFile(created.Path)
	k, err := keystore.DecryptKey(raw, password)
	if err != nil || k.Address != created.Address {
		t.Fatalf("decrypt the new wallet: %v", err)
	}
	if _, err := keystore.DecryptKey(raw, "wrong"); err == nil {
		t.Fatal("wrong password decrypts")
	}
	// With one wallet, address needs no --wallet; --check decrypts it.
	out, _, err = runApp(t, "", "wallet", "address")
	if err != nil || strings.TrimSpace(out) != created.Address.Hex() {
		t.Fatalf("address: %v %q", err, out)
	}
	if _, _, err := runApp(t, "", "wallet", "address", "--check", "--password-env", "BEVAN_TEST_PW"); err != nil {
		t.Fatalf("address --check: %v", err)
	}
	t.Setenv("BEVAN_TEST_WRONG", "nope")
	if _, _, err := runApp(t, "", "wallet", "address", "--check", "--password-env", "BEVAN_TEST_WRONG"); err == nil ||
		!strings.Contains(err.Error(), "could not decrypt") {
		t.Fatalf("address --check with a wrong password: %v", err)
	}

	// import from standard input, password from a file, into an explicit --keystore; the key is never echoed.
	key, _ := crypto.GenerateKey()
	keyHex := hex.EncodeToString(crypto.FromECDSA(key))
	secrets = append(secrets, keyHex, keyHex[:16])
	pwFile := filepath.Join(t.TempDir(), "pw")
	if err := os.WriteFile(pwFile, []byte(password+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(t.TempDir(), "ks")
	out, errOut, err = runApp(t, "0x"+keyHex+"\n", "wallet", "import", "--keystore", other, "--light-kdf", "--password-file", pwFile)
	if err != nil {
		t.Fatal(err)
	}
	noSecrets("import", out, errOut)
	want := crypto.PubkeyToAddress(key.PublicKey)
	if !strings.Contains(out, "imported wallet "+want.Hex()) {
		t.Fatalf("import: %s", out)
	}
	_, _, err = runApp(t, keyHex, "wallet", "import", "--keystore", other, "--light-kdf", "--password-file", pwFile)
	if err == nil || !strings.Contains(err.Error(), "already in") {
		t.Fatalf("duplicate import: %v", err)
	}
	noSecrets("duplicate import", err.Error())
	// The key on the command line is refused; a malformed key is refused without quoting it.
	if _, _, err := runApp(t, "", "wallet", "import", "--keystore", other, "--password-file", pwFile, keyHex); err == nil {
		t.Fatal("key on the command line accepted")
	} else {
		noSecrets("argv import", err.Error())
	}
	bad := keyHex[:60] + "zzzz"
	secrets = append(secrets, bad[50:])
	if _, _, err := runApp(t, bad, "wallet", "import", "--keystore", other, "--password-file", pwFile); err == nil ||
		!strings.Contains(err.Error(), "64 hex digits") {
		t.Fatalf("malformed key: %v", err)
	} else {
		noSecrets("malformed key", err.Error())
	}
	// import from --key-file into the default keystore, standard scrypt parameters.
	key2, _ := crypto.GenerateKey()
	keyFile := filepath.Join(t.TempDir(), "key.hex")
	if err := os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(key2))), 0o600); err != nil {
		t.Fatal(err)
	}
	out, _, err = runApp(t, "", "wallet", "import", "--key-file", keyFile, "--password-env", "BEVAN_TEST_PW", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var imported walletJSON
	if err := json.Unmarshal([]byte(out), &imported); err != nil || imported.Address != crypto.PubkeyToAddress(key2.PublicKey) {
		t.Fatalf("import --key-file: %v %s", err, out)
	}
	if n := scryptN(t, imported.Path); n != keystore.StandardScryptN {
		t.Fatalf("default scrypt N %d, want %d", n, keystore.StandardScryptN)
	}

	// list shows both wallets of the default keystore; address needs --wallet now.
	out, _, err = runApp(t, "", "wallet", "list", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var listed []walletJSON
	if err := json.Unmarshal([]byte(out), &listed); err != nil || len(listed) != 2 {
		t.Fatalf("list --json: %v %s", err, out)
	}
	got := map[common.Address]bool{listed[0].Address: true, listed[1].Address: true}
	if !got[created.Address] || !got[imported.Address] {
		t.Fatalf("list: %s", out)
	}
	out, _, err = runApp(t, "", "wallet", "list")
	if err != nil || !strings.Contains(out, created.Address.Hex()+"  "+created.Path) {
		t.Fatalf("list: %v\n%s", err, out)
	}
	if _, _, err := runApp(t, "", "wallet", "address"); err == nil || !strings.Contains(err.Error(), "--wallet") {
		t.Fatalf("address with two wallets: %v", err)
	}
	out, _, err = runApp(t, "", "wallet", "address", "--wallet", imported.Address.Hex(), "--json")
	var selected walletJSON
	if err != nil || json.Unmarshal([]byte(out), &selected) != nil || selected.Address != imported.Address || selected.Path != imported.Path {
		t.Fatalf("address --wallet: %v %s", err, out)
	}
	t.Setenv("BEVAN_WALLET", created.Address.Hex())
	out, _, err = runApp(t, "", "wallet", "address")
	if err != nil || strings.TrimSpace(out) != created.Address.Hex() {
		t.Fatalf("BEVAN_WALLET: %v %s", err, out)
	}
	if _, _, err := runApp(t, "", "wallet", "address", "--wallet", want.Hex()); err == nil || !strings.Contains(err.Error(), "is not in") {
		t.Fatalf("unknown wallet: %v", err)
	}

	// Password sources that fail say so.
	if _, _, err := runApp(t, "", "wallet", "new", "--light-kdf", "--password-env", "BEVAN_TEST_UNSET_VAR"); err == nil ||
		!strings.Contains(err.Error(), "BEVAN_TEST_UNSET_VAR") {
		t.Fatalf("unset password env: %v", err)
	}
	empty := filepath.Join(t.TempDir(), "empty")
	_ = os.WriteFile(empty, []byte("\n"), 0o600)
	if _, _, err := runApp(t, "", "wallet", "new", "--light-kdf", "--password-file", empty); err == nil || !strings.Contains(err.Error(), "empty") {
		t.Fatalf("empty password file: %v", err)
	}
}

// TestWalletPasswordPrompt drives the interactive prompt through a pseudo-terminal (util-linux script(1)): the
// password is asked twice, not echoed, and encrypts the wallet.
func TestWalletPasswordPrompt(t *testing.T) {
	scriptBin, err := exec.LookPath("script")
	if err != nil {
		t.Skip("script(1) is not installed: no pseudo-terminal to test the prompt on")
	}
	bin := devnettest.Bevan(t)
	ksDir := filepath.Join(t.TempDir(), "ks")
	const password = "prompted-secret-42"
	run := func(answers ...string) (string, error) {
		cmd := exec.Command(scriptBin, "-qec", bin+" wallet new --light-kdf --json --keystore "+ksDir, "/dev/null")
		stdin, err := cmd.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		var out devnettest.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		for i, a := range answers {
			prompt := []string{"Wallet password:", "Repeat password:"}[i]
			deadline := time.Now().Add(20 * time.Second)
			for !strings.Contains(out.String(), prompt) {
				if time.Now().After(deadline) {
					_ = cmd.Process.Kill()
					t.Fatalf("no %q prompt:\n%s", prompt, out.String())
				}
				time.Sleep(20 * time.Millisecond)
			}
			time.Sleep(200 * time.Millisecond) // let the prompt turn echo off
			if _, err := io.WriteString(stdin, a+"\n"); err != nil {
				t.Fatal(err)
			}
		}
		err = cmd.Wait()
		return out.String(), err
	}
	out, err := run(password, password)
	if err != nil {
		t.Fatalf("wallet new: %v\n%s", err, out)
	}
	if strings.Contains(out, password) {
		t.Fatalf("the password was echoed:\n%s", out)
	}
	i := strings.Index(out, "{")
	var created walletJSON
	if i < 0 || json.Unmarshal([]byte(strings.TrimSpace(out[i:])), &created) != nil {
		t.Fatalf("no JSON in:\n%s", out)
	}
	raw, err := os.ReadFile(created.Path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := keystore.DecryptKey(raw, password); err != nil {
		t.Fatalf("the wallet does not open with the prompted password: %v", err)
	}
	out, err = run(password, password+"x")
	if err == nil || !strings.Contains(out, "passwords do not match") || strings.Contains(out, password) {
		t.Fatalf("mismatched passwords: %v\n%s", err, out)
	}
}
