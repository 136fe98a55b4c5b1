package gateway

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/excursion"
	"github.com/bevan-health/bevan/telemetry/readings"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
)

// coldChain derives a cold store's excursions as its readings are anchored (the records join the anchor that took
// the reading that closed each excursion) and, once that anchor is on chain, records each in the DeviceRegistry
// (recordExcursion through the relayer, once: a restart finds one it sent on chain).
type coldChain struct {
	store    readings.Store
	reg      Registry
	anchorer *anchorer
	registry common.Address // DeviceRegistry
	filterer *bindings.DeviceRegistryFilterer
	abi      *abi.ABI
	lookback time.Duration
	lease    time.Duration
	log      *slog.Logger
}

// rangeOf is the site's range (the default 2–8 °C when it set none).
func (c *coldChain) rangeOf(ctx context.Context, site string) (excursion.Range, *readings.Threshold, error) {
	t, err := c.store.Threshold(ctx, site, telemetry.CodeRoomTemperature)
	if errors.Is(err, readings.ErrNotFound) {
		return excursion.VaccineFridge, nil, nil
	}
	if err != nil {
		return excursion.Range{}, nil, err
	}
	return excursion.Range{MinMilli: t.MinMilli, MaxMilli: t.MaxMilli}, t, nil
}

// lotNames are the lots a fridge held at any time in [from, to].
func (c *coldChain) lotNames(ctx context.Context, device common.Address, from, to time.Time) ([]string, error) {
	ls, err := c.store.Lots(ctx, device, from, to)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(ls))
	seen := map[string]bool{}
	for _, l := range ls {
		if !seen[l.Lot] {
			seen[l.Lot] = true
			out = append(out, l.Lot)
		}
	}
	return out, nil
}

// derive is the readings.Derive of excursions: for each cold store among the readings a new anchor takes, the
// excursions out of its site's range that a reading of this anchor closed (the first back in range), found over its
// readings of the lookback before them, each with the lots the fridge held meanwhile.
func (c *coldChain) derive(ctx context.Context, taken []readings.Kept) ([]telemetry.Record, error) {
	byDevice := map[common.Address][]*readings.Kept{}
	var order []common.Address
	for i := range taken {
		k := &taken[i]
		if k.Code != telemetry.CodeRoomTemperature {
			continue
		}
		if _, ok := byDevice[k.Device]; !ok {
			order = append(order, k.Device)
		}
		byDevice[k.Device] = append(byDevice[k.Device], k)
	}
	var out []telemetry.Record
	for _, dev := range order {
		recs, err := c.deriveDevice(ctx, dev, byDevice[dev])
		if err != nil {
			return nil, fmt.Errorf("excursions of %s: %w", dev, err)
		}
		out = append(out, recs...)
	}
	return out, nil
}

