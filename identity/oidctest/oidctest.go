// Package oidctest is a local OpenID Connect provider for tests: RSA keys generated at start, a real HTTP discovery
// document and JWKS, and ID tokens signed on demand. It stands for NHS login; never use it outside tests.
package oidctest

import (
	"crypto/rand"
	"crypto/rsa"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
)

// ClientID is the audience Token signs for unless told otherwise.
const ClientID = "bevan-attester-test"

// Issuer is a running test provider.
type Issuer struct {
	URL string
	// Fetches counts the provider's HTTP requests (discovery and JWKS).
	Fetches atomic.Int64
	key     *rsa.PrivateKey
	srv     *httptest.Server
}

// New starts a provider with a fresh 2048-bit RSA key; it stops with the test.
func New(t testing.TB) *Issuer {
	t.Helper()
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	is := &Issuer{key: key}
	mux := http.NewServeMux()
	mux.HandleFunc("/.well-known/openid-configuration", func(w http.ResponseWriter, r *http.Request) {
		is.Fetches.Add(1)
		writeJSON(w, map[string]any{"issuer": is.URL, "jwks_uri": is.URL + "/jwks",
			"authorization_endpoint": is.URL + "/authorize", "token_endpoint": is.URL + "/token",
			"id_token_signing_alg_values_supported": []string{"RS256"}, "response_types_supported": []string{"code"},
			"subject_types_supported": []string{"public"}})
	})
	mux.HandleFunc("/jwks", func(w http.ResponseWriter, r *http.Request) {
		is.Fetches.Add(1)
		writeJSON(w, jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: &key.PublicKey, KeyID: "test-1", Algorithm: "RS256", Use: "sig"}}})
	})
	is.srv = httptest.NewServer(mux)
	is.URL = is.srv.URL
	t.Cleanup(is.srv.Close)
	return is
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// Claims are an ID token's claims; Token fills iss, aud, iat and exp unless set.
type Claims map[string]any

// Token signs claims with the provider's key (valid for 5 minutes from now unless exp is set).
func (is *Issuer) Token(t testing.TB, c Claims) string {
	t.Helper()
	return is.sign(t, is.key, c)
}

// TokenSignedBy signs claims with another key under the provider's key id: a forged token.
func (is *Issuer) TokenSignedBy(t testing.TB, key *rsa.PrivateKey, c Claims) string {
	t.Helper()
	return is.sign(t, key, c)
}

func (is *Issuer) sign(t testing.TB, key *rsa.PrivateKey, c Claims) string {
	t.Helper()
	now := time.Now()
	full := Claims{"iss": is.URL, "aud": ClientID, "iat": now.Unix(), "exp": now.Add(5 * time.Minute).Unix()}
	for k, v := range c {
		full[k] = v
	}
	signer, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.RS256, Key: key},
		(&jose.SignerOptions{}).WithType("JWT").WithHeader("kid", "test-1"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := jwt.Signed(signer).Claims(map[string]any(full)).Serialize()
	if err != nil {
		t.Fatal(err)
	}
	return raw
}
