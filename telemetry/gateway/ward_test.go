package gateway_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/internal/privacytest"
	"github.com/bevan-health/bevan/signin"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/gateway"
	"github.com/bevan-health/bevan/telemetry/readings"
	"github.com/bevan-health/bevan/telemetry/ward"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// orgClient is a care organisation signed in to a gateway.
type orgClient struct {
	t     *testing.T
	base  string
	token string
}

// signIn signs in to the gateway at addr with key (EIP-4361: the gateway's message, personal_signed).
func signIn(t *testing.T, addr string, key *ecdsa.PrivateKey) *orgClient {
	t.Helper()
	base := "http://" + addr
	m := mustGetJSON[gateway.SignInMessage](t, base+"/v1/signin/message?address="+crypto.PubkeyToAddress(key.PublicKey).Hex())
	sig, err := signin.Sign(m.Message, key)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := json.Marshal(gateway.SignInRequest{Message: m.Message, Signature: hexutil.Encode(sig)})
	resp, err := http.Post(base+"/v1/signin", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var in gateway.SignedIn
	if err := json.NewDecoder(resp.Body).Decode(&in); err != nil || resp.StatusCode != http.StatusOK || in.Token == "" {
		t.Fatalf("sign in: HTTP %d %v", resp.StatusCode, err)
	}
	return &orgClient{t: t, base: base, token: in.Token}
}

// get fetches path with the organisation's token into out (on 200) and returns the status, the error code and the
// raw body.
func (o *orgClient) get(path string, out any) (int, telemetry.Code, []byte) {
	o.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, o.base+path, nil)
	if o.token != "" {
		req.Header.Set("Authorization", "Bearer "+o.token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		o.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		var eb telemetry.ErrorBody
		if err := json.Unmarshal(raw, &eb); err != nil || eb.Error == nil {
			o.t.Fatalf("GET %s: HTTP %d without an error body: %s", path, resp.StatusCode, raw)
		}
		return resp.StatusCode, eb.Error.Code, raw
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			o.t.Fatalf("GET %s: %v", path, err)
		}
	}
	return resp.StatusCode, "", raw
}

// oximeterBatch signs a pulse oximeter's batch: SpO2 and heart rate (× 1000) a minute apart, ending now.
func oximeterBatch(t *testing.T, key *ecdsa.PrivateKey, d telemetry.Domain, seq uint64, spo2, pulse []int64) *telemetry.Signed {
	t.Helper()
	b := &telemetry.Batch{Sequence: seq}
	now := uint64(time.Now().Unix())
	for i := range spo2 {
		at := now - uint64(60*(len(spo2)-1-i))
		b.Readings = append(b.Readings, telemetry.Reading{Time: at, Code: telemetry.CodeSpO2, ValueMilli: spo2[i], Unit: "%"},
			telemetry.Reading{Time: at, Code: telemetry.CodeHeartRate, ValueMilli: pulse[i], Unit: "/min"})
	}
	s, err := b.Sign(key, d)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// consent grants (or, with id set, revokes) a patient's consent from the patient's own key.
func (e *env) consent(t *testing.T, patient *ecdsa.PrivateKey, grantee common.Address, revoke *big.Int) *big.Int {
	t.Helper()
	m := e.s.Manifest
	cr, err := bindings.NewConsentRegistry(m.ConsentsAddress(), e.eth)
	if err != nil {
		t.Fatal(err)
	}
	opts, err := bind.NewKeyedTransactorWithChainID(patient, new(big.Int).SetUint64(m.ChainID))
	if err != nil {
		t.Fatal(err)
	}
	var tx *types.Transaction
	if revoke != nil {
		tx, err = cr.Revoke(opts, revoke)
	} else {
		tx, err = cr.Grant(opts, crypto.PubkeyToAddress(patient.PublicKey), grantee, vocab.PurposeMask(gateway.ReleasePurpose),
			vocab.ActionMask(gateway.ReleaseAction), new(big.Int), [32]byte{})
	}
	if err != nil {
		t.Fatal(err)
	}
	r, err := bind.WaitMined(context.Background(), e.eth, tx)
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("consent transaction: %v", err)
	}
	if revoke != nil {
		return revoke
	}
	for _, l := range r.Logs {
		if ev, err := cr.ParseConsentGranted(*l); err == nil {
			return ev.ConsentId
		}
	}
	t.Fatal("no ConsentGranted event")
	return nil
}

