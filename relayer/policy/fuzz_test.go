package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/metatx"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The static checks need no chain: the manifest's addresses are enough.
func testPolicy(t testing.TB) *Policy {
	m := &deployment.Manifest{ChainID: 901, Contracts: map[string]deployment.Deployed{}}
	for i, n := range deployment.ContractNames {
		m.Contracts[n] = deployment.Deployed{Address: common.BigToAddress(big.NewInt(int64(0x1000 + i)))}
	}
	p, err := New(Config{ChainID: big.NewInt(901), Manifest: m, MaxRequestGas: 1_000_000, MaxTxGas: 1_500_000,
		MinDeadline: 30 * time.Second}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

var fuzzKey, _ = crypto.ToECDSA(crypto.Keccak256([]byte("relayer policy fuzz key")))

// FuzzStaticForward: whatever the request, the static checks never panic, refuse only with an *api.Error, and what
// they accept is signed by its from, on this chain's forwarder, to an allowlisted function, within the gas cap and
// with a deadline far enough away.
func FuzzStaticForward(f *testing.F) {
	p := testPolicy(f)
	cabi, _ := bindings.ConsentRegistryMetaData.GetAbi()
	appoint, _ := cabi.Pack("appointGuardian", common.HexToAddress("0x1234"))
	grant, _ := cabi.Pack("grant", crypto.PubkeyToAddress(fuzzKey.PublicKey), common.HexToAddress("0x99"), uint16(1), uint8(1), big.NewInt(0), [32]byte{})
	now := uint64(time.Now().Unix())
	f.Add(uint64(901), uint8(4), uint64(300_000), uint64(0), now+600, appoint, true, uint8(0))
	f.Add(uint64(901), uint8(4), uint64(300_000), uint64(7), now+600, grant, true, uint8(1))
	f.Add(uint64(901), uint8(5), uint64(300_000), uint64(0), now+600, appoint, true, uint8(2))
	f.Add(uint64(1), uint8(4), uint64(2_000_000), uint64(0), now+10, []byte{1, 2, 3}, false, uint8(3))
	f.Fuzz(func(t *testing.T, chainID uint64, target uint8, gas, nonce, deadline uint64, data []byte, sign bool, sigMut uint8) {
		m := p.cfg.Manifest
		to := m.Contracts[deployment.ContractNames[int(target)%len(deployment.ContractNames)]].Address
		if target >= 200 {
			to = common.BigToAddress(big.NewInt(int64(target)))
		}
		req := &metatx.Request{From: crypto.PubkeyToAddress(fuzzKey.PublicKey), To: to, Value: new(big.Int), Gas: gas,
			Nonce: new(big.Int).SetUint64(nonce), Deadline: deadline % (1 << 48), Data: data}
		var sig []byte
		if sign && req.Check() == nil {
			sig, _ = req.Sign(fuzzKey, new(big.Int).SetUint64(chainID), m.ForwarderAddress())
		}
		switch {
		case sig == nil:
			sig = make([]byte, 65)
		case sigMut%4 == 1:
			sig[10] ^= 1
		case sigMut%4 == 2:
			s := new(big.Int).Sub(crypto.S256().Params().N, new(big.Int).SetBytes(sig[32:64]))
			copy(sig[32:64], common.LeftPadBytes(s.Bytes(), 32))
			sig[64] = 55 - sig[64]
		}
		fw := api.Forward{ChainID: chainID, Forwarder: m.ForwarderAddress(), Request: api.FromMeta(req), Signature: sig}
		c, err := p.StaticForward(&fw, time.Unix(int64(now), 0))
		if err != nil {
			var e *api.Error
			if !errors.As(err, &e) || e.Code.Status() >= 500 {
				t.Fatalf("refusal %v is not a 4xx *api.Error", err)
			}
			return
		}
		if chainID != 901 || req.Gas > p.cfg.MaxRequestGas || req.Deadline < now+30 {
			t.Fatalf("accepted chain %d gas %d deadline %d", chainID, req.Gas, req.Deadline)
		}
		if _, ok := p.allow[to]; !ok || len(data) < 4 {
			t.Fatalf("accepted a call to %s (%x)", to, data)
		}
		got, err := metatx.Recover(c.ID, sig)
		if err != nil || got != req.From || sigMut%4 == 2 {
			t.Fatalf("accepted a signature that does not recover to from: %v", err)
		}
		if c.ID != req.Digest(big.NewInt(901), m.ForwarderAddress()) {
			t.Fatal("id is not the EIP-712 digest")
		}
		// A signed body as older relayers stored it restores to the same request.
		body, err := json.Marshal(fw)
		if err != nil {
			t.Fatal(err)
		}
		r, err := p.Restore(api.KindForward, body)
		if err != nil || r.ID != c.ID || string(r.TxData) != string(c.TxData) || r.GasLimit != c.GasLimit {
			t.Fatalf("restore: %v", err)
		}
	})
}

func TestDecodeRevert(t *testing.T) {
	p := testPolicy(t)
	cabi, _ := bindings.ConsentRegistryMetaData.GetAbi()
	e := cabi.Errors["NotPatientOrGuardian"]
	args, _ := e.Inputs.Pack(common.HexToAddress("0x01"), common.HexToAddress("0x02"))
	got := p.Errors().Decode(append(e.ID[:4:4], args...))
	want := "NotPatientOrGuardian(patient=0x0000000000000000000000000000000000000001, caller=0x0000000000000000000000000000000000000002)"
	if got != want {
		t.Fatalf("got %s\nwant %s", got, want)
	}
	if got := p.Errors().Decode(nil); got != "reverted without a reason" {
		t.Fatal(got)
	}
}

// Issue 11: a request padded with 10 KB after its arguments, or with a deadline a year ahead, is refused by the
// static checks (before any RPC call) with a stable code; calldata that is large for real is given a gas limit
// that covers EIP-7623's floor.
func TestPaddedFarAndLargeRequests(t *testing.T) {
	p := testPolicy(t)
	p.cfg.MaxDeadline = time.Hour
	m := p.cfg.Manifest
	cabi, _ := bindings.ConsentRegistryMetaData.GetAbi()
	aabi, _ := bindings.RecordAnchorMetaData.GetAbi()
	now := time.Now()
	from := crypto.PubkeyToAddress(fuzzKey.PublicKey)
	forward := func(to common.Address, data []byte, deadline time.Time) error {
		t.Helper()
		req := &metatx.Request{From: from, To: to, Value: new(big.Int), Gas: 300_000, Nonce: big.NewInt(0),
			Deadline: uint64(deadline.Unix()), Data: data}
		sig, err := req.Sign(fuzzKey, big.NewInt(901), m.ForwarderAddress())
		if err != nil {
			t.Fatal(err)
		}
		_, err = p.StaticForward(&api.Forward{ChainID: 901, Forwarder: m.ForwarderAddress(), Request: api.FromMeta(req), Signature: sig}, now)
		return err
	}
	appoint, _ := cabi.Pack("appointGuardian", common.HexToAddress("0x1234"))
	if err := forward(m.ConsentsAddress(), appoint, now.Add(10*time.Minute)); err != nil {
		t.Fatalf("a plain request: %v", err)
	}
	padded := append(append([]byte{}, appoint...), bytes.Repeat([]byte{0xff}, 10<<10)...)
	if err := forward(m.ConsentsAddress(), padded, now.Add(10*time.Minute)); api.CodeOf(err) != api.CodeNonCanonicalData {
		t.Fatalf("10 KB of trailing calldata: %v, want %s", err, api.CodeNonCanonicalData)
	}
	if err := forward(m.ConsentsAddress(), appoint, now.Add(365*24*time.Hour)); api.CodeOf(err) != api.CodeDeadlineTooFar {
		t.Fatalf("a deadline a year ahead: %v, want %s", err, api.CodeDeadlineTooFar)
	}
	// A batch anchor with a 6 KB URI: its gas limit covers the calldata floor.
	uri := string(bytes.Repeat([]byte{'x'}, 6<<10))
	batch, err := aabi.Pack("anchorBatch", [32]byte{1}, uint32(4), uri)
	if err != nil {
		t.Fatal(err)
	}
	req := &metatx.Request{From: from, To: m.AnchorsAddress(), Value: new(big.Int), Gas: 50_000, Nonce: big.NewInt(0),
		Deadline: uint64(now.Add(10 * time.Minute).Unix()), Data: batch}
	sig, _ := req.Sign(fuzzKey, big.NewInt(901), m.ForwarderAddress())
	c, err := p.StaticForward(&api.Forward{ChainID: 901, Forwarder: m.ForwarderAddress(), Request: api.FromMeta(req), Signature: sig}, now)
	if err != nil {
		t.Fatal(err)
	}
	if floor := floorGas(c.TxData); c.GasLimit < floor || floor <= 21_000+40*6<<10 {
		t.Fatalf("gas limit %d under the calldata floor %d", c.GasLimit, floor)
	}
}

// A ballot's id is its EIP-712 digest for the manifest's Governor (taken with the domain separator the policy keeps).
func TestStaticVoteID(t *testing.T) {
	p := testPolicy(t)
	gov := p.cfg.Manifest.GovernorAddress()
	b := &metatx.Ballot{ProposalID: big.NewInt(4242), Support: 1, Voter: crypto.PubkeyToAddress(fuzzKey.PublicKey), Nonce: big.NewInt(3)}
	sig, err := b.Sign(fuzzKey, big.NewInt(901), gov)
	if err != nil {
		t.Fatal(err)
	}
	c, err := p.StaticVote(&api.Vote{ChainID: 901, Governor: gov, Signature: sig,
		Ballot: api.Ballot{ProposalID: "4242", Support: 1, Voter: b.Voter, Nonce: "3"}})
	if err != nil || c.ID != b.Digest(big.NewInt(901), gov) {
		t.Fatalf("vote: %v, id %v", err, c)
	}
}
