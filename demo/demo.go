// Package demo runs the scripted story of `bevan devnet --demo` against a running devnet and relayer: a patient is
// discharged from hospital to social care at home. Every action is a wallet signing and the relayer paying: no
// wallet in the story holds gas. Nothing in it is a real person: keys are the devnet's public development keys and
// the discharge summary is synthetic.
package demo

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"github.com/bevan-health/bevan/commitment"
	"io"
	"math/big"
	"os"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/fhirrecord"
	"github.com/bevan-health/bevan/relayer/api"
	relayerclient "github.com/bevan-health/bevan/relayer/client"
	"github.com/bevan-health/bevan/telemetry/gateway"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Result is what the story did, for the printout and for tests.
type Result struct {
	CareConsent     *big.Int
	GPConsent       *big.Int
	ResearchConsent *big.Int
	// ResearchRevokedBlock is the block of the research consent's revocation; ResearchGrantedBlock its grant's.
	ResearchGrantedBlock uint64
	ResearchRevokedBlock uint64
	// ResearchGrantedAt and ResearchRevokedAt are those blocks' times (unix seconds); the revocation comes
	// ResearchGap later, so an audit can ask about a time in between.
	ResearchGrantedAt uint64
	ResearchRevokedAt uint64
	// RecordID and ContentHash are the discharge summary's keyed record id and salted content hash.
	RecordID    common.Hash
	ContentHash common.Hash
	// Observation is the blood-pressure reading's anchored version, in the ward's batch BatchRoot.
	ObservationRecordID    common.Hash
	ObservationContentHash common.Hash
	BatchRoot              common.Hash
	// EmergencyReasonHash is the salted commitment to the break-glass reason, EmergencyBlock its block.
	EmergencyReasonHash common.Hash
	EmergencyBlock      uint64
	ProposalID          *big.Int
	NewMember           common.Address
	Steps               []Step
	// LastBlock is the block of the story's last transaction: an indexer that reached it has indexed the story.
	LastBlock uint64
	// ColdChain is the cold chain's part of the story (nil without Options.Telemetry).
	ColdChain *ColdChain
	// Ward is the virtual ward's part of the story (nil without Options.Telemetry).
	Ward *Ward
}

// ResearchGap is how long (chain time) the patient keeps the research consent before it is revoked.
const ResearchGap = 30 * time.Second

// Step is one action of the story.
type Step struct {
	What   string
	TxHash common.Hash
	Block  uint64
	Gas    uint64
}

// Options change the story: whose details the records carry and where the hospital keeps its custodian store.
type Options struct {
	// Identifiers default to DefaultIdentifiers.
	Identifiers *Identifiers
	// CustodianDir is the hospital's (RJ1's) custodian store: keep it with a kept chain, so that a second run
	// recognises its anchors. Empty: a temporary directory, removed by Close.
	CustodianDir string
	// BatchURI is the public hint of the ward's batch (default https://records.rj1.example.nhs.uk/batches/ward-7).
	BatchURI string
	// AppKey is the relayer's app key the story's requests carry (default devnet.DevAppKey, the devnet relayer's).
	AppKey string
	// Telemetry, when set, adds the cold chain to the story (ColdChain): a telemetry gateway, a vaccine fridge.
	Telemetry *TelemetryOptions
}

// Runner runs the story.
type Runner struct {
	ids      Identifiers
	opts     Options
	tmpDir   string
	client   *ethclient.Client
	m        *deployment.Manifest
	relayer  *relayerclient.Client
	domain   relayerclient.Domain
	out      io.Writer
	res      *Result
	consents abi.ABI
	anchors  abi.ABI
	governor abi.ABI
	members  abi.ABI
	gateway  *gateway.Service // the cold chain's telemetry gateway, once started
	// relayerURL is the relayer's URL (the cold chain's gateway sends through it too).
	relayerURL string
}

// New prepares a story against the devnet's chain and manifest and the relayer at relayerURL; progress goes to out.
func New(client *ethclient.Client, m *deployment.Manifest, relayerURL string, out io.Writer) (*Runner, error) {
	return NewWith(client, m, relayerURL, out, Options{})
}

