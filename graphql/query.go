package graphql

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	gql "github.com/99designs/gqlgen/graphql"
	"github.com/bevan-health/bevan/fhirconsent"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Page size limits.
const (
	DefaultPageSize = 100
	MaxPageSize     = 1000
)

// userError is an error about the query, shown to the client as is.
func userError(format string, args ...any) error {
	return &gqlerror.Error{Message: fmt.Sprintf(format, args...), Extensions: map[string]any{"code": "BAD_USER_INPUT"}}
}

func pageSize(first *int64) (int, error) {
	if first == nil {
		return DefaultPageSize, nil
	}
	if *first < 1 || *first > MaxPageSize {
		return 0, userError("first must be between 1 and %d", MaxPageSize)
	}
	return int(*first), nil
}

func atBlock(b *BlockInput) (*uint64, error) {
	if b == nil {
		return nil, nil
	}
	if b.Number < 0 {
		return nil, userError("block number must not be negative")
	}
	n := uint64(b.Number)
	return &n, nil
}

// blockOf finds the `block` argument of the nearest enclosing field (nested fields answer as of the same block).
func blockOf(ctx context.Context) *uint64 {
	for fc := gql.GetFieldContext(ctx); fc != nil; fc = fc.Parent {
		if b, ok := fc.Args["block"].(*BlockInput); ok && b != nil && b.Number >= 0 {
			n := uint64(b.Number)
			return &n
		}
	}
	return nil
}

func (r *Resolver) list(ctx context.Context, q store.List) (*store.Page, error) {
	p, err := r.st.List(ctx, q)
	if errors.Is(err, store.ErrBadQuery) {
		return nil, userError("%s", strings.TrimPrefix(err.Error(), store.ErrBadQuery.Error()+": "))
	}
	return p, err
}

