package signin

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"
)

// keyspace is the Redis keys under one prefix, each kept for ttl.
type keyspace struct {
	rdb    redis.UniversalClient
	prefix string
	ttl    time.Duration
}

// newKeyspace keeps keys under prefix for ttl, or for byDefault when ttl is not positive.
func newKeyspace(rdb redis.UniversalClient, prefix string, ttl, byDefault time.Duration) keyspace {
	if ttl <= 0 {
		ttl = byDefault
	}
	return keyspace{rdb: rdb, prefix: prefix, ttl: ttl}
}

// Nonces issues single-use sign-in nonces and keeps them in Redis under prefix for ttl. A nonce is 32 hex digits
// (128 random bits); Consume deletes it in one command, so of two sign-ins racing with one nonce exactly one wins.
type Nonces struct{ keyspace }

// NewNonces keeps nonces under "<prefix>:nonce:" for ttl (default 10 minutes).
func NewNonces(rdb redis.UniversalClient, prefix string, ttl time.Duration) *Nonces {
	return &Nonces{newKeyspace(rdb, prefix+":nonce:", ttl, 10*time.Minute)}
}

// TTL is how long an issued nonce stays usable.
func (n *Nonces) TTL() time.Duration { return n.ttl }

// Issue returns a fresh nonce, stored until it is consumed or its time to live passes.
func (n *Nonces) Issue(ctx context.Context) (string, error) {
	var raw [16]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return "", fmt.Errorf("random nonce: %w", err)
	}
	nonce := hex.EncodeToString(raw[:])
	ok, err := n.rdb.SetNX(ctx, n.prefix+nonce, 1, n.ttl).Result()
	if err != nil {
		return "", wrap(CodeUnavailable, err, "store nonce")
	}
	if !ok { // 2^-128: a collision means the random source is broken
		return "", errorf(CodeInvalidArgument, "nonce collision")
	}
	return nonce, nil
}

// Consume uses nonce up: nil if it was issued here and neither used nor expired (and now never again), else an
// *Error with CodeNonceUnknown.
func (n *Nonces) Consume(ctx context.Context, nonce string) error {
	if len(nonce) < 8 || len(nonce) > 128 || !isAlnum(nonce) {
		return errorf(CodeNonceUnknown, "nonce was not issued here")
	}
	deleted, err := n.rdb.Del(ctx, n.prefix+nonce).Result()
	if err != nil {
		return wrap(CodeUnavailable, err, "consume nonce")
	}
	if deleted != 1 {
		return errorf(CodeNonceUnknown, "nonce was not issued here, was used already, or expired")
	}
	return nil
}

// Session is a signed-in account.
type Session struct {
	Address common.Address `json:"address"`
	ChainID uint64         `json:"chainId"`
	Expires time.Time      `json:"expires"`
}

// Sessions keeps sessions in Redis under "<prefix>:session:" and the SHA-256 of their token, for ttl: the store
// never holds a token, so reading Redis does not let anyone sign in.
type Sessions struct{ keyspace }

// NewSessions keeps sessions for ttl (default 1 hour).
func NewSessions(rdb redis.UniversalClient, prefix string, ttl time.Duration) *Sessions {
	return &Sessions{newKeyspace(rdb, prefix+":session:", ttl, time.Hour)}
}

func (s *Sessions) key(token string) string {
	h := sha256.Sum256([]byte(token))
	return s.prefix + hex.EncodeToString(h[:])
}

// Create starts a session for the message's account (a message Verifier.Verify returned) and returns its bearer
// token (64 hex digits) and the session.
func (s *Sessions) Create(ctx context.Context, m *Message, now time.Time) (string, Session, error) {
	var raw [32]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return "", Session{}, fmt.Errorf("random token: %w", err)
	}
	token := hex.EncodeToString(raw[:])
	exp := now.Add(s.ttl)
	if !m.ExpirationTime.IsZero() && m.ExpirationTime.Before(exp) {
		exp = m.ExpirationTime // a session does not outlive the message it came from
	}
	sess := Session{Address: m.Address, ChainID: m.ChainID, Expires: exp.UTC()}
	val := fmt.Sprintf("%s|%d|%d", m.Address.Hex(), m.ChainID, exp.UnixMilli())
	ttl := exp.Sub(now)
	if ttl < time.Millisecond {
		return "", Session{}, errorf(CodeExpired, "message expires now")
	}
	if err := s.rdb.Set(ctx, s.key(token), val, ttl).Err(); err != nil {
		return "", Session{}, wrap(CodeUnavailable, err, "store session")
	}
	return token, sess, nil
}

// Lookup returns the session of token, or an *Error with CodeNotSignedIn (wrapping ErrNotSignedIn).
func (s *Sessions) Lookup(ctx context.Context, token string, now time.Time) (Session, error) {
	if len(token) != 64 {
		return Session{}, &Error{Code: CodeNotSignedIn, Message: "no session token", Err: ErrNotSignedIn}
	}
	val, err := s.rdb.Get(ctx, s.key(token)).Result()
	if errors.Is(err, redis.Nil) {
		return Session{}, &Error{Code: CodeNotSignedIn, Message: "unknown or expired session", Err: ErrNotSignedIn}
	}
	if err != nil {
		return Session{}, wrap(CodeUnavailable, err, "read session")
	}
	var addr string
	var chain uint64
	var ms int64
	if _, err := fmt.Sscanf(val, "%42s|%d|%d", &addr, &chain, &ms); err != nil || !common.IsHexAddress(addr) {
		return Session{}, &Error{Code: CodeNotSignedIn, Message: "unreadable session", Err: ErrNotSignedIn}
	}
	sess := Session{Address: common.HexToAddress(addr), ChainID: chain, Expires: time.UnixMilli(ms).UTC()}
	if !now.Before(sess.Expires) {
		return Session{}, &Error{Code: CodeNotSignedIn, Message: "session expired", Err: ErrNotSignedIn}
	}
	return sess, nil
}

// End deletes the session of token (signing out); ending an unknown session is not an error.
func (s *Sessions) End(ctx context.Context, token string) error {
	if err := s.rdb.Del(ctx, s.key(token)).Err(); err != nil {
		return wrap(CodeUnavailable, err, "delete session")
	}
	return nil
}
