package graphql

import "github.com/bevan-health/bevan/store"

// This file will not be regenerated automatically.

// Resolver is the root resolver: the store it reads, the subscriptions hub and the indexer's status.
type Resolver struct {
	st     store.Store
	hub    *hub
	status StatusFunc
}
