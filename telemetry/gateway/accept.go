package gateway

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/bevan-health/bevan/commitment"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/readings"
	"github.com/bevan-health/bevan/telemetry/ward"
	"github.com/bevan-health/bevan/vocab"
)

// acceptor is the path of one batch, cheapest check first: shape, units and times; signature; registration and
// kind (a cached chain read); sequence (Redis); then the durable write.
type acceptor struct {
	limits telemetry.Limits
	domain telemetry.Domain
	reg    Registry
	seq    *sequences
	store  readings.Store
	rules  *ward.Rules
	// alerted counts an alert raised (metrics).
	alerted func(rule string)
	log     *slog.Logger
}

// Accepted is the answer to a kept batch.
type Accepted struct {
	Device   string `json:"device"`
	Sequence uint64 `json:"sequence"`
	Readings int    `json:"readings"`
}

// accept checks s and keeps it; nil error means committed to the store.
func (a *acceptor) accept(ctx context.Context, s *telemetry.Signed, now time.Time) (*Accepted, *telemetry.Error) {
	if e := s.Check(a.limits, now); e != nil {
		return nil, e
	}
	if e := s.Verify(a.domain); e != nil {
		return nil, e
	}
	dev, e := admit(ctx, a.reg, s)
	if e != nil {
		return nil, e
	}
	if e := a.seq.claim(ctx, s.Device, s.Sequence, a.store.Highest); e != nil {
		if e.Code != telemetry.CodeReplayed {
			return nil, e
		}
		// Redis holds the number, but a gateway killed between its claim and its write leaves a number claimed with
		// nothing kept, and the device's retry would be refused for good: the store decides (its unique key refuses
		// a true replay, also one racing on another replica).
		kept, err := a.store.Has(ctx, s.Device, s.Sequence)
		if err != nil {
			a.log.Error("replay check", "err", err)
			return nil, telemetry.Errorf(telemetry.CodeUnavailable, "the readings store is unavailable; send the batch again")
		}
		if kept {
			return nil, e
		}
	}
	// A patient's batch is checked against the ward's rules; its alerts are kept with it, in one transaction.
	site := vocab.ODSString(dev.Site)
	raised := ward.Evaluate(a.rules.For(site), &s.Batch, dev.Patient, site)
	alerts := make([]readings.Alert, 0, len(raised))
	salt, err := commitment.NewSalt()
	for i := 0; err == nil && i < len(raised); i++ {
		var st readings.Alert
		st, err = raised[i].Stored()
		alerts = append(alerts, st)
	}
	if err == nil {
		err = a.store.Put(ctx, &s.Batch, salt, now, alerts...)
	}
	switch {
	case errors.Is(err, readings.ErrDuplicate):
		return nil, telemetry.Errorf(telemetry.CodeReplayed, "sequence %d of device %s was accepted already", s.Sequence, s.Device)
	case err != nil:
		// Not kept: give the number back so the device's retry is taken.
		if rerr := a.seq.release(context.WithoutCancel(ctx), s.Device, s.Sequence); rerr != nil {
			a.log.Error("release sequence", "err", rerr)
		}
		a.log.Error("keep batch", "device", s.Device, "err", err)
		return nil, telemetry.Errorf(telemetry.CodeUnavailable, "the batch could not be kept; send it again")
	}
	for i := range raised {
		a.alerted(raised[i].Rule)
	}
	return &Accepted{Device: s.Device.Hex(), Sequence: s.Sequence, Readings: len(s.Readings)}, nil
}
