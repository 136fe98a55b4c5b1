package gateway

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/signin"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/readings"
	"github.com/bevan-health/bevan/telemetry/ward"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// A patient's readings and alerts are released to a care organisation for direct care: the organisation's clinicians
// watch the readings to treat the patient (TREAT, "to perform one or more operations on information for provision of
// health care"), and they only read them (access, "retrieval without permitting collection, use or disclosure"). The
// patient's consent must permit exactly this, at the chain head, on every request.
const (
	ReleasePurpose = vocab.Treat
	ReleaseAction  = vocab.Access
)

// Permits answers whether a patient's consent permits an organisation ReleasePurpose and ReleaseAction.
type Permits interface {
	// Head is the chain's head block.
	Head(ctx context.Context) (uint64, error)
	// Permitted reads ConsentRegistry.isPermitted(patient, org, purpose, action) at block.
	Permitted(ctx context.Context, patient, org common.Address, block uint64) (bool, error)
}

// chainPermits reads the ConsentRegistry over RPC, never cached: a revoked consent stops the next release.
type chainPermits struct {
	eth *ethclient.Client
	c   *bindings.ConsentRegistryCaller
}

func newChainPermits(addr common.Address, eth *ethclient.Client) (*chainPermits, error) {
	c, err := bindings.NewConsentRegistryCaller(addr, eth)
	if err != nil {
		return nil, fmt.Errorf("bind ConsentRegistry: %w", err)
	}
	return &chainPermits{eth: eth, c: c}, nil
}

func (p *chainPermits) Head(ctx context.Context) (uint64, error) {
	head, err := p.eth.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("chain head: %w", err)
	}
	return head, nil
}

func (p *chainPermits) Permitted(ctx context.Context, patient, org common.Address, block uint64) (bool, error) {
	ok, err := p.c.IsPermitted(&bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(block)}, patient, org,
		uint8(ReleasePurpose), uint8(ReleaseAction))
	if err != nil {
		return false, fmt.Errorf("isPermitted: %w", err)
	}
	return ok, nil
}

// signIn is the gateway's EIP-4361 sign-in: care organisations sign in with their wallet to fetch alerts and readings.
type signIn struct {
	verifier *signin.Verifier
	sessions *signin.Sessions
}

// newSignIn makes the sign-in of a gateway reachable at publicURL (its scheme and authority are what messages must
// name; its URI is what they must name exactly).
func newSignIn(publicURL string, chainID uint64, nonces *signin.Nonces, sessions *signin.Sessions) (*signIn, error) {
	u, err := url.Parse(publicURL)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, fmt.Errorf("public url %q: want http(s)://host[:port]", publicURL)
	}
	return &signIn{verifier: &signin.Verifier{Scheme: u.Scheme, Domain: u.Host, URI: strings.TrimSuffix(publicURL, "/"),
		ChainID: chainID, Nonces: nonces}, sessions: sessions}, nil
}

// SignInMessage is the answer of GET /v1/signin/message: the EIP-4361 text the wallet signs (personal_sign).
type SignInMessage struct {
	Message string `json:"message"`
}

// SignInRequest is the body of POST /v1/signin.
type SignInRequest struct {
	Message   string `json:"message"`
	Signature string `json:"signature"` // 0x-prefixed 65 bytes
}

// SignedIn is the answer of POST /v1/signin: a bearer token for the Authorization header, until Expires.
type SignedIn struct {
	Token   string         `json:"token"`
	Address common.Address `json:"address"`
	Expires time.Time      `json:"expires"`
}

// signinError is a sign-in refusal as the gateway answers it: signin's own stable code.
func signinError(err error) *telemetry.Error {
	var e *signin.Error
	if errors.As(err, &e) {
		return &telemetry.Error{Code: telemetry.Code(e.Code), Message: e.Message}
	}
	return telemetry.Errorf(telemetry.CodeInternal, "sign-in failed")
}

