// Package signin implements EIP-4361, Sign-In with Ethereum: a server hands a wallet a single-use nonce, the wallet
// signs a plain-text message naming the server's domain, its URI, the chain and the nonce (personal_sign), and the
// server verifies the message and the signature and gives the wallet's address a session.
//
// The package has four parts, each usable alone:
//
//   - Message: build one (String) and parse one strictly against the EIP's ABNF (Parse).
//   - Recover: the address that personal_signed a message (EOAs; EIP-1271 contract wallets are not supported).
//   - Nonces: single-use nonces in Redis with a time to live; Consume is one atomic DEL, so a nonce signs in once.
//   - Verifier: everything a server checks, in order of cost — the text, the domain, the URI, the chain id, the
//     times (issued-at, expiration, not-before), the signature, and last the nonce (so a forged message cannot burn
//     a genuine nonce).
//
// Sessions (Redis, keyed by the token's SHA-256) remember a verified address for a while.
//
// Every refusal is an *Error with a stable Code (CodeOf). Nothing here logs; messages and addresses are not secrets,
// but a nonce or a session token is, and neither appears in an error's text.
package signin

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Version is the only message version EIP-4361 defines.
const Version = "1"

// MaxMessageBytes bounds a message Parse accepts (a sign-in message is a few hundred bytes).
const MaxMessageBytes = 8192

// Message is an EIP-4361 message. Optional fields are empty (zero times, nil Resources) when absent.
type Message struct {
	// Scheme is the optional scheme of the requesting origin (e.g. "https"); empty when absent.
	Scheme string
	// Domain is the RFC 3986 authority requesting the sign-in (host and optional port).
	Domain string
	// Address is the signing account; in text it is EIP-55 checksummed.
	Address common.Address
	// Statement is an optional human-readable assertion (no line feeds; URI characters and spaces only).
	Statement string
	// URI is the RFC 3986 URI of the resource the sign-in is for.
	URI string
	// Version is always "1" (Version).
	Version string
	// ChainID is the EIP-155 chain the session binds to.
	ChainID uint64
	// Nonce is at least 8 letters and digits, issued by the server (Nonces.Issue).
	Nonce string
	// IssuedAt is when the message was made (RFC 3339).
	IssuedAt time.Time
	// ExpirationTime, if set, is when the message stops being valid.
	ExpirationTime time.Time
	// NotBefore, if set, is when the message becomes valid.
	NotBefore time.Time
	// RequestID is an optional system-specific identifier (RFC 3986 pchars).
	RequestID string
	// Resources are optional RFC 3986 URIs the user wishes to have resolved.
	Resources []string
}

const (
	headerSuffix = " wants you to sign in with your Ethereum account:"
	fURI         = "URI: "
	fVersion     = "Version: "
	fChainID     = "Chain ID: "
	fNonce       = "Nonce: "
	fIssuedAt    = "Issued At: "
	fExpiration  = "Expiration Time: "
	fNotBefore   = "Not Before: "
	fRequestID   = "Request ID: "
	fResources   = "Resources:"
)

// String renders the message as EIP-4361 text (LF line ends, no trailing LF). Times are RFC 3339 with their zone.
// It does not validate; Validate (or Parse of the result) does.
func (m *Message) String() string {
	var b strings.Builder
	if m.Scheme != "" {
		b.WriteString(m.Scheme + "://")
	}
	b.WriteString(m.Domain + headerSuffix + "\n")
	b.WriteString(m.Address.Hex() + "\n\n")
	if m.Statement != "" {
		b.WriteString(m.Statement + "\n")
	}
	b.WriteString("\n")
	b.WriteString(fURI + m.URI + "\n")
	v := m.Version
	if v == "" {
		v = Version
	}
	b.WriteString(fVersion + v + "\n")
	b.WriteString(fChainID + strconv.FormatUint(m.ChainID, 10) + "\n")
	b.WriteString(fNonce + m.Nonce + "\n")
	b.WriteString(fIssuedAt + formatTime(m.IssuedAt))
	if !m.ExpirationTime.IsZero() {
		b.WriteString("\n" + fExpiration + formatTime(m.ExpirationTime))
	}
	if !m.NotBefore.IsZero() {
		b.WriteString("\n" + fNotBefore + formatTime(m.NotBefore))
	}
	if m.RequestID != "" {
		b.WriteString("\n" + fRequestID + m.RequestID)
	}
	if m.Resources != nil {
		b.WriteString("\n" + fResources)
		for _, r := range m.Resources {
			b.WriteString("\n- " + r)
		}
	}
	return b.String()
}

func formatTime(t time.Time) string { return t.Format(time.RFC3339Nano) }

// Validate checks every field against the EIP's grammar (what Parse accepts). A Message built by hand should pass
// it before it is signed.
func (m *Message) Validate() error {
	_, err := Parse(m.String())
	if err != nil {
		return err
	}
	if m.Version != "" && m.Version != Version {
		return errorf(CodeMalformed, "version must be %q", Version)
	}
	if m.IssuedAt.IsZero() {
		return errorf(CodeMalformed, "issued-at is not set")
	}
	return nil
}

