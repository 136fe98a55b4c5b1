// Package policy decides whether the relayer sponsors a signed request, before anything is signed or spent: the
// EIP-712 domain, the signature, the nonce and deadline, the target contract and function (an allowlist per
// contract of the deployment manifest), the gas, the signer's role read from the chain, and a simulation from the
// relayer's own address that must not revert.
package policy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/metatx"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Backend is the chain access the policy needs (an *ethclient.Client).
type Backend interface {
	bind.ContractCaller
	ethereum.GasEstimator
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
}

// Checked is a request that passed the checks that need no chain (Static), ready for the chain checks and for
// submission.
type Checked struct {
	ID       common.Hash
	Kind     string
	From     common.Address // the signer: wallet of a forward request, voter of a ballot
	To       common.Address // the contract the signer calls
	Nonce    *big.Int
	Deadline uint64 // 0 for ballots
	// Target and TxData are the relayer's transaction: forwarder.execute(...) or governor.castVoteBySig(...).
	Target common.Address
	TxData []byte
	// QuotaGas is what the request counts against its wallet's daily gas quota.
	QuotaGas uint64
	// Body is the submission re-encoded canonically (what is stored and resubmitted after a restart).
	Body []byte

	fwd    *metatx.Request
	ballot *metatx.Ballot
	method string
	args   []any
}

// Policy checks requests for one chain and deployment.
type Policy struct {
	cfg        Config
	backend    Backend
	errs       *Errors
	fwdABI     *abi.ABI
	govABI     *abi.ABI
	allow      map[common.Address]map[[4]byte]rule
	consents   *bindings.ConsentRegistryCaller
	anchors    *bindings.RecordAnchorCaller
	membership *bindings.MembershipCaller
	forwarder  *bindings.BevanForwarderCaller
	governor   *bindings.BevanGovernorCaller
}

type role int

const (
	roleSelf           role = iota // the signer acts for themself (appoint/remove their own guardian)
	rolePatientOrGuard             // first argument is the patient
	roleOwnerOrGuard               // first argument is a consent id: its owner is the patient
	roleCustodian                  // RecordAnchor CUSTODIAN_ROLE
	roleEmergency                  // ConsentRegistry EMERGENCY_ROLE
	roleMember                     // current DAO member
)

type rule struct {
	contract string
	method   abi.Method
	role     role
}

var (
	custodianRole = crypto.Keccak256Hash([]byte("CUSTODIAN_ROLE"))
	emergencyRole = crypto.Keccak256Hash([]byte("EMERGENCY_ROLE"))
)

