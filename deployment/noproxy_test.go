package deployment_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

// deployNoProxy deploys to a simulated chain that lacks the CREATE2 proxy and returns the error.
func deployNoProxy(t *testing.T) error {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	b := simulated.NewBackend(types.GenesisAlloc{from: {Balance: big.NewInt(1e18)}})
	defer b.Close()
	id, _ := b.Client().ChainID(context.Background())
	opts, _ := bind.NewKeyedTransactorWithChainID(key, id)
	cfg := &deployment.Config{Salt: "x", Members: []deployment.MemberConfig{{Address: from, ODSCode: "RJ1", Kind: "nhs-trust"}},
		Governance: deployment.GovernanceConfig{VotingPeriodBlocks: 5, QuorumPercent: 50}, Development: true}
	_, err := deployment.NewDeployer(b.Client(), opts, devnettest.Log()).Deploy(context.Background(), cfg, nil)
	if !errors.Is(err, deployment.ErrNoCreate2Proxy) {
		t.Errorf("want ErrNoCreate2Proxy, got %v", err)
	}
	return err
}
