package gateway_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/readings"
	"github.com/bevan-health/bevan/telemetry/sim"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/redis/go-redis/v9"
)

func TestMain(m *testing.M) { os.Exit(devnettest.Main(m)) }

// gatewayProc is `bevan telemetry gateway` running as a child process (the binary built once by devnettest.Bevan),
// logging JSON to a pipe the test reads.
type gatewayProc struct {
	cmd  *exec.Cmd
	addr string
	done chan error
	mu   sync.Mutex
	logs []map[string]any
	seen chan struct{} // a line was logged
}

// startGatewayProc starts the gateway with args after the common ones and waits until it serves.
func (e *env) startGatewayProc(t *testing.T, db string, args ...string) *gatewayProc {
	t.Helper()
	all := append([]string{"--log.format", "json", "telemetry", "gateway", "--http", "127.0.0.1:0", "--db", db,
		"--redis-url", machineRedis, "--redis-prefix", e.prefix, "--rpc", e.s.RPCURL(), "--manifest", e.s.ManifestPath,
		"--relayer", e.s.Relayer.URL(), "--raw-key-env", "BEVAN_TEST_GATEWAY_KEY"}, args...)
	cmd := exec.Command(devnettest.Bevan(t), all...)
	cmd.Env = append(os.Environ(), "BEVAN_APP_KEY="+devnet.DevAppKey,
		"BEVAN_TEST_GATEWAY_KEY="+hex.EncodeToString(crypto.FromECDSA(devnet.DevKey(devnet.RoleGateway))))
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &gatewayProc{cmd: cmd, done: make(chan error, 1), seen: make(chan struct{}, 1)}
	read := make(chan struct{})
	go func() {
		defer close(read)
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var line map[string]any
			if json.Unmarshal(sc.Bytes(), &line) != nil {
				line = map[string]any{"msg": sc.Text()}
			}
			p.mu.Lock()
			p.logs = append(p.logs, line)
			p.mu.Unlock()
			select {
			case p.seen <- struct{}{}:
			default:
			}
		}
	}()
	go func() { <-read; p.done <- cmd.Wait() }()
	t.Cleanup(func() { p.kill(t) })
	line := p.waitLog(t, "telemetry gateway serving", 2*time.Minute)
	p.addr, _ = line["http"].(string)
	if p.addr == "" {
		t.Fatalf("the gateway logged no address: %v", line)
	}
	return p
}

// waitLog waits for a log line whose msg is msg (the first such line) and returns it.
func (p *gatewayProc) waitLog(t *testing.T, msg string, within time.Duration) map[string]any {
	t.Helper()
	deadline := time.After(within)
	for {
		if l := p.find(msg); l != nil {
			return l
		}
		select {
		case <-p.seen:
		case err := <-p.done:
			p.done <- err
			if l := p.find(msg); l != nil {
				return l
			}
			t.Fatalf("the gateway exited (%v) before logging %q; it logged %v", err, msg, p.lines())
		case <-deadline:
			t.Fatalf("the gateway did not log %q within %s; it logged %v", msg, within, p.lines())
		}
	}
}

func (p *gatewayProc) find(msg string) map[string]any {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, l := range p.logs {
		if l["msg"] == msg {
			return l
		}
	}
	return nil
}

func (p *gatewayProc) count(msg string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for _, l := range p.logs {
		if l["msg"] == msg {
			n++
		}
	}
	return n
}

func (p *gatewayProc) lines() []map[string]any {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]map[string]any(nil), p.logs...)
}

// kill sends SIGKILL (no clean-up runs in the gateway) and waits for the process to end.
func (p *gatewayProc) kill(t *testing.T) {
	t.Helper()
	if p.cmd.ProcessState != nil {
		return
	}
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	select {
	case err := <-p.done:
		p.done <- err
	case <-time.After(time.Minute):
		t.Fatal("the gateway did not die within a minute of SIGKILL")
	}
}

