package relayer_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/internal/redisproc"
	"github.com/bevan-health/bevan/relayer"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/bevan-health/bevan/relayer/client"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// servingURL finds the API's URL in a relayer process's "relayer serving" log line.
var servingURL = regexp.MustCompile(`relayer serving.*?url=(http://[0-9.:]+)`)

// relayerProc is a real `bevan relayer` process.
type relayerProc struct {
	cmd *exec.Cmd
	url string
	log string
}

func startRelayerProc(t *testing.T, e *env, logName string) *relayerProc {
	t.Helper()
	logf, err := os.Create(filepath.Join(t.TempDir(), logName))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		logf.Close()
		if t.Failed() {
			raw, _ := os.ReadFile(logf.Name())
			t.Logf("%s:\n%s", logName, raw)
		}
	})
	cmd := exec.Command(devnettest.Bevan(t), "--log.level", "debug", "relayer",
		"--rpc", e.d.RPCURL(), "--manifest", e.d.ManifestPath, "--redis-url", e.redis, "--redis-prefix", e.prefix,
		"--http", "127.0.0.1:0", "--raw-key-env", "BEVAN_TEST_RELAYER_KEY",
		"--requests-per-minute", "0", "--gas-per-day", "0", "--spend-cap-gwei", "0", "--workers", "8",
		"--app-keys", writeTestApps(t))
	cmd.Env = append(os.Environ(), "BEVAN_TEST_RELAYER_KEY="+hexutil.Encode(crypto.FromECDSA(e.key)))
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &relayerProc{cmd: cmd, log: logf.Name()}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	healthy := func() bool {
		if p.url == "" { // the port the process bound (--http :0), from its "relayer serving" line
			raw, _ := os.ReadFile(logf.Name())
			m := servingURL.FindSubmatch(raw)
			if m == nil {
				return false
			}
			p.url = string(m[1])
		}
		resp, err := http.Get(p.url + "/healthz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	}
	if !poll(30*time.Second, healthy) {
		raw, _ := os.ReadFile(logf.Name())
		t.Fatalf("relayer process did not become healthy:\n%s", raw)
	}
	return p
}

// poll checks cond every 50 ms until it holds (true) or timeout passes (false).
func poll(timeout time.Duration, cond func() bool) bool {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for !cond() {
		select {
		case <-deadline.C:
			return cond()
		case <-tick.C:
		}
	}
	return true
}

// eventually fails the test unless cond holds within timeout.
func eventually(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	if !poll(timeout, cond) {
		t.Fatalf("timed out after %s waiting until %s", timeout, what)
	}
}

func (p *relayerProc) kill9(t *testing.T) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = p.cmd.Wait()
}

// attempt is one signed request a test tried to submit.
type attempt struct {
	wallet *ecdsa.PrivateKey
	f      *api.Forward
	id     common.Hash
	acked  bool
}

// submitAll signs one request per new wallet and posts them with some concurrency; onAck is called after each
// acknowledgement (with the running count).
func submitAll(t *testing.T, e *env, cl *client.Client, n int, onAck func(int)) []*attempt {
	t.Helper()
	atts := make([]*attempt, n)
	for i := range atts {
		w := newWallet()
		f := e.signed(w, e.d.Manifest.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet())))
		m, _ := f.Request.Meta()
		atts[i] = &attempt{wallet: w, f: f, id: m.Digest(e.dom.ChainID, e.dom.Forwarder)}
	}
	var acked atomic.Int64
	var wg sync.WaitGroup
	next := atomic.Int64{}
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				acc, err := cl.Forward(e.ctx, atts[i].f)
				if err == nil {
					if acc.ID != atts[i].id {
						t.Errorf("id %s, want the digest %s", acc.ID, atts[i].id)
					}
					atts[i].acked = true
					if onAck != nil {
						onAck(int(acked.Add(1)))
					}
				}
			}
		}()
	}
	wg.Wait()
	return atts
}

