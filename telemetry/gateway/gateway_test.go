package gateway_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/devnet/stack"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/internal/stacktest"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/gateway"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/redis/go-redis/v9"
)

const machineRedis = "redis://127.0.0.1:6379/0"

// devices registers the test's devices in the devnet's DeviceRegistry, from the trust's registrar key.
type devices struct {
	t   *testing.T
	eth *ethclient.Client
	reg *bindings.DeviceRegistryTransactor
	id  *big.Int
}

func (d devices) add(key *ecdsa.PrivateKey, kind telemetry.Kind, patient common.Address, active bool) common.Address {
	d.t.Helper()
	a := crypto.PubkeyToAddress(key.PublicKey)
	site, err := vocab.ODSCode("RJ1")
	if err != nil {
		d.t.Fatal(err)
	}
	opts, err := bind.NewKeyedTransactorWithChainID(devnet.DevKey(devnet.RoleTrust), d.id)
	if err != nil {
		d.t.Fatal(err)
	}
	d.mine(d.reg.Register(opts, a, uint8(kind), site, patient))
	if !active {
		d.mine(d.reg.Deregister(opts, a))
	}
	return a
}

func (d devices) mine(tx *types.Transaction, err error) {
	d.t.Helper()
	if err != nil {
		d.t.Fatal(err)
	}
	r, err := bind.WaitMined(context.Background(), d.eth, tx)
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		d.t.Fatalf("transaction %s: %v", tx.Hash(), err)
	}
}

// env is a devnet with its relayer, and what the gateways of a test share.
type env struct {
	s       *stack.Stack
	eth     *ethclient.Client
	devices devices
	prefix  string
}

