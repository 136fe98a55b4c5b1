package relayer_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/internal/redisproc"
	"github.com/bevan-health/bevan/metatx"
	"github.com/bevan-health/bevan/relayer"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/bevan-health/bevan/relayer/client"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// postRaw posts a body as is with the test's app key and returns the HTTP status and the error code of the answer.
func (e *env) postRaw(path, contentType string, body []byte) (int, api.Code) {
	e.t.Helper()
	h := http.Header{api.AppKeyHeader: {testAppKey}}
	if contentType != "" {
		h.Set("Content-Type", contentType)
	}
	st, apiErr := e.doRaw(http.MethodPost, path, body, h)
	if apiErr == nil {
		return st, ""
	}
	if apiErr.Message == "" {
		e.t.Fatalf("error %s has no human message", apiErr.Code)
	}
	return st, apiErr.Code
}

// doRaw sends a request as is (headers h) and returns the HTTP status and the answer's error (nil when it has none).
func (e *env) doRaw(method, path string, body []byte, h http.Header) (int, *api.Error) {
	e.t.Helper()
	req, _ := http.NewRequestWithContext(e.ctx, method, e.svc.URL()+path, bytes.NewReader(body))
	for k, v := range h {
		req.Header[http.CanonicalHeaderKey(k)] = v
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	var eb api.ErrorBody
	_ = json.NewDecoder(resp.Body).Decode(&eb)
	return resp.StatusCode, eb.Error
}

func TestBadInputIsRejectedWithStableCodes(t *testing.T) {
	e := newEnv(t, nil)
	m := e.d.Manifest
	patient := newWallet()
	good := func() *api.Forward {
		return e.signed(patient, m.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet())))
	}
	goodJSON, _ := json.Marshal(good())
	cases := []struct {
		name, ct string
		body     []byte
		status   int
		code     api.Code
	}{
		{"malformed", "application/json", []byte(`{"chainId": `), 400, api.CodeMalformedJSON},
		{"not an object", "application/json", []byte(`[1,2]`), 400, api.CodeMalformedJSON},
		{"trailing data", "application/json", append(append([]byte{}, goodJSON...), []byte(` {}`)...), 400, api.CodeMalformedJSON},
		{"unknown field", "application/json", []byte(`{"chainId": 901, "gasPrice": 1}`), 400, api.CodeUnknownField},
		{"oversize", "application/json", append([]byte(`{"x":"`), bytes.Repeat([]byte("a"), api.MaxBodyBytes)...), 413, api.CodeBodyTooLarge},
		{"content type", "text/plain", goodJSON, 415, api.CodeUnsupportedMedia},
		{"missing nonce", "application/json", []byte(`{"chainId": 901, "forwarder": "` + m.ForwarderAddress().Hex() + `", "request": {"from": "` + addr(patient).Hex() + `", "to": "` + m.ConsentsAddress().Hex() + `", "gas": 1000, "deadline": 99999999999, "data": "0x"}, "signature": "0x"}`), 400, api.CodeInvalidRequest},
	}
	for _, c := range cases {
		st, code := e.postRaw("/v1/forward", c.ct, c.body)
		if st != c.status || code != c.code {
			t.Errorf("%s: HTTP %d %q, want %d %q", c.name, st, code, c.status, c.code)
		}
	}
	if st, code := e.postRaw("/v1/vote", "application/json", []byte(`{"ballot": {"proposalId": "-1"}}`)); st != 400 || code != api.CodeInvalidRequest && code != api.CodeWrongChain {
		t.Errorf("bad ballot: %d %s", st, code)
	}

	for _, path := range []string{"/v1/forward", "/v1/nonce/0x01", "/nope"} {
		st, apiErr := e.doRaw(http.MethodPut, path, nil, nil)
		if apiErr == nil || (st != 405 && st != 404) || apiErr.Code.Status() != st {
			t.Errorf("PUT %s: HTTP %d %+v", path, st, apiErr)
		}
	}

	// Signed requests that break a rule.
	stranger := newWallet()
	trust := devnet.DevKey(devnet.RoleTrust)
	type signedCase struct {
		name string
		f    func() *api.Forward
		code api.Code
	}
	other := newWallet()
	rec := crypto.Keccak256Hash([]byte(t.Name()))
	signedCases := []signedCase{
		{"wrong chain", func() *api.Forward { f := good(); f.ChainID = 1; return f }, api.CodeWrongChain},
		{"wrong domain", func() *api.Forward { f := good(); f.Forwarder = addr(newWallet()); return f }, api.CodeWrongDomain},
		{"signed for another domain", func() *api.Forward {
			req, _ := good().Request.Meta()
			sig, _ := req.Sign(patient, big.NewInt(1), e.dom.Forwarder)
			f := good()
			f.Signature = sig
			return f
		}, api.CodeBadSignature},
		{"signed by another key", func() *api.Forward {
			f := good()
			req, _ := f.Request.Meta()
			f.Signature, _ = req.Sign(other, e.dom.ChainID, e.dom.Forwarder)
			return f
		}, api.CodeBadSignature},
		{"v of 0/1", func() *api.Forward { f := good(); f.Signature[64] -= 27; return f }, api.CodeBadSignature},
		{"short signature", func() *api.Forward { f := good(); f.Signature = f.Signature[:64]; return f }, api.CodeBadSignature},
		{"malleable signature", func() *api.Forward { f := good(); f.Signature = malleate(f.Signature); return f }, api.CodeMalleableSig},
		{"altered after signing", func() *api.Forward { f := good(); f.Request.Gas++; return f }, api.CodeBadSignature},
		{"expired deadline", func() *api.Forward {
			return e.signed(patient, m.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(other)), func(r *metatx.Request) { r.Deadline = uint64(time.Now().Unix()) - 10 })
		}, api.CodeDeadlineExpired},
		{"deadline too close", func() *api.Forward {
			return e.signed(patient, m.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(other)), func(r *metatx.Request) { r.Deadline = uint64(time.Now().Unix()) + 5 })
		}, api.CodeDeadlineTooClose},
		{"future nonce", func() *api.Forward {
			return e.signed(patient, m.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(other)), func(r *metatx.Request) { r.Nonce = new(big.Int).Add(r.Nonce, big.NewInt(1)) })
		}, api.CodeNonceFuture},
		{"value", func() *api.Forward {
			return e.signed(patient, m.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(other)), func(r *metatx.Request) { r.Value = big.NewInt(1) })
		}, api.CodeValueNotAllowed},
		{"excessive gas", func() *api.Forward {
			return e.signed(patient, m.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(other)), func(r *metatx.Request) { r.Gas = 5_000_000 })
		}, api.CodeGasTooHigh},
		{"target not in the manifest", func() *api.Forward {
			return e.signed(patient, addr(newWallet()), e.pack(e.consABI, "appointGuardian", addr(other)))
		}, api.CodeTargetNotAllowed},
		{"Membership is not sponsored", func() *api.Forward {
			return e.signed(patient, m.MembershipAddress(), []byte{0x5c, 0x19, 0xa9, 0x5c, 0, 0, 0, 0})
		}, api.CodeTargetNotAllowed},
		{"selector not allowed", func() *api.Forward {
			return e.signed(patient, m.ConsentsAddress(), e.pack(e.consABI, "grantRole", common.Hash{}, addr(patient)))
		}, api.CodeSelectorNotAllowed},
		{"multicall", func() *api.Forward {
			sel := crypto.Keccak256([]byte("multicall(bytes[])"))[:4]
			return e.signed(patient, m.ConsentsAddress(), append(sel, make([]byte, 64)...))
		}, api.CodeSelectorNotAllowed},
		{"no selector", func() *api.Forward { return e.signed(patient, m.ConsentsAddress(), []byte{1, 2}) }, api.CodeSelectorNotAllowed},
		{"not patient or guardian", func() *api.Forward {
			return e.signed(stranger, m.ConsentsAddress(), e.pack(e.consABI, "grant", addr(patient), addr(other), uint16(1), uint8(1), big.NewInt(0), common.Hash{}))
		}, api.CodeNotPatientOrGuard},
		{"not custodian", func() *api.Forward {
			return e.signed(stranger, m.AnchorsAddress(), e.pack(e.ancABI, "anchor", rec, rec, common.Hash{}))
		}, api.CodeNotCustodian},
		{"not device registrar", func() *api.Forward {
			return e.signed(stranger, m.DevicesAddress(), e.pack(e.devABI, "register", addr(other), uint8(1), [8]byte{'R', 'J', '1'}, common.Address{}))
		}, api.CodeNotDeviceRegistrar},
		{"not telemetry gateway", func() *api.Forward {
			return e.signed(trust, m.DevicesAddress(), e.pack(e.devABI, "recordExcursion", addr(other), big.NewInt(1), big.NewInt(2), int32(0), int32(1), rec, []string{}))
		}, api.CodeNotGateway},
		{"device registration would revert (decoded)", func() *api.Forward {
			return e.signed(trust, m.DevicesAddress(), e.pack(e.devABI, "register", addr(other), uint8(9), [8]byte{'R', 'J', '1'}, common.Address{}))
		}, api.CodeWouldRevert},
		{"not emergency responder", func() *api.Forward {
			return e.signed(stranger, m.ConsentsAddress(), e.pack(e.consABI, "recordEmergencyAccess", addr(patient), rec))
		}, api.CodeNotEmergencyRole},
		{"not identity attester", func() *api.Forward {
			return e.signed(stranger, m.IdentitiesAddress(), e.pack(e.idABI, "attest", addr(patient), uint8(9), big.NewInt(time.Now().Add(time.Hour).Unix()), rec))
		}, api.CodeNotAttester},
		{"not identity attester: recovery request", func() *api.Forward {
			return e.signed(stranger, m.RecoveryAddress(), e.pack(e.recABI, "request", addr(patient), addr(other)))
		}, api.CodeNotAttester},
		{"not a guardian: recovery confirm", func() *api.Forward {
			return e.signed(stranger, m.RecoveryAddress(), e.pack(e.recABI, "confirm", addr(patient)))
		}, api.CodeNotRecoveryParty},
		{"not member: propose", func() *api.Forward {
			return e.signed(stranger, m.GovernorAddress(), e.pack(e.govABI, "propose", []common.Address{m.ConsentsAddress()}, []*big.Int{big.NewInt(0)}, [][]byte{{1}}, "x"))
		}, api.CodeNotMember},
		{"would revert (decoded)", func() *api.Forward {
			return e.signed(patient, m.ConsentsAddress(), e.pack(e.consABI, "grant", addr(patient), addr(other), uint16(0), uint8(1), big.NewInt(0), common.Hash{}))
		}, api.CodeWouldRevert},
		{"anchor would revert (decoded)", func() *api.Forward {
			return e.signed(trust, m.AnchorsAddress(), e.pack(e.ancABI, "anchor", common.Hash{}, rec, common.Hash{}))
		}, api.CodeWouldRevert},
	}
	for _, c := range signedCases {
		_, err := e.cl.Forward(e.ctx, c.f())
		wantCode(t, c.name, err, c.code)
		if c.code == api.CodeWouldRevert && !strings.Contains(err.Error(), "Invalid") {
			t.Errorf("%s: the reason is not decoded: %v", c.name, err)
		}
	}

	// Ballots.
	pid := e.proposal()
	_, err := e.cl.Vote(e.ctx, func() *api.Vote {
		v, _ := client.SignVote(stranger, e.dom, &metatx.Ballot{ProposalID: pid, Support: 1, Voter: addr(stranger), Nonce: big.NewInt(0)})
		return v
	}())
	wantCode(t, "ballot of a non-member", err, api.CodeNotMember)
	v := e.ballot(devnet.RoleGP, pid, 1)
	v.Governor = e.dom.Forwarder
	_, err = e.cl.Vote(e.ctx, v)
	wantCode(t, "ballot for another governor", err, api.CodeWrongDomain)
	v = e.ballot(devnet.RoleGP, pid, 1)
	v.Signature = malleate(v.Signature)
	_, err = e.cl.Vote(e.ctx, v)
	wantCode(t, "malleable ballot", err, api.CodeMalleableSig)
	v = e.ballot(devnet.RoleGP, big.NewInt(12345), 1)
	_, err = e.cl.Vote(e.ctx, v)
	wantCode(t, "ballot for an unknown proposal", err, api.CodeWouldRevert)
	if !strings.Contains(err.Error(), "GovernorNonexistentProposal") {
		t.Errorf("ballot revert not decoded: %v", err)
	}

	// Replay: once a request is mined, a new request with the used nonce is refused.
	e.mined(good())
	_, err = e.cl.Forward(e.ctx, e.signed(patient, m.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(other)), func(r *metatx.Request) { r.Nonce = new(big.Int).Sub(r.Nonce, big.NewInt(1)) }))
	wantCode(t, "replayed nonce", err, api.CodeNonceReplayed)

	// Nothing refused was submitted: the relayer sent exactly the one transaction it accepted.
	if n, err := e.d.Client.NonceAt(e.ctx, e.svc.Address(), nil); err != nil || n != 1 {
		t.Fatalf("relayer sent %d transactions, want 1 (%v)", n, err)
	}
}