// NewWith is New with options. Close removes what it made.
func NewWith(client *ethclient.Client, m *deployment.Manifest, relayerURL string, out io.Writer, opts Options) (*Runner, error) {
	ids := DefaultIdentifiers()
	if opts.Identifiers != nil {
		ids = *opts.Identifiers
	}
	if err := ids.Check(); err != nil {
		return nil, err
	}
	if opts.AppKey == "" {
		opts.AppKey = devnet.DevAppKey
	}
	if opts.BatchURI == "" {
		opts.BatchURI = "https://records.rj1.example.nhs.uk/batches/ward-7"
	}
	r := &Runner{ids: ids, opts: opts, client: client, m: m, relayer: relayerclient.New(relayerURL, nil), relayerURL: relayerURL, out: out, res: &Result{},
		domain: relayerclient.Domain{ChainID: new(big.Int).SetUint64(m.ChainID), Forwarder: m.ForwarderAddress(), Governor: m.GovernorAddress()}}
	r.relayer.AppKey = opts.AppKey
	for _, x := range []struct {
		dst *abi.ABI
		md  *bind.MetaData
	}{{&r.consents, bindings.ConsentRegistryMetaData}, {&r.anchors, bindings.RecordAnchorMetaData},
		{&r.governor, bindings.BevanGovernorMetaData}, {&r.members, bindings.MembershipMetaData}} {
		a, err := x.md.GetAbi()
		if err != nil {
			return nil, fmt.Errorf("ABI: %w", err)
		}
		*x.dst = *a
	}
	return r, nil
}

// Close stops the cold chain's telemetry gateway and removes the temporary custodian store, if the runner made them.
func (r *Runner) Close() error {
	err := r.coldChainStop()
	if r.tmpDir == "" {
		return err
	}
	return errors.Join(err, os.RemoveAll(r.tmpDir))
}

// custodian opens the hospital's custodian store (creating it on first use).
func (r *Runner) custodian() (*fhirrecord.Store, error) {
	dir := r.opts.CustodianDir
	if dir == "" {
		if r.tmpDir == "" {
			tmp, err := os.MkdirTemp("", "bevan-demo-custodian-")
			if err != nil {
				return nil, fmt.Errorf("custodian store: %w", err)
			}
			r.tmpDir = tmp
		}
		dir = r.tmpDir
	}
	s, _, err := fhirrecord.OpenStore(dir, "RJ1", true)
	return s, err
}

// scope is a fresh salted commitment to data (a consent's scope): the patient's app keeps the salt.
func scope(data []byte) common.Hash {
	_, c, err := commitment.New(data)
	if err != nil {
		panic(fmt.Sprintf("demo: %v", err)) // the OS random source failing is not recoverable here
	}
	return c
}

