package deployment

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"

	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
)

// Config is what a deployment of the suite is made from. The same Config and deployer give the same addresses on
// every chain.
type Config struct {
	// Salt distinguishes otherwise identical deployments (e.g. two ICBs on one chain).
	Salt       string           `json:"salt"`
	Members    []MemberConfig   `json:"members"`
	Governance GovernanceConfig `json:"governance"`
	// Custodians receive RecordAnchor's CUSTODIAN_ROLE; EmergencyResponders ConsentRegistry's EMERGENCY_ROLE;
	// IdentityAttesters IdentityRegistry's IDENTITY_ATTESTER_ROLE (docs/identity.md).
	Custodians          []common.Address `json:"custodians"`
	EmergencyResponders []common.Address `json:"emergencyResponders"`
	// DeviceRegistrars receive DeviceRegistry's DEVICE_REGISTRAR_ROLE (members' registrars, who register devices);
	// TelemetryGateways its TELEMETRY_GATEWAY_ROLE (a gateway also needs to be among Custodians to anchor its
	// reading batches). Both optional: the DAO grants them later.
	DeviceRegistrars  []common.Address `json:"deviceRegistrars,omitempty"`
	TelemetryGateways []common.Address `json:"telemetryGateways,omitempty"`
	// Releasers receive DataAccess's RELEASER_ROLE: the analytics servers that record dataset releases.
	Releasers         []common.Address `json:"releasers,omitempty"`
	IdentityAttesters []common.Address `json:"identityAttesters,omitempty"`
	// Development lifts the governance floors (MinQuorumPercent and the rest) so a local chain can pass a proposal
	// in seconds. The devnet's embedded config sets it; CheckChain refuses it on a mainnet preset.
	Development bool `json:"development,omitempty"`
	// ConsentPolicyURI names the legal basis consents are given under (the ICB's data-sharing agreement): FHIR
	// Consent renderings carry it as policy.uri. Optional; an absolute URI when set.
	ConsentPolicyURI string `json:"consentPolicyUri,omitempty"`
}

// The governance floors: a config below any of them is refused unless it sets "development": true. Block counts
// assume the 2-second blocks of every OP-stack preset. docs/governance.md explains each trade-off.
const (
	// MinQuorumPercent: a quarter of the members must vote For or Abstain (the Governor rounds the quorum up).
	MinQuorumPercent = 25
	// MinQuorumVotes: with the founding members, the quorum needs at least two organisations, so no proposer
	// passes a proposal alone.
	MinQuorumVotes = 2
	// MinVotingDelayBlocks: one hour between a proposal and the start of voting, for members to notice it.
	MinVotingDelayBlocks = 1_800
	// MinVotingPeriodBlocks: voting lasts at least a day.
	MinVotingPeriodBlocks = 43_200
	// MinTimelockDelaySeconds: a passed proposal waits a day in the timelock before it can be executed.
	MinTimelockDelaySeconds = 24 * 3600
)

// developmentChains are the chains a development config may be deployed to: the devnet and the public testnets.
var developmentChains = map[uint64]bool{DevnetChainID: true, 11155420: true, 84532: true}

// MemberConfig is a founding member organisation.
type MemberConfig struct {
	Address common.Address `json:"address"`
	ODSCode string         `json:"odsCode"`
	Kind    string         `json:"kind"`
}

// GovernanceConfig holds the Governor's and timelock's parameters.
type GovernanceConfig struct {
	VotingDelayBlocks    uint64 `json:"votingDelayBlocks"`
	VotingPeriodBlocks   uint64 `json:"votingPeriodBlocks"`
	QuorumPercent        uint64 `json:"quorumPercent"`
	TimelockDelaySeconds uint64 `json:"timelockDelaySeconds"`
}

// LoadConfig reads a JSON deployment config; unknown fields are an error, and the result is checked.
func LoadConfig(path string) (*Config, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read deployment config: %w", err)
	}
	return ParseConfig(raw)
}

// ParseConfig decodes and checks a JSON deployment config.
func ParseConfig(raw []byte) (*Config, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var c Config
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("parse deployment config: %w", err)
	}
	if err := c.Check(); err != nil {
		return nil, err
	}
	return &c, nil
}

