// Package client is a small Go client of Bevan's GraphQL API (served by `bevan indexer` and `bevan devnet`): typed
// helpers over the indexed consents, guardians, emergency accesses, DAO members, proposals and votes, record
// anchors and batches, with cursor pagination and time travel (`block`), plus WaitIndexed, which waits until the
// indexer has caught up with a block (read your writes). The bevan CLI and apps import it.
//
// It needs only net/http and encoding/json:
//
//	c := client.New("http://127.0.0.1:8080/graphql", nil)
//	page, err := c.Consents(ctx, client.ConsentFilter{Patient: &patient, Status: client.ConsentActive}, nil, client.ListOptions{First: 50})
package client

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// Client talks to one GraphQL endpoint.
type Client struct {
	url  string
	http *http.Client
	// PollInterval is how often WaitIndexed asks for the indexer's status (default 200 ms).
	PollInterval time.Duration
}

// New returns a client of the GraphQL endpoint at url (e.g. http://127.0.0.1:8080/graphql); a nil httpClient uses a
// default with a 30 s timeout.
func New(url string, httpClient *http.Client) *Client {
	if httpClient == nil {
		httpClient = &http.Client{Timeout: 30 * time.Second}
	}
	return &Client{url: url, http: httpClient, PollInterval: 200 * time.Millisecond}
}

// URL is the endpoint the client talks to.
func (c *Client) URL() string { return c.url }

// ErrUnreachable is wrapped by the error of a request that never got an HTTP answer (nothing listening, DNS, a
// connection reset).
var ErrUnreachable = errors.New("GraphQL server unreachable")

// ErrNotFound is returned by the lookups of one object (Consent, Proposal, ConsentFHIR) when there is none.
var ErrNotFound = errors.New("not found")

// Error is a query the server refused or failed: the GraphQL errors it answered with.
type Error struct {
	// StatusCode is the HTTP status of the answer.
	StatusCode int
	Errors     []GraphQLError
}

// GraphQLError is one entry of a GraphQL answer's "errors".
type GraphQLError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path,omitempty"`
	Extensions map[string]any `json:"extensions,omitempty"`
}

// Code is the error's extensions.code (for instance BAD_USER_INPUT, GRAPHQL_VALIDATION_FAILED), or "".
func (e GraphQLError) Code() string {
	s, _ := e.Extensions["code"].(string)
	return s
}

// Messages are the server's error messages.
func (e *Error) Messages() []string {
	out := make([]string, len(e.Errors))
	for i, x := range e.Errors {
		out[i] = x.Message
	}
	return out
}

func (e *Error) Error() string {
	return "graphql: " + strings.Join(e.Messages(), "; ")
}

type request struct {
	Query     string         `json:"query"`
	Variables map[string]any `json:"variables,omitempty"`
}

type response struct {
	Data   json.RawMessage `json:"data"`
	Errors []GraphQLError  `json:"errors"`
}

// maxAnswer bounds the answer read (a 1000-row page of consents is well under it).
const maxAnswer = 64 << 20

// Query runs a GraphQL query with variables and decodes its "data" into out. GraphQL errors are returned as *Error
// (even when some data came with them); a request that got no answer wraps ErrUnreachable.
func (c *Client) Query(ctx context.Context, query string, vars map[string]any, out any) error {
	body, err := json.Marshal(request{Query: query, Variables: vars})
	if err != nil {
		return fmt.Errorf("graphql: encode request: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("graphql: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("graphql %s: %w", c.url, ctx.Err())
		}
		return fmt.Errorf("%w at %s: %w", ErrUnreachable, c.url, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswer))
	if err != nil {
		return fmt.Errorf("%w at %s: reading the answer: %w", ErrUnreachable, c.url, err)
	}
	var r response
	if err := json.Unmarshal(raw, &r); err != nil {
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("graphql %s: HTTP %s: %s", c.url, resp.Status, snippet(raw))
		}
		return fmt.Errorf("graphql %s: the answer is not GraphQL JSON: %w", c.url, err)
	}
	if len(r.Errors) > 0 {
		return &Error{StatusCode: resp.StatusCode, Errors: r.Errors}
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("graphql %s: HTTP %s: %s", c.url, resp.Status, snippet(raw))
	}
	if len(r.Data) == 0 || string(r.Data) == "null" {
		return fmt.Errorf("graphql %s: the answer has no data", c.url)
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(r.Data, out); err != nil {
		return fmt.Errorf("graphql %s: decode data: %w", c.url, err)
	}
	return nil
}

func snippet(b []byte) string {
	s := strings.TrimSpace(string(b))
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

// IndexerStatus is how far the indexer behind the server has got.
type IndexerStatus struct {
	// Head is the chain's head under the indexer's confirmation policy (nil when the server runs without an
	// indexer).
	Head *uint64 `json:"head"`
	// Indexed is the last block indexed; every answer without a block argument is as of it.
	Indexed     uint64  `json:"indexed"`
	Lag         *uint64 `json:"lag"`
	IndexedHash string  `json:"indexedHash"`
}

// IndexerStatus asks how far the indexer has got.
func (c *Client) IndexerStatus(ctx context.Context) (*IndexerStatus, error) {
	var out struct {
		IndexerStatus IndexerStatus `json:"indexerStatus"`
	}
	if err := c.Query(ctx, `query { indexerStatus { head indexed lag indexedHash } }`, nil, &out); err != nil {
		return nil, err
	}
	return &out.IndexerStatus, nil
}

// WaitIndexed polls the indexer's status until it has indexed block n, and returns that status. It gives up when ctx
// ends (the error then says how far the indexer got) or at the first failed request.
func (c *Client) WaitIndexed(ctx context.Context, n uint64) (*IndexerStatus, error) {
	interval := c.PollInterval
	if interval <= 0 {
		interval = 200 * time.Millisecond
	}
	t := time.NewTimer(0)
	defer t.Stop()
	var last *IndexerStatus
	for {
		select {
		case <-ctx.Done():
			if last != nil {
				return last, fmt.Errorf("the indexer behind %s has indexed up to block %d, not yet %d: %w", c.url, last.Indexed, n, ctx.Err())
			}
			return nil, fmt.Errorf("waiting for %s to index block %d: %w", c.url, n, ctx.Err())
		case <-t.C:
		}
		st, err := c.IndexerStatus(ctx)
		if err != nil {
			if ctx.Err() != nil && last != nil {
				continue // report how far it got
			}
			return last, err
		}
		if st.Indexed >= n {
			return st, nil
		}
		last = st
		t.Reset(interval)
	}
}
