package metatx

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/bevan-health/bevan/bindings"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestSignRecoverAndStrictness(t *testing.T) {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	req := &Request{From: from, To: common.HexToAddress("0x01"), Gas: 100_000, Nonce: big.NewInt(3), Deadline: 1 << 40, Data: []byte{1, 2}}
	fwd := common.HexToAddress("0xf0")
	sig, err := req.Sign(key, big.NewInt(901), fwd)
	if err != nil {
		t.Fatal(err)
	}
	if sig[64] != 27 && sig[64] != 28 {
		t.Fatalf("v = %d, want 27/28", sig[64])
	}
	digest := req.Digest(big.NewInt(901), fwd)
	if got, err := Recover(digest, sig); err != nil || got != from {
		t.Fatalf("recover: %s %v", got, err)
	}
	// Another chain, forwarder or field gives another digest.
	if req.Digest(big.NewInt(10), fwd) == digest || req.Digest(big.NewInt(901), common.HexToAddress("0xf1")) == digest {
		t.Fatal("domain not bound into the digest")
	}
	other := *req
	other.Gas++
	if other.Digest(big.NewInt(901), fwd) == digest {
		t.Fatal("gas not bound into the digest")
	}
	// V of 0/1 is refused, as OpenZeppelin's ECDSA refuses it.
	raw := append([]byte(nil), sig...)
	raw[64] -= 27
	if _, err := Recover(digest, raw); !errors.Is(err, ErrSignatureV) {
		t.Fatalf("v 0/1: %v, want ErrSignatureV", err)
	}
	// The malleable twin (n - s, flipped v) is refused.
	n := crypto.S256().Params().N
	s := new(big.Int).SetBytes(sig[32:64])
	twin := append([]byte(nil), sig...)
	copy(twin[32:64], common.LeftPadBytes(new(big.Int).Sub(n, s).Bytes(), 32))
	twin[64] = 55 - sig[64] // 27 <-> 28
	if _, err := Recover(digest, twin); !errors.Is(err, ErrMalleable) {
		t.Fatalf("malleable signature: %v, want ErrMalleable", err)
	}
	if _, err := Recover(digest, sig[:64]); !errors.Is(err, ErrSignatureLength) {
		t.Fatalf("short signature: %v, want ErrSignatureLength", err)
	}
}

func TestRequestCheckAndBallot(t *testing.T) {
	key, _ := crypto.GenerateKey()
	bad := []Request{
		{To: common.HexToAddress("0x01"), Gas: 1, Nonce: big.NewInt(0)},
		{From: common.HexToAddress("0x01"), Gas: 1, Nonce: big.NewInt(0)},
		{From: common.HexToAddress("0x01"), To: common.HexToAddress("0x02"), Gas: 1},
		{From: common.HexToAddress("0x01"), To: common.HexToAddress("0x02"), Gas: 0, Nonce: big.NewInt(0)},
		{From: common.HexToAddress("0x01"), To: common.HexToAddress("0x02"), Gas: 1, Nonce: big.NewInt(0), Deadline: 1 << 48},
		{From: common.HexToAddress("0x01"), To: common.HexToAddress("0x02"), Gas: 1, Nonce: big.NewInt(0), Value: big.NewInt(-1)},
	}
	for i, r := range bad {
		if _, err := r.Sign(key, big.NewInt(1), common.Address{}); err == nil {
			t.Errorf("request %d accepted", i)
		}
	}
	b := &Ballot{ProposalID: big.NewInt(7), Support: 1, Voter: crypto.PubkeyToAddress(key.PublicKey), Nonce: big.NewInt(0)}
	sig, err := b.Sign(key, big.NewInt(901), common.HexToAddress("0x90"))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := Recover(b.Digest(big.NewInt(901), common.HexToAddress("0x90")), sig); err != nil || got != b.Voter {
		t.Fatalf("ballot recover: %s %v", got, err)
	}
	b.Support = 3
	if _, err := b.Sign(key, big.NewInt(901), common.HexToAddress("0x90")); err == nil {
		t.Fatal("support 3 accepted")
	}
}

// ExecuteCalldata is what the forwarder's ABI packs, whatever the request's fields and lengths.
func FuzzExecuteCalldata(f *testing.F) {
	fwd, err := bindings.BevanForwarderMetaData.GetAbi()
	if err != nil {
		f.Fatal(err)
	}
	f.Add([]byte{1}, []byte{}, uint64(300_000), uint64(1795528825), []byte{0xdd, 0xe4, 0x32, 0x0d, 1, 2}, make([]byte, 65))
	f.Add([]byte{}, []byte{0xff, 1}, uint64(1), uint64(1<<48-1), make([]byte, 64), []byte{})
	f.Fuzz(func(t *testing.T, from, value []byte, gas, deadline uint64, data, sig []byte) {
		r := &Request{From: common.BytesToAddress(from), To: common.BytesToAddress(append([]byte{9}, from...)),
			Value: new(big.Int).SetBytes(value[:min(len(value), 32)]), Gas: gas, Nonce: big.NewInt(0), Deadline: deadline % (1 << 48), Data: data}
		got, err := r.ExecuteCalldata(sig)
		want, werr := fwd.Pack("execute", r.ForwardRequestData(sig))
		if (err != nil) != (werr != nil) {
			t.Fatalf("errors differ: %v / %v", err, werr)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("calldata\n got %x\nwant %x", got, want)
		}
	})
}