// Check validates the config and returns every problem found, joined.
func (c *Config) Check() error {
	var errs []error
	if strings.TrimSpace(c.Salt) == "" {
		errs = append(errs, errors.New("salt: must not be empty"))
	}
	if len(c.Members) == 0 {
		errs = append(errs, errors.New("members: at least one founding member is needed (the DAO needs voters)"))
	}
	seen := map[common.Address]bool{}
	seenODS := map[string]bool{}
	for i, m := range c.Members {
		if m.Address == (common.Address{}) {
			errs = append(errs, fmt.Errorf("members[%d].address: must not be zero", i))
		}
		if seen[m.Address] {
			errs = append(errs, fmt.Errorf("members[%d].address: %s appears twice", i, m.Address))
		}
		seen[m.Address] = true
		if _, err := vocab.ODSCode(m.ODSCode); err != nil {
			errs = append(errs, fmt.Errorf("members[%d].odsCode: %w", i, err))
		}
		if seenODS[m.ODSCode] {
			errs = append(errs, fmt.Errorf("members[%d].odsCode: %s appears twice", i, m.ODSCode))
		}
		seenODS[m.ODSCode] = true
		if _, err := vocab.ParseKind(m.Kind); err != nil {
			errs = append(errs, fmt.Errorf("members[%d].kind: %w", i, err))
		}
	}
	if u := c.ConsentPolicyURI; u != "" {
		if pu, err := url.Parse(u); err != nil || !pu.IsAbs() || strings.ContainsAny(u, " \t\n") {
			errs = append(errs, fmt.Errorf("consentPolicyUri: %q is not an absolute URI", u))
		}
	}
	g := c.Governance
	if g.VotingPeriodBlocks == 0 || g.VotingPeriodBlocks > 1<<32-1 {
		errs = append(errs, errors.New("governance.votingPeriodBlocks: must be between 1 and 4294967295"))
	}
	if g.VotingDelayBlocks > 1<<48-1 {
		errs = append(errs, errors.New("governance.votingDelayBlocks: too large"))
	}
	if g.QuorumPercent == 0 || g.QuorumPercent > 100 {
		errs = append(errs, errors.New("governance.quorumPercent: must be between 1 and 100"))
	}
	if g.TimelockDelaySeconds > 30*24*3600 {
		errs = append(errs, errors.New("governance.timelockDelaySeconds: more than 30 days"))
	}
	if !c.Development {
		errs = append(errs, c.checkFloors()...)
	}
	errs = append(errs, nonZero("custodians", c.Custodians)...)
	errs = append(errs, nonZero("emergencyResponders", c.EmergencyResponders)...)
	errs = append(errs, nonZero("deviceRegistrars", c.DeviceRegistrars)...)
	errs = append(errs, nonZero("telemetryGateways", c.TelemetryGateways)...)
	errs = append(errs, nonZero("releasers", c.Releasers)...)
	errs = append(errs, nonZero("identityAttesters", c.IdentityAttesters)...)
	if len(errs) > 0 {
		return fmt.Errorf("invalid deployment config: %w", errors.Join(errs...))
	}
	return nil
}

// nonZero lists the zero addresses of a role's holders.
func nonZero(field string, holders []common.Address) []error {
	var errs []error
	for i, a := range holders {
		if a == (common.Address{}) {
			errs = append(errs, fmt.Errorf("%s[%d]: must not be zero", field, i))
		}
	}
	return errs
}

// checkFloors lists the governance settings below the production floors.
func (c *Config) checkFloors() []error {
	const hint = ` (below the floor; "development": true lifts it for a local chain)`
	g := c.Governance
	var errs []error
	if g.QuorumPercent != 0 && g.QuorumPercent < MinQuorumPercent {
		errs = append(errs, fmt.Errorf("governance.quorumPercent: %d is less than %d%s", g.QuorumPercent, MinQuorumPercent, hint))
	}
	if q := (uint64(len(c.Members))*g.QuorumPercent + 99) / 100; g.QuorumPercent <= 100 && q < MinQuorumVotes {
		errs = append(errs, fmt.Errorf("governance.quorumPercent: %d%% of %d founding members is a quorum of %d vote, so a proposer "+
			"passes a proposal alone; at least %d votes are needed%s", g.QuorumPercent, len(c.Members), q, MinQuorumVotes, hint))
	}
	if g.VotingDelayBlocks < MinVotingDelayBlocks {
		errs = append(errs, fmt.Errorf("governance.votingDelayBlocks: %d is less than %d (1 hour at 2 s blocks)%s",
			g.VotingDelayBlocks, MinVotingDelayBlocks, hint))
	}
	if g.VotingPeriodBlocks != 0 && g.VotingPeriodBlocks < MinVotingPeriodBlocks {
		errs = append(errs, fmt.Errorf("governance.votingPeriodBlocks: %d is less than %d (1 day at 2 s blocks)%s",
			g.VotingPeriodBlocks, MinVotingPeriodBlocks, hint))
	}
	if g.TimelockDelaySeconds < MinTimelockDelaySeconds {
		errs = append(errs, fmt.Errorf("governance.timelockDelaySeconds: %d is less than %d (1 day)%s",
			g.TimelockDelaySeconds, MinTimelockDelaySeconds, hint))
	}
	return errs
}

// CheckChain refuses a development config (governance floors lifted) on a chain other than the devnet and the
// public testnets: a production DAO whose proposals pass in seconds could be taken over before members notice.
func (c *Config) CheckChain(chain Chain) error {
	if c.Development && !developmentChains[chain.ChainID] {
		return fmt.Errorf("deployment config sets \"development\": true (governance floors lifted), which is refused on %s: "+
			"remove it and meet the floors (docs/governance.md)", chain.Name)
	}
	return nil
}