// malleate turns a signature into its high-s twin (valid for ecrecover, refused by OpenZeppelin and the relayer).
func malleate(sig []byte) []byte {
	out := append([]byte{}, sig...)
	s := new(big.Int).SetBytes(sig[32:64])
	s.Sub(crypto.S256().Params().N, s)
	copy(out[32:64], common.LeftPadBytes(s.Bytes(), 32))
	out[64] = 55 - out[64] // 27 <-> 28
	return out
}

func TestNoncePendingWhileQueued(t *testing.T) {
	e := newEnv(t, func(c *relayer.Config) { c.Workers = 0 }) // API-only replica: requests stay queued
	patient := newWallet()
	a := e.signed(patient, e.d.Manifest.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet())))
	b := e.signed(patient, e.d.Manifest.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet())))
	acc, err := e.cl.Forward(e.ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.cl.Forward(e.ctx, b)
	wantCode(t, "second request with the same nonce", err, api.CodeNoncePending)
	st, err := e.cl.Status(e.ctx, acc.ID)
	if err != nil || st.Status != api.StateReceived {
		t.Fatalf("queued request: %+v %v", st, err)
	}
	// A submitting replica with its own key picks the queued request up.
	e.key = newWallet()
	fund(t, addr(e.key))
	e.start(nil)
	e.waitMined(acc.ID)
}

