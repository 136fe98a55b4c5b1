package store

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// plan turns a batch's events into row versions: new rows are collected in memory (and written in bulk), an entity
// changed more than once in the batch is versioned in memory, and the current version of an entity indexed in an
// earlier batch is read once, then closed with one UPDATE.
type plan struct {
	s       *schema
	tx      txn
	current map[string][]any // table+key -> current version (nil: the entity has no current version)
	closes  []closeOp
	inserts map[*table][][]any
}

type closeOp struct {
	t     *table
	key   []any
	until int64
}

func newPlan(s *schema, tx txn) *plan {
	return &plan{s: s, tx: tx, current: map[string][]any{}, inserts: map[*table][][]any{}}
}

func entityKey(t *table, key []any) string {
	var b strings.Builder
	b.WriteString(t.name)
	for _, k := range key {
		b.WriteByte(0)
		fmt.Fprint(&b, k)
	}
	return b.String()
}

// row starts a row of t for an event: every column nil but the version columns.
func (p *plan) row(t *table, m Meta) []any {
	r := make([]any, len(t.cols))
	r[len(r)-3] = int64(m.Block)
	r[len(r)-2] = int64(m.LogIndex)
	return r
}

func (p *plan) add(t *table, r []any) {
	p.inserts[t] = append(p.inserts[t], r)
	if len(t.key) > 0 {
		key := make([]any, len(t.key))
		for i, k := range t.key {
			key[i] = r[t.col(k)]
		}
		p.current[entityKey(t, key)] = r
	}
}

// currentVersion returns the entity's current version: from this batch, else from the database (and then marks it
// to be closed at `at`); nil when the entity has none.
func (p *plan) currentVersion(ctx context.Context, t *table, key []any, at int64) ([]any, bool, error) {
	k := entityKey(t, key)
	if r, ok := p.current[k]; ok {
		return r, true, nil
	}
	conds := make([]string, len(t.key))
	for i, c := range t.key {
		conds[i] = c + " = ?"
	}
	q := `SELECT ` + t.colList() + ` FROM ` + t.name + ` WHERE ` + strings.Join(conds, " AND ") + ` AND valid_until IS NULL`
	r, err := p.tx.query(ctx, q, key...)
	if err != nil {
		return nil, false, fmt.Errorf("read current %s: %w", t.name, err)
	}
	defer r.Close()
	if !r.Next() {
		if err := r.Err(); err != nil {
			return nil, false, fmt.Errorf("read current %s: %w", t.name, err)
		}
		return nil, false, nil
	}
	vals := make([]any, len(t.cols))
	ptrs := make([]any, len(vals))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	if err := r.Scan(ptrs...); err != nil {
		return nil, false, fmt.Errorf("read current %s: %w", t.name, err)
	}
	for i, v := range vals {
		if b, ok := v.([]byte); ok {
			vals[i] = string(b)
		}
	}
	p.closes = append(p.closes, closeOp{t: t, key: key, until: at})
	return vals, false, nil
}

// supersede ends the entity's current version at the event and, when change is not nil, starts a new version with
// the change applied. It reports whether the entity had a current version.
func (p *plan) supersede(ctx context.Context, t *table, key []any, m Meta, change func(r []any)) (bool, error) {
	cur, _, err := p.currentVersion(ctx, t, key, int64(m.Block))
	if err != nil || cur == nil {
		return false, err
	}
	cur[t.col(ColValidUntil)] = int64(m.Block) // harmless on a database row: the UPDATE closes it
	if change == nil {
		p.current[entityKey(t, key)] = nil
		return true, nil
	}
	next := append([]any(nil), cur...)
	next[t.col(ColValidFrom)] = int64(m.Block)
	next[t.col(ColFromLog)] = int64(m.LogIndex)
	next[t.col(ColValidUntil)] = nil
	change(next)
	p.inserts[t] = append(p.inserts[t], next)
	p.current[entityKey(t, key)] = next
	return true, nil
}

func (p *plan) set(t *table, r []any, kv ...any) {
	for i := 0; i < len(kv); i += 2 {
		r[t.col(kv[i].(string))] = kv[i+1]
	}
}