// send posts a signed batch; it returns the HTTP status and error code, or err when no answer came (the gateway
// died with the request in flight).
func (p *gatewayProc) send(s *telemetry.Signed) (int, telemetry.Code, error) {
	raw, err := json.Marshal(s)
	if err != nil {
		return 0, "", err
	}
	resp, err := http.Post("http://"+p.addr+"/v1/readings", "application/json", bytes.NewReader(raw))
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, "", err
	}
	if resp.StatusCode == http.StatusOK {
		return resp.StatusCode, "", nil
	}
	var eb telemetry.ErrorBody
	if err := json.Unmarshal(body, &eb); err != nil || eb.Error == nil {
		return resp.StatusCode, "", fmt.Errorf("HTTP %d without an error body: %s", resp.StatusCode, body)
	}
	return resp.StatusCode, eb.Error.Code, nil
}

type batchKey struct {
	device common.Address
	seq    uint64
}

// TestGatewaySIGKILL runs `bevan telemetry gateway` as a child process and kills it with SIGKILL twice: first while
// the simulator's devices are sending (acknowledgements given, nothing anchored yet), then in the middle of the
// restarted gateway's anchoring (one anchor mined, others leased or in flight). A third start anchors the rest.
// Every acknowledged reading is then in the store with the value the device sent, every reading is in exactly one
// anchor, every anchor is on chain exactly once (one BatchAnchored each, no root twice), and a reading of each
// anchor proves against RecordAnchor. A device's batch that got no answer is sent again and is either taken or
// refused as sequence_replayed (kept already): never lost.
// It runs on SQLite (one gateway's default) and on PostgreSQL (what replicas share).
func TestGatewaySIGKILL(t *testing.T) {
	e := newEnv(t)
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) { killAndRestart(t, e, kind) })
	}
}