// Allowlist is the functions the relayer sponsors, per contract of the manifest, and who may call them. Anything
// else — including any multicall, which no Bevan contract has — is refused.
func Allowlist() map[string]map[string]role {
	return map[string]map[string]role{
		deployment.Consents: {
			"grant": rolePatientOrGuard, "revoke": roleOwnerOrGuard, "appointGuardian": roleSelf,
			"removeGuardian": roleSelf, "recordEmergencyAccess": roleEmergency,
		},
		deployment.Anchors: {"anchor": roleCustodian, "anchorBatch": roleCustodian},
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
	if p.fwdABI, err = bindings.BevanForwarderMetaData.GetAbi(); err != nil {
		return nil, fmt.Errorf("forwarder ABI: %w", err)
	}
	if p.govABI, err = bindings.BevanGovernorMetaData.GetAbi(); err != nil {
		return nil, fmt.Errorf("governor ABI: %w", err)
	}
	abis := map[string]func() (*abi.ABI, error){
		deployment.Consents: bindings.ConsentRegistryMetaData.GetAbi,
		deployment.Anchors:  bindings.RecordAnchorMetaData.GetAbi,
		deployment.Governor: bindings.BevanGovernorMetaData.GetAbi,
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

// checkSignature classifies a signature: malleable, malformed, or not by want.
func checkSignature(digest common.Hash, sig []byte, want common.Address) error {
	if len(sig) != 65 {
		return api.Errorf(api.CodeBadSignature, "signature is %d bytes, want 65", len(sig))
	}
	if sig[64] != 27 && sig[64] != 28 {
		// Checked here (metatx.Recover refuses it too) to answer with a precise message.
		return api.Errorf(api.CodeBadSignature, "signature v is %d; OpenZeppelin's ECDSA takes 27 or 28", sig[64])
	}
	if new(big.Int).SetBytes(sig[32:64]).Cmp(halfN) > 0 {
		return api.Errorf(api.CodeMalleableSig, "signature s is in the upper half of the curve order (malleable); use the canonical form")
	}
	got, err := metatx.Recover(digest, sig)
	if err != nil {
		return api.Errorf(api.CodeBadSignature, "%v", err)
	}
	if got != want {
		return api.Errorf(api.CodeBadSignature, "signature recovers to %s, not the signer %s (wrong key, wrong domain or altered request)", got, want)
	}
	return nil
}

var halfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

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
	id := req.Digest(p.cfg.ChainID, f.Forwarder)
	if err := checkSignature(id, f.Signature, req.From); err != nil {
		return nil, err
	}
	txData, err := p.fwdABI.Pack("execute", req.ForwardRequestData(f.Signature))
	if err != nil {
		return nil, api.Errorf(api.CodeInvalidRequest, "encode execute: %v", err)
	}
	canon := api.Forward{ChainID: f.ChainID, Forwarder: f.Forwarder, Request: api.FromMeta(req), Signature: f.Signature}
	body, err := json.Marshal(canon)
	if err != nil {
		return nil, fmt.Errorf("encode request: %w", err)
	}
	return &Checked{ID: id, Kind: api.KindForward, From: req.From, To: req.To, Nonce: req.Nonce,
		Deadline: req.Deadline, Target: f.Forwarder, TxData: txData, QuotaGas: req.Gas, Body: body, fwd: req,
		method: r.method.Name, args: args}, nil
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
	id := b.Digest(p.cfg.ChainID, v.Governor)
	if err := checkSignature(id, v.Signature, b.Voter); err != nil {
		return nil, err
	}
	txData, err := p.govABI.Pack("castVoteBySig", b.ProposalID, b.Support, b.Voter, []byte(v.Signature))
	if err != nil {
		return nil, api.Errorf(api.CodeInvalidRequest, "encode castVoteBySig: %v", err)
	}
	canon := api.Vote{ChainID: v.ChainID, Governor: v.Governor, Ballot: api.Ballot{
		ProposalID: b.ProposalID.String(), Support: b.Support, Voter: b.Voter, Nonce: b.Nonce.String()},
		Signature: v.Signature}
	body, err := json.Marshal(canon)
	if err != nil {
		return nil, fmt.Errorf("encode ballot: %w", err)
	}
	return &Checked{ID: id, Kind: api.KindVote, From: b.Voter, To: v.Governor, Nonce: b.Nonce, Target: v.Governor,
		TxData: txData, QuotaGas: voteQuotaGas, Body: body, ballot: b, method: "castVoteBySig"}, nil
}

// Restore rebuilds a Checked from a stored body (after a restart), with the static checks but the deadline's.
func (p *Policy) Restore(kind string, body []byte) (*Checked, error) {
	switch kind {
	case api.KindForward:
		f, err := api.DecodeBytes[api.Forward](body)
		if err != nil {
			return nil, err
		}
		// A stored request passed the deadline checks when accepted; here only its encoding matters.
		return p.StaticForward(f, time.Unix(0, 0))
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

// CheckRole reads the signer's role from the chain.
func (p *Policy) CheckRole(ctx context.Context, c *Checked) error {
	opts := &bind.CallOpts{Context: ctx}
	if c.Kind == api.KindVote {
		return p.member(opts, c.From)
	}
	fns := p.allow[c.To]
	var sel [4]byte
	copy(sel[:], c.fwd.Data[:4])
	r := fns[sel]
	switch r.role {
	case roleSelf:
		return nil
	case rolePatientOrGuard:
		patient, _ := c.args[0].(common.Address)
		return p.patientOrGuardian(opts, patient, c.From)
	case roleOwnerOrGuard:
		id, _ := c.args[0].(*big.Int)
		owner, err := p.consents.OwnerOf(opts, id)
		if err != nil {
			if _, ok := RevertData(err); ok {
				return nil // unknown consent: the simulation reports UnknownConsent
			}
			return unavailable("read consent owner", err)
		}
		return p.patientOrGuardian(opts, owner, c.From)
	case roleCustodian:
		ok, err := p.anchors.HasRole(opts, custodianRole, c.From)
		if err != nil {
			return unavailable("read custodian role", err)
		}
		if !ok {
			return api.Errorf(api.CodeNotCustodian, "%s is not a record custodian; anchoring is sponsored for custodians only", c.From)
		}
	case roleEmergency:
		ok, err := p.consents.HasRole(opts, emergencyRole, c.From)
		if err != nil {
			return unavailable("read emergency role", err)
		}
		if !ok {
			return api.Errorf(api.CodeNotEmergencyRole, "%s does not hold EMERGENCY_ROLE", c.From)
		}
	case roleMember:
		return p.member(opts, c.From)
	}
	return nil
}

func (p *Policy) member(opts *bind.CallOpts, who common.Address) error {
	ok, err := p.membership.IsMember(opts, who)
	if err != nil {
		return unavailable("read membership", err)
	}
	if !ok {
		return api.Errorf(api.CodeNotMember, "%s is not a current DAO member; governance calls are sponsored for members only", who)
	}
	return nil
}

func (p *Policy) patientOrGuardian(opts *bind.CallOpts, patient, signer common.Address) error {
	if patient == signer {
		return nil
	}
	ok, err := p.consents.IsGuardian(opts, patient, signer)
	if err != nil {
		return unavailable("read guardians", err)
	}
	if !ok {
		return api.Errorf(api.CodeNotPatientOrGuard, "%s is neither the patient %s nor one of their guardians", signer, patient)
	}
	return nil
}

// Call simulates the relayer's transaction with one eth_call from the relayer's address, with MaxTxGas as its gas
// (so a call that needs more fails here). A revert is reported as would_revert with the decoded custom error (for a
// forward request, the target's own error, since the forwarder replaces it by FailedCall); an unreachable node as
// rpc_unavailable.
func (p *Policy) Call(ctx context.Context, c *Checked) error {
	target := c.Target
	gas := p.cfg.MaxTxGas
	if gas == 0 {
		gas = 10_000_000
	}
	_, err := p.backend.CallContract(ctx, ethereum.CallMsg{From: p.cfg.Relayer, To: &target, Gas: gas, Data: c.TxData}, nil)
	if err == nil {
		return nil
	}
	data, ok := RevertData(err)
	if !ok {
		return unavailable("simulate", err)
	}
	reason := p.errs.Decode(data)
	if c.Kind == api.KindForward && reason == "FailedCall()" {
		reason = p.innerReason(ctx, c)
	}
	return api.Errorf(api.CodeWouldRevert, "the call would revert: %s", reason)
}

// CostGas is an upper bound of the gas the relayer's transaction uses: its gas limit, and what its cost is reserved
// on. For a forward request: the request's gas, the 1/63 the forwarder keeps back, and the forwarder's own work
// (intrinsic gas, calldata, signature check, nonce, event); for a ballot: castVoteBySig's.
func (c *Checked) CostGas() uint64 {
	calldata := 16 * uint64(len(c.TxData))
	if c.Kind == api.KindVote {
		return 250_000 + calldata
	}
	return c.fwd.Gas + c.fwd.Gas/63 + 100_000 + calldata
}

// innerReason replays the forwarded call as the forwarder makes it (ERC-2771: the signer appended to the data)
// to recover the target's own revert reason.
func (p *Policy) innerReason(ctx context.Context, c *Checked) string {
	fw := p.cfg.Manifest.ForwarderAddress()
	to := c.To
	data := append(append([]byte{}, c.fwd.Data...), c.From.Bytes()...)
	_, err := p.backend.CallContract(ctx, ethereum.CallMsg{From: fw, To: &to, Gas: c.fwd.Gas, Data: data}, nil)
	if d, ok := RevertData(err); ok {
		return p.errs.Decode(d)
	}
	if err == nil {
		return "FailedCall() (the call succeeds alone: out of gas in the forwarder?)"
	}
	return "FailedCall()"
}

// Failure explains why a mined transaction failed: its call replayed at the block before, decoded.
func (p *Policy) Failure(ctx context.Context, c *Checked, block *big.Int) string {
	target := c.Target
	prev := new(big.Int).Sub(block, big.NewInt(1))
	_, err := p.backend.CallContract(ctx, ethereum.CallMsg{From: p.cfg.Relayer, To: &target, Data: c.TxData}, prev)
	data, ok := RevertData(err)
	if !ok {
		return "transaction reverted"
	}
	reason := p.errs.Decode(data)
	if c.Kind == api.KindForward && reason == "FailedCall()" {
		reason = p.innerReason(ctx, c)
	}
	return "transaction reverted: " + reason
}

// ProposalID is a ballot's proposal (nil for a forward request).
func (c *Checked) ProposalID() *big.Int {
	if c.ballot == nil {
		return nil
	}
	return c.ballot.ProposalID
}