// Run plays the whole story and returns what it did.
func (r *Runner) Run(ctx context.Context) (*Result, error) {
	patient := devnet.DevKey(devnet.RolePatient)
	patientAddr := devnet.DevAddress(devnet.RolePatient)
	agency, gp, research := devnet.DevAddress(devnet.RoleAgency), devnet.DevAddress(devnet.RoleGP), devnet.DevAddress(devnet.RoleResearch)
	head, err := r.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("head: %w", err)
	}
	in90Days := big.NewInt(int64(head.Time) + 90*24*3600)

	r.say("1. Mrs P. is ready to leave hospital. From her own wallet (no gas), she consents to Sunrise Home Care and her GP seeing her care plan.")
	st, err := r.send(ctx, "patient grants the care agency care-management access (90 days)", patient, r.m.ConsentsAddress(),
		r.pack(r.consents, "grant", patientAddr, agency, vocab.PurposeMask(vocab.CareMgt, vocab.Treat),
			vocab.ActionMask(vocab.Access, vocab.Use), in90Days, scope(r.ids.DischargeSummary())))
	if err != nil {
		return nil, err
	}
	if r.res.CareConsent, err = r.consentIDFrom(ctx, st); err != nil {
		return nil, err
	}
	st, err = r.send(ctx, "patient grants the GP care-management access", patient, r.m.ConsentsAddress(),
		r.pack(r.consents, "grant", patientAddr, gp, vocab.PurposeMask(vocab.CareMgt), vocab.ActionMask(vocab.Access),
			big.NewInt(0), scope(r.ids.DischargeSummary())))
	if err != nil {
		return nil, err
	}
	if r.res.GPConsent, err = r.consentIDFrom(ctx, st); err != nil {
		return nil, err
	}

	r.say("2. Her daughter becomes her guardian (lasting power of attorney), able to manage consents for her.")
	reg, err := bindings.NewConsentRegistryCaller(r.m.ConsentsAddress(), r.client)
	if err != nil {
		return nil, err
	}
	already, err := reg.IsGuardian(&bind.CallOpts{Context: ctx}, patientAddr, devnet.DevAddress(devnet.RoleGuardian))
	if err != nil {
		return nil, fmt.Errorf("guardian check: %w", err)
	}
	if already { // a kept devnet (--state) on which the story ran before
		fmt.Fprintln(r.out, "   = her daughter is already her guardian (from an earlier run)")
	} else if _, err := r.send(ctx, "patient appoints her daughter as guardian", patient, r.m.ConsentsAddress(),
		r.pack(r.consents, "appointGuardian", devnet.DevAddress(devnet.RoleGuardian))); err != nil {
		return nil, err
	}

	r.say("3. The hospital anchors the discharge summary, and the ward's records in a Merkle batch: only salted, keyed hashes go on chain.")
	if err := r.anchorRecords(ctx); err != nil {
		return nil, err
	}

	r.say("4. The ICB's DAO votes Sunrise Home Care in as a member: the trust proposes, members vote by signature.")
	if err := r.admitAgency(ctx); err != nil {
		return nil, err
	}

	r.say("5. She joins a clinical trial, then changes her mind: the research consent is granted and later revoked.")
	st, err = r.send(ctx, "patient grants the trial sponsor research use", patient, r.m.ConsentsAddress(),
		r.pack(r.consents, "grant", patientAddr, research, vocab.PurposeMask(vocab.ClinTrl, vocab.HResch),
			vocab.ActionMask(vocab.Use, vocab.Disclose), big.NewInt(0), scope(r.ids.Observation())))
	if err != nil {
		return nil, err
	}
	if r.res.ResearchConsent, err = r.consentIDFrom(ctx, st); err != nil {
		return nil, err
	}
	r.res.ResearchGrantedBlock = st.Block
	// A block between grant and revocation, ResearchGap later, for the audit (by block and by time).
	if err := r.mine(ctx, 1, uint64(ResearchGap/time.Second)); err != nil {
		return nil, err
	}
	st, err = r.send(ctx, "her guardian revokes the research consent on her behalf", devnet.DevKey(devnet.RoleGuardian), r.m.ConsentsAddress(),
		r.pack(r.consents, "revoke", r.res.ResearchConsent))
	if err != nil {
		return nil, err
	}
	r.res.ResearchRevokedBlock = st.Block
	if r.res.ResearchGrantedAt, err = r.blockTime(ctx, r.res.ResearchGrantedBlock); err != nil {
		return nil, err
	}
	if r.res.ResearchRevokedAt, err = r.blockTime(ctx, r.res.ResearchRevokedBlock); err != nil {
		return nil, err
	}

	r.say("6. Weeks later her carer finds her unresponsive: her GP, an emergency responder, breaks the glass; only a salted hash of the reason is recorded.")
	if err := r.breakGlass(ctx, patientAddr); err != nil {
		return nil, err
	}
	if err := r.ColdChain(ctx); err != nil {
		return nil, err
	}
	if r.gateway != nil { // the virtual ward shares the cold chain's telemetry gateway (demo/ward.go)
		if r.res.Ward, err = r.VirtualWard(ctx, r.gateway); err != nil {
			return nil, err
		}
	}
	for _, s := range r.res.Steps {
		r.res.LastBlock = max(r.res.LastBlock, s.Block)
	}
	return r.res, nil
}

