package graphql_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/graphql"
	coderws "github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

// wsMsg is a graphql-transport-ws message.
type wsMsg struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// dialWS opens a graphql-transport-ws connection to url's /graphql as a browser on origin would ("" sends none).
func dialWS(ctx context.Context, url, origin string) (*coderws.Conn, *http.Response, error) {
	h := http.Header{}
	if origin != "" {
		h.Set("Origin", origin)
	}
	return coderws.Dial(ctx, "ws"+strings.TrimPrefix(url, "http")+"/graphql", &coderws.DialOptions{
		HTTPHeader: h, Subprotocols: []string{"graphql-transport-ws"}})
}

// wsSession dials and completes the connection_init handshake.
func wsSession(t *testing.T, url string) *coderws.Conn {
	t.Helper()
	c, _, err := dialWS(t.Context(), url, "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.CloseNow() })
	if err := wsjson.Write(t.Context(), c, wsMsg{Type: "connection_init"}); err != nil {
		t.Fatal(err)
	}
	if m := wsRead(t, c); m.Type != "connection_ack" {
		t.Fatalf("got %+v, want connection_ack", m)
	}
	return c
}

func wsRead(t *testing.T, c *coderws.Conn) wsMsg {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	var m wsMsg
	if err := wsjson.Read(ctx, c, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// wsSubscribe sends a subscribe message (an accepted subscription answers nothing until an event).
func wsSubscribe(t *testing.T, c *coderws.Conn, id, query string) {
	t.Helper()
	payload, _ := json.Marshal(map[string]string{"query": query})
	if err := wsjson.Write(t.Context(), c, wsMsg{ID: id, Type: "subscribe", Payload: payload}); err != nil {
		t.Fatal(err)
	}
}

// wsRefusal reads the next refusal (skipping completes) and returns its subscription id, error code and message.
func wsRefusal(t *testing.T, c *coderws.Conn) (id, code, message string) {
	t.Helper()
	m := wsRead(t, c)
	for m.Type == "complete" {
		m = wsRead(t, c)
	}
	var errs []struct {
		Message    string
		Extensions map[string]any
	}
	switch m.Type {
	case "next":
		var p struct {
			Errors json.RawMessage
		}
		_ = json.Unmarshal(m.Payload, &p)
		_ = json.Unmarshal(p.Errors, &errs)
	case "error":
		_ = json.Unmarshal(m.Payload, &errs)
	}
	if len(errs) != 1 {
		t.Fatalf("got %s %s, want one error", m.Type, m.Payload)
	}
	code, _ = errs[0].Extensions["code"].(string)
	return m.ID, code, errs[0].Message
}

// TestWebSocket checks the WebSocket rules: an upgrade from another web origin is refused unless allowed, only
// subscriptions are served, the depth limit applies, and connections and subscriptions per connection are capped.
func TestWebSocket(t *testing.T) {
	cfg := graphql.DefaultServerConfig()
	cfg.AllowedOrigins = []string{"app.example.org"}
	cfg.MaxSubscriptionsPerConn = 2
	cfg.MaxWSConnections = 3
	cfg.MaxDepth = 2
	e := newEnv(t, "sqlite", cfg)
	commit(t, e.st, 9, 10, e.srv)

	t.Run("origin", func(t *testing.T) {
		for _, tc := range []struct {
			origin string
			ok     bool
		}{
			{"https://evil.example", false},
			{"http://evil.example:" + strings.Split(e.url, ":")[2], false}, // another host on the same port
			{e.url, true},                     // same origin: GraphiQL served by this server
			{"https://app.example.org", true}, // allowed
			{"", true},                        // not a browser
		} {
			c, resp, err := dialWS(t.Context(), e.url, tc.origin)
			if tc.ok {
				if err != nil {
					t.Fatalf("Origin %q: %v, want the upgrade", tc.origin, err)
				}
				_ = c.Close(coderws.StatusNormalClosure, "")
				continue
			}
			if err == nil {
				_ = c.CloseNow()
				t.Fatalf("Origin %q: upgraded, want a refusal", tc.origin)
			}
			if resp == nil || resp.StatusCode != http.StatusForbidden {
				t.Fatalf("Origin %q: %v, want 403", tc.origin, err)
			}
			if raw, _ := io.ReadAll(resp.Body); !strings.Contains(string(raw), "ORIGIN_NOT_ALLOWED") {
				t.Fatalf("Origin %q: answer %s, want ORIGIN_NOT_ALLOWED", tc.origin, raw)
			}
		}
	})

	t.Run("subscriptions only", func(t *testing.T) {
		c := wsSession(t, e.url)
		wsSubscribe(t, c, "q", `{ indexerStatus { indexed } }`)
		if id, code, msg := wsRefusal(t, c); id != "q" || code != "WEBSOCKET_SUBSCRIPTIONS_ONLY" {
			t.Fatalf("a query over WebSocket: %s %q, want WEBSOCKET_SUBSCRIPTIONS_ONLY", code, msg)
		}
		wsSubscribe(t, c, "d", `subscription { anchorAdded { anchor { recordId } } }`)
		if id, code, msg := wsRefusal(t, c); id != "d" || code != "QUERY_TOO_DEEP" {
			t.Fatalf("a subscription past the depth limit: %s %q, want QUERY_TOO_DEEP", code, msg)
		}
	})

	t.Run("subscriptions per connection", func(t *testing.T) {
		c := wsSession(t, e.url)
		// the server starts each subscription concurrently: which of the three is refused is not fixed
		live := map[string]bool{"1": true, "2": true, "3": true}
		for id := range live {
			wsSubscribe(t, c, id, `subscription { consentChanged { kind block } }`)
		}
		refused, code, msg := wsRefusal(t, c)
		if code != "TOO_MANY_SUBSCRIPTIONS" || !strings.Contains(msg, "the limit is 2") {
			t.Fatalf("a third subscription: %s %q, want TOO_MANY_SUBSCRIPTIONS", code, msg)
		}
		delete(live, refused)
		for e.srv.Subscriptions() < 2 {
			time.Sleep(5 * time.Millisecond) // the subscriptions register asynchronously
		}
		// once one ends, another may start: its slot is freed when the server has ended it, so a refusal in between
		// is retried
		for id := range live {
			if err := wsjson.Write(t.Context(), c, wsMsg{ID: id, Type: "complete"}); err != nil {
				t.Fatal(err)
			}
			break
		}
		msgs := make(chan wsMsg, 16)
		go func() {
			for {
				var m wsMsg
				if err := wsjson.Read(t.Context(), c, &m); err != nil {
					close(msgs)
					return
				}
				msgs <- m
			}
		}()
		deadline := time.After(10 * time.Second)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for i := 4; ; {
			wsSubscribe(t, c, fmt.Sprint(i), `subscription { consentChanged { kind block } }`)
		wait:
			for {
				select {
				case m, ok := <-msgs:
					if m.Type == "complete" {
						continue
					}
					if !ok || !strings.Contains(string(m.Payload), "TOO_MANY_SUBSCRIPTIONS") {
						t.Fatalf("got %+v (open %v), want a refusal or nothing", m, ok)
					}
					i++
					break wait
				case <-tick.C:
					if e.srv.Subscriptions() == 2 { // 2 and the new one: accepted
						return
					}
				case <-deadline:
					t.Fatal("no subscription accepted after one completed")
				}
			}
		}
	})

	t.Run("connections", func(t *testing.T) {
		var open []*coderws.Conn
		defer func() {
			for _, c := range open {
				_ = c.CloseNow()
			}
		}()
		// the other subtests' connections may still be closing: fill up to the cap
		for {
			c, resp, err := dialWS(t.Context(), e.url, "")
			if err != nil {
				if resp == nil || resp.StatusCode != http.StatusServiceUnavailable {
					t.Fatalf("past the connection cap: %v, want 503", err)
				}
				break
			}
			open = append(open, c)
			if len(open) > cfg.MaxWSConnections {
				t.Fatalf("%d connections open, the cap is %d", len(open), cfg.MaxWSConnections)
			}
		}
	})
}
