package relayer_test

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bevan-health/bevan/metatx"
	"github.com/bevan-health/bevan/relayer"
	"github.com/bevan-health/bevan/relayer/admission"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/bevan-health/bevan/relayer/client"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"
)

// countingProxy is a reverse proxy in front of anvil that counts the JSON-RPC calls through it by method (each call
// of a batch counts).
type countingProxy struct {
	*httptest.Server
	mu     sync.Mutex
	counts map[string]int
}

func newCountingProxy(t *testing.T, upstream string) *countingProxy {
	t.Helper()
	p := &countingProxy{counts: map[string]int{}}
	p.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		var calls []struct {
			Method string `json:"method"`
		}
		if t := bytes.TrimSpace(body); len(t) > 0 && t[0] == '[' {
			_ = json.Unmarshal(t, &calls)
		} else {
			calls = make([]struct {
				Method string `json:"method"`
			}, 1)
			_ = json.Unmarshal(t, &calls[0])
		}
		p.mu.Lock()
		for _, c := range calls {
			p.counts[c.Method]++
		}
		p.mu.Unlock()
		resp, err := http.Post(upstream, "application/json", bytes.NewReader(body))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
		w.WriteHeader(resp.StatusCode)
		_, _ = io.Copy(w, resp.Body)
	}))
	t.Cleanup(p.Close)
	return p
}

// background are the calls the relayer makes every second whatever it is asked (gas price, balance, head).
var background = map[string]bool{"eth_gasPrice": true, "eth_getBalance": true, "eth_getBlockByNumber": true}

// requestWork is how many calls other than the background ones went through the proxy.
func (p *countingProxy) requestWork() (int, map[string]int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	n, by := 0, map[string]int{}
	for m, c := range p.counts {
		if !background[m] {
			n += c
			by[m] = c
		}
	}
	return n, by
}

// selfGrant is a fresh wallet's signed grant to a new grantee, with nonce 0 (no chain read to sign it).
func (e *env) selfGrant(k *ecdsa.PrivateKey, mut ...func(*metatx.Request)) *api.Forward {
	e.t.Helper()
	data := e.pack(e.consABI, "grant", addr(k), addr(newWallet()), vocab.PurposeMask(vocab.Treat), uint8(1), big.NewInt(0), common.Hash{})
	return e.signedNonce(k, new(big.Int), e.d.Manifest.ConsentsAddress(), data, mut...)
}

