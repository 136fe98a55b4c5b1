// Package telemetry is the wire format of Bevan's device telemetry: EIP-712 signed reading batches (a device, its
// sequence number, readings of time, LOINC code, value and UCUM unit), the checks a gateway makes before a batch
// costs anything, the salted Merkle leaves that anchor each reading without revealing it, and the gateway's error
// codes.
package telemetry

import (
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/bevan-health/bevan/commitment"
	"github.com/bevan-health/bevan/merkle"
	"github.com/bevan-health/bevan/metatx"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
)

// DomainName is the EIP-712 domain name devices sign reading batches for (version metatx.Version, the chain's id,
// and the DeviceRegistry as verifying contract).
const DomainName = "Bevan Telemetry"

// MaxSequence is the highest sequence number (2^53-1: sequences are compared in Redis's Lua, whose numbers are
// doubles).
const MaxSequence = 1<<53 - 1

var (
	readingTypeHash = crypto.Keccak256Hash([]byte("Reading(uint48 time,string code,int64 valueMilli,string unit)"))
	batchTypeHash   = crypto.Keccak256Hash([]byte("ReadingBatch(address device,uint64 sequence,Reading[] readings)" +
		"Reading(uint48 time,string code,int64 valueMilli,string unit)"))
	readingIDTag = []byte("bevan.telemetry.reading")
)

// Domain is the chain and DeviceRegistry a device signs for.
type Domain struct {
	ChainID  *big.Int
	Registry common.Address
}

// Separator is the EIP-712 domain separator.
func (d Domain) Separator() common.Hash {
	return metatx.DomainSeparator(DomainName, d.ChainID, d.Registry)
}

// Reading is one measurement.
type Reading struct {
	// Time is when it was measured, unix seconds.
	Time uint64 `json:"time"`
	// Code is its LOINC code (see MeasureOf).
	Code string `json:"code"`
	// ValueMilli is the value in thousandths of Unit (4.25 Cel is 4250).
	ValueMilli int64 `json:"valueMilli"`
	// Unit is its UCUM unit, which must be the code's.
	Unit string `json:"unit"`
}

// StructHash is the reading's EIP-712 hashStruct.
func (r *Reading) StructHash() common.Hash {
	return crypto.Keccak256Hash(readingTypeHash[:], math.U256Bytes(new(big.Int).SetUint64(r.Time)),
		crypto.Keccak256([]byte(r.Code)), math.U256Bytes(big.NewInt(r.ValueMilli)), crypto.Keccak256([]byte(r.Unit)))
}

// Batch is what a device signs: its readings since the last batch, numbered by a sequence that rises by one each
// batch (from 1).
type Batch struct {
	Device   common.Address `json:"device"`
	Sequence uint64         `json:"sequence"`
	Readings []Reading      `json:"readings"`
}

// Signed is a batch with the device's signature: the body of POST /v1/readings.
type Signed struct {
	Batch
	Signature hexutil.Bytes `json:"signature"`
}

// StructHash is the batch's EIP-712 hashStruct.
func (b *Batch) StructHash() common.Hash {
	hs := make([]byte, 0, 32*len(b.Readings))
	for i := range b.Readings {
		h := b.Readings[i].StructHash()
		hs = append(hs, h[:]...)
	}
	return crypto.Keccak256Hash(batchTypeHash[:], common.LeftPadBytes(b.Device[:], 32),
		math.U256Bytes(new(big.Int).SetUint64(b.Sequence)), crypto.Keccak256(hs))
}

// Digest is the EIP-712 digest the device signs.
func (b *Batch) Digest(d Domain) common.Hash {
	return metatx.TypedDigest(d.Separator(), b.StructHash())
}

// Sign signs the batch with the device's key (the simulator's and a device's side); Device is set from the key
// when zero.
func (b *Batch) Sign(key *ecdsa.PrivateKey, d Domain) (*Signed, error) {
	if b.Device == (common.Address{}) {
		b.Device = crypto.PubkeyToAddress(key.PublicKey)
	}
	sig, err := metatx.SignDigest(key, b.Digest(d))
	if err != nil {
		return nil, fmt.Errorf("sign batch: %w", err)
	}
	return &Signed{Batch: *b, Signature: sig}, nil
}

