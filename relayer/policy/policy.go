// Package policy decides whether the relayer sponsors a signed request, before anything is signed or spent: the
// EIP-712 domain, the signature, the nonce and deadline, the target contract and function (an allowlist per
// contract of the deployment manifest), the gas, the signer's role read from the chain, and a simulation from the
// relayer's own address that must not revert.
package policy

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/metatx"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/bevan-health/bevan/relayer/queue"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// Backend is the chain access the policy needs (an *ethclient.Client, or an rpcbatch.Caller).
type Backend interface {
	bind.ContractCaller
}

// Config configures the policy.
type Config struct {
	ChainID  *big.Int
	Manifest *deployment.Manifest
	// Relayer is the address simulations run from (the account that will pay).
	Relayer common.Address
	// MaxRequestGas caps the gas a forward request may ask for; MaxTxGas caps the relayer's whole transaction.
	MaxRequestGas uint64
	MaxTxGas      uint64
	// MinDeadline is how far in the future a forward request's deadline must be when it arrives.
	MinDeadline time.Duration
	// MaxDeadline is how far in the future it may be (0: no cap).
	MaxDeadline time.Duration
	// Head, when set, is the chain head as last seen: role reads are remembered until it moves.
	Head func() uint64
	// RequireVerified makes patient actions (ConsentRegistry calls a patient signs for themself) need the signer's
	// wallet verified in IdentityRegistry at VerifiedLevel or above (isVerified); guardians acting for a patient,
	// and every other role, are unaffected.
	RequireVerified bool
	VerifiedLevel   uint8
}

// Checked is a request that passed the checks that need no chain (Static): the request as it is stored and sent,
// plus what the chain checks at acceptance need (the allowlist rule and the decoded arguments).
type Checked struct {
	queue.Request
	rule rule
	args []any
	// verified: the policy requires patients' wallets verified (Config.RequireVerified).
	verified bool
}

// NeedsRole reports whether CheckRole reads anything from the chain for the request (a signer acting for
// themself needs no role, unless the policy requires patients' wallets verified).
func (c *Checked) NeedsRole() bool {
	return c.Kind == api.KindVote || c.rule.role != roleSelf || c.verified
}

// Policy checks requests for one chain and deployment.
type Policy struct {
	cfg        Config
	recoveries atomic.Uint64
	roles      roleCache
	backend    Backend
	errs       *Errors
	fwdABI     *abi.ABI
	govABI     *abi.ABI
	allow      map[common.Address]map[[4]byte]rule
	consents   *bindings.ConsentRegistryCaller
	anchors    *bindings.RecordAnchorCaller
	devices    *bindings.DeviceRegistryCaller
	identities *bindings.IdentityRegistryCaller
	recovery   *bindings.KeyRecoveryCaller
	access     *bindings.DataAccessCaller
	membership *bindings.MembershipCaller
	forwarder  *bindings.BevanForwarderCaller
	governor   *bindings.BevanGovernorCaller

	// fwdDomain and govDomain are the EIP-712 domain separators of the manifest's forwarder and Governor (a
	// request's domain is checked to be theirs before its digest is taken).
	fwdDomain, govDomain common.Hash
}

type role int

const (
	roleSelf                    role = iota // the signer acts for themself (appoint/remove their own guardian)
	rolePatientOrGuard                      // first argument is the patient
	roleOwnerOrGuard                        // first argument is a consent id: its owner is the patient
	roleObjectionPatientOrGuard             // first argument is an objection id: its patient is the patient
	roleCustodian                           // RecordAnchor CUSTODIAN_ROLE
	roleEmergency                           // ConsentRegistry EMERGENCY_ROLE
	roleMember                              // current DAO member
	roleDeviceRegistrar                     // DeviceRegistry DEVICE_REGISTRAR_ROLE
	roleGateway                             // DeviceRegistry TELEMETRY_GATEWAY_ROLE
	roleAttester                            // IdentityRegistry IDENTITY_ATTESTER_ROLE
	roleRecoveryGuardian                    // first argument is a lost wallet: the signer is its patient's guardian
	roleRecoveryParty                       // first argument is a lost wallet: the signer is it, or its pending recovery's attester or new wallet
	roleDataRequester                       // DataAccess.request: a current DAO member
	roleReleaser                            // DataAccess RELEASER_ROLE (an analytics server)
)

type rule struct {
	contract string
	method   abi.Method
	role     role
}

