package graphiql_test

import (
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/graphql/graphiql"
)

// TestPageAndAssets checks that the page names only assets it serves itself, that each is served with its type,
// and that the page carries a Content-Security-Policy allowing this server only.
func TestPageAndAssets(t *testing.T) {
	h := graphiql.Handler()
	get := func(path string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		return rec
	}
	for _, p := range []string{"/", "/graphiql", "/graphiql/"} {
		page := get(p)
		if page.Code != 200 || !strings.Contains(page.Body.String(), `<div id="graphiql">`) {
			t.Fatalf("GET %s: %d", p, page.Code)
		}
		if csp := page.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || !strings.Contains(csp, "connect-src 'self'") {
			t.Fatalf("GET %s: CSP %q", p, csp)
		}
	}
	refs := regexp.MustCompile(`(?:src|href)="([^"]+)"`).FindAllStringSubmatch(get("/").Body.String(), -1)
	if len(refs) < 5 {
		t.Fatalf("the page names %d files", len(refs))
	}
	for _, m := range refs {
		ref := m[1]
		if ref == "data:," {
			continue
		}
		if !strings.HasPrefix(ref, "/graphiql/") {
			t.Fatalf("the page loads %s from elsewhere", ref)
		}
		rec := get(ref)
		want := map[bool]string{true: "text/css", false: "javascript"}[strings.HasSuffix(ref, ".css")]
		if rec.Code != 200 || rec.Body.Len() < 100 || !strings.Contains(rec.Header().Get("Content-Type"), want) {
			t.Fatalf("GET %s: %d, %d bytes, %s", ref, rec.Code, rec.Body.Len(), rec.Header().Get("Content-Type"))
		}
	}
	for _, p := range []string{"/graphiql/assets/", "/graphiql/assets/nope.js", "/graphiql/index.html", "/graphiql/assets/../graphiql.go"} {
		if rec := get(p); rec.Code != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", p, rec.Code)
		}
	}
}
