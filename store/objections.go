package store

import (
	"context"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
)

// TableObjections is the table of patients' objections.
const TableObjections = "objections"

// ObjectionRecorded is ConsentRegistry.ObjectionRecorded.
type ObjectionRecorded struct {
	Meta
	ObjectionID uint64
	Patient     common.Address
	Grantee     common.Address // zero: every grantee
	Purposes    uint16
	By          common.Address
}

// ObjectionWithdrawn is ConsentRegistry.ObjectionWithdrawn.
type ObjectionWithdrawn struct {
	Meta
	ObjectionID uint64
	Patient     common.Address
	Grantee     common.Address
	Purposes    uint16
	By          common.Address
}

// Objection columns (the others are shared: ColPatient, ColGrantee, ColPurposes).
const (
	ColObjectionID    = "objection_id"
	ColRecordedBy     = "recorded_by"
	ColRecordedAt     = "recorded_at"
	ColRecordedBlock  = "recorded_block"
	ColRecordedTx     = "recorded_tx"
	ColWithdrawn      = "withdrawn"
	ColWithdrawnAt    = "withdrawn_at"
	ColWithdrawnBy    = "withdrawn_by"
	ColWithdrawnBlock = "withdrawn_block"
	ColWithdrawnTx    = "withdrawn_tx"
)

// ObjectionRow is a version of a patient's objection (objections). Grantee is the zero address for an objection
// about every grantee.
type ObjectionRow struct {
	ObjectionID               int64
	Patient, Grantee          string
	Purposes                  int64 // vocab.PurposeMask bits
	RecordedBy                string
	RecordedAt, RecordedBlock int64
	RecordedTx                string
	Withdrawn                 bool
	WithdrawnAt               *int64
	WithdrawnBy               *string
	WithdrawnBlock            *int64
	WithdrawnTx               *string
	Version
}

// StandingAt reports whether the objection stood at unix time t (recorded by then, not withdrawn by then).
func (o *ObjectionRow) StandingAt(t int64) bool {
	return o.RecordedAt <= t && (o.WithdrawnAt == nil || *o.WithdrawnAt > t)
}

// Objections is the objections table as typed rows.
var Objections = rowsOf(TableObjections, func(r *ObjectionRow) *Version { return &r.Version },
	field[ObjectionRow]{ColObjectionID, func(r *ObjectionRow) any { return &r.ObjectionID }},
	field[ObjectionRow]{ColPatient, func(r *ObjectionRow) any { return &r.Patient }},
	field[ObjectionRow]{ColGrantee, func(r *ObjectionRow) any { return &r.Grantee }},
	field[ObjectionRow]{ColPurposes, func(r *ObjectionRow) any { return &r.Purposes }},
	field[ObjectionRow]{ColRecordedBy, func(r *ObjectionRow) any { return &r.RecordedBy }},
	field[ObjectionRow]{ColRecordedAt, func(r *ObjectionRow) any { return &r.RecordedAt }},
	field[ObjectionRow]{ColRecordedBlock, func(r *ObjectionRow) any { return &r.RecordedBlock }},
	field[ObjectionRow]{ColRecordedTx, func(r *ObjectionRow) any { return &r.RecordedTx }},
	field[ObjectionRow]{ColWithdrawn, func(r *ObjectionRow) any { return &r.Withdrawn }},
	field[ObjectionRow]{ColWithdrawnAt, func(r *ObjectionRow) any { return &r.WithdrawnAt }},
	field[ObjectionRow]{ColWithdrawnBy, func(r *ObjectionRow) any { return &r.WithdrawnBy }},
	field[ObjectionRow]{ColWithdrawnBlock, func(r *ObjectionRow) any { return &r.WithdrawnBlock }},
	field[ObjectionRow]{ColWithdrawnTx, func(r *ObjectionRow) any { return &r.WithdrawnTx }})

func newObjectionsTable() *table { return newTable(Objections, ColObjectionID) }

