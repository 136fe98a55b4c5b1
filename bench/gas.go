// Package bench holds Bevan's benchmarks. Each prints figures measured in the run (never assumed); none asserts
// on time.
package bench

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"text/tabwriter"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/merkle"
	"github.com/bevan-health/bevan/metatx"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// GasRow is one measured user operation: the whole transaction's gas from its receipt (21,000 base included).
type GasRow struct {
	Operation string `json:"operation"`
	Gas       uint64 `json:"gas"`
	// Goal is the ceiling (0: none set).
	Goal uint64 `json:"goal,omitempty"`
	Met  *bool  `json:"met,omitempty"`
	Note string `json:"note,omitempty"`
}

// GasReport is the result of `bevan bench gas`.
type GasReport struct {
	ChainID uint64   `json:"chainId"`
	Rows    []GasRow `json:"rows"`
}

// Missed counts the rows whose goal was missed.
func (r *GasReport) Missed() int {
	n := 0
	for _, row := range r.Rows {
		if row.Met != nil && !*row.Met {
			n++
		}
	}
	return n
}

// WriteTable prints the report as an aligned table.
func (r *GasReport) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "operation\tgas\tgoal\tresult\t")
	for _, row := range r.Rows {
		goal, result := "-", "-"
		if row.Goal > 0 {
			goal = fmt.Sprintf("<= %d", row.Goal)
			result = "met"
			if !*row.Met {
				result = "MISSED"
			}
		}
		line := fmt.Sprintf("%s\t%d\t%s\t%s\t", row.Operation, row.Gas, goal, result)
		if row.Note != "" {
			line += " " + row.Note
		}
		fmt.Fprintln(tw, line)
	}
	return tw.Flush()
}

// WriteJSON prints the report as one JSON object.
func (r *GasReport) WriteJSON(w io.Writer) error {
	return json.NewEncoder(w).Encode(r)
}

// gasRun drives the operations on a devnet whose suite is deployed with devnet.DeploymentConfig.
type gasRun struct {
	ctx     context.Context
	client  *ethclient.Client
	chainID *big.Int
	m       *deployment.Manifest
	report  *GasReport

	consents  *bindings.ConsentRegistry
	anchors   *bindings.RecordAnchor
	governor  *bindings.BevanGovernor
	forwarder *bindings.BevanForwarder
}

// Gas measures every user operation on the devnet d and returns the report.
func Gas(ctx context.Context, d *devnet.Devnet) (*GasReport, error) {
	r := &gasRun{ctx: ctx, client: d.Client, chainID: new(big.Int).SetUint64(d.Manifest.ChainID), m: d.Manifest,
		report: &GasReport{ChainID: d.Manifest.ChainID}}
	var err error
	if r.consents, err = bindings.NewConsentRegistry(r.m.ConsentsAddress(), r.client); err != nil {
		return nil, err
	}
	if r.anchors, err = bindings.NewRecordAnchor(r.m.AnchorsAddress(), r.client); err != nil {
		return nil, err
	}
	if r.governor, err = bindings.NewBevanGovernor(r.m.GovernorAddress(), r.client); err != nil {
		return nil, err
	}
	if r.forwarder, err = bindings.NewBevanForwarder(r.m.ForwarderAddress(), r.client); err != nil {
		return nil, err
	}
	steps := []func() error{r.consentOps, r.anchorOps, r.governanceOps, r.memberMint}
	for _, s := range steps {
		if err := s(); err != nil {
			return nil, err
		}
	}
	return r.report, nil
}

func (r *gasRun) opts(role string) *bind.TransactOpts {
	return r.optsKey(devnet.DevKey(role))
}

func (r *gasRun) optsKey(k *ecdsa.PrivateKey) *bind.TransactOpts {
	o, _ := bind.NewKeyedTransactorWithChainID(k, r.chainID)
	o.Context = r.ctx
	return o
}

