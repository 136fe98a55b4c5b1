package keys

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestKeystoreAndRawEnv(t *testing.T) {
	dir := t.TempDir()
	ks := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP)
	acct, err := ks.NewAccount("s3cret")
	if err != nil {
		t.Fatal(err)
	}
	pwFile := filepath.Join(dir, "pw")
	if err := os.WriteFile(pwFile, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	k, err := Source{Keystore: acct.URL.Path, PasswordFile: pwFile}.Load()
	if err != nil {
		t.Fatal(err)
	}
	if crypto.PubkeyToAddress(k.PublicKey) != acct.Address {
		t.Fatal("wrong key from keystore")
	}
	t.Setenv("TEST_PW", "wrong")
	if _, err := (Source{Keystore: acct.URL.Path, PasswordEnv: "TEST_PW"}).Load(); err == nil {
		t.Fatal("wrong password accepted")
	}
	if _, err := (Source{Keystore: acct.URL.Path}).Load(); err == nil {
		t.Fatal("keystore without password source accepted")
	}
	t.Setenv("TEST_KEY", "0x"+"01"+"00000000000000000000000000000000000000000000000000000000000000"[:62])
	if _, err := (Source{RawEnv: "TEST_KEY"}).Load(); err != nil {
		t.Fatalf("raw key: %v", err)
	}
	t.Setenv("TEST_KEY", "not-hex")
	if _, err := (Source{RawEnv: "TEST_KEY"}).Load(); err == nil {
		t.Fatal("bad raw key accepted")
	}
	if _, err := (Source{}).Load(); !errors.Is(err, ErrNoKey) {
		t.Fatalf("want ErrNoKey, got %v", err)
	}
}
