package gateway

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/bevan-health/bevan/signin"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// OrgClient is a care organisation signed in to a gateway: it fetches the alerts and readings the patients'
// consents release to it.
type OrgClient struct {
	base  string
	http  *http.Client
	token string
}

// SignIn signs in to the gateway at base (http(s)://host[:port]) with the organisation's key: it asks for the
// gateway's EIP-4361 message, checks that the message names base's host and the key's address (so the key signs in
// to no other site), personal_signs it and posts it. hc nil is http.DefaultClient. A refusal is a *telemetry.Error
// with the gateway's code.
func SignIn(ctx context.Context, base string, key *ecdsa.PrivateKey, hc *http.Client) (*OrgClient, error) {
	base = strings.TrimSuffix(base, "/")
	u, err := url.Parse(base)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, fmt.Errorf("gateway url %q: want http(s)://host[:port]", base)
	}
	if hc == nil {
		hc = http.DefaultClient
	}
	c := &OrgClient{base: base, http: hc}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	var m SignInMessage
	if err := c.do(ctx, http.MethodGet, "/v1/signin/message?address="+addr.Hex(), nil, &m); err != nil {
		return nil, err
	}
	msg, err := signin.Parse(m.Message)
	if err != nil {
		return nil, fmt.Errorf("the gateway's sign-in message: %w", err)
	}
	if msg.Domain != u.Host || msg.Address != addr {
		return nil, fmt.Errorf("the gateway asked to sign in to %s as %s, not to %s as %s: nothing signed", msg.Domain,
			msg.Address.Hex(), u.Host, addr.Hex())
	}
	sig, err := signin.Sign(m.Message, key)
	if err != nil {
		return nil, err
	}
	var in SignedIn
	if err := c.do(ctx, http.MethodPost, "/v1/signin", SignInRequest{Message: m.Message, Signature: hexutil.Encode(sig)}, &in); err != nil {
		return nil, err
	}
	c.token = in.Token
	return c, nil
}

// Alerts fetches GET /v1/alerts: of patient (zero: every patient whose consent permits the organisation), of the
// last hours (0: 24), at most limit (0: 100).
func (c *OrgClient) Alerts(ctx context.Context, patient common.Address, hours, limit int) (*ReleasedAlerts, error) {
	q := url.Values{}
	if patient != (common.Address{}) {
		q.Set("patient", patient.Hex())
	}
	if hours > 0 {
		q.Set("hours", fmt.Sprint(hours))
	}
	if limit > 0 {
		q.Set("limit", fmt.Sprint(limit))
	}
	var out ReleasedAlerts
	if err := c.do(ctx, http.MethodGet, "/v1/alerts?"+q.Encode(), nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Readings fetches GET /v1/readings: a patient's device's readings of the last hours (0: 24).
func (c *OrgClient) Readings(ctx context.Context, device common.Address, hours int) (*PatientReadings, error) {
	path := "/v1/readings?device=" + device.Hex()
	if hours > 0 {
		path += fmt.Sprintf("&hours=%d", hours)
	}
	var out PatientReadings
	if err := c.do(ctx, http.MethodGet, path, nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

func (c *OrgClient) do(ctx context.Context, method, path string, body, out any) error {
	var rd io.Reader
	if body != nil {
		raw, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(raw)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("gateway: %w", err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 1<<24))
	if err != nil {
		return fmt.Errorf("gateway: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		var eb telemetry.ErrorBody
		if json.Unmarshal(raw, &eb) == nil && eb.Error != nil {
			return eb.Error
		}
		return fmt.Errorf("gateway: HTTP %d", resp.StatusCode)
	}
	return json.Unmarshal(raw, out)
}
