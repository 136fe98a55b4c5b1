package model_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/bevan-health/bevan/graphql/model"
)

func TestMarshalLowercaseHex(t *testing.T) {
	a := common.HexToAddress("0xAbCdEf0123456789aBcDeF0123456789AbCdEf01")
	var buf bytes.Buffer
	model.MarshalAddress(a).MarshalGQL(&buf)
	if got, want := buf.String(), `"0xabcdef0123456789abcdef0123456789abcdef01"`; got != want {
		t.Fatalf("address: got %s, want %s", got, want)
	}
	h := common.HexToHash("0xFF00000000000000000000000000000000000000000000000000000000000A0b")
	buf.Reset()
	model.MarshalHash(h).MarshalGQL(&buf)
	if got, want := buf.String(), `"0xff00000000000000000000000000000000000000000000000000000000000a0b"`; got != want {
		t.Fatalf("hash: got %s, want %s", got, want)
	}
}

func TestUnmarshalStrict(t *testing.T) {
	good := "0xAbCdEf0123456789aBcDeF0123456789AbCdEf01"
	a, err := model.UnmarshalAddress(good)
	if err != nil || a != common.HexToAddress(good) {
		t.Fatalf("UnmarshalAddress(%q) = %s, %v", good, a.Hex(), err)
	}
	h, err := model.UnmarshalHash("0x" + strings.Repeat("ab", 32))
	if err != nil || h != common.HexToHash("0x"+strings.Repeat("ab", 32)) {
		t.Fatalf("UnmarshalHash = %s, %v", h.Hex(), err)
	}
	for _, bad := range []any{
		"", "0x", good[2:] + "00", good[:41], good + "0", "0X" + good[2:], "0x" + strings.Repeat("g", 40), " " + good[:41], 42, nil,
	} {
		if _, err := model.UnmarshalAddress(bad); err == nil || !strings.Contains(err.Error(), "address") {
			t.Errorf("UnmarshalAddress(%#v): err %v, want an address error", bad, err)
		}
	}
	for _, bad := range []any{good, "0x" + strings.Repeat("ab", 31), "0x" + strings.Repeat("ab", 33), "0x" + strings.Repeat("zz", 32), 1.5} {
		if _, err := model.UnmarshalHash(bad); err == nil || !strings.Contains(err.Error(), "hash") {
			t.Errorf("UnmarshalHash(%#v): err %v, want a hash error", bad, err)
		}
	}
}
