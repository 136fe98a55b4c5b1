package telemetry

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"time"

	"github.com/bevan-health/bevan/metatx"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
)

// SettingAction is what a site's signed setting does at the gateway.
type SettingAction string

// The setting actions.
const (
	// ActionThresholdSet sets the temperature range of the device's site (every cold store there): MinMilli..MaxMilli.
	ActionThresholdSet SettingAction = "threshold-set"
	// ActionLotAdd records that the device's fridge holds the vaccine lot Lot from now on.
	ActionLotAdd SettingAction = "lot-add"
	// ActionLotRemove records that it no longer holds it.
	ActionLotRemove SettingAction = "lot-remove"
)

// MaxLots is the most vaccine lots a fridge holds at once at the gateway (DeviceRegistry.recordExcursion takes at most
// 32 affected lots).
const MaxLots = 32

var (
	settingTypeHash = crypto.Keccak256Hash([]byte("SiteSetting(address device,string action,string lot,int64 minMilli,int64 maxMilli,uint48 effectiveAt,uint48 issuedAt)"))
	lotRe           = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._/-]{0,31}$`)
)

// CheckLot refuses a vaccine lot number that is not 1 to 32 letters, digits, '.', '_', '/' or '-' (starting with a
// letter or digit): what DeviceRegistry takes (1-32 bytes), and nothing that could carry free text.
func CheckLot(lot string) error {
	if !lotRe.MatchString(lot) {
		return fmt.Errorf("lot %q: want 1-32 letters, digits, '.', '_', '/' or '-', starting with a letter or digit", lot)
	}
	return nil
}

// Setting is a site's request to its gateway, signed by the wallet that registered the device (its registrar in the
// DeviceRegistry) as EIP-712 typed data in the devices' domain:
//
//	SiteSetting(address device,string action,string lot,int64 minMilli,int64 maxMilli,uint48 effectiveAt,uint48 issuedAt)
//
// A threshold names a cold store of the site whose range it sets (minMilli..maxMilli, thousandths of °C; lot
// empty, effectiveAt zero: it applies to the excursions found from then on); a lot change names the fridge and the
// lot (minMilli and maxMilli zero) and when the lot went into (or out of) the fridge, effectiveAt (stock is often
// booked after it arrives: at most MaxBackdate before issuedAt, not after it; zero: issuedAt). issuedAt (unix
// seconds) must be within five minutes of the gateway's clock; a request is taken once, and kept.
type Setting struct {
	Device   common.Address `json:"device"`
	Action   SettingAction  `json:"action"`
	Lot      string         `json:"lot"`
	MinMilli int64          `json:"minMilli"`
	MaxMilli int64          `json:"maxMilli"`
	// EffectiveAt is when a lot went into or out of the fridge (unix seconds; zero: IssuedAt).
	EffectiveAt uint64 `json:"effectiveAt,omitempty"`
	IssuedAt    uint64 `json:"issuedAt"`
}

// MaxBackdate is how long before its issuedAt a lot change may take effect (the readings' default max age).
const MaxBackdate = 7 * 24 * time.Hour

// Effective is when the setting takes effect: EffectiveAt, or IssuedAt when zero.
func (s *Setting) Effective() time.Time {
	if s.EffectiveAt == 0 {
		return time.Unix(int64(s.IssuedAt), 0)
	}
	return time.Unix(int64(s.EffectiveAt), 0)
}

// SignedSetting is a setting with its signature: the body of POST /v1/settings.
type SignedSetting struct {
	Setting
	Signature hexutil.Bytes `json:"signature"`
}

// StructHash is the setting's EIP-712 hashStruct.
func (s *Setting) StructHash() common.Hash {
	return crypto.Keccak256Hash(settingTypeHash[:], common.LeftPadBytes(s.Device[:], 32), crypto.Keccak256([]byte(s.Action)),
		crypto.Keccak256([]byte(s.Lot)), math.U256Bytes(big.NewInt(s.MinMilli)), math.U256Bytes(big.NewInt(s.MaxMilli)),
		math.U256Bytes(new(big.Int).SetUint64(s.EffectiveAt)), math.U256Bytes(new(big.Int).SetUint64(s.IssuedAt)))
}

// Digest is the EIP-712 digest the site signs (also the request's id: each is taken once).
func (s *Setting) Digest(d Domain) common.Hash {
	return metatx.TypedDigest(d.Separator(), s.StructHash())
}

// Sign signs the setting with the registrar's key.
func (s *Setting) Sign(key *ecdsa.PrivateKey, d Domain) (*SignedSetting, error) {
	sig, err := metatx.SignDigest(key, s.Digest(d))
	if err != nil {
		return nil, fmt.Errorf("sign setting: %w", err)
	}
	return &SignedSetting{Setting: *s, Signature: sig}, nil
}

// SettingSkew is how far a setting's issuedAt may be from the gateway's clock.
const SettingSkew = 5 * time.Minute

// Check refuses a malformed setting before any cryptography: the action, its arguments, the time.
func (s *SignedSetting) Check(now time.Time) *Error {
	switch {
	case s.Device == (common.Address{}):
		return Errorf(CodeInvalidSetting, "device is missing")
	case len(s.Signature) != 65:
		return Errorf(CodeBadSignature, "signature is %d bytes, not 65", len(s.Signature))
	case s.IssuedAt < uint64(now.Add(-SettingSkew).Unix()) || s.IssuedAt > uint64(now.Add(SettingSkew).Unix()):
		return Errorf(CodeTimeOutOfRange, "issuedAt %d is not within %s of the gateway's clock", s.IssuedAt, SettingSkew)
	case s.EffectiveAt != 0 && (s.EffectiveAt > s.IssuedAt || s.EffectiveAt < s.IssuedAt-uint64(MaxBackdate/time.Second)):
		return Errorf(CodeTimeOutOfRange, "effectiveAt %d is not within %s before issuedAt", s.EffectiveAt, MaxBackdate)
	}
	switch s.Action {
	case ActionThresholdSet:
		if s.Lot != "" || s.EffectiveAt != 0 {
			return Errorf(CodeInvalidSetting, "a threshold names no lot and no effectiveAt")
		}
		if err := CheckRange(CodeRoomTemperature, s.MinMilli, s.MaxMilli); err != nil {
			return Errorf(CodeInvalidSetting, "%v", err)
		}
	case ActionLotAdd, ActionLotRemove:
		if s.MinMilli != 0 || s.MaxMilli != 0 {
			return Errorf(CodeInvalidSetting, "a lot change names no temperatures")
		}
		if err := CheckLot(s.Lot); err != nil {
			return Errorf(CodeInvalidSetting, "%v", err)
		}
	default:
		return Errorf(CodeInvalidSetting, "action %q: want %s, %s or %s", s.Action, ActionThresholdSet, ActionLotAdd, ActionLotRemove)
	}
	return nil
}

// Signer recovers the setting's signer (call it after Check).
func (s *SignedSetting) Signer(d Domain) (common.Address, *Error) {
	signer, err := metatx.Recover(s.Digest(d), s.Signature)
	switch {
	case errors.Is(err, metatx.ErrMalleable):
		return common.Address{}, Errorf(CodeMalleableSig, "%v", err)
	case err != nil:
		return common.Address{}, Errorf(CodeBadSignature, "%v", err)
	}
	return signer, nil
}

// CheckRange refuses a range of a code's values that is empty or outside what its devices report.
func CheckRange(code string, minMilli, maxMilli int64) error {
	m, ok := MeasureOf(code)
	if !ok {
		return fmt.Errorf("LOINC %q is not a code the gateway takes", code)
	}
	if minMilli >= maxMilli || minMilli < m.Min || maxMilli > m.Max {
		return fmt.Errorf("range %s..%s %s: want min < max within %s..%s", FormatMilli(minMilli), FormatMilli(maxMilli), m.Unit,
			FormatMilli(m.Min), FormatMilli(m.Max))
	}
	return nil
}
