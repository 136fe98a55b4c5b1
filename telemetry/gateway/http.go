package gateway

import (
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/bevan-health/bevan/internal/apierr"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/excursion"
	"github.com/bevan-health/bevan/telemetry/readings"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

func (s *Service) routes() http.Handler {
	return apierr.Mux(map[string]http.HandlerFunc{
		"POST /v1/readings":                          s.handleReadings,
		"GET /v1/proofs/{device}/{sequence}/{index}": s.handleProof,
		"GET /v1/excursions/{device}":                s.handleExcursions,
		"GET /v1/records/{id}/proof":                 s.handleRecordProof,
		"POST /v1/settings":                          s.handleSetting,
		"GET /v1/settings/{device}":                  s.handleSettings,
		"GET /v1/signin/message":                     s.handleSignInMessage,
		"POST /v1/signin":                            s.handleSignIn,
		"GET /v1/readings":                           s.handlePatientReadings,
		"GET /v1/alerts":                             s.handleAlerts,
		"GET /healthz": func(w http.ResponseWriter, _ *http.Request) {
			writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
		},
	}, telemetry.CodeMethod, telemetry.CodeNotFound)
}

func writeJSON(w http.ResponseWriter, status int, v any) { apierr.WriteJSON(w, status, v) }

func writeError(w http.ResponseWriter, e *telemetry.Error) { apierr.Write(w, e) }

// decodeBatch reads a signed batch strictly: JSON media type, at most max bytes, no unknown field, one value.
func decodeBatch(r *http.Request, max int64) (*telemetry.Signed, *telemetry.Error) {
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		return nil, telemetry.Errorf(telemetry.CodeUnsupportedType, "send Content-Type: application/json")
	}
	body := http.MaxBytesReader(nil, r.Body, max)
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	var s telemetry.Signed
	err := dec.Decode(&s)
	if err == nil && dec.Decode(new(json.RawMessage)) != io.EOF {
		err = errors.New("more than one JSON value")
	}
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return nil, telemetry.Errorf(telemetry.CodeBodyTooLarge, "the body is over %d bytes", max)
	case err != nil && strings.HasPrefix(err.Error(), "json: unknown field"):
		return nil, telemetry.Errorf(telemetry.CodeUnknownField, "%v", err)
	case err != nil:
		return nil, telemetry.Errorf(telemetry.CodeMalformedJSON, "%v", err)
	}
	return &s, nil
}

func (s *Service) handleReadings(w http.ResponseWriter, r *http.Request) {
	b, e := decodeBatch(r, s.cfg.MaxBody)
	if e == nil {
		var acc *Accepted
		if acc, e = s.acceptor.accept(r.Context(), b, time.Now()); e == nil {
			s.metrics.accepted.Add(float64(acc.Readings))
			writeJSON(w, http.StatusOK, acc)
			return
		}
	}
	s.metrics.refused.WithLabelValues(string(e.Code)).Inc()
	writeError(w, e)
}

// handleProof serves the proof of one reading of a site's device (a cold store). A patient's device's readings are
// health data: the gateway does not serve them here.
func (s *Service) handleProof(w http.ResponseWriter, r *http.Request) {
	device, ok := s.siteDevice(w, r)
	if !ok {
		return
	}
	seq, err1 := strconv.ParseUint(r.PathValue("sequence"), 10, 64)
	idx, err2 := strconv.ParseUint(r.PathValue("index"), 10, 32)
	if err1 != nil || err2 != nil {
		writeError(w, telemetry.Errorf(telemetry.CodeInvalidBatch, "sequence and index must be unsigned integers"))
		return
	}
	k, err := s.store.Reading(r.Context(), device, seq, uint32(idx))
	if errors.Is(err, readings.ErrNotFound) {
		writeError(w, telemetry.Errorf(telemetry.CodeNotFound, "no reading %d of device %s sequence %d", idx, device, seq))
		return
	}
	if err != nil {
		s.log.Error("read reading", "err", err)
		writeError(w, telemetry.Errorf(telemetry.CodeUnavailable, "the readings store is unavailable"))
		return
	}
	p, err := s.anchorer.prove(r.Context(), k)
	if errors.Is(err, errNotAnchored) {
		writeError(w, telemetry.Errorf(telemetry.CodeNotAnchored, "the reading's batch is not anchored yet; ask again after the next anchor"))
		return
	}
	if err != nil {
		s.log.Error("prove reading", "err", err)
		writeError(w, telemetry.Errorf(telemetry.CodeInternal, "the proof could not be built"))
		return
	}
	writeJSON(w, http.StatusOK, p)
}

