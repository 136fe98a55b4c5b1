package signin

import (
	"errors"
	"fmt"
	"net/http"
)

// Code is a stable machine-readable reason a sign-in was refused. Codes never change meaning; new ones may be added.
type Code string

// Refusal codes, in the order Verifier checks them.
const (
	CodeMalformed       Code = "signin_malformed"         // the text is not an EIP-4361 message (Parse)
	CodeWrongDomain     Code = "signin_wrong_domain"      // the message names another domain (or scheme)
	CodeWrongURI        Code = "signin_wrong_uri"         // the message is for another URI
	CodeWrongChain      Code = "signin_wrong_chain"       // the message is for another chain id
	CodeIssuedInFuture  Code = "signin_issued_in_future"  // issued-at is later than now (beyond the allowed skew)
	CodeTooOld          Code = "signin_too_old"           // issued-at is earlier than the verifier's maximum age
	CodeExpired         Code = "signin_expired"           // expiration time has passed
	CodeNotYetValid     Code = "signin_not_yet_valid"     // not-before is still ahead
	CodeBadSignature    Code = "signin_bad_signature"     // not a 65-byte secp256k1 signature, bad v, or malleable
	CodeWrongSigner     Code = "signin_wrong_signer"      // the signature recovers to another address than the message's
	CodeNonceUnknown    Code = "signin_nonce_unknown"     // the nonce was never issued here, was used, or expired
	CodeNotSignedIn     Code = "signin_not_signed_in"     // no session, or the session expired (Sessions.Lookup)
	CodeUnavailable     Code = "signin_store_unavailable" // Redis did not answer; nothing was consumed
	CodeInvalidArgument Code = "signin_invalid_argument"  // a programming error: an unusable Verifier or argument
)

// Status is the HTTP status a server answers a code with: 400 for a malformed message, 401 for a message that is not
// a valid sign-in here, 503 when the store is down, 500 for the rest.
func (c Code) Status() int {
	switch c {
	case CodeMalformed:
		return http.StatusBadRequest
	case CodeWrongDomain, CodeWrongURI, CodeWrongChain, CodeIssuedInFuture, CodeTooOld, CodeExpired, CodeNotYetValid,
		CodeBadSignature, CodeWrongSigner, CodeNonceUnknown, CodeNotSignedIn:
		return http.StatusUnauthorized
	case CodeUnavailable:
		return http.StatusServiceUnavailable
	default:
		return http.StatusInternalServerError
	}
}

// Error is a refusal: a stable Code and a message for people. Err, if set, is the underlying cause (errors.Is/As
// reach it through Unwrap).
type Error struct {
	Code    Code
	Message string
	Err     error
}

func (e *Error) Error() string { return string(e.Code) + ": " + e.Message }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

func errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

func wrap(code Code, err error, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...) + ": " + err.Error(), Err: err}
}

// CodeOf returns the code of the first *Error in err's chain, "" for nil, and CodeInvalidArgument for any other error.
func CodeOf(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return CodeInvalidArgument
}
