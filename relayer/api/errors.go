package api

import (
	"net/http"

	"github.com/bevan-health/bevan/internal/apierr"
)

// Code is a stable machine-readable error code. Codes never change meaning; new ones may be added.
type Code string

// Error codes of the relayer, by HTTP status.
const (
	// 400: the body or the signed message is malformed.
	CodeMalformedJSON    Code = "malformed_json"
	CodeUnknownField     Code = "unknown_field"
	CodeInvalidRequest   Code = "invalid_request" // a field is missing or out of range
	CodeBadSignature     Code = "bad_signature"   // not 65 bytes, bad v, or it does not recover to the signer
	CodeMalleableSig     Code = "malleable_signature"
	CodeWrongChain       Code = "wrong_chain"  // chainId is not this chain's
	CodeWrongDomain      Code = "wrong_domain" // verifying contract is not this chain's Bevan forwarder / governor
	CodeDeadlineExpired  Code = "deadline_expired"
	CodeDeadlineTooClose Code = "deadline_too_close"
	CodeDeadlineTooFar   Code = "deadline_too_far"      // further ahead than the relayer's --max-deadline
	CodeNonCanonicalData Code = "noncanonical_calldata" // trailing or padded bytes after the ABI-encoded arguments
	CodeValueNotAllowed  Code = "value_not_allowed"
	CodeGasTooHigh       Code = "gas_too_high"
	// 401: the X-Bevan-App-Key header is not a key of this relayer.
	CodeAppKeyInvalid Code = "app_key_invalid"
	// 403: policy refuses to sponsor it.
	CodeNotEligible        Code = "not_eligible" // no app key, wallet not allowlisted, unauthenticated use not allowed
	CodeTargetNotAllowed   Code = "target_not_allowed"
	CodeSelectorNotAllowed Code = "selector_not_allowed"
	CodeNotMember          Code = "not_member"
	CodeNotPatientOrGuard  Code = "not_patient_or_guardian"
	CodeNotCustodian       Code = "not_custodian"
	CodeNotEmergencyRole   Code = "not_emergency_responder"
	CodeNotDeviceRegistrar Code = "not_device_registrar"
	CodeNotGateway         Code = "not_telemetry_gateway"
	CodeNotAttester        Code = "not_identity_attester"
	CodeNotRecoveryParty   Code = "not_recovery_party"  // KeyRecovery confirm/cancel/complete by someone it does not concern
	CodeNotVerified        Code = "wallet_not_verified" // a patient's own action from a wallet not verified at the required level
	CodeNotDataRequester   Code = "not_data_requester"  // DataAccess.request by a wallet that is not a current DAO member
	CodeNotReleaser        Code = "not_data_releaser"   // DataAccess.recordRelease by a wallet without RELEASER_ROLE
	// 404
	CodeNotFound Code = "not_found"
	// 409: the nonce does not match the chain, or another request holds it.
	CodeNonceReplayed Code = "nonce_replayed"
	CodeNonceFuture   Code = "nonce_future"
	CodeNoncePending  Code = "nonce_pending"
	// 413
	CodeBodyTooLarge Code = "body_too_large"
	// 415
	CodeUnsupportedMedia Code = "unsupported_media_type"
	// 422: the call would revert (the decoded custom error is in the message).
	CodeWouldRevert Code = "would_revert"
	// 429: quotas.
	CodeRateLimited     Code = "rate_limited"      // requests per minute of this wallet
	CodeGasQuota        Code = "gas_quota"         // gas per day of this wallet
	CodeSpendCapReached Code = "spend_cap_reached" // the relayer's global daily spending cap
	// 429: the sponsor's quotas (the app key's, or for unauthenticated use the client address's).
	CodeAppRateLimited        Code = "app_rate_limited"        // requests per minute of the app key
	CodeAppGasQuota           Code = "app_gas_quota"           // gas per day of the app key
	CodeAppBudgetExhausted    Code = "app_budget_exhausted"    // the app key's daily budget (gwei)
	CodeClientRateLimited     Code = "client_rate_limited"     // requests per minute of the client address
	CodeClientGasQuota        Code = "client_gas_quota"        // gas per day of the client address
	CodeClientBudgetExhausted Code = "client_budget_exhausted" // daily budget (gwei) of the client address
	// 500/503: the relayer cannot take requests now; nothing was accepted.
	CodeInternal         Code = "internal"
	CodeRedisUnavailable Code = "redis_unavailable"
	CodeRPCUnavailable   Code = "rpc_unavailable"
	CodeRelayerUnfunded  Code = "relayer_unfunded"
	CodeShuttingDown     Code = "shutting_down"
	CodeMethodNotAllowed Code = "method_not_allowed"
	CodeNotFoundEndpoint Code = "unknown_endpoint"
)

// Status is the HTTP status of a code.
func (c Code) Status() int {
	switch c {
	case CodeMalformedJSON, CodeUnknownField, CodeInvalidRequest, CodeBadSignature, CodeMalleableSig,
		CodeWrongChain, CodeWrongDomain, CodeDeadlineExpired, CodeDeadlineTooClose, CodeValueNotAllowed,
		CodeGasTooHigh, CodeDeadlineTooFar, CodeNonCanonicalData:
		return http.StatusBadRequest
	case CodeAppKeyInvalid:
		return http.StatusUnauthorized
	case CodeTargetNotAllowed, CodeSelectorNotAllowed, CodeNotMember, CodeNotPatientOrGuard, CodeNotCustodian,
		CodeNotEmergencyRole, CodeNotDeviceRegistrar, CodeNotGateway, CodeNotAttester, CodeNotRecoveryParty, CodeNotVerified, CodeNotEligible,
		CodeNotDataRequester, CodeNotReleaser:
		return http.StatusForbidden
	case CodeNotFound, CodeNotFoundEndpoint:
		return http.StatusNotFound
	case CodeMethodNotAllowed:
		return http.StatusMethodNotAllowed
	case CodeNonceReplayed, CodeNonceFuture, CodeNoncePending:
		return http.StatusConflict
	case CodeBodyTooLarge:
		return http.StatusRequestEntityTooLarge
	case CodeUnsupportedMedia:
		return http.StatusUnsupportedMediaType
	case CodeWouldRevert:
		return http.StatusUnprocessableEntity
	case CodeRateLimited, CodeGasQuota, CodeSpendCapReached, CodeAppRateLimited, CodeAppGasQuota, CodeAppBudgetExhausted,
		CodeClientRateLimited, CodeClientGasQuota, CodeClientBudgetExhausted:
		return http.StatusTooManyRequests
	case CodeRedisUnavailable, CodeRPCUnavailable, CodeRelayerUnfunded, CodeShuttingDown:
		return http.StatusServiceUnavailable
	default:
		return http.StatusInternalServerError
	}
}

// Error is a refusal of the relayer, and the JSON object of its error answers (internal/apierr, the envelope the
// telemetry gateway shares): {"error": {"code": "...", "message": "..."}}.
type Error = apierr.Error[Code]

// ErrorBody wraps an Error as the relayer sends it.
type ErrorBody = apierr.Body[Code]

// Errorf builds an *Error.
func Errorf(code Code, format string, args ...any) *Error {
	return apierr.Errorf(code, format, args...)
}

// CodeOf returns the code of the first *Error in err's chain, or CodeInternal.
func CodeOf(err error) Code { return apierr.CodeOf(err, CodeInternal) }