func (s *Service) handleSignInMessage(w http.ResponseWriter, r *http.Request) {
	a := r.URL.Query().Get("address")
	if !common.IsHexAddress(a) {
		writeError(w, telemetry.Errorf(telemetry.CodeInvalidBatch, "address is not an address"))
		return
	}
	si := s.signin.Load()
	if si == nil {
		writeError(w, telemetry.Errorf(telemetry.CodeUnavailable, "sign-in is not ready"))
		return
	}
	if e := s.limitNonces(r); e != nil {
		writeError(w, e)
		return
	}
	nonce, err := si.verifier.Nonces.Issue(r.Context())
	if err != nil {
		writeSignInError(w, signinError(err))
		return
	}
	m := si.verifier.NewMessage(common.HexToAddress(a), nonce,
		"Sign in to the Bevan telemetry gateway to fetch virtual-ward alerts and readings your patients' consents permit.", time.Now())
	writeJSON(w, http.StatusOK, SignInMessage{Message: m.String()})
}

// limitNonces counts the client address's sign-in nonces this minute in Redis (INCR, expiring after two minutes;
// shared by replicas) and refuses the one over NoncesPerMinute with rate_limited. The counter is keyed by a hash of
// the address, not the address.
func (s *Service) limitNonces(r *http.Request) *telemetry.Error {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	key := fmt.Sprintf("%s:signin:rate:%x:%d", s.cfg.RedisPrefix, crypto.Keccak256([]byte(host))[:8], time.Now().Unix()/60)
	pipe := s.rdb.TxPipeline()
	incr := pipe.Incr(r.Context(), key)
	pipe.Expire(r.Context(), key, 2*time.Minute)
	if _, err := pipe.Exec(r.Context()); err != nil {
		return telemetry.Errorf(telemetry.CodeUnavailable, "sign-in is unavailable")
	}
	if incr.Val() > int64(s.cfg.NoncesPerMinute) {
		return telemetry.Errorf(telemetry.CodeRateLimited, "more than %d sign-in nonces a minute from this address; try again in a minute",
			s.cfg.NoncesPerMinute)
	}
	return nil
}

func (s *Service) handleSignIn(w http.ResponseWriter, r *http.Request) {
	si := s.signin.Load()
	if si == nil {
		writeError(w, telemetry.Errorf(telemetry.CodeUnavailable, "sign-in is not ready"))
		return
	}
	var req SignInRequest
	dec := json.NewDecoder(http.MaxBytesReader(nil, r.Body, 16<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		writeError(w, telemetry.Errorf(telemetry.CodeMalformedJSON, "%v", err))
		return
	}
	if dec.Decode(new(json.RawMessage)) != io.EOF {
		writeError(w, telemetry.Errorf(telemetry.CodeMalformedJSON, "more than one JSON value"))
		return
	}
	sig, err := hexutil.Decode(req.Signature)
	if err != nil {
		writeSignInError(w, &telemetry.Error{Code: telemetry.Code(signin.CodeBadSignature), Message: "signature is not 0x-prefixed hex"})
		return
	}
	now := time.Now()
	m, err := si.verifier.Verify(r.Context(), req.Message, sig, now)
	if err != nil {
		s.log.Info("sign-in refused", "code", signin.CodeOf(err))
		writeSignInError(w, signinError(err))
		return
	}
	token, sess, err := si.sessions.Create(r.Context(), m, now)
	if err != nil {
		writeSignInError(w, signinError(err))
		return
	}
	s.log.Info("signed in", "org", sess.Address, "expires", sess.Expires)
	writeJSON(w, http.StatusOK, SignedIn{Token: token, Address: sess.Address, Expires: sess.Expires})
}

func writeSignInError(w http.ResponseWriter, e *telemetry.Error) {
	if e.Code == telemetry.CodeInternal {
		writeError(w, e)
		return
	}
	writeJSON(w, signin.Code(e.Code).Status(), telemetry.ErrorBody{Error: e})
}

// org returns the signed-in organisation of the request's bearer token, or answers not_signed_in itself.
func (s *Service) org(w http.ResponseWriter, r *http.Request, endpoint string) (common.Address, bool) {
	token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		s.decision(endpoint, common.Address{}, telemetry.CodeNotSignedIn, 0, 0)
		writeError(w, telemetry.Errorf(telemetry.CodeNotSignedIn, "sign in first (POST /v1/signin) and send Authorization: Bearer <token>"))
		return common.Address{}, false
	}
	sess, err := s.sessions.Lookup(r.Context(), strings.TrimSpace(token), time.Now())
	switch code := signin.CodeOf(err); {
	case err == nil:
		return sess.Address, true
	case code == signin.CodeNotSignedIn:
		s.decision(endpoint, common.Address{}, telemetry.CodeNotSignedIn, 0, 0)
		writeError(w, telemetry.Errorf(telemetry.CodeNotSignedIn, "unknown or expired session: sign in again"))
	default:
		writeError(w, telemetry.Errorf(telemetry.CodeUnavailable, "sessions unavailable"))
	}
	return common.Address{}, false
}

