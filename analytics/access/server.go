package access

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bevan-health/bevan/analytics"
	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/internal/apierr"
	"github.com/bevan-health/bevan/jcs"
	relayerclient "github.com/bevan-health/bevan/relayer/client"
	"github.com/bevan-health/bevan/signin"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/redis/go-redis/v9"
)

// Chain is what the server reads from the chain (an *ethclient.Client).
type Chain interface {
	bind.ContractCaller
	ethereum.GasEstimator
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Config configures a Server.
type Config struct {
	// BaseURL is where the endpoint is reached (e.g. https://analytics.icb.example/analytics): sign-in messages
	// must name its host as their domain and it as their URI.
	BaseURL string
	// Store is the index the datasets are computed from.
	Store store.Store
	// Chain, Manifest: the chain DataAccess and Membership are read on.
	Chain    Chain
	Manifest *deployment.Manifest
	// Relayer sponsors the anchoring of each release; Key holds DataAccess's RELEASER_ROLE and signs it.
	Relayer *relayerclient.Client
	Key     *ecdsa.PrivateKey
	// Redis keeps sign-in nonces and sessions under RedisPrefix.
	Redis       redis.UniversalClient
	RedisPrefix string
	// NonceTTL (default 10 minutes) and SessionTTL (default 1 hour).
	NonceTTL, SessionTTL time.Duration
	// NoncesPerMinute caps the nonces one client address (the connection's, or a proxy's) is issued a minute
	// (default 60): each is a Redis key for NonceTTL, so an unbounded issue would let anyone fill Redis.
	NoncesPerMinute int
	// Clock is the server's clock (default time.Now).
	Clock func() time.Time
	Log   *slog.Logger
}

// Server is the analytics endpoint's HTTP API.
type Server struct {
	cfg      Config
	verifier *signin.Verifier
	sessions *signin.Sessions
	access   *bindings.DataAccessCaller
	members  *bindings.MembershipCaller
	abi      *abi.ABI
	domain   relayerclient.Domain
	releaser common.Address
	// anchoring serialises releases: one forwarder nonce of the releaser's key at a time.
	anchoring sync.Mutex
	log       *slog.Logger
}

// SignInStatement is the statement of the sign-in messages the endpoint's clients sign.
const SignInStatement = "Sign in to the Bevan analytics endpoint to fetch DAO-approved datasets."

// New checks cfg and builds the server.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil || cfg.Chain == nil || cfg.Manifest == nil || cfg.Relayer == nil || cfg.Key == nil || cfg.Redis == nil {
		return nil, errors.New("analytics access: store, chain, manifest, relayer, key and Redis are required")
	}
	u, err := url.Parse(cfg.BaseURL)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, fmt.Errorf("analytics access: base URL %q: want http(s)://host[:port][/path]", cfg.BaseURL)
	}
	if cfg.Manifest.AccessAddress() == (common.Address{}) {
		return nil, errors.New("analytics access: the deployment has no DataAccess contract")
	}
	if cfg.Clock == nil {
		cfg.Clock = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.NoncesPerMinute <= 0 {
		cfg.NoncesPerMinute = 60
	}
	if cfg.RedisPrefix == "" {
		cfg.RedisPrefix = "bevan:analytics"
	}
	s := &Server{cfg: cfg, log: cfg.Log, releaser: crypto.PubkeyToAddress(cfg.Key.PublicKey),
		domain: relayerclient.Domain{ChainID: new(big.Int).SetUint64(cfg.Manifest.ChainID), Forwarder: cfg.Manifest.ForwarderAddress(),
			Governor: cfg.Manifest.GovernorAddress()}}
	s.verifier = &signin.Verifier{Scheme: u.Scheme, Domain: u.Host, URI: strings.TrimSuffix(cfg.BaseURL, "/"), ChainID: cfg.Manifest.ChainID,
		Nonces: signin.NewNonces(cfg.Redis, cfg.RedisPrefix, cfg.NonceTTL), MaxAge: cfg.NonceTTL}
	s.sessions = signin.NewSessions(cfg.Redis, cfg.RedisPrefix, cfg.SessionTTL)
	if s.access, err = bindings.NewDataAccessCaller(cfg.Manifest.AccessAddress(), cfg.Chain); err != nil {
		return nil, err
	}
	if s.members, err = bindings.NewMembershipCaller(cfg.Manifest.MembershipAddress(), cfg.Chain); err != nil {
		return nil, err
	}
	if s.abi, err = bindings.DataAccessMetaData.GetAbi(); err != nil {
		return nil, err
	}
	return s, nil
}

