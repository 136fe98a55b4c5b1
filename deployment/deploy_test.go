package deployment_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/internal/simchain"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func testConfig(c *simchain.Chain) *deployment.Config {
	addr := func(i int) common.Address { return crypto.PubkeyToAddress(c.Keys[i].PublicKey) }
	return &deployment.Config{
		Salt: "test",
		Members: []deployment.MemberConfig{
			{Address: addr(1), ODSCode: "RJ1", Kind: "nhs-trust"},
			{Address: addr(2), ODSCode: "A81001", Kind: "gp-practice"},
		},
		Governance:          deployment.GovernanceConfig{VotingDelayBlocks: 1, VotingPeriodBlocks: 20, QuorumPercent: 50, TimelockDelaySeconds: 60},
		Custodians:          []common.Address{addr(1)},
		EmergencyResponders: []common.Address{addr(2)},
		DeviceRegistrars:    []common.Address{addr(1), addr(2)},
		TelemetryGateways:   []common.Address{addr(3)},
		IdentityAttesters:   []common.Address{addr(3)},
		Development:         true, // short governance periods
	}
}

func TestDeployIsDeterministicIdempotentAndHandsOver(t *testing.T) {
	ctx := context.Background()
	chain, err := simchain.New(4)
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	cfg := testConfig(chain)
	d := deployment.NewDeployer(chain.Client, chain.Opts(0), devnettest.Log())

	plan, err := deployment.NewPlan(cfg, chain.Opts(0).From)
	if err != nil {
		t.Fatal(err)
	}
	m, err := d.Deploy(ctx, cfg, nil)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	for _, name := range deployment.ContractNames {
		got := m.Contracts[name]
		if got.Address != plan.Address[name] {
			t.Errorf("%s at %s, plan says %s", name, got.Address, plan.Address[name])
		}
		if got.TxHash == (common.Hash{}) || got.Block == 0 || got.CodeHash == (common.Hash{}) {
			t.Errorf("%s: manifest entry incomplete: %+v", name, got)
		}
	}
	if err := deployment.VerifyHandOver(ctx, chain.Client, m); err != nil {
		t.Fatalf("hand-over: %v", err)
	}
	checkDeviceRegistry(t, chain, cfg, m)
	checkBootstrap(t, chain, cfg, m)
	ir, err := bindings.NewIdentityRegistryCaller(m.IdentitiesAddress(), chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	role, _ := ir.IDENTITYATTESTERROLE(nil)
	if ok, err := ir.HasRole(nil, role, cfg.IdentityAttesters[0]); err != nil || !ok {
		t.Fatalf("the configured attester does not hold IDENTITY_ATTESTER_ROLE (err=%v)", err)
	}

	// Manifest round trip.
	path := deployment.Path(t.TempDir(), m.ChainID)
	if err := m.Save(path); err != nil {
		t.Fatal(err)
	}
	loaded, err := deployment.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if loaded.ConsentsAddress() != m.ConsentsAddress() || loaded.StartBlock != m.StartBlock {
		t.Fatalf("manifest round trip changed it: %+v vs %+v", loaded, m)
	}

	// Re-running sends nothing and returns the same manifest.
	before, _ := chain.Client.BlockNumber(ctx)
	again, err := d.Deploy(ctx, cfg, loaded)
	if err != nil {
		t.Fatalf("re-deploy: %v", err)
	}
	after, _ := chain.Client.BlockNumber(ctx)
	if after != before {
		t.Fatalf("idempotent re-run mined %d blocks", after-before)
	}
	for _, name := range deployment.ContractNames {
		if again.Contracts[name] != m.Contracts[name] {
			t.Errorf("%s changed on re-run: %+v vs %+v", name, again.Contracts[name], m.Contracts[name])
		}
	}

	// A manifest whose code hash disagrees with the chain is refused.
	tampered := *loaded
	tampered.Contracts = map[string]deployment.Deployed{}
	for k, v := range loaded.Contracts {
		tampered.Contracts[k] = v
	}
	fw := tampered.Contracts[deployment.Forwarder]
	fw.CodeHash = common.HexToHash("0x01")
	tampered.Contracts[deployment.Forwarder] = fw
	if _, err := d.Deploy(ctx, cfg, &tampered); err == nil || !strings.Contains(err.Error(), "code hash") {
		t.Fatalf("want code hash error, got %v", err)
	}

	// Another salt gives other addresses.
	cfg2 := *cfg
	cfg2.Salt = "other"
	plan2, err := deployment.NewPlan(&cfg2, chain.Opts(0).From)
	if err != nil {
		t.Fatal(err)
	}
	if plan2.Address[deployment.Consents] == plan.Address[deployment.Consents] {
		t.Fatal("salt does not change addresses")
	}
}

func TestDeployWithoutProxyFails(t *testing.T) {
	if err := deployNoProxy(t); err == nil {
		t.Fatal("want an error on a chain without the CREATE2 proxy")
	}
}

func TestConfigCheck(t *testing.T) {
	good := `{"salt":"x","members":[{"address":"0x0000000000000000000000000000000000000001","odsCode":"RJ1","kind":"nhs-trust"}],
	"governance":{"votingDelayBlocks":1,"votingPeriodBlocks":10,"quorumPercent":50,"timelockDelaySeconds":60},
	"custodians":[],"emergencyResponders":[],"development":true}`
	if _, err := deployment.ParseConfig([]byte(good)); err != nil {
		t.Fatalf("good config rejected: %v", err)
	}
	cases := map[string]string{
		"unknown field":  `{"salt":"x","bogus":1}`,
		"no members":     `{"salt":"x","members":[],"governance":{"votingPeriodBlocks":10,"quorumPercent":50}}`,
		"bad ods":        strings.Replace(good, `"RJ1"`, `"rj-1"`, 1),
		"bad kind":       strings.Replace(good, `"nhs-trust"`, `"hospital"`, 1),
		"zero quorum":    strings.Replace(good, `"quorumPercent":50`, `"quorumPercent":0`, 1),
		"quorum > 100":   strings.Replace(good, `"quorumPercent":50`, `"quorumPercent":101`, 1),
		"zero period":    strings.Replace(good, `"votingPeriodBlocks":10`, `"votingPeriodBlocks":0`, 1),
		"empty salt":     strings.Replace(good, `"salt":"x"`, `"salt":""`, 1),
		"zero member":    strings.Replace(good, `0x0000000000000000000000000000000000000001`, `0x0000000000000000000000000000000000000000`, 1),
		"zero custodian": strings.Replace(good, `"custodians":[]`, `"custodians":["0x0000000000000000000000000000000000000000"]`, 1),
		"zero registrar": strings.Replace(good, `"custodians":[]`, `"deviceRegistrars":["0x0000000000000000000000000000000000000000"]`, 1),
		"zero gateway":   strings.Replace(good, `"custodians":[]`, `"telemetryGateways":["0x0000000000000000000000000000000000000000"]`, 1),
		"zero attester":  strings.Replace(good, `"custodians":[]`, `"custodians":[],"identityAttesters":["0x0000000000000000000000000000000000000000"]`, 1),
		"not json":       `{`,
	}
	for name, raw := range cases {
		if _, err := deployment.ParseConfig([]byte(raw)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestConfigGovernanceFloors: a production config (no "development") below any governance floor is refused, every
// problem named; at the floors it is accepted; "development": true lifts them and is refused on mainnet presets.
func TestConfigGovernanceFloors(t *testing.T) {
	members := `[{"address":"0x0000000000000000000000000000000000000001","odsCode":"RJ1","kind":"nhs-trust"},
	{"address":"0x0000000000000000000000000000000000000002","odsCode":"A81001","kind":"gp-practice"},
	{"address":"0x0000000000000000000000000000000000000003","odsCode":"E09000","kind":"local-authority"}]`
	cfg := func(delay, period, quorum, timelock uint64, extra string) []byte {
		return []byte(fmt.Sprintf(`{"salt":"x","members":%s,"governance":{"votingDelayBlocks":%d,"votingPeriodBlocks":%d,`+
			`"quorumPercent":%d,"timelockDelaySeconds":%d}%s}`, members, delay, period, quorum, timelock, extra))
	}
	// The config: quorum 1 %, voting delay 0, a 1-block voting period and a 0 s timelock.
	_, err := deployment.ParseConfig(cfg(0, 1, 1, 0, ""))
	if err == nil {
		t.Fatal("quorum 1%, delay 0, period 1, timelock 0 accepted")
	}
	for _, want := range []string{"governance.quorumPercent: 1 is less than 25", "a quorum of 1 vote", "governance.votingDelayBlocks: 0",
		"governance.votingPeriodBlocks: 1", "governance.timelockDelaySeconds: 0", `"development": true lifts it`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not name %q:\n%v", want, err)
		}
	}
	// At the floors: accepted. One below any floor: refused.
	floor := func() (uint64, uint64, uint64, uint64) {
		return deployment.MinVotingDelayBlocks, deployment.MinVotingPeriodBlocks, deployment.MinQuorumPercent + 25, deployment.MinTimelockDelaySeconds
	}
	d, p, q, tl := floor()
	if _, err := deployment.ParseConfig(cfg(d, p, q, tl, "")); err != nil {
		t.Fatalf("config at the floors refused: %v", err)
	}
	for name, raw := range map[string][]byte{
		"delay":    cfg(d-1, p, q, tl, ""),
		"period":   cfg(d, p-1, q, tl, ""),
		"quorum":   cfg(d, p, deployment.MinQuorumPercent-1, tl, ""),
		"timelock": cfg(d, p, q, tl-1, ""),
		// 3 members at 33 %: one vote (rounded up from 0.99) would let the proposer pass alone
		"one-vote quorum": cfg(d, p, 33, tl, ""),
	} {
		if _, err := deployment.ParseConfig(raw); err == nil {
			t.Errorf("%s one below its floor: accepted", name)
		}
	}
	// A lone founding member is a quorum of one whatever the percentage.
	lone := strings.Replace(string(cfg(d, p, 100, tl, "")), members, `[{"address":"0x0000000000000000000000000000000000000001","odsCode":"RJ1","kind":"nhs-trust"}]`, 1)
	if _, err := deployment.ParseConfig([]byte(lone)); err == nil || !strings.Contains(err.Error(), "passes a proposal alone") {
		t.Errorf("one-member DAO: %v", err)
	}

	// development: true lifts the floors (the devnet's config does), and is refused on mainnet presets.
	dev, err := deployment.ParseConfig(cfg(0, 1, 1, 0, `,"development":true`))
	if err != nil {
		t.Fatalf("development config refused: %v", err)
	}
	for _, name := range []string{"devnet", "op-sepolia", "base-sepolia"} {
		chain, _ := deployment.Preset(name)
		if err := dev.CheckChain(chain); err != nil {
			t.Errorf("development config on %s: %v", name, err)
		}
	}
	for _, name := range []string{"op-mainnet", "base"} {
		chain, _ := deployment.Preset(name)
		if err := dev.CheckChain(chain); err == nil || !strings.Contains(err.Error(), `"development": true`) {
			t.Errorf("development config on %s: %v", name, err)
		}
	}
	prod, _ := deployment.ParseConfig(cfg(d, p, q, tl, ""))
	if chain, _ := deployment.Preset("op-mainnet"); prod.CheckChain(chain) != nil {
		t.Error("production config refused on op-mainnet")
	}
}

func TestPresets(t *testing.T) {
	for _, n := range deployment.PresetNames() {
		c, err := deployment.Preset(n)
		if err != nil || c.ChainID == 0 {
			t.Errorf("preset %s: %v %+v", n, err, c)
		}
	}
	if _, err := deployment.Preset("mainnet-ish"); err == nil {
		t.Error("unknown preset accepted")
	}
	if c, ok := deployment.PresetByChainID(10); !ok || c.Name != "op-mainnet" {
		t.Errorf("chain 10: %+v", c)
	}
	if _, err := deployment.Load(filepath.Join(t.TempDir(), "missing.json")); err == nil {
		t.Error("missing manifest loaded")
	}
}

// checkDeviceRegistry: DeviceRegistry knows the suite's forwarder and RecordAnchor, and the config's registrars and
// gateways hold their roles (and nobody else of the config does).
func checkDeviceRegistry(t *testing.T, chain *simchain.Chain, cfg *deployment.Config, m *deployment.Manifest) {
	t.Helper()
	dr, err := bindings.NewDeviceRegistryCaller(m.DevicesAddress(), chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	call := &bind.CallOpts{}
	if a, err := dr.ANCHORS(call); err != nil || a != m.AnchorsAddress() {
		t.Fatalf("DeviceRegistry.ANCHORS %s, want %s (%v)", a, m.AnchorsAddress(), err)
	}
	if ok, err := dr.IsTrustedForwarder(call, m.ForwarderAddress()); err != nil || !ok {
		t.Fatalf("DeviceRegistry does not trust the forwarder (%v)", err)
	}
	registrar, _ := dr.DEVICEREGISTRARROLE(call)
	gateway, _ := dr.TELEMETRYGATEWAYROLE(call)
	isIn := func(a common.Address, list []common.Address) bool {
		for _, x := range list {
			if x == a {
				return true
			}
		}
		return false
	}
	for _, a := range append(append([]common.Address{}, cfg.DeviceRegistrars...), cfg.TelemetryGateways...) {
		for _, r := range []struct {
			role [32]byte
			want bool
		}{{registrar, isIn(a, cfg.DeviceRegistrars)}, {gateway, isIn(a, cfg.TelemetryGateways)}} {
			if has, err := dr.HasRole(call, r.role, a); err != nil || has != r.want {
				t.Errorf("%s holds role %x: %v, want %v (%v)", a, r.role, has, r.want, err)
			}
		}
	}
}

// checkBootstrap: the bootstrap operation gave KeyRecovery ConsentRegistry's RECOVERY_ROLE and the timelock its
// configured delay.
func checkBootstrap(t *testing.T, chain *simchain.Chain, cfg *deployment.Config, m *deployment.Manifest) {
	t.Helper()
	cr, err := bindings.NewConsentRegistryCaller(m.ConsentsAddress(), chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	role, _ := cr.RECOVERYROLE(nil)
	if ok, err := cr.HasRole(nil, role, m.RecoveryAddress()); err != nil || !ok {
		t.Fatalf("KeyRecovery does not hold RECOVERY_ROLE (err=%v)", err)
	}
	if ok, err := cr.HasRole(nil, role, m.Deployer); err != nil || ok {
		t.Fatalf("the deployer holds RECOVERY_ROLE (err=%v)", err)
	}
	tl, err := bindings.NewBevanTimelockCaller(m.TimelockAddress(), chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	delay, err := tl.GetMinDelay(nil)
	if err != nil || delay.Uint64() != cfg.Governance.TimelockDelaySeconds {
		t.Fatalf("timelock delay %v, want %d (err=%v)", delay, cfg.Governance.TimelockDelaySeconds, err)
	}
	kr, err := bindings.NewKeyRecoveryCaller(m.RecoveryAddress(), chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := kr.CONSENTREGISTRY(nil); err != nil || got != m.ConsentsAddress() {
		t.Fatalf("KeyRecovery's ConsentRegistry %s (err=%v)", got, err)
	}
	if got, err := kr.IDENTITYREGISTRY(nil); err != nil || got != m.IdentitiesAddress() {
		t.Fatalf("KeyRecovery's IdentityRegistry %s (err=%v)", got, err)
	}
}
