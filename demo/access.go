package demo

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/bevan-health/bevan/analytics/access"
	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// AccessMeasure is the measure the demo's data-access request asks for.
const AccessMeasure = "consents-by-purpose"

// Access is what the data-access part of the demo did.
type Access struct {
	// RequestID is the council's request; RefusedCode the endpoint's answer before the DAO approved it.
	RequestID   uint64
	RefusedCode access.Code
	ProposalID  *big.Int
	// Delivery is the dataset released after the approval, Release its number on chain (checked by the recipient).
	Delivery *access.Delivery
	Release  uint32
	Period   string
}

// DataAccess plays DAO-approved data access against the analytics endpoint at analyticsURL: the council (a member,
// planning population health) requests AccessMeasure for POPHLTH over the chain's current quarter; its first fetch
// is refused (not approved); the council puts DataAccess.approve to the DAO, the members vote, the proposal is
// queued and executed; the council signs in again, fetches the dataset, checks the release's anchor on chain itself, and the
// disclosure-controlled report is printed.
func (r *Runner) DataAccess(ctx context.Context, analyticsURL string) (*Access, error) {
	council := devnet.DevKey(devnet.RoleCouncil)
	councilAddr := devnet.DevAddress(devnet.RoleCouncil)
	da, err := bindings.DataAccessMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	head, err := r.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("head: %w", err)
	}
	ht := time.Unix(int64(head.Time), 0).UTC()
	out := &Access{Period: fmt.Sprintf("%d-Q%d", ht.Year(), (int(ht.Month())+2)/3)}
	from := time.Date(ht.Year(), time.Month(3*((int(ht.Month())-1)/3)+1), 1, 0, 0, 0, 0, time.UTC)
	measure, err := access.MeasureBytes(AccessMeasure)
	if err != nil {
		return nil, err
	}

	r.say(fmt.Sprintf("9. The council's population-health team asks the DAO for a dataset: %s, POPHLTH, %s. The DAO must approve it; the analytics endpoint releases it only then, and anchors the release.", AccessMeasure, out.Period))
	st, err := r.sendGas(ctx, "the council requests the dataset (DataAccess.request)", council, r.m.AccessAddress(),
		r.pack(*da, "request", measure, uint8(vocab.PopHlth), big.NewInt(from.Unix()), big.NewInt(from.AddDate(0, 3, 0).Unix())), accessGas)
	if err != nil {
		return nil, err
	}
	if st.TxHash == nil {
		return nil, errors.New("the request has no transaction")
	}
	if out.RequestID, err = access.RequestIDOf(ctx, r.client, r.m, *st.TxHash); err != nil {
		return nil, err
	}
	cl := access.NewClient(analyticsURL, r.m.ChainID, nil)
	if _, err := cl.SignIn(ctx, council); err != nil {
		return nil, fmt.Errorf("council signs in: %w", err)
	}
	_, err = cl.Dataset(ctx, out.RequestID)
	if out.RefusedCode = access.CodeOf(err); out.RefusedCode != access.CodeNotApproved {
		return nil, fmt.Errorf("fetch before the approval: want %s, got %v", access.CodeNotApproved, err)
	}
	fmt.Fprintf(r.out, "   – the council signs in (EIP-4361) and asks for request %d's dataset: refused, %s (the DAO has not approved it)\n",
		out.RequestID, out.RefusedCode)

	targets := []common.Address{r.m.AccessAddress()}
	calls := [][]byte{r.pack(*da, "approve", new(big.Int).SetUint64(out.RequestID))}
	desc := fmt.Sprintf("Approve data-access request %d: %s for POPHLTH, %s, to the council (%d)", out.RequestID, AccessMeasure, out.Period, time.Now().Unix())
	if out.ProposalID, err = r.passProposal(ctx, devnet.RoleCouncil, "approving its data-access request", targets, calls, desc); err != nil {
		return nil, err
	}

	if _, err := cl.SignIn(ctx, council); err != nil {
		return nil, fmt.Errorf("council signs in: %w", err)
	}
	if out.Delivery, err = cl.Dataset(ctx, out.RequestID); err != nil {
		return nil, fmt.Errorf("fetch after the approval: %w", err)
	}
	if out.Release, err = out.Delivery.Check(ctx, r.client, r.m, out.RequestID, councilAddr); err != nil {
		return nil, fmt.Errorf("the council checks the release: %w", err)
	}
	r.res.Steps = append(r.res.Steps, Step{What: "the analytics endpoint anchors the release (DataAccess.recordRelease)",
		TxHash: out.Delivery.AnchorTx, Block: out.Delivery.AnchorBlock})
	fmt.Fprintf(r.out, "   ✓ %-60s block %-4d tx %s\n", "the endpoint anchors release "+fmt.Sprint(out.Release)+" and serves the dataset",
		out.Delivery.AnchorBlock, out.Delivery.AnchorTx.Hex()[:18]+"…")
	fmt.Fprintf(r.out, "   ✓ the council checks it: the opening gives releaseHash %s, anchored in that transaction\n\n",
		out.Delivery.Opening.ReleaseHash.Hex()[:18]+"…")
	if err := access.WriteReport(r.out, out.Delivery.Dataset); err != nil {
		return nil, err
	}
	return out, nil
}

