package gateway

import (
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/readings"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
)

// maxSettingBody bounds a setting request (a few hundred bytes).
const maxSettingBody = 4096

// SettingResult is the answer to a setting taken: what the site's settings of the device now are.
type SettingResult struct {
	Action telemetry.SettingAction `json:"action"`
	Signer common.Address          `json:"signer"`
	Settings
}

// Settings are a cold store's settings at the gateway: its site's temperature range (default 2–8 °C) and the
// vaccine lots the fridge holds (GET /v1/settings/{device}).
type Settings struct {
	Device common.Address `json:"device"`
	Site   string         `json:"site"`
	Range  RangeSetting   `json:"range"`
	Lots   []LotHeld      `json:"lots"`
}

// RangeSetting is a site's range: set by a registrar (SetBy, SetAt), or the default.
type RangeSetting struct {
	MinMilli int64           `json:"minMilli"`
	MaxMilli int64           `json:"maxMilli"`
	Default  bool            `json:"default"`
	SetBy    *common.Address `json:"setBy,omitempty"`
	SetAt    *time.Time      `json:"setAt,omitempty"`
}

// LotHeld is a lot the fridge holds, since when and who added it.
type LotHeld struct {
	Lot     string         `json:"lot"`
	AddedAt time.Time      `json:"addedAt"`
	AddedBy common.Address `json:"addedBy"`
}

// coldStore looks a device up and refuses one that is not an active, registered cold store.
func (s *Service) coldStore(r *http.Request, device common.Address) (Device, *telemetry.Error) {
	d, err := s.acceptor.reg.Device(r.Context(), device)
	switch {
	case err != nil:
		return d, telemetry.Errorf(telemetry.CodeUnavailable, "device registry unavailable")
	case !registered(&d):
		return d, telemetry.Errorf(telemetry.CodeUnregistered, "device %s is not in the DeviceRegistry", device)
	case !d.Active:
		return d, telemetry.Errorf(telemetry.CodeInactive, "device %s was deregistered or its key rotated", device)
	case telemetry.Kind(d.Kind) != telemetry.KindColdStore:
		return d, telemetry.Errorf(telemetry.CodeNotColdStore, "device %s is not a cold-store sensor", device)
	}
	return d, nil
}

// handleSetting takes a site's signed setting (a threshold, a lot added or removed): its shape and time, the
// signature, the device (an active cold store) and its registrar (the signer), then once.
func (s *Service) handleSetting(w http.ResponseWriter, r *http.Request) {
	set, e := decodeSetting(r)
	now := time.Now()
	if e == nil {
		e = set.Check(now)
	}
	var signer common.Address
	if e == nil {
		signer, e = set.Signer(s.acceptor.domain)
	}
	var d Device
	if e == nil {
		d, e = s.coldStore(r, set.Device)
	}
	if e == nil && d.Registrar != signer {
		e = telemetry.Errorf(telemetry.CodeNotRegistrar, "signed by %s, not by %s, the registrar of device %s", signer, d.Registrar, set.Device)
	}
	if e != nil {
		writeError(w, e)
		return
	}
	site := vocab.ODSString(d.Site)
	err := s.store.Apply(r.Context(), &readings.Applied{Digest: set.Digest(s.acceptor.domain), Signer: signer, Site: site,
		TakenAt: now, Setting: set.Setting})
	switch {
	case errors.Is(err, readings.ErrDuplicate):
		e = telemetry.Errorf(telemetry.CodeSettingReplayed, "this signed setting was taken already")
	case errors.Is(err, readings.ErrLotHeld):
		e = telemetry.Errorf(telemetry.CodeLotHeld, "the fridge holds lot %s already", set.Lot)
	case errors.Is(err, readings.ErrTooManyLots):
		e = telemetry.Errorf(telemetry.CodeTooManyLots, "the fridge holds %d lots already", telemetry.MaxLots)
	case errors.Is(err, readings.ErrNotFound):
		e = telemetry.Errorf(telemetry.CodeNotFound, "the fridge does not hold lot %s", set.Lot)
	case err != nil:
		s.log.Error("apply setting", "err", err)
		e = telemetry.Errorf(telemetry.CodeUnavailable, "the readings store is unavailable; nothing was changed")
	}
	if e != nil {
		writeError(w, e)
		return
	}
	s.log.Info("site setting", "action", set.Action, "device", set.Device, "site", site, "signer", signer)
	st, e := s.settingsOf(r, set.Device, site)
	if e != nil {
		writeError(w, e)
		return
	}
	writeJSON(w, http.StatusOK, SettingResult{Action: set.Action, Signer: signer, Settings: *st})
}

func decodeSetting(r *http.Request) (*telemetry.SignedSetting, *telemetry.Error) {
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		return nil, telemetry.Errorf(telemetry.CodeUnsupportedType, "send Content-Type: application/json")
	}
	dec := json.NewDecoder(http.MaxBytesReader(nil, r.Body, maxSettingBody))
	dec.DisallowUnknownFields()
	var set telemetry.SignedSetting
	err := dec.Decode(&set)
	if err == nil && dec.Decode(new(json.RawMessage)) != io.EOF {
		err = errors.New("more than one JSON value")
	}
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return nil, telemetry.Errorf(telemetry.CodeBodyTooLarge, "the body is over %d bytes", maxSettingBody)
	case err != nil && strings.HasPrefix(err.Error(), "json: unknown field"):
		return nil, telemetry.Errorf(telemetry.CodeUnknownField, "%v", err)
	case err != nil:
		return nil, telemetry.Errorf(telemetry.CodeMalformedJSON, "%v", err)
	}
	return &set, nil
}

// handleSettings serves a cold store's settings (its site's range, the lots it holds): none is personal data.
func (s *Service) handleSettings(w http.ResponseWriter, r *http.Request) {
	if !common.IsHexAddress(r.PathValue("device")) {
		writeError(w, telemetry.Errorf(telemetry.CodeInvalidBatch, "device is not an address"))
		return
	}
	device := common.HexToAddress(r.PathValue("device"))
	d, e := s.coldStore(r, device)
	if e == nil {
		var st *Settings
		if st, e = s.settingsOf(r, device, vocab.ODSString(d.Site)); e == nil {
			writeJSON(w, http.StatusOK, st)
			return
		}
	}
	writeError(w, e)
}

func (s *Service) settingsOf(r *http.Request, device common.Address, site string) (*Settings, *telemetry.Error) {
	rng, t, err := s.cold.rangeOf(r.Context(), site)
	var ls []readings.Lot
	if err == nil {
		now := time.Now()
		ls, err = s.store.Lots(r.Context(), device, now, now)
	}
	if err != nil {
		s.log.Error("read settings", "err", err)
		return nil, telemetry.Errorf(telemetry.CodeUnavailable, "the readings store is unavailable")
	}
	out := &Settings{Device: device, Site: site, Range: RangeSetting{MinMilli: rng.MinMilli, MaxMilli: rng.MaxMilli, Default: t == nil},
		Lots: []LotHeld{}}
	if t != nil {
		at := t.SetAt.UTC()
		out.Range.SetBy, out.Range.SetAt = &t.SetBy, &at
	}
	for _, l := range ls {
		out.Lots = append(out.Lots, LotHeld{Lot: l.Lot, AddedAt: l.AddedAt.UTC(), AddedBy: l.AddedBy})
	}
	return out, nil
}