// verifyExactlyOnce checks that every acknowledged request is final (mined) exactly once, that requests whose
// answer was lost are either unknown or final too, and that the relayer sent exactly one transaction per mined
// request with no nonce gap.
func verifyExactlyOnce(t *testing.T, e *env, cl *client.Client, atts []*attempt, relayers ...common.Address) {
	t.Helper()
	ctx, cancel := context.WithTimeout(e.ctx, 90*time.Second)
	defer cancel()
	txs := map[common.Hash]bool{}
	mined, acked := 0, 0
	for _, a := range atts {
		st, err := cl.Wait(ctx, a.id)
		if err != nil {
			if !a.acked && api.CodeOf(err) == api.CodeNotFound {
				continue // never stored: the process died before acknowledging it
			}
			t.Fatalf("request %s (acked %v): %v", a.id, a.acked, err)
		}
		if a.acked {
			acked++
		}
		if st.Status != api.StateMined || st.TxHash == nil {
			t.Fatalf("request %s ended %s: %s", a.id, st.Status, st.Error)
		}
		if txs[*st.TxHash] {
			t.Fatalf("two requests report transaction %s", st.TxHash)
		}
		txs[*st.TxHash] = true
		mined++
		// The wallet's forwarder nonce moved exactly once.
		n, _, err := cl.Nonce(ctx, addr(a.wallet))
		if err != nil || n.Int64() != 1 {
			t.Fatalf("wallet of %s has forwarder nonce %v, want 1 (%v)", a.id, n, err)
		}
	}
	// One transaction per mined request, all mined: no duplicates, no wasted transactions, no gap.
	var latest uint64
	for _, relayerAddr := range relayers {
		n, err := e.d.Client.NonceAt(ctx, relayerAddr, nil)
		if err != nil {
			t.Fatal(err)
		}
		pending, err := e.d.Client.PendingNonceAt(ctx, relayerAddr)
		if err != nil {
			t.Fatal(err)
		}
		if pending != n {
			t.Fatalf("relayer %s has %d pending transactions", relayerAddr, pending-n)
		}
		latest += n
	}
	if int(latest) != mined {
		t.Fatalf("relayers sent %d transactions for %d mined requests", latest, mined)
	}
	t.Logf("%d requests acknowledged, %d mined, %d relayer transactions", acked, mined, latest)
}

func TestCrashRestartExactlyOnce(t *testing.T) {
	// Built before the test's clock starts: on a loaded machine the build alone can take minutes.
	devnettest.Bevan(t)
	e := newEnv(t, func(c *relayer.Config) { c.Workers = 0 }) // in-process API-only replica, unused here
	relayerKey := newWallet()
	e.key = relayerKey
	fund(t, addr(relayerKey))
	var all []*attempt
	for round, killAfter := range []int{5, 25} {
		p := startRelayerProc(t, e, fmt.Sprintf("relayer-%d.log", round))
		cl := client.New(p.url, &http.Client{Timeout: 10 * time.Second})
		cl.AppKey = testAppKey
		var once sync.Once
		atts := submitAll(t, e, cl, 40, func(n int) {
			if n == killAfter {
				once.Do(func() { p.kill9(t) })
			}
		})
		once.Do(func() { p.kill9(t) })
		all = append(all, atts...)
	}
	p := startRelayerProc(t, e, "relayer-final.log")
	cl := client.New(p.url, nil)
	cl.AppKey = testAppKey
	cl.PollInterval = 50 * time.Millisecond
	ackedCount := 0
	for _, a := range all {
		if a.acked {
			ackedCount++
		}
	}
	if ackedCount < 30 {
		t.Fatalf("only %d requests were acknowledged before the kills", ackedCount)
	}
	verifyExactlyOnce(t, e, cl, all, addr(relayerKey))
	if raw, err := os.ReadFile(p.log); err == nil {
		for _, line := range strings.Split(string(raw), "\n") {
			if strings.Contains(line, "recovering in-flight") {
				t.Log(line)
			}
		}
	}
}

// proxy is a TCP proxy in front of anvil that a test stops and starts to simulate an RPC outage.
type proxy struct {
	target string
	addr   string
	mu     sync.Mutex
	l      net.Listener
	conns  map[net.Conn]bool
}

func newProxy(t *testing.T, target string) *proxy {
	p := &proxy{target: target, addr: "127.0.0.1:0", conns: map[net.Conn]bool{}} // start keeps the port first bound
	p.start(t)
	t.Cleanup(p.stop)
	return p
}

func (p *proxy) url() string { return "http://" + p.addr }

func (p *proxy) start(t *testing.T) {
	t.Helper()
	l, err := net.Listen("tcp", p.addr)
	if err != nil {
		t.Fatal(err)
	}
	p.mu.Lock()
	p.l = l
	p.mu.Unlock()
	if strings.HasSuffix(p.addr, ":0") { // first start: keep the port bound, so that a restart takes the same one
		p.addr = l.Addr().String()
	}
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go p.serve(c)
		}
	}()
}

func (p *proxy) serve(c net.Conn) {
	up, err := net.Dial("tcp", p.target)
	if err != nil {
		c.Close()
		return
	}
	p.mu.Lock()
	p.conns[c], p.conns[up] = true, true
	p.mu.Unlock()
	done := make(chan struct{}, 2)
	go func() { _, _ = io.Copy(up, c); done <- struct{}{} }()
	go func() { _, _ = io.Copy(c, up); done <- struct{}{} }()
	<-done
	c.Close()
	up.Close()
	p.mu.Lock()
	delete(p.conns, c)
	delete(p.conns, up)
	p.mu.Unlock()
}