// decision logs one release decision without personal data: which endpoint, which organisation (an organisation's
// wallet, not a person's), released or the refusal's code, how many items, and the block the consent was read at.
// Neither the patient's wallet nor the device (which names the patient's wallet in the DeviceRegistry) is logged.
func (s *Service) decision(endpoint string, org common.Address, refused telemetry.Code, items int, block uint64) {
	outcome := "released"
	if refused != "" {
		outcome = "refused"
	}
	s.metrics.releases.WithLabelValues(endpoint, outcome).Inc()
	s.log.Info("release decision", "endpoint", endpoint, "org", org, "decision", outcome, "code", string(refused),
		"items", items, "block", block)
}

// releaseRequest is a signed-in organisation's request for patients' data at one endpoint; it ends in one logged
// decision, a refusal or a release.
type releaseRequest struct {
	s        *Service
	w        http.ResponseWriter
	endpoint string
	org      common.Address
}

// release starts a release request at endpoint, or answers not_signed_in itself (ok false).
func (s *Service) release(w http.ResponseWriter, r *http.Request, endpoint string) (q *releaseRequest, ok bool) {
	org, ok := s.org(w, r, endpoint)
	return &releaseRequest{s: s, w: w, endpoint: endpoint, org: org}, ok
}

// refuse answers e and logs the refusal; block is where the consent was read (0: not yet).
func (q *releaseRequest) refuse(e *telemetry.Error, block uint64) {
	q.s.decision(q.endpoint, q.org, e.Code, 0, block)
	writeError(q.w, e)
}

// consentUnreadable refuses because the consent registry could not be read at block (err is logged, not answered).
func (q *releaseRequest) consentUnreadable(err error, block uint64) {
	q.s.log.Error("consent check", "err", err)
	q.refuse(telemetry.Errorf(telemetry.CodeUnavailable, "the consent registry cannot be read; nothing was released"), block)
}

// notPermitted refuses because the patient's consent does not permit the organisation at block.
func (q *releaseRequest) notPermitted(block uint64) {
	q.refuse(telemetry.Errorf(telemetry.CodeNotPermitted, "the patient's consent does not permit %s %s by %s at block %d",
		ReleasePurpose.Code(), ReleaseAction.Code(), q.org, block), block)
}

// released answers v, its items released under the consent read at block, and logs the release.
func (q *releaseRequest) released(v any, items int, block uint64) {
	q.s.decision(q.endpoint, q.org, "", items, block)
	writeJSON(q.w, http.StatusOK, v)
}

// PatientReadings is the answer of GET /v1/readings: a patient's device's readings of the last ?hours, oldest
// first, released under the consent read at Block.
type PatientReadings struct {
	Device   common.Address    `json:"device"`
	Patient  common.Address    `json:"patient"`
	Block    uint64            `json:"block"`
	From     time.Time         `json:"from"`
	Readings []ReleasedReading `json:"readings"`
}