func killAndRestart(t *testing.T, e *env, kind string) {
	ctx := context.Background()
	db := storetest.URL(t, kind)
	from, err := e.eth.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	patient := devnet.DevAddress(devnet.RolePatient)
	fleet := append(sim.Fleet("sigkill-"+kind, telemetry.KindColdStore, 4), sim.Fleet("sigkill-ward-"+kind, telemetry.KindPulseOximeter, 2)...)
	for _, d := range fleet {
		owner := common.Address{}
		if d.Kind == telemetry.KindPulseOximeter {
			owner = patient
		}
		e.devices.add(d.Key, d.Kind, owner, true)
	}

	// 1. Devices send; the gateway (anchoring only hourly: its first round at start found nothing) is killed once
	// 40 batches are acknowledged, with others in flight.
	a := e.startGatewayProc(t, db, "--anchor-interval", "1h", "--max-anchor-leaves", "60", "--anchor-lease", "3s")
	m := e.s.Manifest
	domain := telemetry.Domain{ChainID: new(big.Int).SetUint64(m.ChainID), Registry: m.DevicesAddress()}
	var mu sync.Mutex
	sent := map[batchKey]*telemetry.Signed{}
	acked := map[batchKey]bool{}
	unanswered := map[common.Address]*telemetry.Signed{} // a device's batch in flight when the gateway died
	killAt := make(chan struct{})
	var once sync.Once
	var wg sync.WaitGroup
	for _, d := range fleet {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				s, err := d.Batch(d.Readings(10, time.Now(), time.Minute), domain)
				if err != nil {
					t.Error(err)
					return
				}
				k := batchKey{d.Address, s.Sequence}
				mu.Lock()
				sent[k] = s
				mu.Unlock()
				st, code, err := a.send(s)
				mu.Lock()
				switch {
				case err != nil:
					unanswered[d.Address] = s
				case st == http.StatusOK:
					acked[k] = true
					if len(acked) >= 40 {
						once.Do(func() { close(killAt) })
					}
				default:
					t.Errorf("batch %d of %s: HTTP %d %s", s.Sequence, d.Address, st, code)
				}
				mu.Unlock()
				if err != nil || st != http.StatusOK {
					return
				}
			}
		}()
	}
	select {
	case <-killAt:
	case <-time.After(2 * time.Minute):
		t.Fatal("40 batches were not acknowledged within two minutes")
	}
	a.kill(t)
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	if n := a.count("anchored"); n != 0 {
		t.Fatalf("the first gateway anchored %d batches before it was killed; the test wants it killed before anchoring", n)
	}
	t.Logf("killed with %d batches acknowledged, %d devices with a batch unanswered", len(acked), len(unanswered))

	// 2. The next start's first anchor round anchors what the first took, 60 readings an anchor; it is killed as soon
	// as one anchor is mined, in the middle of the others. Meanwhile each unanswered batch is sent again.
	b := e.startGatewayProc(t, db, "--anchor-interval", "1h", "--max-anchor-leaves", "60", "--anchor-lease", "3s")
	replayed := 0
	for dev, s := range unanswered {
		st, code, err := b.send(s)
		switch {
		case err != nil:
			t.Fatalf("resend %d of %s: %v", s.Sequence, dev, err)
		case st == http.StatusOK:
			acked[batchKey{dev, s.Sequence}] = true
		case code == telemetry.CodeReplayed: // kept before the kill, unacknowledged: kept all the same
			acked[batchKey{dev, s.Sequence}] = true
			replayed++
		default:
			t.Fatalf("resend %d of %s: HTTP %d %s", s.Sequence, dev, st, code)
		}
	}
	t.Logf("%d unanswered batches sent again: %d taken, %d kept already", len(unanswered), len(unanswered)-replayed, replayed)
	b.waitLog(t, "anchored", 2*time.Minute)
	b.kill(t)

	// 3. A third start (anchoring every 500 ms, so leases the second left are taken once they run out) finishes.
	c := e.startGatewayProc(t, db, "--anchor-interval", "500ms", "--max-anchor-leaves", "60", "--anchor-lease", "3s")
	st, err := readings.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	deadline := time.Now().Add(3 * time.Minute)
	for {
		left, err := st.Unanchored(ctx)
		if err != nil {
			t.Fatal(err)
		}
		all, err := st.Anchors(ctx)
		if err != nil {
			t.Fatal(err)
		}
		done := left == 0 && len(all) > 0
		for _, an := range all {
			done = done && an.Done()
		}
		if done {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d readings unanchored, anchors %+v", left, all)
		}
		time.Sleep(200 * time.Millisecond)
	}

	// Every acknowledged batch is kept with the readings the device sent.
	readingsKept := 0
	for k := range acked {
		s := sent[k]
		for i, r := range s.Readings {
			got, err := st.Reading(ctx, k.device, k.seq, uint32(i))
			if err != nil {
				t.Fatalf("acknowledged batch %d of %s, reading %d: %v", k.seq, k.device, i, err)
			}
			if got.Reading != r {
				t.Fatalf("batch %d of %s reading %d: kept %+v, sent %+v", k.seq, k.device, i, got.Reading, r)
			}
		}
		readingsKept += len(s.Readings)
	}
	// Every reading is in one anchor; every anchor's root is its readings' and is on chain once.
	all, err := st.Anchors(ctx)
	if err != nil {
		t.Fatal(err)
	}
	leaves := 0
	roots := map[common.Hash]bool{}
	for _, an := range all {
		tr, ks, recs, err := readings.LeavesOf(ctx, st, an.ID)
		if err != nil {
			t.Fatal(err)
		}
		if tr.Root() != an.Root || len(ks)+len(recs) != an.LeafCount {
			t.Fatalf("anchor %d: root %s of %d leaves, recorded %s of %d", an.ID, tr.Root().Hex(), len(ks)+len(recs), an.Root.Hex(), an.LeafCount)
		}
		if roots[an.Root] {
			t.Fatalf("root %s recorded by two anchors", an.Root.Hex())
		}
		roots[an.Root] = true
		leaves += len(ks)
		// one reading of the anchor proves on chain (a site's device: the gateway serves its proof)
		for _, k := range ks {
			if k.Device == fleet[0].Address || k.Device == fleet[1].Address || k.Device == fleet[2].Address || k.Device == fleet[3].Address {
				p, code := getProof(t, c.addr, k.Device, k.Sequence, int(k.Index))
				if code != http.StatusOK {
					t.Fatalf("proof of batch %d reading %d: HTTP %d", k.Sequence, k.Index, code)
				}
				if _, err := telemetry.VerifyProof(ctx, e.eth, p); err != nil {
					t.Fatal(err)
				}
				break
			}
		}
	}
	if left, err := st.Unanchored(ctx); err != nil || left != 0 {
		t.Fatalf("%d readings unanchored (%v)", left, err)
	}
	if readingsKept > leaves {
		t.Fatalf("%d readings in anchors, %d acknowledged", leaves, readingsKept)
	}
	total := leaves
	onChain := anchoredRoots(t, e, devnet.DevAddress(devnet.RoleGateway), from+1)
	if len(onChain) != len(all) {
		t.Fatalf("%d BatchAnchored events for %d anchors", len(onChain), len(all))
	}
	for r, n := range onChain {
		if n != 1 || !roots[r] {
			t.Fatalf("root %s anchored %d times (known to the store: %v)", r.Hex(), n, roots[r])
		}
	}
	t.Logf("%d acknowledged batches (%d readings; %d kept), %d anchors on chain once each, after 2 SIGKILLs", len(acked),
		readingsKept, total, len(all))
}

