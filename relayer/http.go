package relayer

import (
	"cmp"
	"context"
	"errors"
	"math/big"
	"mime"
	"net/http"
	"sync"
	"time"

	"github.com/bevan-health/bevan/internal/apierr"
	"github.com/bevan-health/bevan/relayer/admission"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/bevan-health/bevan/relayer/policy"
	"github.com/bevan-health/bevan/relayer/queue"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

func (s *Service) routes() http.Handler {
	return apierr.Mux(map[string]http.HandlerFunc{
		"POST /v1/forward":        s.handleForward,
		"POST /v1/vote":           s.handleVote,
		"GET /v1/requests/{id}":   s.handleStatus,
		"GET /v1/nonce/{address}": s.handleNonce,
		"GET /healthz":            s.handleHealth,
		"GET /metrics":            promhttp.HandlerFor(s.metrics.reg, promhttp.HandlerOpts{}).ServeHTTP,
	}, api.CodeMethodNotAllowed, api.CodeNotFoundEndpoint)
}

func writeJSON(w http.ResponseWriter, status int, v any) { apierr.WriteJSON(w, status, v) }

// writeError answers err's *api.Error, or an internal error.
func writeError(w http.ResponseWriter, err error) {
	var e *api.Error
	if !errors.As(err, &e) {
		e = api.Errorf(api.CodeInternal, "%v", err)
	}
	apierr.Write(w, e)
}

// asAPIError maps internal failures to stable codes: Redis down → redis_unavailable (fail closed).
func asAPIError(err error) error {
	var e *api.Error
	if errors.As(err, &e) {
		return e
	}
	if errors.Is(err, queue.ErrUnavailable) {
		return api.Errorf(api.CodeRedisUnavailable, "the relayer's store (Redis) is unreachable, so it accepts no requests now; retry later: %v", err)
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return api.Errorf(api.CodeRPCUnavailable, "timed out checking the request: %v", err)
	}
	return api.Errorf(api.CodeInternal, "%v", err)
}

// fail answers with err's stable code. For 5xx codes the message is a fixed one and the detail (an RPC or Redis
// error, which can carry the RPC URL and its API key, or Redis's address) goes to the log only.
func (s *Service) fail(w http.ResponseWriter, what string, err error) api.Code {
	err = asAPIError(err)
	code := api.CodeOf(err)
	if code.Status() >= 500 {
		s.log.Warn("request not served", "endpoint", what, "code", code, "err", err)
		err = api.Errorf(code, "%s", unavailableMessage[code])
	}
	writeError(w, err)
	return code
}

// unavailableMessage is what a client is told for each 5xx code (the detail is logged).
var unavailableMessage = map[api.Code]string{
	api.CodeInternal:         "internal error; nothing was accepted",
	api.CodeRedisUnavailable: "the relayer's store is unreachable, so it accepts no requests now; nothing was accepted; retry later",
	api.CodeRPCUnavailable:   "the relayer cannot reach the chain now; nothing was accepted; retry later",
	api.CodeRelayerUnfunded:  "the relayer's account cannot pay for this request now; nothing was accepted",
	api.CodeShuttingDown:     "the relayer is shutting down; retry with another replica",
}

func checkContentType(r *http.Request) error {
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		return nil
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil || mt != "application/json" {
		return api.Errorf(api.CodeUnsupportedMedia, "content type %q: send application/json", ct)
	}
	return nil
}

func (s *Service) handleForward(w http.ResponseWriter, r *http.Request) {
	s.submit(w, r, "forward", func(ctx context.Context) (*policy.Checked, error) {
		f, err := api.Decode[api.Forward](r.Body)
		if err != nil {
			return nil, err
		}
		return s.policy.StaticForward(f, s.now())
	})
}

func (s *Service) handleVote(w http.ResponseWriter, r *http.Request) {
	s.submit(w, r, "vote", func(ctx context.Context) (*policy.Checked, error) {
		v, err := api.Decode[api.Vote](r.Body)
		if err != nil {
			return nil, err
		}
		return s.policy.StaticVote(v)
	})
}

func (s *Service) submit(w http.ResponseWriter, r *http.Request, endpoint string, static func(context.Context) (*policy.Checked, error)) {
	start := time.Now()
	acc, status, err := s.accept(r, static)
	code := "accepted"
	if err != nil {
		code = string(s.fail(w, endpoint, err))
	} else {
		if acc.Duplicate {
			code = "duplicate"
		}
		writeJSON(w, status, acc)
		s.metrics.acceptTime.Observe(time.Since(start).Seconds())
	}
	s.metrics.requests.WithLabelValues(endpoint, code).Inc()
}

// accept runs the policy and stores the request; it answers 202 only once Redis has it.
func (s *Service) accept(r *http.Request, static func(context.Context) (*policy.Checked, error)) (*api.Accepted, int, error) {
	if s.stopping.Load() {
		return nil, 0, api.Errorf(api.CodeShuttingDown, "the relayer is shutting down; retry with another replica")
	}
	if err := checkContentType(r); err != nil {
		return nil, 0, err
	}
	// Who sponsors it, from the headers alone: an unknown app key, or no key where only app keys are sponsored,
	// is refused before the body is read.
	sponsor, err := s.admit.Identify(r)
	if err != nil {
		return nil, 0, err
	}
	r.Body = http.MaxBytesReader(nil, r.Body, api.MaxBodyBytes+1)
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()
	c, err := static(ctx)
	if err != nil {
		return nil, 0, err
	}
	// Idempotency, then sponsorship and rate limits, in one Redis script before any RPC call: a re-posted request
	// gets its id back, whatever the chain says now; a new one is counted against the per-minute counters of the
	// sponsor and the wallet, and the sponsor's daily gas and budget are checked against the request's bound (its
	// gas at the cached price).
	price := s.price.Load()
	bound := new(big.Int).Mul(new(big.Int).SetUint64(c.GasLimit), price)
	ticket, err := s.admit.Admit(ctx, sponsor, admission.Request{ID: c.ID, From: c.From, Gas: c.GasLimit, BoundGwei: weiToGweiCeil(bound)}, time.Now())
	if err != nil {
		return nil, 0, err
	}
	if ticket.Stored != "" {
		return &api.Accepted{ID: c.ID, Status: ticket.Stored, Duplicate: true}, http.StatusOK, nil
	}
	l1, err := s.chainChecks(ctx, c)
	if err != nil {
		return nil, 0, err
	}
	cost := new(big.Int).Add(bound, l1)
	bal := s.balance.Load()
	if need := new(big.Int).Add(cost, s.cfg.MinBalance); bal.Cmp(need) < 0 {
		return nil, 0, api.Errorf(api.CodeRelayerUnfunded, "the relayer account %s holds %s wei, less than the %s wei this request needs plus its reserve; nothing was accepted", s.address, bal, need)
	}
	// Quotas count the full cost: the transaction's gas limit (execution bound, intrinsic gas, EIP-7623 calldata
	// floor) plus the L1 data fee in gas at the current price; budgets the cost in gwei.
	rec := &queue.Record{Request: c.Request, AcceptBlock: s.head.Load(), CostGwei: weiToGweiCeil(cost)}
	rec.QuotaGas = fullGas(c.GasLimit, l1, price)
	rec.Charges = ticket.Charges(rec.QuotaGas, rec.CostGwei)
	lim := s.cfg.Limits
	lim.RequestsPerMinute = 0 // counted by the admission, before the chain work
	st, dup, err := s.store.Accept(ctx, rec, lim, time.Now())
	if err != nil {
		return nil, 0, err
	}
	if dup {
		return &api.Accepted{ID: c.ID, Status: st, Duplicate: true}, http.StatusOK, nil
	}
	s.queued.Add(1)
	return &api.Accepted{ID: c.ID, Status: st}, http.StatusAccepted, nil
}

// chainChecks reads the signer's role (when the function needs one), simulates the request and reads its L1 data
// fee (on a chain with the GasPriceOracle): independent reads, made at once, so that under load the batcher sends
// them to the node together. A simulation that succeeds proves the signed nonce is the chain's (the forwarder and
// the Governor check the signature against it); only when it fails is the nonce read, to tell a replayed or future
// nonce from another revert.
func (s *Service) chainChecks(ctx context.Context, c *policy.Checked) (*big.Int, error) {
	var roleErr, callErr, l1Err error
	l1 := new(big.Int)
	checks := []func(){func() { callErr = s.policy.Call(ctx, &c.Request) }}
	if c.NeedsRole() {
		checks = append(checks, func() { roleErr = s.policy.CheckRole(ctx, c) })
	}
	if s.l1.Present() {
		checks = append(checks, func() { l1, l1Err = s.l1.Fee(ctx, s.chainID, c.Target, c.TxData, c.GasLimit) })
	}
	together(checks)
	if callErr != nil && api.CodeOf(callErr) == api.CodeWouldRevert {
		if err := s.policy.CheckNonce(ctx, c); err != nil {
			return nil, err
		}
	}
	if err := cmp.Or(roleErr, callErr); err != nil {
		return nil, err
	}
	if l1Err != nil {
		return nil, api.Errorf(api.CodeRPCUnavailable, "L1 data fee: %v", l1Err)
	}
	return l1, nil
}

// together runs fns at once, the first on this goroutine, and returns when all have.
func together(fns []func()) {
	var wg sync.WaitGroup
	for _, f := range fns[1:] {
		wg.Add(1)
		go func() { defer wg.Done(); f() }()
	}
	fns[0]()
	wg.Wait()
}

// fullGas is a request's gas limit plus its L1 data fee expressed in gas at price (rounded up).
func fullGas(gasLimit uint64, l1, price *big.Int) uint64 {
	if l1.Sign() == 0 || price.Sign() == 0 {
		return gasLimit
	}
	g := new(big.Int).Add(l1, new(big.Int).Sub(price, big.NewInt(1)))
	g.Div(g, price)
	if !g.IsUint64() || g.Uint64() > 1<<40 {
		return gasLimit + 1<<40
	}
	return gasLimit + g.Uint64()
}

func weiToGweiCeil(wei *big.Int) int64 {
	g := new(big.Int).Add(wei, big.NewInt(1e9-1))
	g.Div(g, big.NewInt(1e9))
	if !g.IsInt64() {
		return 1 << 62
	}
	return g.Int64()
}

func (s *Service) handleStatus(w http.ResponseWriter, r *http.Request) {
	raw := r.PathValue("id")
	b, err := decodeHash(raw)
	if err != nil {
		writeError(w, api.Errorf(api.CodeInvalidRequest, "id %q is not a 32-byte 0x-hex digest", raw))
		return
	}
	rec, err := s.store.Get(r.Context(), b)
	if errors.Is(err, queue.ErrNotFound) {
		writeError(w, api.Errorf(api.CodeNotFound, "no request %s", b))
		return
	}
	if err != nil {
		s.fail(w, "status", err)
		return
	}
	writeJSON(w, http.StatusOK, rec.API())
}

func decodeHash(s string) (common.Hash, error) {
	b, err := hexutil.Decode(s)
	if err != nil || len(b) != 32 {
		return common.Hash{}, errors.New("bad hash")
	}
	return common.BytesToHash(b), nil
}

func (s *Service) handleNonce(w http.ResponseWriter, r *http.Request) {
	raw := r.PathValue("address")
	if !common.IsHexAddress(raw) {
		writeError(w, api.Errorf(api.CodeInvalidRequest, "%q is not an address", raw))
		return
	}
	addr := common.HexToAddress(raw)
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	// Each nonce read is an RPC call: only for the relayer's apps, or rate limited per client address.
	if err := s.admit.AdmitRead(ctx, r, time.Now()); err != nil {
		s.fail(w, "nonce", err)
		return
	}
	fn, err := s.policy.ChainNonce(ctx, "forward", addr)
	if err != nil {
		s.fail(w, "nonce", err)
		return
	}
	gn, err := s.policy.ChainNonce(ctx, "vote", addr)
	if err != nil {
		s.fail(w, "nonce", err)
		return
	}
	writeJSON(w, http.StatusOK, api.Nonce{Address: addr, Forwarder: fn.String(), Governor: gn.String()})
}

func (s *Service) handleHealth(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()
	h := api.Health{OK: true, ChainID: s.chainID.Uint64(), Relayer: s.address, Redis: "ok", RPC: "ok"}
	// Stable codes only: the errors themselves can carry the RPC URL (and its API key) or Redis's address.
	if n, err := s.store.QueueLen(ctx); err != nil {
		h.OK, h.Redis = false, string(api.CodeRedisUnavailable)
		s.log.Warn("health: Redis", "err", err)
	} else {
		h.Queued = n
	}
	if _, err := s.client.BlockNumber(ctx); err != nil {
		h.OK, h.RPC = false, string(api.CodeRPCUnavailable)
		s.log.Warn("health: RPC", "err", err)
	}
	status := http.StatusOK
	if !h.OK || s.stopping.Load() {
		h.OK = false
		status = http.StatusServiceUnavailable
	}
	writeJSON(w, status, h)
}
