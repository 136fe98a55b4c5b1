package deployment

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Create2Proxy is the standard deterministic-deployment proxy (Arachnid's), present on anvil and OP-stack chains.
var Create2Proxy = common.HexToAddress("0x4e59b44847b379578588920cA78FbF26c0B4956C")

// Create2ProxyCode is the proxy's runtime code, for chains (or simulated backends) that must be given it.
var Create2ProxyCode = common.FromHex("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe03601600081602082378035828234f58015156039578182fd5b8082525050506014600cf3")

// ErrNoCreate2Proxy means the chain has no deterministic-deployment proxy.
var ErrNoCreate2Proxy = errors.New("the deterministic-deployment proxy 0x4e59b44847b379578588920cA78FbF26c0B4956C has no code on this chain; deploy it first (see https://github.com/Arachnid/deterministic-deployment-proxy)")

// Backend is what a deployment needs from a chain client; ethclient.Client and the simulated client satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// Deployer deploys the suite with one signing account.
type Deployer struct {
	backend Backend
	opts    *bind.TransactOpts
	log     *slog.Logger
}

// NewDeployer returns a Deployer that signs with opts (its From is the deployer and the timelock's bootstrap admin).
func NewDeployer(backend Backend, opts *bind.TransactOpts, log *slog.Logger) *Deployer {
	return &Deployer{backend: backend, opts: opts, log: log}
}

// Create2Address is the address CREATE2 through the proxy gives initCode with salt.
func Create2Address(salt common.Hash, initCode []byte) common.Address {
	return crypto.CreateAddress2(Create2Proxy, salt, crypto.Keccak256(initCode))
}

// SaltFor derives a contract's CREATE2 salt from the config salt and the contract's name.
func SaltFor(configSalt, contract string) common.Hash {
	return crypto.Keccak256Hash([]byte("bevan:" + configSalt + ":" + contract))
}

// Plan is the init code of every contract for a config and deployer, and so their addresses, before anything is sent.
type Plan struct {
	Salt     map[string]common.Hash
	InitCode map[string][]byte
	Address  map[string]common.Address
}

// NewPlan computes the init code and address of every contract of the suite.
func NewPlan(cfg *Config, deployer common.Address) (*Plan, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	p := &Plan{Salt: map[string]common.Hash{}, InitCode: map[string][]byte{}, Address: map[string]common.Address{}}
	add := func(name string, md *bind.MetaData, args ...any) error {
		parsed, err := md.GetAbi()
		if err != nil {
			return fmt.Errorf("%s ABI: %w", name, err)
		}
		packed, err := parsed.Pack("", args...)
		if err != nil {
			return fmt.Errorf("%s constructor arguments: %w", name, err)
		}
		code := append(common.FromHex(md.Bin), packed...)
		p.Salt[name] = SaltFor(cfg.Salt, name)
		p.InitCode[name] = code
		p.Address[name] = Create2Address(p.Salt[name], code)
		return nil
	}
	g := cfg.Governance
	members := make([]bindings.MembershipInitialMember, len(cfg.Members))
	for i, m := range cfg.Members {
		ods, _ := vocab.ODSCode(m.ODSCode) // checked by cfg.Check
		kind, _ := vocab.ParseKind(m.Kind)
		members[i] = bindings.MembershipInitialMember{Account: m.Address, OdsCode: ods, Kind: uint8(kind)}
	}
	nonNil := func(a []common.Address) []common.Address {
		if a == nil {
			return []common.Address{}
		}
		return a
	}
	steps := []struct {
		name string
		md   *bind.MetaData
		args func() []any
	}{
		{Forwarder, bindings.BevanForwarderMetaData, func() []any { return nil }},
		// The timelock starts with no delay: the deployer, its bootstrap admin, runs the suite's wiring through it
		// at once (grants no constructor can make, and then the configured delay) in the hand-over; see bootstrap.
		{Timelock, bindings.BevanTimelockMetaData, func() []any { return []any{new(big.Int), deployer} }},
		{Members, bindings.MembershipMetaData, func() []any { return []any{p.Address[Timelock], members} }},
		{Governor, bindings.BevanGovernorMetaData, func() []any {
			return []any{p.Address[Members], p.Address[Timelock], p.Address[Forwarder],
				new(big.Int).SetUint64(g.VotingDelayBlocks), uint32(g.VotingPeriodBlocks),
				new(big.Int).SetUint64(g.QuorumPercent)}
		}},
		{Consents, bindings.ConsentRegistryMetaData, func() []any {
			return []any{p.Address[Forwarder], p.Address[Timelock], nonNil(cfg.EmergencyResponders)}
		}},
		{Anchors, bindings.RecordAnchorMetaData, func() []any {
			return []any{p.Address[Forwarder], p.Address[Timelock], nonNil(cfg.Custodians)}
		}},
		{Devices, bindings.DeviceRegistryMetaData, func() []any {
			return []any{p.Address[Forwarder], p.Address[Anchors], p.Address[Timelock],
				nonNil(cfg.DeviceRegistrars), nonNil(cfg.TelemetryGateways)}
		}},
		{Access, bindings.DataAccessMetaData, func() []any {
			return []any{p.Address[Forwarder], p.Address[Timelock], p.Address[Members], nonNil(cfg.Releasers)}
		}},
		{Identities, bindings.IdentityRegistryMetaData, func() []any {
			return []any{p.Address[Forwarder], p.Address[Timelock], nonNil(cfg.IdentityAttesters)}
		}},
		{Recovery, bindings.KeyRecoveryMetaData, func() []any {
			return []any{p.Address[Forwarder], p.Address[Timelock], p.Address[Identities], p.Address[Consents]}
		}},
	}
	for _, s := range steps {
		if err := add(s.name, s.md, s.args()...); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// Deploy deploys whatever of the suite is missing, hands the timelock over to the Governor, and returns the
// manifest. Contracts already at their CREATE2 address are checked (and, when prev is given, compared by code hash
// with the earlier manifest) and skipped, so re-running is idempotent.
func (d *Deployer) Deploy(ctx context.Context, cfg *Config, prev *Manifest) (*Manifest, error) {
	chainID, err := d.backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	code, err := d.backend.CodeAt(ctx, Create2Proxy, nil)
	if err != nil {
		return nil, fmt.Errorf("read the deterministic-deployment proxy: %w", err)
	}
	if len(code) == 0 {
		return nil, ErrNoCreate2Proxy
	}
	plan, err := NewPlan(cfg, d.opts.From)
	if err != nil {
		return nil, err
	}
	m := &Manifest{ChainID: chainID.Uint64(), Deployer: d.opts.From, Salt: cfg.Salt, Contracts: map[string]Deployed{},
		ConsentPolicyURI: cfg.ConsentPolicyURI}
	proxy := bind.NewBoundContract(Create2Proxy, abi.ABI{}, d.backend, d.backend, d.backend)
	for _, name := range ContractNames {
		addr := plan.Address[name]
		dep := Deployed{Address: addr, Salt: plan.Salt[name]}
		live, err := d.backend.CodeAt(ctx, addr, nil)
		if err != nil {
			return nil, fmt.Errorf("read code of %s at %s: %w", name, addr, err)
		}
		if len(live) > 0 {
			dep.CodeHash = crypto.Keccak256Hash(live)
			if prev != nil {
				if old, ok := prev.Contracts[name]; ok && old.Address == addr {
					if old.CodeHash != dep.CodeHash {
						return nil, fmt.Errorf("%s at %s: code hash %s differs from the manifest's %s", name, addr, dep.CodeHash, old.CodeHash)
					}
					dep.TxHash, dep.Block = old.TxHash, old.Block
				}
			}
			d.log.Info("already deployed, skipped", "contract", name, "address", addr)
		} else {
			opts := *d.opts
			opts.Context = ctx
			tx, err := proxy.RawTransact(&opts, append(plan.Salt[name].Bytes(), plan.InitCode[name]...))
			if err != nil {
				return nil, fmt.Errorf("deploy %s: %w", name, err)
			}
			rcpt, err := d.wait(ctx, tx, "deploy "+name)
			if err != nil {
				return nil, err
			}
			live, err = d.backend.CodeAt(ctx, addr, nil)
			if err != nil {
				return nil, fmt.Errorf("read code of %s: %w", name, err)
			}
			if len(live) == 0 {
				return nil, fmt.Errorf("deploy %s: no code at %s after transaction %s", name, addr, tx.Hash())
			}
			dep.TxHash, dep.Block, dep.CodeHash = tx.Hash(), rcpt.BlockNumber.Uint64(), crypto.Keccak256Hash(live)
			d.log.Info("deployed", "contract", name, "address", addr, "tx", tx.Hash(), "gas", rcpt.GasUsed)
		}
		m.Contracts[name] = dep
	}
	m.StartBlock = ^uint64(0)
	for _, c := range m.Contracts {
		if c.Block != 0 && c.Block < m.StartBlock {
			m.StartBlock = c.Block
		}
	}
	if m.StartBlock == ^uint64(0) {
		m.StartBlock = 0
	}
	if err := d.handOver(ctx, cfg, m); err != nil {
		return nil, err
	}
	return m, nil
}

// handOver gives the timelock to the Governor, runs the bootstrap operation, and renounces the deployer's bootstrap
// role, step by step and idempotently (each step is skipped when already done).
func (d *Deployer) handOver(ctx context.Context, cfg *Config, m *Manifest) error {
	tl, err := bindings.NewBevanTimelock(m.TimelockAddress(), d.backend)
	if err != nil {
		return fmt.Errorf("bind timelock: %w", err)
	}
	call := &bind.CallOpts{Context: ctx}
	roles := []struct {
		name    string
		role    func(*bind.CallOpts) ([32]byte, error)
		account common.Address
	}{
		{"PROPOSER_ROLE", tl.PROPOSERROLE, m.GovernorAddress()},
		{"CANCELLER_ROLE", tl.CANCELLERROLE, m.GovernorAddress()},
		{"EXECUTOR_ROLE", tl.EXECUTORROLE, common.Address{}},
	}
	admin, err := tl.DEFAULTADMINROLE(call)
	if err != nil {
		return fmt.Errorf("timelock admin role: %w", err)
	}
	isAdmin, err := tl.HasRole(call, admin, d.opts.From)
	if err != nil {
		return fmt.Errorf("timelock admin check: %w", err)
	}
	for _, r := range roles {
		role, err := r.role(call)
		if err != nil {
			return fmt.Errorf("timelock %s: %w", r.name, err)
		}
		has, err := tl.HasRole(call, role, r.account)
		if err != nil {
			return fmt.Errorf("timelock %s check: %w", r.name, err)
		}
		if has {
			continue
		}
		if !isAdmin {
			return fmt.Errorf("timelock %s is not held by %s and the deployer %s is no longer its admin: the hand-over of this deployment was done by another key or broken; redeploy with a new salt", r.name, r.account, d.opts.From)
		}
		opts := d.txOpts(ctx)
		tx, err := tl.GrantRole(opts, role, r.account)
		if err != nil {
			return fmt.Errorf("grant timelock %s: %w", r.name, err)
		}
		if _, err := d.wait(ctx, tx, "grant "+r.name); err != nil {
			return err
		}
		d.log.Info("timelock role granted", "role", r.name, "to", r.account)
	}
	if err := d.bootstrap(ctx, tl, isAdmin, cfg, m); err != nil {
		return err
	}
	if isAdmin {
		tx, err := tl.RenounceRole(d.txOpts(ctx), admin, d.opts.From)
		if err != nil {
			return fmt.Errorf("renounce bootstrap admin: %w", err)
		}
		if _, err := d.wait(ctx, tx, "renounce bootstrap admin"); err != nil {
			return err
		}
		d.log.Info("deployer renounced the timelock's admin role", "deployer", d.opts.From)
	}
	return nil
}

// bootstrap runs, through the timelock, what no constructor can do because the addresses depend on each other
// (KeyRecovery's address depends on ConsentRegistry's, so ConsentRegistry cannot be built with KeyRecovery holding
// RECOVERY_ROLE): one batch granting ConsentRegistry's RECOVERY_ROLE to KeyRecovery and then setting the timelock's
// configured delay. The timelock is created with no delay for this (NewPlan) and the deployer, still its admin, makes
// itself proposer for the one batch and renounces that right after. Until the hand-over ends the deployer could do
// anything with the timelock anyway; afterwards every change waits the configured delay.
func (d *Deployer) bootstrap(ctx context.Context, tl *bindings.BevanTimelock, isAdmin bool, cfg *Config, m *Manifest) error {
	call := &bind.CallOpts{Context: ctx}
	cr, err := bindings.NewConsentRegistry(m.ConsentsAddress(), d.backend)
	if err != nil {
		return fmt.Errorf("bind ConsentRegistry: %w", err)
	}
	recoveryRole, err := cr.RECOVERYROLE(call)
	if err != nil {
		return fmt.Errorf("ConsentRegistry RECOVERY_ROLE: %w", err)
	}
	crABI, err := bindings.ConsentRegistryMetaData.GetAbi()
	if err != nil {
		return fmt.Errorf("ConsentRegistry ABI: %w", err)
	}
	tlABI, err := bindings.BevanTimelockMetaData.GetAbi()
	if err != nil {
		return fmt.Errorf("timelock ABI: %w", err)
	}
	grant, err := crABI.Pack("grantRole", recoveryRole, m.RecoveryAddress())
	if err != nil {
		return fmt.Errorf("pack grantRole: %w", err)
	}
	delay := new(big.Int).SetUint64(cfg.Governance.TimelockDelaySeconds)
	update, err := tlABI.Pack("updateDelay", delay)
	if err != nil {
		return fmt.Errorf("pack updateDelay: %w", err)
	}
	targets := []common.Address{m.ConsentsAddress(), m.TimelockAddress()}
	values := []*big.Int{new(big.Int), new(big.Int)}
	payloads := [][]byte{grant, update}
	var predecessor [32]byte
	salt := SaltFor(cfg.Salt, "bootstrap")
	id, err := tl.HashOperationBatch(call, targets, values, payloads, predecessor, salt)
	if err != nil {
		return fmt.Errorf("bootstrap operation id: %w", err)
	}
	done, err := tl.IsOperationDone(call, id)
	if err != nil {
		return fmt.Errorf("bootstrap operation state: %w", err)
	}
	proposer, err := tl.PROPOSERROLE(call)
	if err != nil {
		return fmt.Errorf("timelock PROPOSER_ROLE: %w", err)
	}
	if !done {
		if !isAdmin {
			return fmt.Errorf("the bootstrap operation (KeyRecovery's RECOVERY_ROLE, the timelock delay) was not run and the deployer %s is no longer the timelock's admin: redeploy with a new salt", d.opts.From)
		}
		if err := d.send(ctx, "grant the deployer PROPOSER_ROLE for the bootstrap", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return tl.GrantRole(o, proposer, d.opts.From)
		}); err != nil {
			return err
		}
		scheduled, err := tl.IsOperation(call, id)
		if err != nil {
			return fmt.Errorf("bootstrap operation state: %w", err)
		}
		if !scheduled {
			if err := d.send(ctx, "schedule the bootstrap", func(o *bind.TransactOpts) (*types.Transaction, error) {
				return tl.ScheduleBatch(o, targets, values, payloads, predecessor, salt, new(big.Int))
			}); err != nil {
				return err
			}
		}
		if err := d.send(ctx, "execute the bootstrap", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return tl.ExecuteBatch(o, targets, values, payloads, predecessor, salt)
		}); err != nil {
			return err
		}
		d.log.Info("bootstrap run through the timelock", "recovery", m.RecoveryAddress(), "timelockDelay", delay)
	}
	stillProposer, err := tl.HasRole(call, proposer, d.opts.From)
	if err != nil {
		return fmt.Errorf("timelock PROPOSER_ROLE check: %w", err)
	}
	if stillProposer {
		return d.send(ctx, "renounce the deployer's PROPOSER_ROLE", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return tl.RenounceRole(o, proposer, d.opts.From)
		})
	}
	return nil
}

