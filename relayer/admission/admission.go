package admission

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"time"

	"github.com/bevan-health/bevan/relayer/api"
	"github.com/bevan-health/bevan/relayer/queue"
	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"
)

// Kind is where a request's sponsorship comes from.
type Kind string

// Sponsorship sources.
const (
	KindApp       Kind = "app"       // an app key
	KindWallet    Kind = "wallet"    // an allowlisted wallet
	KindAnonymous Kind = "anonymous" // unauthenticated use, limited per client address
)

// dayTTL keeps a daily counter a day past its day (replicas' clocks differ a little).
const dayTTL = 48 * time.Hour

// Admission checks sponsorship for one relayer deployment. It is safe for concurrent use.
type Admission struct {
	cfg     Config
	apps    map[[sha256.Size]byte]*App
	wallets map[common.Address]bool
	rdb     redis.UniversalClient
	store   *queue.Store
}

// New builds the admission of cfg; its counters live in Redis under store's prefix (shared by every replica).
func New(cfg Config, rdb redis.UniversalClient, store *queue.Store) (*Admission, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	a := &Admission{cfg: cfg, apps: map[[sha256.Size]byte]*App{}, wallets: map[common.Address]bool{}, rdb: rdb, store: store}
	for i := range cfg.Apps {
		app := cfg.Apps[i]
		b, _ := hex.DecodeString(strings.ToLower(strings.TrimPrefix(app.KeySHA256, "0x"))) // checked by Check
		var h [sha256.Size]byte
		copy(h[:], b)
		a.apps[h] = &app
	}
	for _, w := range cfg.Wallets {
		a.wallets[w] = true
	}
	return a, nil
}

// Sponsor is who a request is charged to; Identify starts it from the HTTP request alone, Admit completes it.
type Sponsor struct {
	kind   Kind
	app    *App
	client netip.Addr // the client's address (an IPv6 client's /64), for unauthenticated use
}

// Kind is where the sponsorship comes from (empty until Admit).
func (s *Sponsor) Kind() Kind { return s.kind }

// Name is the sponsor as logs and metrics show it: "app:<name>", "wallet" or "anonymous" (never a key or an
// address).
func (s *Sponsor) Name() string {
	if s.kind == KindApp {
		return "app:" + s.app.Name
	}
	return string(s.kind)
}

func notEligible() error {
	return api.Errorf(api.CodeNotEligible, "this relayer sponsors requests sent through an app with its key (%s) or from allowlisted wallets only", api.AppKeyHeader)
}

// Identify reads the sponsor from the request's headers, before its body is read: an app key (refused at once when
// it is not one of the relayer's), or else the client's address. When the relayer has neither an allowlist nor
// unauthenticated use, a request without an app key is refused here.
func (a *Admission) Identify(r *http.Request) (*Sponsor, error) {
	if vals := r.Header.Values(api.AppKeyHeader); len(vals) > 0 {
		if len(vals) == 1 {
			if app, ok := a.apps[sha256.Sum256([]byte(strings.TrimSpace(vals[0])))]; ok {
				return &Sponsor{kind: KindApp, app: app}, nil
			}
		}
		return nil, api.Errorf(api.CodeAppKeyInvalid, "the %s header does not hold a key of this relayer", api.AppKeyHeader)
	}
	if len(a.wallets) == 0 && !a.cfg.Anonymous {
		return nil, notEligible()
	}
	return &Sponsor{client: a.ClientAddr(r)}, nil
}

// ClientAddr is the address requests are counted against for unauthenticated use: the TCP peer, or, when the peer
// is a trusted proxy, the right-most address in X-Forwarded-For that is not a trusted proxy. An IPv6 address counts
// as its /64 (one host holds a whole /64).
func (a *Admission) ClientAddr(r *http.Request) netip.Addr {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	addr, err := netip.ParseAddr(host)
	if err != nil {
		return netip.Addr{}
	}
	addr = addr.Unmap()
	if !a.trusted(addr) {
		return group(addr)
	}
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		h := strings.TrimSpace(hops[i])
		if h == "" {
			continue
		}
		ip, err := netip.ParseAddr(h)
		if err != nil {
			break // a malformed hop: the last good one is the client
		}
		addr = ip.Unmap()
		if !a.trusted(addr) {
			break
		}
	}
	return group(addr)
}

func (a *Admission) trusted(addr netip.Addr) bool {
	for _, p := range a.cfg.TrustedProxies {
		if p.Contains(addr) {
			return true
		}
	}
	return false
}

func group(addr netip.Addr) netip.Addr {
	if addr.Is6() {
		p, _ := addr.Prefix(64)
		return p.Addr()
	}
	return addr
}

