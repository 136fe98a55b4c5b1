package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/bevan-health/bevan/bindings"
	gqlclient "github.com/bevan-health/bevan/graphql/client"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"
)

func daoCommand() *cli.Command {
	return &cli.Command{
		Name:  "dao",
		Usage: "the ICB's DAO: list members and proposals, propose, vote (gaslessly, by signature), queue and execute",
		Description: "Members (one vote each) propose changes to the membership or to roles; passed proposals are queued in\n" +
			"the timelock and executed by it. `dao propose` keeps the proposal's actions in\n" +
			"$BEVAN_HOME/proposals/<chainId>-<proposalId>.json; `dao queue` and `dao execute` use that file, or, when\n" +
			"it is absent (another machine proposed), the ProposalCreated event on chain. Either way the actions are\n" +
			"checked against the proposal id before anything is sent.",
		Subcommands: []*cli.Command{
			{
				Name:  "propose",
				Usage: "propose adding a member, removing one, or granting a role (one of --add-member, --remove-member, --grant-role)",
				Flags: append(chainFlags(true),
					&cli.StringFlag{Name: "add-member", Usage: "address of the organisation to admit"},
					&cli.StringFlag{Name: "ods", Usage: "ODS code of the organisation admitted (with --add-member)"},
					&cli.StringFlag{Name: "kind", Usage: "kind of the organisation admitted: nhs-trust, gp-practice, local-authority, care-provider, other"},
					&cli.StringFlag{Name: "remove-member", Usage: "address of the member to remove"},
					&cli.StringFlag{Name: "grant-role", Usage: "role to grant: emergency (ConsentRegistry break-glass), emergency-revoker (may revoke emergency roles at once, nothing else), custodian (RecordAnchor), device-registrar or telemetry-gateway (DeviceRegistry), identity-attester (IdentityRegistry)"},
					&cli.StringFlag{Name: "account", Usage: "account granted the role (with --grant-role)"},
					&cli.StringFlag{Name: "description", Usage: "the proposal's description (default: generated from the action, with the time)"},
				),
				Action: daoPropose,
			},
			{
				Name:      "vote",
				Usage:     "vote on a proposal by signature (castVoteBySig through the relayer)",
				ArgsUsage: "PROPOSAL_ID for|against|abstain",
				Flags:     chainFlags(true),
				Action:    daoVote,
			},
			{
				Name:      "queue",
				Usage:     "queue a passed proposal in the timelock",
				ArgsUsage: "PROPOSAL_ID",
				Flags:     chainFlags(true),
				Action:    func(c *cli.Context) error { return daoQueueOrExecute(c, "queue") },
			},
			{
				Name:      "execute",
				Usage:     "execute a queued proposal once the timelock's delay has passed",
				ArgsUsage: "PROPOSAL_ID",
				Flags:     chainFlags(true),
				Action:    func(c *cli.Context) error { return daoQueueOrExecute(c, "execute") },
			},
			{
				Name:   "members",
				Usage:  "list the DAO's current members (from the GraphQL indexer)",
				Flags:  indexFlags(),
				Action: daoMembers,
			},
			{
				Name:   "proposals",
				Usage:  "list proposals with their state and tallies (from the GraphQL indexer)",
				Flags:  indexFlags(),
				Action: daoProposals,
			},
		},
	}
}

// storedProposal is a proposal's actions, kept by `dao propose` for `dao queue` and `dao execute`.
type storedProposal struct {
	ChainID     uint64           `json:"chainId"`
	Governor    common.Address   `json:"governor"`
	ProposalID  string           `json:"proposalId"`
	Targets     []common.Address `json:"targets"`
	Values      []string         `json:"values"`
	Calldatas   []hexutil.Bytes  `json:"calldatas"`
	Description string           `json:"description"`
}

func (p *storedProposal) args() ([]common.Address, []*big.Int, [][]byte, common.Hash, error) {
	if len(p.Targets) == 0 || len(p.Targets) != len(p.Values) || len(p.Targets) != len(p.Calldatas) {
		return nil, nil, nil, common.Hash{}, errors.New("proposal file: targets, values and calldatas must be non-empty and of the same length")
	}
	values := make([]*big.Int, len(p.Values))
	for i, v := range p.Values {
		x, err := parseUint256("value", v)
		if err != nil {
			return nil, nil, nil, common.Hash{}, fmt.Errorf("proposal file: %w", err)
		}
		values[i] = x
	}
	calls := make([][]byte, len(p.Calldatas))
	for i, d := range p.Calldatas {
		calls[i] = d
	}
	return p.Targets, values, calls, crypto.Keccak256Hash([]byte(p.Description)), nil
}

