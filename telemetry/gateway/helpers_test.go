package gateway_test

import (
	"github.com/bevan-health/bevan/deployment"
	"github.com/ethereum/go-ethereum/common"
)

func deploymentAnchors(e *env) (common.Address, error) {
	m, err := deployment.Load(e.s.ManifestPath)
	if err != nil {
		return common.Address{}, err
	}
	return m.AnchorsAddress(), nil
}
