package deployment

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
)

// The contract names used as keys in a manifest.
const (
	Forwarder  = "BevanForwarder"
	Timelock   = "BevanTimelock"
	Governor   = "BevanGovernor"
	Members    = "Membership"
	Consents   = "ConsentRegistry"
	Anchors    = "RecordAnchor"
	Devices    = "DeviceRegistry"
	Access     = "DataAccess"
	Identities = "IdentityRegistry"
	Recovery   = "KeyRecovery"
)

// ContractNames lists the suite's contracts in deployment order.
var ContractNames = []string{Forwarder, Timelock, Members, Governor, Consents, Anchors, Devices, Access, Identities, Recovery}

// Deployed is one contract in a manifest.
type Deployed struct {
	Address common.Address `json:"address"`
	// TxHash and Block are those of the transaction that created it (zero when it was found already deployed and
	// the earlier manifest was not available).
	TxHash   common.Hash `json:"txHash"`
	Block    uint64      `json:"block"`
	CodeHash common.Hash `json:"codeHash"`
	Salt     common.Hash `json:"salt"`
}

// Manifest is the one source of Bevan's contract addresses on a chain (deployments/<chainId>.json).
type Manifest struct {
	ChainID   uint64              `json:"chainId"`
	Deployer  common.Address      `json:"deployer"`
	Salt      string              `json:"salt"`
	Contracts map[string]Deployed `json:"contracts"`
	// StartBlock is the lowest block any contract was deployed in: where an indexer starts.
	StartBlock uint64 `json:"startBlock"`
	// ConsentPolicyURI is the deployment config's consentPolicyUri (the ICB's data-sharing agreement), if any.
	ConsentPolicyURI string `json:"consentPolicyUri,omitempty"`
}

// Address returns a contract's address, or an error naming what is missing.
func (m *Manifest) Address(name string) (common.Address, error) {
	d, ok := m.Contracts[name]
	if !ok || d.Address == (common.Address{}) {
		return common.Address{}, fmt.Errorf("manifest for chain %d has no %s", m.ChainID, name)
	}
	return d.Address, nil
}

func (m *Manifest) addr(name string) common.Address { return m.Contracts[name].Address }

// ForwarderAddress returns the forwarder's address (zero if absent: call Validate first).
func (m *Manifest) ForwarderAddress() common.Address { return m.addr(Forwarder) }

// TimelockAddress returns the timelock's address (zero if absent).
func (m *Manifest) TimelockAddress() common.Address { return m.addr(Timelock) }

// GovernorAddress returns the governor's address (zero if absent).
func (m *Manifest) GovernorAddress() common.Address { return m.addr(Governor) }

// MembershipAddress returns Membership's address (zero if absent).
func (m *Manifest) MembershipAddress() common.Address { return m.addr(Members) }

// ConsentsAddress returns ConsentRegistry's address (zero if absent).
func (m *Manifest) ConsentsAddress() common.Address { return m.addr(Consents) }

// AnchorsAddress returns RecordAnchor's address (zero if absent).
func (m *Manifest) AnchorsAddress() common.Address { return m.addr(Anchors) }

// DevicesAddress returns DeviceRegistry's address (zero if absent).
func (m *Manifest) DevicesAddress() common.Address { return m.addr(Devices) }

// AccessAddress returns DataAccess's address (zero if absent).
func (m *Manifest) AccessAddress() common.Address { return m.addr(Access) }

// IdentitiesAddress returns IdentityRegistry's address (zero if absent).
func (m *Manifest) IdentitiesAddress() common.Address { return m.addr(Identities) }

// RecoveryAddress returns KeyRecovery's address (zero if absent).
func (m *Manifest) RecoveryAddress() common.Address { return m.addr(Recovery) }

// Validate checks that every contract of the suite has an address.
func (m *Manifest) Validate() error {
	if m.ChainID == 0 {
		return errors.New("manifest: chainId is missing")
	}
	for _, n := range ContractNames {
		if _, err := m.Address(n); err != nil {
			return err
		}
	}
	return nil
}

// Path is where the manifest of chainID lives under dir.
func Path(dir string, chainID uint64) string {
	return filepath.Join(dir, strconv.FormatUint(chainID, 10)+".json")
}

// Load reads and validates a manifest file.
func Load(path string) (*Manifest, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read deployment manifest: %w", err)
	}
	var m Manifest
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("parse deployment manifest %s: %w", path, err)
	}
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &m, nil
}

// Save writes the manifest atomically (temp file + rename) to path.
func (m *Manifest) Save(path string) error {
	raw, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("encode manifest: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("create manifest directory: %w", err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(raw, '\n'), 0o644); err != nil {
		return fmt.Errorf("write manifest: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write manifest: %w", err)
	}
	return nil
}

// Source is where a command finds its deployment manifest: a manifest file, or the directory of <chainId>.json
// manifests with the chain id asked from the chain.
type Source struct {
	// File is a manifest file; when set, Dir and the chain are not consulted.
	File string
	// Dir holds the manifests as <chainId>.json.
	Dir string
}

// Resolve loads the manifest src names, and returns it with its path. Without src.File it asks chainID (e.g. an
// ethclient's ChainID, or ChainIDOf) for the chain's id and loads Dir/<chainId>.json. Every service and command
// finds its manifest this way. When the manifest cannot be loaded (e.g. before a first deployment) the path is
// still returned with the error, once it is known.
func Resolve(ctx context.Context, src Source, chainID func(context.Context) (*big.Int, error)) (*Manifest, string, error) {
	if src.File != "" {
		m, err := Load(src.File)
		if err != nil {
			return nil, src.File, err
		}
		return m, src.File, nil
	}
	if src.Dir == "" {
		return nil, "", errors.New("deployment manifest: give a manifest file or the directory of <chainId>.json manifests")
	}
	id, err := chainID(ctx)
	if err != nil {
		return nil, "", fmt.Errorf("deployment manifest: chain id: %w", err)
	}
	path := Path(src.Dir, id.Uint64())
	m, err := Load(path)
	if err != nil {
		return nil, path, fmt.Errorf("chain %d: %w", id, err)
	}
	return m, path, nil
}

// ResolvePath is Resolve for a service that loads its manifest itself (the relayer, the telemetry gateway): src.File
// as it is, or else Dir/<chainId>.json once it loads, the chain id asked from rpc within 10 s.
func ResolvePath(ctx context.Context, src Source, rpc string) (string, error) {
	if src.File != "" {
		return src.File, nil
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	_, path, err := Resolve(ctx, src, ChainIDOf(rpc))
	if err != nil {
		return "", err
	}
	return path, nil
}

// ChainIDOf is Resolve's chainID for a caller that has not dialled the chain yet: it dials rpc, asks, and hangs up.
func ChainIDOf(rpc string) func(context.Context) (*big.Int, error) {
	return func(ctx context.Context) (*big.Int, error) {
		cl, err := ethclient.DialContext(ctx, rpc)
		if err != nil {
			return nil, fmt.Errorf("dial %s: %w", rpc, err)
		}
		defer cl.Close()
		id, err := cl.ChainID(ctx)
		if err != nil {
			return nil, fmt.Errorf("chain id from %s: %w", rpc, err)
		}
		return id, nil
	}
}
