package signin

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/redis/go-redis/v9"
)

// machineRedis is the machine's Redis with a key prefix of the test's own, deleted afterwards.
func machineRedis(t *testing.T) (redis.UniversalClient, string) { return machineRedisB(t) }

func machineRedisB(t testing.TB) (redis.UniversalClient, string) {
	t.Helper()
	rdb := redis.NewClient(&redis.Options{Addr: "127.0.0.1:6379"})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := rdb.Ping(ctx).Err(); err != nil {
		t.Fatalf("this test needs the machine's Redis at 127.0.0.1:6379: %v", err)
	}
	prefix := fmt.Sprintf("bevan:test:signin:%d", time.Now().UnixNano())
	t.Cleanup(func() {
		ctx := context.Background()
		keys, _ := rdb.Keys(ctx, prefix+":*").Result()
		if len(keys) > 0 {
			rdb.Del(ctx, keys...)
		}
		rdb.Close()
	})
	return rdb, prefix
}

// Verify against the machine's Redis: a good sign-in passes once; every wrong field, time and signature is refused
// with its own code, before the nonce is touched; the nonce is single use, also under a race.
func TestVerify(t *testing.T) {
	rdb, prefix := machineRedis(t)
	ctx := context.Background()
	v := &Verifier{Scheme: "https", Domain: "analytics.example:8443", URI: "https://analytics.example:8443/v1/session",
		ChainID: 901, Nonces: NewNonces(rdb, prefix, 5*time.Minute)}
	key, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)

	fresh := func() *Message {
		n, err := v.Nonces.Issue(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return v.NewMessage(addr, n, "Sign in to Bevan analytics.", now)
	}
	sign := func(m *Message) (string, []byte) {
		text := m.String()
		sig, err := Sign(text, key)
		if err != nil {
			t.Fatal(err)
		}
		return text, sig
	}

	// The nonce is stored with its time to live.
	m := fresh()
	if ttl := rdb.TTL(ctx, prefix+":nonce:"+m.Nonce).Val(); ttl <= 0 || ttl > 5*time.Minute {
		t.Fatalf("nonce TTL %v, want (0, 5m]", ttl)
	}

	refusals := []struct {
		name   string
		edit   func(*Message)
		signer func(string) []byte
		at     time.Time
		want   Code
	}{
		{"other domain", func(m *Message) { m.Domain = "evil.example" }, nil, now, CodeWrongDomain},
		{"other scheme", func(m *Message) { m.Scheme = "http" }, nil, now, CodeWrongDomain},
		{"other URI", func(m *Message) { m.URI = "https://analytics.example:8443/other" }, nil, now, CodeWrongURI},
		{"other chain", func(m *Message) { m.ChainID = 1 }, nil, now, CodeWrongChain},
		{"issued in future", func(m *Message) { m.IssuedAt = now.Add(2 * time.Minute) }, nil, now, CodeIssuedInFuture},
		{"too old", func(m *Message) { m.ExpirationTime = time.Time{} }, nil, now.Add(11 * time.Minute), CodeTooOld},
		{"expired", nil, nil, now.Add(10 * time.Minute), CodeExpired},
		{"not yet valid", func(m *Message) { m.NotBefore = now.Add(5 * time.Minute) }, nil, now, CodeNotYetValid},
		{"other signer", nil, func(text string) []byte { s, _ := Sign(text, other); return s }, now, CodeWrongSigner},
		{"short signature", nil, func(string) []byte { return make([]byte, 64) }, now, CodeBadSignature},
		{"signature of other text", nil, func(text string) []byte { s, _ := Sign(text+" ", key); return s }, now, CodeWrongSigner},
	}
	for _, r := range refusals {
		m := fresh()
		if r.edit != nil {
			r.edit(m)
		}
		text, sig := sign(m)
		if r.signer != nil {
			sig = r.signer(text)
		}
		_, err := v.Verify(ctx, text, sig, r.at)
		if CodeOf(err) != r.want {
			t.Fatalf("%s: got %v, want %s", r.name, err, r.want)
		}
		// Refused before the nonce: it is still there, for its owner.
		if n := rdb.Exists(ctx, prefix+":nonce:"+m.Nonce).Val(); n != 1 {
			t.Fatalf("%s: the refusal consumed the nonce", r.name)
		}
	}
	if _, err := v.Verify(ctx, "not a message", nil, now); CodeOf(err) != CodeMalformed {
		t.Fatalf("garbage: %v", err)
	}

	// A nonce never issued, then a good sign-in, then its replay.
	m = fresh()
	m.Nonce = "deadbeefdeadbeef"
	text, sig := sign(m)
	if _, err := v.Verify(ctx, text, sig, now); CodeOf(err) != CodeNonceUnknown {
		t.Fatalf("unissued nonce: %v", err)
	}
	m = fresh()
	text, sig = sign(m)
	got, err := v.Verify(ctx, text, sig, now.Add(time.Minute))
	if err != nil || got.Address != addr {
		t.Fatalf("good sign-in: %v %v", got, err)
	}
	if _, err := v.Verify(ctx, text, sig, now.Add(time.Minute)); CodeOf(err) != CodeNonceUnknown {
		t.Fatalf("replay: %v", err)
	}
	// A message without a scheme is accepted (the EIP makes it optional).
	m = fresh()
	m.Scheme = ""
	text, sig = sign(m)
	if _, err := v.Verify(ctx, text, sig, now); err != nil {
		t.Fatalf("no scheme: %v", err)
	}

	// Sixteen concurrent sign-ins with one message: exactly one wins.
	m = fresh()
	text, sig = sign(m)
	var wg sync.WaitGroup
	var mu sync.Mutex
	wins, codes := 0, map[Code]int{}
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := v.Verify(ctx, text, sig, now)
			mu.Lock()
			defer mu.Unlock()
			if err == nil {
				wins++
			} else {
				codes[CodeOf(err)]++
			}
		}()
	}
	wg.Wait()
	if wins != 1 || codes[CodeNonceUnknown] != 15 {
		t.Fatalf("race: %d wins, refusals %v", wins, codes)
	}
}

