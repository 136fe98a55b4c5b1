package indexer

import (
	"sort"
	"testing"

	"github.com/bevan-health/bevan/deployment"
	"github.com/ethereum/go-ethereum/common"
)

// TestEveryEventDecodedOrKept: every event of the six contracts' ABIs is either decoded into a store event of its
// own or kept as a contract_events row on purpose (keptAsContractEvents), and never both.
func TestEveryEventDecodedOrKept(t *testing.T) {
	m := &deployment.Manifest{ChainID: 901, Contracts: map[string]deployment.Deployed{}}
	for i, n := range deployment.ContractNames {
		m.Contracts[n] = deployment.Deployed{Address: common.BytesToAddress([]byte{0xbe, byte(i + 1)})}
	}
	d, err := newDecoder(m)
	if err != nil {
		t.Fatal(err)
	}
	onPurpose := map[string]bool{}
	for c, evs := range keptAsContractEvents {
		for _, e := range evs {
			onPurpose[c+"."+e] = true
		}
	}
	var undecided, stale, both []string
	for ev := range d.kept {
		if !onPurpose[ev] {
			undecided = append(undecided, ev)
		}
	}
	for ev := range onPurpose {
		if d.typed[ev] {
			both = append(both, ev)
		} else if !d.kept[ev] {
			stale = append(stale, ev)
		}
	}
	sort.Strings(undecided)
	sort.Strings(stale)
	sort.Strings(both)
	if len(undecided) > 0 {
		t.Errorf("events neither decoded nor kept on purpose: %v; decode them (indexer/decode.go) or add them to keptAsContractEvents", undecided)
	}
	if len(stale) > 0 {
		t.Errorf("keptAsContractEvents names events the contracts do not have: %v", stale)
	}
	if len(both) > 0 {
		t.Errorf("events both decoded and listed in keptAsContractEvents: %v", both)
	}
}
