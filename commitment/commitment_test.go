package commitment

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestCommitmentIsSaltedAndChecks(t *testing.T) {
	data := []byte("unconscious in A&E")
	s1, c1, err := New(data)
	if err != nil {
		t.Fatal(err)
	}
	s2, c2, err := New(data)
	if err != nil {
		t.Fatal(err)
	}
	if s1 == s2 || c1 == c2 || s1.IsZero() {
		t.Fatal("two commitments to the same data are equal: the salt is not fresh")
	}
	if c1 == crypto.Keccak256Hash(data) {
		t.Fatal("the commitment is the unsalted hash")
	}
	if Of(s1, data) != c1 || c1 != crypto.Keccak256Hash(append(s1[:], data...)) {
		t.Fatal("commitment is not keccak256(salt ‖ data)")
	}
	if Of(s1, []byte("unconscious in A&E.")) == c1 {
		t.Fatal("other data, same commitment")
	}
}

func TestSaltText(t *testing.T) {
	s, err := NewSalt()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := json.Marshal(struct{ S Salt }{s})
	if err != nil {
		t.Fatal(err)
	}
	var back struct{ S Salt }
	if err := json.Unmarshal(raw, &back); err != nil || back.S != s {
		t.Fatalf("round trip: %v %s", err, raw)
	}
	for _, bad := range []string{"", "0x", "0x12", s.Hex()[2:], s.Hex() + "00", "0x" + string(make([]byte, 64))} {
		if _, err := ParseSalt(bad); err == nil {
			t.Errorf("ParseSalt(%q) accepted", bad)
		}
	}
	if (Salt{}).Check() == nil || s.Check() != nil {
		t.Fatal("Check")
	}
}

func TestKeyedIsHMACSHA256(t *testing.T) {
	key := []byte("custodian secret")
	m := hmac.New(sha256.New, key)
	m.Write([]byte("ab"))
	if got := Keyed(key, []byte("a"), []byte("b")); got.Hex()[2:] != (func() string { b := m.Sum(nil); return hexString(b) })() {
		t.Fatalf("Keyed = %s", got.Hex())
	}
	if Keyed([]byte("other"), []byte("ab")) == Keyed(key, []byte("ab")) {
		t.Fatal("the key does not change the id")
	}
}

func hexString(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, digits[c>>4], digits[c&15])
	}
	return string(out)
}

func TestIdentityIsKeyedAndStable(t *testing.T) {
	key := bytes.Repeat([]byte{7}, MinIdentityKey)
	c, err := Identity(key, "nhs-number:9990001234")
	if err != nil {
		t.Fatal(err)
	}
	again, _ := Identity(key, "nhs-number:9990001234")
	other, _ := Identity(bytes.Repeat([]byte{8}, MinIdentityKey), "nhs-number:9990001234")
	otherPerson, _ := Identity(key, "nhs-number:9990001235")
	if c != again || c == other || c == otherPerson {
		t.Fatal("the commitment must be stable for one key and person, and differ for another key or person")
	}
	for _, unkeyed := range [][]byte{crypto.Keccak256([]byte("9990001234")), sha256Sum("9990001234"), sha256Sum("nhs-number:9990001234")} {
		if bytes.Equal(c[:], unkeyed) {
			t.Fatal("the commitment is an unkeyed hash")
		}
	}
	for _, bad := range [][]byte{nil, make([]byte, MinIdentityKey), bytes.Repeat([]byte{7}, MinIdentityKey-1)} {
		if _, err := Identity(bad, "sub:x"); err != ErrShortKey {
			t.Errorf("key of %d bytes: err %v, want ErrShortKey", len(bad), err)
		}
	}
	if _, err := Identity(key, ""); err == nil {
		t.Error("empty subject accepted")
	}
}

func sha256Sum(s string) []byte { h := sha256.Sum256([]byte(s)); return h[:] }