// Handler serves the API: GET /v1/nonce, POST /v1/session, GET /v1/datasets/{requestId} (mount it under the base
// URL's path with http.StripPrefix).
func (s *Server) Handler() http.Handler {
	return apierr.Mux(map[string]http.HandlerFunc{
		"GET /v1/nonce":         s.nonce,
		"POST /v1/session":      s.session,
		"GET /v1/datasets/{id}": s.dataset,
	}, CodeMethodNotAllowed, CodeNotFound)
}

// NonceAnswer is GET /v1/nonce's answer: what a wallet's sign-in message must say.
type NonceAnswer struct {
	Nonce     string `json:"nonce"`
	Domain    string `json:"domain"`
	URI       string `json:"uri"`
	ChainID   uint64 `json:"chainId"`
	Statement string `json:"statement"`
	ExpiresIn int64  `json:"expiresIn"` // seconds
}

func (s *Server) nonce(w http.ResponseWriter, r *http.Request) {
	if err := s.limitNonces(r); err != nil {
		s.refuse(w, "nonce", 0, err)
		return
	}
	n, err := s.verifier.Nonces.Issue(r.Context())
	if err != nil {
		s.refuse(w, "nonce", 0, err)
		return
	}
	writeJSON(w, http.StatusOK, NonceAnswer{Nonce: n, Domain: s.verifier.Domain, URI: s.verifier.URI, ChainID: s.verifier.ChainID,
		Statement: SignInStatement, ExpiresIn: int64(s.verifier.Nonces.TTL() / time.Second)})
}

// limitNonces counts the client address's nonces this minute in Redis (INCR, expiring after two minutes) and refuses
// the one over NoncesPerMinute with CodeRateLimited. The counter is keyed by a hash of the address, not the address.
func (s *Server) limitNonces(r *http.Request) error {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	minute := s.cfg.Clock().Unix() / 60
	key := fmt.Sprintf("%s:rate:%x:%d", s.cfg.RedisPrefix, crypto.Keccak256([]byte(host))[:8], minute)
	pipe := s.cfg.Redis.TxPipeline()
	incr := pipe.Incr(r.Context(), key)
	pipe.Expire(r.Context(), key, 2*time.Minute)
	if _, err := pipe.Exec(r.Context()); err != nil {
		return &signin.Error{Code: signin.CodeUnavailable, Message: "count nonces: " + err.Error(), Err: err}
	}
	if incr.Val() > int64(s.cfg.NoncesPerMinute) {
		return errorf(CodeRateLimited, "more than %d sign-in nonces a minute from this address; try again in a minute", s.cfg.NoncesPerMinute)
	}
	return nil
}

// SessionRequest is POST /v1/session's body: the EIP-4361 message and its personal_sign signature (0x hex).
type SessionRequest struct {
	Message   string        `json:"message"`
	Signature hexutil.Bytes `json:"signature"`
}

// SessionAnswer is POST /v1/session's answer: a bearer token for the Authorization header.
type SessionAnswer struct {
	Token   string         `json:"token"`
	Address common.Address `json:"address"`
	Expires time.Time      `json:"expires"`
}

func (s *Server) session(w http.ResponseWriter, r *http.Request) {
	var body SessionRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 16<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&body); err != nil {
		writeError(w, errorf(CodeBadRequest, "body: want {\"message\": \"…\", \"signature\": \"0x…\"}: %v", err))
		return
	}
	now := s.cfg.Clock()
	m, err := s.verifier.Verify(r.Context(), body.Message, body.Signature, now)
	if err != nil {
		s.refuse(w, "session", 0, err)
		return
	}
	token, sess, err := s.sessions.Create(r.Context(), m, now)
	if err != nil {
		s.refuse(w, "session", 0, err)
		return
	}
	writeJSON(w, http.StatusOK, SessionAnswer{Token: token, Address: sess.Address, Expires: sess.Expires})
}

