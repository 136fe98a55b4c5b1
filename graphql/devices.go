package graphql

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
)

func deviceOf(row *store.DeviceRow) *Device {
	k := vocab.DeviceKind(row.Kind)
	d := &Device{Address: row.Device, Kind: k.String(), KindCode: row.Kind, KindDisplay: k.Display(), Site: row.Site,
		Registrar: row.Registrar, RegisteredAt: row.RegisteredAt, RegisteredBlock: row.RegisteredBlock,
		RegisteredTx: row.RegisteredTx, RotatedFrom: row.RotatedFrom, Active: row.Active, ReplacedBy: row.ReplacedBy,
		DeregisteredBy: row.DeregisteredBy, EndedAt: row.EndedAt, EndedBlock: row.EndedBlock, EndedTx: row.EndedTx,
		ValidFrom: row.ValidFrom, ValidUntil: row.ValidUntil}
	if p := row.Patient; p != zeroAddress {
		d.Patient = &p
	}
	return d
}

func (r *Resolver) device(ctx context.Context, address string, block *BlockInput) (*Device, error) {
	if !common.IsHexAddress(address) {
		return nil, userError("address %q is not a 20-byte hex address", address)
	}
	at, err := atBlock(block)
	if err != nil {
		return nil, err
	}
	p, err := sel(ctx, r, store.Devices, store.List{At: at, First: 1,
		Where: []store.Cond{{Col: store.ColDevice, Op: store.Eq, Value: hexLower(common.HexToAddress(address))}}})
	if err != nil || len(p.Rows) == 0 {
		return nil, err
	}
	return deviceOf(&p.Rows[0]), nil
}

func (r *Resolver) devices(ctx context.Context, where *DeviceFilter, first *int64, after *string, block *BlockInput) (*DeviceConnection, error) {
	q, err := listArgs(ctx, first, after, block)
	if err != nil {
		return nil, err
	}
	if w := where; w != nil {
		q.Where = rawStrConds(store.ColSite, w.Site, q.Where)
		q.Where = strConds(store.ColPatient, w.Patient, q.Where)
		q.Where = strConds(store.ColRegistrar, w.Registrar, q.Where)
		if w.Kind != nil {
			k, err := vocab.ParseDeviceKind(*w.Kind)
			if err != nil {
				return nil, userError("where.kind: %v", err)
			}
			q.Where = append(q.Where, store.Cond{Col: store.ColKind, Op: store.Eq, Value: int64(k)})
		}
		if w.Active != nil {
			q.Where = append(q.Where, store.Cond{Col: store.ColActive, Op: store.Eq, Value: *w.Active})
		}
	}
	p, err := sel(ctx, r, store.Devices, q)
	if err != nil {
		return nil, err
	}
	out := &DeviceConnection{TotalCount: p.TotalCount, PageInfo: pageInfo(p), Edges: make([]*DeviceEdge, len(p.Rows))}
	for i := range p.Rows {
		out.Edges[i] = &DeviceEdge{Cursor: p.Cursors[i], Node: deviceOf(&p.Rows[i])}
	}
	return out, nil
}

func excursionOf(row *store.ExcursionRow) (*Excursion, error) {
	x := &Excursion{ExcursionID: row.ExcursionID, Site: row.Site, Device: row.Device, Gateway: row.Gateway,
		StartedAt: row.StartedAt, EndedAt: row.EndedAt, DurationSeconds: row.EndedAt - row.StartedAt,
		MinCelsius: float64(row.MinCenti) / 100, MaxCelsius: float64(row.MaxCenti) / 100, BatchRoot: row.BatchRoot,
		AnchorTx: row.TxHash, Block: row.ValidFrom}
	if err := json.Unmarshal([]byte(row.AffectedLots), &x.AffectedLots); err != nil {
		return nil, err
	}
	if x.AffectedLots == nil {
		x.AffectedLots = []string{}
	}
	return x, nil
}

func (r *Resolver) excursions(ctx context.Context, where *ExcursionFilter, first *int64, after *string, block *BlockInput) (*ExcursionConnection, error) {
	q, err := listArgs(ctx, first, after, block)
	if err != nil {
		return nil, err
	}
	q.OrderBy = store.ColExcursionID
	if w := where; w != nil {
		q.Where = rawStrConds(store.ColSite, w.Site, q.Where)
		q.Where = strConds(store.ColDevice, w.Device, q.Where)
	}
	p, err := sel(ctx, r, store.Excursions, q)
	if err != nil {
		return nil, err
	}
	out := &ExcursionConnection{TotalCount: p.TotalCount, PageInfo: pageInfo(p), Edges: make([]*ExcursionEdge, len(p.Rows))}
	for i := range p.Rows {
		x, err := excursionOf(&p.Rows[i])
		if err != nil {
			return nil, fmt.Errorf("excursion %d: affected lots: %w", p.Rows[i].ExcursionID, err)
		}
		out.Edges[i] = &ExcursionEdge{Cursor: p.Cursors[i], Node: x}
	}
	return out, nil
}