// anchoredRoots counts the custodian's BatchAnchored events per root, from block from on.
func anchoredRoots(t *testing.T, e *env, custodian common.Address, from uint64) map[common.Hash]int {
	t.Helper()
	ra, err := bindings.NewRecordAnchorFilterer(e.s.Manifest.AnchorsAddress(), e.eth)
	if err != nil {
		t.Fatal(err)
	}
	it, err := ra.FilterBatchAnchored(&bind.FilterOpts{Context: context.Background(), Start: from}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	out := map[common.Hash]int{}
	for it.Next() {
		if it.Event.Custodian == custodian {
			out[common.Hash(it.Event.Root)]++
		}
	}
	return out
}

// TestClaimWithoutWrite: a gateway killed between its Redis claim of a sequence number and its write leaves the
// number claimed with nothing kept; the device's retry (to this or another replica) is taken, not refused as a
// replay, and only a batch really kept is refused as sequence_replayed.
func TestClaimWithoutWrite(t *testing.T) {
	e := newEnv(t)
	g := e.gateway(t, storetest.SQLiteURL(t), nil)
	key, _ := crypto.GenerateKey()
	dev := e.devices.add(key, telemetry.KindColdStore, common.Address{}, true)
	if st, code := postBatch(t, g, fridge(t, key, g.Domain(), 1, 4000)); st != http.StatusOK {
		t.Fatalf("batch 1: %d %s", st, code)
	}
	opts, _ := redis.ParseURL(machineRedis)
	rdb := redis.NewClient(opts)
	defer rdb.Close()
	// what the killed gateway's claim of number 2 left (the sequence script's sorted set of the device)
	if err := rdb.ZAdd(context.Background(), e.prefix+":seq:{"+dev.Hex()+"}", redis.Z{Score: 2, Member: "2"}).Err(); err != nil {
		t.Fatal(err)
	}
	two := fridge(t, key, g.Domain(), 2, 4100)
	if st, code := postBatch(t, g, two); st != http.StatusOK {
		t.Fatalf("the retry of a batch claimed but never kept: HTTP %d %s, want 200", st, code)
	}
	if st, code := postBatch(t, g, two); code != telemetry.CodeReplayed {
		t.Fatalf("a replay of a kept batch: HTTP %d %s, want %s", st, code, telemetry.CodeReplayed)
	}
	if ok, err := g.Store().Has(context.Background(), dev, 2); err != nil || !ok {
		t.Fatalf("batch 2 kept: %v %v", ok, err)
	}
}