func bearer(r *http.Request) string {
	h := r.Header.Get("Authorization")
	if t, ok := strings.CutPrefix(h, "Bearer "); ok {
		return strings.TrimSpace(t)
	}
	return ""
}

func (s *Server) dataset(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	now := s.cfg.Clock()
	sess, err := s.sessions.Lookup(ctx, bearer(r), now)
	if err != nil {
		s.refuse(w, "dataset", 0, err)
		return
	}
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	if err != nil || id == 0 {
		writeError(w, errorf(CodeBadRequest, "request id %q: want a positive decimal integer", r.PathValue("id")))
		return
	}
	d, err := s.Release(ctx, id, sess.Address, now)
	if err != nil {
		s.refuse(w, "dataset", id, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

// Release serves request id's dataset to recipient (a signed-in account) at time now: it checks on chain that
// the request exists, that recipient made it, is still a member, and that the DAO approved it; computes the
// dataset at the indexed head; anchors the release through the relayer; and returns the delivery. A refusal is an
// *Error; nothing is anchored or returned unless every check passed, and nothing is returned unless the anchor
// was mined.
func (s *Server) Release(ctx context.Context, id uint64, recipient common.Address, now time.Time) (*Delivery, error) {
	opts := &bind.CallOpts{Context: ctx}
	rid := new(big.Int).SetUint64(id)
	req, err := s.access.RequestOf(opts, rid)
	if err != nil {
		return nil, errorf(CodeChainUnavailable, "read the request: %v", err)
	}
	if req.Requester == (common.Address{}) {
		return nil, errorf(CodeUnknownRequest, "DataAccess has no request %d", id)
	}
	if req.Requester != recipient {
		return nil, errorf(CodeNotRequester, "request %d was made by another organisation; a dataset is released to its requester only", id)
	}
	ok, err := s.access.IsApproved(opts, rid, recipient)
	if err != nil {
		return nil, errorf(CodeChainUnavailable, "read the approval: %v", err)
	}
	if !ok {
		return nil, errorf(CodeNotApproved, "request %d is not approved: only an executed DAO proposal approves it (bevan analytics approve)", id)
	}
	member, err := s.members.IsMember(opts, recipient)
	if err != nil {
		return nil, errorf(CodeChainUnavailable, "read the membership: %v", err)
	}
	if !member {
		return nil, errorf(CodeNotMember, "the requester is no longer a DAO member")
	}
	name := MeasureName(req.Measure)
	m, err := analytics.MeasureNamed(name)
	if err != nil {
		return nil, errorf(CodeUnknownMeasure, "request %d names measure %q, which this server does not compute", id, name)
	}
	cp, indexed, err := s.cfg.Store.Checkpoint(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the index checkpoint: %w", err)
	}
	if !indexed {
		return nil, errorf(CodeNotIndexed, "the index is empty; try again once it has caught up")
	}
	dataset, err := Dataset(ctx, s.cfg.Store, m, req.PeriodStart.Int64(), req.PeriodEnd.Int64(), cp.Number, now)
	if err != nil {
		return nil, err
	}
	op, err := Commit(Statement{ChainID: s.cfg.Manifest.ChainID, DataAccess: s.cfg.Manifest.AccessAddress(), RequestID: id,
		Recipient: recipient, Measure: m.Name, Purpose: vocab.Purpose(req.Purpose).String(), PeriodStart: req.PeriodStart.Int64(),
		PeriodEnd: req.PeriodEnd.Int64(), Block: cp.Number, ReleasedAt: now.Unix()}, dataset)
	if err != nil {
		return nil, err
	}
	data, err := s.abi.Pack("recordRelease", rid, [32]byte(op.ReleaseHash))
	if err != nil {
		return nil, fmt.Errorf("pack recordRelease: %w", err)
	}
	s.anchoring.Lock()
	st, err := s.cfg.Relayer.Send(ctx, s.cfg.Key, s.domain, relayerclient.Call{To: s.cfg.Manifest.AccessAddress(), Data: data},
		relayerclient.EstimateGas(s.cfg.Chain, 0), relayerclient.ChainDeadline(s.cfg.Chain))
	s.anchoring.Unlock()
	if err != nil {
		return nil, errorf(CodeNotAnchored, "anchoring the release failed, so nothing was released: %v", err)
	}
	if st.TxHash == nil {
		return nil, errorf(CodeNotAnchored, "the relayer reported no transaction for the anchor; nothing was released")
	}
	s.log.Info("dataset released", "request", id, "measure", m.Name, "block", cp.Number, "anchorTx", st.TxHash.Hex())
	return &Delivery{Dataset: dataset, Opening: *op, AnchorTx: *st.TxHash, AnchorBlock: st.Block}, nil
}

// Dataset is measure m over [from, to) (unix seconds) as of indexed block `block`, statuses judged at now, with
// disclosure control applied: a FHIR R4 MeasureReport as canonical JSON (RFC 8785), so the same figures give the
// same bytes.
func Dataset(ctx context.Context, rd store.Reader, m analytics.Measure, from, to int64, block uint64, now time.Time) ([]byte, error) {
	tab, err := analytics.Run(ctx, rd, analytics.Query{Stat: m.Stat, GroupBy: m.StratifyBy, At: &block, Now: now.Unix(), From: from, To: to})
	if err != nil {
		return nil, fmt.Errorf("compute %s: %w", m.Name, err)
	}
	rep := &analytics.Report{Measure: m, Period: PeriodLabel(from, to), From: time.Unix(from, 0).UTC(), To: time.Unix(to, 0).UTC(),
		Block: block, Table: tab}
	c, err := jcs.Marshal(rep.FHIR())
	if err != nil {
		return nil, fmt.Errorf("encode the MeasureReport: %w", err)
	}
	return c, nil
}

// PeriodLabel names [from, to): a year, a quarter or a month when it is exactly one (2026, 2026-Q4, 2026-11), else
// the two dates (2026-10-01T00:00:00Z/2026-12-31T00:00:00Z).
func PeriodLabel(from, to int64) string {
	t := time.Unix(from, 0).UTC()
	for _, label := range []string{fmt.Sprintf("%d", t.Year()), fmt.Sprintf("%d-Q%d", t.Year(), (int(t.Month())+2)/3),
		fmt.Sprintf("%d-%02d", t.Year(), int(t.Month()))} {
		if f, e, err := analytics.ParsePeriod(label); err == nil && f.Unix() == from && e.Unix() == to {
			return label
		}
	}
	return t.Format(time.RFC3339) + "/" + time.Unix(to, 0).UTC().Format(time.RFC3339)
}

// MeasureBytes is a measure's name as DataAccess stores it: a left-aligned bytes32 (printable ASCII, 1–32 bytes).
func MeasureBytes(name string) ([32]byte, error) {
	var b [32]byte
	if name == "" || len(name) > 32 {
		return b, fmt.Errorf("measure %q: want 1 to 32 characters", name)
	}
	for i := 0; i < len(name); i++ {
		if name[i] < 0x21 || name[i] > 0x7e {
			return b, fmt.Errorf("measure %q: printable ASCII only", name)
		}
	}
	copy(b[:], name)
	return b, nil
}

// MeasureName is the inverse of MeasureBytes: the bytes up to the first zero, or 0x-hex when they are not a name.
func MeasureName(b [32]byte) string {
	n := 0
	for n < 32 && b[n] != 0 {
		n++
	}
	name := string(b[:n])
	if back, err := MeasureBytes(name); err != nil || back != b {
		return common.Hash(b).Hex()
	}
	return name
}

// refuse answers an error, logging its code (and the request id) but nothing that names the caller.
func (s *Server) refuse(w http.ResponseWriter, what string, id uint64, err error) {
	code := CodeOf(err)
	if code == CodeInternal {
		s.log.Error("analytics access failed", "endpoint", what, "request", id, "err", err)
		writeError(w, errorf(CodeInternal, "internal error"))
		return
	}
	s.log.Info("analytics access refused", "endpoint", what, "request", id, "code", string(code))
	var e *Error
	if errors.As(err, &e) {
		writeError(w, e)
		return
	}
	var se *signin.Error
	if errors.As(err, &se) {
		writeError(w, &Error{Code: Code(se.Code), Message: se.Message})
		return
	}
	writeError(w, errorf(code, "%v", err))
}

func writeError(w http.ResponseWriter, e *Error) { writeJSON(w, e.Code.Status(), errorBody{Error: e}) }

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
