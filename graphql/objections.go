package graphql

import (
	"context"
	"fmt"
	"time"

	"github.com/bevan-health/bevan/fhirconsent"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
)

// zeroAddress is how the store writes an objection about every grantee.
var zeroAddress = hexLower(common.Address{})

func hexLower(a common.Address) string { return "0x" + common.Bytes2Hex(a[:]) }

// purposeDetails lists the purposes of a mask with their display and class.
func purposeDetails(mask uint16) []*PurposeOfUse {
	out := []*PurposeOfUse{}
	for _, p := range vocab.PurposesOf(mask) {
		class := PurposeClassSecondaryUse
		if p.Class() == vocab.DirectCare {
			class = PurposeClassDirectCare
		}
		out = append(out, &PurposeOfUse{Code: p.Code(), Display: p.Display(), Bit: int64(p), Class: class, Research: p.Research()})
	}
	return out
}

func objectionOf(row *store.ObjectionRow, now int64) *Objection {
	pm := row.Purposes
	o := &Objection{ObjectionID: row.ObjectionID, Patient: row.Patient, PurposeMask: pm,
		RecordedBy: row.RecordedBy, RecordedAt: row.RecordedAt, RecordedBlock: row.RecordedBlock,
		RecordedTx: row.RecordedTx, Withdrawn: row.Withdrawn, WithdrawnAt: row.WithdrawnAt,
		WithdrawnBy: row.WithdrawnBy, WithdrawnBlock: row.WithdrawnBlock,
		WithdrawnTx: row.WithdrawnTx, ValidFrom: row.ValidFrom, ValidUntil: row.ValidUntil,
		Purposes: []string{}, StatusTime: now}
	if g := row.Grantee; g != zeroAddress {
		o.Grantee = &g
	}
	for _, p := range vocab.PurposesOf(uint16(pm)) {
		o.Purposes = append(o.Purposes, p.Code())
	}
	o.Standing = !o.Withdrawn || (o.WithdrawnAt != nil && *o.WithdrawnAt > now)
	return o
}

func (r *Resolver) objections(ctx context.Context, where *ObjectionFilter, first *int64, after *string, block *BlockInput) (*ObjectionConnection, error) {
	q, err := listArgs(ctx, first, after, block)
	if err != nil {
		return nil, err
	}
	now, err := r.nowAt(ctx, q.At)
	if err != nil {
		return nil, err
	}
	q.OrderBy = store.ColObjectionID // in the order they were recorded, whatever happened to them since
	if w := where; w != nil {
		q.Where = strConds(store.ColPatient, w.Patient, q.Where)
		q.Where = strConds(store.ColGrantee, w.Grantee, q.Where)
		if q.Where, err = purposeCond(w.Purpose, q.Where); err != nil {
			return nil, err
		}
		if w.Standing != nil {
			q.Where = append(q.Where, store.Cond{Col: store.ColWithdrawn, Op: store.Eq, Value: !*w.Standing})
		}
	}
	p, err := sel(ctx, r, store.Objections, q)
	if err != nil {
		return nil, err
	}
	out := &ObjectionConnection{TotalCount: p.TotalCount, PageInfo: pageInfo(p), Edges: make([]*ObjectionEdge, len(p.Rows))}
	for i := range p.Rows {
		out.Edges[i] = &ObjectionEdge{Cursor: p.Cursors[i], Node: objectionOf(&p.Rows[i], now)}
	}
	return out, nil
}

func (r *Resolver) objection(ctx context.Context, id int64, block *BlockInput) (*Objection, error) {
	at, now, err := r.asOf(ctx, block)
	if err != nil {
		return nil, err
	}
	p, err := sel(ctx, r, store.Objections, store.List{At: at, First: 1,
		Where: []store.Cond{{Col: store.ColObjectionID, Op: store.Eq, Value: id}}})
	if err != nil || len(p.Rows) == 0 {
		return nil, err
	}
	return objectionOf(&p.Rows[0], now), nil
}

// decidingObjection is the objection that stood at time `at` against purpose p for the grantee (its own or every
// grantee's; the latest recorded), if any. The current version of each objection carries its whole life.
func (r *Resolver) decidingObjection(ctx context.Context, patient, grantee string, p vocab.Purpose, at int64) (*Objection, error) {
	page, err := sel(ctx, r, store.Objections, store.List{First: 1, OrderBy: store.ColRecordedAt, Desc: true,
		Where: []store.Cond{
			{Col: store.ColPatient, Op: store.Eq, Value: lower(patient)},
			{Col: store.ColGrantee, Op: store.In, Values: []any{lower(grantee), zeroAddress}},
			{Col: store.ColPurposes, Op: store.AnyBit, Value: int64(vocab.PurposeMask(p))},
			{Col: store.ColRecordedAt, Op: store.Lte, Value: at},
		},
		Or: [][]store.Cond{{{Col: store.ColWithdrawnAt, Op: store.IsNull}, {Col: store.ColWithdrawnAt, Op: store.Gt, Value: at}}}})
	if err != nil || len(page.Rows) == 0 {
		return nil, err
	}
	return objectionOf(&page.Rows[0], at), nil
}

// policyURI is the deployment's data-sharing agreement, as the indexer recorded it from the manifest ("" if none).
func (r *Resolver) policyURI(ctx context.Context) (string, error) {
	v, _, err := r.st.Meta(ctx, "consent_policy_uri")
	return v, err
}

// memberODS is the ODS code of account if it was a DAO member as of block at (the current state when nil).
func (r *Resolver) memberODS(ctx context.Context, account string, at *uint64) (string, error) {
	p, err := store.Select(ctx, r.st, store.Members, store.List{At: at, First: 1, Cols: []string{store.ColOdsCode},
		Where: []store.Cond{{Col: store.ColAccount, Op: store.Eq, Value: lower(account)}, {Col: store.ColLeftAt, Op: store.IsNull}}})
	if err != nil || len(p.Rows) == 0 {
		return "", err
	}
	return p.Rows[0].OdsCode, nil
}

// objectionFhir renders o with fhirconsent.BuildObjection, judged at o.StatusTime.
func (r *Resolver) objectionFhir(ctx context.Context, o *Objection) (map[string]any, error) {
	chainID, registry, err := r.deployment(ctx)
	if err != nil {
		return nil, fmt.Errorf("fhir: %w", err)
	}
	uri, err := r.policyURI(ctx)
	if err != nil {
		return nil, err
	}
	in := &fhirconsent.Objection{ChainID: chainID, Registry: registry, ID: uint64(o.ObjectionID),
		Patient: common.HexToAddress(o.Patient), Purposes: uint16(o.PurposeMask), By: common.HexToAddress(o.RecordedBy),
		RecordedAt: uint64(o.RecordedAt), PolicyURI: uri}
	if o.Grantee != nil {
		in.Grantee = common.HexToAddress(*o.Grantee)
		if in.GranteeODS, err = r.memberODS(ctx, *o.Grantee, blockOf(ctx)); err != nil {
			return nil, err
		}
	}
	if o.Withdrawn && o.WithdrawnAt != nil && *o.WithdrawnAt <= o.StatusTime {
		in.WithdrawnAt = uint64(*o.WithdrawnAt)
	}
	res, err := fhirconsent.BuildObjection(in, time.Unix(o.StatusTime, 0))
	if err != nil {
		return nil, err
	}
	return fhirJSON(res)
}
