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

func TestBytes(t *testing.T) {
	for _, c := range []struct{ in, want string }{{"0x", `"0x"`}, {"0xA9059CBB00", `"0xa9059cbb00"`}} {
		b, err := model.UnmarshalBytes(c.in)
		if err != nil {
			t.Fatalf("UnmarshalBytes(%q): %v", c.in, err)
		}
		var buf bytes.Buffer
		model.MarshalBytes(b).MarshalGQL(&buf)
		if buf.String() != c.want {
			t.Errorf("bytes %q: got %s, want %s", c.in, buf.String(), c.want)
		}
	}
	for _, bad := range []any{"", "0", "0x0", "a9", "0xzz", 7, nil} {
		if _, err := model.UnmarshalBytes(bad); err == nil || !strings.Contains(err.Error(), "bytes") {
			t.Errorf("UnmarshalBytes(%#v): err %v, want a bytes error", bad, err)
		}
	}
}

func TestEnums(t *testing.T) {
	var s model.ConsentStatus
	if err := s.UnmarshalGQL("REVOKED"); err != nil || s != model.ConsentRevoked || !s.IsValid() {
		t.Fatalf("ConsentStatus REVOKED: %q, %v", s, err)
	}
	var buf bytes.Buffer
	s.MarshalGQL(&buf)
	if buf.String() != `"REVOKED"` {
		t.Fatalf("ConsentStatus marshals as %s", buf.String())
	}
	var p model.ProposalState
	if err := p.UnmarshalGQL("QUEUED"); err != nil || p != model.ProposalQueued || !p.IsValid() {
		t.Fatalf("ProposalState QUEUED: %q, %v", p, err)
	}
	for _, bad := range []any{"revoked", "", "PENDING", 1} {
		if err := s.UnmarshalGQL(bad); err == nil || s != model.ConsentRevoked {
			t.Errorf("ConsentStatus %#v: err %v, now %q", bad, err, s)
		}
	}
	if err := p.UnmarshalGQL("ACTIVATED"); err == nil || model.ProposalState("ACTIVATED").IsValid() {
		t.Errorf("ProposalState ACTIVATED accepted: %v", err)
	}
}