var (
	custodianRole = crypto.Keccak256Hash([]byte("CUSTODIAN_ROLE"))
	emergencyRole = crypto.Keccak256Hash([]byte("EMERGENCY_ROLE"))
	registrarRole = crypto.Keccak256Hash([]byte("DEVICE_REGISTRAR_ROLE"))
	gatewayRole   = crypto.Keccak256Hash([]byte("TELEMETRY_GATEWAY_ROLE"))
	attesterRole  = crypto.Keccak256Hash([]byte("IDENTITY_ATTESTER_ROLE"))
	releaserRole  = crypto.Keccak256Hash([]byte("RELEASER_ROLE"))
)

// Allowlist is the functions the relayer sponsors, per contract of the manifest, and who may call them. Anything
// else — including any multicall, which no Bevan contract has — is refused.
func Allowlist() map[string]map[string]role {
	return map[string]map[string]role{
		deployment.Consents: {
			"grant": rolePatientOrGuard, "revoke": roleOwnerOrGuard, "appointGuardian": roleSelf,
			"removeGuardian": roleSelf, "recordEmergencyAccess": roleEmergency,
			"object": rolePatientOrGuard, "withdrawObjection": roleObjectionPatientOrGuard,
		},
		deployment.Anchors: {"anchor": roleCustodian, "anchorBatch": roleCustodian},
		// A device is deregistered or rotated by its own registrar only; the contract checks which one.
		deployment.Devices: {"register": roleDeviceRegistrar, "deregister": roleDeviceRegistrar,
			"rotateKey": roleDeviceRegistrar, "recordExcursion": roleGateway},
		deployment.Identities: {"attest": roleAttester, "revokeAttestation": roleAttester},
		// KeyRecovery checks who may cancel and when a recovery may complete; the relayer pays for the parties only.
		deployment.Recovery: {"request": roleAttester, "confirm": roleRecoveryGuardian,
			"cancel": roleRecoveryParty, "complete": roleRecoveryParty},
		// A member organisation requests a dataset; an analytics server anchors each release. approve is the
		// timelock's alone (an executed DAO proposal) and is never sponsored.
		deployment.Access: {"request": roleDataRequester, "recordRelease": roleReleaser},
		// queue and execute move a passed proposal on; anyone may call them, but the relayer pays only for members.
		deployment.Governor: {"propose": roleMember, "castVote": roleMember, "castVoteWithReason": roleMember,
			"queue": roleMember, "execute": roleMember},
	}
}

// New builds a policy.
func New(cfg Config, backend Backend) (*Policy, error) {
	if cfg.ChainID == nil || cfg.Manifest == nil {
		return nil, errors.New("policy: chain id and manifest are required")
	}
	errs, err := NewErrors()
	if err != nil {
		return nil, err
	}
	p := &Policy{cfg: cfg, backend: backend, errs: errs, allow: map[common.Address]map[[4]byte]rule{}}
	p.fwdDomain = metatx.DomainSeparator(metatx.ForwarderName, cfg.ChainID, cfg.Manifest.ForwarderAddress())
	p.govDomain = metatx.DomainSeparator(metatx.GovernorName, cfg.ChainID, cfg.Manifest.GovernorAddress())
	if p.fwdABI, err = bindings.BevanForwarderMetaData.GetAbi(); err != nil {
		return nil, fmt.Errorf("forwarder ABI: %w", err)
	}
	if p.govABI, err = bindings.BevanGovernorMetaData.GetAbi(); err != nil {
		return nil, fmt.Errorf("governor ABI: %w", err)
	}
	abis := map[string]func() (*abi.ABI, error){
		deployment.Consents:   bindings.ConsentRegistryMetaData.GetAbi,
		deployment.Anchors:    bindings.RecordAnchorMetaData.GetAbi,
		deployment.Devices:    bindings.DeviceRegistryMetaData.GetAbi,
		deployment.Identities: bindings.IdentityRegistryMetaData.GetAbi,
		deployment.Recovery:   bindings.KeyRecoveryMetaData.GetAbi,
		deployment.Access:     bindings.DataAccessMetaData.GetAbi,
		deployment.Governor:   bindings.BevanGovernorMetaData.GetAbi,
	}
	for name, fns := range Allowlist() {
		addr, err := cfg.Manifest.Address(name)
		if err != nil {
			return nil, err
		}
		a, err := abis[name]()
		if err != nil {
			return nil, fmt.Errorf("%s ABI: %w", name, err)
		}
		p.allow[addr] = map[[4]byte]rule{}
		for fn, r := range fns {
			m, ok := a.Methods[fn]
			if !ok {
				return nil, fmt.Errorf("policy: %s has no function %s", name, fn)
			}
			var sel [4]byte
			copy(sel[:], m.ID)
			p.allow[addr][sel] = rule{contract: name, method: m, role: r}
		}
	}
	m := cfg.Manifest
	if p.consents, err = bindings.NewConsentRegistryCaller(m.ConsentsAddress(), backend); err != nil {
		return nil, err
	}
	if p.anchors, err = bindings.NewRecordAnchorCaller(m.AnchorsAddress(), backend); err != nil {
		return nil, err
	}
	if p.devices, err = bindings.NewDeviceRegistryCaller(m.DevicesAddress(), backend); err != nil {
		return nil, err
	}
	if p.identities, err = bindings.NewIdentityRegistryCaller(m.IdentitiesAddress(), backend); err != nil {
		return nil, err
	}
	if p.recovery, err = bindings.NewKeyRecoveryCaller(m.RecoveryAddress(), backend); err != nil {
		return nil, err
	}
	if p.access, err = bindings.NewDataAccessCaller(m.AccessAddress(), backend); err != nil {
		return nil, err
	}
	if p.membership, err = bindings.NewMembershipCaller(m.MembershipAddress(), backend); err != nil {
		return nil, err
	}
	if p.forwarder, err = bindings.NewBevanForwarderCaller(m.ForwarderAddress(), backend); err != nil {
		return nil, err
	}
	if p.governor, err = bindings.NewBevanGovernorCaller(m.GovernorAddress(), backend); err != nil {
		return nil, err
	}
	return p, nil
}

