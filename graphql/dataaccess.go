package graphql

import (
	"context"

	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
)

func (r *Resolver) dataAccessRequests(ctx context.Context, where *DataAccessRequestFilter, first *int64, after *string, block *BlockInput) (*DataAccessRequestConnection, error) {
	q, err := listArgs(ctx, first, after, block)
	if err != nil {
		return nil, err
	}
	q.OrderBy = store.ColRequestID
	if w := where; w != nil {
		if w.Requester != nil {
			if !common.IsHexAddress(*w.Requester) {
				return nil, userError("where.requester %q is not a 20-byte hex address", *w.Requester)
			}
			q.Where = append(q.Where, store.Cond{Col: store.ColRequester, Op: store.Eq, Value: hexLower(common.HexToAddress(*w.Requester))})
		}
		if w.Status != nil {
			q.Where = append(q.Where, store.Cond{Col: store.ColApproved, Op: store.Eq, Value: *w.Status == DataAccessStatusApproved})
		}
	}
	p, err := sel(ctx, r, store.DataAccessRequests, q)
	if err != nil {
		return nil, err
	}
	out := &DataAccessRequestConnection{TotalCount: p.TotalCount, PageInfo: pageInfo(p), Edges: make([]*DataAccessRequestEdge, len(p.Rows))}
	if len(p.Rows) == 0 {
		return out, nil
	}
	// The page's releases, in one read as of the same block.
	ids := make([]any, len(p.Rows))
	for i := range p.Rows {
		ids[i] = p.Rows[i].RequestID
	}
	releases := map[int64][]*DataRelease{}
	after2 := ""
	for {
		rp, err := sel(ctx, r, store.DataReleases, store.List{At: q.At, First: MaxPageSize, After: after2,
			Where: []store.Cond{{Col: store.ColRequestID, Op: store.In, Values: ids}}})
		if err != nil {
			return nil, err
		}
		for i := range rp.Rows {
			x := &rp.Rows[i]
			releases[x.RequestID] = append(releases[x.RequestID], &DataRelease{RequestID: x.RequestID, Recipient: x.Recipient,
				ReleaseHash: x.ReleaseHash, Release: x.ReleaseNo, ReleasedAt: x.ReleasedAt, Block: x.ValidFrom, Tx: x.TxHash})
		}
		if !rp.HasNext || len(rp.Cursors) == 0 {
			break
		}
		after2 = rp.Cursors[len(rp.Cursors)-1]
	}
	for i := range p.Rows {
		row := &p.Rows[i]
		n := &DataAccessRequest{RequestID: row.RequestID, Requester: row.Requester, Measure: row.Measure,
			Purpose: vocab.Purpose(row.Purpose).String(), PeriodStart: row.PeriodStart, PeriodEnd: row.PeriodEnd,
			Status: DataAccessStatusRequested, RequestedAt: row.RequestedAt, RequestedBlock: row.RequestedBlock,
			RequestedTx: row.RequestedTx, ApprovedAt: row.ApprovedAt, ApprovedBlock: row.ApprovedBlock,
			ApprovedTx: row.ApprovedTx, Releases: releases[row.RequestID]}
		if row.Approved {
			n.Status = DataAccessStatusApproved
		}
		if n.Releases == nil {
			n.Releases = []*DataRelease{}
		}
		out.Edges[i] = &DataAccessRequestEdge{Cursor: p.Cursors[i], Node: n}
	}
	return out, nil
}