func proposalPath(chainID uint64, id *big.Int) (string, error) {
	home, err := bevanHome()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, "proposals", fmt.Sprintf("%d-%s.json", chainID, hexID(id))), nil
}

func saveProposal(p *storedProposal, id *big.Int) (string, error) {
	path, err := proposalPath(p.ChainID, id)
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return "", fmt.Errorf("proposals directory: %w", err)
	}
	raw, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return "", fmt.Errorf("encode proposal: %w", err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(raw, '\n'), 0o600); err != nil {
		return "", fmt.Errorf("write proposal file: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return "", fmt.Errorf("write proposal file: %w", err)
	}
	return path, nil
}

// proposalAction builds the proposal's single action from the flags, and a default description.
func proposalAction(c *cli.Context, e *chainEnv) (common.Address, []byte, string, error) {
	set := 0
	for _, f := range []string{"add-member", "remove-member", "grant-role"} {
		if c.String(f) != "" {
			set++
		}
	}
	if set != 1 {
		return common.Address{}, nil, "", errors.New("dao propose: give exactly one of --add-member, --remove-member, --grant-role")
	}
	switch {
	case c.String("add-member") != "":
		who, err := parseAddress("--add-member", c.String("add-member"))
		if err != nil {
			return common.Address{}, nil, "", err
		}
		if c.String("ods") == "" || c.String("kind") == "" {
			return common.Address{}, nil, "", errors.New("dao propose --add-member: --ods and --kind are required")
		}
		ods, err := vocab.ODSCode(c.String("ods"))
		if err != nil {
			return common.Address{}, nil, "", fmt.Errorf("--ods: %w", err)
		}
		kind, err := vocab.ParseKind(c.String("kind"))
		if err != nil {
			return common.Address{}, nil, "", fmt.Errorf("--kind: %w", err)
		}
		data, err := packCall(bindings.MembershipMetaData, "mint", who, ods, uint8(kind))
		if err != nil {
			return common.Address{}, nil, "", err
		}
		return e.m.MembershipAddress(), data, fmt.Sprintf("Admit %s (ODS %s) as a %s member", who.Hex(), c.String("ods"), kind), nil
	case c.String("remove-member") != "":
		who, err := parseAddress("--remove-member", c.String("remove-member"))
		if err != nil {
			return common.Address{}, nil, "", err
		}
		data, err := packCall(bindings.MembershipMetaData, "burn", who)
		if err != nil {
			return common.Address{}, nil, "", err
		}
		return e.m.MembershipAddress(), data, fmt.Sprintf("Remove member %s", who.Hex()), nil
	default:
		who, err := parseAddress("--account", c.String("account"))
		if err != nil {
			return common.Address{}, nil, "", fmt.Errorf("dao propose --grant-role needs --account: %w", err)
		}
		var target common.Address
		var role common.Hash
		var what string
		switch strings.ToLower(c.String("grant-role")) {
		case "emergency":
			target, role, what = e.m.ConsentsAddress(), crypto.Keccak256Hash([]byte("EMERGENCY_ROLE")), "the emergency-responder role (ConsentRegistry EMERGENCY_ROLE)"
		case "emergency-revoker":
			target, role, what = e.m.ConsentsAddress(), crypto.Keccak256Hash([]byte("EMERGENCY_REVOKER_ROLE")), "the emergency-revoker role (ConsentRegistry EMERGENCY_REVOKER_ROLE)"
		case "custodian":
			target, role, what = e.m.AnchorsAddress(), crypto.Keccak256Hash([]byte("CUSTODIAN_ROLE")), "the record-custodian role (RecordAnchor CUSTODIAN_ROLE)"
		case "device-registrar":
			target, role, what = e.m.DevicesAddress(), crypto.Keccak256Hash([]byte("DEVICE_REGISTRAR_ROLE")), "the device-registrar role (DeviceRegistry DEVICE_REGISTRAR_ROLE)"
		case "telemetry-gateway":
			target, role, what = e.m.DevicesAddress(), crypto.Keccak256Hash([]byte("TELEMETRY_GATEWAY_ROLE")), "the telemetry-gateway role (DeviceRegistry TELEMETRY_GATEWAY_ROLE)"
		case "identity-attester":
			target, role, what = e.m.IdentitiesAddress(), crypto.Keccak256Hash([]byte("IDENTITY_ATTESTER_ROLE")), "the identity-attester role (IdentityRegistry IDENTITY_ATTESTER_ROLE)"
		default:
			return common.Address{}, nil, "", fmt.Errorf("--grant-role %q: want emergency, emergency-revoker, custodian, device-registrar, telemetry-gateway or identity-attester", c.String("grant-role"))
		}
		data, err := packCall(bindings.ConsentRegistryMetaData, "grantRole", role, who) // grantRole is AccessControl's, the same in every contract
		if err != nil {
			return common.Address{}, nil, "", err
		}
		return target, data, fmt.Sprintf("Grant %s %s", who.Hex(), what), nil
	}
}