// Errors is the policy's revert decoder.
func (p *Policy) Errors() *Errors { return p.errs }

// Recoveries is how many signatures the policy has recovered (each a secp256k1 public-key recovery: the
// costliest static check). Accepting a request recovers its signature once; nothing else does, but Restore.
func (p *Policy) Recoveries() uint64 { return p.recoveries.Load() }

// checkSignature recovers the signer with metatx.Recover (which holds the forwarder's and the Governor's ECDSA
// rules) and maps its refusals to stable codes.
func (p *Policy) checkSignature(digest common.Hash, sig []byte, want common.Address) error {
	p.recoveries.Add(1)
	got, err := metatx.Recover(digest, sig)
	switch {
	case errors.Is(err, metatx.ErrMalleable):
		return api.Errorf(api.CodeMalleableSig, "%v", err)
	case err != nil:
		return api.Errorf(api.CodeBadSignature, "%v", err)
	case got != want:
		return api.Errorf(api.CodeBadSignature, "signature recovers to %s, not the signer %s (wrong key, wrong domain or altered request)", got, want)
	}
	return nil
}

// restoring is the time Restore checks a stored request as of: its deadline passed the window checks when it was
// accepted.
var restoring = time.Unix(0, 0)

// StaticForward checks everything about a forward request that needs no chain access.
func (p *Policy) StaticForward(f *api.Forward, now time.Time) (*Checked, error) {
	if f.ChainID != p.cfg.ChainID.Uint64() {
		return nil, api.Errorf(api.CodeWrongChain, "chainId %d is not this relayer's chain %d", f.ChainID, p.cfg.ChainID.Uint64())
	}
	if fw := p.cfg.Manifest.ForwarderAddress(); f.Forwarder != fw {
		return nil, api.Errorf(api.CodeWrongDomain, "forwarder %s is not this chain's Bevan forwarder %s", f.Forwarder, fw)
	}
	req, err := f.Request.Meta()
	if err != nil {
		return nil, api.Errorf(api.CodeInvalidRequest, "request: %v", err)
	}
	if req.Value.Sign() != 0 {
		return nil, api.Errorf(api.CodeValueNotAllowed, "value %s: the relayer sponsors gas only, never value", req.Value)
	}
	nowS := uint64(now.Unix())
	if req.Deadline <= nowS {
		return nil, api.Errorf(api.CodeDeadlineExpired, "deadline %d has passed (now %d)", req.Deadline, nowS)
	}
	if min := nowS + uint64(p.cfg.MinDeadline/time.Second); req.Deadline < min {
		return nil, api.Errorf(api.CodeDeadlineTooClose, "deadline %d is less than %s away; sign with a later deadline", req.Deadline, p.cfg.MinDeadline)
	}
	if p.cfg.MaxDeadline > 0 && !now.Equal(restoring) && req.Deadline > nowS+uint64(p.cfg.MaxDeadline/time.Second) {
		return nil, api.Errorf(api.CodeDeadlineTooFar, "deadline %d is more than %s away; sign with an earlier deadline", req.Deadline, p.cfg.MaxDeadline)
	}
	if p.cfg.MaxRequestGas > 0 && req.Gas > p.cfg.MaxRequestGas {
		return nil, api.Errorf(api.CodeGasTooHigh, "request gas %d is over the cap of %d", req.Gas, p.cfg.MaxRequestGas)
	}
	fns, ok := p.allow[req.To]
	if !ok {
		return nil, api.Errorf(api.CodeTargetNotAllowed, "%s is not a Bevan contract the relayer sponsors calls to", req.To)
	}
	if len(req.Data) < 4 {
		return nil, api.Errorf(api.CodeSelectorNotAllowed, "data has no function selector")
	}
	var sel [4]byte
	copy(sel[:], req.Data[:4])
	r, ok := fns[sel]
	if !ok {
		return nil, api.Errorf(api.CodeSelectorNotAllowed, "function 0x%x is not on the allowlist of that contract", sel)
	}
	args, err := r.method.Inputs.Unpack(req.Data[4:])
	if err != nil {
		return nil, api.Errorf(api.CodeInvalidRequest, "data does not decode as %s: %v", r.method.Sig, err)
	}
	// The ABI decoder ignores bytes after the arguments (and tolerates non-canonical offsets): accept only the
	// canonical encoding, so that nobody pads a request with calldata the relayer pays for.
	if canon, err := r.method.Inputs.Pack(args...); err != nil || !bytes.Equal(canon, req.Data[4:]) {
		return nil, api.Errorf(api.CodeNonCanonicalData, "data is not the canonical ABI encoding of %s (%d bytes, want %d): trailing or padded bytes", r.method.Sig, len(req.Data)-4, len(canon))
	}
	id := metatx.TypedDigest(p.fwdDomain, req.StructHash()) // req.Digest(chainID, f.Forwarder), f.Forwarder being the manifest's
	if err := p.checkSignature(id, f.Signature, req.From); err != nil {
		return nil, err
	}
	txData, err := req.ExecuteCalldata(f.Signature)
	if err != nil {
		return nil, api.Errorf(api.CodeInvalidRequest, "encode execute: %v", err)
	}
	gas := forwardGas(req.Gas, txData)
	if p.cfg.MaxTxGas > 0 && gas > p.cfg.MaxTxGas {
		return nil, api.Errorf(api.CodeGasTooHigh, "the relayer's transaction would need %d gas (calldata floor included), over the cap of %d", gas, p.cfg.MaxTxGas)
	}
	return &Checked{Request: queue.Request{ID: id, Kind: api.KindForward, From: req.From, To: req.To, Nonce: req.Nonce,
		Deadline: req.Deadline, Target: f.Forwarder, TxData: txData, GasLimit: gas,
		QuotaGas: req.Gas}, rule: r, args: args, verified: p.cfg.RequireVerified}, nil
}

