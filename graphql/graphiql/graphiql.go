// Package graphiql serves the GraphiQL IDE with every asset embedded: GraphiQL 4 and React 18 come from the npm
// registry (pinned in package-lock.json) and are copied into assets/ by `make graphiql`, so the page works on a
// network with no route to a public CDN and makes no request outside the server that serves it.
package graphiql

import (
	"embed"
	"net/http"
	"strings"
)

//go:embed index.html boot.js assets
var files embed.FS

// csp allows the page only this server: its scripts and styles, and GraphQL over HTTP and WebSocket at the same
// origin. GraphiQL sets inline styles and embeds its fonts and icons as data: URLs.
const csp = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; " +
	"img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// Handler serves the page at any path it is mounted on (the server mounts it at / and /graphiql) and the assets
// under /graphiql/.
func Handler() http.Handler {
	assets := http.FileServerFS(files)
	page, err := files.ReadFile("index.html")
	if err != nil {
		panic(err) // embedded at build time
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		switch r.URL.Path {
		case "/graphiql/boot.js":
			r2 := r.Clone(r.Context())
			r2.URL.Path = "/boot.js"
			assets.ServeHTTP(w, r2)
		case "/", "/graphiql", "/graphiql/":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Cache-Control", "no-cache")
			_, _ = w.Write(page)
		default:
			name, ok := strings.CutPrefix(r.URL.Path, "/graphiql/assets/")
			if !ok || name == "" || strings.Contains(name, "/") {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Cache-Control", "public, max-age=3600")
			r2 := r.Clone(r.Context())
			r2.URL.Path = "/assets/" + name
			assets.ServeHTTP(w, r2)
		}
	})
}