type proposeJSON struct {
	txResult
	ProposalID  string `json:"proposalId"`
	Description string `json:"description"`
	File        string `json:"file"`
	VoteStart   uint64 `json:"voteStart,omitempty"`
	VoteEnd     uint64 `json:"voteEnd,omitempty"`
}

func daoPropose(c *cli.Context) error {
	e, err := openChain(c)
	if err != nil {
		return err
	}
	defer e.Close()
	target, data, desc, err := proposalAction(c, e)
	if err != nil {
		return err
	}
	return proposeAction(c, e, target, data, desc)
}

// proposeAction proposes one call (no value) in the DAO through the relayer, keeps its actions for `dao queue` and
// `dao execute`, and prints the proposal. desc is the default description (--description overrides it); the time is
// added to it so that the same action can be proposed again.
func proposeAction(c *cli.Context, e *chainEnv, target common.Address, data []byte, desc string) error {
	if d := c.String("description"); d != "" {
		desc = d
	} else {
		desc += " (proposed " + time.Now().UTC().Format(time.RFC3339) + ")"
	}
	gov, err := bindings.NewBevanGovernor(e.m.GovernorAddress(), e.eth)
	if err != nil {
		return err
	}
	targets, values, calls := []common.Address{target}, []*big.Int{new(big.Int)}, [][]byte{data}
	id, err := gov.HashProposal(&bind.CallOpts{Context: c.Context}, targets, values, calls, crypto.Keccak256Hash([]byte(desc)))
	if err != nil {
		return fmt.Errorf("proposal id: %w", err)
	}
	st, err := e.call("dao propose", e.m.GovernorAddress(), bindings.BevanGovernorMetaData, "propose", targets, values, calls, desc)
	if err != nil {
		return err
	}
	sp := &storedProposal{ChainID: e.m.ChainID, Governor: e.m.GovernorAddress(), ProposalID: hexID(id), Targets: targets,
		Values: []string{"0"}, Calldatas: []hexutil.Bytes{data}, Description: desc}
	path, err := saveProposal(sp, id)
	if err != nil {
		return err
	}
	out := proposeJSON{txResult: e.resultOf(st), ProposalID: hexID(id), Description: desc, File: path}
	if st.Status == "mined" {
		opts := &bind.CallOpts{Context: c.Context}
		start, err := gov.ProposalSnapshot(opts, id)
		if err != nil {
			return fmt.Errorf("proposal snapshot: %w", err)
		}
		end, err := gov.ProposalDeadline(opts, id)
		if err != nil {
			return fmt.Errorf("proposal deadline: %w", err)
		}
		out.VoteStart, out.VoteEnd = start.Uint64(), end.Uint64()
	}
	return printResult(c, out, func(w io.Writer) error {
		_, err := fmt.Fprintf(w, "proposal %s\n  %s\n  actions kept in %s\n", out.ProposalID, desc, path)
		if err == nil && out.VoteEnd != 0 {
			_, err = fmt.Fprintf(w, "  voting from block %d to block %d\n  tx %s (block %d)\n", out.VoteStart+1, out.VoteEnd, st.TxHash.Hex(), st.Block)
		}
		return err
	})
}

var supportCodes = map[string]uint8{"against": 0, "for": 1, "abstain": 2}

type voteJSON struct {
	txResult
	ProposalID string `json:"proposalId"`
	Support    string `json:"support"`
}

func daoVote(c *cli.Context) error {
	args, err := positional(c)
	if err != nil {
		return err
	}
	if len(args) != 2 {
		return errors.New("dao vote: give PROPOSAL_ID and for, against or abstain")
	}
	id, err := parseUint256("proposal id", args[0])
	if err != nil {
		return err
	}
	support, ok := supportCodes[strings.ToLower(args[1])]
	if !ok {
		return fmt.Errorf("dao vote: %q is not for, against or abstain", args[1])
	}
	e, err := openChain(c)
	if err != nil {
		return err
	}
	defer e.Close()
	st, err := e.vote("dao vote", id, support, strings.ToLower(args[1]))
	if err != nil {
		return err
	}
	out := voteJSON{e.resultOf(st), hexID(id), strings.ToLower(args[1])}
	return e.report("vote", st, out, func(w io.Writer) error {
		_, err := fmt.Fprintf(w, "%s voted %s on proposal %s\n  tx %s (block %d)\n", e.from.Hex(), out.Support, out.ProposalID, st.TxHash.Hex(), st.Block)
		return err
	})
}

