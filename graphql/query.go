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
	"github.com/bevan-health/bevan/graphql/model"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
	"github.com/vektah/gqlparser/v2/ast"
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

// sel runs a page request on a table, turning errors about the query into user errors.
func sel[R any](ctx context.Context, r *Resolver, t *store.Rows[R], q store.List) (*store.Page[R], error) {
	p, err := store.Select(ctx, r.st, t, q)
	if errors.Is(err, store.ErrBadQuery) {
		return nil, userError("%s", strings.TrimPrefix(err.Error(), store.ErrBadQuery.Error()+": "))
	}
	return p, err
}

// counted reports whether the connection being resolved selects totalCount (the COUNT is skipped otherwise).
func counted(ctx context.Context) bool {
	if gql.GetFieldContext(ctx) == nil {
		return true
	}
	for _, f := range gql.CollectFieldsCtx(ctx, nil) {
		if f.Name == "totalCount" {
			return true
		}
	}
	return false
}

// edgeCursors reports whether the connection being resolved selects its edges' cursors (true when not resolving a
// connection): the store then encodes a cursor for every row, else only the last row's, for pageInfo.
func edgeCursors(ctx context.Context) bool {
	if gql.GetFieldContext(ctx) == nil {
		return true
	}
	oc := gql.GetOperationContext(ctx)
	for _, e := range gql.CollectFieldsCtx(ctx, nil) {
		if e.Name != "edges" {
			continue
		}
		for _, f := range gql.CollectFields(oc, e.Selections, nil) {
			if f.Name == "cursor" {
				return true
			}
		}
	}
	return false
}

// nodeFields are the fields selected under the connection's edges.node (nil when not resolving a connection).
func nodeFields(ctx context.Context) []gql.CollectedField {
	if gql.GetFieldContext(ctx) == nil {
		return nil
	}
	oc := gql.GetOperationContext(ctx)
	var out []gql.CollectedField
	for _, e := range gql.CollectFieldsCtx(ctx, nil) {
		if e.Name != "edges" {
			continue
		}
		for _, n := range gql.CollectFields(oc, e.Selections, nil) {
			if n.Name == "node" {
				out = append(out, gql.CollectFields(oc, n.Selections, nil)...)
			}
		}
	}
	return out
}

// consentColumns are the consents columns the Consent fields need (nil: all of them).
func consentColumns(fields []gql.CollectedField) []string {
	if fields == nil {
		return nil
	}
	cols := make([]string, 0, 8)
	for _, f := range fields {
		switch f.Name {
		case "consentId", "history":
			cols = append(cols, store.ColConsentID)
		case "patient":
			cols = append(cols, store.ColPatient)
		case "grantee":
			cols = append(cols, store.ColGrantee)
		case "purposes", "purposeMask":
			cols = append(cols, store.ColPurposes)
		case "actions", "actionMask":
			cols = append(cols, store.ColActions)
		case "expiresAt":
			cols = append(cols, store.ColExpiresAt)
		case "scope":
			cols = append(cols, store.ColScope)
		case "grantedBy":
			cols = append(cols, store.ColGrantedBy)
		case "grantedAt":
			cols = append(cols, store.ColGrantedAt)
		case "grantedBlock":
			cols = append(cols, store.ColGrantedBlock)
		case "grantedTx":
			cols = append(cols, store.ColGrantedTx)
		case "revoked":
			cols = append(cols, store.ColRevoked)
		case "revokedAt":
			cols = append(cols, store.ColRevokedAt)
		case "revokedBy":
			cols = append(cols, store.ColRevokedBy)
		case "revokedBlock":
			cols = append(cols, store.ColRevokedBlock)
		case "revokedTx":
			cols = append(cols, store.ColRevokedTx)
		case "status":
			cols = append(cols, store.ColRevoked, store.ColExpiresAt)
		case "fhir":
			return nil
		}
	}
	return cols
}

