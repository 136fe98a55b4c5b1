package devnet

import (
	"encoding/json"
	"fmt"

	"github.com/bevan-health/bevan/deployment"
	"github.com/ethereum/go-ethereum/common"
)

// DevConsentPolicyURI stands for an ICB data-sharing agreement on the devnet (a real deployment names its own).
const DevConsentPolicyURI = "urn:bevan:devnet:icb-data-sharing-agreement"

// DeploymentConfig is the devnet's embedded deployment: three founding members (an NHS trust, a GP practice and
// a local authority), short governance periods so a demo can pass a proposal in seconds (a development config:
// below the governance floors that `bevan deploy` enforces elsewhere).
func DeploymentConfig() *deployment.Config {
	return &deployment.Config{
		Salt: "bevan-devnet",
		Members: []deployment.MemberConfig{
			{Address: DevAddress(RoleTrust), ODSCode: "RJ1", Kind: "nhs-trust"},
			{Address: DevAddress(RoleGP), ODSCode: "A81001", Kind: "gp-practice"},
			{Address: DevAddress(RoleCouncil), ODSCode: "E09000", Kind: "local-authority"},
		},
		Governance: deployment.GovernanceConfig{
			VotingDelayBlocks:    1,
			VotingPeriodBlocks:   10,
			QuorumPercent:        50,
			TimelockDelaySeconds: 5,
		},
		Custodians:          []common.Address{DevAddress(RoleTrust), DevAddress(RoleGateway)},
		EmergencyResponders: []common.Address{DevAddress(RoleGP)},
		DeviceRegistrars:    []common.Address{DevAddress(RoleTrust), DevAddress(RoleGP)},
		TelemetryGateways:   []common.Address{DevAddress(RoleGateway)},
		Releasers:           []common.Address{DevAddress(RoleAnalytics)},
		IdentityAttesters:   []common.Address{DevAddress(RoleAttester)},
		// Below the production governance floors on purpose: a demo passes a proposal in seconds.
		Development:      true,
		ConsentPolicyURI: DevConsentPolicyURI,
	}
}

// DeploymentConfigJSON is DeploymentConfig as a config file (`bevan deploy --config` takes the same shape).
func DeploymentConfigJSON() ([]byte, error) {
	raw, err := json.MarshalIndent(DeploymentConfig(), "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode devnet config: %w", err)
	}
	return raw, nil
}