// voteQuotaGas is what a ballot counts against its voter's gas quota.
const voteQuotaGas = 150_000

// StaticVote checks everything about a ballot that needs no chain access.
func (p *Policy) StaticVote(v *api.Vote) (*Checked, error) {
	if v.ChainID != p.cfg.ChainID.Uint64() {
		return nil, api.Errorf(api.CodeWrongChain, "chainId %d is not this relayer's chain %d", v.ChainID, p.cfg.ChainID.Uint64())
	}
	if gov := p.cfg.Manifest.GovernorAddress(); v.Governor != gov {
		return nil, api.Errorf(api.CodeWrongDomain, "governor %s is not this chain's Bevan governor %s", v.Governor, gov)
	}
	b, err := v.Ballot.Meta()
	if err != nil {
		return nil, api.Errorf(api.CodeInvalidRequest, "ballot: %v", err)
	}
	id := metatx.TypedDigest(p.govDomain, b.StructHash()) // b.Digest(chainID, v.Governor), v.Governor being the manifest's
	if err := p.checkSignature(id, v.Signature, b.Voter); err != nil {
		return nil, err
	}
	txData, err := p.govABI.Pack("castVoteBySig", b.ProposalID, b.Support, b.Voter, []byte(v.Signature))
	if err != nil {
		return nil, api.Errorf(api.CodeInvalidRequest, "encode castVoteBySig: %v", err)
	}
	return &Checked{Request: queue.Request{ID: id, Kind: api.KindVote, From: b.Voter, To: v.Governor, Nonce: b.Nonce,
		Proposal: b.ProposalID, Target: v.Governor, TxData: txData, GasLimit: voteGas(txData), QuotaGas: voteQuotaGas},
		rule: rule{role: roleMember}}, nil
}