func (c *coldChain) deriveDevice(ctx context.Context, dev common.Address, ks []*readings.Kept) ([]telemetry.Record, error) {
	d, err := c.reg.Device(ctx, dev)
	if err != nil {
		return nil, err
	}
	if telemetry.Kind(d.Kind) != telemetry.KindColdStore {
		return nil, nil
	}
	site := vocab.ODSString(d.Site)
	rng, _, err := c.rangeOf(ctx, site)
	if err != nil {
		return nil, err
	}
	first, last := ks[0].Time, ks[0].Time
	closing := map[uint64]bool{} // times of the taken readings in range: each may close an excursion
	anyOut := false
	for _, k := range ks {
		first, last = min(first, k.Time), max(last, k.Time)
		if k.ValueMilli >= rng.MinMilli && k.ValueMilli <= rng.MaxMilli {
			closing[k.Time] = true
		} else {
			anyOut = true
		}
	}
	if !anyOut { // all in range: an excursion closes here only if the reading before them was out of range
		prev, err := c.store.Last(ctx, dev, telemetry.CodeRoomTemperature, time.Unix(int64(first), 0))
		if errors.Is(err, readings.ErrNotFound) {
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		if prev.ValueMilli >= rng.MinMilli && prev.ValueMilli <= rng.MaxMilli {
			return nil, nil
		}
	}
	series, err := c.store.Series(ctx, dev, telemetry.CodeRoomTemperature, time.Unix(int64(first), 0).Add(-c.lookback),
		time.Unix(int64(last)+1, 0))
	if err != nil {
		return nil, err
	}
	rs := make([]telemetry.Reading, len(series))
	for i := range series {
		rs[i] = series[i].Reading
	}
	var out []telemetry.Record
	for _, e := range excursion.Find(dev, rs, rng) {
		if e.Ongoing() || !closing[uint64(e.End.Unix())] {
			continue
		}
		lots, err := c.lotNames(ctx, dev, e.Start, e.End)
		if err != nil {
			return nil, err
		}
		x, err := excursion.NewRecord(&e, site, rng, lots)
		if err != nil {
			return nil, err
		}
		r, err := x.Telemetry()
		if err != nil {
			return nil, err
		}
		c.log.Info("excursion", "device", dev, "site", site, "start", e.Start, "end", e.End, "readings", e.Readings, "lots", len(lots))
		out = append(out, *r)
	}
	return out, nil
}

// followAll records in the DeviceRegistry every excursion whose anchor is on chain and that no replica recorded yet;
// one that fails stays leased until its lease runs out and is tried again then. It returns how many it recorded.
func (c *coldChain) followAll(ctx context.Context) (int, error) {
	n := 0
	var errs []error
	for {
		r, err := c.store.NextFollowUp(ctx, telemetry.RecordExcursion, time.Now(), c.lease)
		if err != nil {
			return n, errors.Join(append(errs, err)...)
		}
		if r == nil {
			return n, errors.Join(errs...)
		}
		if err := c.follow(ctx, r); err != nil {
			errs = append(errs, fmt.Errorf("record excursion %s: %w", r.ID.Hex(), err))
			continue
		}
		n++
	}
}

func (c *coldChain) follow(ctx context.Context, r *readings.StoredRecord) error {
	var x excursion.Record
	if err := r.Decode(&x); err != nil {
		return err
	}
	an, err := c.store.Anchor(ctx, r.AnchorID)
	if err != nil {
		return err
	}
	// A gateway killed after sending but before noting it finds the excursion on chain: note it, send nothing.
	tx, block, found, err := c.findRecorded(ctx, &x, an)
	if err != nil {
		return err
	}
	if found {
		c.log.Info("excursion found recorded on chain", "record", r.ID, "tx", tx)
		return c.store.FollowedUp(ctx, r.ID, readings.FollowUp{TxHash: tx, Block: block, At: time.Now(), Note: "found on chain"})
	}
	lo, hi := x.CentiCelsius()
	data, err := c.abi.Pack("recordExcursion", x.Device, new(big.Int).SetUint64(x.StartedAt), new(big.Int).SetUint64(x.EndedAt),
		lo, hi, [32]byte(an.Root), x.AffectedLots)
	if err != nil {
		return fmt.Errorf("pack recordExcursion: %w", err)
	}
	st, err := c.anchorer.send(ctx, c.registry, data)
	if err != nil {
		return fmt.Errorf("send recordExcursion: %w", err)
	}
	if st.TxHash == nil {
		return errors.New("relayer reported no transaction for recordExcursion")
	}
	c.log.Info("excursion recorded", "record", r.ID, "device", x.Device, "tx", *st.TxHash, "gas", st.GasUsed)
	return c.store.FollowedUp(ctx, r.ID, readings.FollowUp{TxHash: *st.TxHash, Block: st.Block, At: time.Now()})
}

// findRecorded looks for this gateway's ExcursionRecorded of the excursion (its device, start, end and batch root),
// from the block that anchored the batch on (it cannot be recorded before).
func (c *coldChain) findRecorded(ctx context.Context, x *excursion.Record, an *readings.Anchor) (common.Hash, uint64, bool, error) {
	it, err := c.filterer.FilterExcursionRecorded(&bind.FilterOpts{Context: ctx, Start: an.Block}, nil, []common.Address{x.Device}, nil)
	if err != nil {
		return common.Hash{}, 0, false, fmt.Errorf("find ExcursionRecorded: %w", err)
	}
	defer it.Close()
	for it.Next() {
		ev := it.Event
		if ev.Gateway == c.anchorer.custodian && ev.BatchRoot == an.Root && ev.StartedAt.Uint64() == x.StartedAt &&
			ev.EndedAt.Uint64() == x.EndedAt {
			return ev.Raw.TxHash, ev.Raw.BlockNumber, true, nil
		}
	}
	if err := it.Error(); err != nil {
		return common.Hash{}, 0, false, fmt.Errorf("find ExcursionRecorded: %w", err)
	}
	return common.Hash{}, 0, false, nil
}
