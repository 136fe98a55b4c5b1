package store

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
)

// The tables of telemetry devices and cold-chain excursions (DeviceRegistry).
const (
	TableDevices    = "devices"
	TableExcursions = "excursions"
)

// DeviceRegistered is DeviceRegistry.DeviceRegistered.
type DeviceRegistered struct {
	Meta
	Device, Registrar, Patient common.Address // Patient zero: a site's device
	Kind                       uint8
	Site                       string // ODS code
}

// DeviceDeregistered is DeviceRegistry.DeviceDeregistered.
type DeviceDeregistered struct {
	Meta
	Device, By common.Address
}

// DeviceKeyRotated is DeviceRegistry.DeviceKeyRotated.
type DeviceKeyRotated struct {
	Meta
	Device, NewDevice, Registrar common.Address
}

// ExcursionRecorded is DeviceRegistry.ExcursionRecorded.
type ExcursionRecorded struct {
	Meta
	ExcursionID        uint64
	Device, Gateway    common.Address
	Site               string
	StartedAt, EndedAt uint64
	MinCenti, MaxCenti int32
	BatchRoot          common.Hash
	AffectedLots       []string
}

// Device and excursion columns (the others are shared: ColKind, ColPatient, ColTxHash).
const (
	ColDevice          = "device"
	ColSite            = "site"
	ColRegistrar       = "registrar"
	ColRegisteredAt    = "registered_at"
	ColRegisteredBlock = "registered_block"
	ColRegisteredTx    = "registered_tx"
	ColRotatedFrom     = "rotated_from"
	ColActive          = "active"
	ColReplacedBy      = "replaced_by"
	ColDeregisteredBy  = "deregistered_by"
	ColEndedAt         = "ended_at"
	ColEndedBlock      = "ended_block"
	ColEndedTx         = "ended_tx"
	ColExcursionID     = "excursion_id"
	ColGateway         = "gateway"
	ColStartedAt       = "started_at"
	ColMinCenti        = "min_centi"
	ColMaxCenti        = "max_centi"
	ColBatchRoot       = "batch_root"
	ColAffectedLots    = "affected_lots"
)

// DeviceRow is a version of a registered device (devices). Patient is the zero address for a site's device; a
// device ends once: deregistered (DeregisteredBy) or rotated to ReplacedBy.
type DeviceRow struct {
	Device                        string
	Kind                          int64 // vocab.DeviceKind
	Site, Patient, Registrar      string
	RegisteredAt, RegisteredBlock int64
	RegisteredTx                  string
	RotatedFrom                   *string
	Active                        bool
	ReplacedBy, DeregisteredBy    *string
	EndedAt, EndedBlock           *int64
	EndedTx                       *string
	Version
}

// ExcursionRow is a cold-chain excursion (excursions). AffectedLots is a JSON array of strings.
type ExcursionRow struct {
	ExcursionID             int64
	Device, Site, Gateway   string
	StartedAt, EndedAt      int64
	MinCenti, MaxCenti      int64 // hundredths of a degree Celsius
	BatchRoot, AffectedLots string
	TxHash                  string
	Version
}