// handleRecordProof serves the proof of a record the gateway derived (an excursion) and anchored, for a site's
// device; a patient's device's records (virtual-ward alerts) are not served here.
func (s *Service) handleRecordProof(w http.ResponseWriter, r *http.Request) {
	raw, err := hexutil.Decode(r.PathValue("id"))
	if err != nil || len(raw) != common.HashLength {
		writeError(w, telemetry.Errorf(telemetry.CodeInvalidBatch, "record id must be 0x and 64 hex digits"))
		return
	}
	rec, err := s.store.Record(r.Context(), common.BytesToHash(raw))
	if errors.Is(err, readings.ErrNotFound) {
		writeError(w, telemetry.Errorf(telemetry.CodeNotFound, "no record %s", common.BytesToHash(raw).Hex()))
		return
	}
	if err != nil {
		s.log.Error("read record", "err", err)
		writeError(w, telemetry.Errorf(telemetry.CodeUnavailable, "the readings store is unavailable"))
		return
	}
	if !s.isSiteDevice(w, r, rec.Device) {
		return
	}
	p, err := s.anchorer.proveRecord(r.Context(), rec)
	if errors.Is(err, errNotAnchored) {
		writeError(w, telemetry.Errorf(telemetry.CodeNotAnchored, "the record's batch is not anchored yet; ask again after the next anchor"))
		return
	}
	if err != nil {
		s.log.Error("prove record", "err", err)
		writeError(w, telemetry.Errorf(telemetry.CodeInternal, "the proof could not be built"))
		return
	}
	writeJSON(w, http.StatusOK, p)
}

// siteDevice reads the {device} path value and refuses a patient's device (its readings are health data, released
// only under consent) or an unknown one; it answers the error itself.
func (s *Service) siteDevice(w http.ResponseWriter, r *http.Request) (common.Address, bool) {
	if !common.IsHexAddress(r.PathValue("device")) {
		writeError(w, telemetry.Errorf(telemetry.CodeInvalidBatch, "device is not an address"))
		return common.Address{}, false
	}
	device := common.HexToAddress(r.PathValue("device"))
	return device, s.isSiteDevice(w, r, device)
}

// isSiteDevice refuses (answering the error itself) a patient's device, whose readings and records are health data
// released only under consent.
func (s *Service) isSiteDevice(w http.ResponseWriter, r *http.Request, device common.Address) bool {
	d, err := s.acceptor.reg.Device(r.Context(), device)
	if err != nil {
		writeError(w, telemetry.Errorf(telemetry.CodeUnavailable, "device registry unavailable"))
		return false
	}
	if d.Patient != (common.Address{}) {
		writeError(w, telemetry.Errorf(telemetry.CodePatientDevice, "readings and records of a patient's device are not served here"))
		return false
	}
	return true
}

// Excursions is the answer of GET /v1/excursions/{device}: FHIR R4 DetectedIssues, oldest first.
type Excursions struct {
	Device     common.Address   `json:"device"`
	From       string           `json:"from"`
	Excursions []map[string]any `json:"excursions"`
}

// handleExcursions finds a cold store's excursions out of its site's range (2–8 °C by default) in its readings of the last ?hours (default 24,
// at most a week).
func (s *Service) handleExcursions(w http.ResponseWriter, r *http.Request) {
	device, ok := s.siteDevice(w, r)
	if !ok {
		return
	}
	hours, e := hoursParam(r)
	if e != nil {
		writeError(w, e)
		return
	}
	to := time.Now().Add(s.cfg.Limits.MaxSkew)
	from := to.Add(-time.Duration(hours) * time.Hour)
	ks, err := s.store.Series(r.Context(), device, telemetry.CodeRoomTemperature, from, to)
	if err != nil {
		s.log.Error("read series", "err", err)
		writeError(w, telemetry.Errorf(telemetry.CodeUnavailable, "the readings store is unavailable"))
		return
	}
	rs := make([]telemetry.Reading, len(ks))
	for i := range ks {
		rs[i] = ks[i].Reading
	}
	d, err := s.acceptor.reg.Device(r.Context(), device)
	if err != nil {
		writeError(w, telemetry.Errorf(telemetry.CodeUnavailable, "device registry unavailable"))
		return
	}
	rng, _, err := s.cold.rangeOf(r.Context(), vocab.ODSString(d.Site))
	if err != nil {
		s.log.Error("read range", "err", err)
		writeError(w, telemetry.Errorf(telemetry.CodeUnavailable, "the readings store is unavailable"))
		return
	}
	out := Excursions{Device: device, From: from.UTC().Format(time.RFC3339), Excursions: []map[string]any{}}
	for _, e := range excursion.Find(device, rs, rng) {
		end := e.End
		if e.Ongoing() {
			end = time.Now()
		}
		lots, err := s.cold.lotNames(r.Context(), device, e.Start, end)
		if err != nil {
			s.log.Error("read lots", "err", err)
			writeError(w, telemetry.Errorf(telemetry.CodeUnavailable, "the readings store is unavailable"))
			return
		}
		out.Excursions = append(out.Excursions, excursion.DetectedIssue(&e, rng, lots))
	}
	writeJSON(w, http.StatusOK, out)
}
