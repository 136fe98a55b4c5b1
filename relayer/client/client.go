// Package client is a small Go client of Bevan's relayer: it signs forward requests and ballots with a wallet's
// key, submits them, and waits for their final status. Apps and the bevan CLI import it.
package client

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/bevan-health/bevan/metatx"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Client talks to one relayer.
type Client struct {
	base string
	http *http.Client
	// PollInterval is how often Wait asks for a status (default 250 ms).
	PollInterval time.Duration
	// AppKey, when set, is sent as X-Bevan-App-Key with every request: the relayer charges submissions to that app's
	// quota and budget (and reads the nonce for it without a per-address limit). It is a secret of the app's server: never put it in a browser or a log.
	AppKey string
}

// New returns a client of the relayer at baseURL (e.g. http://127.0.0.1:8547); nil httpClient uses a default
// with a 30 s timeout.
func New(baseURL string, httpClient *http.Client) *Client {
	if httpClient == nil {
		httpClient = &http.Client{Timeout: 30 * time.Second}
	}
	return &Client{base: strings.TrimRight(baseURL, "/"), http: httpClient, PollInterval: 250 * time.Millisecond}
}

// Domain is the chain and contracts a wallet signs for (from the deployment manifest).
type Domain struct {
	ChainID   *big.Int
	Forwarder common.Address
	Governor  common.Address
}

// SignForward signs a forward request (its Nonce must be the forwarder's nonces(from)) and returns the body of
// POST /v1/forward.
func SignForward(key *ecdsa.PrivateKey, d Domain, req *metatx.Request) (*api.Forward, error) {
	if req.From == (common.Address{}) {
		req.From = crypto.PubkeyToAddress(key.PublicKey)
	}
	sig, err := req.Sign(key, d.ChainID, d.Forwarder)
	if err != nil {
		return nil, err
	}
	return &api.Forward{ChainID: d.ChainID.Uint64(), Forwarder: d.Forwarder, Request: api.FromMeta(req), Signature: sig}, nil
}

// SignVote signs a ballot (its Nonce must be the Governor's nonces(voter)) and returns the body of POST /v1/vote.
func SignVote(key *ecdsa.PrivateKey, d Domain, b *metatx.Ballot) (*api.Vote, error) {
	if b.Voter == (common.Address{}) {
		b.Voter = crypto.PubkeyToAddress(key.PublicKey)
	}
	sig, err := b.Sign(key, d.ChainID, d.Governor)
	if err != nil {
		return nil, err
	}
	return &api.Vote{ChainID: d.ChainID.Uint64(), Governor: d.Governor, Ballot: api.Ballot{
		ProposalID: b.ProposalID.String(), Support: b.Support, Voter: b.Voter, Nonce: b.Nonce.String()}, Signature: sig}, nil
}