func TestQuotasAndSpendCap(t *testing.T) {
	t.Run("requests per minute", func(t *testing.T) {
		e := newEnv(t, func(c *relayer.Config) { c.Limits.RequestsPerMinute = 1 })
		patient := newWallet()
		limited := false
		// The window is a UTC minute: if the two requests straddle a minute boundary the second is accepted, and
		// the third (a second later) must then be refused.
		for i := 0; i < 3 && !limited; i++ {
			_, err := e.cl.Forward(e.ctx, e.signed(patient, e.d.Manifest.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet()))))
			if err == nil {
				if i == 0 {
					// wait for it to land so the next request's nonce is valid
					waitNonce(t, e, patient, 1)
				} else {
					waitNonce(t, e, patient, int64(i+1))
				}
				continue
			}
			wantCode(t, "second request this minute", err, api.CodeRateLimited)
			limited = true
		}
		if !limited {
			t.Fatal("three requests in a row were accepted with a limit of one per minute")
		}
	})
	t.Run("gas per day", func(t *testing.T) {
		// Each request counts its transaction's full gas (≈ 410k for 300k signed: the forwarder's overhead and the
		// calldata): one fits in 600k, two do not.
		e := newEnv(t, func(c *relayer.Config) { c.Limits.GasPerDay = 600_000 })
		patient := newWallet()
		e.mined(e.signed(patient, e.d.Manifest.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet()))))
		_, err := e.cl.Forward(e.ctx, e.signed(patient, e.d.Manifest.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet()))))
		wantCode(t, "second 300k-gas request with a 600k daily quota", err, api.CodeGasQuota)
		// Another wallet has its own quota.
		e.mined(e.signed(newWallet(), e.d.Manifest.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet()))))
	})
	t.Run("global spending cap", func(t *testing.T) {
		e := newEnv(t, func(c *relayer.Config) { c.Limits.SpendCapGwei = 1 })
		_, err := e.cl.Forward(e.ctx, e.signed(newWallet(), e.d.Manifest.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet()))))
		wantCode(t, "request over the daily cap", err, api.CodeSpendCapReached)
	})
}

