package main

import (
	"context"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bevan-health/bevan/analytics/access"
	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/redis/go-redis/v9"
)

// bevan analytics request|approve|fetch on a devnet: hostile input is refused before anything is sent; the
// council's request is refused by the endpoint until the DAO executes the approval `analytics approve` proposed;
// then `analytics fetch` writes the dataset and the opening, having checked the anchor; another member's fetch is
// refused (not_requester).
func TestAnalyticsAccessCLI(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	e := startChainCLI(t, ctx)
	url := strings.TrimSuffix(e.graphql, "/graphql") + "/analytics"
	head, err := e.d.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	ht := time.Unix(int64(head.Time), 0).UTC()
	period := ht.Format("2006") + "-Q" + string(rune('0'+(int(ht.Month())+2)/3))

	for _, bad := range [][]string{{"--measure", "nope", "--purpose", "POPHLTH"}, {"--measure", "consents-by-purpose", "--purpose", "TREAT"}} {
		if _, _, err := e.sign(devnet.RoleCouncil, append([]string{"analytics", "request", "--period", period}, bad...)...); err == nil {
			t.Fatalf("request %v accepted", bad)
		}
	}
	var req accessRequestJSON
	out, stderr, err := e.sign(devnet.RoleCouncil, "analytics", "request", "--measure", "consents-by-purpose", "--purpose", "POPHLTH",
		"--period", period, "--json")
	e.mustJSON(&req, out, stderr, err)
	if req.Status != "mined" || req.RequestID == 0 || req.Purpose != "POPHLTH" {
		t.Fatalf("request: %+v", req)
	}
	id := big.NewInt(int64(req.RequestID)).String()
	file := t.TempDir() + "/dataset.json"
	fetch := func(role string) (string, string, error) {
		return e.read(role, "analytics", "fetch", id, "--out", file, "--analytics", url, "--password-env", "BEVAN_TEST_PW")
	}
	if _, _, err := fetch(devnet.RoleCouncil); err == nil || !strings.Contains(err.Error(), string(access.CodeNotApproved)) {
		t.Fatalf("fetch before the approval: %v", err)
	}
	if _, err := os.Stat(file); err == nil {
		t.Fatal("a refused fetch wrote the dataset")
	}

	var p proposeJSON
	out, stderr, err = e.sign(devnet.RoleTrust, "analytics", "approve", id, "--json")
	e.mustJSON(&p, out, stderr, err)
	if p.Status != "mined" || !strings.Contains(p.Description, "Approve data-access request "+id+": consents-by-purpose for POPHLTH, "+period) {
		t.Fatalf("approve: %+v", p)
	}
	call := &bind.CallOpts{Context: ctx}
	gov, _ := bindings.NewBevanGovernor(e.d.Manifest.GovernorAddress(), e.d.Client)
	delay, _ := gov.VotingDelay(call)
	e.mine(ctx, delay.Uint64()+1, 0)
	for _, role := range []string{devnet.RoleTrust, devnet.RoleGP, devnet.RoleCouncil} {
		if _, stderr, err := e.sign(role, "dao", "vote", p.ProposalID, "for"); err != nil {
			t.Fatalf("%s votes: %v\n%s", role, err, stderr)
		}
	}
	period2, _ := gov.VotingPeriod(call)
	e.mine(ctx, period2.Uint64()+1, 0)
	if _, stderr, err := e.sign(devnet.RoleTrust, "dao", "queue", p.ProposalID); err != nil {
		t.Fatalf("queue: %v\n%s", err, stderr)
	}
	tl, _ := bindings.NewBevanTimelock(e.d.Manifest.TimelockAddress(), e.d.Client)
	minDelay, _ := tl.GetMinDelay(call)
	e.mine(ctx, 1, minDelay.Uint64()+1)
	if _, stderr, err := e.sign(devnet.RoleTrust, "dao", "execute", p.ProposalID); err != nil {
		t.Fatalf("execute: %v\n%s", err, stderr)
	}
	if _, _, err := e.sign(devnet.RoleTrust, "analytics", "approve", id); err == nil || !strings.Contains(err.Error(), "already approved") {
		t.Fatalf("second approval: %v", err)
	}

	if _, _, err := fetch(devnet.RoleTrust); err == nil || !strings.Contains(err.Error(), string(access.CodeNotRequester)) {
		t.Fatalf("another member's fetch: %v", err)
	}
	out, stderr, err = fetch(devnet.RoleCouncil)
	if err != nil {
		t.Fatalf("fetch: %v\n%s", err, stderr)
	}
	if !strings.Contains(out, "consents-by-purpose") || !strings.Contains(out, "release 1 anchored on chain") || !strings.Contains(out, "total") {
		t.Fatalf("fetch output:\n%s", out)
	}
	raw, err := os.ReadFile(file)
	if err != nil || !strings.Contains(string(raw), `"resourceType":"MeasureReport"`) {
		t.Fatalf("dataset file: %v %s", err, raw)
	}
	if _, err := os.Stat(file + ".release.json"); err != nil {
		t.Fatal(err)
	}
}

