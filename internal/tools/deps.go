//go:build tools

// Package tools pins the module dependencies that Bevan's packages import, so
// that `go mod download` fetches them before the packages that use them exist.
package tools

import (
	_ "github.com/99designs/gqlgen/graphql"
	_ "github.com/ethereum-optimism/optimism/op-service/cliapp"
	_ "github.com/ethereum-optimism/optimism/op-service/txmgr"
	_ "github.com/ethereum/go-ethereum/ethclient"
	_ "github.com/ethereum/go-ethereum/ethclient/simulated"
	_ "github.com/redis/go-redis/v9"
	_ "github.com/urfave/cli/v2"
)
