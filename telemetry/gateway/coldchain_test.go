package gateway_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/excursion"
	"github.com/bevan-health/bevan/telemetry/gateway"
	"github.com/bevan-health/bevan/telemetry/readings"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	_ "modernc.org/sqlite" // the test edits the gateway's SQLite store as a crash leaves it
)

// postSetting signs a setting with key and posts it; it returns the status, the error code ("" for success) and
// the answer.
func postSetting(t *testing.T, g *gateway.Service, key *ecdsa.PrivateKey, s telemetry.Setting) (int, telemetry.Code, *gateway.SettingResult) {
	t.Helper()
	if s.IssuedAt == 0 {
		s.IssuedAt = uint64(time.Now().Unix())
	}
	signed, err := s.Sign(key, g.Domain())
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := json.Marshal(signed)
	return postSettingRaw(t, g, raw)
}

func postSettingRaw(t *testing.T, g *gateway.Service, raw []byte) (int, telemetry.Code, *gateway.SettingResult) {
	t.Helper()
	resp, err := http.Post("http://"+g.Addr()+"/v1/settings", "application/json", bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode == http.StatusOK {
		var res gateway.SettingResult
		if err := json.Unmarshal(body, &res); err != nil {
			t.Fatal(err)
		}
		return resp.StatusCode, "", &res
	}
	var eb telemetry.ErrorBody
	if err := json.Unmarshal(body, &eb); err != nil || eb.Error == nil {
		t.Fatalf("HTTP %d without an error body: %s", resp.StatusCode, body)
	}
	return resp.StatusCode, eb.Error.Code, nil
}

// excursionsRecorded returns the DeviceRegistry's ExcursionRecorded events of device.
func excursionsRecorded(t *testing.T, e *env, device common.Address) []*bindings.DeviceRegistryExcursionRecorded {
	t.Helper()
	m := e.s.Manifest
	f, err := bindings.NewDeviceRegistryFilterer(m.DevicesAddress(), e.eth)
	if err != nil {
		t.Fatal(err)
	}
	it, err := f.FilterExcursionRecorded(&bind.FilterOpts{Context: context.Background()}, nil, []common.Address{device}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	var out []*bindings.DeviceRegistryExcursionRecorded
	for it.Next() {
		out = append(out, it.Event)
	}
	return out
}

// TestColdChain: a site's registrar sets its range and the fridge's lots by signed settings (anyone else, a replay,
// a malformed lot, a second copy of a held lot are refused and change nothing); a fridge drifting out of the range is
// found when the reading that closes the excursion is anchored, its record anchored in that very batch with the lots
// held, proven on chain, and recorded in the DeviceRegistry once — also when a gateway dies between sending
// recordExcursion and noting it, and the next start finds it on chain.
func TestColdChain(t *testing.T) {
	e := newEnv(t)
	db := storetest.SQLiteURL(t)
	g := e.gateway(t, db, nil)
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	dev := e.devices.add(key, telemetry.KindColdStore, common.Address{}, true)
	trust, gp := devnet.DevKey(devnet.RoleTrust), devnet.DevKey(devnet.RoleGP)

	now := time.Now().Truncate(time.Minute)
	ago := func(d time.Duration) uint64 { return uint64(now.Add(-d).Unix()) }

	// Settings: only the fridge's registrar, each once. Lots are booked with when they went into (or out of) the
	// fridge.
	th := telemetry.Setting{Device: dev, Action: telemetry.ActionThresholdSet, MinMilli: 2000, MaxMilli: 8000}
	if st, code, res := postSetting(t, g, trust, th); st != 200 || res.Site != "RJ1" || res.Range.Default || res.Range.MaxMilli != 8000 {
		t.Fatalf("threshold: HTTP %d %s %+v", st, code, res)
	}
	for _, l := range []struct {
		lot    string
		action telemetry.SettingAction
		at     time.Duration
	}{{"MMR-77B", telemetry.ActionLotAdd, 3 * time.Hour}, {"FLU-2026-A1", telemetry.ActionLotAdd, 3 * time.Hour},
		{"HPV-9", telemetry.ActionLotAdd, 2 * time.Hour}, {"HPV-9", telemetry.ActionLotRemove, 90 * time.Minute},
		{"DTP-5", telemetry.ActionLotAdd, 30 * time.Minute}} {
		s := telemetry.Setting{Device: dev, Action: l.action, Lot: l.lot, EffectiveAt: ago(l.at)}
		if st, code, _ := postSetting(t, g, trust, s); st != 200 {
			t.Fatalf("%s %s: HTTP %d %s", l.action, l.lot, st, code)
		}
	}
	once := telemetry.Setting{Device: dev, Action: telemetry.ActionLotAdd, Lot: "RSV-1", IssuedAt: uint64(time.Now().Unix())}
	signedOnce, _ := once.Sign(trust, g.Domain())
	rawOnce, _ := json.Marshal(signedOnce)
	if st, code, _ := postSettingRaw(t, g, rawOnce); st != 200 {
		t.Fatalf("lot RSV-1: HTTP %d %s", st, code)
	}
	oxKey, _ := crypto.GenerateKey()
	ox := e.devices.add(oxKey, telemetry.KindPulseOximeter, devnet.DevAddress(devnet.RolePatient), true)
	refused := map[string]struct {
		key  *ecdsa.PrivateKey
		s    telemetry.Setting
		raw  []byte
		code telemetry.Code
	}{
		"another registrar": {key: gp, s: telemetry.Setting{Device: dev, Action: telemetry.ActionLotAdd, Lot: "X1"}, code: telemetry.CodeNotRegistrar},
		"replayed":          {raw: rawOnce, code: telemetry.CodeSettingReplayed},
		"lot held":          {key: trust, s: telemetry.Setting{Device: dev, Action: telemetry.ActionLotAdd, Lot: "MMR-77B"}, code: telemetry.CodeLotHeld},
		"lot not held":      {key: trust, s: telemetry.Setting{Device: dev, Action: telemetry.ActionLotRemove, Lot: "NOPE-1"}, code: telemetry.CodeNotFound},
		"free text lot":     {key: trust, s: telemetry.Setting{Device: dev, Action: telemetry.ActionLotAdd, Lot: "Mrs P's insulin"}, code: telemetry.CodeInvalidSetting},
		"empty range":       {key: trust, s: telemetry.Setting{Device: dev, Action: telemetry.ActionThresholdSet, MinMilli: 8000, MaxMilli: 2000}, code: telemetry.CodeInvalidSetting},
		"unknown action":    {key: trust, s: telemetry.Setting{Device: dev, Action: "drop-table"}, code: telemetry.CodeInvalidSetting},
		"stale":             {key: trust, s: telemetry.Setting{Device: dev, Action: telemetry.ActionLotAdd, Lot: "X2", IssuedAt: uint64(time.Now().Add(-time.Hour).Unix())}, code: telemetry.CodeTimeOutOfRange},
		"backdated too far": {key: trust, s: telemetry.Setting{Device: dev, Action: telemetry.ActionLotAdd, Lot: "X4", EffectiveAt: ago(8 * 24 * time.Hour)}, code: telemetry.CodeTimeOutOfRange},
		"not a cold store":  {key: trust, s: telemetry.Setting{Device: ox, Action: telemetry.ActionLotAdd, Lot: "X3"}, code: telemetry.CodeNotColdStore},
	}
	for name, tc := range refused {
		t.Run(name, func(t *testing.T) {
			var code telemetry.Code
			if tc.raw != nil {
				_, code, _ = postSettingRaw(t, g, tc.raw)
			} else {
				_, code, _ = postSetting(t, g, tc.key, tc.s)
			}
			if code != tc.code {
				t.Fatalf("%s, want %s", code, tc.code)
			}
		})
	}
	if st, code, _ := postSetting(t, g, trust, telemetry.Setting{Device: dev, Action: telemetry.ActionLotRemove, Lot: "RSV-1"}); st != 200 {
		t.Fatalf("remove RSV-1: HTTP %d %s", st, code)
	}
	settings := mustGetJSON[gateway.Settings](t, fmt.Sprintf("http://%s/v1/settings/%s", g.Addr(), dev))
	var held []string
	for _, l := range settings.Lots {
		held = append(held, l.Lot)
	}
	if !slices.Equal(held, []string{"FLU-2026-A1", "MMR-77B", "DTP-5"}) || settings.Range.SetBy == nil ||
		*settings.Range.SetBy != devnet.DevAddress(devnet.RoleTrust) {
		t.Fatalf("settings %+v", settings)
	}

	// The fridge drifts to 9.5 °C for 40 minutes (minute readings of the last hour): batch 1 ends out of range,
	// nothing to record; batch 2 holds the reading back in range, and the excursion's record joins its anchor.
	temp := func(m int) int64 { // m minutes ago
		switch {
		case m > 50 || m <= 10:
			return 5000
		case m == 50:
			return 8600
		default:
			return 9500 - int64(m%3)*100
		}
	}
	var batches [2]telemetry.Batch
	for m := 60; m >= 1; m-- {
		b := &batches[0]
		if m < 30 {
			b = &batches[1]
		}
		b.Readings = append(b.Readings, telemetry.Reading{Time: ago(time.Duration(m) * time.Minute), Code: telemetry.CodeRoomTemperature,
			ValueMilli: temp(m), Unit: "Cel"})
	}
	for i := range batches {
		batches[i].Sequence = uint64(i + 1)
		s, err := batches[i].Sign(key, g.Domain())
		if err != nil {
			t.Fatal(err)
		}
		if st, code := postBatch(t, g, s); st != 200 {
			t.Fatalf("batch %d: HTTP %d %s", i+1, st, code)
		}
		if i == 0 {
			if n, err := g.AnchorNow(ctx); err != nil || n != 31 {
				t.Fatalf("first anchor: %d leaves (%v), want its 31 readings and no record", n, err)
			}
		}
	}
	if n, err := g.FollowNow(ctx); err != nil || n != 0 {
		t.Fatalf("follow-up before the excursion ended: %d %v", n, err)
	}
	if n, err := g.AnchorNow(ctx); err != nil || n != 29+1 {
		t.Fatalf("second anchor: %d leaves (%v), want its 29 readings and the excursion", n, err)
	}
	recs, err := g.Store().ListRecords(ctx, readings.RecordQuery{Kind: telemetry.RecordExcursion, Device: dev})
	if err != nil || len(recs) != 1 {
		t.Fatalf("excursion records %+v %v", recs, err)
	}
	var x excursion.Record
	if err := recs[0].Decode(&x); err != nil {
		t.Fatal(err)
	}
	if x.StartedAt != ago(50*time.Minute) || x.EndedAt != ago(10*time.Minute) || x.MinMilli != 8600 || x.MaxMilli != 9500 ||
		x.Readings != 40 || x.Site != "RJ1" || !slices.Equal(x.AffectedLots, []string{"FLU-2026-A1", "MMR-77B", "DTP-5"}) {
		t.Fatalf("excursion %+v", x)
	}
	p, st := getRecordProof(t, g, recs[0].ID)
	if st != 200 {
		t.Fatalf("excursion proof: HTTP %d", st)
	}
	if _, err := telemetry.VerifyRecordProof(ctx, e.eth, p); err != nil {
		t.Fatal(err)
	}
	closing, st := getProof(t, g.Addr(), dev, 2, 19) // 10 minutes ago: back at 5 °C
	if st != 200 || closing.Reading.Time != x.EndedAt || closing.BatchRoot != p.BatchRoot {
		t.Fatalf("the closing reading's proof: HTTP %d %+v, want it in the excursion's batch %s", st, closing, p.BatchRoot)
	}

	// Recorded in the DeviceRegistry once the batch is on chain, once.
	if n, err := g.FollowNow(ctx); err != nil || n != 1 {
		t.Fatalf("follow-up: %d %v", n, err)
	}
	if n, err := g.FollowNow(ctx); err != nil || n != 0 {
		t.Fatalf("second follow-up: %d %v", n, err)
	}
	evs := excursionsRecorded(t, e, dev)
	if len(evs) != 1 {
		t.Fatalf("%d ExcursionRecorded, want 1", len(evs))
	}
	ev := evs[0]
	if ev.StartedAt.Uint64() != x.StartedAt || ev.EndedAt.Uint64() != x.EndedAt || ev.MinCentiCelsius != 860 ||
		ev.MaxCentiCelsius != 950 || ev.BatchRoot != p.BatchRoot || ev.Gateway != g.Custodian() ||
		!slices.Equal(ev.AffectedLots, x.AffectedLots) {
		t.Fatalf("ExcursionRecorded %+v", ev)
	}
	rec, err := g.Store().Record(ctx, recs[0].ID)
	if err != nil || rec.FollowUp.TxHash != ev.Raw.TxHash {
		t.Fatalf("follow-up %+v %v, want tx %s", rec.FollowUp, err, ev.Raw.TxHash)
	}

	// The gateway dies after recordExcursion was mined but before it noted it (what the store holds then), and a new
	// one starts: it finds the excursion on chain and sends nothing.
	if err := g.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	raw, err := sql.Open("sqlite", strings.TrimPrefix(db, "sqlite://"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`UPDATE telemetry_records SET followed_tx = NULL, followed_block = NULL, followed_at = NULL,
		follow_lease_until = 0`); err != nil {
		t.Fatal(err)
	}
	_ = raw.Close()
	g2 := e.gateway(t, db, nil)
	// The new gateway's first round (at its start) or this call takes the record up, whichever leases it first.
	if _, err := g2.FollowNow(ctx); err != nil {
		t.Fatalf("follow-up after the restart: %v", err)
	}
	for wait := 0; ; wait++ {
		if rec, err = g2.Store().Record(ctx, recs[0].ID); err != nil {
			t.Fatal(err)
		}
		if rec.FollowUp.Done() || wait == 600 {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if rec.FollowUp.TxHash != ev.Raw.TxHash || rec.FollowUp.Note != "found on chain" {
		t.Fatalf("follow-up after the restart %+v", rec.FollowUp)
	}
	if evs := excursionsRecorded(t, e, dev); len(evs) != 1 {
		t.Fatalf("%d ExcursionRecorded after the restart, want 1", len(evs))
	}
	// The gateway's own view: a DetectedIssue with the site's range and the lots held.
	ex := mustGetJSON[gateway.Excursions](t, fmt.Sprintf("http://%s/v1/excursions/%s?hours=2", g2.Addr(), dev))
	if len(ex.Excursions) != 1 || !strings.Contains(ex.Excursions[0]["detail"].(string), "Vaccine lots held: FLU-2026-A1, MMR-77B, DTP-5.") {
		t.Fatalf("excursions %+v", ex)
	}
}