// applyObjection applies an objection event; ok is false for any other event.
func (p *plan) applyObjection(ctx context.Context, ev Event) (ok bool, err error) {
	t := p.s.objections
	switch e := ev.(type) {
	case *ObjectionRecorded:
		r := p.row(t, e.Meta)
		p.set(t, r, "objection_id", int64(e.ObjectionID), "patient", hexAddr(e.Patient), "grantee", hexAddr(e.Grantee),
			"purposes", int64(e.Purposes), "recorded_by", hexAddr(e.By), "recorded_at", int64(e.BlockTime),
			"recorded_block", int64(e.Block), "recorded_tx", hexHash(e.TxHash), "withdrawn", false)
		p.add(t, r)
		return true, nil
	case *ObjectionWithdrawn:
		_, err := p.supersede(ctx, t, []any{int64(e.ObjectionID)}, e.Meta, func(r []any) {
			p.set(t, r, "withdrawn", true, "withdrawn_at", int64(e.BlockTime), "withdrawn_by", hexAddr(e.By),
				"withdrawn_block", int64(e.Block), "withdrawn_tx", hexHash(e.TxHash))
		})
		return true, err
	}
	return false, nil
}

// derivedLogStride spaces the positions of rows that one log derives several of (a guardian's removal revoking each
// of its grants): the k-th takes log + k·derivedLogStride. No block holds 2^20 logs.
const derivedLogStride = 1 << 20

// revokeGuardianGrants marks revoked, at the removal, every consent the removed guardian granted the patient that
// was not revoked yet: ConsentRegistry ends them with the removal (GuardianRemoved), with no ConsentRevoked event.
// Their history gets a "revoked" event by the patient.
func (p *plan) revokeGuardianGrants(ctx context.Context, e *GuardianRemoved) error {
	t := p.s.consents
	patient, guardian := hexAddr(e.Patient), hexAddr(e.Guardian)
	var ids []string
	seen := map[string]bool{}
	r, err := p.tx.query(ctx, `SELECT consent_id FROM consents WHERE patient = ? AND granted_by = ? AND revoked = ? AND valid_until IS NULL`,
		patient, guardian, false)
	if err != nil {
		return fmt.Errorf("read guardian's consents: %w", err)
	}
	for r.Next() {
		var id string
		if err := r.Scan(&id); err != nil {
			r.Close()
			return fmt.Errorf("read guardian's consents: %w", err)
		}
		seen[id] = true
		ids = append(ids, id)
	}
	r.Close()
	if err := r.Err(); err != nil {
		return fmt.Errorf("read guardian's consents: %w", err)
	}
	for _, row := range p.inserts[t] { // granted earlier in this batch
		id, _ := row[t.col("consent_id")].(string)
		if !seen[id] && row[t.col("patient")] == patient && row[t.col("granted_by")] == guardian {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	// One log revokes them all, but each revocation is a row of consents and of consent_events, positioned by
	// (block, log): the k-th (in consent-id order, so the same whichever batch the grants came in) takes position
	// log + k·derivedLogStride, distinct from every other position in the block.
	slices.Sort(ids)
	k := uint(0)
	for _, id := range ids {
		cur, _, err := p.currentVersion(ctx, t, []any{id}, int64(e.Block))
		if err != nil {
			return err
		}
		if cur == nil || cur[t.col("revoked")] == true || cur[t.col("revoked")] == int64(1) {
			continue
		}
		grantee, _ := cur[t.col("grantee")].(string)
		m := e.Meta
		m.LogIndex += k * derivedLogStride
		k++
		if _, err := p.supersede(ctx, t, []any{id}, m, func(r []any) {
			p.set(t, r, "revoked", true, "revoked_at", int64(e.BlockTime), "revoked_by", patient,
				"revoked_block", int64(e.Block), "revoked_tx", hexHash(e.TxHash))
		}); err != nil {
			return err
		}
		p.consentEvent(m, common.HexToHash(id), "revoked", e.Patient, common.HexToAddress(grantee), e.BlockTime, e)
	}
	return nil
}