// TestWardAlertsReleased: a patient's pulse oximeter dips below 92 %; the gateway raises one spo2-low alert with the
// batch (kept in its transaction), anchors it as a salted leaf of the anchor that takes the reading, and releases it
// and the readings to the care organisation the patient's consent permits (TREAT, access) — only while it does: not
// before the grant, not to another organisation, not once revoked (the very next request). Every decision is logged
// without the patient's wallet, the device or a value, and no reading value or its unsalted hash reaches the chain's
// calldata or events or the gateway's log.
func TestWardAlertsReleased(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	var logs devnettest.Buffer
	cfg := gateway.DefaultConfig()
	cfg.HTTPAddr, cfg.DB, cfg.RedisURL, cfg.RedisPrefix = "127.0.0.1:0", storetest.SQLiteURL(t), machineRedis, e.prefix
	cfg.RPCURL, cfg.ManifestPath, cfg.RelayerURL, cfg.AppKey = e.s.RPCURL(), e.s.ManifestPath, e.s.Relayer.URL(), devnet.DevAppKey
	cfg.Key, cfg.AnchorInterval, cfg.NoncesPerMinute = devnet.DevKey(devnet.RoleGateway), time.Hour, 4
	g, err := gateway.New(ctx, cfg, slog.New(slog.NewJSONHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	devnettest.Start(t, g)

	patientKey := devnet.DevKey(devnet.RolePatient)
	patient := crypto.PubkeyToAddress(patientKey.PublicKey)
	oxKey, _ := crypto.GenerateKey()
	ox := e.devices.add(oxKey, telemetry.KindPulseOximeter, patient, true)
	fridgeKey, _ := crypto.GenerateKey()
	fridgeDev := e.devices.add(fridgeKey, telemetry.KindColdStore, common.Address{}, true)
	send := func(s *telemetry.Signed) {
		t.Helper()
		if st, code := postBatch(t, g, s); st != http.StatusOK {
			t.Fatalf("batch %d: HTTP %d %s", s.Sequence, st, code)
		}
	}
	send(oximeterBatch(t, oxKey, g.Domain(), 1, []int64{96_000, 97_000, 95_000}, []int64{72_000, 70_000, 74_000}))
	// the dip: 90.4 % then 89.7 %, one alert for the batch
	const dip = 90_400
	dipBatch := oximeterBatch(t, oxKey, g.Domain(), 2, []int64{94_000, dip, 89_700, 93_000}, []int64{75_000, 88_000, 91_000, 84_000})
	send(dipBatch)
	send(fridge(t, fridgeKey, g.Domain(), 1, 5000))

	stored, err := g.Store().ListAlerts(ctx, readings.AlertQuery{Patient: patient, Since: time.Now().Add(-time.Hour)})
	if err != nil || len(stored) != 1 {
		t.Fatalf("alerts kept: %d %v", len(stored), err)
	}
	if a := stored[0]; a.Rule != "spo2-low" || a.Sequence != 2 || a.Index != 2 || a.Device != ox || a.Patient != patient ||
		strings.Contains(string(a.Content), "90400") || strings.Contains(string(a.Content), "90.4") {
		t.Fatalf("alert %+v content %s", a, a.Content)
	}

	agencyKey, councilKey := devnet.DevKey(devnet.RoleAgency), devnet.DevKey(devnet.RoleCouncil)
	agency := signIn(t, g.Addr(), agencyKey)
	council := signIn(t, g.Addr(), councilKey)
	anonymous := &orgClient{t: t, base: "http://" + g.Addr()}
	alertsOf := "/v1/alerts?patient=" + patient.Hex()
	readingsOf := "/v1/readings?device=" + ox.Hex()
	refused := func(o *orgClient, path string, want telemetry.Code) {
		t.Helper()
		if st, code, _ := o.get(path, nil); code != want {
			t.Fatalf("GET %s: HTTP %d %s, want %s", path, st, code, want)
		}
	}
	refused(anonymous, alertsOf, telemetry.CodeNotSignedIn)
	refused(&orgClient{t: t, base: anonymous.base, token: strings.Repeat("ab", 32)}, readingsOf, telemetry.CodeNotSignedIn)
	// before the patient's consent
	refused(agency, alertsOf, telemetry.CodeNotPermitted)
	refused(agency, readingsOf, telemetry.CodeNotPermitted)
	var all gateway.ReleasedAlerts
	if _, _, _ = agency.get("/v1/alerts", &all); len(all.Alerts) != 0 {
		t.Fatalf("%d alerts released before the consent", len(all.Alerts))
	}
	refused(agency, "/v1/readings?device="+fridgeDev.Hex(), telemetry.CodeNotPatientDevice)
	refused(agency, "/v1/readings?device=0x12", telemetry.CodeInvalidBatch)

	consentID := e.consent(t, patientKey, crypto.PubkeyToAddress(agencyKey.PublicKey), nil)
	var got gateway.ReleasedAlerts
	if st, code, raw := agency.get(alertsOf, &got); st != http.StatusOK || len(got.Alerts) != 1 {
		t.Fatalf("alerts after the consent: HTTP %d %s %s", st, code, raw)
	} else if strings.Contains(string(raw), "90400") || strings.Contains(string(raw), "90.4") {
		t.Fatalf("an alert carries the reading's value: %s", raw)
	}
	if a := got.Alerts[0]; a.Rule != "spo2-low" || a.Patient != patient || a.Device != ox || a.Time != dipBatch.Readings[2].Time ||
		a.Code != telemetry.CodeSpO2 || a.AnchorTx != nil {
		t.Fatalf("released alert %+v", a)
	}
	if _, _, _ = agency.get("/v1/alerts", &all); len(all.Alerts) != 1 {
		t.Fatalf("every permitted patient's alerts: %d, want 1", len(all.Alerts))
	}
	var rs gateway.PatientReadings
	if st, code, raw := agency.get(readingsOf+"&hours=2", &rs); st != http.StatusOK || len(rs.Readings) != 14 {
		t.Fatalf("readings: HTTP %d %s %d readings: %s", st, code, len(rs.Readings), raw)
	}
	found := false
	for _, r := range rs.Readings {
		found = found || (r.Sequence == 2 && r.Index == 2 && r.ValueMilli == dip)
	}
	if !found || rs.Patient != patient {
		t.Fatalf("the dip is not among the released readings: %+v", rs)
	}
	// another organisation has no consent
	refused(council, alertsOf, telemetry.CodeNotPermitted)
	refused(council, readingsOf, telemetry.CodeNotPermitted)

	// Anchored: the alert is a leaf of the anchor that took its reading, and proves on chain.
	if _, err := g.AnchorNow(ctx); err != nil {
		t.Fatal(err)
	}
	stored, err = g.Store().ListAlerts(ctx, readings.AlertQuery{Patient: patient, Since: time.Now().Add(-time.Hour)})
	if err != nil || len(stored) != 1 || stored[0].AnchorTx == (common.Hash{}) {
		t.Fatalf("anchored alert: %+v %v", stored, err)
	}
	reading, err := g.Store().Reading(ctx, ox, 2, 2)
	if err != nil || reading.AnchorID != stored[0].AnchorID {
		t.Fatalf("the alert is in anchor %d, its reading in %+v (%v)", stored[0].AnchorID, reading, err)
	}
	tree, _, recs, err := readings.LeavesOf(ctx, g.Store(), stored[0].AnchorID)
	if err != nil || len(recs) != 1 {
		t.Fatalf("anchor records: %d %v", len(recs), err)
	}
	path, err := tree.Proof(recs[0].Leaf())
	if err != nil {
		t.Fatal(err)
	}
	an, err := g.Store().Anchor(ctx, stored[0].AnchorID)
	if err != nil {
		t.Fatal(err)
	}
	m := e.s.Manifest
	proof := &telemetry.RecordProof{Record: recs[0].Record, Anchoring: telemetry.Anchoring{ChainID: m.ChainID,
		RecordAnchor: m.AnchorsAddress(), Custodian: g.Custodian(), BatchRoot: an.Root, Proof: path, TxHash: an.TxHash, Block: an.Block}}
	if _, err := telemetry.VerifyRecordProof(ctx, e.eth, proof); err != nil {
		t.Fatalf("the alert's leaf does not prove: %v", err)
	}
	if a, err := ward.FromStored(&stored[0]); err != nil || a.Rule != "spo2-low" {
		t.Fatalf("alert content %+v %v", a, err)
	}
	if _, _, _ = agency.get(alertsOf, &got); len(got.Alerts) != 1 || got.Alerts[0].AnchorTx == nil || *got.Alerts[0].AnchorTx != an.TxHash {
		t.Fatalf("released alert after the anchor: %+v", got.Alerts)
	}

	// Revoked: the next request is refused.
	e.consent(t, patientKey, common.Address{}, consentID)
	refused(agency, alertsOf, telemetry.CodeNotPermitted)
	refused(agency, readingsOf, telemetry.CodeNotPermitted)
	if _, _, _ = agency.get("/v1/alerts", &all); len(all.Alerts) != 0 {
		t.Fatalf("%d alerts released after the revocation", len(all.Alerts))
	}

	// Sign-in nonces are capped per client address a minute: two were issued above; the fifth is refused (a minute
	// boundary may reset the count once).
	limited := false
	for range 7 {
		resp, err := http.Get("http://" + g.Addr() + "/v1/signin/message?address=" + patient.Hex())
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusTooManyRequests {
			limited = true
			break
		}
	}
	if !limited {
		t.Fatal("sign-in nonces were never rate limited")
	}

	// Every decision logged, without the patient's wallet, the device or a value.
	decisions := 0
	for _, line := range strings.Split(logs.String(), "\n") {
		if strings.Contains(line, `"msg":"release decision"`) {
			decisions++
		}
	}
	if decisions < 12 {
		t.Fatalf("%d release decisions logged, want every one (at least 12)", decisions)
	}
	values := privacytest.NewScanner()
	for i, r := range dipBatch.Readings {
		label := fmt.Sprintf("reading %d of the dip", i)
		h := r.StructHash()
		values.Add(privacytest.Bytes(label+"'s unsalted hash", h[:]),
			privacytest.Bytes(label+"'s value as an ABI word", common.LeftPadBytes(big.NewInt(r.ValueMilli).Bytes(), 32)))
		values.Add(privacytest.Digests(label+"'s value", []byte(fmt.Sprint(r.ValueMilli)))...)
		values.Add(privacytest.Digests(label+"'s JSON", mustJSON(t, r))...)
	}
	f, n, err := values.ScanChain(ctx, e.eth)
	if err != nil || n == 0 {
		t.Fatalf("scan chain: %d %v", n, err)
	}
	if len(f) > 0 {
		t.Fatalf("the chain's calldata or events hold: %v", f)
	}
	// the log: no value in any form, nor the patient's wallet or the device (which the registry links to the patient)
	values.Add(privacytest.Plain("the dip's value", "90.4"), privacytest.Plain("the dip's value", fmt.Sprint(dip)),
		privacytest.Plain("patient wallet", strings.ToLower(patient.Hex()[2:])),
		privacytest.Plain("oximeter", strings.ToLower(ox.Hex()[2:])))
	if f := values.Scan("gateway log", logs.Bytes()); len(f) > 0 {
		t.Fatalf("the gateway's log holds: %v", f)
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}