// Restore rebuilds a Checked from the signed body that relayers before the checked request was stored kept in
// their records (queue.Request.Body), with the static checks but the deadline's. Records stored since carry the
// checked request itself and need nothing rebuilt.
func (p *Policy) Restore(kind string, body []byte) (*Checked, error) {
	switch kind {
	case api.KindForward:
		f, err := api.DecodeBytes[api.Forward](body)
		if err != nil {
			return nil, err
		}
		// A stored request passed the deadline checks when accepted; here only its encoding matters.
		return p.StaticForward(f, restoring)
	case api.KindVote:
		v, err := api.DecodeBytes[api.Vote](body)
		if err != nil {
			return nil, err
		}
		return p.StaticVote(v)
	}
	return nil, fmt.Errorf("unknown request kind %q", kind)
}

// Unavailable wraps errors reaching the chain.
func unavailable(what string, err error) error {
	return fmt.Errorf("%w", &api.Error{Code: api.CodeRPCUnavailable, Message: what + ": " + err.Error()})
}

// CheckNonce compares the signed nonce with the chain's (forwarder or governor nonces(from)).
func (p *Policy) CheckNonce(ctx context.Context, c *Checked) error {
	n, err := p.ChainNonce(ctx, c.Kind, c.From)
	if err != nil {
		return err
	}
	switch c.Nonce.Cmp(n) {
	case -1:
		return api.Errorf(api.CodeNonceReplayed, "nonce %s of %s was already used (next is %s)", c.Nonce, c.From, n)
	case 1:
		return api.Errorf(api.CodeNonceFuture, "nonce %s of %s is ahead of the chain (next is %s); wait for the earlier request to land", c.Nonce, c.From, n)
	}
	return nil
}

// ChainNonce reads the forwarder's (forward) or governor's (vote) nonces(from).
func (p *Policy) ChainNonce(ctx context.Context, kind string, from common.Address) (*big.Int, error) {
	opts := &bind.CallOpts{Context: ctx}
	var n *big.Int
	var err error
	if kind == api.KindVote {
		n, err = p.governor.Nonces(opts, from)
	} else {
		n, err = p.forwarder.Nonces(opts, from)
	}
	if err != nil {
		return nil, unavailable("read nonce", err)
	}
	return n, nil
}

