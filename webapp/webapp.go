// Package webapp serves the Bevan web app: a TypeScript/Preact single-page app (webapp/src) built by `make webapp`
// with esbuild from npm packages pinned in package-lock.json into webapp/dist, which is checked in and embedded here,
// so serving the app needs neither Node nor a CDN. The app reads through the GraphQL API and writes only as signed
// meta-transactions through the relayer, both at the same origin: Handler serves the app under /app/ with a small
// runtime config (/app/config.json), RelayProxy forwards /relay/ to the relayer (adding the app's API key, which
// never reaches the browser), and GraphQLProxy forwards /graphql to a GraphQL server elsewhere (`bevan app`).
package webapp

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httputil"
	"net/url"
	"strings"

	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/ethereum/go-ethereum/common"
)

//go:embed dist
var dist embed.FS

// AppKeyHeader is the header that carries a relayer app's API key.
const AppKeyHeader = api.AppKeyHeader

// Config is the runtime configuration the app reads from /app/config.json.
type Config struct {
	ChainID    uint64         `json:"chainId"`
	Forwarder  common.Address `json:"forwarder"`
	Governor   common.Address `json:"governor"`
	Consents   common.Address `json:"consents"`
	Anchors    common.Address `json:"anchors"`
	Membership common.Address `json:"membership"`
	// GraphQL and Relay are the paths (same origin) of the GraphQL endpoint and the relayer's API.
	GraphQL string `json:"graphql"`
	Relay   string `json:"relay"`
	// DeadlineSeconds is how far ahead the app sets a meta-transaction's deadline: within the relayer's
	// --max-deadline (default 1 h). A devnet, whose clock jumps forward, uses a long one.
	DeadlineSeconds uint64 `json:"deadlineSeconds"`
	// Organisations names member organisations by ODS code (the chain holds only the code).
	Organisations map[string]string `json:"organisations,omitempty"`
	// DevRoles, on a devnet only, are the development keys the wallet page offers in one click. They are derived
	// from a public phrase: never set them for a real chain.
	DevRoles []DevRole `json:"devRoles,omitempty"`
}

// DevRole is a development key the app can use on a devnet.
type DevRole struct {
	Role    string         `json:"role"`
	Label   string         `json:"label"`
	Address common.Address `json:"address"`
	Key     string         `json:"key"` // 0x-hex private key
}

// ConfigFromManifest fills the contract addresses from a deployment manifest, with the default paths (/graphql,
// /relay) and a 30-minute deadline.
func ConfigFromManifest(m *deployment.Manifest) Config {
	return Config{ChainID: m.ChainID, Forwarder: m.ForwarderAddress(), Governor: m.GovernorAddress(),
		Consents: m.ConsentsAddress(), Anchors: m.AnchorsAddress(), Membership: m.MembershipAddress(),
		GraphQL: "/graphql", Relay: "/relay", DeadlineSeconds: 30 * 60}
}

// csp allows the app only its own origin: its script and stylesheet, GraphQL over HTTP and WebSocket, the relayer
// proxy. Images are the app's own and data: URLs (nhsuk-frontend's icons).
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
	"font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// Handler serves the app under /app/: index.html for /app/ (and any path without a dot, the app routing by URL
// fragment), the built assets, and /app/config.json from cfg.
func Handler(cfg Config) (http.Handler, error) {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		return nil, fmt.Errorf("webapp assets: %w", err)
	}
	page, err := fs.ReadFile(sub, "index.html")
	if err != nil {
		return nil, fmt.Errorf("webapp assets (run make webapp): %w", err)
	}
	conf, err := json.Marshal(cfg)
	if err != nil {
		return nil, fmt.Errorf("webapp config: %w", err)
	}
	assets := http.FileServerFS(sub)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name, ok := strings.CutPrefix(r.URL.Path, "/app/")
		if !ok {
			http.Redirect(w, r, "/app/", http.StatusFound)
			return
		}
		switch {
		case name == "config.json":
			h.Set("Content-Type", "application/json")
			h.Set("Cache-Control", "no-cache")
			_, _ = w.Write(conf)
		case name == "" || name == "index.html" || !strings.Contains(name, "."):
			h.Set("Content-Type", "text/html; charset=utf-8")
			h.Set("Cache-Control", "no-cache")
			_, _ = w.Write(page)
		default:
			if strings.Contains(name, "..") {
				http.NotFound(w, r)
				return
			}
			h.Set("Cache-Control", "no-cache")
			r2 := r.Clone(r.Context())
			r2.URL.Path = "/" + name
			assets.ServeHTTP(w, r2)
		}
	}), nil
}

// RelayProxy forwards /relay/v1/... to the relayer's /v1/... (the relayer's base URL from target, read per request:
// a devnet's relayer listens only once started), adding appKey in the X-Bevan-App-Key header when it is set. Only
// the relayer's public API (/v1/) is reachable; any key the browser sends is dropped.
func RelayProxy(prefix string, target func() string, appKey string, log *slog.Logger) http.Handler {
	rp := &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			u, _ := url.Parse(target()) // checked before proxying
			pr.SetURL(u)
			pr.Out.URL.Path = strings.TrimSuffix(u.Path, "/") + strings.TrimPrefix(pr.In.URL.Path, prefix)
			pr.Out.URL.RawPath = ""
			pr.Out.Header.Del(AppKeyHeader)
			pr.Out.Header.Del("Cookie")
			pr.Out.Header.Del("Origin")
			pr.Out.Header.Del("Referer")
			if appKey != "" {
				pr.Out.Header.Set(AppKeyHeader, appKey)
			}
		},
		ErrorHandler: func(w http.ResponseWriter, r *http.Request, err error) {
			log.Warn("relayer proxy", "err", err)
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusBadGateway)
			_, _ = w.Write([]byte(`{"error":{"code":"relayer_unreachable","message":"the relayer did not answer"}}`))
		},
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, prefix+"/v1/") {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusNotFound)
			_, _ = w.Write([]byte(`{"error":{"code":"unknown_endpoint","message":"only the relayer's /v1/ API is proxied"}}`))
			return
		}
		if u, err := url.Parse(target()); err != nil || u.Host == "" {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusBadGateway)
			_, _ = w.Write([]byte(`{"error":{"code":"relayer_unreachable","message":"no relayer is running"}}`))
			return
		}
		rp.ServeHTTP(w, r)
	})
}

// GraphQLProxy forwards requests (HTTP and WebSocket upgrades) unchanged in path to the GraphQL server at target
// (e.g. http://indexer:8080), for `bevan app` serving the app at a different origin from the GraphQL server.
func GraphQLProxy(target *url.URL, log *slog.Logger) http.Handler {
	return &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			pr.SetURL(target)
			pr.Out.URL.Path, pr.Out.URL.RawPath = target.Path, ""
			pr.Out.Header.Del("Cookie")
			pr.Out.Host = target.Host
			if pr.Out.Header.Get("Origin") != "" { // the GraphQL server's WebSocket Origin check sees its own origin
				pr.Out.Header.Set("Origin", target.Scheme+"://"+target.Host)
			}
		},
		ErrorHandler: func(w http.ResponseWriter, r *http.Request, err error) {
			log.Warn("graphql proxy", "err", err)
			http.Error(w, "the GraphQL server did not answer", http.StatusBadGateway)
		},
	}
}
