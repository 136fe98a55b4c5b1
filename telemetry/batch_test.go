package telemetry_test

import (
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/commitment"
	"github.com/bevan-health/bevan/merkle"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

var (
	domain = telemetry.Domain{ChainID: big.NewInt(901), Registry: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	now    = time.Unix(1_800_000_000, 0)
)

func fridgeBatch(t *testing.T, key *ecdsa.PrivateKey, seq uint64, celsius ...int64) *telemetry.Signed {
	t.Helper()
	b := &telemetry.Batch{Sequence: seq}
	for i, c := range celsius {
		b.Readings = append(b.Readings, telemetry.Reading{Time: uint64(now.Unix()) - uint64(60*(len(celsius)-i)),
			Code: telemetry.CodeRoomTemperature, ValueMilli: c, Unit: "Cel"})
	}
	s, err := b.Sign(key, domain)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestDigestMatchesGethTypedData checks the hand-written EIP-712 encoding against go-ethereum's independent
// implementation of the standard (the one wallets' eth_signTypedData_v4 uses).
func TestDigestMatchesGethTypedData(t *testing.T) {
	key, _ := crypto.GenerateKey()
	s := fridgeBatch(t, key, 7, 4250, -1500, 9500)
	readings := make([]any, len(s.Readings))
	for i, r := range s.Readings {
		readings[i] = map[string]any{"time": math.NewHexOrDecimal256(int64(r.Time)), "code": r.Code,
			"valueMilli": math.NewHexOrDecimal256(r.ValueMilli), "unit": r.Unit}
	}
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"ReadingBatch": {{Name: "device", Type: "address"}, {Name: "sequence", Type: "uint64"},
				{Name: "readings", Type: "Reading[]"}},
			"Reading": {{Name: "time", Type: "uint48"}, {Name: "code", Type: "string"},
				{Name: "valueMilli", Type: "int64"}, {Name: "unit", Type: "string"}},
		},
		PrimaryType: "ReadingBatch",
		Domain: apitypes.TypedDataDomain{Name: telemetry.DomainName, Version: "1",
			ChainId: math.NewHexOrDecimal256(901), VerifyingContract: domain.Registry.Hex()},
		Message: apitypes.TypedDataMessage{"device": s.Device.Hex(), "sequence": math.NewHexOrDecimal256(7),
			"readings": readings},
	}
	want, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Digest(domain); common.BytesToHash(want) != got {
		t.Fatalf("digest %s, go-ethereum's %x", got, want)
	}
}

func TestVerify(t *testing.T) {
	key, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	s := fridgeBatch(t, key, 1, 4000, 5000)
	if e := s.Check(telemetry.DefaultLimits(), now); e != nil {
		t.Fatal(e)
	}
	if e := s.Verify(domain); e != nil {
		t.Fatal(e)
	}
	for name, tc := range map[string]struct {
		edit func(s *telemetry.Signed)
		d    telemetry.Domain
		want telemetry.Code
	}{
		"another device's key": {func(s *telemetry.Signed) { s.Device = crypto.PubkeyToAddress(other.PublicKey) }, domain, telemetry.CodeBadSignature},
		"value changed":        {func(s *telemetry.Signed) { s.Readings[1].ValueMilli = 4999 }, domain, telemetry.CodeBadSignature},
		"sequence changed":     {func(s *telemetry.Signed) { s.Sequence = 2 }, domain, telemetry.CodeBadSignature},
		"another chain":        {func(*telemetry.Signed) {}, telemetry.Domain{ChainID: big.NewInt(902), Registry: domain.Registry}, telemetry.CodeBadSignature},
		"bad v":                {func(s *telemetry.Signed) { s.Signature[64] = 1 }, domain, telemetry.CodeBadSignature},
		"malleable": {func(s *telemetry.Signed) {
			// (r, n-s, v^1) recovers the same key but is not canonical.
			n := crypto.S256().Params().N
			sv := new(big.Int).Sub(n, new(big.Int).SetBytes(s.Signature[32:64]))
			copy(s.Signature[32:64], common.LeftPadBytes(sv.Bytes(), 32))
			s.Signature[64] ^= 27 ^ 28 // 27 <-> 28
		}, domain, telemetry.CodeMalleableSig},
	} {
		t.Run(name, func(t *testing.T) {
			c := fridgeBatch(t, key, 1, 4000, 5000)
			c.Signature = append([]byte{}, c.Signature...)
			tc.edit(c)
			e := c.Verify(tc.d)
			if e == nil || e.Code != tc.want {
				t.Fatalf("got %v, want %s", e, tc.want)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	key, _ := crypto.GenerateKey()
	lim := telemetry.DefaultLimits()
	lim.MaxReadings = 3
	for name, tc := range map[string]struct {
		edit func(s *telemetry.Signed)
		want telemetry.Code
	}{
		"no device":            {func(s *telemetry.Signed) { s.Device = common.Address{} }, telemetry.CodeInvalidBatch},
		"sequence zero":        {func(s *telemetry.Signed) { s.Sequence = 0 }, telemetry.CodeInvalidBatch},
		"sequence beyond 2^53": {func(s *telemetry.Signed) { s.Sequence = telemetry.MaxSequence + 1 }, telemetry.CodeInvalidBatch},
		"no readings":          {func(s *telemetry.Signed) { s.Readings = nil }, telemetry.CodeInvalidBatch},
		"oversized":            {func(s *telemetry.Signed) { s.Readings = append(s.Readings, s.Readings...) }, telemetry.CodeTooManyReadings},
		"short signature":      {func(s *telemetry.Signed) { s.Signature = s.Signature[:64] }, telemetry.CodeBadSignature},
		"fridge in Fahrenheit": {func(s *telemetry.Signed) { s.Readings[0].Unit = "[degF]" }, telemetry.CodeUnitMismatch},
		"SpO2 as a fraction": {func(s *telemetry.Signed) {
			s.Readings[0] = telemetry.Reading{Time: s.Readings[0].Time, Code: telemetry.CodeSpO2, ValueMilli: 970, Unit: "1"}
		}, telemetry.CodeUnitMismatch},
		"SpO2 over 100 %": {func(s *telemetry.Signed) {
			s.Readings[0] = telemetry.Reading{Time: s.Readings[0].Time, Code: telemetry.CodeSpO2, ValueMilli: 100_001, Unit: "%"}
		}, telemetry.CodeValueOutOfRange},
		"unknown code":      {func(s *telemetry.Signed) { s.Readings[1].Code = "1234-5" }, telemetry.CodeUnknownCode},
		"from the future":   {func(s *telemetry.Signed) { s.Readings[1].Time = uint64(now.Add(time.Hour).Unix()) }, telemetry.CodeTimeOutOfRange},
		"older than a week": {func(s *telemetry.Signed) { s.Readings[1].Time = uint64(now.Add(-8 * 24 * time.Hour).Unix()) }, telemetry.CodeTimeOutOfRange},
	} {
		t.Run(name, func(t *testing.T) {
			s := fridgeBatch(t, key, 3, 4000, 5000)
			tc.edit(s)
			e := s.Check(lim, now)
			if e == nil || e.Code != tc.want {
				t.Fatalf("got %v, want %s", e, tc.want)
			}
			if e.Code.Status() >= 500 {
				t.Fatalf("%s is a server error", e.Code)
			}
		})
	}
}

// TestLeafSaltedAndProvable: a reading's leaf proves in a merkle batch, and no value can be found from the leaf
// without its salt (every value of the measure's range tried with a wrong salt misses).
func TestLeafSaltedAndProvable(t *testing.T) {
	key, _ := crypto.GenerateKey()
	s := fridgeBatch(t, key, 9, 4000, 9500, 6100)
	salt, err := commitment.NewSalt()
	if err != nil {
		t.Fatal(err)
	}
	leaves := make([]common.Hash, len(s.Readings))
	for i := range s.Readings {
		leaves[i] = telemetry.Leaf(s.Device, s.Sequence, uint32(i), &s.Readings[i], salt)
	}
	tree, err := merkle.New(leaves)
	if err != nil {
		t.Fatal(err)
	}
	proof, _ := tree.Proof(leaves[1])
	if !merkle.Verify(tree.Root(), leaves[1], proof) {
		t.Fatal("reading 1 does not prove")
	}
	var zero commitment.Salt
	for v := int64(-10_000); v <= 20_000; v += 50 {
		r := s.Readings[1]
		r.ValueMilli = v
		if telemetry.Leaf(s.Device, s.Sequence, 1, &r, zero) == leaves[1] {
			t.Fatalf("value %d found from the leaf without the salt", v)
		}
	}
	if telemetry.ReadingSalt(salt, 0) == telemetry.ReadingSalt(salt, 1) {
		t.Fatal("readings share a salt")
	}
}

func TestFormatMilli(t *testing.T) {
	for v, want := range map[int64]string{4250: "4.25", -1500: "-1.5", 9000: "9", 0: "0", 7: "0.007"} {
		if got := telemetry.FormatMilli(v); got != want {
			t.Errorf("FormatMilli(%d) = %s, want %s", v, got, want)
		}
	}
	if !strings.Contains(telemetry.Errorf(telemetry.CodeUnitMismatch, "x").Error(), "unit_mismatch") {
		t.Fatal("error text lacks its code")
	}
}
