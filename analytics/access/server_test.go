package access

import (
	"encoding/json"
	"net/http/httptest"
	"testing"
)

// A path the API does not serve gets unknown_endpoint (404); a served path asked with another method gets
// method_not_allowed (405) with an Allow header, in the error envelope, before any handler (or the chain) runs.
func TestHandlerRefusesUnknownRoutes(t *testing.T) {
	h := (&Server{}).Handler() // the fallbacks touch no field of the server
	for _, c := range []struct {
		method, path string
		status       int
		code         Code
		allow        string
	}{
		{"GET", "/v1/nothing", 404, CodeNotFound, ""},
		{"GET", "/", 404, CodeNotFound, ""},
		{"POST", "/v1/nonce", 405, CodeMethodNotAllowed, "GET"},
		{"GET", "/v1/session", 405, CodeMethodNotAllowed, "POST"},
		{"DELETE", "/v1/datasets/0x01", 405, CodeMethodNotAllowed, "GET"},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(c.method, c.path, nil))
		var body errorBody
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || body.Error == nil {
			t.Fatalf("%s %s: %d %q: not the error envelope (%v)", c.method, c.path, rec.Code, rec.Body, err)
		}
		if rec.Code != c.status || body.Error.Code != c.code || rec.Header().Get("Allow") != c.allow {
			t.Errorf("%s %s: %d %s Allow %q, want %d %s Allow %q", c.method, c.path, rec.Code, body.Error.Code,
				rec.Header().Get("Allow"), c.status, c.code, c.allow)
		}
		if rec.Header().Get("Content-Type") != "application/json" {
			t.Errorf("%s %s: Content-Type %q", c.method, c.path, rec.Header().Get("Content-Type"))
		}
	}
}
