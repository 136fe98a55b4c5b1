package signin

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Sign personal_signs text with key (for wallets and tests): keccak256("\x19Ethereum Signed Message:\n" ‖ len ‖
// text), 65 bytes r ‖ s ‖ v with v = 27 or 28, as eth_sign/personal_sign return it.
func Sign(text string, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := crypto.Sign(accounts.TextHash([]byte(text)), key)
	if err != nil {
		return nil, fmt.Errorf("personal_sign: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// Recover returns the address whose key personal_signed text. It accepts v = 27/28 or 0/1 and refuses
// high-s (malleable) signatures, with CodeBadSignature.
func Recover(text string, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, errorf(CodeBadSignature, "signature is %d bytes, want 65", len(sig))
	}
	s := make([]byte, 65)
	copy(s, sig)
	if s[64] >= 27 {
		s[64] -= 27
	}
	if s[64] > 1 {
		return common.Address{}, errorf(CodeBadSignature, "signature v is %d, want 27 or 28", sig[64])
	}
	r, ss := new(big.Int).SetBytes(s[:32]), new(big.Int).SetBytes(s[32:64])
	if !crypto.ValidateSignatureValues(s[64], r, ss, true) {
		return common.Address{}, errorf(CodeBadSignature, "signature values out of range (or high s)")
	}
	pub, err := crypto.SigToPub(accounts.TextHash([]byte(text)), s)
	if err != nil {
		return common.Address{}, wrap(CodeBadSignature, err, "recover signer")
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Verifier checks sign-in messages for one server. Domain, URI and ChainID are what every message must name; Nonces
// issued them. Zero durations take the defaults.
type Verifier struct {
	// Scheme, if set, must be the message's scheme; a message without a scheme is accepted either way (the EIP
	// makes it optional).
	Scheme string
	// Domain is the server's authority (host[:port]) exactly as messages must name it.
	Domain string
	// URI is the URI messages must name exactly.
	URI string
	// ChainID is the chain the sign-in binds to.
	ChainID uint64
	// Nonces issued the nonces and consumes them.
	Nonces *Nonces
	// MaxAge is how long after its issued-at a message may still be used (default 10 minutes). It bounds a message
	// without an expiration time.
	MaxAge time.Duration
	// Skew is how far ahead of the server's clock an issued-at or behind it a not-before may be (default 1 minute).
	Skew time.Duration
}

// Verify checks text, personal_signed as sig, at time now, and consumes its nonce. The checks run cheapest first;
// the nonce is consumed last, once the signature is known good, so only its signer can use it up. It returns the
// parsed message (its Address is the signed-in account) or an *Error.
func (v *Verifier) Verify(ctx context.Context, text string, sig []byte, now time.Time) (*Message, error) {
	if v.Nonces == nil || v.Domain == "" || v.URI == "" {
		return nil, errorf(CodeInvalidArgument, "verifier needs a domain, a URI and a nonce store")
	}
	m, err := Parse(text)
	if err != nil {
		return nil, err
	}
	if m.Domain != v.Domain || (m.Scheme != "" && v.Scheme != "" && m.Scheme != v.Scheme) {
		return nil, errorf(CodeWrongDomain, "message is for %q, this server is %q", origin(m.Scheme, m.Domain), origin(v.Scheme, v.Domain))
	}
	if m.URI != v.URI {
		return nil, errorf(CodeWrongURI, "message is for URI %q, want %q", m.URI, v.URI)
	}
	if m.ChainID != v.ChainID {
		return nil, errorf(CodeWrongChain, "message is for chain %d, this server is on chain %d", m.ChainID, v.ChainID)
	}
	maxAge, skew := v.MaxAge, v.Skew
	if maxAge <= 0 {
		maxAge = 10 * time.Minute
	}
	if skew <= 0 {
		skew = time.Minute
	}
	switch {
	case m.IssuedAt.After(now.Add(skew)):
		return nil, errorf(CodeIssuedInFuture, "issued at %s, after now (%s)", formatTime(m.IssuedAt), formatTime(now.UTC()))
	case now.Sub(m.IssuedAt) > maxAge:
		return nil, errorf(CodeTooOld, "issued at %s, more than %s ago", formatTime(m.IssuedAt), maxAge)
	case !m.ExpirationTime.IsZero() && !now.Before(m.ExpirationTime):
		return nil, errorf(CodeExpired, "expired at %s", formatTime(m.ExpirationTime))
	case !m.NotBefore.IsZero() && m.NotBefore.After(now.Add(skew)):
		return nil, errorf(CodeNotYetValid, "not valid before %s", formatTime(m.NotBefore))
	}
	signer, err := Recover(text, sig)
	if err != nil {
		return nil, err
	}
	if signer != m.Address {
		return nil, errorf(CodeWrongSigner, "signed by %s, message names %s", signer.Hex(), m.Address.Hex())
	}
	if err := v.Nonces.Consume(ctx, m.Nonce); err != nil {
		return nil, err
	}
	return m, nil
}

// NewMessage is the message a wallet signs to sign in to v's server as address with nonce, issued at now and
// expiring after v's MaxAge (default 10 minutes). statement may be empty.
func (v *Verifier) NewMessage(address common.Address, nonce, statement string, now time.Time) *Message {
	maxAge := v.MaxAge
	if maxAge <= 0 {
		maxAge = 10 * time.Minute
	}
	now = now.UTC().Truncate(time.Second)
	return &Message{Scheme: v.Scheme, Domain: v.Domain, Address: address, Statement: statement, URI: v.URI,
		Version: Version, ChainID: v.ChainID, Nonce: nonce, IssuedAt: now, ExpirationTime: now.Add(maxAge)}
}

func origin(scheme, domain string) string {
	if scheme == "" {
		return domain
	}
	return scheme + "://" + domain
}
