package client_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/bevan-health/bevan/graphql/client"
	"github.com/ethereum/go-ethereum/common"
)

// activeConsents prints a patient's active consents, once the indexer has the block a transaction was mined in
// (the snippet in the README's command-line section).
func activeConsents(ctx context.Context, patient common.Address, minedIn uint64) error {
	c := client.New("http://127.0.0.1:8080/graphql", nil) // nil: an http.Client with a 30 s timeout
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

func ExampleClient_Consents() {
	patient := common.HexToAddress("0x5e5D71E3D76C57e5a5d138E4A021458a459CCEDf")
	if err := activeConsents(context.Background(), patient, 42); err != nil {
		fmt.Println(err)
	}
}