func (p *plan) apply(ctx context.Context, ev Event) error {
	s := p.s
	switch e := ev.(type) {
	case *ConsentGranted:
		r := p.row(s.consents, e.Meta)
		p.set(s.consents, r, ColConsentID, hexHash(e.ConsentID), ColPatient, hexAddr(e.Patient), ColGrantee, hexAddr(e.Grantee),
			ColPurposes, int64(e.Purposes), ColActions, int64(e.Actions), ColExpiresAt, int64(e.ExpiresAt),
			ColScope, hexHash(e.Scope), ColGrantedBy, hexAddr(e.By), ColGrantedAt, int64(e.BlockTime),
			ColGrantedBlock, int64(e.Block), ColGrantedTx, hexHash(e.TxHash), ColRevoked, false)
		p.add(s.consents, r)
		p.consentEvent(e.Meta, e.ConsentID, "granted", e.Patient, e.Grantee, e.BlockTime, e)
	case *ConsentRevoked:
		if _, err := p.supersede(ctx, s.consents, []any{hexHash(e.ConsentID)}, e.Meta, func(r []any) {
			p.set(s.consents, r, ColRevoked, true, ColRevokedAt, int64(e.RevokedAt), ColRevokedBy, hexAddr(e.By),
				ColRevokedBlock, int64(e.Block), ColRevokedTx, hexHash(e.TxHash))
		}); err != nil {
			return err
		}
		p.consentEvent(e.Meta, e.ConsentID, "revoked", e.Patient, e.Grantee, e.RevokedAt, e)
	case *GuardianAppointed:
		r := p.row(s.guardians, e.Meta)
		p.set(s.guardians, r, ColPatient, hexAddr(e.Patient), ColGuardian, hexAddr(e.Guardian), ColAppointedTx, hexHash(e.TxHash),
			ColAppointedBlock, int64(e.Block))
		p.add(s.guardians, r)
	case *GuardianRemoved:
		if _, err := p.supersede(ctx, s.guardians, []any{hexAddr(e.Patient), hexAddr(e.Guardian)}, e.Meta, nil); err != nil {
			return err
		}
		if err := p.revokeGuardianGrants(ctx, e); err != nil {
			return err
		}
	case *EmergencyAccess:
		r := p.row(s.emergency, e.Meta)
		p.set(s.emergency, r, ColPatient, hexAddr(e.Patient), ColAccessor, hexAddr(e.Accessor),
			ColReasonHash, hexHash(e.ReasonHash), ColAt, int64(e.At), ColTxHash, hexHash(e.TxHash))
		p.add(s.emergency, r)
	case *MemberAdded:
		r := p.row(s.members, e.Meta)
		p.set(s.members, r, ColAccount, hexAddr(e.Account), ColOdsCode, e.OdsCode, ColKind, int64(e.Kind),
			ColJoinedAt, int64(e.JoinedAt), ColTxHash, hexHash(e.TxHash))
		p.add(s.members, r)
	case *MemberRemoved:
		if _, err := p.supersede(ctx, s.members, []any{hexAddr(e.Account)}, e.Meta, func(r []any) {
			p.set(s.members, r, ColLeftAt, int64(e.LeftAt), ColTxHash, hexHash(e.TxHash))
		}); err != nil {
			return err
		}
	case *ProposalCreated:
		targets := make([]string, len(e.Targets))
		for i, a := range e.Targets {
			targets[i] = hexAddr(a)
		}
		amounts := make([]string, len(e.Values))
		for i, v := range e.Values {
			amounts[i] = bigString(v)
		}
		calls := make([]string, len(e.Calldatas))
		for i, c := range e.Calldatas {
			calls[i] = hexutil.Encode(c)
		}
		r := p.row(s.proposals, e.Meta)
		p.set(s.proposals, r, ColProposalID, hexHash(e.ProposalID), ColProposer, hexAddr(e.Proposer),
			ColTargets, jsonString(targets), ColAmounts, jsonString(amounts), ColSignatures, jsonString(e.Signatures),
			ColCalldatas, jsonString(calls), ColDescription, e.Description, ColVoteStart, int64(e.VoteStart),
			ColVoteEnd, int64(e.VoteEnd), ColCreatedBlock, int64(e.Block), ColCreatedAt, int64(e.BlockTime),
			ColCreatedTx, hexHash(e.TxHash), ColForVotes, int64(0), ColAgainstVotes, int64(0),
			ColAbstainVotes, int64(0), ColVoteCount, int64(0))
		p.add(s.proposals, r)
	case *ProposalQueued:
		if _, err := p.supersede(ctx, s.proposals, []any{hexHash(e.ProposalID)}, e.Meta, func(r []any) {
			p.set(s.proposals, r, ColEta, int64(e.Eta), ColQueuedBlock, int64(e.Block))
		}); err != nil {
			return err
		}
	case *ProposalExecuted:
		if _, err := p.supersede(ctx, s.proposals, []any{hexHash(e.ProposalID)}, e.Meta, func(r []any) {
			p.set(s.proposals, r, ColExecutedBlock, int64(e.Block))
		}); err != nil {
			return err
		}
	case *ProposalCanceled:
		if _, err := p.supersede(ctx, s.proposals, []any{hexHash(e.ProposalID)}, e.Meta, func(r []any) {
			p.set(s.proposals, r, ColCanceledBlock, int64(e.Block))
		}); err != nil {
			return err
		}
	case *QuorumNumeratorUpdated:
		r := p.row(s.quorums, e.Meta)
		p.set(s.quorums, r, ColNumerator, int64(e.Numerator))
		p.add(s.quorums, r)
	case *VoteCast:
		w := int64(0)
		if e.Weight != nil && e.Weight.IsInt64() {
			w = e.Weight.Int64()
		}
		col := map[uint8]string{0: ColAgainstVotes, 1: ColForVotes, 2: ColAbstainVotes}[e.Support]
		if _, err := p.supersede(ctx, s.proposals, []any{hexHash(e.ProposalID)}, e.Meta, func(r []any) {
			if col != "" {
				r[s.proposals.col(col)] = toInt64(r[s.proposals.col(col)]) + w
			}
			r[s.proposals.col(ColVoteCount)] = toInt64(r[s.proposals.col(ColVoteCount)]) + 1
		}); err != nil {
			return err
		}
		r := p.row(s.votes, e.Meta)
		p.set(s.votes, r, ColProposalID, hexHash(e.ProposalID), ColVoter, hexAddr(e.Voter), ColSupport, int64(e.Support),
			ColWeight, bigString(e.Weight), ColReason, e.Reason, ColParams, hexutil.Encode(e.Params), ColTxHash, hexHash(e.TxHash))
		p.add(s.votes, r)
	case *RecordAnchored:
		r := p.row(s.anchors, e.Meta)
		p.set(s.anchors, r, ColRecordID, hexHash(e.RecordID), ColContentHash, hexHash(e.ContentHash),
			ColCustodian, hexAddr(e.Custodian), ColSupersedes, hexHash(e.Supersedes), ColAnchoredAt, int64(e.AnchoredAt),
			ColTxHash, hexHash(e.TxHash))
		p.add(s.anchors, r)
	case *BatchAnchored:
		r := p.row(s.batches, e.Meta)
		p.set(s.batches, r, ColRoot, hexHash(e.Root), ColCustodian, hexAddr(e.Custodian), ColLeafCount, int64(e.LeafCount),
			ColURI, e.URI, ColAnchoredAt, int64(e.AnchoredAt), ColTxHash, hexHash(e.TxHash))
		p.add(s.batches, r)
	case *ForwardExecuted:
		r := p.row(s.metaTxs, e.Meta)
		p.set(s.metaTxs, r, ColSigner, hexAddr(e.Signer), ColNonce, bigString(e.Nonce), ColSuccess, e.Success,
			ColTxHash, hexHash(e.TxHash))
		p.add(s.metaTxs, r)
	case *WalletRecovered:
		return p.applyRecovery(ctx, e)
	case *ContractEvent:
		r := p.row(s.contractEvents, e.Meta)
		p.set(s.contractEvents, r, ColContract, e.Contract, ColAddress, hexAddr(e.Address), ColEvent, e.Event, ColArgs, e.Args,
			ColTxHash, hexHash(e.TxHash))
		p.add(s.contractEvents, r)
	default:
		if ok, err := p.applyObjection(ctx, ev); ok || err != nil {
			return err
		}
		if ok, err := p.applyDevice(ctx, ev); ok || err != nil {
			return err
		}
		if ok, err := p.applyIdentity(ctx, ev); ok || err != nil {
			return err
		}
		if ok, err := p.applyDataAccess(ctx, ev); ok || err != nil {
			return err
		}
		return fmt.Errorf("%w: %T", errUnknownEvent, ev)
	}
	return nil
}