// Forward submits a signed forward request. A relayer refusal is returned as an *api.Error with its code.
func (c *Client) Forward(ctx context.Context, f *api.Forward) (*api.Accepted, error) {
	var out api.Accepted
	if err := c.do(ctx, http.MethodPost, "/v1/forward", f, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Vote submits a signed ballot.
func (c *Client) Vote(ctx context.Context, v *api.Vote) (*api.Accepted, error) {
	var out api.Accepted
	if err := c.do(ctx, http.MethodPost, "/v1/vote", v, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Status returns a request's status.
func (c *Client) Status(ctx context.Context, id common.Hash) (*api.Status, error) {
	var out api.Status
	if err := c.do(ctx, http.MethodGet, "/v1/requests/"+id.Hex(), nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Nonce returns the forwarder's and the Governor's next nonces of addr.
func (c *Client) Nonce(ctx context.Context, addr common.Address) (forwarder, governor *big.Int, err error) {
	var out api.Nonce
	if err := c.do(ctx, http.MethodGet, "/v1/nonce/"+addr.Hex(), nil, &out); err != nil {
		return nil, nil, err
	}
	f, err := api.ParseUint256("forwarder", out.Forwarder)
	if err != nil {
		return nil, nil, err
	}
	g, err := api.ParseUint256("governor", out.Governor)
	if err != nil {
		return nil, nil, err
	}
	return f, g, nil
}

// Wait polls a request until it is mined or failed (or ctx ends).
func (c *Client) Wait(ctx context.Context, id common.Hash) (*api.Status, error) {
	t := time.NewTicker(c.PollInterval)
	defer t.Stop()
	for {
		st, err := c.Status(ctx, id)
		if err != nil {
			var ae *api.Error
			if !errors.As(err, &ae) || ae.Code.Status() < 500 {
				return nil, err
			}
		} else if api.Final(st.Status) {
			return st, nil
		}
		select {
		case <-ctx.Done():
			return st, fmt.Errorf("wait for %s: %w", id, ctx.Err())
		case <-t.C:
		}
	}
}

// Call is one sponsored call to a Bevan contract.
type Call struct {
	To       common.Address
	Data     []byte
	Gas      uint64        // gas for the call itself (default 300,000, or estimated with EstimateGas)
	Validity time.Duration // how long the signature is valid (default 10 minutes)
}

// Option adjusts how Submit and Send build a request.
type Option func(*options)

type options struct {
	estimator ethereum.GasEstimator
	ceiling   uint64
	clock     HeaderReader
	validity  time.Duration
}

// HeaderReader reads a block header (an *ethclient.Client).
type HeaderReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// EstimateGas sets a call's gas (when Call.Gas is 0) from an estimate of the call as the forwarder makes it
// (ERC-2771: the signer appended to the data), with a quarter and 30,000 of headroom, capped at ceiling (0: the
// relayer's default cap of 1,000,000). When the estimate fails (the call would revert) the default gas is used and
// the relayer's simulation explains the revert.
func EstimateGas(chain ethereum.GasEstimator, ceiling uint64) Option {
	return func(o *options) { o.estimator, o.ceiling = chain, ceiling }
}

// ChainDeadline sets the deadline from the chain's time (its latest block's), or this machine's when that is
// later: the forwarder checks the deadline against block time, which on a devnet whose clock was moved forward is
// ahead of the machine's.
func ChainDeadline(chain HeaderReader) Option { return func(o *options) { o.clock = chain } }

// gasFor is the call's gas.
func (o *options) gasFor(ctx context.Context, d Domain, from common.Address, call Call) uint64 {
	const fallback = 300_000
	if call.Gas != 0 {
		return call.Gas
	}
	if o.estimator == nil {
		return fallback
	}
	ceiling := o.ceiling
	if ceiling == 0 {
		ceiling = 1_000_000
	}
	to := call.To
	est, err := o.estimator.EstimateGas(ctx, ethereum.CallMsg{From: d.Forwarder, To: &to,
		Data: append(append([]byte{}, call.Data...), from.Bytes()...)})
	if err != nil {
		return fallback
	}
	return min(est*5/4+30_000, ceiling)
}

// deadline is now (the chain's, with ChainDeadline) plus the validity.
func (o *options) deadline(ctx context.Context, validity time.Duration) uint64 {
	now := uint64(time.Now().Unix())
	if o.clock != nil {
		if h, err := o.clock.HeaderByNumber(ctx, nil); err == nil {
			now = max(now, h.Time)
		}
	}
	return now + uint64(validity/time.Second)
}

// Submit fetches the wallet's forwarder nonce, signs the call (gas and deadline as the options say) and submits it.
// It returns the relayer's answer and the request as signed. A refusal is an *api.Error with its code.
func (c *Client) Submit(ctx context.Context, key *ecdsa.PrivateKey, d Domain, call Call, opts ...Option) (*api.Accepted, *metatx.Request, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, _, err := c.Nonce(ctx, from)
	if err != nil {
		return nil, nil, err
	}
	if call.Validity == 0 {
		call.Validity = 10 * time.Minute
	}
	req := &metatx.Request{From: from, To: call.To, Value: new(big.Int), Gas: o.gasFor(ctx, d, from, call), Nonce: nonce,
		Deadline: o.deadline(ctx, call.Validity), Data: call.Data}
	f, err := SignForward(key, d, req)
	if err != nil {
		return nil, nil, err
	}
	acc, err := c.Forward(ctx, f)
	if err != nil {
		return nil, req, err
	}
	return acc, req, nil
}

// SubmitVote fetches the voter's Governor nonce, signs its ballot on proposalID (support: 0 against, 1 for, 2
// abstain) and submits it. It returns the relayer's answer and the ballot as signed. A refusal is an *api.Error
// with its code.
func (c *Client) SubmitVote(ctx context.Context, key *ecdsa.PrivateKey, d Domain, proposalID *big.Int, support uint8) (*api.Accepted, *metatx.Ballot, error) {
	voter := crypto.PubkeyToAddress(key.PublicKey)
	_, nonce, err := c.Nonce(ctx, voter)
	if err != nil {
		return nil, nil, err
	}
	b := &metatx.Ballot{ProposalID: proposalID, Support: support, Voter: voter, Nonce: nonce}
	v, err := SignVote(key, d, b)
	if err != nil {
		return nil, b, err
	}
	acc, err := c.Vote(ctx, v)
	if err != nil {
		return nil, b, err
	}
	return acc, b, nil
}

// Send is Submit, then Wait for the final status. A failed request is returned with its status and an error
// carrying the reason.
func (c *Client) Send(ctx context.Context, key *ecdsa.PrivateKey, d Domain, call Call, opts ...Option) (*api.Status, error) {
	acc, _, err := c.Submit(ctx, key, d, call, opts...)
	if err != nil {
		return nil, err
	}
	st, err := c.Wait(ctx, acc.ID)
	if err != nil {
		return st, err
	}
	if st.Status == api.StateFailed {
		return st, fmt.Errorf("request %s failed: %s", st.ID, st.Error)
	}
	return st, nil
}

func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		raw, err := json.Marshal(in)
		if err != nil {
			return fmt.Errorf("encode: %w", err)
		}
		body = bytes.NewReader(raw)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return fmt.Errorf("relayer request: %w", err)
	}
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if c.AppKey != "" {
		req.Header.Set(api.AppKeyHeader, c.AppKey)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("relayer %s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return fmt.Errorf("relayer %s %s: read answer: %w", method, path, err)
	}
	if resp.StatusCode >= 400 {
		var eb api.ErrorBody
		if json.Unmarshal(raw, &eb) == nil && eb.Error != nil {
			return eb.Error
		}
		return fmt.Errorf("relayer %s %s: HTTP %d: %s", method, path, resp.StatusCode, strings.TrimSpace(string(raw)))
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("relayer %s %s: decode answer: %w", method, path, err)
	}
	return nil
}
