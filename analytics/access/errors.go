package access

import (
	"errors"
	"net/http"

	"github.com/bevan-health/bevan/internal/apierr"
	"github.com/bevan-health/bevan/signin"
)

// Code is a stable machine-readable reason the endpoint refused. Codes never change meaning; new ones may be added.
// Sign-in refusals carry package signin's codes (signin_*).
type Code string

// The endpoint's own codes.
const (
	CodeBadRequest       Code = "bad_request"          // 400: a malformed body, request id or header
	CodeNotSignedIn      Code = "signin_not_signed_in" // 401: no session, or it expired (signin.CodeNotSignedIn)
	CodeNotRequester     Code = "not_requester"        // 403: the signed-in account did not make the request
	CodeNotApproved      Code = "not_approved"         // 403: the DAO has not approved the request (isApproved is false)
	CodeNotMember        Code = "not_member"           // 403: the requester is no longer a DAO member
	CodeUnknownRequest   Code = "unknown_request"      // 404: DataAccess has no request with this id
	CodeUnknownMeasure   Code = "unknown_measure"      // 422: the request names a measure this server does not compute
	CodeRateLimited      Code = "rate_limited"         // 429: too many sign-in nonces from one address this minute
	CodeNotIndexed       Code = "not_indexed"          // 503: the index has nothing yet
	CodeChainUnavailable Code = "chain_unavailable"    // 503: the chain could not be read; nothing was released
	CodeNotAnchored      Code = "release_not_anchored" // 502: the relayer refused or failed the anchor; nothing was released
	CodeInternal         Code = "internal"             // 500
	CodeNotFound         Code = "unknown_endpoint"     // 404
	CodeMethodNotAllowed Code = "method_not_allowed"   // 405
)

// Status is the HTTP status of a code (signin's codes keep theirs).
func (c Code) Status() int {
	switch c {
	case CodeBadRequest:
		return http.StatusBadRequest
	case CodeNotRequester, CodeNotApproved, CodeNotMember:
		return http.StatusForbidden
	case CodeUnknownRequest, CodeNotFound:
		return http.StatusNotFound
	case CodeMethodNotAllowed:
		return http.StatusMethodNotAllowed
	case CodeUnknownMeasure:
		return http.StatusUnprocessableEntity
	case CodeRateLimited:
		return http.StatusTooManyRequests
	case CodeNotIndexed, CodeChainUnavailable:
		return http.StatusServiceUnavailable
	case CodeNotAnchored:
		return http.StatusBadGateway
	case CodeInternal:
		return http.StatusInternalServerError
	}
	return signin.Code(c).Status()
}

// Error is a refusal, and the JSON object of its error answers (internal/apierr, the envelope of every Bevan API):
// {"error": {"code": "...", "message": "..."}}.
type Error = apierr.Error[Code]

type errorBody = apierr.Body[Code]

func errorf(code Code, format string, args ...any) *Error {
	return apierr.Errorf(code, format, args...)
}

// CodeOf is the code of the first *Error (or *signin.Error) in err's chain, "" for nil, else CodeInternal.
func CodeOf(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	var se *signin.Error
	if errors.As(err, &se) {
		return Code(se.Code)
	}
	return CodeInternal
}