// blockTime is the time (unix seconds) of block n.
func (r *Runner) blockTime(ctx context.Context, n uint64) (uint64, error) {
	h, err := r.client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return 0, fmt.Errorf("header of block %d: %w", n, err)
	}
	return h.Time, nil
}

func (r *Runner) admitAgency(ctx context.Context) error {
	trust := devnet.DevKey(devnet.RoleTrust)
	r.res.NewMember = devnet.DevAddress(devnet.RoleAgency)
	ms, err := bindings.NewMembershipCaller(r.m.MembershipAddress(), r.client)
	if err != nil {
		return err
	}
	if rec, err := ms.Member(&bind.CallOpts{Context: ctx}, r.res.NewMember); err != nil {
		return fmt.Errorf("membership check: %w", err)
	} else if rec.JoinedAt.Sign() != 0 { // a kept devnet (--state) on which the story ran before
		fmt.Fprintln(r.out, "   = Sunrise Home Care already joined the ICB (from an earlier run)")
		return nil
	}
	ods, err := vocab.ODSCode("8HX39")
	if err != nil {
		return err
	}
	targets := []common.Address{r.m.MembershipAddress()}
	values := []*big.Int{new(big.Int)}
	calls := [][]byte{r.pack(r.members, "mint", r.res.NewMember, ods, uint8(vocab.CareProvider))}
	desc := fmt.Sprintf("Admit Sunrise Home Care (ODS 8HX39) as a care-provider member (%d)", time.Now().Unix())
	if _, err := r.send(ctx, "the trust proposes admitting Sunrise Home Care", trust, r.m.GovernorAddress(),
		r.pack(r.governor, "propose", targets, values, calls, desc)); err != nil {
		return err
	}
	gov, err := bindings.NewBevanGovernor(r.m.GovernorAddress(), r.client)
	if err != nil {
		return err
	}
	descHash := crypto.Keccak256Hash([]byte(desc))
	id, err := gov.HashProposal(&bind.CallOpts{Context: ctx}, targets, values, calls, descHash)
	if err != nil {
		return fmt.Errorf("proposal id: %w", err)
	}
	r.res.ProposalID = id
	delay, err := gov.VotingDelay(&bind.CallOpts{Context: ctx})
	if err != nil {
		return err
	}
	if err := r.mine(ctx, delay.Uint64()+1, 0); err != nil {
		return err
	}
	for _, role := range []string{devnet.RoleTrust, devnet.RoleGP, devnet.RoleCouncil} {
		if err := r.vote(ctx, role, id); err != nil {
			return err
		}
	}
	period, err := gov.VotingPeriod(&bind.CallOpts{Context: ctx})
	if err != nil {
		return err
	}
	if err := r.mine(ctx, period.Uint64()+1, 0); err != nil {
		return err
	}
	if _, err := r.send(ctx, "the trust queues the passed proposal in the timelock", trust, r.m.GovernorAddress(),
		r.pack(r.governor, "queue", targets, values, calls, descHash)); err != nil {
		return err
	}
	tl, err := bindings.NewBevanTimelock(r.m.TimelockAddress(), r.client)
	if err != nil {
		return err
	}
	minDelay, err := tl.GetMinDelay(&bind.CallOpts{Context: ctx})
	if err != nil {
		return err
	}
	if err := r.mine(ctx, 1, minDelay.Uint64()+1); err != nil {
		return err
	}
	if _, err := r.send(ctx, "the trust executes it: Sunrise Home Care is a member", trust, r.m.GovernorAddress(),
		r.pack(r.governor, "execute", targets, values, calls, descHash)); err != nil {
		return err
	}
	return nil
}

