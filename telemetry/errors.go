package telemetry

import (
	"net/http"
	"slices"

	"github.com/bevan-health/bevan/internal/apierr"
)

// Code is a stable machine-readable error code of the gateway. Codes never change meaning; new ones may be added.
type Code string

// The gateway's error codes. Every refusal is made before the batch costs a database write.
const (
	CodeMalformedJSON   Code = "malformed_json"
	CodeUnknownField    Code = "unknown_field"
	CodeInvalidBatch    Code = "invalid_batch"       // a field is missing or out of range
	CodeTooManyReadings Code = "too_many_readings"   // more readings than the gateway takes in one batch
	CodeBodyTooLarge    Code = "body_too_large"      // more bytes than the gateway reads
	CodeUnknownCode     Code = "unknown_code"        // a LOINC code the gateway does not take
	CodeUnitMismatch    Code = "unit_mismatch"       // the UCUM unit is not the code's
	CodeValueOutOfRange Code = "value_out_of_range"  // no working device reports it
	CodeTimeOutOfRange  Code = "time_out_of_range"   // in the future, or older than the gateway keeps
	CodeBadSignature    Code = "bad_signature"       // not 65 bytes, bad v, or not the device's
	CodeMalleableSig    Code = "malleable_signature" // s in the upper half of the curve order
	CodeNotOfKind       Code = "code_not_of_kind"    // a code the registered kind of device does not measure
	CodeUnregistered    Code = "unregistered_device" // DeviceRegistry has no such device
	CodeInactive        Code = "inactive_device"     // deregistered, or its key rotated away
	CodeReplayed        Code = "sequence_replayed"   // this device's sequence number was already accepted
	CodeSequenceGap     Code = "sequence_gap"        // further ahead of the device's highest than the window
	CodeSequenceStale   Code = "sequence_stale"      // further behind the device's highest than the window
	CodeUnsupportedType Code = "unsupported_media_type"
	CodePatientDevice   Code = "patient_device" // a patient's device's readings are released only under consent
	CodeNotAnchored     Code = "not_anchored"   // the reading's batch is not on chain yet
	CodeNotFound        Code = "not_found"
	CodeInvalidSetting  Code = "invalid_setting"      // a site setting's action or arguments are malformed
	CodeNotRegistrar    Code = "not_device_registrar" // a setting not signed by the wallet that registered the device
	CodeNotColdStore    Code = "not_cold_store"       // thresholds and lots are of cold stores (vaccine fridges)
	CodeSettingReplayed Code = "setting_replayed"     // this signed setting was taken already
	CodeLotHeld         Code = "lot_held"             // the fridge holds that lot already
	CodeTooManyLots     Code = "too_many_lots"        // the fridge holds MaxLots lots already
	CodeMethod          Code = "method_not_allowed"
	CodeUnavailable     Code = "unavailable" // the registry, Redis or the database cannot answer; nothing was kept
	CodeInternal        Code = "internal"
	CodeNotSignedIn     Code = "not_signed_in" // no bearer token, or its session is unknown or expired
	CodeNotPermitted    Code = "not_permitted" // the patient's consent does not permit the organisation at the head
	// CodeNotPatientDevice: the device is a site's (a cold store): it has no patient whose consent releases it.
	CodeNotPatientDevice Code = "not_patient_device"
	CodeRateLimited      Code = "rate_limited" // more sign-in nonces from one client address this minute than allowed
)

var statusOf = map[Code]int{
	CodeMalformedJSON: http.StatusBadRequest, CodeUnknownField: http.StatusBadRequest,
	CodeInvalidBatch: http.StatusBadRequest, CodeUnknownCode: http.StatusBadRequest,
	CodeUnitMismatch: http.StatusBadRequest, CodeValueOutOfRange: http.StatusBadRequest,
	CodeTimeOutOfRange: http.StatusBadRequest, CodeBadSignature: http.StatusBadRequest,
	CodeMalleableSig: http.StatusBadRequest, CodeNotOfKind: http.StatusBadRequest, CodeTooManyReadings: http.StatusRequestEntityTooLarge,
	CodeBodyTooLarge: http.StatusRequestEntityTooLarge, CodeUnregistered: http.StatusForbidden,
	CodeInactive: http.StatusForbidden, CodeReplayed: http.StatusConflict, CodeSequenceGap: http.StatusConflict,
	CodeSequenceStale: http.StatusConflict, CodeUnsupportedType: http.StatusUnsupportedMediaType,
	CodeNotFound: http.StatusNotFound, CodePatientDevice: http.StatusForbidden, CodeNotAnchored: http.StatusConflict, CodeMethod: http.StatusMethodNotAllowed,
	CodeUnavailable: http.StatusServiceUnavailable, CodeInvalidSetting: http.StatusBadRequest,
	CodeNotRegistrar: http.StatusForbidden, CodeNotColdStore: http.StatusBadRequest, CodeSettingReplayed: http.StatusConflict,
	CodeLotHeld: http.StatusConflict, CodeTooManyLots: http.StatusConflict,
	CodeNotSignedIn: http.StatusUnauthorized, CodeRateLimited: http.StatusTooManyRequests,
	CodeNotPermitted: http.StatusForbidden, CodeNotPatientDevice: http.StatusForbidden,
}

// Codes lists every error code.
func Codes() []Code {
	out := []Code{CodeInternal}
	for c := range statusOf {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}

// Status is the HTTP status of a code (500 for CodeInternal and unknown codes).
func (c Code) Status() int {
	if s, ok := statusOf[c]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// Error is a refusal of the gateway, and the JSON object of its error answers (internal/apierr, the envelope the
// relayer's API shares): {"error": {"code": "...", "message": "..."}}.
type Error = apierr.Error[Code]

// ErrorBody wraps an Error as the gateway sends it.
type ErrorBody = apierr.Body[Code]

// Errorf builds an *Error.
func Errorf(code Code, format string, args ...any) *Error {
	return apierr.Errorf(code, format, args...)
}
