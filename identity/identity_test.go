package identity_test

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/identity"
	"github.com/bevan-health/bevan/identity/oidctest"
)

const nonce = "n-0S6_WzA2Mj"

func newVerifier(t *testing.T, is *oidctest.Issuer, min identity.Level) *identity.Verifier {
	t.Helper()
	v, err := identity.NewVerifier(context.Background(), identity.Config{Issuer: is.URL, ClientID: oidctest.ClientID, MinLevel: min})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func p9(nhs string) oidctest.Claims {
	return oidctest.Claims{"sub": "0d7d4b4f-1c1b-4a4e-9f7e-000000000001", "nonce": nonce, identity.LevelClaim: "P9",
		identity.NHSNumberClaim: nhs}
}

func TestVerifyAcceptsP9AndCommitsToTheNHSNumber(t *testing.T) {
	is := oidctest.New(t)
	v := newVerifier(t, is, identity.P9)
	got, err := v.Verify(context.Background(), is.Token(t, p9("9990001234")), nonce)
	if err != nil {
		t.Fatal(err)
	}
	if got.Level != identity.P9 {
		t.Fatalf("level %s", got.Level)
	}
	secret := make([]byte, 32)
	_, _ = rand.Read(secret)
	c1, err := got.Commitment(secret)
	if err != nil {
		t.Fatal(err)
	}
	// The same person through another account (another sub) gets the same commitment; another person another.
	again := p9("9990001234")
	again["sub"] = "another-account"
	same, err := v.Verify(context.Background(), is.Token(t, again), nonce)
	if err != nil {
		t.Fatal(err)
	}
	other, err := v.Verify(context.Background(), is.Token(t, p9("9990001242")), nonce)
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := same.Commitment(secret); c != c1 {
		t.Fatal("the same NHS number gave another commitment")
	}
	if c, _ := other.Commitment(secret); c == c1 {
		t.Fatal("another NHS number gave the same commitment")
	}
	// Without an NHS number claim the commitment is to the provider's subject.
	noNHS := p9("")
	delete(noNHS, identity.NHSNumberClaim)
	sub, err := v.Verify(context.Background(), is.Token(t, noNHS), nonce)
	if err != nil {
		t.Fatal(err)
	}
	if c, err := sub.Commitment(secret); err != nil || c == c1 {
		t.Fatalf("subject commitment %s (err %v)", c, err)
	}
}

func TestVerifyRefusesEachBrokenCheck(t *testing.T) {
	is := oidctest.New(t)
	v := newVerifier(t, is, identity.P9)
	forger, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	otherIssuer := oidctest.New(t)
	with := func(k string, val any) oidctest.Claims { c := p9("9990001234"); c[k] = val; return c }
	cases := []struct {
		name  string
		token string
		nonce string
		want  error
	}{
		{"bad signature", is.TokenSignedBy(t, forger, p9("9990001234")), nonce, identity.ErrSignature},
		{"tampered", tamper(is.Token(t, p9("9990001234"))), nonce, identity.ErrSignature},
		{"not a JWT", "not-a-token", nonce, identity.ErrSignature},
		{"wrong issuer", is.Token(t, with("iss", otherIssuer.URL)), nonce, identity.ErrIssuer},
		{"wrong audience", is.Token(t, with("aud", "another-client")), nonce, identity.ErrAudience},
		{"expired", is.Token(t, with("exp", time.Now().Add(-time.Minute).Unix())), nonce, identity.ErrExpired},
		{"wrong nonce", is.Token(t, p9("9990001234")), "another-nonce", identity.ErrNonce},
		{"no nonce expected", is.Token(t, p9("9990001234")), "", identity.ErrNonce},
		{"P5 below P9", is.Token(t, with(identity.LevelClaim, "P5")), nonce, identity.ErrLevel},
		{"no level", is.Token(t, with(identity.LevelClaim, nil)), nonce, identity.ErrClaims},
		{"bad level", is.Token(t, with(identity.LevelClaim, "9")), nonce, identity.ErrClaims},
		{"bad NHS number", is.Token(t, with(identity.NHSNumberClaim, "999 000 1234")), nonce, identity.ErrClaims},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := v.Verify(context.Background(), c.token, c.nonce)
			if !errors.Is(err, c.want) || got != nil {
				t.Fatalf("err %v, want %v", err, c.want)
			}
			if strings.Contains(err.Error(), "9990001234") || strings.Contains(err.Error(), "0d7d4b4f") {
				t.Fatalf("the error repeats a claim of the person: %v", err)
			}
		})
	}
}

func TestVerifierConfig(t *testing.T) {
	is := oidctest.New(t)
	ctx := context.Background()
	if _, err := identity.NewVerifier(ctx, identity.Config{Issuer: is.URL}); err == nil {
		t.Error("no client id accepted")
	}
	if _, err := identity.NewVerifier(ctx, identity.Config{Issuer: is.URL, ClientID: "x", MinLevel: 7}); err == nil {
		t.Error("minimum level 7 accepted")
	}
	if _, err := identity.NewVerifier(ctx, identity.Config{Issuer: is.URL + "/nowhere", ClientID: "x"}); err == nil {
		t.Error("an issuer without a discovery document accepted")
	}
	for s, want := range map[string]identity.Level{"P0": identity.P0, "p5": identity.P5, "9": identity.P9} {
		if l, err := identity.ParseLevel(s); err != nil || l != want {
			t.Errorf("ParseLevel(%q) = %v, %v", s, l, err)
		}
	}
	if _, err := identity.ParseLevel("P3"); err == nil {
		t.Error("P3 accepted")
	}
}

// tamper changes one character of the payload: the signature no longer matches.
func tamper(tok string) string {
	parts := strings.Split(tok, ".")
	b := []byte(parts[1])
	if b[5] == 'A' {
		b[5] = 'B'
	} else {
		b[5] = 'A'
	}
	parts[1] = string(b)
	return strings.Join(parts, ".")
}
