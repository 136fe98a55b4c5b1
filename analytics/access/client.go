package access

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/signin"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Client talks to one analytics endpoint as one wallet.
type Client struct {
	base    string
	chainID uint64
	http    *http.Client
	token   string
}

// NewClient is a client of the endpoint at baseURL (e.g. http://127.0.0.1:8080/analytics) on chain chainID; nil
// httpClient uses one with a 2-minute timeout (a release waits for its anchor to be mined).
func NewClient(baseURL string, chainID uint64, httpClient *http.Client) *Client {
	if httpClient == nil {
		httpClient = &http.Client{Timeout: 2 * time.Minute}
	}
	return &Client{base: strings.TrimSuffix(baseURL, "/"), chainID: chainID, http: httpClient}
}

// SignIn signs in with key: it fetches a nonce, checks that the endpoint asks for a message naming this URL's host
// and this chain (a wallet signs nothing for another domain), signs the EIP-4361 message and keeps the session
// token. It returns the message signed.
func (c *Client) SignIn(ctx context.Context, key *ecdsa.PrivateKey) (*signin.Message, error) {
	u, err := url.Parse(c.base)
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("analytics URL %q: %v", c.base, err)
	}
	var n NonceAnswer
	if err := c.do(ctx, http.MethodGet, "/v1/nonce", nil, &n); err != nil {
		return nil, err
	}
	if n.Domain != u.Host || n.URI != c.base || n.ChainID != c.chainID {
		return nil, fmt.Errorf("the endpoint asks to sign in to %s (%s, chain %d), not %s (chain %d): refusing to sign", n.Domain, n.URI, n.ChainID, c.base, c.chainID)
	}
	now := time.Now().UTC().Truncate(time.Second)
	m := &signin.Message{Scheme: u.Scheme, Domain: u.Host, Address: crypto.PubkeyToAddress(key.PublicKey), Statement: SignInStatement,
		URI: c.base, Version: signin.Version, ChainID: c.chainID, Nonce: n.Nonce, IssuedAt: now, ExpirationTime: now.Add(5 * time.Minute)}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	text := m.String()
	sig, err := signin.Sign(text, key)
	if err != nil {
		return nil, err
	}
	var s SessionAnswer
	if err := c.do(ctx, http.MethodPost, "/v1/session", SessionRequest{Message: text, Signature: sig}, &s); err != nil {
		return nil, err
	}
	c.token = s.Token
	return m, nil
}

// Dataset fetches request id's dataset (after SignIn). A refusal is an *Error with its code.
func (c *Client) Dataset(ctx context.Context, id uint64) (*Delivery, error) {
	var d Delivery
	if err := c.do(ctx, http.MethodGet, "/v1/datasets/"+strconv.FormatUint(id, 10), nil, &d); err != nil {
		return nil, err
	}
	return &d, nil
}

func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		raw, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(raw)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return err
	}
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("analytics endpoint %s: %w", c.base, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return fmt.Errorf("analytics endpoint: read answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		var eb errorBody
		if json.Unmarshal(raw, &eb) == nil && eb.Error != nil && eb.Error.Code != "" {
			return eb.Error
		}
		return fmt.Errorf("analytics endpoint: HTTP %d: %.200s", resp.StatusCode, raw)
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("analytics endpoint: decode answer: %w", err)
	}
	return nil
}

// ReceiptReader reads transaction receipts (an *ethclient.Client).
type ReceiptReader interface {
	TransactionReceipt(ctx context.Context, tx common.Hash) (*types.Receipt, error)
}

// ErrNotAnchored: the delivery's release is not anchored on chain as its opening says.
var ErrNotAnchored = errors.New("release not anchored on chain")

// Check verifies a delivery as its recipient: the opening gives its release hash and commits to these bytes, it
// names this chain's DataAccess, request id and recipient, and the anchor transaction emitted DataReleased(id,
// recipient, releaseHash) from DataAccess, successfully. It returns the release's number.
func (d *Delivery) Check(ctx context.Context, chain ReceiptReader, m *deployment.Manifest, id uint64, recipient common.Address) (uint32, error) {
	if err := d.Opening.Check(d.Dataset); err != nil {
		return 0, err
	}
	st := d.Opening.Statement
	if st.ChainID != m.ChainID || st.DataAccess != m.AccessAddress() || st.RequestID != id || st.Recipient != recipient {
		return 0, fmt.Errorf("%w: the opening is for chain %d, DataAccess %s, request %d, recipient %s", ErrBadOpening,
			st.ChainID, st.DataAccess.Hex(), st.RequestID, st.Recipient.Hex())
	}
	rcpt, err := chain.TransactionReceipt(ctx, d.AnchorTx)
	if err != nil {
		return 0, fmt.Errorf("%w: receipt of %s: %v", ErrNotAnchored, d.AnchorTx.Hex(), err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return 0, fmt.Errorf("%w: transaction %s failed", ErrNotAnchored, d.AnchorTx.Hex())
	}
	f, err := bindings.NewDataAccessFilterer(m.AccessAddress(), nil)
	if err != nil {
		return 0, err
	}
	for _, l := range rcpt.Logs {
		if l.Address != m.AccessAddress() {
			continue
		}
		ev, err := f.ParseDataReleased(*l)
		if err != nil {
			continue
		}
		if ev.RequestId.IsUint64() && ev.RequestId.Uint64() == id && ev.Recipient == recipient && ev.ReleaseHash == d.Opening.ReleaseHash {
			return ev.Release, nil
		}
	}
	return 0, fmt.Errorf("%w: transaction %s has no DataReleased(%d, %s, %s)", ErrNotAnchored, d.AnchorTx.Hex(), id, recipient.Hex(),
		d.Opening.ReleaseHash.Hex())
}

// RequestIDOf reads the id of the data-access request a mined DataAccess.request transaction made (its
// AccessRequested event).
func RequestIDOf(ctx context.Context, chain ReceiptReader, m *deployment.Manifest, tx common.Hash) (uint64, error) {
	rcpt, err := chain.TransactionReceipt(ctx, tx)
	if err != nil {
		return 0, fmt.Errorf("receipt: %w", err)
	}
	f, err := bindings.NewDataAccessFilterer(m.AccessAddress(), nil)
	if err != nil {
		return 0, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := f.ParseAccessRequested(*l); err == nil && ev.RequestId.IsUint64() {
			return ev.RequestId.Uint64(), nil
		}
	}
	return 0, fmt.Errorf("no AccessRequested in %s", tx.Hex())
}