func (p *plan) consentEvent(m Meta, id [32]byte, kind string, patient, grantee [20]byte, at uint64, ev Event) {
	t := p.s.consentEvents
	r := p.row(t, m)
	by := [20]byte{}
	switch e := ev.(type) {
	case *ConsentGranted:
		by = e.By
	case *ConsentRevoked:
		by = e.By
	case *GuardianRemoved: // the removal revoked the guardian's grants: the patient acted
		by = e.Patient
	}
	p.set(t, r, ColConsentID, hexHash(id), ColKind, kind, ColPatient, hexAddr(patient), ColGrantee, hexAddr(grantee),
		ColAt, int64(at), ColByAddress, hexAddr(by), ColTxHash, hexHash(m.TxHash))
	p.add(t, r)
}

// flush closes the superseded database rows, then inserts the batch's rows table by table.
func (p *plan) flush(ctx context.Context) error {
	for _, c := range p.closes {
		conds := make([]string, len(c.t.key))
		for i, k := range c.t.key {
			conds[i] = k + " = ?"
		}
		args := append([]any{c.until}, c.key...)
		if _, err := p.tx.exec(ctx, `UPDATE `+c.t.name+` SET valid_until = ? WHERE `+strings.Join(conds, " AND ")+
			` AND valid_until IS NULL`, args...); err != nil {
			return fmt.Errorf("close %s version: %w", c.t.name, err)
		}
	}
	for _, t := range p.s.all {
		if rs := p.inserts[t]; len(rs) > 0 {
			if err := p.tx.insert(ctx, t.name, t.cols, rs); err != nil {
				return fmt.Errorf("insert %s: %w", t.name, err)
			}
		}
	}
	return nil
}

func bigString(v *big.Int) string {
	if v == nil {
		return "0"
	}
	return v.String()
}

func jsonString(v any) string {
	raw, err := json.Marshal(v)
	if err != nil {
		return "null" // slices of strings always marshal
	}
	return string(raw)
}

func toInt64(v any) int64 {
	switch x := v.(type) {
	case int64:
		return x
	case int32:
		return int64(x)
	case int:
		return int64(x)
	}
	return 0
}
