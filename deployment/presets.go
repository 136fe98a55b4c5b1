package deployment

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Chain is a chain preset: what Bevan needs to know about a network before it talks to it.
type Chain struct {
	Name      string        `json:"name"`
	ChainID   uint64        `json:"chainId"`
	BlockTime time.Duration `json:"blockTime"`
	// SafeTag and FinalizedTag report whether the RPC answers the `safe` and `finalized` block tags.
	SafeTag      bool `json:"safeTag"`
	FinalizedTag bool `json:"finalizedTag"`
	// OPStack reports whether the chain has the OP-stack predeploys (GasPriceOracle for the L1 data fee).
	OPStack bool `json:"opStack"`
	// Public reports a chain anyone can read and write: every transaction, event and hash on it is public and
	// permanent, and its sequencer and RPC are outside the ICB's control (see PublicChainWarning).
	Public bool `json:"public"`
}

// PublicChainWarning says why deploying Bevan to a public chain needs an explicit acknowledgement.
const PublicChainWarning = "is a public chain: every consent, guardian, emergency access and anchor is readable by anyone, " +
	"forever, and links patients' wallet addresses to purposes, grantees and times; pseudonymous data is still personal " +
	"data under UK GDPR. A production deployment runs on a permissioned, UK-resident OP-stack chain whose sequencer and RPC " +
	"only ICB members reach (docs/privacy.md)"

// DevnetChainID is the chain id of `bevan devnet`.
const DevnetChainID = 901

var presets = map[string]Chain{
	"devnet":       {Name: "devnet", ChainID: DevnetChainID, BlockTime: 0, SafeTag: true, FinalizedTag: true},
	"op-mainnet":   {Name: "op-mainnet", ChainID: 10, BlockTime: 2 * time.Second, SafeTag: true, FinalizedTag: true, OPStack: true, Public: true},
	"op-sepolia":   {Name: "op-sepolia", ChainID: 11155420, BlockTime: 2 * time.Second, SafeTag: true, FinalizedTag: true, OPStack: true, Public: true},
	"base":         {Name: "base", ChainID: 8453, BlockTime: 2 * time.Second, SafeTag: true, FinalizedTag: true, OPStack: true, Public: true},
	"base-sepolia": {Name: "base-sepolia", ChainID: 84532, BlockTime: 2 * time.Second, SafeTag: true, FinalizedTag: true, OPStack: true, Public: true},
}

// Preset returns the named chain preset.
func Preset(name string) (Chain, error) {
	c, ok := presets[strings.ToLower(strings.TrimSpace(name))]
	if !ok {
		return Chain{}, fmt.Errorf("unknown chain preset %q (want one of %s)", name, strings.Join(PresetNames(), ", "))
	}
	return c, nil
}

// PresetByChainID returns the preset for a chain id, if there is one.
func PresetByChainID(id uint64) (Chain, bool) {
	for _, c := range presets {
		if c.ChainID == id {
			return c, true
		}
	}
	return Chain{}, false
}

// PresetNames lists the preset names, sorted.
func PresetNames() []string {
	names := make([]string, 0, len(presets))
	for n := range presets {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