func waitNonce(t *testing.T, e *env, k *ecdsa.PrivateKey, want int64) {
	t.Helper()
	eventually(t, 30*time.Second, fmt.Sprintf("the nonce reaches %d", want), func() bool {
		n, _, err := e.cl.Nonce(e.ctx, addr(k))
		return err == nil && n.Int64() >= want
	})
}

func TestUnfundedRelayer(t *testing.T) {
	e := newEnv(t, nil)
	e.key = newWallet() // never funded
	e.start(nil)
	_, err := e.cl.Forward(e.ctx, e.signed(newWallet(), e.d.Manifest.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet()))))
	wantCode(t, "relayer with no balance", err, api.CodeRelayerUnfunded)
}

func TestRedisDownFailsClosed(t *testing.T) {
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	needRedis(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	r, err := redisproc.Start(ctx, redisproc.Config{}, devnettest.Log())
	if err != nil {
		t.Fatal(err)
	}
	defer r.Stop(ctx)
	e := &env{t: t, ctx: ctx, d: shared.d, key: newWallet(), redis: r.URL, prefix: "bevan:test:redisdown"}
	fund(t, addr(e.key))
	e.initABIs()
	e.svc = e.start(nil)
	f := e.signed(newWallet(), e.d.Manifest.ConsentsAddress(), e.pack(e.consABI, "appointGuardian", addr(newWallet())))
	if err := r.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	_, err = e.cl.Forward(ctx, f)
	wantCode(t, "submission with Redis down", err, api.CodeRedisUnavailable)
	// Stable codes only: neither answer carries Redis's address (nor, for the RPC, its URL).
	redisPort := r.URL[strings.LastIndex(r.URL, ":")+1:]
	if strings.Contains(err.Error(), redisPort) || strings.Contains(err.Error(), "127.0.0.1") {
		t.Fatalf("the refusal echoes the Redis error: %v", err)
	}
	resp, err := http.Get(e.svc.URL() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("healthz with Redis down: %d", resp.StatusCode)
	}
	var h api.Health
	if err := json.Unmarshal(body, &h); err != nil || h.Redis != string(api.CodeRedisUnavailable) || h.RPC != "ok" ||
		strings.Contains(string(body), "127.0.0.1") {
		t.Fatalf("healthz body with Redis down: %s (%v)", body, err)
	}
}