// CheckRole reads the signer's role from the chain. A role found is remembered until the chain head moves on
// (Config.Head): requests from one custodian, member or guardian in one block cost one read. A role missing is never
// remembered (it may be granted in the next block). The contracts check roles themselves and the simulation runs at
// the latest block, so a role revoked in the last block only makes the relayer answer with the simulation's error.
func (p *Policy) CheckRole(ctx context.Context, c *Checked) error {
	opts := &bind.CallOpts{Context: ctx}
	if c.Kind == api.KindVote {
		return p.member(opts, c.From)
	}
	switch c.rule.role {
	case roleSelf:
		return p.verified(opts, c.From)
	case rolePatientOrGuard:
		patient, _ := c.args[0].(common.Address)
		return p.patientOrGuardian(opts, patient, c.From)
	case roleOwnerOrGuard:
		id, _ := c.args[0].(*big.Int)
		owner, err := p.ownerOf(opts, id)
		if err != nil {
			if _, ok := RevertData(err); ok {
				return nil // unknown consent: the simulation reports UnknownConsent
			}
			return unavailable("read consent owner", err)
		}
		return p.patientOrGuardian(opts, owner, c.From)
	case roleObjectionPatientOrGuard:
		id, _ := c.args[0].(*big.Int)
		o, err := p.consents.Objection(opts, id)
		if err != nil {
			if _, ok := RevertData(err); ok {
				return nil // unknown objection: the simulation reports UnknownObjection
			}
			return unavailable("read objection", err)
		}
		return p.patientOrGuardian(opts, o.Patient, c.From)
	case roleCustodian:
		ok, err := p.holds("custodian:"+c.From.Hex(), func() (bool, error) { return p.anchors.HasRole(opts, custodianRole, c.From) })
		if err != nil {
			return unavailable("read custodian role", err)
		}
		if !ok {
			return api.Errorf(api.CodeNotCustodian, "%s is not a record custodian; anchoring is sponsored for custodians only", c.From)
		}
	case roleEmergency:
		ok, err := p.holds("emergency:"+c.From.Hex(), func() (bool, error) { return p.consents.HasRole(opts, emergencyRole, c.From) })
		if err != nil {
			return unavailable("read emergency role", err)
		}
		if !ok {
			return api.Errorf(api.CodeNotEmergencyRole, "%s does not hold EMERGENCY_ROLE", c.From)
		}
	case roleDeviceRegistrar:
		ok, err := p.holds("registrar:"+c.From.Hex(), func() (bool, error) { return p.devices.HasRole(opts, registrarRole, c.From) })
		if err != nil {
			return unavailable("read device-registrar role", err)
		}
		if !ok {
			return api.Errorf(api.CodeNotDeviceRegistrar, "%s does not hold DEVICE_REGISTRAR_ROLE; device registration is sponsored for registrars only", c.From)
		}
	case roleGateway:
		ok, err := p.holds("gateway:"+c.From.Hex(), func() (bool, error) { return p.devices.HasRole(opts, gatewayRole, c.From) })
		if err != nil {
			return unavailable("read telemetry-gateway role", err)
		}
		if !ok {
			return api.Errorf(api.CodeNotGateway, "%s does not hold TELEMETRY_GATEWAY_ROLE; excursions are sponsored for gateways only", c.From)
		}
	case roleAttester:
		ok, err := p.holds("attester:"+c.From.Hex(), func() (bool, error) { return p.identities.HasRole(opts, attesterRole, c.From) })
		if err != nil {
			return unavailable("read identity attester role", err)
		}
		if !ok {
			return api.Errorf(api.CodeNotAttester, "%s does not hold IDENTITY_ATTESTER_ROLE; attestations are sponsored for identity attesters only", c.From)
		}
	case roleRecoveryGuardian:
		oldWallet, _ := c.args[0].(common.Address)
		ok, err := p.holds("guardian:"+oldWallet.Hex()+c.From.Hex(), func() (bool, error) { return p.consents.IsGuardian(opts, oldWallet, c.From) })
		if err != nil {
			return unavailable("read guardians", err)
		}
		if !ok {
			return api.Errorf(api.CodeNotRecoveryParty, "%s is not a guardian of the patient of %s; only a guardian confirms a recovery", c.From, oldWallet)
		}
	case roleRecoveryParty:
		oldWallet, _ := c.args[0].(common.Address)
		return p.recoveryParty(opts, oldWallet, c.From)
	case roleMember:
		return p.member(opts, c.From)
	case roleDataRequester:
		ok, err := p.holds("member:"+c.From.Hex(), func() (bool, error) { return p.membership.IsMember(opts, c.From) })
		if err != nil {
			return unavailable("read membership", err)
		}
		if !ok {
			return api.Errorf(api.CodeNotDataRequester, "%s is not a current DAO member; dataset requests are sponsored for member organisations only", c.From)
		}
	case roleReleaser:
		ok, err := p.holds("releaser:"+c.From.Hex(), func() (bool, error) { return p.access.HasRole(opts, releaserRole, c.From) })
		if err != nil {
			return unavailable("read releaser role", err)
		}
		if !ok {
			return api.Errorf(api.CodeNotReleaser, "%s does not hold DataAccess RELEASER_ROLE; dataset releases are sponsored for analytics servers only", c.From)
		}
	}
	return nil
}

// recoveryParty accepts the lost wallet itself and its pending recovery's attester and new wallet. With no recovery
// pending it accepts anyone: the simulation reports NoRecoveryPending.
func (p *Policy) recoveryParty(opts *bind.CallOpts, oldWallet, signer common.Address) error {
	if signer == oldWallet {
		return nil
	}
	r, err := p.recovery.PendingRecovery(opts, oldWallet)
	if err != nil {
		return unavailable("read pending recovery", err)
	}
	if r.NewWallet == (common.Address{}) || signer == r.NewWallet || signer == r.Attester {
		return nil
	}
	return api.Errorf(api.CodeNotRecoveryParty, "%s is neither %s nor its pending recovery's attester or new wallet", signer, oldWallet)
}

// roleCache remembers the roles found at one chain head.
type roleCache struct {
	mu     sync.Mutex
	head   uint64
	holds  map[string]bool
	owners map[string]common.Address
}