// Issue 11, Sybil self-grants: hostile requests are refused with stable codes before the relayer makes a single
// RPC call (counted by a proxy in front of anvil); a self-grant with a valid app key is accepted and charged to that
// key's budget (settled to what it cost); a key whose budget is spent is refused.
func TestSponsorshipRefusedBeforeRPC(t *testing.T) {
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	proxy := newCountingProxy(t, shared.d.RPCURL())
	smallKey, _ := admission.NewKey()
	price, err := shared.d.Client.SuggestGasPrice(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	// About three requests' cost bound (≈ 410k gas each at today's price): the "small" app runs out after a few.
	smallBudget := new(big.Int).Div(new(big.Int).Mul(price, big.NewInt(3*410_000)), big.NewInt(1e9)).Int64() + 1
	e := newEnv(t, func(c *relayer.Config) {
		c.RPCURL = proxy.URL
		c.Admission.Apps = append(testApps(), admission.App{Name: "small", KeySHA256: admission.HashKey(smallKey),
			Limits: admission.Limits{BudgetGweiPerDay: smallBudget}})
	})
	noKey := client.New(e.svc.URL(), nil)
	badKey := client.New(e.svc.URL(), nil)
	badKey.AppKey = "bvnapp_not-a-key-of-this-relayer"

	// Everything hostile is signed before counting (signing needs no chain read: fresh wallets have nonce 0).
	padded := e.selfGrant(newWallet(), func(r *metatx.Request) { r.Data = append(r.Data, bytes.Repeat([]byte{0xab}, 10<<10)...) })
	yearAhead := e.selfGrant(newWallet(), func(r *metatx.Request) { r.Deadline = uint64(time.Now().AddDate(1, 0, 0).Unix()) })
	sybils := make([]*api.Forward, 300)
	for i := range sybils {
		sybils[i] = e.selfGrant(newWallet())
	}
	time.Sleep(1500 * time.Millisecond) // let the relayer's start-up calls settle
	before, _ := proxy.requestWork()

	_, err = e.cl.Forward(e.ctx, padded) // even with a valid app key
	wantCode(t, "10 KB of trailing calldata", err, api.CodeNonCanonicalData)
	_, err = e.cl.Forward(e.ctx, yearAhead)
	wantCode(t, "a deadline a year ahead", err, api.CodeDeadlineTooFar)
	_, err = badKey.Forward(e.ctx, sybils[0])
	wantCode(t, "an unknown app key", err, api.CodeAppKeyInvalid)
	var wg sync.WaitGroup
	errs := make([]error, len(sybils))
	sem := make(chan struct{}, 16)
	for i, f := range sybils {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			_, errs[i] = noKey.Forward(e.ctx, f)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		wantCode(t, fmt.Sprintf("self-grant %d of a fresh wallet without an app key", i), err, api.CodeNotEligible)
	}
	_, _, err = noKey.Nonce(e.ctx, addr(newWallet()))
	wantCode(t, "a nonce read without an app key", err, api.CodeNotEligible)
	after, by := proxy.requestWork()
	if after != before {
		t.Fatalf("the refused requests cost %d RPC calls (%v)", after-before, by)
	}
	t.Logf("304 requests refused with no RPC call (%d calls before and after: %v)", after, by)

	// With the app key the same self-grant is sponsored (and the proxy sees its simulation: it does count), and
	// charged to the key: its gas counter holds the transaction's full gas, its budget what the request cost.
	st := e.mined(sybils[1])
	if n, _ := proxy.requestWork(); n == after {
		t.Fatal("an accepted request made no RPC call: the proxy does not count")
	}
	rdb := redis.NewClient(&redis.Options{Addr: "127.0.0.1:6379"})
	defer rdb.Close()
	day := time.Now().UTC().Format("20060102")
	counter := func(app, what string) int64 {
		v, err := rdb.Get(e.ctx, "{"+e.prefix+"}:adm:app:"+app+":"+what+":"+day).Int64()
		if err != nil && err != redis.Nil {
			t.Fatal(err)
		}
		return v
	}
	rec, err := e.svc.Store().Get(e.ctx, st.ID)
	if err != nil {
		t.Fatal(err)
	}
	fee, _ := new(big.Int).SetString(st.Fee, 10)
	feeGwei := new(big.Int).Div(new(big.Int).Add(fee, big.NewInt(1e9-1)), big.NewInt(1e9)).Int64()
	eventually(t, 10*time.Second, "the app's budget is settled to the fee", func() bool { return counter("test", "budget") == feeGwei })
	if g := counter("test", "gas"); g != int64(rec.QuotaGas) || rec.QuotaGas != rec.GasLimit || rec.GasLimit <= 300_000 {
		t.Fatalf("app gas counter %d, quota gas %d, gas limit %d: want the transaction's full gas limit", g, rec.QuotaGas, rec.GasLimit)
	}

	// The small app's budget runs out: refused with its stable code (and no other app is affected).
	small := client.New(e.svc.URL(), nil)
	small.AppKey = smallKey
	accepted := 0
	for i := 0; ; i++ {
		if i == 20 {
			t.Fatalf("20 requests accepted on a budget of %d gwei", smallBudget)
		}
		_, err := small.Forward(e.ctx, e.selfGrant(newWallet()))
		if err == nil {
			accepted++
			continue
		}
		wantCode(t, "a request on a spent budget", err, api.CodeAppBudgetExhausted)
		break
	}
	if accepted == 0 {
		t.Fatal("the small app's first request was refused")
	}
	if counter("small", "budget") > smallBudget {
		t.Fatalf("the small app was charged %d gwei, over its budget of %d", counter("small", "budget"), smallBudget)
	}
	e.mined(e.selfGrant(newWallet()))
	t.Logf("small app: %d accepted before its budget of %d gwei ran out", accepted, smallBudget)
}

// Unauthenticated use, where a deployment allows it, is limited per client address before any RPC call, and
// X-Forwarded-For from a peer that is not a trusted proxy changes nothing.
func TestUnauthenticatedPerClientLimits(t *testing.T) {
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	proxy := newCountingProxy(t, shared.d.RPCURL())
	e := newEnv(t, func(c *relayer.Config) {
		c.RPCURL = proxy.URL
		c.Workers = 0 // API-only: nothing is sent, so every RPC call counted is the acceptance's
		c.Admission.Apps = nil
		c.Admission.Anonymous = true
		// Two requests of 100k signed gas (≈ 210k gas each, the forwarder's overhead and calldata included).
		c.Admission.AnonymousLimits = admission.Limits{GasPerDay: 500_000}
		c.Admission.ClientReadsPerMinute = 2
	})
	anon := client.New(e.svc.URL(), nil)
	small := func(k *ecdsa.PrivateKey) *api.Forward {
		return e.selfGrant(k, func(r *metatx.Request) { r.Gas = 100_000 })
	}
	for i := range 2 {
		if _, err := anon.Forward(e.ctx, small(newWallet())); err != nil {
			t.Fatalf("unauthenticated request %d: %v", i, err)
		}
	}
	third, spoofed := small(newWallet()), small(newWallet())
	time.Sleep(1500 * time.Millisecond)
	before, _ := proxy.requestWork()
	_, err := anon.Forward(e.ctx, third)
	wantCode(t, "third request from one client address", err, api.CodeClientGasQuota)
	body, _ := json.Marshal(spoofed)
	st, refusal := e.doRaw(http.MethodPost, "/v1/forward", body, http.Header{"X-Forwarded-For": {"203.0.113.9"}})
	if refusal == nil || refusal.Code != api.CodeClientGasQuota {
		t.Fatalf("X-Forwarded-For from an untrusted peer: HTTP %d %+v, want %s", st, refusal, api.CodeClientGasQuota)
	}
	if after, by := proxy.requestWork(); after != before {
		t.Fatalf("refused unauthenticated requests cost %d RPC calls (%v)", after-before, by)
	}
	// Nonce reads (each an RPC call) without a key: a few a minute per client address, the rest refused unread.
	limited := false
	for i := 0; i < 5 && !limited; i++ {
		before, _ := proxy.requestWork()
		_, _, err := anon.Nonce(e.ctx, addr(newWallet()))
		if err == nil {
			continue
		}
		wantCode(t, "nonce reads over the per-address limit", err, api.CodeClientRateLimited)
		if after, by := proxy.requestWork(); after != before {
			t.Fatalf("a refused nonce read cost %d RPC calls (%v)", after-before, by)
		}
		limited = true
	}
	if !limited {
		t.Fatal("five nonce reads in a row were served with a limit of two a minute")
	}
	if !strings.Contains(refusal.Message, "anonymous") || strings.Contains(refusal.Message, "127.0.0.1") {
		t.Fatalf("the refusal should name the sponsor kind, never the address: %q", refusal.Message)
	}
}