// ReleasedReading is one reading released, with where it is in its device's batches.
type ReleasedReading struct {
	Sequence uint64 `json:"sequence"`
	Index    uint32 `json:"index"`
	telemetry.Reading
}

// hoursParam reads ?hours (default 24, 1..168).
func hoursParam(r *http.Request) (int, *telemetry.Error) {
	h := r.URL.Query().Get("hours")
	if h == "" {
		return 24, nil
	}
	n, err := strconv.Atoi(h)
	if err != nil || n < 1 || n > 7*24 {
		return 0, telemetry.Errorf(telemetry.CodeInvalidBatch, "hours must be 1..168")
	}
	return n, nil
}

// handlePatientReadings releases a patient's device's readings to the signed-in organisation while the patient's
// consent permits it (ReleasePurpose, ReleaseAction) at the chain head. Checks, cheapest first: the session, the
// query, the device (a patient's, in the DeviceRegistry), the consent; then the store.
func (s *Service) handlePatientReadings(w http.ResponseWriter, r *http.Request) {
	q, ok := s.release(w, r, "/v1/readings")
	if !ok {
		return
	}
	d := r.URL.Query().Get("device")
	if !common.IsHexAddress(d) {
		q.refuse(telemetry.Errorf(telemetry.CodeInvalidBatch, "?device= must be an address"), 0)
		return
	}
	hours, e := hoursParam(r)
	if e != nil {
		q.refuse(e, 0)
		return
	}
	device := common.HexToAddress(d)
	dev, err := s.acceptor.reg.Device(r.Context(), device)
	switch {
	case err != nil:
		q.refuse(telemetry.Errorf(telemetry.CodeUnavailable, "device registry unavailable"), 0)
		return
	case !registered(&dev):
		q.refuse(telemetry.Errorf(telemetry.CodeUnregistered, "device %s is not in the DeviceRegistry", device), 0)
		return
	case dev.Patient == (common.Address{}):
		q.refuse(telemetry.Errorf(telemetry.CodeNotPatientDevice, "device %s is a site's device: its readings are proven at /v1/proofs", device), 0)
		return
	}
	block, err := s.permits.Head(r.Context())
	permitted := false
	if err == nil {
		permitted, err = s.permits.Permitted(r.Context(), dev.Patient, q.org, block)
	}
	if err != nil {
		q.consentUnreadable(err, block)
		return
	}
	if !permitted {
		q.notPermitted(block)
		return
	}
	to := time.Now().Add(s.cfg.Limits.MaxSkew)
	from := to.Add(-time.Duration(hours) * time.Hour)
	out := PatientReadings{Device: device, Patient: dev.Patient, Block: block, From: from.UTC(), Readings: []ReleasedReading{}}
	for _, code := range telemetry.Kind(dev.Kind).Codes() {
		ks, err := s.store.Series(r.Context(), device, code, from, to)
		if err != nil {
			s.log.Error("read series", "err", err)
			q.refuse(telemetry.Errorf(telemetry.CodeUnavailable, "the readings store is unavailable"), block)
			return
		}
		for _, k := range ks {
			out.Readings = append(out.Readings, ReleasedReading{Sequence: k.Sequence, Index: k.Index, Reading: k.Reading})
		}
	}
	slices.SortStableFunc(out.Readings, func(a, b ReleasedReading) int {
		return cmp.Or(cmp.Compare(a.Time, b.Time), cmp.Compare(a.Sequence, b.Sequence), cmp.Compare(a.Index, b.Index))
	})
	q.released(out, len(out.Readings), block)
}

// ReleasedAlert is an alert as a care organisation receives it: the rule a patient's device broke and when, never
// the reading's value (GET /v1/readings releases the readings under the same consent).
type ReleasedAlert struct {
	ID common.Hash `json:"id"`
	ward.Alert
	RaisedAt time.Time `json:"raisedAt"`
	// AnchorTx and AnchorBlock are the transaction that anchored the batch carrying the alert's leaf (absent until
	// the next anchor).
	AnchorTx    *common.Hash `json:"anchorTx,omitempty"`
	AnchorBlock uint64       `json:"anchorBlock,omitempty"`
}

