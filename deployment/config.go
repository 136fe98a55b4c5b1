package deployment

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
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
	// Custodians receive RecordAnchor's CUSTODIAN_ROLE; EmergencyResponders ConsentRegistry's EMERGENCY_ROLE.
	Custodians          []common.Address `json:"custodians"`
	EmergencyResponders []common.Address `json:"emergencyResponders"`
}

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
	for i, a := range c.Custodians {
		if a == (common.Address{}) {
			errs = append(errs, fmt.Errorf("custodians[%d]: must not be zero", i))
		}
	}
	for i, a := range c.EmergencyResponders {
		if a == (common.Address{}) {
			errs = append(errs, fmt.Errorf("emergencyResponders[%d]: must not be zero", i))
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("invalid deployment config: %w", errors.Join(errs...))
	}
	return nil
}
