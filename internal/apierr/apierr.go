// Package apierr is the error envelope every Bevan HTTP API answers a refusal with:
// {"error": {"code": "...", "message": "..."}}, generic over each API's own string code type (the relayer's
// api.Code, the telemetry gateway's telemetry.Code), so each API keeps its own closed set of codes and statuses.
package apierr

import (
	"errors"
	"fmt"
)

// Error is a refusal with a stable machine-readable code and a human-readable message; it is also the JSON object
// inside Body.
type Error[C ~string] struct {
	Code    C      `json:"code"`
	Message string `json:"message"`
}

func (e *Error[C]) Error() string { return string(e.Code) + ": " + e.Message }

// Body is the JSON body of every error answer: {"error": {"code": "...", "message": "..."}}.
type Body[C ~string] struct {
	Error *Error[C] `json:"error"`
}

// Errorf builds an *Error with a formatted message.
func Errorf[C ~string](code C, format string, args ...any) *Error[C] {
	return &Error[C]{Code: code, Message: fmt.Sprintf(format, args...)}
}

// CodeOf returns the code of the first *Error[C] in err's chain, or otherwise (nil, or an error of another kind).
func CodeOf[C ~string](err error, otherwise C) C {
	var e *Error[C]
	if errors.As(err, &e) {
		return e.Code
	}
	return otherwise
}