// clientKey is a client address in Redis keys: hashed, so that the counters do not list addresses in the clear (they
// expire within two days).
func clientKey(addr netip.Addr) string {
	h := sha256.Sum256(addr.AsSlice())
	return hex.EncodeToString(h[:12])
}

// Ticket is an admitted request's sponsor and the counters its acceptance charges.
type Ticket struct {
	Sponsor *Sponsor
	// Stored is the status of a request that was already stored (nothing was counted); empty for a new one.
	Stored  string
	limits  Limits
	base    string // the sponsor's counters' key prefix; empty for a wallet (charged by the wallet's quotas)
	day     string
	gasCode api.Code
	budCode api.Code
}

// admitScript answers a request already stored with its status, and otherwise counts it against its rate limits
// and checks that its sponsor's daily counters can still take it, all in one round trip before any chain work.
// KEYS: the request's record when ARGV[1] is 1, then r rate counters, then the daily counters. ARGV: 1 or 0, r,
// r rate limits, then an amount and a limit per daily counter. It answers three strings: dup and the status, ok,
// rate with the index and count of the counter at its limit, or over with the index and value of the daily counter.
var admitScript = redis.NewScript(`
local d, r = tonumber(ARGV[1]), tonumber(ARGV[2])
if d == 1 then
  local st = redis.call('HGET', KEYS[1], 'status')
  if st then return {'dup', st, ''} end
end
for i = 1, r do
  local v = tonumber(redis.call('GET', KEYS[d + i]) or '0')
  if v + 1 > tonumber(ARGV[2 + i]) then return {'rate', tostring(i), tostring(v)} end
end
for j = 1, #KEYS - d - r do
  local v = tonumber(redis.call('GET', KEYS[d + r + j]) or '0')
  if v + tonumber(ARGV[1 + r + 2 * j]) > tonumber(ARGV[2 + r + 2 * j]) then return {'over', tostring(j), tostring(v)} end
end
for i = 1, r do
  redis.call('INCR', KEYS[d + i])
  redis.call('EXPIRE', KEYS[d + i], 120)
end
return {'ok', '', ''}
`)

type rate struct {
	key   string
	limit int64
	code  api.Code
	what  string
}

type daily struct {
	key           string
	amount, limit int64
	code          api.Code
	what          string
}

// Request is what Admit needs of a checked request.
type Request struct {
	ID   common.Hash    // its id (the EIP-712 digest): the key of its record once stored
	From common.Address // the signer (already proven by the signature)
	Gas  uint64         // the gas limit of the relayer's transaction
	// BoundGwei is its cost bound without the L1 data fee (which needs a chain read).
	BoundGwei int64
}

