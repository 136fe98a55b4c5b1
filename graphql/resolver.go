package graphql

import (
	"context"
	"errors"
	"fmt"
	"github.com/bevan-health/bevan/analytics"
	"strconv"
	"sync"

	"github.com/bevan-health/bevan/store"
	"github.com/ethereum/go-ethereum/common"
)

// This file will not be regenerated automatically.

// Resolver is the root resolver: the store it reads, the subscriptions hub, the indexer's status and the deployment
// the store indexed.
type Resolver struct {
	st     store.Store
	hub    *hub
	status StatusFunc
	dep    deployment
	// gqlgenMarshal turns the consents' fast marshalling off (fastmarshal.go): tests compare the two outputs.
	gqlgenMarshal bool
	// pageBufs are the buffers pages of consents are written into (*[]byte; fastmarshal.go's pooledJSON).
	pageBufs sync.Pool
	// answerBufs are the buffers answers' data are written into (*[]byte; answer.go).
	answerBufs sync.Pool
	// statsCache keeps the consent tally of the indexed head for the statistics queries (package analytics).
	statsCache *analytics.Cache
}

// deployment is the chain id and ConsentRegistry address of the indexed deployment: from the server's
// configuration, else (once found) from the store's chain_id and consents, which the indexer records when it starts.
type deployment struct {
	mu       sync.Mutex
	chainID  uint64
	registry common.Address
}

// deployment returns the chain id and ConsentRegistry address the FHIR resources name.
func (r *Resolver) deployment(ctx context.Context) (uint64, common.Address, error) {
	d := &r.dep
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.chainID != 0 && d.registry != (common.Address{}) {
		return d.chainID, d.registry, nil
	}
	id, okID, err := r.st.Meta(ctx, "chain_id")
	if err != nil {
		return 0, common.Address{}, err
	}
	reg, okReg, err := r.st.Meta(ctx, "consents")
	if err != nil {
		return 0, common.Address{}, err
	}
	if !okID || !okReg {
		return 0, common.Address{}, errors.New("the chain id and ConsentRegistry address are unknown: " +
			"the server was configured without them and no indexer recorded them in the store")
	}
	n, err := strconv.ParseUint(id, 10, 64)
	if err != nil || n == 0 || !common.IsHexAddress(reg) {
		return 0, common.Address{}, fmt.Errorf("the store records chain %q, ConsentRegistry %q", id, reg)
	}
	if d.chainID == 0 {
		d.chainID = n
	}
	if d.registry == (common.Address{}) {
		d.registry = common.HexToAddress(reg)
	}
	return d.chainID, d.registry, nil
}