// Limits bound what a gateway takes.
type Limits struct {
	// MaxReadings is the most readings in one batch.
	MaxReadings int
	// MaxAge is how old a reading may be when it arrives; MaxSkew how far ahead of the gateway's clock.
	MaxAge, MaxSkew time.Duration
}

// DefaultLimits: 1,000 readings a batch, a week old at most, five minutes of clock skew.
func DefaultLimits() Limits {
	return Limits{MaxReadings: 1000, MaxAge: 7 * 24 * time.Hour, MaxSkew: 5 * time.Minute}
}

// Check makes the checks that cost no cryptography, in the order of their cost: the device and sequence, the number
// of readings, and each reading's time, code, unit and value. now is the gateway's clock.
func (s *Signed) Check(l Limits, now time.Time) *Error {
	switch {
	case s.Device == (common.Address{}):
		return Errorf(CodeInvalidBatch, "device is missing")
	case s.Sequence == 0 || s.Sequence > MaxSequence:
		return Errorf(CodeInvalidBatch, "sequence %d is not in 1..%d", s.Sequence, uint64(MaxSequence))
	case len(s.Readings) == 0:
		return Errorf(CodeInvalidBatch, "no readings")
	case len(s.Readings) > l.MaxReadings:
		return Errorf(CodeTooManyReadings, "%d readings; the most in one batch is %d", len(s.Readings), l.MaxReadings)
	case len(s.Signature) != 65:
		return Errorf(CodeBadSignature, "signature is %d bytes, not 65", len(s.Signature))
	}
	oldest, newest := now.Add(-l.MaxAge).Unix(), now.Add(l.MaxSkew).Unix()
	for i := range s.Readings {
		r := &s.Readings[i]
		if int64(r.Time) < oldest || int64(r.Time) > newest || r.Time >= 1<<48 {
			return Errorf(CodeTimeOutOfRange, "reading %d: time %d is not within %s before and %s after the gateway's clock",
				i, r.Time, l.MaxAge, l.MaxSkew)
		}
		m, ok := MeasureOf(r.Code)
		if !ok {
			return Errorf(CodeUnknownCode, "reading %d: LOINC code %q is not one the gateway takes", i, r.Code)
		}
		if e := m.check(r); e != nil {
			e.Message = fmt.Sprintf("reading %d: %s", i, e.Message)
			return e
		}
	}
	return nil
}

// Verify recovers the signer and refuses a signature that is not the batch's device's. Call it after Check.
func (s *Signed) Verify(d Domain) *Error {
	signer, err := metatx.Recover(s.Digest(d), s.Signature)
	switch {
	case errors.Is(err, metatx.ErrMalleable):
		return Errorf(CodeMalleableSig, "%v", err)
	case err != nil:
		return Errorf(CodeBadSignature, "%v", err)
	case signer != s.Device:
		return Errorf(CodeBadSignature, "signed by %s, not by the device %s (or for another chain or registry)",
			signer, s.Device)
	}
	return nil
}

// ReadingID is the record id of a batch's reading i: keccak256("bevan.telemetry.reading" ‖ device ‖ sequence ‖ i).
func ReadingID(device common.Address, sequence uint64, i uint32) common.Hash {
	var n [12]byte
	binary.BigEndian.PutUint64(n[:8], sequence)
	binary.BigEndian.PutUint32(n[8:], i)
	return crypto.Keccak256Hash(readingIDTag, device[:], n[:])
}

// ReadingSalt derives reading i's salt from its batch's salt (so one salt is kept per batch and revealing one
// reading's salt reveals no other's).
func ReadingSalt(batchSalt commitment.Salt, i uint32) commitment.Salt {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], i)
	return commitment.Salt(commitment.Of(batchSalt, n[:]))
}

// ContentHash is the salted commitment to a reading: keccak256(salt ‖ the reading's EIP-712 hashStruct). Without the
// salt no value can be guessed from it.
func (r *Reading) ContentHash(salt commitment.Salt) common.Hash {
	h := r.StructHash()
	return commitment.Of(salt, h[:])
}

// Leaf is the reading's leaf in an anchored batch, as RecordAnchor.verifyRecord derives it:
// merkle.Leaf(ReadingID, ContentHash).
func Leaf(device common.Address, sequence uint64, i uint32, r *Reading, batchSalt commitment.Salt) common.Hash {
	return merkle.Leaf(ReadingID(device, sequence, i), r.ContentHash(ReadingSalt(batchSalt, i)))
}