// current returns the cache, emptied first when the head has moved (nil without Config.Head). Call with mu held.
func (p *Policy) current() *roleCache {
	if p.cfg.Head == nil {
		return nil
	}
	if h := p.cfg.Head(); h != p.roles.head || p.roles.holds == nil {
		p.roles.head, p.roles.holds, p.roles.owners = h, map[string]bool{}, map[string]common.Address{}
	}
	return &p.roles
}

// holds answers a role read from the cache, or reads it and remembers a role found.
func (p *Policy) holds(key string, read func() (bool, error)) (bool, error) {
	p.roles.mu.Lock()
	if c := p.current(); c != nil && c.holds[key] {
		p.roles.mu.Unlock()
		return true, nil
	}
	p.roles.mu.Unlock()
	ok, err := read()
	if err != nil || !ok {
		return ok, err
	}
	p.roles.mu.Lock()
	if c := p.current(); c != nil {
		c.holds[key] = true
	}
	p.roles.mu.Unlock()
	return true, nil
}

// ownerOf is a consent's owner (the patient), remembered like a role.
func (p *Policy) ownerOf(opts *bind.CallOpts, id *big.Int) (common.Address, error) {
	key := id.String()
	p.roles.mu.Lock()
	if c := p.current(); c != nil {
		if o, ok := c.owners[key]; ok {
			p.roles.mu.Unlock()
			return o, nil
		}
	}
	p.roles.mu.Unlock()
	owner, err := p.consents.OwnerOf(opts, id)
	if err != nil {
		return owner, err
	}
	p.roles.mu.Lock()
	if c := p.current(); c != nil {
		c.owners[key] = owner
	}
	p.roles.mu.Unlock()
	return owner, nil
}

func (p *Policy) member(opts *bind.CallOpts, who common.Address) error {
	ok, err := p.holds("member:"+who.Hex(), func() (bool, error) { return p.membership.IsMember(opts, who) })
	if err != nil {
		return unavailable("read membership", err)
	}
	if !ok {
		return api.Errorf(api.CodeNotMember, "%s is not a current DAO member; governance calls are sponsored for members only", who)
	}
	return nil
}

// verified refuses a patient's own action when Config.RequireVerified and the wallet is not verified at
// VerifiedLevel; a verification found is remembered like a role.
func (p *Policy) verified(opts *bind.CallOpts, patient common.Address) error {
	if !p.cfg.RequireVerified {
		return nil
	}
	lvl := p.cfg.VerifiedLevel
	ok, err := p.holds(fmt.Sprintf("verified:%d:%s", lvl, patient.Hex()), func() (bool, error) { return p.identities.IsVerified(opts, patient, lvl) })
	if err != nil {
		return unavailable("read identity verification", err)
	}
	if !ok {
		return api.Errorf(api.CodeNotVerified, "%s is not a wallet verified at identity level P%d; this relayer sponsors patients' actions for verified wallets only", patient, lvl)
	}
	return nil
}

func (p *Policy) patientOrGuardian(opts *bind.CallOpts, patient, signer common.Address) error {
	if patient == signer {
		return p.verified(opts, signer)
	}
	ok, err := p.holds("guardian:"+patient.Hex()+signer.Hex(), func() (bool, error) { return p.consents.IsGuardian(opts, patient, signer) })
	if err != nil {
		return unavailable("read guardians", err)
	}
	if !ok {
		return api.Errorf(api.CodeNotPatientOrGuard, "%s is neither the patient %s nor one of their guardians", signer, patient)
	}
	return nil
}

// Call simulates the relayer's transaction with one eth_call from the relayer's address, with exactly the gas it is
// sent with (Request.GasLimit, which includes the intrinsic gas and EIP-7623's calldata floor; MaxTxGas only for a
// request without one), so a call that needs more fails here and is never sent. A revert is reported as
// would_revert with the decoded custom error (for a forward request, the target's own error, since the forwarder
// replaces it by FailedCall), and so is running out of gas; an unreachable node as rpc_unavailable.
func (p *Policy) Call(ctx context.Context, r *queue.Request) error {
	target := r.Target
	gas := r.GasLimit
	if gas == 0 {
		gas = p.cfg.MaxTxGas
	}
	if gas == 0 {
		gas = 10_000_000
	}
	_, err := p.backend.CallContract(ctx, ethereum.CallMsg{From: p.cfg.Relayer, To: &target, Gas: gas, Data: r.TxData}, nil)
	if err == nil {
		return nil
	}
	data, ok := RevertData(err)
	if !ok {
		if outOfGas(err) {
			return api.Errorf(api.CodeWouldRevert, "the call would run out of the %d gas its transaction is sent with", gas)
		}
		return unavailable("simulate", err)
	}
	reason := p.errs.Decode(data)
	if r.Kind == api.KindForward && reason == "FailedCall()" {
		reason = p.innerReason(ctx, r)
	}
	return api.Errorf(api.CodeWouldRevert, "the call would revert: %s", reason)
}