// `bevan analytics serve` as its own process, over the devnet's index database: it binds a port of its own, signs
// organisations in (its base URL is the address bound), answers a request not approved with not_approved and another
// organisation's with not_requester, and stops cleanly on Ctrl-C.
func TestAnalyticsServe(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	e := startChainCLI(t, ctx)
	bin := devnettest.Bevan(t)
	var req accessRequestJSON
	out, stderr, err := e.sign(devnet.RoleCouncil, "analytics", "request", "--measure", "anchors-by-custodian", "--purpose", "HRESCH",
		"--period", "2026", "--json")
	e.mustJSON(&req, out, stderr, err)

	t.Setenv("BEVAN_TEST_RELEASER", hex.EncodeToString(crypto.FromECDSA(devnet.DevKey(devnet.RoleAnalytics))))
	prefix := fmt.Sprintf("bevan:test:analytics-serve:%d", time.Now().UnixNano())
	rdb := redis.NewClient(&redis.Options{Addr: "127.0.0.1:6379"})
	defer rdb.Close()
	t.Cleanup(func() {
		if keys, _ := rdb.Keys(context.Background(), prefix+":*").Result(); len(keys) > 0 {
			rdb.Del(context.Background(), keys...)
		}
	})
	p := startBevan(t, bin, "analytics", "serve", "--db", e.db, "--rpc", e.d.RPCURL(), "--deployments", e.manifest,
		"--relayer", e.relayer, "--raw-key-env", "BEVAN_TEST_RELEASER", "--redis-url", "redis://127.0.0.1:6379/0",
		"--redis-prefix", prefix, "--http", "127.0.0.1:0", "--nonces-per-minute", "4")
	re := regexp.MustCompile(`baseURL=(http://127\.0\.0\.1:\d+)`)
	var base string
	for deadline := time.Now().Add(time.Minute); base == ""; time.Sleep(100 * time.Millisecond) {
		if m := re.FindStringSubmatch(p.stderrTail()); m != nil {
			base = m[1]
		} else if time.Now().After(deadline) {
			t.Fatalf("analytics serve did not start:\n%s", p.stderrTail())
		}
	}
	for role, want := range map[string]access.Code{devnet.RoleCouncil: access.CodeNotApproved, devnet.RoleTrust: access.CodeNotRequester} {
		cl := access.NewClient(base, e.d.Manifest.ChainID, nil)
		if _, err := cl.SignIn(ctx, devnet.DevKey(role)); err != nil {
			t.Fatalf("%s signs in: %v\n%s", role, err, p.stderrTail())
		}
		if _, err := cl.Dataset(ctx, req.RequestID); access.CodeOf(err) != want {
			t.Fatalf("%s: %v, want %s", role, err, want)
		}
	}
	// Two nonces were issued above; the fifth this minute is refused (a minute boundary may reset the count once).
	limited := false
	for range 7 {
		if _, err := access.NewClient(base, e.d.Manifest.ChainID, nil).SignIn(ctx, devnet.DevKey(devnet.RoleGP)); access.CodeOf(err) == access.CodeRateLimited {
			limited = true
			break
		}
	}
	if !limited {
		t.Fatalf("nonces were never rate limited")
	}
	if err := p.cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case <-p.exited:
		if p.err != nil {
			t.Fatalf("analytics serve exited with %v:\n%s", p.err, p.stderrTail())
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("analytics serve did not stop on Ctrl-C:\n%s", p.stderrTail())
	}
	if strings.Contains(p.stderrTail(), devnet.DevAddress(devnet.RoleCouncil).Hex()) {
		t.Fatalf("the log names the organisation:\n%s", p.stderrTail())
	}
}