// findProposal returns the proposal's actions: from its local file, or else from its ProposalCreated event. Either
// must hash to the proposal id.
func findProposal(e *chainEnv, gov *bindings.BevanGovernor, id *big.Int) (*storedProposal, string, error) {
	opts := &bind.CallOpts{Context: e.c.Context}
	check := func(p *storedProposal) error {
		t, v, d, h, err := p.args()
		if err != nil {
			return err
		}
		got, err := gov.HashProposal(opts, t, v, d, h)
		if err != nil {
			return fmt.Errorf("hashProposal: %w", err)
		}
		if got.Cmp(id) != 0 {
			return fmt.Errorf("its actions hash to proposal %s, not %s", hexID(got), hexID(id))
		}
		return nil
	}
	path, err := proposalPath(e.m.ChainID, id)
	if err != nil {
		return nil, "", err
	}
	if raw, err := os.ReadFile(path); err == nil {
		var p storedProposal
		if err := json.Unmarshal(raw, &p); err != nil {
			return nil, "", fmt.Errorf("proposal file %s: %w", path, err)
		}
		if err := check(&p); err != nil {
			return nil, "", fmt.Errorf("proposal file %s: %w", path, err)
		}
		return &p, path, nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, "", fmt.Errorf("read proposal file: %w", err)
	}
	it, err := gov.FilterProposalCreated(&bind.FilterOpts{Start: e.m.StartBlock, Context: e.c.Context})
	if err != nil {
		return nil, "", fmt.Errorf("ProposalCreated events: %w", err)
	}
	defer it.Close()
	for it.Next() {
		ev := it.Event
		if ev.ProposalId.Cmp(id) != 0 {
			continue
		}
		p := &storedProposal{ChainID: e.m.ChainID, Governor: e.m.GovernorAddress(), ProposalID: hexID(id), Targets: ev.Targets,
			Description: ev.Description}
		for i := range ev.Targets {
			p.Values = append(p.Values, ev.Values[i].String())
			p.Calldatas = append(p.Calldatas, ev.Calldatas[i])
		}
		if err := check(p); err != nil {
			return nil, "", fmt.Errorf("ProposalCreated event: %w", err)
		}
		return p, fmt.Sprintf("ProposalCreated event (block %d)", ev.Raw.BlockNumber), nil
	}
	if err := it.Error(); err != nil {
		return nil, "", fmt.Errorf("ProposalCreated events: %w", err)
	}
	return nil, "", fmt.Errorf("proposal %s: no local file %s and no ProposalCreated event on chain %d", hexID(id), path, e.m.ChainID)
}

// Governor ProposalState names, in the contract's order.
var proposalStates = []string{"pending", "active", "canceled", "defeated", "succeeded", "queued", "expired", "executed"}

func stateName(s uint8) string {
	if int(s) < len(proposalStates) {
		return proposalStates[s]
	}
	return fmt.Sprintf("state(%d)", s)
}

type queueJSON struct {
	txResult
	ProposalID string `json:"proposalId"`
	Source     string `json:"source"`
	State      string `json:"state,omitempty"`
	ETA        uint64 `json:"eta,omitempty"`
}