// vote signs a ballot for the proposal with role's key and has the relayer send castVoteBySig.
func (r *Runner) vote(ctx context.Context, role string, id *big.Int) error {
	acc, _, err := r.relayer.SubmitVote(ctx, devnet.DevKey(role), r.domain, id, 1)
	if err != nil {
		return fmt.Errorf("%s votes: %w", role, err)
	}
	st, err := r.relayer.Wait(ctx, acc.ID)
	if err != nil {
		return fmt.Errorf("%s votes: %w", role, err)
	}
	if st.Status != api.StateMined {
		return fmt.Errorf("%s votes: %s %s", role, st.Status, st.Error)
	}
	r.step(fmt.Sprintf("%s votes for (castVoteBySig, relayed)", role), st)
	return nil
}

// send signs call data for `to` with key, submits it through the relayer and waits until it is mined.
func (r *Runner) send(ctx context.Context, what string, key *ecdsa.PrivateKey, to common.Address, data []byte) (*api.Status, error) {
	return r.sendGas(ctx, what, key, to, data, 1_000_000)
}

// sendGas is send with the gas the request signs for (the relayer's daily quota counts it).
func (r *Runner) sendGas(ctx context.Context, what string, key *ecdsa.PrivateKey, to common.Address, data []byte, gas uint64) (*api.Status, error) {
	st, err := r.relayer.Send(ctx, key, r.domain, relayerclient.Call{To: to, Data: data, Gas: gas})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	r.step(what, st)
	return st, nil
}

func (r *Runner) step(what string, st *api.Status) {
	s := Step{What: what, Block: st.Block, Gas: st.GasUsed}
	if st.TxHash != nil {
		s.TxHash = *st.TxHash
	}
	r.res.Steps = append(r.res.Steps, s)
	fmt.Fprintf(r.out, "   ✓ %-60s block %-4d gas %-7d tx %s\n", what, s.Block, s.Gas, s.TxHash.Hex()[:18]+"…")
}

func (r *Runner) say(s string) { fmt.Fprintf(r.out, "\n%s\n", s) }

func (r *Runner) pack(a abi.ABI, method string, args ...any) []byte {
	data, err := a.Pack(method, args...)
	if err != nil {
		panic(fmt.Sprintf("demo: pack %s: %v", method, err)) // the story's calls are fixed: a failure is a bug here
	}
	return data
}

// consentIDFrom reads the ConsentGranted event of a mined request.
func (r *Runner) consentIDFrom(ctx context.Context, st *api.Status) (*big.Int, error) {
	if st.TxHash == nil {
		return nil, fmt.Errorf("request %s has no transaction", st.ID)
	}
	rcpt, err := r.client.TransactionReceipt(ctx, *st.TxHash)
	if err != nil {
		return nil, fmt.Errorf("receipt: %w", err)
	}
	f, err := bindings.NewConsentRegistryFilterer(r.m.ConsentsAddress(), r.client)
	if err != nil {
		return nil, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := f.ParseConsentGranted(*l); err == nil {
			return ev.ConsentId, nil
		}
	}
	return nil, fmt.Errorf("no ConsentGranted in %s", st.TxHash)
}

// mine advances the devnet: n blocks, after moving time forward by seconds (anvil only).
func (r *Runner) mine(ctx context.Context, n, seconds uint64) error {
	if seconds > 0 {
		if err := r.client.Client().CallContext(ctx, nil, "evm_increaseTime", hexutil.Uint64(seconds)); err != nil {
			return fmt.Errorf("increase time: %w", err)
		}
	}
	if err := r.client.Client().CallContext(ctx, nil, "anvil_mine", hexutil.Uint64(n)); err != nil {
		return fmt.Errorf("mine: %w", err)
	}
	return nil
}

