package store

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// WalletRecovered is ConsentRegistry.WalletRecovered: a key recovery re-pointed a patient's subject from OldWallet
// (retired) to NewWallet. Args is the event's contract_events JSON (the indexer keeps the row it always kept, for
// audit and for GraphQL contractEvents).
type WalletRecovered struct {
	Meta
	Address   common.Address // ConsentRegistry's address
	Subject   common.Address
	OldWallet common.Address
	NewWallet common.Address
	Args      string
}

// recoveryContract is the contract_events name of the contract that emits WalletRecovered.
const recoveryContract = "ConsentRegistry"

// applyRecovery moves the patient's current records from the old wallet to the new one at the recovery's block: a
// new version, with patient = the new wallet, of every current consent, objection and guardianship whose patient is
// the old wallet (ConsentRegistry keys them by subject, so on chain they answer for the new wallet from this block
// on). The old versions end at the recovery's block, so time travel before it still shows the old wallet, and a
// rollback below it deletes the new versions and reopens the old ones, as for any other event. Emergency accesses
// (an append-only audit log of what happened to the wallet at the time, like consent history) are not moved.
//
// The moved versions of a table all start at the recovery's block; their from_log are -n..-1 (in the order of the
// versions they replace), so (valid_from, from_log) stays unique within a patient's rows and the pages' cursors
// neither skip nor repeat a row. A version that already starts at the recovery's block (the record changed earlier
// in the same block) is re-pointed in place instead: nobody can ask for the state in the middle of a block.
func (p *plan) applyRecovery(ctx context.Context, e *WalletRecovered) error {
	s := p.s
	ce := p.row(s.contractEvents, e.Meta)
	p.set(s.contractEvents, ce, ColContract, recoveryContract, ColAddress, hexAddr(e.Address), ColEvent, "WalletRecovered",
		ColArgs, e.Args, ColTxHash, hexHash(e.TxHash))
	p.add(s.contractEvents, ce)
	oldW, newW := hexAddr(e.OldWallet), hexAddr(e.NewWallet)
	for _, t := range []*table{s.consents, s.objections} {
		if err := p.moveRows(ctx, t, oldW, newW, e.Meta, false); err != nil {
			return err
		}
	}
	return p.moveRows(ctx, s.guardians, oldW, newW, e.Meta, true)
}

// moveRows re-points t's current versions whose patient is oldW to newW. rekey is true when the patient is part of
// the table's key (guardians): the old entity ends and a new one starts.
func (p *plan) moveRows(ctx context.Context, t *table, oldW, newW string, m Meta, rekey bool) error {
	at := int64(m.Block)
	pc, fromC, logC := t.col(ColPatient), t.col(ColValidFrom), t.col(ColFromLog)
	type cur struct {
		key   []any
		row   []any
		fresh bool // the version is this batch's (in p.current), not the database's
	}
	var found []cur
	prefix := t.name + "\x00"
	for k, r := range p.current { // versions from this batch
		if r != nil && strings.HasPrefix(k, prefix) && r[pc] == oldW {
			found = append(found, cur{key: p.keyOf(t, r), row: r, fresh: true})
		}
	}
	q := `SELECT ` + t.colList() + ` FROM ` + t.name + ` WHERE patient = ? AND valid_until IS NULL`
	rs, err := p.tx.query(ctx, q, oldW)
	if err != nil {
		return fmt.Errorf("read %s of recovered wallet: %w", t.name, err)
	}
	for rs.Next() {
		vals := make([]any, len(t.cols))
		ptrs := make([]any, len(vals))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rs.Scan(ptrs...); err != nil {
			rs.Close()
			return fmt.Errorf("read %s of recovered wallet: %w", t.name, err)
		}
		for i, v := range vals {
			if b, ok := v.([]byte); ok {
				vals[i] = string(b)
			}
		}
		key := p.keyOf(t, vals)
		if _, ok := p.current[entityKey(t, key)]; ok {
			continue // changed in this batch: the batch's version (found above, or ended) is the current one
		}
		found = append(found, cur{key: key, row: vals})
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return fmt.Errorf("read %s of recovered wallet: %w", t.name, err)
	}
	sort.Slice(found, func(i, j int) bool {
		a, b := found[i].row, found[j].row
		if x, y := toInt64(a[fromC]), toInt64(b[fromC]); x != y {
			return x < y
		}
		if x, y := toInt64(a[logC]), toInt64(b[logC]); x != y {
			return x < y
		}
		return fmt.Sprint(found[i].key...) < fmt.Sprint(found[j].key...)
	})
	moved := 0
	for _, f := range found {
		if f.fresh && toInt64(f.row[fromC]) == at && !rekey {
			f.row[pc] = newW // started in this block: re-point in place
			continue
		}
		moved++
	}
	log := int64(-moved)
	for _, f := range found {
		if f.fresh && toInt64(f.row[fromC]) == at && !rekey {
			continue
		}
		if !f.fresh {
			p.closes = append(p.closes, closeOp{t: t, key: f.key, until: at})
		}
		f.row[t.col(ColValidUntil)] = at
		next := append([]any(nil), f.row...)
		next[pc] = newW
		next[fromC], next[logC], next[t.col(ColValidUntil)] = at, log, nil
		log++
		if f.fresh && toInt64(f.row[fromC]) == at { // rekeyed within its own block: drop the zero-length version
			p.dropInsert(t, f.row)
		}
		if rekey {
			p.current[entityKey(t, f.key)] = nil
			p.add(t, next)
		} else {
			p.inserts[t] = append(p.inserts[t], next)
			p.current[entityKey(t, f.key)] = next
		}
	}
	return nil
}

// keyOf is r's entity key in t.
func (p *plan) keyOf(t *table, r []any) []any {
	key := make([]any, len(t.key))
	for i, k := range t.key {
		key[i] = r[t.col(k)]
	}
	return key
}

// dropInsert removes the pending insert r (by identity) from t's inserts.
func (p *plan) dropInsert(t *table, r []any) {
	rs := p.inserts[t]
	for i := range rs {
		if len(rs[i]) > 0 && &rs[i][0] == &r[0] {
			p.inserts[t] = append(rs[:i], rs[i+1:]...)
			return
		}
	}
}