func lower(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func strConds(col string, f *StringFilter, out []store.Cond) []store.Cond {
	if f == nil {
		return out
	}
	if f.Eq != nil {
		out = append(out, store.Cond{Col: col, Op: store.Eq, Value: lower(*f.Eq)})
	}
	if f.Ne != nil {
		out = append(out, store.Cond{Col: col, Op: store.Ne, Value: lower(*f.Ne)})
	}
	if f.In != nil {
		vs := make([]any, len(f.In))
		for i, v := range f.In {
			vs[i] = lower(v)
		}
		out = append(out, store.Cond{Col: col, Op: store.In, Values: vs})
	}
	return out
}

// rawStrConds is strConds without lower-casing (ODS codes).
func rawStrConds(col string, f *StringFilter, out []store.Cond) []store.Cond {
	if f == nil {
		return out
	}
	if f.Eq != nil {
		out = append(out, store.Cond{Col: col, Op: store.Eq, Value: *f.Eq})
	}
	if f.Ne != nil {
		out = append(out, store.Cond{Col: col, Op: store.Ne, Value: *f.Ne})
	}
	if f.In != nil {
		vs := make([]any, len(f.In))
		for i, v := range f.In {
			vs[i] = v
		}
		out = append(out, store.Cond{Col: col, Op: store.In, Values: vs})
	}
	return out
}

func intConds(col string, f *IntFilter, out []store.Cond) []store.Cond {
	if f == nil {
		return out
	}
	for _, c := range []struct {
		v  *int64
		op store.Op
	}{{f.Eq, store.Eq}, {f.Ne, store.Ne}, {f.Gt, store.Gt}, {f.Gte, store.Gte}, {f.Lt, store.Lt}, {f.Lte, store.Lte}} {
		if c.v != nil {
			out = append(out, store.Cond{Col: col, Op: c.op, Value: *c.v})
		}
	}
	if f.In != nil {
		vs := make([]any, len(f.In))
		for i, v := range f.In {
			vs[i] = v
		}
		out = append(out, store.Cond{Col: col, Op: store.In, Values: vs})
	}
	return out
}

func pageInfo(p *store.Page) *PageInfo {
	pi := &PageInfo{HasNextPage: p.HasNext}
	if n := len(p.Cursors); n > 0 {
		pi.EndCursor = &p.Cursors[n-1]
	}
	return pi
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// nowAt is the time a consent's expiry is judged at: the block's time for time travel, else now.
func (r *Resolver) nowAt(ctx context.Context, at *uint64) (int64, error) {
	if at == nil {
		return time.Now().Unix(), nil
	}
	t, ok, err := r.st.BlockTime(ctx, *at)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, nil
	}
	return int64(t), nil
}

// ---------------------------------------------------------------- row conversions

func i64(v any) int64 {
	x, _ := v.(int64)
	return x
}

func optI64(v any) *int64 {
	if x, ok := v.(int64); ok {
		return &x
	}
	return nil
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func optStr(v any) *string {
	if s, ok := v.(string); ok {
		return &s
	}
	return nil
}

func consentOf(row store.Row, now int64) *Consent {
	pm, am := i64(row["purposes"]), i64(row["actions"])
	c := &Consent{
		ConsentID: str(row["consent_id"]), Patient: str(row["patient"]), Grantee: str(row["grantee"]),
		PurposeMask: pm, ActionMask: am, Scope: str(row["scope"]), GrantedBy: str(row["granted_by"]),
		GrantedAt: i64(row["granted_at"]), GrantedBlock: i64(row["granted_block"]), GrantedTx: str(row["granted_tx"]),
		Revoked: row["revoked"] == true, RevokedAt: optI64(row["revoked_at"]), RevokedBy: optStr(row["revoked_by"]),
		RevokedBlock: optI64(row["revoked_block"]), RevokedTx: optStr(row["revoked_tx"]),
		ValidFrom: i64(row["valid_from"]), ValidUntil: optI64(row["valid_until"]),
		Purposes: []string{}, Actions: []string{}, StatusTime: now,
	}
	for _, p := range vocab.PurposesOf(uint16(pm)) {
		c.Purposes = append(c.Purposes, p.Code())
	}
	for _, a := range vocab.ActionsOf(uint8(am)) {
		c.Actions = append(c.Actions, a.Code())
	}
	if e := i64(row["expires_at"]); e != 0 {
		c.ExpiresAt = &e
	}
	switch {
	case c.Revoked:
		c.Status = ConsentStatusRevoked
	case c.ExpiresAt != nil && *c.ExpiresAt <= now:
		c.Status = ConsentStatusExpired
	default:
		c.Status = ConsentStatusActive
	}
	return c
}

func consentEventOf(row store.Row) *ConsentEvent {
	return &ConsentEvent{ConsentID: str(row["consent_id"]), Kind: str(row["kind"]), Patient: str(row["patient"]),
		Grantee: str(row["grantee"]), At: i64(row["at"]), By: str(row["by_address"]), Block: i64(row["valid_from"]),
		LogIndex: i64(row["from_log"]), Tx: str(row["tx_hash"])}
}

func guardianOf(row store.Row) *Guardian {
	return &Guardian{Patient: str(row["patient"]), Guardian: str(row["guardian"]), AppointedBlock: i64(row["valid_from"]),
		AppointedTx: str(row["appointed_tx"]), RemovedBlock: optI64(row["valid_until"])}
}

func emergencyOf(row store.Row) *EmergencyAccess {
	return &EmergencyAccess{Patient: str(row["patient"]), Accessor: str(row["accessor"]), ReasonHash: str(row["reason_hash"]),
		At: i64(row["at"]), Block: i64(row["valid_from"]), Tx: str(row["tx_hash"])}
}

func memberOf(row store.Row) *Member {
	return &Member{Account: str(row["account"]), OdsCode: str(row["ods_code"]), Kind: vocab.Kind(i64(row["kind"])).String(),
		JoinedBlock: i64(row["joined_at"]), LeftBlock: optI64(row["left_at"]), Tx: str(row["tx_hash"])}
}

func voteOf(row store.Row) *Vote {
	return &Vote{ProposalID: str(row["proposal_id"]), Voter: str(row["voter"]), Support: i64(row["support"]),
		Weight: str(row["weight"]), Reason: str(row["reason"]), Block: i64(row["valid_from"]), Tx: str(row["tx_hash"])}
}

func anchorOf(row store.Row) *Anchor {
	return &Anchor{RecordID: str(row["record_id"]), ContentHash: str(row["content_hash"]), Custodian: str(row["custodian"]),
		Supersedes: str(row["supersedes"]), AnchoredAt: i64(row["anchored_at"]), Block: i64(row["valid_from"]), Tx: str(row["tx_hash"])}
}

func batchOf(row store.Row) *Batch {
	return &Batch{Root: str(row["root"]), Custodian: str(row["custodian"]), LeafCount: i64(row["leaf_count"]), URI: str(row["uri"]),
		AnchoredAt: i64(row["anchored_at"]), Block: i64(row["valid_from"]), Tx: str(row["tx_hash"])}
}

func metaTxOf(row store.Row) *MetaTransaction {
	return &MetaTransaction{Signer: str(row["signer"]), Nonce: str(row["nonce"]), Success: row["success"] == true,
		Block: i64(row["valid_from"]), Tx: str(row["tx_hash"])}
}

func contractEventOf(row store.Row) *ContractEvent {
	args := map[string]any{}
	_ = json.Unmarshal([]byte(str(row["args"])), &args) // written by the indexer as a JSON object
	return &ContractEvent{Contract: str(row["contract"]), Address: str(row["address"]), Event: str(row["event"]), Args: args,
		Block: i64(row["valid_from"]), LogIndex: i64(row["from_log"]), Tx: str(row["tx_hash"])}
}

func jsonList(v any) []string {
	var out []string
	_ = json.Unmarshal([]byte(str(v)), &out)
	if out == nil {
		out = []string{}
	}
	return out
}

// quorumVotes is BevanGovernor.quorum: the quorum percentage of the members, rounded up (50 % of three members is two
// votes, not one).
func quorumVotes(members, percent int64) int64 {
	return (members*percent + 99) / 100
}

// proposalOf computes the Governor's state and quorum as of block `at` (OpenZeppelin's rules: snapshot and deadline
// are block numbers; quorum is the percentage of the members at the snapshot, rounded up).
func (r *Resolver) proposalOf(ctx context.Context, row store.Row, at *uint64) (*Proposal, error) {
	p := &Proposal{ProposalID: str(row["proposal_id"]), Proposer: str(row["proposer"]), Targets: jsonList(row["targets"]),
		Values: jsonList(row["amounts"]), Calldatas: jsonList(row["calldatas"]), Description: str(row["description"]),
		VoteStart: i64(row["vote_start"]), VoteEnd: i64(row["vote_end"]), CreatedBlock: i64(row["created_block"]),
		CreatedAt: i64(row["created_at"]), Eta: optI64(row["eta"]), QueuedBlock: optI64(row["queued_block"]),
		ExecutedBlock: optI64(row["executed_block"]), CanceledBlock: optI64(row["canceled_block"]),
		ForVotes: i64(row["for_votes"]), AgainstVotes: i64(row["against_votes"]), AbstainVotes: i64(row["abstain_votes"]),
		VoteCount: i64(row["vote_count"])}
	cp, _, err := r.st.Checkpoint(ctx)
	if err != nil {
		return nil, err
	}
	clock := cp.Number
	if at != nil {
		clock = *at
	}
	snap := uint64(p.VoteStart)
	members, err := r.st.List(ctx, store.List{Table: store.TableMembers, At: ptr(min(snap, cp.Number)), First: 1,
		Where: []store.Cond{{Col: "left_at", Op: store.IsNull}}})
	if err != nil {
		return nil, err
	}
	num, err := r.st.List(ctx, store.List{Table: store.TableQuorumNumerators, At: ptr(min(snap, cp.Number)), First: 1, Desc: true, NoCount: true})
	if err != nil {
		return nil, err
	}
	numerator := int64(0)
	if len(num.Rows) > 0 {
		numerator = i64(num.Rows[0]["numerator"])
	}
	p.Quorum = quorumVotes(members.TotalCount, numerator)
	switch {
	case p.ExecutedBlock != nil:
		p.State = ProposalStateExecuted
	case p.CanceledBlock != nil:
		p.State = ProposalStateCanceled
	case snap >= clock:
		p.State = ProposalStatePending
	case uint64(p.VoteEnd) >= clock:
		p.State = ProposalStateActive
	case p.ForVotes+p.AbstainVotes < p.Quorum || p.ForVotes <= p.AgainstVotes:
		p.State = ProposalStateDefeated
	case p.Eta == nil:
		p.State = ProposalStateSucceeded
	default:
		p.State = ProposalStateQueued
	}
	return p, nil
}

func ptr[T any](v T) *T { return &v }

// proposalStateAt is the state of a proposal as of a block (ok false when it did not exist then).
func (r *Resolver) proposalStateAt(ctx context.Context, id string, block uint64) (ProposalState, bool, error) {
	p, err := r.st.List(ctx, store.List{Table: store.TableProposals, At: &block, First: 1, NoCount: true,
		Where: []store.Cond{{Col: "proposal_id", Op: store.Eq, Value: lower(id)}}})
	if err != nil || len(p.Rows) == 0 {
		return "", false, err
	}
	prop, err := r.proposalOf(ctx, p.Rows[0], &block)
	if err != nil {
		return "", false, err
	}
	return prop.State, true, nil
}

// ---------------------------------------------------------------- FHIR

// fhir renders c with fhirconsent.Build, as `bevan consent show --fhir` does from the chain, judged at the time c's
// status was (c.StatusTime), so that the resource is active exactly when c.Status is ACTIVE.
func (r *Resolver) fhir(ctx context.Context, c *Consent) (map[string]any, error) {
	chainID, registry, err := r.deployment(ctx)
	if err != nil {
		return nil, fmt.Errorf("fhir: %w", err)
	}
	// Revoked as judged: consentAt's consent is ACTIVE as of its `at` even when revoked later (revokedAt tells).
	revoked := c.Status == ConsentStatusRevoked
	// ValidUntil as the contract keeps it: the expiry, or the revocation time once revoked if that came first.
	var validUntil uint64
	if c.ExpiresAt != nil {
		validUntil = uint64(*c.ExpiresAt)
	}
	if revoked && c.RevokedAt != nil && (validUntil == 0 || uint64(*c.RevokedAt) < validUntil) {
		validUntil = uint64(*c.RevokedAt)
	}
	res, err := fhirconsent.Build(&fhirconsent.OnChain{ChainID: chainID, Registry: registry, ID: common.HexToHash(c.ConsentID).Big(),
		Patient: common.HexToAddress(c.Patient), Grantee: common.HexToAddress(c.Grantee), Purposes: uint16(c.PurposeMask),
		Actions: uint8(c.ActionMask), ValidUntil: validUntil, Revoked: revoked, GrantedAt: uint64(c.GrantedAt),
		Scope: common.HexToHash(c.Scope)}, time.Unix(c.StatusTime, 0))
	if err != nil {
		return nil, err
	}
	raw, err := json.Marshal(res)
	if err != nil {
		return nil, err
	}
	var out map[string]any
	return out, json.Unmarshal(raw, &out)
}

func blockInput(at *uint64) *BlockInput {
	if at == nil {
		return nil
	}
	return &BlockInput{Number: int64(*at)}
}

func listArgs(table string, first *int64, after *string, block *BlockInput) (store.List, error) {
	n, err := pageSize(first)
	if err != nil {
		return store.List{}, err
	}
	at, err := atBlock(block)
	if err != nil {
		return store.List{}, err
	}
	return store.List{Table: table, At: at, First: n, After: deref(after)}, nil
}

func (r *Resolver) consentHistory(ctx context.Context, consentID string, at *uint64) ([]*ConsentEvent, error) {
	p, err := r.list(ctx, store.List{Table: store.TableConsentEvents, At: at, First: MaxPageSize, NoCount: true,
		Where: []store.Cond{{Col: "consent_id", Op: store.Eq, Value: lower(consentID)}}})
	if err != nil {
		return nil, err
	}
	out := make([]*ConsentEvent, len(p.Rows))
	for i, row := range p.Rows {
		out[i] = consentEventOf(row)
	}
	return out, nil
}