// Admit answers a request already stored (idempotency: a ticket with Stored set, nothing counted) and otherwise
// completes the sponsor of the request and, before any RPC call, counts it against the per-minute limits of its
// sponsor and wallet and checks that the sponsor's daily gas and budget can still take its gas and bound: one Redis
// script. A request nobody sponsors is refused as not_eligible.
func (a *Admission) Admit(ctx context.Context, s *Sponsor, req Request, now time.Time) (*Ticket, error) {
	if s.kind == "" {
		switch {
		case a.wallets[req.From]:
			s.kind = KindWallet
		case a.cfg.Anonymous:
			s.kind = KindAnonymous
		default:
			// A request stored before the configuration changed still gets its id back.
			if rec, err := a.store.Get(ctx, req.ID); err == nil {
				return &Ticket{Sponsor: s, Stored: rec.Status}, nil
			}
			return nil, notEligible()
		}
	}
	now = now.UTC()
	t := &Ticket{Sponsor: s, day: now.Format("20060102")}
	var rates []rate
	if n := a.cfg.WalletRequestsPerMinute; n > 0 {
		rates = append(rates, rate{a.store.RateKey(req.From, now.Unix()/60), n, api.CodeRateLimited, "requests this minute from " + req.From.Hex()})
	}
	var rateCode api.Code
	switch s.kind {
	case KindApp:
		t.limits, t.base = s.app.Limits, a.store.Key("adm", "app", s.app.Name)
		rateCode, t.gasCode, t.budCode = api.CodeAppRateLimited, api.CodeAppGasQuota, api.CodeAppBudgetExhausted
	case KindAnonymous:
		t.limits, t.base = a.cfg.AnonymousLimits, a.store.Key("adm", "client", clientKey(s.client))
		rateCode, t.gasCode, t.budCode = api.CodeClientRateLimited, api.CodeClientGasQuota, api.CodeClientBudgetExhausted
	}
	if t.base != "" && t.limits.RequestsPerMinute > 0 {
		rates = append(rates, rate{t.base + ":rpm:" + strconv.FormatInt(now.Unix()/60, 10), t.limits.RequestsPerMinute, rateCode, "requests this minute of " + s.Name()})
	}
	var days []daily
	if t.base != "" && t.limits.GasPerDay > 0 {
		days = append(days, daily{t.gasKey(), int64(req.Gas), t.limits.GasPerDay, t.gasCode, "gas"})
	}
	if t.base != "" && t.limits.BudgetGweiPerDay > 0 {
		days = append(days, daily{t.budgetKey(), req.BoundGwei, t.limits.BudgetGweiPerDay, t.budCode, "gwei"})
	}
	keys := make([]string, 0, 1+len(rates)+len(days))
	keys = append(keys, a.store.RequestKey(req.ID))
	args := make([]any, 0, 2+len(rates)+2*len(days))
	args = append(args, 1, len(rates))
	for _, r := range rates {
		keys, args = append(keys, r.key), append(args, r.limit)
	}
	for _, d := range days {
		keys, args = append(keys, d.key), append(args, d.amount, d.limit)
	}
	res, err := a.run(ctx, keys, args)
	if err != nil {
		return nil, err
	}
	i, _ := strconv.Atoi(res[1])
	switch {
	case res[0] == "ok":
		return t, nil
	case res[0] == "dup":
		t.Stored = res[1]
		return t, nil
	case res[0] == "rate" && i >= 1 && i <= len(rates):
		r := rates[i-1]
		return nil, api.Errorf(r.code, "%s %s: the limit is %d", res[2], r.what, r.limit)
	case res[0] == "over" && i >= 1 && i <= len(days):
		d := days[i-1]
		return nil, api.Errorf(d.code, "%s has used %s %s today; this request's %d %s would pass its daily limit of %d", s.Name(), res[2], d.what, d.amount, d.what, d.limit)
	}
	return nil, fmt.Errorf("%w: admission script returned %v", queue.ErrUnavailable, res)
}

// run runs admitScript; Redis failures wrap queue.ErrUnavailable.
func (a *Admission) run(ctx context.Context, keys []string, args []any) ([]string, error) {
	res, err := admitScript.Run(ctx, a.rdb, keys, args...).StringSlice()
	if err != nil {
		return nil, fmt.Errorf("%w: admission: %w", queue.ErrUnavailable, err)
	}
	if len(res) != 3 {
		return nil, fmt.Errorf("%w: admission script returned %v", queue.ErrUnavailable, res)
	}
	return res, nil
}

// AdmitRead lets a read that costs an RPC call (a nonce) through before it is made: with an app key of the
// relayer at once; without, where the relayer serves anyone without a key at all (an allowlist, or unauthenticated
// use), within ClientReadsPerMinute per client address.
func (a *Admission) AdmitRead(ctx context.Context, r *http.Request, now time.Time) error {
	s, err := a.Identify(r)
	if err != nil || s.kind == KindApp || a.cfg.ClientReadsPerMinute == 0 {
		return err
	}
	key := a.store.Key("adm", "reads", clientKey(s.client), strconv.FormatInt(now.Unix()/60, 10))
	res, err := a.run(ctx, []string{key}, []any{0, 1, a.cfg.ClientReadsPerMinute})
	if err != nil {
		return err
	}
	if res[0] == "rate" {
		return api.Errorf(api.CodeClientRateLimited, "%s reads this minute from this client address without an app key: the limit is %d", res[2], a.cfg.ClientReadsPerMinute)
	}
	return nil
}

func (t *Ticket) gasKey() string    { return t.base + ":gas:" + t.day }
func (t *Ticket) budgetKey() string { return t.base + ":budget:" + t.day }

// Charges are the sponsor's counters the acceptance charges with the request's full gas and cost (gwei),
// atomically with the wallet's quotas and the spending cap; the budget is settled to the actual cost when the
// request ends. A wallet sponsor has none (its own quotas are the wallet's).
func (t *Ticket) Charges(gas uint64, costGwei int64) []queue.Charge {
	if t.base == "" {
		return nil
	}
	return []queue.Charge{
		{Key: t.gasKey(), Amount: int64(gas), Limit: t.limits.GasPerDay, TTL: dayTTL, Code: t.gasCode},
		{Key: t.budgetKey(), Amount: costGwei, Limit: t.limits.BudgetGweiPerDay, TTL: dayTTL, Code: t.budCode, Cost: true},
	}
}
