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
	cur[t.col("valid_until")] = int64(m.Block) // harmless on a database row: the UPDATE closes it
	if change == nil {
		p.current[entityKey(t, key)] = nil
		return true, nil
	}
	next := append([]any(nil), cur...)
	next[t.col("valid_from")] = int64(m.Block)
	next[t.col("from_log")] = int64(m.LogIndex)
	next[t.col("valid_until")] = nil
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
		p.set(s.consents, r, "consent_id", hexHash(e.ConsentID), "patient", hexAddr(e.Patient), "grantee", hexAddr(e.Grantee),
			"purposes", int64(e.Purposes), "actions", int64(e.Actions), "expires_at", int64(e.ExpiresAt),
			"scope", hexHash(e.Scope), "granted_by", hexAddr(e.By), "granted_at", int64(e.BlockTime),
			"granted_block", int64(e.Block), "granted_tx", hexHash(e.TxHash), "revoked", false)
		p.add(s.consents, r)
		p.consentEvent(e.Meta, e.ConsentID, "granted", e.Patient, e.Grantee, e.BlockTime, e)
	case *ConsentRevoked:
		if _, err := p.supersede(ctx, s.consents, []any{hexHash(e.ConsentID)}, e.Meta, func(r []any) {
			p.set(s.consents, r, "revoked", true, "revoked_at", int64(e.RevokedAt), "revoked_by", hexAddr(e.By),
				"revoked_block", int64(e.Block), "revoked_tx", hexHash(e.TxHash))
		}); err != nil {
			return err
		}
		p.consentEvent(e.Meta, e.ConsentID, "revoked", e.Patient, e.Grantee, e.RevokedAt, e)
	case *GuardianAppointed:
		r := p.row(s.guardians, e.Meta)
		p.set(s.guardians, r, "patient", hexAddr(e.Patient), "guardian", hexAddr(e.Guardian), "appointed_tx", hexHash(e.TxHash))
		p.add(s.guardians, r)
	case *GuardianRemoved:
		if _, err := p.supersede(ctx, s.guardians, []any{hexAddr(e.Patient), hexAddr(e.Guardian)}, e.Meta, nil); err != nil {
			return err
		}
	case *EmergencyAccess:
		r := p.row(s.emergency, e.Meta)
		p.set(s.emergency, r, "patient", hexAddr(e.Patient), "accessor", hexAddr(e.Accessor),
			"reason_hash", hexHash(e.ReasonHash), "at", int64(e.At), "tx_hash", hexHash(e.TxHash))
		p.add(s.emergency, r)
	case *MemberAdded:
		r := p.row(s.members, e.Meta)
		p.set(s.members, r, "account", hexAddr(e.Account), "ods_code", e.OdsCode, "kind", int64(e.Kind),
			"joined_at", int64(e.JoinedAt), "tx_hash", hexHash(e.TxHash))
		p.add(s.members, r)
	case *MemberRemoved:
		if _, err := p.supersede(ctx, s.members, []any{hexAddr(e.Account)}, e.Meta, func(r []any) {
			p.set(s.members, r, "left_at", int64(e.LeftAt), "tx_hash", hexHash(e.TxHash))
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
		p.set(s.proposals, r, "proposal_id", hexHash(e.ProposalID), "proposer", hexAddr(e.Proposer),
			"targets", jsonString(targets), "amounts", jsonString(amounts), "signatures", jsonString(e.Signatures),
			"calldatas", jsonString(calls), "description", e.Description, "vote_start", int64(e.VoteStart),
			"vote_end", int64(e.VoteEnd), "created_block", int64(e.Block), "created_at", int64(e.BlockTime),
			"created_tx", hexHash(e.TxHash), "for_votes", int64(0), "against_votes", int64(0),
			"abstain_votes", int64(0), "vote_count", int64(0))
		p.add(s.proposals, r)
	case *ProposalQueued:
		if _, err := p.supersede(ctx, s.proposals, []any{hexHash(e.ProposalID)}, e.Meta, func(r []any) {
			p.set(s.proposals, r, "eta", int64(e.Eta), "queued_block", int64(e.Block))
		}); err != nil {
			return err
		}
	case *ProposalExecuted:
		if _, err := p.supersede(ctx, s.proposals, []any{hexHash(e.ProposalID)}, e.Meta, func(r []any) {
			p.set(s.proposals, r, "executed_block", int64(e.Block))
		}); err != nil {
			return err
		}
	case *ProposalCanceled:
		if _, err := p.supersede(ctx, s.proposals, []any{hexHash(e.ProposalID)}, e.Meta, func(r []any) {
			p.set(s.proposals, r, "canceled_block", int64(e.Block))
		}); err != nil {
			return err
		}
	case *QuorumNumeratorUpdated:
		r := p.row(s.quorums, e.Meta)
		p.set(s.quorums, r, "numerator", int64(e.Numerator))
		p.add(s.quorums, r)
	case *VoteCast:
		w := int64(0)
		if e.Weight != nil && e.Weight.IsInt64() {
			w = e.Weight.Int64()
		}
		col := map[uint8]string{0: "against_votes", 1: "for_votes", 2: "abstain_votes"}[e.Support]
		if _, err := p.supersede(ctx, s.proposals, []any{hexHash(e.ProposalID)}, e.Meta, func(r []any) {
			if col != "" {
				r[s.proposals.col(col)] = toInt64(r[s.proposals.col(col)]) + w
			}
			r[s.proposals.col("vote_count")] = toInt64(r[s.proposals.col("vote_count")]) + 1
		}); err != nil {
			return err
		}
		r := p.row(s.votes, e.Meta)
		p.set(s.votes, r, "proposal_id", hexHash(e.ProposalID), "voter", hexAddr(e.Voter), "support", int64(e.Support),
			"weight", bigString(e.Weight), "reason", e.Reason, "params", hexutil.Encode(e.Params), "tx_hash", hexHash(e.TxHash))
		p.add(s.votes, r)
	case *RecordAnchored:
		r := p.row(s.anchors, e.Meta)
		p.set(s.anchors, r, "record_id", hexHash(e.RecordID), "content_hash", hexHash(e.ContentHash),
			"custodian", hexAddr(e.Custodian), "supersedes", hexHash(e.Supersedes), "anchored_at", int64(e.AnchoredAt),
			"tx_hash", hexHash(e.TxHash))
		p.add(s.anchors, r)
	case *BatchAnchored:
		r := p.row(s.batches, e.Meta)
		p.set(s.batches, r, "root", hexHash(e.Root), "custodian", hexAddr(e.Custodian), "leaf_count", int64(e.LeafCount),
			"uri", e.URI, "anchored_at", int64(e.AnchoredAt), "tx_hash", hexHash(e.TxHash))
		p.add(s.batches, r)
	case *ForwardExecuted:
		r := p.row(s.metaTxs, e.Meta)
		p.set(s.metaTxs, r, "signer", hexAddr(e.Signer), "nonce", bigString(e.Nonce), "success", e.Success,
			"tx_hash", hexHash(e.TxHash))
		p.add(s.metaTxs, r)
	case *ContractEvent:
		r := p.row(s.contractEvents, e.Meta)
		p.set(s.contractEvents, r, "contract", e.Contract, "address", hexAddr(e.Address), "event", e.Event, "args", e.Args,
			"tx_hash", hexHash(e.TxHash))
		p.add(s.contractEvents, r)
	default:
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
	}
	p.set(t, r, "consent_id", hexHash(id), "kind", kind, "patient", hexAddr(patient), "grantee", hexAddr(grantee),
		"at", int64(at), "by_address", hexAddr(by), "tx_hash", hexHash(m.TxHash))
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
