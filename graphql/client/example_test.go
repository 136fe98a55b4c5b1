package client_test

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"

	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/graphql/client"
	"github.com/bevan-health/bevan/store"
	"github.com/ethereum/go-ethereum/common"
)

// activeConsents prints a patient's active consents, once the indexer has the block a transaction was mined in
// (the snippet in docs/graphql.md; url is e.g. http://127.0.0.1:8080/graphql).
func activeConsents(ctx context.Context, url string, patient common.Address, minedIn uint64) error {
	c := client.New(url, nil) // nil: an http.Client with a 30 s timeout
	// Read your writes: wait until the indexer has the block a transaction was mined in.
	if _, err := c.WaitIndexed(ctx, minedIn); err != nil {
		return err
	}
	opts := client.ListOptions{First: 100}
	for {
		page, err := c.Consents(ctx, client.ConsentFilter{Patient: &patient, Status: client.ConsentActive}, nil, opts)
		var gqlErr *client.Error
		switch {
		case errors.Is(err, client.ErrUnreachable):
			return fmt.Errorf("is the indexer running? %w", err)
		case errors.As(err, &gqlErr):
			return fmt.Errorf("the server refused the query: %v", gqlErr.Messages())
		case err != nil:
			return err
		}
		for _, k := range page.Items {
			fmt.Println(k.ConsentID.Hex(), k.Grantee.Hex(), k.Purposes, k.Actions)
		}
		if !page.HasNextPage {
			return nil
		}
		opts.After = page.EndCursor
	}
}

// The example runs against the real GraphQL server over a SQLite store holding client_test.go's events: patient
// 0x…01's consents are revoked (c1) or expired (c2), so nothing is printed for them; patient 0x…05's c3 is active.
func ExampleClient_Consents() {
	ctx := context.Background()
	url, stop, err := exampleServer(ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer stop()
	for _, p := range []common.Address{patient, addr(5)} {
		if err := activeConsents(ctx, url, p, 14); err != nil {
			fmt.Println(err)
		}
	}
	// Output:
	// 0xc6d4d0e29c6abc6af1b615fa6b86f4df4395538149a0e1f8acdd602dc5702394 0x0000000000000000000000000000000000000002 [TREAT] [access]
}

// exampleServer serves GraphQL over a temporary SQLite store into which blocks 10..18 of events() are committed.
func exampleServer(ctx context.Context) (url string, stop func(), err error) {
	dir, err := os.MkdirTemp("", "bevan-client-example-")
	if err != nil {
		return "", nil, err
	}
	st, err := store.Open(ctx, "sqlite://"+filepath.Join(dir, "bevan.db"))
	if err != nil {
		_ = os.RemoveAll(dir)
		return "", nil, err
	}
	stop = func() { _ = st.Close(); _ = os.RemoveAll(dir) }
	evs := events()
	for n := uint64(10); n <= 18; n++ {
		b := &store.Batch{From: n, Events: evs[n], Checkpoint: store.Checkpoint{Number: n, Hash: hash(fmt.Sprint("b", n))},
			Blocks: []store.Block{{Number: n, Hash: hash(fmt.Sprint("b", n)), ParentHash: hash(fmt.Sprint("b", n-1)), Time: blockTime(n)}}}
		if err := st.Commit(ctx, b); err != nil {
			stop()
			return "", nil, err
		}
	}
	cfg := graphql.DefaultServerConfig()
	cfg.ChainID, cfg.ConsentRegistry = 901, registry
	hs := httptest.NewServer(graphql.New(st, cfg, func() (uint64, bool) { return 18, true }).Handler())
	closeStore := stop
	return hs.URL + "/graphql", func() { hs.Close(); closeStore() }, nil
}
