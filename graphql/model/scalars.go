package model

import (
	"encoding/hex"
	"fmt"
	"io"

	"github.com/99designs/gqlgen/graphql"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// MarshalAddress writes an address as a JSON string of lowercase 0x hex (not the EIP-55 checksum case), the form
// every address in the API takes.
func MarshalAddress(a common.Address) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) { writeHex(w, a[:]) })
}

// UnmarshalAddress reads an address strictly: a string of 0x and exactly 40 hex digits (either case of digit).
func UnmarshalAddress(v any) (common.Address, error) {
	var a common.Address
	return a, parseHex(v, "address", a[:])
}

// MarshalHash writes a 32-byte hash as a JSON string of lowercase 0x hex.
func MarshalHash(h common.Hash) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) { writeHex(w, h[:]) })
}

// UnmarshalHash reads a 32-byte hash strictly: a string of 0x and exactly 64 hex digits (either case of digit).
func UnmarshalHash(v any) (common.Hash, error) {
	var h common.Hash
	return h, parseHex(v, "hash", h[:])
}

// MarshalBytes writes bytes as a JSON string of lowercase 0x hex ("0x" when empty).
func MarshalBytes(b hexutil.Bytes) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) { _, _ = w.Write(AppendHex(nil, b)) })
}

// UnmarshalBytes reads bytes strictly: a string of 0x and an even number of hex digits.
func UnmarshalBytes(v any) (hexutil.Bytes, error) {
	s, ok := v.(string)
	if !ok || len(s) < 2 || s[:2] != "0x" || len(s)%2 != 0 {
		return nil, fmt.Errorf("bytes must be a string of 0x and an even number of hex digits")
	}
	b, err := hex.DecodeString(s[2:])
	if err != nil {
		return nil, fmt.Errorf("bytes %.80q must be 0x and hex digits: %w", s, err)
	}
	return b, nil
}

// AppendHex appends b as a JSON string of lowercase 0x hex.
func AppendHex(dst, b []byte) []byte {
	dst = append(dst, '"', '0', 'x')
	dst = hex.AppendEncode(dst, b)
	return append(dst, '"')
}

func writeHex(w io.Writer, b []byte) {
	var buf [2*32 + 4]byte
	_, _ = w.Write(AppendHex(buf[:0], b))
}

func parseHex(v any, what string, dst []byte) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("%s must be a string of 0x and %d hex digits, not %T", what, 2*len(dst), v)
	}
	if len(s) != 2+2*len(dst) || s[:2] != "0x" {
		return fmt.Errorf("%s %.80q must be 0x and %d hex digits", what, s, 2*len(dst))
	}
	if _, err := hex.Decode(dst, []byte(s[2:])); err != nil {
		return fmt.Errorf("%s %.80q must be 0x and %d hex digits: %w", what, s, 2*len(dst), err)
	}
	return nil
}
