package graphql

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"path"
	"strings"
	"sync/atomic"
	"time"

	gql "github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// wsConnKey marks a WebSocket connection's context (and every operation on it) with its counters.
type wsConnKey struct{}

// wsConn counts one WebSocket connection's live subscriptions.
type wsConn struct{ subs atomic.Int64 }

// websocket admits a WebSocket upgrade when fewer than MaxWSConnections are open (the Origin check is the
// WebSocket library's: same-origin, or a host in AllowedOrigins), and marks the connection so that its operations
// are held to the WebSocket rules (wsOperations). Deadlines the HTTP server set for ordinary requests are cleared:
// a subscription lives as long as the client wants, kept in check by the transport's pings.
func (s *Server) websocket(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !originAllowed(r, s.cfg.AllowedOrigins) {
			s.log.Warn("graphql: WebSocket upgrade from another origin refused", "origin", r.Header.Get("Origin"))
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusForbidden)
			fmt.Fprint(w, `{"errors":[{"message":"WebSocket connections from this origin are not allowed","extensions":{"code":"ORIGIN_NOT_ALLOWED"}}]}`)
			return
		}
		if n := s.wsOpen.Add(1); n > int64(s.cfg.MaxWSConnections) {
			s.wsOpen.Add(-1)
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Retry-After", "10")
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintf(w, `{"errors":[{"message":"too many WebSocket connections: the limit is %d","extensions":{"code":"TOO_MANY_CONNECTIONS"}}]}`,
				s.cfg.MaxWSConnections)
			return
		}
		defer s.wsOpen.Add(-1)
		rc := http.NewResponseController(w)
		_ = rc.SetReadDeadline(time.Time{}) // not every ResponseWriter supports deadlines (httptest's recorder)
		_ = rc.SetWriteDeadline(time.Time{})
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), wsConnKey{}, &wsConn{})))
	})
}

// originAllowed is the WebSocket library's own Origin rule (which also runs), checked first so that a refusal is a
// GraphQL error rather than the library's log line: no Origin (not a browser), the same host as the request, or
// a host matching one of patterns (path.Match, case-insensitive; a pattern with "://" matches the whole origin).
func originAllowed(r *http.Request, patterns []string) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	u, err := url.Parse(origin)
	if err != nil {
		return false
	}
	if strings.EqualFold(u.Host, r.Host) {
		return true
	}
	for _, p := range patterns {
		target := u.Host
		if strings.Contains(p, "://") {
			target = origin
		}
		if ok, _ := path.Match(strings.ToLower(p), strings.ToLower(target)); ok {
			return true
		}
	}
	return false
}

// wsOperations holds operations sent over a WebSocket to its rules: subscriptions only (queries go over HTTP, where
// the body limit and the query timeout apply) and at most maxSubs live subscriptions per connection. Depth, field
// and complexity limits apply to every operation before this runs.
func wsOperations(maxSubs int) gql.OperationMiddleware {
	return func(ctx context.Context, next gql.OperationHandler) gql.ResponseHandler {
		c, ok := ctx.Value(wsConnKey{}).(*wsConn)
		if !ok {
			return next(ctx)
		}
		refuse := func(code, format string, args ...any) gql.ResponseHandler {
			return gql.OneShot(&gql.Response{Errors: gqlerror.List{{Message: fmt.Sprintf(format, args...),
				Extensions: map[string]any{"code": code}}}})
		}
		if op := gql.GetOperationContext(ctx).Operation; op == nil || op.Operation != ast.Subscription {
			return refuse("WEBSOCKET_SUBSCRIPTIONS_ONLY", "only subscriptions are served over WebSocket: send queries as HTTP POST")
		}
		if n := c.subs.Add(1); n > int64(maxSubs) {
			c.subs.Add(-1)
			return refuse("TOO_MANY_SUBSCRIPTIONS", "too many subscriptions on this connection: the limit is %d", maxSubs)
		}
		// The transport cancels the operation's context when the subscription ends (complete, error or close).
		context.AfterFunc(ctx, func() { c.subs.Add(-1) })
		return next(ctx)
	}
}
