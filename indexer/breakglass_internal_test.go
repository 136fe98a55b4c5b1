package indexer

import (
	"strings"
	"testing"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/store"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestBreakGlassEventsKept: the break-glass controls' events reach contract_events — the DAO's rate-limit change
// (EmergencyLimitSet) and a revoker's fast revocation (AccessControl's RoleRevoked naming the revoker).
func TestBreakGlassEventsKept(t *testing.T) {
	m, d := testDecoder(t)
	a, err := bindings.ConsentRegistryMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	limitSet := a.Events["EmergencyLimitSet"]
	data, err := limitSet.Inputs.NonIndexed().Pack(uint32(5), uint32(3600))
	if err != nil {
		t.Fatal(err)
	}
	revoker, responder := common.HexToAddress("0x5707"), common.HexToAddress("0x911")
	emergencyRole := crypto.Keccak256Hash([]byte("EMERGENCY_ROLE"))
	for _, tc := range []struct {
		log        types.Log
		event      string
		argsSubstr []string
	}{
		{types.Log{Address: m.ConsentsAddress(), Topics: []common.Hash{limitSet.ID}, Data: data}, "EmergencyLimitSet",
			[]string{`"maxAccesses":"5"`, `"window":"3600"`}},
		{types.Log{Address: m.ConsentsAddress(), Topics: []common.Hash{a.Events["RoleRevoked"].ID, emergencyRole,
			common.BytesToHash(responder.Bytes()), common.BytesToHash(revoker.Bytes())}}, "RoleRevoked",
			[]string{`"sender":"` + strings.ToLower(revoker.Hex()) + `"`, `"account":"` + strings.ToLower(responder.Hex()) + `"`}},
	} {
		found := false
		for _, id := range d.topics() {
			found = found || id == tc.log.Topics[0]
		}
		if !found {
			t.Errorf("%s: not among the topics eth_getLogs asks for", tc.event)
		}
		ev, err := d.decode(tc.log, 1_700_000_000)
		if err != nil {
			t.Fatalf("%s: %v", tc.event, err)
		}
		ce, ok := ev.(*store.ContractEvent)
		if !ok || ce.Contract != deployment.Consents || ce.Event != tc.event {
			t.Fatalf("%s decoded as %#v", tc.event, ev)
		}
		for _, s := range tc.argsSubstr {
			if !strings.Contains(ce.Args, s) {
				t.Errorf("%s args %s: want %s", tc.event, ce.Args, s)
			}
		}
	}
}