// measure waits for tx, checks it succeeded and records its gas.
func (r *gasRun) measure(op string, goal uint64, note string, tx *types.Transaction, err error) (*types.Receipt, error) {
	if err != nil {
		return nil, fmt.Errorf("%s: send: %w", op, err)
	}
	rcpt, err := bind.WaitMined(r.ctx, r.client, tx)
	if err != nil {
		return nil, fmt.Errorf("%s: wait: %w", op, err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("%s: transaction %s reverted", op, tx.Hash())
	}
	row := GasRow{Operation: op, Gas: rcpt.GasUsed, Goal: goal, Note: note}
	if goal > 0 {
		met := rcpt.GasUsed <= goal
		row.Met = &met
	}
	r.report.Rows = append(r.report.Rows, row)
	return rcpt, nil
}

func (r *gasRun) consentOps() error {
	// A fresh patient, so the first grant is really its first token.
	patientKey, _ := crypto.ToECDSA(crypto.Keccak256([]byte("bench patient " + time.Now().String())))
	patient := crypto.PubkeyToAddress(patientKey.PublicKey)
	if err := r.fund(patient); err != nil {
		return err
	}
	p := r.optsKey(patientKey)
	purposes := vocab.PurposeMask(vocab.Treat, vocab.CareMgt)
	actions := vocab.ActionMask(vocab.Access, vocab.Use)
	scope := crypto.Keccak256Hash([]byte("bench scope"))
	grantees := []common.Address{devnet.DevAddress(devnet.RoleAgency), devnet.DevAddress(devnet.RoleGP), devnet.DevAddress(devnet.RoleTrust), devnet.DevAddress(devnet.RoleResearch)}

	tx, err := r.consents.Grant(p, patient, grantees[0], purposes, actions, big.NewInt(0), scope)
	rcpt, err := r.measure("consent grant (patient's first)", 100_000, "", tx, err)
	if err != nil {
		return err
	}
	first, err := r.consents.ParseConsentGranted(*rcpt.Logs[len(rcpt.Logs)-1])
	if err != nil {
		return fmt.Errorf("parse grant: %w", err)
	}
	tx, err = r.consents.Grant(p, patient, grantees[1], purposes, actions, big.NewInt(0), scope)
	direct, err := r.measure("consent grant (later, new grantee)", 85_000, "", tx, err)
	if err != nil {
		return err
	}
	tx, err = r.consents.Grant(p, patient, grantees[0], vocab.PurposeMask(vocab.HResch), actions, big.NewInt(0), scope)
	if _, err := r.measure("consent grant (later, same grantee)", 85_000, "", tx, err); err != nil {
		return err
	}
	tx, err = r.consents.Revoke(p, first.ConsentId)
	if _, err := r.measure("consent revoke", 35_000, "", tx, err); err != nil {
		return err
	}
	tx, err = r.consents.AppointGuardian(p, devnet.DevAddress(devnet.RoleGuardian))
	if _, err := r.measure("guardian add", 0, "", tx, err); err != nil {
		return err
	}
	tx, err = r.consents.RecordEmergencyAccess(r.opts(devnet.RoleGP), patient, crypto.Keccak256Hash([]byte("bench reason")))
	if _, err := r.measure("emergency access (break-glass)", 0, "", tx, err); err != nil {
		return err
	}

	// The same later grant through the forwarder, as the relayer sends it. A wallet's first meta-transaction also
	// stores its forwarder nonce for the first time (0 -> 1), so the overhead is measured on its second.
	cabi, err := bindings.ConsentRegistryMetaData.GetAbi()
	if err != nil {
		return err
	}
	var forwarded *types.Receipt
	for i, op := range []string{"consent grant via forwarder (wallet's first meta-tx)", "consent grant via forwarder (later, new grantee)"} {
		data, err := cabi.Pack("grant", patient, grantees[2+i], purposes, actions, big.NewInt(0), scope)
		if err != nil {
			return err
		}
		fwd, err := r.forwardRequest(patientKey, r.m.ConsentsAddress(), data)
		if err != nil {
			return err
		}
		tx, err := r.forwarder.Execute(r.opts(devnet.RoleRelayer), fwd)
		if forwarded, err = r.measure(op, 0, "", tx, err); err != nil {
			return err
		}
	}
	overhead := int64(forwarded.GasUsed) - int64(direct.GasUsed)
	met := overhead <= 15_000
	r.report.Rows = append(r.report.Rows, GasRow{Operation: "ERC-2771 forwarding overhead (grant)", Gas: uint64(max(overhead, 0)),
		Goal: 15_000, Met: &met, Note: "forwarded minus direct later grant, returning wallet"})
	return nil
}

// forwardRequest signs a forward request from key to target with data, for the relayer to execute.
func (r *gasRun) forwardRequest(key *ecdsa.PrivateKey, target common.Address, data []byte) (bindings.ERC2771ForwarderForwardRequestData, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := r.forwarder.Nonces(&bind.CallOpts{Context: r.ctx}, from)
	if err != nil {
		return bindings.ERC2771ForwarderForwardRequestData{}, fmt.Errorf("forwarder nonce: %w", err)
	}
	head, err := r.client.HeaderByNumber(r.ctx, nil)
	if err != nil {
		return bindings.ERC2771ForwarderForwardRequestData{}, fmt.Errorf("head: %w", err)
	}
	req := &metatx.Request{From: from, To: target, Value: new(big.Int), Gas: 500_000, Nonce: nonce, Deadline: head.Time + 600, Data: data}
	sig, err := req.Sign(key, r.chainID, r.m.ForwarderAddress())
	if err != nil {
		return bindings.ERC2771ForwarderForwardRequestData{}, err
	}
	return req.ForwardRequestData(sig), nil
}

func (r *gasRun) anchorOps() error {
	c := r.opts(devnet.RoleTrust)
	salt := time.Now().String()
	rec := crypto.Keccak256Hash([]byte("bench record " + salt))
	v1 := crypto.Keccak256Hash([]byte("bench v1 " + salt))
	tx, err := r.anchors.Anchor(c, rec, v1, common.Hash{})
	if _, err := r.measure("record anchor (single, first version)", 50_000, "", tx, err); err != nil {
		return err
	}
	tx, err = r.anchors.Anchor(c, rec, crypto.Keccak256Hash([]byte("bench v2 "+salt)), v1)
	if _, err := r.measure("record anchor (single, superseding)", 50_000, "", tx, err); err != nil {
		return err
	}
	for _, n := range []int{1, 100, 1000} {
		leaves := make([]common.Hash, n)
		for i := range leaves {
			leaves[i] = merkle.Leaf(crypto.Keccak256Hash([]byte(fmt.Sprintf("r%d-%d-%s", n, i, salt))), crypto.Keccak256Hash([]byte(fmt.Sprintf("c%d", i))))
		}
		tree, err := merkle.New(leaves)
		if err != nil {
			return err
		}
		tx, err := r.anchors.AnchorBatch(c, tree.Root(), uint32(n), fmt.Sprintf("bevan://batches/%x", tree.Root().Bytes()[:8]))
		if _, err := r.measure(fmt.Sprintf("record anchor batch (%d records)", n), 50_000, "", tx, err); err != nil {
			return err
		}
	}
	return nil
}

func (r *gasRun) governanceOps() error {
	// A proposal that grants the research sponsor CUSTODIAN_ROLE: harmless, and it exercises queue and execute.
	role, err := r.anchors.CUSTODIANROLE(&bind.CallOpts{Context: r.ctx})
	if err != nil {
		return err
	}
	aabi, err := bindings.RecordAnchorMetaData.GetAbi()
	if err != nil {
		return err
	}
	grant, err := aabi.Pack("grantRole", role, devnet.DevAddress(devnet.RoleResearch))
	if err != nil {
		return err
	}
	targets, values, calls := []common.Address{r.m.AnchorsAddress()}, []*big.Int{big.NewInt(0)}, [][]byte{grant}
	desc := "bench proposal " + time.Now().String()
	descHash := crypto.Keccak256Hash([]byte(desc))
	tx, err := r.governor.Propose(r.opts(devnet.RoleTrust), targets, values, calls, desc)
	if _, err := r.measure("governor propose", 0, "", tx, err); err != nil {
		return err
	}
	id, err := r.governor.HashProposal(&bind.CallOpts{Context: r.ctx}, targets, values, calls, descHash)
	if err != nil {
		return err
	}
	delay, err := r.governor.VotingDelay(&bind.CallOpts{Context: r.ctx})
	if err != nil {
		return err
	}
	if err := r.mine(delay.Uint64() + 1); err != nil {
		return err
	}
	tx, err = r.governor.CastVote(r.opts(devnet.RoleTrust), id, 1)
	if _, err := r.measure("governor castVote (first vote)", 84_000, "", tx, err); err != nil {
		return err
	}
	tx, err = r.governor.CastVote(r.opts(devnet.RoleCouncil), id, 1)
	if _, err := r.measure("governor castVote (later vote)", 67_000, "", tx, err); err != nil {
		return err
	}
	voter := devnet.DevAddress(devnet.RoleGP)
	nonce, err := r.governor.Nonces(&bind.CallOpts{Context: r.ctx}, voter)
	if err != nil {
		return err
	}
	sig, err := (&metatx.Ballot{ProposalID: id, Support: 1, Voter: voter, Nonce: nonce}).Sign(devnet.DevKey(devnet.RoleGP), r.chainID, r.m.GovernorAddress())
	if err != nil {
		return err
	}
	tx, err = r.governor.CastVoteBySig(r.opts(devnet.RoleRelayer), id, 1, voter, sig)
	if _, err := r.measure("governor castVoteBySig (relayer-sent, later vote)", 100_000, "", tx, err); err != nil {
		return err
	}
	period, err := r.governor.VotingPeriod(&bind.CallOpts{Context: r.ctx})
	if err != nil {
		return err
	}
	if err := r.mine(period.Uint64() + 1); err != nil {
		return err
	}
	tx, err = r.governor.Queue(r.opts(devnet.RoleTrust), targets, values, calls, descHash)
	if _, err := r.measure("governor queue", 0, "", tx, err); err != nil {
		return err
	}
	if err := r.client.Client().CallContext(r.ctx, nil, "evm_increaseTime", hexutil.Uint64(3600)); err != nil {
		return fmt.Errorf("increase time: %w", err)
	}
	if err := r.mine(1); err != nil {
		return err
	}
	tx, err = r.governor.Execute(r.opts(devnet.RoleTrust), targets, values, calls, descHash)
	_, err = r.measure("governor execute (grant a role)", 0, "", tx, err)
	return err
}

// memberMint measures Membership.mint as its owner sends it. On the devnet the owner is the timelock (a contract), so
// the bench deploys a second Membership whose minter is the deployer key, with one founder as in any real deployment
// (the very first mint of a Membership also creates its total-supply checkpoint array; founders pay that at
// deployment).
func (r *gasRun) memberMint() error {
	o := r.opts(devnet.RoleDeployer)
	founderODS, _ := vocab.ODSCode("RXX00")
	founders := []bindings.MembershipInitialMember{{Account: devnet.DevAddress(devnet.RoleTrust), OdsCode: founderODS, Kind: uint8(vocab.NHSTrust)}}
	_, tx, m, err := bindings.DeployMembership(o, r.client, o.From, founders)
	if err != nil {
		return fmt.Errorf("deploy bench membership: %w", err)
	}
	if _, err := bind.WaitDeployed(r.ctx, r.client, tx); err != nil {
		return fmt.Errorf("deploy bench membership: %w", err)
	}
	for i, who := range []string{devnet.RoleAgency, devnet.RoleResearch} {
		ods, _ := vocab.ODSCode(fmt.Sprintf("RXX0%d", i+1))
		tx, err = m.Mint(o, devnet.DevAddress(who), ods, uint8(vocab.CareProvider))
		if _, err := r.measure(fmt.Sprintf("membership mint #%d (votes active)", i+1), 130_000, "", tx, err); err != nil {
			return err
		}
	}
	return nil
}

func (r *gasRun) fund(who common.Address) error {
	return r.client.Client().CallContext(r.ctx, nil, "anvil_setBalance", who, hexutil.EncodeBig(new(big.Int).Lsh(big.NewInt(1), 70)))
}

func (r *gasRun) mine(n uint64) error {
	return r.client.Client().CallContext(r.ctx, nil, "anvil_mine", hexutil.Uint64(n))
}
