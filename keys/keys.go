// Package keys loads the signing keys Bevan's commands use: go-ethereum keystore files (scrypt) with a password
// from a file or an environment variable, or, for development only, a raw hex key from an environment variable.
// Passwords and keys are never printed or logged.
package keys

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

// Source says where a key comes from. Exactly one of Keystore and RawEnv is used; Keystore wins when both are set.
type Source struct {
	// Keystore is a keystore (V3 JSON) file.
	Keystore string
	// PasswordFile holds the keystore password (trailing newline trimmed); PasswordEnv names an environment
	// variable holding it. PasswordFile wins when both are set.
	PasswordFile string
	PasswordEnv  string
	// RawEnv names an environment variable holding a hex private key (development only).
	RawEnv string
}

// ErrNoKey means no key source was configured.
var ErrNoKey = errors.New("no key: give a keystore file (with a password file or env) or, for development, a raw key in an environment variable")

// Load returns the private key the source names.
func (s Source) Load() (*ecdsa.PrivateKey, error) {
	if s.Keystore != "" {
		raw, err := os.ReadFile(s.Keystore)
		if err != nil {
			return nil, fmt.Errorf("read keystore: %w", err)
		}
		pw, err := s.password()
		if err != nil {
			return nil, err
		}
		k, err := keystore.DecryptKey(raw, pw)
		if err != nil {
			return nil, fmt.Errorf("decrypt keystore %s: %w", s.Keystore, err)
		}
		return k.PrivateKey, nil
	}
	if s.RawEnv != "" {
		v := strings.TrimSpace(os.Getenv(s.RawEnv))
		if v == "" {
			return nil, fmt.Errorf("environment variable %s is empty: %w", s.RawEnv, ErrNoKey)
		}
		k, err := crypto.HexToECDSA(strings.TrimPrefix(v, "0x"))
		if err != nil {
			return nil, fmt.Errorf("environment variable %s does not hold a hex private key: %w", s.RawEnv, err)
		}
		return k, nil
	}
	return nil, ErrNoKey
}

func (s Source) password() (string, error) {
	if s.PasswordFile != "" {
		raw, err := os.ReadFile(s.PasswordFile)
		if err != nil {
			return "", fmt.Errorf("read password file: %w", err)
		}
		return strings.TrimRight(string(raw), "\r\n"), nil
	}
	if s.PasswordEnv != "" {
		if v, ok := os.LookupEnv(s.PasswordEnv); ok {
			return v, nil
		}
		return "", fmt.Errorf("keystore password: environment variable %s is not set", s.PasswordEnv)
	}
	return "", errors.New("keystore password: give a password file or a password environment variable")
}