func lower(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// strConds are a string filter's conditions on col, lower-cased (hex addresses and hashes).
func strConds(col string, f *StringFilter, out []store.Cond) []store.Cond {
	return stringConds(col, f, lower, out)
}

// rawStrConds is strConds without lower-casing (ODS codes).
func rawStrConds(col string, f *StringFilter, out []store.Cond) []store.Cond {
	return stringConds(col, f, func(s string) string { return s }, out)
}

func stringConds(col string, f *StringFilter, norm func(string) string, out []store.Cond) []store.Cond {
	if f == nil {
		return out
	}
	if f.Eq != nil {
		out = append(out, store.Cond{Col: col, Op: store.Eq, Value: norm(*f.Eq)})
	}
	if f.Ne != nil {
		out = append(out, store.Cond{Col: col, Op: store.Ne, Value: norm(*f.Ne)})
	}
	return inCond(col, f.In, func(v string) any { return norm(v) }, out)
}

// inCond appends col IN (the list) when the filter names one.
func inCond[T any](col string, in []T, value func(T) any, out []store.Cond) []store.Cond {
	if in == nil {
		return out
	}
	vs := make([]any, len(in))
	for i, v := range in {
		vs[i] = value(v)
	}
	return append(out, store.Cond{Col: col, Op: store.In, Values: vs})
}

// purposeCond appends the test that a row's purposes include the one named (a user error when it is unknown).
func purposeCond(code *string, out []store.Cond) ([]store.Cond, error) {
	if code == nil {
		return out, nil
	}
	p, err := vocab.ParsePurpose(*code)
	if err != nil {
		return nil, userError("purpose: %v", err)
	}
	return append(out, store.Cond{Col: store.ColPurposes, Op: store.AnyBit, Value: int64(vocab.PurposeMask(p))}), nil
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
	return inCond(col, f.In, func(v int64) any { return v }, out)
}

func pageInfo[R any](p *store.Page[R]) *PageInfo {
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
// asOf is the block a query asks for (nil: the indexed head) and its time (the machine's clock for the head), which
// status and validity are judged at.
func (r *Resolver) asOf(ctx context.Context, block *BlockInput) (*uint64, int64, error) {
	at, err := atBlock(block)
	if err != nil {
		return nil, 0, err
	}
	now, err := r.nowAt(ctx, at)
	return at, now, err
}

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

var consentStatuses = [...]model.ConsentStatus{store.StatusActive: model.ConsentActive, store.StatusRevoked: model.ConsentRevoked,
	store.StatusExpired: model.ConsentExpired}

// storeStatus is the store's status for the API's.
func storeStatus(s model.ConsentStatus) store.ConsentStatus {
	for i, x := range consentStatuses {
		if x == s {
			return store.ConsentStatus(i)
		}
	}
	return store.StatusActive
}

// consentOf is the API's consent from a row (only the columns read are filled), its status judged at unix time now.
func consentOf(row *store.ConsentRow, now int64) *model.Consent {
	c := new(model.Consent)
	fillConsent(c, row, now)
	return c
}

// fillConsent sets c to the API's consent from a row, as consentOf makes it (a page fills one slice of them).
func fillConsent(c *model.Consent, row *store.ConsentRow, now int64) {
	fillConsentIn(c, row, now, nil)
}

// fillConsentIn is fillConsent with the purpose and action codes appended to *codes (when not nil, with room for
// them: a page's rows share one allocation) instead of allocated for the row.
func fillConsentIn(c *model.Consent, row *store.ConsentRow, now int64, codes *[]string) {
	*c = model.Consent{
		ConsentID: hash32(row.ConsentID), Patient: addr(row.Patient), Grantee: addr(row.Grantee), PurposeMask: uint16(row.Purposes),
		ActionMask: uint8(row.Actions), Scope: hash32(row.Scope), GrantedBy: addr(row.GrantedBy), GrantedAt: uint64(row.GrantedAt),
		GrantedBlock: uint64(row.GrantedBlock), GrantedTx: hash32(row.GrantedTx), Revoked: row.Revoked, RevokedAt: uintPtr(row.RevokedAt),
		RevokedBy: mapPtr(row.RevokedBy, addr), RevokedBlock: uintPtr(row.RevokedBlock), RevokedTx: mapPtr(row.RevokedTx, hash32),
		ValidFrom: uint64(row.ValidFrom), ValidUntil: uintPtr(row.ValidUntil), Status: consentStatuses[row.StatusAt(now)], StatusTime: now,
	}
	if codes == nil {
		c.Purposes, c.Actions = vocab.PurposeCodes(uint16(row.Purposes)), vocab.ActionCodes(uint8(row.Actions))
	} else {
		start := len(*codes)
		*codes = vocab.AppendPurposeCodes(*codes, uint16(row.Purposes))
		c.Purposes = (*codes)[start:len(*codes):len(*codes)] // capped: appending to it cannot reach the next codes
		start = len(*codes)
		*codes = vocab.AppendActionCodes(*codes, uint8(row.Actions))
		c.Actions = (*codes)[start:len(*codes):len(*codes)]
	}
	if row.ExpiresAt != 0 {
		c.ExpiresAt = ptr(uint64(row.ExpiresAt))
	}
}

// The shared graphql/model objects hold addresses and hashes as common types; the store keeps them as lowercase 0x
// hex strings, written by the indexer from the logs (so they parse). A well-formed one is decoded in place; anything
// else (an empty string: a column not read) goes through go-ethereum's lenient parsers, as before.
func addr(s string) common.Address {
	var a common.Address
	if s != "" && !decodeHex(a[:], s) {
		return common.HexToAddress(s)
	}
	return a
}

func hash32(s string) common.Hash {
	var h common.Hash
	if s != "" && !decodeHex(h[:], s) {
		return common.HexToHash(s)
	}
	return h
}

// decodeHex decodes s, 0x and exactly 2*len(dst) hex digits, into dst (false, dst partly written, otherwise).
func decodeHex(dst []byte, s string) bool {
	if len(s) != 2+2*len(dst) || s[0] != '0' || (s[1] != 'x' && s[1] != 'X') {
		return false
	}
	for i := range dst {
		hi, lo := unhex(s[2+2*i]), unhex(s[3+2*i])
		if hi > 0xf || lo > 0xf {
			return false
		}
		dst[i] = hi<<4 | lo
	}
	return true
}

// unhex is a hex digit's value (0xff: not a hex digit).
func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 0xff
}

func uintPtr(p *int64) *uint64 {
	return mapPtr(p, func(v int64) uint64 { return uint64(v) })
}

// mapPtr is f(*p), or nil for nil.
func mapPtr[T, U any](p *T, f func(T) U) *U {
	if p == nil {
		return nil
	}
	v := f(*p)
	return &v
}

func addrs(ss []string) []common.Address {
	out := make([]common.Address, len(ss))
	for i, s := range ss {
		out[i] = addr(s)
	}
	return out
}

func consentEventOf(row *store.ConsentEventRow) *model.ConsentEvent {
	return &model.ConsentEvent{ConsentID: hash32(row.ConsentID), Kind: row.Kind, Patient: addr(row.Patient), Grantee: addr(row.Grantee),
		At: uint64(row.At), By: addr(row.By), Block: uint64(row.ValidFrom), LogIndex: uint64(row.FromLog), Tx: hash32(row.TxHash)}
}

func guardianOf(row *store.GuardianRow) *model.Guardian {
	return &model.Guardian{Patient: addr(row.Patient), Guardian: addr(row.Guardian), AppointedBlock: uint64(row.AppointedBlock),
		AppointedTx: hash32(row.AppointedTx), RemovedBlock: uintPtr(row.ValidUntil)}
}

func emergencyOf(row *store.EmergencyAccessRow) *model.EmergencyAccess {
	return &model.EmergencyAccess{Patient: addr(row.Patient), Accessor: addr(row.Accessor), ReasonHash: hash32(row.ReasonHash),
		At: uint64(row.At), Block: uint64(row.ValidFrom), Tx: hash32(row.TxHash)}
}

func memberOf(row *store.MemberRow) *model.Member {
	return &model.Member{Account: addr(row.Account), ODSCode: row.OdsCode, Kind: vocab.Kind(row.Kind).String(),
		JoinedBlock: uint64(row.JoinedAt), LeftBlock: uintPtr(row.LeftAt), Tx: hash32(row.TxHash)}
}

func voteOf(row *store.VoteRow) *model.Vote {
	return &model.Vote{ProposalID: hash32(row.ProposalID), Voter: addr(row.Voter), Support: uint8(row.Support), Weight: row.Weight,
		Reason: row.Reason, Block: uint64(row.ValidFrom), Tx: hash32(row.TxHash)}
}

func anchorOf(row *store.AnchorRow) *model.Anchor {
	return &model.Anchor{RecordID: hash32(row.RecordID), ContentHash: hash32(row.ContentHash), Custodian: addr(row.Custodian),
		Supersedes: hash32(row.Supersedes), AnchoredAt: uint64(row.AnchoredAt), Block: uint64(row.ValidFrom), Tx: hash32(row.TxHash)}
}

func batchOf(row *store.BatchRow) *model.Batch {
	return &model.Batch{Root: hash32(row.Root), Custodian: addr(row.Custodian), LeafCount: uint64(row.LeafCount), URI: row.URI,
		AnchoredAt: uint64(row.AnchoredAt), Block: uint64(row.ValidFrom), Tx: hash32(row.TxHash)}
}

func metaTxOf(row *store.MetaTransactionRow) *MetaTransaction {
	return &MetaTransaction{Signer: row.Signer, Nonce: row.Nonce, Success: row.Success, Block: row.ValidFrom, Tx: row.TxHash}
}

func contractEventOf(row *store.ContractEventRow) *ContractEvent {
	args := map[string]any{}
	_ = json.Unmarshal([]byte(row.Args), &args) // written by the indexer as a JSON object
	return &ContractEvent{Contract: row.Contract, Address: row.Address, Event: row.Event, Args: args, Block: row.ValidFrom,
		LogIndex: row.FromLog, Tx: row.TxHash}
}

func jsonList(v string) []string {
	var out []string
	_ = json.Unmarshal([]byte(v), &out)
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
func (r *Resolver) proposalOf(ctx context.Context, row *store.ProposalRow, at *uint64) (*model.Proposal, error) {
	p := &model.Proposal{ProposalID: hash32(row.ProposalID), Proposer: addr(row.Proposer), Targets: addrs(jsonList(row.Targets)),
		Values: jsonList(row.Amounts), Description: row.Description,
		VoteStart: uint64(row.VoteStart), VoteEnd: uint64(row.VoteEnd), CreatedBlock: uint64(row.CreatedBlock), CreatedAt: uint64(row.CreatedAt),
		ETA: uintPtr(row.Eta), QueuedBlock: uintPtr(row.QueuedBlock), ExecutedBlock: uintPtr(row.ExecutedBlock), CanceledBlock: uintPtr(row.CanceledBlock),
		ForVotes: uint64(row.ForVotes), AgainstVotes: uint64(row.AgainstVotes), AbstainVotes: uint64(row.AbstainVotes), VoteCount: uint64(row.VoteCount)}
	for _, s := range jsonList(row.Calldatas) {
		p.Calldatas = append(p.Calldatas, common.FromHex(s)) // written by the indexer as 0x hex
	}
	cp, _, err := r.st.Checkpoint(ctx)
	if err != nil {
		return nil, err
	}
	clock := cp.Number
	if at != nil {
		clock = *at
	}
	snap := p.VoteStart
	members, err := store.Select(ctx, r.st, store.Members, store.List{At: ptr(min(snap, cp.Number)), First: 1, Count: true,
		Cols: []string{store.ColAccount}, Where: []store.Cond{{Col: store.ColLeftAt, Op: store.IsNull}}})
	if err != nil {
		return nil, err
	}
	num, err := store.Select(ctx, r.st, store.QuorumNumerators, store.List{At: ptr(min(snap, cp.Number)), First: 1, Desc: true})
	if err != nil {
		return nil, err
	}
	numerator := int64(0)
	if len(num.Rows) > 0 {
		numerator = num.Rows[0].Numerator
	}
	p.Quorum = uint64(quorumVotes(members.TotalCount, numerator))
	switch {
	case p.ExecutedBlock != nil:
		p.State = model.ProposalExecuted
	case p.CanceledBlock != nil:
		p.State = model.ProposalCanceled
	case snap >= clock:
		p.State = model.ProposalPending
	case p.VoteEnd >= clock:
		p.State = model.ProposalActive
	case p.ForVotes+p.AbstainVotes < p.Quorum || p.ForVotes <= p.AgainstVotes:
		p.State = model.ProposalDefeated
	case p.ETA == nil:
		p.State = model.ProposalSucceeded
	default:
		p.State = model.ProposalQueued
	}
	return p, nil
}

func ptr[T any](v T) *T { return &v }

// proposalStateAt is the state of a proposal as of a block (ok false when it did not exist then).
func (r *Resolver) proposalStateAt(ctx context.Context, id string, block uint64) (model.ProposalState, bool, error) {
	p, err := store.Select(ctx, r.st, store.Proposals, store.List{At: &block, First: 1,
		Where: []store.Cond{{Col: store.ColProposalID, Op: store.Eq, Value: lower(id)}}})
	if err != nil || len(p.Rows) == 0 {
		return "", false, err
	}
	prop, err := r.proposalOf(ctx, &p.Rows[0], &block)
	if err != nil {
		return "", false, err
	}
	return prop.State, true, nil
}

// ---------------------------------------------------------------- FHIR

// fhir renders c with fhirconsent.Build, as `bevan consent show --fhir` does from the chain, judged at the time c's
// status was (c.StatusTime), so that the resource is active exactly when c.Status is ACTIVE.
func (r *Resolver) fhir(ctx context.Context, c *model.Consent) (map[string]any, error) {
	chainID, registry, err := r.deployment(ctx)
	if err != nil {
		return nil, fmt.Errorf("fhir: %w", err)
	}
	// Revoked as judged: consentAt's consent is ACTIVE as of its `at` even when revoked later (revokedAt tells).
	revoked := c.Status == model.ConsentRevoked
	// ValidUntil as the contract keeps it: the expiry, or the revocation time once revoked if that came first.
	var validUntil uint64
	if c.ExpiresAt != nil {
		validUntil = *c.ExpiresAt
	}
	if revoked && c.RevokedAt != nil && (validUntil == 0 || *c.RevokedAt < validUntil) {
		validUntil = *c.RevokedAt
	}
	uri, err := r.policyURI(ctx)
	if err != nil {
		return nil, err
	}
	ods, err := r.memberODS(ctx, c.Grantee.Hex(), blockOf(ctx))
	if err != nil {
		return nil, err
	}
	res, err := fhirconsent.Build(&fhirconsent.OnChain{ChainID: chainID, Registry: registry, ID: c.ConsentID.Big(),
		Patient: c.Patient, Grantee: c.Grantee, Purposes: c.PurposeMask, Actions: c.ActionMask, ValidUntil: validUntil,
		Revoked: revoked, GrantedAt: c.GrantedAt, Scope: c.Scope, By: c.GrantedBy, GranteeODS: ods, PolicyURI: uri},
		time.Unix(c.StatusTime, 0))
	if err != nil {
		return nil, err
	}
	return fhirJSON(res)
}

// fhirJSON is a FHIR resource as the JSON scalar GraphQL returns (the resource's own JSON encoding).
func fhirJSON(res any) (map[string]any, error) {
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

func listArgs(ctx context.Context, first *int64, after *string, block *BlockInput) (store.List, error) {
	n, err := pageSize(first)
	if err != nil {
		return store.List{}, err
	}
	at, err := atBlock(block)
	if err != nil {
		return store.List{}, err
	}
	return store.List{At: at, First: n, After: deref(after), Count: counted(ctx)}, nil
}

func (r *Resolver) consentHistory(ctx context.Context, consentID string, at *uint64) ([]*model.ConsentEvent, error) {
	p, err := sel(ctx, r, store.ConsentEvents, store.List{At: at, First: MaxPageSize,
		Where: []store.Cond{{Col: store.ColConsentID, Op: store.Eq, Value: lower(consentID)}}})
	if err != nil {
		return nil, err
	}
	out := make([]*model.ConsentEvent, len(p.Rows))
	for i := range p.Rows {
		out[i] = consentEventOf(&p.Rows[i])
	}
	return out, nil
}

// consents is the consents query reading only cols (nil: every column), with a COUNT when count is set.
func (r *Resolver) consents(ctx context.Context, where *ConsentFilter, orderBy *ConsentOrder, first *int64, after *string,
	block *BlockInput, cols []string, count, cursors, direct bool) (*ConsentConnection, error) {
	n, err := pageSize(first)
	if err != nil {
		return nil, err
	}
	at, now, err := r.asOf(ctx, block)
	if err != nil {
		return nil, err
	}
	q := store.List{At: at, First: n, After: deref(after), Count: count, Cols: cols, EndCursorOnly: !cursors}
	if orderBy != nil {
		q.OrderBy = map[ConsentOrderField]string{ConsentOrderFieldGrantedAt: store.ColGrantedAt,
			ConsentOrderFieldGrantedBlock: store.ColGrantedBlock, ConsentOrderFieldExpiresAt: store.ColExpiresAt}[orderBy.Field]
		q.Desc = orderBy.Direction == OrderDirectionDesc
	}
	if w := where; w != nil {
		q.Where = strConds(store.ColConsentID, w.ConsentID, q.Where)
		q.Where = strConds(store.ColPatient, w.Patient, q.Where)
		q.Where = strConds(store.ColGrantee, w.Grantee, q.Where)
		q.Where = intConds(store.ColGrantedAt, w.GrantedAt, q.Where)
		q.Where = intConds(store.ColGrantedBlock, w.GrantedBlock, q.Where)
		q.Where = intConds(store.ColExpiresAt, w.ExpiresAt, q.Where)
		if q.Where, err = purposeCond(w.Purpose, q.Where); err != nil {
			return nil, err
		}
		if w.Action != nil {
			a, err := vocab.ParseAction(*w.Action)
			if err != nil {
				return nil, userError("action: %v", err)
			}
			q.Where = append(q.Where, store.Cond{Col: store.ColActions, Op: store.AnyBit, Value: int64(vocab.ActionMask(a))})
		}
		if w.Status != nil {
			and, or := store.StatusConds(storeStatus(*w.Status), now)
			q.Where, q.Or = append(q.Where, and...), append(q.Or, or...)
		}
	}
	p, err := sel(ctx, r, store.Consents, q)
	if err != nil {
		return nil, err
	}
	out := &ConsentConnection{TotalCount: p.TotalCount, PageInfo: pageInfo(p), Edges: make([]*ConsentEdge, len(p.Rows))}
	if direct && r.renderedPage(ctx, out, p, now, cursors) {
		return out, nil
	}
	edges := make([]ConsentEdge, len(p.Rows)) // one allocation for the page's edges, one for its nodes
	nodes := make([]model.Consent, len(p.Rows))
	ncodes := 0
	for i := range p.Rows {
		ncodes += vocab.PurposeCount(uint16(p.Rows[i].Purposes)) + vocab.ActionCount(uint8(p.Rows[i].Actions))
	}
	codes := make([]string, 0, ncodes)
	for i := range p.Rows {
		fillConsentIn(&nodes[i], &p.Rows[i], now, &codes)
		edges[i] = ConsentEdge{Node: &nodes[i]}
		if cursors {
			edges[i].Cursor = p.Cursors[i]
		}
		out.Edges[i] = &edges[i]
	}
	return out, nil
}

// renderedPage writes the page's edges straight from the store's rows, when the connection being resolved selects
// one list of edges whose every field is plain (fastmarshal.go): each row goes through one scratch model.Consent,
// filled and written as the edge list's fast marshaller writes a node, instead of a model.Consent kept per row
// until gqlgen marshals the page. The edges returned carry their cursors and no node: the edge list's marshaller
// takes the written page (batches.takeRendered); were it ever to miss it, gqlgen would answer a null node as an
// error, never another page. ok false: nothing was written, the caller fills the nodes.
func (r *Resolver) renderedPage(ctx context.Context, out *ConsentConnection, p *store.Page[store.ConsentRow], now int64, cursors bool) bool {
	if r.gqlgenMarshal || len(p.Rows) == 0 || gql.GetFieldContext(ctx) == nil {
		return false
	}
	b, _ := ctx.Value(batchesKey{}).(*batches)
	if b == nil {
		return false
	}
	var edgesSel ast.SelectionSet
	n := 0
	for _, f := range gql.CollectFieldsCtx(ctx, nil) {
		if f.Name == "edges" {
			if n++; f.IsDeferred() {
				return false
			}
			edgesSel = f.Selections
		}
	}
	if n != 1 { // two aliased edge lists would each look for the page
		return false
	}
	edge, node, ok := edgesPlan(gql.GetOperationContext(ctx), edgesSel)
	if !ok {
		return false
	}
	edges := make([]ConsentEdge, len(p.Rows))
	for i := range edges {
		if cursors {
			edges[i].Cursor = p.Cursors[i]
		}
		out.Edges[i] = &edges[i]
	}
	var c model.Consent
	codes := make([]string, 0, 24) // room for every purpose and action
	page := r.renderEdges(&edge, &node, len(p.Rows), func(i int) (string, *model.Consent) {
		codes = codes[:0]
		fillConsentIn(&c, &p.Rows[i], now, &codes)
		return edges[i].Cursor, &c
	})
	b.putRendered(&edges[0], page)
	return true
}

// consentByID is the consent query: the consent's current version (or as of block), reading only the selected fields'
// columns.
func (r *Resolver) consentByID(ctx context.Context, consentID string, block *BlockInput) (*model.Consent, error) {
	var cols []string
	if gql.GetFieldContext(ctx) != nil {
		cols = consentColumns(gql.CollectFieldsCtx(ctx, nil))
	}
	c, err := r.consents(ctx, &ConsentFilter{ConsentID: &StringFilter{Eq: &consentID}}, nil, ptr(int64(1)), nil, block, cols, false, false, false)
	if err != nil || len(c.Edges) == 0 {
		return nil, err
	}
	return c.Edges[0].Node, nil
}
