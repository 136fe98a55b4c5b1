package api

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"
)

var knownCodes = map[Code]bool{CodeMalformedJSON: true, CodeUnknownField: true, CodeBodyTooLarge: true}

// FuzzDecodeForward: decoding never panics, fails only with a decoding code, and whatever decodes re-encodes to a
// body that decodes to the same value.
func FuzzDecodeForward(f *testing.F) {
	f.Add([]byte(`{"chainId":901,"forwarder":"0x5FbDB2315678afecb367f032d93F642f64180aa3","request":{"from":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8","to":"0x5FbDB2315678afecb367f032d93F642f64180aa3","gas":300000,"nonce":"0","deadline":1900000000,"data":"0x1234abcd"},"signature":"0x00"}`))
	f.Add([]byte(`{"chainId":1,"extra":true}`))
	f.Add([]byte(`{"request":{"nonce":"115792089237316195423570985008687907853269984665640564039457584007913129639936"}}`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"signature":"0xzz"}`))
	f.Add([]byte(`{} {}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		v, err := DecodeBytes[Forward](raw)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || !knownCodes[e.Code] || e.Message == "" {
				t.Fatalf("decode error %v is not a decoding *Error", err)
			}
			return
		}
		// Conversion either fails cleanly or yields a request within uint48 deadline and 256-bit nonce.
		if m, err := v.Request.Meta(); err == nil {
			if m.Deadline >= 1<<48 || m.Nonce.BitLen() > 256 || m.Nonce.Sign() < 0 {
				t.Fatalf("Meta accepted an out-of-range request: %+v", m)
			}
		}
		again, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		w, err := DecodeBytes[Forward](again)
		if err != nil {
			t.Fatalf("re-encoded body does not decode: %v\n%s", err, again)
		}
		// (absent bytes decode as nil and re-encode as "0x": compare the encodings)
		third, _ := json.Marshal(w)
		if !reflect.DeepEqual(again, third) {
			t.Fatalf("round trip changed the request:\n%s\n%s", again, third)
		}
	})
}

// FuzzDecodeVote: the same for ballots.
func FuzzDecodeVote(f *testing.F) {
	f.Add([]byte(`{"chainId":901,"governor":"0x5FbDB2315678afecb367f032d93F642f64180aa3","ballot":{"proposalId":"1","support":1,"voter":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8","nonce":"0"},"signature":"0x"}`))
	f.Add([]byte(`{"ballot":{"support":300}}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		v, err := DecodeBytes[Vote](raw)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || !knownCodes[e.Code] {
				t.Fatalf("decode error %v is not a decoding *Error", err)
			}
			return
		}
		if b, err := v.Ballot.Meta(); err == nil && (b.Support > 2 || b.ProposalID.Sign() < 0) {
			t.Fatalf("Meta accepted an invalid ballot: %+v", b)
		}
	})
}

func TestParseUint256(t *testing.T) {
	for s, ok := range map[string]bool{"0": true, "12": true, "0x1f": true, "": false, "-1": false, "+1": false,
		"1e3": false, "115792089237316195423570985008687907853269984665640564039457584007913129639935": true,
		"115792089237316195423570985008687907853269984665640564039457584007913129639936": false} {
		if _, err := ParseUint256("v", s); (err == nil) != ok {
			t.Errorf("ParseUint256(%q): err %v, want ok=%v", s, err, ok)
		}
	}
}

func TestCodesHaveStatuses(t *testing.T) {
	for _, c := range []Code{CodeMalformedJSON, CodeBadSignature, CodeTargetNotAllowed, CodeNonceReplayed,
		CodeBodyTooLarge, CodeWouldRevert, CodeRateLimited, CodeRedisUnavailable, CodeRelayerUnfunded} {
		if s := c.Status(); s < 400 || s > 599 {
			t.Errorf("%s has status %d", c, s)
		}
	}
}