// Parse reads an EIP-4361 message strictly: LF line ends only, the fields in the EIP's order, each value as its ABNF
// allows (scheme, RFC 3986 authority and URIs, an EIP-55 checksummed address, version 1, a decimal chain id, a nonce
// of ≥ 8 letters and digits, RFC 3339 times, pchar request id), nothing after the last field. A refusal is an
// *Error with CodeMalformed that names the line.
func Parse(text string) (*Message, error) {
	if len(text) > MaxMessageBytes {
		return nil, errorf(CodeMalformed, "message longer than %d bytes", MaxMessageBytes)
	}
	if strings.ContainsRune(text, '\r') {
		return nil, errorf(CodeMalformed, "carriage return in message (lines end with LF)")
	}
	lines := strings.Split(text, "\n")
	p := &parser{lines: lines}
	m := &Message{}

	// Header: [ scheme "://" ] domain " wants you to sign in with your Ethereum account:"
	head, ok := p.next()
	if !ok || !strings.HasSuffix(head, headerSuffix) {
		return nil, p.fail("header: want %q", "DOMAIN"+headerSuffix)
	}
	origin := strings.TrimSuffix(head, headerSuffix)
	if scheme, rest, found := strings.Cut(origin, "://"); found {
		if !isScheme(scheme) {
			return nil, p.fail("scheme %q", scheme)
		}
		m.Scheme, origin = scheme, rest
	}
	if !isAuthority(origin) {
		return nil, p.fail("domain %q is not an RFC 3986 authority", origin)
	}
	m.Domain = origin

	// address LF
	addr, ok := p.next()
	if !ok || !common.IsHexAddress(addr) || !strings.HasPrefix(addr, "0x") || len(addr) != 42 {
		return nil, p.fail("address: want 0x and 40 hex digits")
	}
	m.Address = common.HexToAddress(addr)
	if m.Address.Hex() != addr {
		return nil, p.fail("address %s is not EIP-55 checksummed (want %s)", addr, m.Address.Hex())
	}

	// LF [ statement LF ] LF
	if l, ok := p.next(); !ok || l != "" {
		return nil, p.fail("want an empty line after the address")
	}
	l, ok := p.next()
	if !ok {
		return nil, p.fail("message ends after the address")
	}
	if l != "" {
		if !isStatement(l) {
			return nil, p.fail("statement has characters other than URI characters and spaces")
		}
		m.Statement = l
		if l2, ok := p.next(); !ok || l2 != "" {
			return nil, p.fail("want an empty line after the statement")
		}
	}

	// URI, Version, Chain ID, Nonce, Issued At: mandatory, in order.
	v, err := p.field(fURI)
	if err != nil {
		return nil, err
	}
	if !isURI(v) {
		return nil, p.fail("URI %q is not an RFC 3986 URI", v)
	}
	m.URI = v
	if v, err = p.field(fVersion); err != nil {
		return nil, err
	}
	if v != Version {
		return nil, p.fail("version %q: only %q is defined", v, Version)
	}
	m.Version = v
	if v, err = p.field(fChainID); err != nil {
		return nil, err
	}
	if v == "" || strings.Trim(v, "0123456789") != "" {
		return nil, p.fail("chain id %q: want decimal digits", v)
	}
	if m.ChainID, err = strconv.ParseUint(v, 10, 64); err != nil {
		return nil, p.fail("chain id %q out of range", v)
	}
	if v, err = p.field(fNonce); err != nil {
		return nil, err
	}
	if len(v) < 8 || !isAlnum(v) {
		return nil, p.fail("nonce: want at least 8 letters and digits")
	}
	m.Nonce = v
	if v, err = p.field(fIssuedAt); err != nil {
		return nil, err
	}
	if m.IssuedAt, err = parseTime(v); err != nil {
		return nil, p.fail("issued-at: %v", err)
	}

	// Optional fields, each at most once, in order.
	if p.peekPrefix(fExpiration) {
		v, _ = p.field(fExpiration)
		if m.ExpirationTime, err = parseTime(v); err != nil {
			return nil, p.fail("expiration time: %v", err)
		}
	}
	if p.peekPrefix(fNotBefore) {
		v, _ = p.field(fNotBefore)
		if m.NotBefore, err = parseTime(v); err != nil {
			return nil, p.fail("not-before: %v", err)
		}
	}
	if p.peekPrefix(fRequestID) {
		v, _ = p.field(fRequestID)
		if !isPchars(v) {
			return nil, p.fail("request id has characters other than RFC 3986 pchars")
		}
		m.RequestID = v
	}
	if p.peekExact(fResources) {
		p.next()
		m.Resources = []string{}
		for p.peekPrefix("- ") {
			r, _ := p.next()
			r = strings.TrimPrefix(r, "- ")
			if !isURI(r) {
				return nil, p.fail("resource %q is not an RFC 3986 URI", r)
			}
			m.Resources = append(m.Resources, r)
		}
	}
	if p.i < len(p.lines) {
		return nil, p.fail("unexpected line (fields out of order, repeated, unknown, or a trailing line feed)")
	}
	return m, nil
}

