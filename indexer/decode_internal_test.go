package indexer

import (
	"sort"
	"testing"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/store"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// testDecoder is the decoder of a chain 901 deployment whose contracts stand at made-up addresses.
func testDecoder(t *testing.T) (*deployment.Manifest, *decoder) {
	t.Helper()
	m := &deployment.Manifest{ChainID: 901, Contracts: map[string]deployment.Deployed{}}
	for i, n := range deployment.ContractNames {
		m.Contracts[n] = deployment.Deployed{Address: common.BytesToAddress([]byte{0xbe, byte(i + 1)})}
	}
	d, err := newDecoder(m)
	if err != nil {
		t.Fatal(err)
	}
	return m, d
}

// TestEveryEventDecodedOrKept: every event of the six contracts' ABIs is either decoded into a store event of its
// own or kept as a contract_events row on purpose (keptAsContractEvents), and never both.
func TestEveryEventDecodedOrKept(t *testing.T) {
	_, d := testDecoder(t)
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

// TestIdentityRoleEvents: IdentityRegistry's RoleGranted and RoleRevoked of IDENTITY_ATTESTER_ROLE decode into the
// attester's role change carrying the contract event too; those of another role stay plain contract events. The
// contract event's arguments have the fixed-width form that migration 0013's backfill reads with substr.
func TestIdentityRoleEvents(t *testing.T) {
	m, d := testDecoder(t)
	abiIR, err := bindings.IdentityRegistryMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	attester, timelock := common.HexToAddress("0x00000000000000000000000000000000000000A1"), common.HexToAddress("0x7")
	logOf := func(name string, role common.Hash) types.Log {
		return types.Log{Address: m.IdentitiesAddress(), Topics: []common.Hash{abiIR.Events[name].ID, role,
			common.BytesToHash(attester.Bytes()), common.BytesToHash(timelock.Bytes())}, BlockNumber: 7, Index: 2}
	}
	meta := store.Meta{Block: 7, LogIndex: 2}
	for _, c := range []struct {
		name string
		held bool
	}{{"RoleGranted", true}, {"RoleRevoked", false}} {
		h := d.handlers[m.IdentitiesAddress()][abiIR.Events[c.name].ID]
		ev, err := h(logOf(c.name, identityAttesterRole), meta)
		if err != nil {
			t.Fatal(err)
		}
		e, ok := ev.(*store.AttesterRoleChanged)
		if !ok || e.Attester != attester || e.By != timelock || e.Held != c.held || e.Kept == nil ||
			e.Kept.Event != c.name || e.Kept.Contract != deployment.Identities {
			t.Fatalf("%s of IDENTITY_ATTESTER_ROLE: %#v", c.name, ev)
		}
		want := `{"account":"0x00000000000000000000000000000000000000a1","role":"` + identityAttesterRole.Hex() +
			`","sender":"0x0000000000000000000000000000000000000007"}`
		if e.Kept.Args != want {
			t.Fatalf("%s args %s, want %s (migration 0013 reads these widths)", c.name, e.Kept.Args, want)
		}
		ev, err = h(logOf(c.name, common.Hash{}), meta) // DEFAULT_ADMIN_ROLE
		if err != nil {
			t.Fatal(err)
		}
		if ce, ok := ev.(*store.ContractEvent); !ok || ce.Event != c.name {
			t.Fatalf("%s of DEFAULT_ADMIN_ROLE: %#v", c.name, ev)
		}
	}
}