// Sessions: a session is found by its token until it ends or expires; Redis holds the token's hash, not the token;
// a session does not outlive its message; a dead Redis is CodeUnavailable.
func TestSessions(t *testing.T) {
	rdb, prefix := machineRedis(t)
	ctx := context.Background()
	s := NewSessions(rdb, prefix, time.Hour)
	key, _ := crypto.GenerateKey()
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	m := &Message{Address: crypto.PubkeyToAddress(key.PublicKey), ChainID: 901, ExpirationTime: now.Add(10 * time.Minute)}
	token, sess, err := s.Create(ctx, m, now)
	if err != nil {
		t.Fatal(err)
	}
	if !sess.Expires.Equal(now.Add(10*time.Minute)) || sess.Address != m.Address {
		t.Fatalf("session %+v", sess)
	}
	got, err := s.Lookup(ctx, token, now.Add(time.Minute))
	if err != nil || got != sess {
		t.Fatalf("lookup: %+v %v", got, err)
	}
	keys := rdb.Keys(ctx, prefix+":*").Val()
	if len(keys) != 1 || strings.Contains(keys[0], token) {
		t.Fatalf("keys %v hold the token", keys)
	}
	if v := rdb.Get(ctx, keys[0]).Val(); strings.Contains(v, token) {
		t.Fatal("the value holds the token")
	}
	if _, err := s.Lookup(ctx, token, now.Add(10*time.Minute)); CodeOf(err) != CodeNotSignedIn {
		t.Fatalf("after expiry: %v", err)
	}
	if _, err := s.Lookup(ctx, strings.Repeat("0", 64), now); CodeOf(err) != CodeNotSignedIn {
		t.Fatalf("unknown token: %v", err)
	}
	if _, err := s.Lookup(ctx, "", now); CodeOf(err) != CodeNotSignedIn || CodeNotSignedIn.Status() != 401 {
		t.Fatalf("no token: %v", err)
	}
	if err := s.End(ctx, token); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Lookup(ctx, token, now); CodeOf(err) != CodeNotSignedIn {
		t.Fatalf("after End: %v", err)
	}
	dead := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", MaxRetries: -1})
	defer dead.Close()
	if _, err := NewNonces(dead, prefix, 0).Issue(ctx); CodeOf(err) != CodeUnavailable {
		t.Fatalf("dead redis: %v", err)
	}
}
