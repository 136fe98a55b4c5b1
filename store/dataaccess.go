package store

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
)

// The tables of DAO-approved data access (DataAccess).
const (
	TableDataAccessRequests = "data_access_requests"
	TableDataReleases       = "data_releases"
)

// AccessRequested is DataAccess.AccessRequested.
type AccessRequested struct {
	Meta
	RequestID              uint64
	Requester              common.Address
	Measure                string // the measure's name (the bytes32 as a left-aligned string)
	Purpose                uint8  // vocab.Purpose: 3 HRESCH, 11 POPHLTH
	PeriodStart, PeriodEnd uint64
}

// AccessApproved is DataAccess.AccessApproved.
type AccessApproved struct {
	Meta
	RequestID uint64
	Requester common.Address
}

// DataReleased is DataAccess.DataReleased.
type DataReleased struct {
	Meta
	RequestID   uint64
	Recipient   common.Address
	ReleaseHash common.Hash
	Release     uint32
}

// Data access columns (ColTxHash is shared).
const (
	ColRequestID      = "request_id"
	ColRequester      = "requester"
	ColMeasure        = "measure"
	ColPurpose        = "purpose"
	ColPeriodStart    = "period_start"
	ColPeriodEnd      = "period_end"
	ColRequestedAt    = "requested_at"
	ColRequestedBlock = "requested_block"
	ColRequestedTx    = "requested_tx"
	ColApproved       = "approved"
	ColApprovedAt     = "approved_at"
	ColApprovedBlock  = "approved_block"
	ColApprovedTx     = "approved_tx"
	ColReleaseCount   = "release_count"
	ColRecipient      = "recipient"
	ColReleaseHash    = "release_hash"
	ColReleaseNo      = "release_no"
	ColReleasedAt     = "released_at"
)

// DataAccessRequestRow is a version of a data-access request (data_access_requests).
type DataAccessRequestRow struct {
	RequestID                   int64
	Requester, Measure          string
	Purpose                     int64
	PeriodStart, PeriodEnd      int64
	RequestedAt, RequestedBlock int64
	RequestedTx                 string
	Approved                    bool
	ApprovedAt, ApprovedBlock   *int64
	ApprovedTx                  *string
	ReleaseCount                int64
	Version
}

// DataReleaseRow is a release of a request's dataset (data_releases); ValidFrom is its block.
type DataReleaseRow struct {
	RequestID              int64
	Recipient, ReleaseHash string
	ReleaseNo, ReleasedAt  int64
	TxHash                 string
	Version
}

// DataAccessRequests and DataReleases are the tables as typed rows.
var (
	DataAccessRequests = rowsOf(TableDataAccessRequests, func(r *DataAccessRequestRow) *Version { return &r.Version },
		field[DataAccessRequestRow]{ColRequestID, func(r *DataAccessRequestRow) any { return &r.RequestID }},
		field[DataAccessRequestRow]{ColRequester, func(r *DataAccessRequestRow) any { return &r.Requester }},
		field[DataAccessRequestRow]{ColMeasure, func(r *DataAccessRequestRow) any { return &r.Measure }},
		field[DataAccessRequestRow]{ColPurpose, func(r *DataAccessRequestRow) any { return &r.Purpose }},
		field[DataAccessRequestRow]{ColPeriodStart, func(r *DataAccessRequestRow) any { return &r.PeriodStart }},
		field[DataAccessRequestRow]{ColPeriodEnd, func(r *DataAccessRequestRow) any { return &r.PeriodEnd }},
		field[DataAccessRequestRow]{ColRequestedAt, func(r *DataAccessRequestRow) any { return &r.RequestedAt }},
		field[DataAccessRequestRow]{ColRequestedBlock, func(r *DataAccessRequestRow) any { return &r.RequestedBlock }},
		field[DataAccessRequestRow]{ColRequestedTx, func(r *DataAccessRequestRow) any { return &r.RequestedTx }},
		field[DataAccessRequestRow]{ColApproved, func(r *DataAccessRequestRow) any { return &r.Approved }},
		field[DataAccessRequestRow]{ColApprovedAt, func(r *DataAccessRequestRow) any { return &r.ApprovedAt }},
		field[DataAccessRequestRow]{ColApprovedBlock, func(r *DataAccessRequestRow) any { return &r.ApprovedBlock }},
		field[DataAccessRequestRow]{ColApprovedTx, func(r *DataAccessRequestRow) any { return &r.ApprovedTx }},
		field[DataAccessRequestRow]{ColReleaseCount, func(r *DataAccessRequestRow) any { return &r.ReleaseCount }})
	DataReleases = rowsOf(TableDataReleases, func(r *DataReleaseRow) *Version { return &r.Version },
		field[DataReleaseRow]{ColRequestID, func(r *DataReleaseRow) any { return &r.RequestID }},
		field[DataReleaseRow]{ColRecipient, func(r *DataReleaseRow) any { return &r.Recipient }},
		field[DataReleaseRow]{ColReleaseHash, func(r *DataReleaseRow) any { return &r.ReleaseHash }},
		field[DataReleaseRow]{ColReleaseNo, func(r *DataReleaseRow) any { return &r.ReleaseNo }},
		field[DataReleaseRow]{ColReleasedAt, func(r *DataReleaseRow) any { return &r.ReleasedAt }},
		field[DataReleaseRow]{ColTxHash, func(r *DataReleaseRow) any { return &r.TxHash }})
)

// applyDataAccess applies a DataAccess event; ok is false for any other event.
func (p *plan) applyDataAccess(ctx context.Context, ev Event) (ok bool, err error) {
	t := p.s.accessRequests
	switch e := ev.(type) {
	case *AccessRequested:
		r := p.row(t, e.Meta)
		p.set(t, r, ColRequestID, int64(e.RequestID), ColRequester, hexAddr(e.Requester), ColMeasure, e.Measure,
			ColPurpose, int64(e.Purpose), ColPeriodStart, int64(e.PeriodStart), ColPeriodEnd, int64(e.PeriodEnd),
			ColRequestedAt, int64(e.BlockTime), ColRequestedBlock, int64(e.Block), ColRequestedTx, hexHash(e.TxHash),
			ColApproved, false, ColApprovedAt, nil, ColApprovedBlock, nil, ColApprovedTx, nil, ColReleaseCount, int64(0))
		p.add(t, r)
		return true, nil
	case *AccessApproved:
		_, err := p.supersede(ctx, t, []any{int64(e.RequestID)}, e.Meta, func(r []any) {
			p.set(t, r, ColApproved, true, ColApprovedAt, int64(e.BlockTime), ColApprovedBlock, int64(e.Block),
				ColApprovedTx, hexHash(e.TxHash))
		})
		return true, err
	case *DataReleased:
		if _, err := p.supersede(ctx, t, []any{int64(e.RequestID)}, e.Meta, func(r []any) {
			p.set(t, r, ColReleaseCount, int64(e.Release))
		}); err != nil {
			return true, err
		}
		x := p.s.releases
		r := p.row(x, e.Meta)
		p.set(x, r, ColRequestID, int64(e.RequestID), ColRecipient, hexAddr(e.Recipient),
			ColReleaseHash, hexHash(e.ReleaseHash), ColReleaseNo, int64(e.Release), ColReleasedAt, int64(e.BlockTime),
			ColTxHash, hexHash(e.TxHash))
		p.add(x, r)
		return true, nil
	}
	return false, nil
}
