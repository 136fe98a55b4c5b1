package signin

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

// go test ./signin -run XXX -bench . -benchmem: the CPU a sign-in costs the server, step by step.
func BenchmarkParse(b *testing.B) {
	for b.Loop() {
		if _, err := Parse(eipExample); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRecover(b *testing.B) {
	key, _ := crypto.GenerateKey()
	sig, _ := Sign(eipExample, key)
	for b.Loop() {
		if _, err := Recover(eipExample, sig); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerify is a whole sign-in against the machine's Redis: issue a nonce, then verify (parse, checks,
// recovery, the nonce's DEL). The message is built and signed outside the timer.
func BenchmarkVerify(b *testing.B) {
	rdb, prefix := machineRedisB(b)
	ctx := context.Background()
	v := &Verifier{Domain: "analytics.example", URI: "https://analytics.example/", ChainID: 901, Nonces: NewNonces(rdb, prefix, time.Minute)}
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	now := time.Now()
	for b.Loop() {
		b.StopTimer()
		n, err := v.Nonces.Issue(ctx)
		if err != nil {
			b.Fatal(err)
		}
		text := v.NewMessage(addr, n, "", now).String()
		sig, _ := Sign(text, key)
		b.StartTimer()
		if _, err := v.Verify(ctx, text, sig, now); err != nil {
			b.Fatal(err)
		}
	}
}