// outOfGas reports whether the node answered a call with an out-of-gas error (a JSON-RPC error, not a transport
// failure): the execution ran out of gas, or the gas does not even cover the intrinsic gas or the calldata floor.
func outOfGas(err error) bool {
	var re rpc.Error
	if !errors.As(err, &re) {
		return false
	}
	msg := strings.ToLower(strings.ReplaceAll(err.Error(), " ", ""))
	for _, s := range []string{"outofgas", "intrinsicgas", "floordatagas", "gasfloor"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// floorGas is EIP-7623's calldata floor (Prague): a transaction pays at least 21,000 + 10 gas per token, a token
// being a zero byte or a quarter of a non-zero one; a gas limit below it is refused by the node.
func floorGas(txData []byte) uint64 {
	var tokens uint64
	for _, b := range txData {
		if b == 0 {
			tokens++
		} else {
			tokens += 4
		}
	}
	return 21_000 + 10*tokens
}

// forwardGas is an upper bound of the gas the relayer's execute transaction uses: its gas limit, and what its cost
// is reserved on. The request's gas, the 1/63 the forwarder keeps back, and the forwarder's own work (intrinsic gas,
// calldata, signature check, nonce, event).
func forwardGas(requestGas uint64, txData []byte) uint64 {
	return max(requestGas+requestGas/63+100_000+16*uint64(len(txData)), floorGas(txData))
}

// voteGas is castVoteBySig's gas limit.
func voteGas(txData []byte) uint64 { return max(250_000+16*uint64(len(txData)), floorGas(txData)) }

// innerReason replays the forwarded call as the forwarder makes it (ERC-2771: the signer appended to the data)
// to recover the target's own revert reason. The call is read back from the execute calldata (no signature check:
// only on this failure path).
func (p *Policy) innerReason(ctx context.Context, r *queue.Request) string {
	req, err := p.forwardRequestOf(r.TxData)
	if err != nil {
		return "FailedCall()"
	}
	fw := p.cfg.Manifest.ForwarderAddress()
	to := req.To
	data := append(append([]byte{}, req.Data...), r.From.Bytes()...)
	_, err = p.backend.CallContract(ctx, ethereum.CallMsg{From: fw, To: &to, Gas: req.Gas.Uint64(), Data: data}, nil)
	if d, ok := RevertData(err); ok {
		return p.errs.Decode(d)
	}
	if err == nil {
		return "FailedCall() (the call succeeds alone: out of gas in the forwarder?)"
	}
	return "FailedCall()"
}

// forwardRequestOf decodes the request of forwarder.execute calldata.
func (p *Policy) forwardRequestOf(txData []byte) (*bindings.ERC2771ForwarderForwardRequestData, error) {
	m := p.fwdABI.Methods["execute"]
	if len(txData) < 4 || string(txData[:4]) != string(m.ID) {
		return nil, errors.New("not forwarder.execute calldata")
	}
	vals, err := m.Inputs.Unpack(txData[4:])
	if err != nil || len(vals) != 1 {
		return nil, fmt.Errorf("decode execute: %w", err)
	}
	req := abi.ConvertType(vals[0], new(bindings.ERC2771ForwarderForwardRequestData)).(*bindings.ERC2771ForwarderForwardRequestData)
	if req.Gas == nil || !req.Gas.IsUint64() {
		return nil, errors.New("execute request gas out of range")
	}
	return req, nil
}

// Failure explains why a mined transaction failed: its call replayed at the block before, decoded.
func (p *Policy) Failure(ctx context.Context, r *queue.Request, block *big.Int) string {
	target := r.Target
	prev := new(big.Int).Sub(block, big.NewInt(1))
	_, err := p.backend.CallContract(ctx, ethereum.CallMsg{From: p.cfg.Relayer, To: &target, Data: r.TxData}, prev)
	data, ok := RevertData(err)
	if !ok {
		return "transaction reverted"
	}
	reason := p.errs.Decode(data)
	if r.Kind == api.KindForward && reason == "FailedCall()" {
		reason = p.innerReason(ctx, r)
	}
	return "transaction reverted: " + reason
}
