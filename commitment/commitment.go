// Package commitment makes the salted and keyed hashes Bevan puts on chain, so that no on-chain hash can be guessed
// from what it commits to.
//
// A commitment to data is keccak256(salt ‖ data) with a fresh 32-byte random salt: without the salt, trying every
// candidate (every blood-pressure value, every NHS number, every short reason phrase) finds nothing, because each
// guess must also guess 256 random bits. With the salt, anyone holding the data can check the commitment. Deleting
// the salt (crypto-shredding) leaves the on-chain hash meaningless.
//
// A keyed id is HMAC-SHA256(key, message): stable for the key's holder, unguessable and unlinkable for anyone else.
package commitment

import (
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// Salt is 32 random bytes mixed into a commitment. Its text form is 0x and 64 hex digits.
type Salt [32]byte

// ErrZeroSalt: a salt (or key) of all zero bytes, which is what an unset field holds, never a random one.
var ErrZeroSalt = errors.New("salt is zero (unset)")

// NewSalt returns 32 bytes from the operating system's random source.
func NewSalt() (Salt, error) {
	var s Salt
	if _, err := rand.Read(s[:]); err != nil {
		return Salt{}, fmt.Errorf("random salt: %w", err)
	}
	return s, nil
}

// IsZero reports whether s is unset.
func (s Salt) IsZero() bool { return s == Salt{} }

// Check returns ErrZeroSalt for an unset salt.
func (s Salt) Check() error {
	if s.IsZero() {
		return ErrZeroSalt
	}
	return nil
}

// Hex is 0x and 64 lower-case hex digits.
func (s Salt) Hex() string { return hexutil.Encode(s[:]) }

// MarshalText encodes the salt as 0x-prefixed hex.
func (s Salt) MarshalText() ([]byte, error) { return []byte(s.Hex()), nil }

// UnmarshalText decodes 0x and 64 hex digits.
func (s *Salt) UnmarshalText(text []byte) error {
	raw, err := hexutil.Decode(string(text))
	if err != nil || len(raw) != len(s) {
		return fmt.Errorf("salt %q: want 0x and 64 hex digits", text)
	}
	copy(s[:], raw)
	return nil
}

// ParseSalt decodes 0x and 64 hex digits.
func ParseSalt(s string) (Salt, error) {
	var out Salt
	err := out.UnmarshalText([]byte(s))
	return out, err
}

// Of is the commitment keccak256(salt ‖ data).
func Of(salt Salt, data []byte) common.Hash {
	return crypto.Keccak256Hash(salt[:], data)
}

// New draws a fresh salt and returns it with the commitment to data.
func New(data []byte) (Salt, common.Hash, error) {
	s, err := NewSalt()
	if err != nil {
		return Salt{}, common.Hash{}, err
	}
	return s, Of(s, data), nil
}

// Keyed is HMAC-SHA256(key, parts[0] ‖ parts[1] ‖ ...), as a 32-byte hash.
func Keyed(key []byte, parts ...[]byte) common.Hash {
	m := hmac.New(sha256.New, key)
	for _, p := range parts {
		m.Write(p)
	}
	return common.BytesToHash(m.Sum(nil))
}

// MinIdentityKey is the shortest attester secret Identity accepts: 32 bytes, as random as a salt.
const MinIdentityKey = 32

// ErrShortKey: an attester secret shorter than MinIdentityKey bytes (or all zero).
var ErrShortKey = errors.New("attester secret: want at least 32 random bytes")

// Identity is an identity attester's keyed commitment to a person: HMAC-SHA256(key, "bevan identity v1" ‖ 0x00 ‖
// subject), where subject names the person as the attester verified them (package identity: the NHS number, else the
// provider's subject). The same for every wallet of one person under one key; without the key, an NHS number cannot be
// tested against it (an unkeyed hash of the 10-digit NHS number space falls to a brute-force search in seconds).
func Identity(key []byte, subject string) (common.Hash, error) {
	if len(key) < MinIdentityKey || bytes.Count(key, []byte{0}) == len(key) {
		return common.Hash{}, ErrShortKey
	}
	if subject == "" {
		return common.Hash{}, errors.New("identity commitment: empty subject")
	}
	return Keyed(key, []byte("bevan identity v1"), []byte{0}, []byte(subject)), nil
}
