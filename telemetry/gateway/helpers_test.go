package gateway_test

import (
	"math/big"

	"github.com/bevan-health/bevan/deployment"
	"github.com/ethereum/go-ethereum/common"
)

func bigInt(v int64) *big.Int { return big.NewInt(v) }

func deploymentAnchors(e *env) (common.Address, error) {
	m, err := deployment.Load(e.s.ManifestPath)
	if err != nil {
		return common.Address{}, err
	}
	return m.AnchorsAddress(), nil
}