type parser struct {
	lines []string
	i     int
}

func (p *parser) next() (string, bool) {
	if p.i >= len(p.lines) {
		p.i++
		return "", false
	}
	l := p.lines[p.i]
	p.i++
	return l, true
}

func (p *parser) peekPrefix(prefix string) bool {
	return p.i < len(p.lines) && strings.HasPrefix(p.lines[p.i], prefix)
}

func (p *parser) peekExact(s string) bool { return p.i < len(p.lines) && p.lines[p.i] == s }

func (p *parser) field(prefix string) (string, error) {
	l, ok := p.next()
	if !ok || !strings.HasPrefix(l, prefix) {
		return "", p.fail("want %q", strings.TrimSpace(prefix))
	}
	return strings.TrimPrefix(l, prefix), nil
}

func (p *parser) fail(format string, args ...any) error {
	return errorf(CodeMalformed, "line %d: %s", p.i, fmt.Sprintf(format, args...))
}

// parseTime accepts RFC 3339 date-time (a "T" separator and a zone; fractional seconds optional).
func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not an RFC 3339 date-time", s)
	}
	// time.Parse accepts a lower-case t/z in some versions and hours beyond 23 in none; insist on the upper case.
	if strings.ContainsAny(s, "tz") {
		return time.Time{}, fmt.Errorf("%q: write T and Z in upper case", s)
	}
	return t, nil
}

func isAlpha(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isHex(c byte) bool   { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') }

func isAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isAlpha(s[i]) && !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// RFC 3986 character classes.
func isUnreserved(c byte) bool { return isAlpha(c) || isDigit(c) || strings.IndexByte("-._~", c) >= 0 }
func isSubDelim(c byte) bool   { return strings.IndexByte("!$&'()*+,;=", c) >= 0 }
func isGenDelim(c byte) bool   { return strings.IndexByte(":/?#[]@", c) >= 0 }

// scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
func isScheme(s string) bool {
	if s == "" || !isAlpha(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

// statement = 1*( reserved / unreserved / " " ) (an empty statement is the same as none)
func isStatement(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isUnreserved(c) && !isSubDelim(c) && !isGenDelim(c) && c != ' ' {
			return false
		}
	}
	return s != ""
}

// runOf reports whether s is made of the allowed characters and valid percent-encodings only.
func runOf(s string, allowed func(byte) bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%':
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				return false
			}
			i += 2
		case !allowed(c):
			return false
		}
	}
	return true
}

func isPchar(c byte) bool { return isUnreserved(c) || isSubDelim(c) || c == ':' || c == '@' }

// request-id = *pchar
func isPchars(s string) bool { return runOf(s, isPchar) }

// authority = [ userinfo "@" ] host [ ":" port ]
func isAuthority(s string) bool {
	if s == "" {
		return false
	}
	if at := strings.LastIndexByte(s, '@'); at >= 0 {
		if !runOf(s[:at], func(c byte) bool { return isUnreserved(c) || isSubDelim(c) || c == ':' }) {
			return false
		}
		s = s[at+1:]
	}
	host, port := s, ""
	if strings.HasPrefix(s, "[") {
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return false
		}
		host, port = s[:end+1], s[end+1:]
		if port != "" && !strings.HasPrefix(port, ":") {
			return false
		}
		inner := host[1 : len(host)-1]
		if inner == "" || !runOf(inner, func(c byte) bool { return isHex(c) || c == ':' || c == '.' }) {
			return false
		}
	} else if i := strings.LastIndexByte(s, ':'); i >= 0 {
		host, port = s[:i], s[i:]
	}
	if port != "" && strings.Trim(port[1:], "0123456789") != "" {
		return false
	}
	if strings.HasPrefix(host, "[") {
		return true
	}
	return host != "" && runOf(host, func(c byte) bool { return isUnreserved(c) || isSubDelim(c) })
}

// isURI: an absolute RFC 3986 URI (scheme ":" hier-part [ "?" query ] [ "#" fragment ]) made of URI characters
// only, that net/url also reads.
func isURI(s string) bool {
	scheme, _, ok := strings.Cut(s, ":")
	if !ok || !isScheme(scheme) {
		return false
	}
	if !runOf(s, func(c byte) bool { return isUnreserved(c) || isSubDelim(c) || isGenDelim(c) }) {
		return false
	}
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" {
		return false
	}
	if strings.HasPrefix(s[len(scheme)+1:], "//") && !isAuthority(u.Host) && u.Host != "" {
		return false
	}
	return true
}

// ErrNotSignedIn is wrapped by the *Error of a missing or unknown session (Sessions.Lookup).
var ErrNotSignedIn = errors.New("not signed in")
