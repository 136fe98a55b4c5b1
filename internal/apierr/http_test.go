package apierr

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

type httpCode string

func (c httpCode) Status() int {
	switch c {
	case "method_not_allowed":
		return http.StatusMethodNotAllowed
	case "unknown_endpoint":
		return http.StatusNotFound
	}
	return http.StatusInternalServerError
}

// TestFallbacks: a route's other methods get 405 with Allow, other paths 404, both in the envelope to the byte; the
// routes themselves still answer.
func TestFallbacks(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/x/{id}", func(w http.ResponseWriter, _ *http.Request) {
		WriteJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	Fallbacks(mux, map[string]string{"/v1/x/{id}": "POST"}, httpCode("method_not_allowed"), httpCode("unknown_endpoint"))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	for _, c := range []struct {
		method, path string
		status       int
		allow, body  string
	}{
		{"POST", "/v1/x/7", 200, "", `{"status":"ok"}` + "\n"},
		{"GET", "/v1/x/7", 405, "POST", `{"error":{"code":"method_not_allowed","message":"GET /v1/x/7: use POST"}}` + "\n"},
		{"GET", "/v2", 404, "", `{"error":{"code":"unknown_endpoint","message":"no endpoint GET /v2"}}` + "\n"},
	} {
		req, err := http.NewRequest(c.method, srv.URL+c.path, nil)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(resp.Body)
		_ = resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode != c.status || resp.Header.Get("Allow") != c.allow || string(body) != c.body ||
			resp.Header.Get("Content-Type") != "application/json" {
			t.Errorf("%s %s: %d Allow=%q %q %q", c.method, c.path, resp.StatusCode, resp.Header.Get("Allow"),
				resp.Header.Get("Content-Type"), body)
		}
	}
}
