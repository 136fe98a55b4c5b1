// Package identity verifies a person's OpenID Connect ID token from an identity provider (NHS login: identity levels
// P0, P5, P9) for an identity attester, and derives what the attester records on chain: the level and a keyed
// commitment to the person (package commitment). Nothing the token says about the person leaves the package but
// through that commitment: errors name the check that failed, never a claim's value.
package identity

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/bevan-health/bevan/commitment"
	"github.com/coreos/go-oidc/v3/oidc"
	"github.com/ethereum/go-ethereum/common"
)

// Level is an NHS login identity proofing level: 0 (P0, none), 5 (P5, basic) or 9 (P9, high). Its number is what
// IdentityRegistry stores.
type Level uint8

// The NHS login identity levels.
const (
	P0 Level = 0
	P5 Level = 5
	P9 Level = 9
)

// ParseLevel reads "P0", "P5" or "P9" (or "0", "5", "9").
func ParseLevel(s string) (Level, error) {
	switch strings.TrimPrefix(strings.ToUpper(strings.TrimSpace(s)), "P") {
	case "0":
		return P0, nil
	case "5":
		return P5, nil
	case "9":
		return P9, nil
	}
	return 0, fmt.Errorf("identity level %q: want P0, P5 or P9", s)
}

// String is "P0", "P5" or "P9".
func (l Level) String() string { return fmt.Sprintf("P%d", uint8(l)) }

// The checks a token can fail, one error each (wrapped with the detail): match with errors.Is.
var (
	ErrSignature = errors.New("identity token refused: signature (not signed by the provider's keys)")
	ErrIssuer    = errors.New("identity token refused: issuer")
	ErrAudience  = errors.New("identity token refused: audience")
	ErrExpired   = errors.New("identity token refused: expired")
	ErrNonce     = errors.New("identity token refused: nonce")
	ErrLevel     = errors.New("identity token refused: identity level")
	ErrClaims    = errors.New("identity token refused: claims")
)

// LevelClaim is NHS login's identity level claim ("P0", "P5", "P9"); NHSNumberClaim its NHS number claim.
const (
	LevelClaim     = "identity_proofing_level"
	NHSNumberClaim = "nhs_number"
)

// Config configures a Verifier.
type Config struct {
	// Issuer is the provider's issuer URL; its discovery document and JWKS are fetched from it.
	Issuer string
	// ClientID is the attester's client id at the provider: the audience tokens must name.
	ClientID string
	// MinLevel is the lowest identity level accepted.
	MinLevel Level
	// HTTPClient fetches the discovery document and the JWKS (nil: http.DefaultClient).
	HTTPClient *http.Client
	// Now is the clock expiry is checked against (nil: time.Now).
	Now func() time.Time
}

// Verifier checks ID tokens of one provider for one attester.
type Verifier struct {
	cfg      Config
	verifier *oidc.IDTokenVerifier
}

// NewVerifier fetches the provider's discovery document (its JWKS is fetched when a token needs it).
func NewVerifier(ctx context.Context, cfg Config) (*Verifier, error) {
	if cfg.Issuer == "" || cfg.ClientID == "" {
		return nil, errors.New("identity: the provider's issuer and the attester's client id are required")
	}
	if _, err := ParseLevel(cfg.MinLevel.String()); err != nil {
		return nil, fmt.Errorf("identity: minimum %w", err)
	}
	if cfg.HTTPClient != nil {
		ctx = oidc.ClientContext(ctx, cfg.HTTPClient)
	}
	p, err := oidc.NewProvider(ctx, cfg.Issuer)
	if err != nil {
		return nil, fmt.Errorf("identity provider %s: %w", cfg.Issuer, err)
	}
	return &Verifier{cfg: cfg, verifier: p.VerifierContext(ctx, &oidc.Config{ClientID: cfg.ClientID, Now: cfg.Now})}, nil
}

// Verified is what a verified token proves. The person's subject stays inside: only its commitment comes out.
type Verified struct {
	// Level is the token's identity level (at least the Verifier's MinLevel).
	Level   Level
	subject string
}

// Commitment is the attester's keyed commitment to the person (commitment.Identity under the attester's secret).
func (v *Verified) Commitment(secret []byte) (common.Hash, error) {
	return commitment.Identity(secret, v.subject)
}

// Verify checks the token's signature against the provider's JWKS, its issuer, audience and expiry (go-oidc), its
// nonce against the one the attester sent, and its identity level against MinLevel.
func (v *Verifier) Verify(ctx context.Context, raw, nonce string) (*Verified, error) {
	if v.cfg.HTTPClient != nil {
		ctx = oidc.ClientContext(ctx, v.cfg.HTTPClient)
	}
	tok, err := v.verifier.Verify(ctx, strings.TrimSpace(raw))
	if err != nil {
		return nil, classify(err)
	}
	if nonce == "" || subtle.ConstantTimeCompare([]byte(tok.Nonce), []byte(nonce)) != 1 {
		return nil, fmt.Errorf("%w: the token's nonce is not the one this attester sent", ErrNonce)
	}
	var claims map[string]any
	if err := tok.Claims(&claims); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrClaims, err)
	}
	lvlClaim, _ := claims[LevelClaim].(string)
	lvl, err := ParseLevel(lvlClaim)
	if err != nil || !strings.HasPrefix(lvlClaim, "P") {
		return nil, fmt.Errorf("%w: no %s claim of P0, P5 or P9", ErrClaims, LevelClaim)
	}
	if lvl < v.cfg.MinLevel {
		return nil, fmt.Errorf("%w: the token is at %s, below the required %s", ErrLevel, lvl, v.cfg.MinLevel)
	}
	subject, err := subjectOf(tok, claims)
	if err != nil {
		return nil, err
	}
	return &Verified{Level: lvl, subject: subject}, nil
}

// subjectOf names the person for the commitment: "nhs-number:" and the NHS number when the token carries it (the
// same for every account and provider of the person), else "sub:" and the provider's issuer and subject.
func subjectOf(tok *oidc.IDToken, claims map[string]any) (string, error) {
	if n, ok := claims[NHSNumberClaim]; ok {
		s, _ := n.(string)
		if len(s) != 10 || strings.Trim(s, "0123456789") != "" {
			return "", fmt.Errorf("%w: the %s claim is not 10 digits", ErrClaims, NHSNumberClaim)
		}
		return "nhs-number:" + s, nil
	}
	if tok.Subject == "" {
		return "", fmt.Errorf("%w: no sub claim", ErrClaims)
	}
	return "sub:" + tok.Issuer + " " + tok.Subject, nil
}

// classify maps go-oidc's refusal to the check that failed. Its messages name issuers, audiences and times, never
// the person's claims.
func classify(err error) error {
	var exp *oidc.TokenExpiredError
	msg := err.Error()
	switch {
	case errors.As(err, &exp):
		return fmt.Errorf("%w: expired at %s", ErrExpired, exp.Expiry.UTC().Format(time.RFC3339))
	case strings.Contains(msg, "failed to verify signature"), strings.Contains(msg, "malformed jwt"),
		strings.Contains(msg, "not signed"), strings.Contains(msg, "multiple signatures"):
		return fmt.Errorf("%w: %v", ErrSignature, err)
	case strings.Contains(msg, "different provider"):
		return fmt.Errorf("%w: %v", ErrIssuer, err)
	case strings.Contains(msg, "expected audience"):
		return fmt.Errorf("%w: %v", ErrAudience, err)
	}
	return fmt.Errorf("%w: %v", ErrClaims, err)
}