// stop closes the listener and every open connection.
func (p *proxy) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.l != nil {
		p.l.Close()
		p.l = nil
	}
	for c := range p.conns {
		c.Close()
	}
}

func TestRPCOutageQueuesThenLands(t *testing.T) {
	// An API-only replica on a direct RPC accepts; a submitting replica with its own key reaches anvil through a
	// proxy that goes down before the requests arrive and comes back later.
	e := newEnv(t, func(c *relayer.Config) { c.Workers = 0 })
	px := newProxy(t, e.d.RPCURL()[len("http://"):])
	submitter := &env{t: t, ctx: e.ctx, d: e.d, key: newWallet(), redis: e.redis, prefix: e.prefix}
	submitter.initABIs()
	fund(t, addr(submitter.key))
	sub, err := relayer.New(e.ctx, submitter.config(func(c *relayer.Config) {
		c.RPCURL = px.url()
		c.Tx.NetworkTimeout = time.Second
	}), devnettest.Log())
	if err != nil {
		t.Fatal(err)
	}
	px.stop()
	if err := sub.Start(e.ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		_ = sub.Stop(ctx)
	})
	atts := submitAll(t, e, e.cl, 6, nil)
	resp, err := http.Get(sub.URL() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("submitter healthz during the outage: %d", resp.StatusCode)
	}
	// Accepted and durably queued, none final while the submitter cannot reach the chain (no sleep: it proves
	// nothing more to wait; the submitter's first look at the chain waits for the RPC anyway).
	for _, a := range atts {
		if !a.acked {
			t.Fatal("a request was refused with the direct RPC up")
		}
		st, err := e.cl.Status(e.ctx, a.id)
		if err != nil || api.Final(st.Status) {
			t.Fatalf("request final during the outage: %+v %v", st, err)
		}
	}
	px.start(t)
	verifyExactlyOnce(t, e, e.cl, atts, addr(submitter.key))
}

func TestRedisRestartQueuesThenLands(t *testing.T) {
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	r, err := redisproc.Start(ctx, redisproc.Config{AppendOnly: true}, devnettest.Log())
	if errors.Is(err, redisproc.ErrNotInstalled) && os.Getenv("BEVAN_TEST_NO_REDIS") == "1" {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = r.Stop(context.Background()) }()
	e := &env{t: t, ctx: ctx, d: shared.d, key: newWallet(), redis: r.URL, prefix: "bevan:test:redis-restart"}
	e.initABIs()
	fund(t, addr(e.key))
	e.svc = e.start(func(c *relayer.Config) { c.Workers = 0 }) // accepts and queues only
	atts := submitAll(t, e, e.cl, 6, nil)
	for _, a := range atts {
		if !a.acked {
			t.Fatal("request refused before the restart")
		}
	}
	// A submitting replica (own key) starts as Redis goes down; while it is down, submissions are refused.
	submitter := &env{t: t, ctx: ctx, d: shared.d, key: newWallet(), redis: r.URL, prefix: e.prefix}
	submitter.initABIs()
	fund(t, addr(submitter.key))
	sub := submitter.start(nil)
	if err := r.Halt(ctx); err != nil {
		t.Fatal(err)
	}
	late := e.signed(newWallet(), e.d.Manifest.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet())))
	_, err = e.cl.Forward(ctx, late)
	wantCode(t, "submission while Redis is down", err, api.CodeRedisUnavailable)
	// The submitting replica sees the outage too (its health check fails) before Redis comes back.
	eventually(t, 30*time.Second, "the submitter reports Redis down", func() bool {
		resp, err := http.Get(sub.URL() + "/healthz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusServiceUnavailable
	})
	if err := r.Resume(ctx, devnettest.Log()); err != nil {
		t.Fatal(err)
	}
	verifyExactlyOnce(t, e, e.cl, atts, sub.Address())
}

func TestReplicasShareTheQueueExactlyOnce(t *testing.T) {
	// Three replicas, one Redis prefix, each with its own key: one API-only, two submitting.
	e := newEnv(t, func(c *relayer.Config) { c.Workers = 0 })
	var subs []common.Address
	for range 2 {
		r := &env{t: t, ctx: e.ctx, d: e.d, key: newWallet(), redis: e.redis, prefix: e.prefix}
		r.initABIs()
		fund(t, addr(r.key))
		subs = append(subs, r.start(func(c *relayer.Config) { c.Workers = 4 }).Address())
	}
	atts := submitAll(t, e, e.cl, 40, nil)
	verifyExactlyOnce(t, e, e.cl, atts, subs...)
}