// ReleasedAlerts is the answer of GET /v1/alerts: the alerts of the last ?hours, newest first, of the patients
// whose consent permits the organisation at Block.
type ReleasedAlerts struct {
	Block  uint64          `json:"block"`
	Since  time.Time       `json:"since"`
	Alerts []ReleasedAlert `json:"alerts"`
}

// handleAlerts releases virtual-ward alerts to the signed-in organisation: of ?patient= (refused not_permitted unless
// that patient's consent permits it), or of every patient whose consent permits it (others' alerts are left out).
// Each patient's consent is read at one head block, on every request.
func (s *Service) handleAlerts(w http.ResponseWriter, r *http.Request) {
	rq, ok := s.release(w, r, "/v1/alerts")
	if !ok {
		return
	}
	q := readings.AlertQuery{Limit: 100}
	if p := r.URL.Query().Get("patient"); p != "" {
		if !common.IsHexAddress(p) {
			rq.refuse(telemetry.Errorf(telemetry.CodeInvalidBatch, "?patient= must be an address"), 0)
			return
		}
		q.Patient = common.HexToAddress(p)
	}
	if l := r.URL.Query().Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > 1000 {
			rq.refuse(telemetry.Errorf(telemetry.CodeInvalidBatch, "limit must be 1..1000"), 0)
			return
		}
		q.Limit = n
	}
	hours, e := hoursParam(r)
	if e != nil {
		rq.refuse(e, 0)
		return
	}
	q.Since = time.Now().Add(-time.Duration(hours) * time.Hour)
	block, err := s.permits.Head(r.Context())
	if err != nil {
		s.log.Error("chain head", "err", err)
		rq.refuse(telemetry.Errorf(telemetry.CodeUnavailable, "the chain cannot be read; nothing was released"), 0)
		return
	}
	permitted := map[common.Address]bool{}
	check := func(patient common.Address) (bool, error) {
		if ok, seen := permitted[patient]; seen {
			return ok, nil
		}
		ok, err := s.permits.Permitted(r.Context(), patient, rq.org, block)
		if err == nil {
			permitted[patient] = ok
		}
		return ok, err
	}
	if q.Patient != (common.Address{}) {
		ok, err := check(q.Patient)
		switch {
		case err != nil:
			rq.consentUnreadable(err, block)
			return
		case !ok:
			rq.notPermitted(block)
			return
		}
	}
	stored, err := s.store.ListAlerts(r.Context(), q)
	if err != nil {
		s.log.Error("list alerts", "err", err)
		rq.refuse(telemetry.Errorf(telemetry.CodeUnavailable, "the readings store is unavailable"), block)
		return
	}
	out := ReleasedAlerts{Block: block, Since: q.Since.UTC().Truncate(time.Second), Alerts: []ReleasedAlert{}}
	withheld := 0
	for i := range stored {
		ok, err := check(stored[i].Patient)
		if err != nil {
			rq.consentUnreadable(err, block)
			return
		}
		if !ok {
			withheld++
			continue
		}
		a, err := ward.FromStored(&stored[i])
		if err != nil {
			s.log.Error("read alert", "err", err)
			rq.refuse(telemetry.Errorf(telemetry.CodeInternal, "an alert could not be read"), block)
			return
		}
		ra := ReleasedAlert{ID: stored[i].ID, Alert: a, RaisedAt: stored[i].RaisedAt.UTC()}
		if stored[i].AnchorTx != (common.Hash{}) {
			tx := stored[i].AnchorTx
			ra.AnchorTx, ra.AnchorBlock = &tx, stored[i].AnchorBlock
		}
		out.Alerts = append(out.Alerts, ra)
	}
	if withheld > 0 {
		s.log.Info("alerts withheld", "endpoint", rq.endpoint, "org", rq.org, "withheld", withheld, "block", block)
	}
	rq.released(out, len(out.Alerts), block)
}