// accessGas is the gas the data-access part's requests sign for (each uses under 200,000): the relayer's daily gas
// quota per wallet counts what is signed for, and the story has used much of the trust's.
const accessGas = 400_000

// passProposal has proposer (a member) propose calls (no value), the trust, the GP and the council vote for by
// signature, and proposer queue and execute the proposal once the voting period and the timelock's delay have passed
// (the devnet's clock moved forward), all through the relayer. It returns the proposal id.
func (r *Runner) passProposal(ctx context.Context, proposer, what string, targets []common.Address, calls [][]byte, desc string) (*big.Int, error) {
	key := devnet.DevKey(proposer)
	values := make([]*big.Int, len(targets))
	for i := range values {
		values[i] = new(big.Int)
	}
	gov, err := bindings.NewBevanGovernor(r.m.GovernorAddress(), r.client)
	if err != nil {
		return nil, err
	}
	opts := &bind.CallOpts{Context: ctx}
	descHash := crypto.Keccak256Hash([]byte(desc))
	id, err := gov.HashProposal(opts, targets, values, calls, descHash)
	if err != nil {
		return nil, fmt.Errorf("proposal id: %w", err)
	}
	if _, err := r.sendGas(ctx, "the "+proposer+" proposes "+what, key, r.m.GovernorAddress(),
		r.pack(r.governor, "propose", targets, values, calls, desc), accessGas); err != nil {
		return nil, err
	}
	delay, err := gov.VotingDelay(opts)
	if err != nil {
		return nil, err
	}
	if err := r.mine(ctx, delay.Uint64()+1, 0); err != nil {
		return nil, err
	}
	for _, role := range []string{devnet.RoleTrust, devnet.RoleGP, devnet.RoleCouncil} {
		if err := r.vote(ctx, role, id); err != nil {
			return nil, err
		}
	}
	period, err := gov.VotingPeriod(opts)
	if err != nil {
		return nil, err
	}
	if err := r.mine(ctx, period.Uint64()+1, 0); err != nil {
		return nil, err
	}
	if _, err := r.sendGas(ctx, "the "+proposer+" queues the passed proposal in the timelock", key, r.m.GovernorAddress(),
		r.pack(r.governor, "queue", targets, values, calls, descHash), accessGas); err != nil {
		return nil, err
	}
	tl, err := bindings.NewBevanTimelock(r.m.TimelockAddress(), r.client)
	if err != nil {
		return nil, err
	}
	minDelay, err := tl.GetMinDelay(opts)
	if err != nil {
		return nil, err
	}
	if err := r.mine(ctx, 1, minDelay.Uint64()+1); err != nil {
		return nil, err
	}
	if _, err := r.sendGas(ctx, "the "+proposer+" executes it (the timelock calls the contract)", key, r.m.GovernorAddress(),
		r.pack(r.governor, "execute", targets, values, calls, descHash), accessGas); err != nil {
		return nil, err
	}
	return id, nil
}