// Devices and Excursions are the tables as typed rows.
var (
	Devices = rowsOf(TableDevices, func(r *DeviceRow) *Version { return &r.Version },
		field[DeviceRow]{ColDevice, func(r *DeviceRow) any { return &r.Device }},
		field[DeviceRow]{ColKind, func(r *DeviceRow) any { return &r.Kind }},
		field[DeviceRow]{ColSite, func(r *DeviceRow) any { return &r.Site }},
		field[DeviceRow]{ColPatient, func(r *DeviceRow) any { return &r.Patient }},
		field[DeviceRow]{ColRegistrar, func(r *DeviceRow) any { return &r.Registrar }},
		field[DeviceRow]{ColRegisteredAt, func(r *DeviceRow) any { return &r.RegisteredAt }},
		field[DeviceRow]{ColRegisteredBlock, func(r *DeviceRow) any { return &r.RegisteredBlock }},
		field[DeviceRow]{ColRegisteredTx, func(r *DeviceRow) any { return &r.RegisteredTx }},
		field[DeviceRow]{ColRotatedFrom, func(r *DeviceRow) any { return &r.RotatedFrom }},
		field[DeviceRow]{ColActive, func(r *DeviceRow) any { return &r.Active }},
		field[DeviceRow]{ColReplacedBy, func(r *DeviceRow) any { return &r.ReplacedBy }},
		field[DeviceRow]{ColDeregisteredBy, func(r *DeviceRow) any { return &r.DeregisteredBy }},
		field[DeviceRow]{ColEndedAt, func(r *DeviceRow) any { return &r.EndedAt }},
		field[DeviceRow]{ColEndedBlock, func(r *DeviceRow) any { return &r.EndedBlock }},
		field[DeviceRow]{ColEndedTx, func(r *DeviceRow) any { return &r.EndedTx }})
	Excursions = rowsOf(TableExcursions, func(r *ExcursionRow) *Version { return &r.Version },
		field[ExcursionRow]{ColExcursionID, func(r *ExcursionRow) any { return &r.ExcursionID }},
		field[ExcursionRow]{ColDevice, func(r *ExcursionRow) any { return &r.Device }},
		field[ExcursionRow]{ColSite, func(r *ExcursionRow) any { return &r.Site }},
		field[ExcursionRow]{ColGateway, func(r *ExcursionRow) any { return &r.Gateway }},
		field[ExcursionRow]{ColStartedAt, func(r *ExcursionRow) any { return &r.StartedAt }},
		field[ExcursionRow]{ColEndedAt, func(r *ExcursionRow) any { return &r.EndedAt }},
		field[ExcursionRow]{ColMinCenti, func(r *ExcursionRow) any { return &r.MinCenti }},
		field[ExcursionRow]{ColMaxCenti, func(r *ExcursionRow) any { return &r.MaxCenti }},
		field[ExcursionRow]{ColBatchRoot, func(r *ExcursionRow) any { return &r.BatchRoot }},
		field[ExcursionRow]{ColAffectedLots, func(r *ExcursionRow) any { return &r.AffectedLots }},
		field[ExcursionRow]{ColTxHash, func(r *ExcursionRow) any { return &r.TxHash }})
)

// applyDevice applies a DeviceRegistry event; ok is false for any other event.
func (p *plan) applyDevice(ctx context.Context, ev Event) (ok bool, err error) {
	t := p.s.devices
	end := func(m Meta, kv ...any) func(r []any) {
		return func(r []any) {
			p.set(t, r, append([]any{ColActive, false, ColEndedAt, int64(m.BlockTime), ColEndedBlock, int64(m.Block),
				ColEndedTx, hexHash(m.TxHash)}, kv...)...)
		}
	}
	switch e := ev.(type) {
	case *DeviceRegistered:
		r := p.row(t, e.Meta)
		p.set(t, r, ColDevice, hexAddr(e.Device), ColKind, int64(e.Kind), ColSite, e.Site, ColPatient, hexAddr(e.Patient),
			ColRegistrar, hexAddr(e.Registrar), ColRegisteredAt, int64(e.BlockTime), ColRegisteredBlock, int64(e.Block),
			ColRegisteredTx, hexHash(e.TxHash), ColActive, true)
		p.add(t, r)
		return true, nil
	case *DeviceDeregistered:
		_, err := p.supersede(ctx, t, []any{hexAddr(e.Device)}, e.Meta, end(e.Meta, ColDeregisteredBy, hexAddr(e.By)))
		return true, err
	case *DeviceKeyRotated:
		var old []any
		found, err := p.supersede(ctx, t, []any{hexAddr(e.Device)}, e.Meta, func(r []any) {
			old = append([]any(nil), r...)
			end(e.Meta, ColReplacedBy, hexAddr(e.NewDevice))(r)
		})
		if err != nil || !found {
			return true, err
		}
		r := p.row(t, e.Meta)
		p.set(t, r, ColDevice, hexAddr(e.NewDevice), ColKind, old[t.col(ColKind)], ColSite, old[t.col(ColSite)],
			ColPatient, old[t.col(ColPatient)], ColRegistrar, hexAddr(e.Registrar), ColRegisteredAt, int64(e.BlockTime),
			ColRegisteredBlock, int64(e.Block), ColRegisteredTx, hexHash(e.TxHash), ColRotatedFrom, hexAddr(e.Device),
			ColActive, true)
		p.add(t, r)
		return true, nil
	case *ExcursionRecorded:
		x := p.s.excursions
		lots := e.AffectedLots
		if lots == nil {
			lots = []string{}
		}
		r := p.row(x, e.Meta)
		p.set(x, r, ColExcursionID, int64(e.ExcursionID), ColDevice, hexAddr(e.Device), ColSite, e.Site,
			ColGateway, hexAddr(e.Gateway), ColStartedAt, int64(e.StartedAt), ColEndedAt, int64(e.EndedAt),
			ColMinCenti, int64(e.MinCenti), ColMaxCenti, int64(e.MaxCenti), ColBatchRoot, hexHash(e.BatchRoot),
			ColAffectedLots, jsonString(lots), ColTxHash, hexHash(e.TxHash))
		p.add(x, r)
		return true, nil
	}
	return false, nil
}