// anchorRecords anchors the discharge summary singly and the Patient and Observation resources as a batch, from the
// hospital's custodian store (keyed record ids, salted content hashes); what the store already anchored is skipped.
func (r *Runner) anchorRecords(ctx context.Context) error {
	store, err := r.custodian()
	if err != nil {
		return err
	}
	trust := devnet.DevKey(devnet.RoleTrust)
	anchor := func(what string, opts fhirrecord.AnchorOptions, docs ...[]byte) (bool, error) {
		var items []fhirrecord.Item
		for _, doc := range docs {
			res, err := fhirrecord.Parse(doc)
			if err != nil {
				return false, err
			}
			e, err := store.Lookup(res)
			if err != nil {
				return false, err
			}
			if e != nil && e.VersionOf(res) != nil { // a kept devnet (--state) on which the story ran before
				return false, nil
			}
			it, _, err := store.Item("", res)
			if err != nil {
				return false, err
			}
			items = append(items, it)
		}
		opts.ChainID, opts.RecordAnchor, opts.ODSCode = r.m.ChainID, r.m.AnchorsAddress(), "RJ1"
		plan, err := fhirrecord.PlanAnchor(opts, items)
		if err != nil {
			return false, err
		}
		st, err := r.sendGas(ctx, what, trust, r.m.AnchorsAddress(), plan.Data, 300_000) // ~90k used: leaves the trust's quota for the DAO
		if err != nil {
			return false, err
		}
		rcpt, err := r.client.TransactionReceipt(ctx, *st.TxHash)
		if err != nil {
			return false, fmt.Errorf("%s: receipt: %w", what, err)
		}
		proofs, err := plan.Complete(rcpt)
		if err != nil {
			return false, err
		}
		for i, p := range proofs {
			if err := store.Save(plan.Records[i].Item, p, ""); err != nil {
				return false, err
			}
		}
		return true, nil
	}
	sent, err := anchor("hospital (RJ1) anchors the discharge summary", fhirrecord.AnchorOptions{}, r.ids.DischargeSummary())
	if err != nil {
		return err
	}
	if !sent {
		fmt.Fprintln(r.out, "   = the discharge summary is already anchored (from an earlier run)")
	}
	sent, err = anchor("hospital (RJ1) anchors the ward's batch: demographics, blood pressure", fhirrecord.AnchorOptions{URI: r.opts.BatchURI},
		r.ids.Patient(), r.ids.Observation())
	if err != nil {
		return err
	}
	if !sent {
		fmt.Fprintln(r.out, "   = the ward's batch is already anchored (from an earlier run)")
	}
	// The result names the anchored versions, from the store (this run's or an earlier one's).
	for _, x := range []struct {
		doc               []byte
		id, content, root *common.Hash
	}{{r.ids.DischargeSummary(), &r.res.RecordID, &r.res.ContentHash, nil},
		{r.ids.Observation(), &r.res.ObservationRecordID, &r.res.ObservationContentHash, &r.res.BatchRoot}} {
		res, err := fhirrecord.Parse(x.doc)
		if err != nil {
			return err
		}
		e, err := store.Lookup(res)
		if err != nil || e == nil {
			return fmt.Errorf("custodian store lost %s: %v", res.LocalKey(), err)
		}
		v := e.VersionOf(res)
		if v == nil {
			return fmt.Errorf("custodian store has no anchored version of %s", res.LocalKey())
		}
		*x.id, *x.content = e.RecordID, v.ContentHash
		if x.root != nil {
			*x.root = v.BatchRoot
		}
	}
	return nil
}

// breakGlass has the GP (an emergency responder) record emergency access with a salted commitment to the reason.
func (r *Runner) breakGlass(ctx context.Context, patient common.Address) error {
	// The GP's own audit receipt keeps the salt (`bevan emergency access` writes one); the story needs only the hash.
	_, reasonHash, err := commitment.New([]byte(r.ids.EmergencyReason))
	if err != nil {
		return err
	}
	st, err := r.send(ctx, "the GP records emergency access (break-glass)", devnet.DevKey(devnet.RoleGP), r.m.ConsentsAddress(),
		r.pack(r.consents, "recordEmergencyAccess", patient, reasonHash))
	if err != nil {
		return err
	}
	r.res.EmergencyReasonHash, r.res.EmergencyBlock = reasonHash, st.Block
	return nil
}
