package admission

import (
	"context"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/relayer/api"
	"github.com/bevan-health/bevan/relayer/queue"
	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"
)

func mustNew(t *testing.T, cfg Config, rdb redis.UniversalClient, store *queue.Store) *Admission {
	t.Helper()
	a, err := New(cfg, rdb, store)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// X-Forwarded-For is read only from trusted proxies, right to left past the trusted hops; IPv6 clients count as
// their /64.
func TestClientAddr(t *testing.T) {
	proxies, err := ParsePrefixes("10.0.0.0/8, 192.168.1.1")
	if err != nil {
		t.Fatal(err)
	}
	trusting := mustNew(t, Config{Anonymous: true, TrustedProxies: proxies}, nil, nil)
	none := mustNew(t, Config{Anonymous: true}, nil, nil)
	cases := []struct {
		a      *Admission
		peer   string
		xff    []string
		client string
	}{
		{none, "198.51.100.7:1234", []string{"203.0.113.1"}, "198.51.100.7"}, // never trusted by default
		{none, "10.1.2.3:1234", []string{"203.0.113.1"}, "10.1.2.3"},
		{trusting, "198.51.100.7:1234", []string{"203.0.113.1"}, "198.51.100.7"}, // the peer is no proxy
		{trusting, "10.1.2.3:1234", []string{"203.0.113.1"}, "203.0.113.1"},
		{trusting, "10.1.2.3:1234", []string{"6.6.6.6, 203.0.113.1, 192.168.1.1"}, "203.0.113.1"}, // spoofed left part ignored
		{trusting, "10.1.2.3:1234", []string{"6.6.6.6", "203.0.113.1"}, "203.0.113.1"},
		{trusting, "10.1.2.3:1234", []string{"garbage, 10.9.9.9"}, "10.9.9.9"},
		{trusting, "10.1.2.3:1234", nil, "10.1.2.3"},
		{none, "[2001:db8:1:2:3:4:5:6]:443", nil, "2001:db8:1:2::"},
		{none, "[::ffff:198.51.100.7]:443", nil, "198.51.100.7"},
	}
	for i, c := range cases {
		r := httptest.NewRequest("POST", "/v1/forward", nil)
		r.RemoteAddr = c.peer
		for _, v := range c.xff {
			r.Header.Add("X-Forwarded-For", v)
		}
		if got := c.a.ClientAddr(r); got != netip.MustParseAddr(c.client) {
			t.Errorf("case %d: client %s, want %s", i, got, c.client)
		}
	}
}

func TestIdentifyAndCheck(t *testing.T) {
	key, err := NewKey()
	if err != nil || !strings.HasPrefix(key, keyPrefix) || len(key) != len(keyPrefix)+64 {
		t.Fatalf("key %q %v", key, err)
	}
	apps := []App{{Name: "nhs-app", KeySHA256: HashKey(key)}}
	only := mustNew(t, Config{Apps: apps}, nil, nil)
	req := func(keys ...string) *http.Request {
		r := httptest.NewRequest("POST", "/v1/forward", nil)
		for _, k := range keys {
			r.Header.Add(api.AppKeyHeader, k)
		}
		return r
	}
	if s, err := only.Identify(req(key)); err != nil || s.Kind() != KindApp || s.Name() != "app:nhs-app" {
		t.Fatalf("valid key: %+v %v", s, err)
	}
	for _, bad := range [][]string{{"bvnapp_00"}, {""}, {key, key}} {
		if _, err := only.Identify(req(bad...)); api.CodeOf(err) != api.CodeAppKeyInvalid {
			t.Errorf("key %q: %v, want %s", bad, err, api.CodeAppKeyInvalid)
		}
	}
	if _, err := only.Identify(req()); api.CodeOf(err) != api.CodeNotEligible {
		t.Fatalf("no key where only app keys are sponsored: %v", err)
	}

	for name, c := range map[string]Config{
		"no source":       {},
		"key, not a hash": {Apps: []App{{Name: "x", KeySHA256: key}}},
		"name twice":      {Apps: []App{{Name: "x", KeySHA256: HashKey("a")}, {Name: "x", KeySHA256: HashKey("b")}}},
		"hash twice":      {Apps: []App{{Name: "x", KeySHA256: HashKey("a")}, {Name: "y", KeySHA256: HashKey("a")}}},
		"name with colon": {Apps: []App{{Name: "x:y", KeySHA256: HashKey("a")}}},
		"negative limit":  {Apps: []App{{Name: "x", KeySHA256: HashKey("a"), Limits: Limits{GasPerDay: -1}}}},
	} {
		if err := c.Check(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestLoadFiles(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "apps.json")
	os.WriteFile(p, []byte(`{"apps": [{"name": "a", "keySha256": "`+HashKey("k")+`", "gasPerDay": 7}]}`), 0o600)
	apps, err := LoadApps(p)
	if err != nil || len(apps) != 1 || apps[0].GasPerDay != 7 {
		t.Fatalf("apps %+v %v", apps, err)
	}
	os.WriteFile(p, []byte(`{"apps": [{"name": "a", "key": "plaintext"}]}`), 0o600)
	if _, err := LoadApps(p); err == nil {
		t.Fatal("an unknown field (a plaintext key) was accepted")
	}
	w := filepath.Join(dir, "wallets")
	os.WriteFile(w, []byte("0x00000000000000000000000000000000000000aa\n# c\n\n 0x00000000000000000000000000000000000000BB # x\n"), 0o600)
	ws, err := LoadWallets(w)
	if err != nil || len(ws) != 2 || ws[1] != common.HexToAddress("0xbb") {
		t.Fatalf("wallets %v %v", ws, err)
	}
	os.WriteFile(w, []byte("0x12\n"), 0o600)
	if _, err := LoadWallets(w); err == nil {
		t.Fatal("a bad address was accepted")
	}
}

// Admit against the machine's Redis: the per-minute counters refuse the request over the limit, the daily counters
// refuse a request whose bound would pass them, and the acceptance's charges carry the sponsor's limits.
func TestAdmitCounters(t *testing.T) {
	rdb := redis.NewClient(&redis.Options{Addr: "127.0.0.1:6379"})
	defer rdb.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := rdb.Ping(ctx).Err(); err != nil {
		t.Fatalf("this test needs the machine's Redis at 127.0.0.1:6379: %v", err)
	}
	store := queue.New(rdb, fmt.Sprintf("bevan:test:admission:%d", time.Now().UnixNano()), 0)
	defer store.DeleteAll(context.Background())
	key := "bvnapp_test"
	a := mustNew(t, Config{Apps: []App{{Name: "a", KeySHA256: HashKey(key), Limits: Limits{RequestsPerMinute: 3, BudgetGweiPerDay: 100}}},
		Wallets: []common.Address{common.HexToAddress("0xaa")}, WalletRequestsPerMinute: 2}, rdb, store)
	now := time.Date(2026, 11, 30, 12, 0, 10, 0, time.UTC)
	app := func() *Sponsor {
		r := httptest.NewRequest("POST", "/v1/forward", nil)
		r.Header.Set(api.AppKeyHeader, key)
		s, err := a.Identify(r)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	w1, w2 := common.HexToAddress("0x01"), common.HexToAddress("0x02")
	// The wallet's own rate: two a minute.
	for i, want := range []api.Code{"", "", api.CodeRateLimited} {
		_, err := a.Admit(ctx, app(), Request{From: w1, Gas: 1000, BoundGwei: 10}, now)
		if (want == "" && err != nil) || (want != "" && api.CodeOf(err) != want) {
			t.Fatalf("wallet request %d: %v, want %q", i, err, want)
		}
	}
	// The app's rate: three a minute (the refused one above counted against neither).
	if _, err := a.Admit(ctx, app(), Request{From: w2, Gas: 1000, BoundGwei: 10}, now); err != nil {
		t.Fatal(err)
	}
	_, err := a.Admit(ctx, app(), Request{From: w2, Gas: 1000, BoundGwei: 10}, now)
	if api.CodeOf(err) != api.CodeAppRateLimited {
		t.Fatalf("fourth app request this minute: %v", err)
	}
	// Next minute; a bound over the budget is refused before any charge.
	next := now.Add(time.Minute)
	_, err = a.Admit(ctx, app(), Request{From: w2, Gas: 1000, BoundGwei: 101}, next)
	if api.CodeOf(err) != api.CodeAppBudgetExhausted {
		t.Fatalf("bound over the budget: %v", err)
	}
	tk, err := a.Admit(ctx, app(), Request{From: w2, Gas: 1000, BoundGwei: 60}, next)
	if err != nil {
		t.Fatal(err)
	}
	ch := tk.Charges(1200, 70)
	if len(ch) != 2 || ch[1].Amount != 70 || ch[1].Limit != 100 || !ch[1].Cost || ch[1].Code != api.CodeAppBudgetExhausted || ch[0].Amount != 1200 {
		t.Fatalf("charges %+v", ch)
	}
	// An allowlisted wallet without a key is sponsored under its own quotas (no charges); a stranger is not.
	r := httptest.NewRequest("POST", "/v1/forward", nil)
	s, err := a.Identify(r)
	if err != nil {
		t.Fatal(err)
	}
	if tk, err := a.Admit(ctx, s, Request{From: common.HexToAddress("0xaa"), Gas: 1000, BoundGwei: 10}, next); err != nil || tk.Sponsor.Kind() != KindWallet || tk.Charges(1, 1) != nil {
		t.Fatalf("allowlisted wallet: %+v %v", tk, err)
	}
	s, _ = a.Identify(r)
	if _, err := a.Admit(ctx, s, Request{From: w1, Gas: 1000, BoundGwei: 10}, next); api.CodeOf(err) != api.CodeNotEligible {
		t.Fatalf("stranger without a key: %v", err)
	}
	// A request already stored is answered with its status in the same round trip, counted against nothing: w1 is
	// over its rate in the first minute, and the stranger is not sponsored, yet both get the stored request back.
	stored := &queue.Record{Request: queue.Request{ID: common.HexToHash("0x1d"), Kind: api.KindForward, From: w1, Nonce: big.NewInt(0)}}
	if _, _, err := store.Accept(ctx, stored, queue.Limits{}, now); err != nil {
		t.Fatal(err)
	}
	for _, s := range []*Sponsor{app(), s} {
		tk, err := a.Admit(ctx, s, Request{ID: stored.ID, From: w1, Gas: 1000, BoundGwei: 10}, now)
		if err != nil || tk.Stored != api.StateReceived {
			t.Fatalf("stored request re-posted (%s): %+v %v", s.Name(), tk, err)
		}
	}
	if _, err := a.Admit(ctx, app(), Request{From: w1, Gas: 1000, BoundGwei: 10}, now); api.CodeOf(err) != api.CodeRateLimited {
		t.Fatalf("a new request of w1 in the first minute: %v, want rate_limited", err)
	}
}