func newEnv(t *testing.T) *env {
	t.Helper()
	s := stacktest.Start(t, devnettest.Config(t.TempDir()), stacktest.Unmetered())
	eth, err := ethclient.Dial(s.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(eth.Close)
	m := s.Manifest
	reg, err := bindings.NewDeviceRegistryTransactor(m.DevicesAddress(), eth)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{s: s, eth: eth, devices: devices{t: t, eth: eth, reg: reg, id: new(big.Int).SetUint64(m.ChainID)},
		prefix: fmt.Sprintf("bevan:test:telemetry:%s:%d", t.Name(), time.Now().UnixNano())}
	t.Cleanup(func() { cleanPrefix(t, e.prefix) })
	return e
}

func cleanPrefix(t *testing.T, prefix string) {
	opts, _ := redis.ParseURL(machineRedis)
	c := redis.NewClient(opts)
	defer c.Close()
	ctx := context.Background()
	iter := c.Scan(ctx, 0, prefix+":*", 1000).Iterator()
	for iter.Next(ctx) {
		c.Del(ctx, iter.Val())
	}
	if err := iter.Err(); err != nil {
		t.Logf("clean redis prefix %s: %v", prefix, err)
	}
}

// gateway starts a gateway replica on db; tune adjusts its configuration.
func (e *env) gateway(t *testing.T, db string, tune func(*gateway.Config)) *gateway.Service {
	t.Helper()
	cfg := gateway.DefaultConfig()
	cfg.HTTPAddr, cfg.DB, cfg.RedisURL, cfg.RedisPrefix = "127.0.0.1:0", db, machineRedis, e.prefix
	cfg.RPCURL, cfg.ManifestPath, cfg.RelayerURL, cfg.AppKey = e.s.RPCURL(), e.s.ManifestPath, e.s.Relayer.URL(), devnet.DevAppKey
	cfg.Key = devnet.DevKey(devnet.RoleGateway)
	cfg.AnchorInterval = time.Hour // the tests anchor with AnchorNow
	if tune != nil {
		tune(&cfg)
	}
	g, err := gateway.New(context.Background(), cfg, devnettest.Log())
	if err != nil {
		t.Fatal(err)
	}
	devnettest.Start(t, g)
	// The loop's first round runs at start: a test that anchors with AnchorNow waits for it, so a round that starts
	// late cannot take the readings the test posts next.
	select {
	case <-g.FirstRound():
	case <-time.After(2 * time.Minute):
		t.Fatal("the gateway's first anchor round did not end within 2 minutes")
	}
	return g
}

// fridge signs a batch of a cold store's temperatures (°C × 1000), a minute apart and ending now.
func fridge(t testing.TB, key *ecdsa.PrivateKey, d telemetry.Domain, seq uint64, milli ...int64) *telemetry.Signed {
	t.Helper()
	b := &telemetry.Batch{Sequence: seq}
	now := uint64(time.Now().Unix())
	for i, v := range milli {
		b.Readings = append(b.Readings, telemetry.Reading{Time: now - uint64(60*(len(milli)-1-i)),
			Code: telemetry.CodeRoomTemperature, ValueMilli: v, Unit: "Cel"})
	}
	s, err := b.Sign(key, d)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// post sends body to the gateway and returns the status and error code ("" for success).
func post(t testing.TB, g *gateway.Service, contentType string, body []byte) (int, telemetry.Code) {
	t.Helper()
	resp, err := http.Post("http://"+g.Addr()+"/v1/readings", contentType, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode == http.StatusOK {
		return resp.StatusCode, ""
	}
	var eb telemetry.ErrorBody
	if err := json.Unmarshal(raw, &eb); err != nil || eb.Error == nil {
		t.Fatalf("HTTP %d without an error body: %s", resp.StatusCode, raw)
	}
	return resp.StatusCode, eb.Error.Code
}

func postBatch(t testing.TB, g *gateway.Service, s *telemetry.Signed) (int, telemetry.Code) {
	t.Helper()
	raw, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return post(t, g, "application/json", raw)
}

func TestAcceptAndRefuse(t *testing.T) {
	e := newEnv(t)
	g := e.gateway(t, storetest.SQLiteURL(t), func(c *gateway.Config) { c.Window = 4; c.Limits.MaxReadings = 10; c.MaxBody = 4096 })
	d := g.Domain()
	key, _ := crypto.GenerateKey()
	dev := e.devices.add(key, telemetry.KindColdStore, common.Address{}, true)
	ctx := context.Background()
	ok := func(s *telemetry.Signed) {
		t.Helper()
		if st, code := postBatch(t, g, s); st != http.StatusOK {
			t.Fatalf("batch %d: HTTP %d %s", s.Sequence, st, code)
		}
	}
	ok(fridge(t, key, d, 1, 4000, 4100))
	ok(fridge(t, key, d, 3, 4200)) // out of order within the window
	ok(fridge(t, key, d, 2, 4300))

	unknown, _ := crypto.GenerateKey()
	inactive, _ := crypto.GenerateKey()
	e.devices.add(inactive, telemetry.KindColdStore, common.Address{}, false)
	oximeter, _ := crypto.GenerateKey()
	e.devices.add(oximeter, telemetry.KindPulseOximeter, devnet.DevAddress(devnet.RolePatient), true)
	other := telemetry.Domain{ChainID: d.ChainID, Registry: common.HexToAddress("0xbad")}
	refused := map[string]struct {
		body   func() []byte
		status int
		code   telemetry.Code
	}{
		"replayed":            {jsonOf(t, fridge(t, key, d, 2, 4300)), 409, telemetry.CodeReplayed},
		"gap beyond window":   {jsonOf(t, fridge(t, key, d, 8, 4000)), 409, telemetry.CodeSequenceGap},
		"unit mismatch":       {jsonOf(t, withUnit(fridge(t, key, d, 4, 4000), "[degF]")), 400, telemetry.CodeUnitMismatch},
		"bad signature":       {jsonOf(t, fridge(t, key, other, 4, 4000)), 400, telemetry.CodeBadSignature},
		"unregistered device": {jsonOf(t, fridge(t, unknown, d, 1, 4000)), 403, telemetry.CodeUnregistered},
		"inactive device":     {jsonOf(t, fridge(t, inactive, d, 1, 4000)), 403, telemetry.CodeInactive},
		"not the kind's code": {jsonOf(t, fridge(t, oximeter, d, 1, 4000)), 400, telemetry.CodeNotOfKind},
		"too many readings":   {jsonOf(t, fridge(t, key, d, 4, make([]int64, 11)...)), 413, telemetry.CodeTooManyReadings},
		"body too large":      {func() []byte { return append([]byte(`{"device":"`), bytes.Repeat([]byte("a"), 5000)...) }, 413, telemetry.CodeBodyTooLarge},
		"unknown field":       {func() []byte { return []byte(`{"device":"0x0000000000000000000000000000000000000001","extra":1}`) }, 400, telemetry.CodeUnknownField},
		"malformed":           {func() []byte { return []byte(`{"device":`) }, 400, telemetry.CodeMalformedJSON},
	}
	for name, tc := range refused {
		t.Run(name, func(t *testing.T) {
			st, code := post(t, g, "application/json", tc.body())
			if st != tc.status || code != tc.code {
				t.Fatalf("HTTP %d %s, want %d %s", st, code, tc.status, tc.code)
			}
		})
	}
	if st, code := post(t, g, "text/plain", jsonOf(t, fridge(t, key, d, 4, 4000))()); st != 415 || code != telemetry.CodeUnsupportedType {
		t.Fatalf("text/plain: HTTP %d %s", st, code)
	}
	// Nothing refused was kept: the device has batches 1..3 and 4 is still free.
	for seq, want := range map[uint64]bool{1: true, 2: true, 3: true, 4: false, 8: false} { // 4: free
		if has, err := g.Store().Has(ctx, dev, seq); err != nil || has != want {
			t.Fatalf("batch %d kept %v (%v), want %v", seq, has, err, want)
		}
	}
	ok(fridge(t, key, d, 4, 4000)) // 4 is taken after the refusals
	ok(fridge(t, key, d, 5, 4000))
	if st, code := postBatch(t, g, fridge(t, key, d, 1, 4000)); st != 409 || code != telemetry.CodeSequenceStale {
		t.Fatalf("stale: HTTP %d %s", st, code)
	}

	// Redis loses the device's state: the store's highest seeds it, and the database still refuses a replay.
	cleanPrefix(t, e.prefix)
	ok(fridge(t, key, d, 7, 4000))
	if st, code := postBatch(t, g, fridge(t, key, d, 4, 4000)); st != 409 || code != telemetry.CodeReplayed {
		t.Fatalf("replay after Redis lost its state: HTTP %d %s", st, code)
	}
}

func jsonOf(t *testing.T, s *telemetry.Signed) func() []byte {
	raw, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return func() []byte { return raw }
}

// withUnit changes the unit after signing (the signature is checked after the units).
func withUnit(s *telemetry.Signed, unit string) *telemetry.Signed {
	s.Readings[0].Unit = unit
	return s
}

// anchoredBatches counts the BatchAnchored events of custodian.
func anchoredBatches(t *testing.T, e *env, custodian common.Address) int {
	t.Helper()
	n := 0
	for _, c := range anchoredRoots(t, e, custodian, 0) {
		n += c
	}
	return n
}

func TestAnchorAndProve(t *testing.T) {
	e := newEnv(t)
	g := e.gateway(t, storetest.SQLiteURL(t), nil)
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	dev := e.devices.add(key, telemetry.KindColdStore, common.Address{}, true)
	for seq := uint64(1); seq <= 5; seq++ {
		if st, code := postBatch(t, g, fridge(t, key, g.Domain(), seq, 4000, 5000, 9500)); st != 200 {
			t.Fatalf("batch %d: %d %s", seq, st, code)
		}
	}
	if _, st := getProof(t, g.Addr(), dev, 3, 2); st != http.StatusConflict {
		t.Fatalf("proof before the anchor: HTTP %d, want 409", st)
	}
	n, err := g.AnchorNow(ctx)
	if err != nil || n != 15 {
		t.Fatalf("anchored %d: %v", n, err)
	}
	p, st := getProof(t, g.Addr(), dev, 3, 2)
	if st != 200 {
		t.Fatalf("proof: HTTP %d", st)
	}
	if p.Reading.ValueMilli != 9500 {
		t.Fatalf("proof of reading %+v", p.Reading)
	}
	if _, err := telemetry.VerifyProof(ctx, e.eth, p); err != nil {
		t.Fatal(err)
	}
	p.Reading.ValueMilli = 7000 // the excursion hidden
	if _, err := telemetry.VerifyProof(ctx, e.eth, p); !errors.Is(err, telemetry.ErrNotProven) {
		t.Fatalf("altered reading: %v, want ErrNotProven", err)
	}
	if got := anchoredBatches(t, e, g.Custodian()); got != 1 {
		t.Fatalf("%d batches anchored, want 1", got)
	}
	if n, err := g.AnchorNow(ctx); err != nil || n != 0 {
		t.Fatalf("second anchor round: %d %v", n, err)
	}
	// The batches' last readings (9.5 °C) are one excursion out of 2–8 °C, still going.
	ex := mustGetJSON[gateway.Excursions](t, fmt.Sprintf("http://%s/v1/excursions/%s?hours=1", g.Addr(), dev))
	if len(ex.Excursions) != 1 || ex.Excursions[0]["resourceType"] != "DetectedIssue" ||
		!strings.Contains(ex.Excursions[0]["detail"].(string), "highest 9.5 °C") {
		t.Fatalf("excursions %+v", ex)
	}
	// A patient's device's readings are not served.
	pkey, _ := crypto.GenerateKey()
	pdev := e.devices.add(pkey, telemetry.KindPulseOximeter, devnet.DevAddress(devnet.RolePatient), true)
	if _, st := getProof(t, g.Addr(), pdev, 1, 0); st != http.StatusForbidden {
		t.Fatalf("patient device proof: HTTP %d, want 403", st)
	}
	if resp, err := http.Get(fmt.Sprintf("http://%s/v1/excursions/%s", g.Addr(), pdev)); err != nil || resp.StatusCode != http.StatusForbidden {
		t.Fatalf("patient device excursions: %v %v", resp, err)
	}
}