func daoQueueOrExecute(c *cli.Context, method string) error {
	id, err := uint256Arg(c, "PROPOSAL_ID", "proposal id")
	if err != nil {
		return err
	}
	e, err := openChain(c)
	if err != nil {
		return err
	}
	defer e.Close()
	gov, err := bindings.NewBevanGovernor(e.m.GovernorAddress(), e.eth)
	if err != nil {
		return err
	}
	opts := &bind.CallOpts{Context: c.Context}
	state, err := gov.State(opts, id)
	if err != nil {
		return fmt.Errorf("dao %s: proposal %s: %w", method, hexID(id), err)
	}
	want := map[string]string{"queue": "succeeded", "execute": "queued"}[method]
	if stateName(state) != want {
		return fmt.Errorf("dao %s: proposal %s is %s; it must be %s", method, hexID(id), stateName(state), want)
	}
	if method == "execute" {
		eta, err := gov.ProposalEta(opts, id)
		if err != nil {
			return fmt.Errorf("proposal eta: %w", err)
		}
		head, err := e.eth.HeaderByNumber(c.Context, nil)
		if err != nil {
			return fmt.Errorf("chain head: %w", err)
		}
		if head.Time < eta.Uint64() {
			return fmt.Errorf("dao execute: proposal %s is queued until %s (the timelock's delay); the chain's time is %s",
				hexID(id), time.Unix(eta.Int64(), 0).UTC().Format(time.RFC3339), time.Unix(int64(head.Time), 0).UTC().Format(time.RFC3339))
		}
	}
	p, source, err := findProposal(e, gov, id)
	if err != nil {
		return fmt.Errorf("dao %s: %w", method, err)
	}
	e.progress("dao %s: actions of proposal %s from %s", method, hexID(id), source)
	targets, values, calls, descHash, err := p.args()
	if err != nil {
		return err
	}
	st, err := e.call("dao "+method, e.m.GovernorAddress(), bindings.BevanGovernorMetaData, method, targets, values, calls, descHash)
	if err != nil {
		return err
	}
	out := queueJSON{txResult: e.resultOf(st), ProposalID: hexID(id), Source: source}
	if st.Status == "mined" {
		s, err := gov.State(opts, id)
		if err != nil {
			return fmt.Errorf("proposal state: %w", err)
		}
		out.State = stateName(s)
		if method == "queue" {
			eta, err := gov.ProposalEta(opts, id)
			if err != nil {
				return fmt.Errorf("proposal eta: %w", err)
			}
			out.ETA = eta.Uint64()
		}
	}
	return e.report("dao "+method, st, out, func(w io.Writer) error {
		_, err := fmt.Fprintf(w, "proposal %s %s\n", out.ProposalID, out.State)
		if err == nil && out.ETA != 0 {
			_, err = fmt.Fprintf(w, "  executable from %s\n", time.Unix(int64(out.ETA), 0).UTC().Format(time.RFC3339))
		}
		if err == nil {
			_, err = fmt.Fprintf(w, "  tx %s (block %d)\n", st.TxHash.Hex(), st.Block)
		}
		return err
	})
}

type membersJSON struct {
	// Block is the indexed block the list is as of.
	Block   uint64             `json:"block"`
	Members []gqlclient.Member `json:"members"`
}

// daoMembers lists the current members from the GraphQL indexer.
func daoMembers(c *cli.Context) error {
	e, err := openIndex(c, "dao members")
	if err != nil {
		return err
	}
	current := true
	l, err := fetchAll(e, 0, "", func(o gqlclient.ListOptions) (*gqlclient.Page[gqlclient.Member], error) {
		return e.gql.Members(c.Context, gqlclient.MemberFilter{Current: &current}, o)
	})
	if err != nil {
		return e.fail("dao members", err)
	}
	out := membersJSON{e.block, l.items}
	return printResult(c, out, func(w io.Writer) error {
		if _, err := fmt.Fprintf(w, "%s (indexed to block %d)\n", plural(len(out.Members), "member"), out.Block); err != nil {
			return err
		}
		for _, m := range out.Members {
			if _, err := fmt.Fprintf(w, "  %s  %-8s  %-15s  joined in block %d\n", m.Account.Hex(), m.ODSCode, m.Kind, m.JoinedBlock); err != nil {
				return err
			}
		}
		return nil
	})
}

type proposalsJSON struct {
	// Block is the indexed block the list, and the proposals' states, are as of.
	Block     uint64               `json:"block"`
	Proposals []gqlclient.Proposal `json:"proposals"`
}

// daoProposals lists every proposal with its state and tallies from the GraphQL indexer.
func daoProposals(c *cli.Context) error {
	e, err := openIndex(c, "dao proposals")
	if err != nil {
		return err
	}
	l, err := fetchAll(e, 0, "", func(o gqlclient.ListOptions) (*gqlclient.Page[gqlclient.Proposal], error) {
		return e.gql.Proposals(c.Context, gqlclient.ProposalFilter{}, o)
	})
	if err != nil {
		return e.fail("dao proposals", err)
	}
	out := proposalsJSON{e.block, l.items}
	return printResult(c, out, func(w io.Writer) error {
		if _, err := fmt.Fprintf(w, "%s (indexed to block %d)\n", plural(len(out.Proposals), "proposal"), out.Block); err != nil {
			return err
		}
		for _, p := range out.Proposals {
			if _, err := fmt.Fprintf(w, "  %s  %-9s  for %d  against %d  abstain %d  quorum %d  votes blocks %d-%d\n    %s\n",
				p.ProposalID.Hex(), strings.ToLower(string(p.State)), p.ForVotes, p.AgainstVotes, p.AbstainVotes, p.Quorum,
				p.VoteStart+1, p.VoteEnd, p.Description); err != nil {
				return err
			}
		}
		return nil
	})
}