// send sends one transaction and waits for it to succeed.
func (d *Deployer) send(ctx context.Context, what string, tx func(*bind.TransactOpts) (*types.Transaction, error)) error {
	t, err := tx(d.txOpts(ctx))
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	_, err = d.wait(ctx, t, what)
	return err
}

func (d *Deployer) txOpts(ctx context.Context) *bind.TransactOpts {
	opts := *d.opts
	opts.Context = ctx
	return &opts
}

func (d *Deployer) wait(ctx context.Context, tx *types.Transaction, what string) (*types.Receipt, error) {
	rcpt, err := bind.WaitMined(ctx, d.backend, tx)
	if err != nil {
		return nil, fmt.Errorf("%s: wait for %s: %w", what, tx.Hash(), err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("%s: transaction %s reverted", what, tx.Hash())
	}
	return rcpt, nil
}

// VerifyHandOver checks that the deployer holds no role anywhere in the suite and that the timelock holds every
// admin role: the proof that the bootstrap ended.
func VerifyHandOver(ctx context.Context, backend bind.ContractCaller, m *Manifest) error {
	call := &bind.CallOpts{Context: ctx}
	tl, err := bindings.NewBevanTimelockCaller(m.TimelockAddress(), backend)
	if err != nil {
		return err
	}
	cr, err := bindings.NewConsentRegistryCaller(m.ConsentsAddress(), backend)
	if err != nil {
		return err
	}
	ra, err := bindings.NewRecordAnchorCaller(m.AnchorsAddress(), backend)
	if err != nil {
		return err
	}
	da, err := bindings.NewDataAccessCaller(m.AccessAddress(), backend)
	if err != nil {
		return err
	}
	ir, err := bindings.NewIdentityRegistryCaller(m.IdentitiesAddress(), backend)
	if err != nil {
		return err
	}
	ms, err := bindings.NewMembershipCaller(m.MembershipAddress(), backend)
	if err != nil {
		return err
	}
	dr, err := bindings.NewDeviceRegistryCaller(m.DevicesAddress(), backend)
	if err != nil {
		return err
	}
	kr, err := bindings.NewKeyRecoveryCaller(m.RecoveryAddress(), backend)
	if err != nil {
		return err
	}
	var zero [32]byte // DEFAULT_ADMIN_ROLE
	checks := []struct {
		what string
		has  func(*bind.CallOpts, [32]byte, common.Address) (bool, error)
	}{
		{"timelock", tl.HasRole}, {"ConsentRegistry", cr.HasRole}, {"RecordAnchor", ra.HasRole},
		{"DeviceRegistry", dr.HasRole}, {"DataAccess", da.HasRole},
		{"IdentityRegistry", ir.HasRole}, {"KeyRecovery", kr.HasRole},
	}
	for _, c := range checks {
		deployerAdmin, err := c.has(call, zero, m.Deployer)
		if err != nil {
			return fmt.Errorf("%s admin check: %w", c.what, err)
		}
		if deployerAdmin {
			return fmt.Errorf("the deployer %s still holds %s's admin role", m.Deployer, c.what)
		}
		timelockAdmin, err := c.has(call, zero, m.TimelockAddress())
		if err != nil {
			return fmt.Errorf("%s admin check: %w", c.what, err)
		}
		if !timelockAdmin {
			return fmt.Errorf("the timelock does not hold %s's admin role", c.what)
		}
	}
	owner, err := ms.Owner(call)
	if err != nil {
		return fmt.Errorf("membership owner: %w", err)
	}
	if owner != m.TimelockAddress() {
		return fmt.Errorf("membership is owned by %s, not the timelock", owner)
	}
	proposer, _ := tl.PROPOSERROLE(call)
	ok, err := tl.HasRole(call, proposer, m.GovernorAddress())
	if err != nil || !ok {
		return fmt.Errorf("the governor is not the timelock's proposer (err=%v)", err)
	}
	if ok, err := tl.HasRole(call, proposer, m.Deployer); err != nil || ok {
		return fmt.Errorf("the deployer %s is still the timelock's proposer (err=%v)", m.Deployer, err)
	}
	recovery, _ := cr.RECOVERYROLE(call)
	if ok, err := cr.HasRole(call, recovery, m.RecoveryAddress()); err != nil || !ok {
		return fmt.Errorf("KeyRecovery does not hold ConsentRegistry's RECOVERY_ROLE (err=%v)", err)
	}
	return nil
}
