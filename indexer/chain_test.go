package indexer_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/indexer"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/metatx"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// chain sends the suite's user operations to a devnet.
type chain struct {
	t        testing.TB
	ctx      context.Context
	cl       *ethclient.Client
	id       *big.Int
	m        *deployment.Manifest
	consents *bindings.ConsentRegistry
	anchors  *bindings.RecordAnchor
	gov      *bindings.BevanGovernor
	fwd      *bindings.BevanForwarder
	round    int
	proposal *big.Int
}

// activeDevnet starts a devnet for the test and sends n rounds of activity (tag names them) to it.
func activeDevnet(t testing.TB, n int, tag string) (*devnet.Devnet, *chain) {
	t.Helper()
	d := devnettest.Devnet(t)
	c := newChain(t, d)
	c.activity(n, tag)
	return d, c
}

func newChain(t testing.TB, d *devnet.Devnet) *chain {
	t.Helper()
	cl, err := ethclient.Dial(d.RPCURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	c := &chain{t: t, ctx: context.Background(), cl: cl, id: new(big.Int).SetUint64(d.Manifest.ChainID), m: d.Manifest}
	if c.consents, err = bindings.NewConsentRegistry(d.Manifest.ConsentsAddress(), cl); err != nil {
		t.Fatal(err)
	}
	if c.anchors, err = bindings.NewRecordAnchor(d.Manifest.AnchorsAddress(), cl); err != nil {
		t.Fatal(err)
	}
	if c.gov, err = bindings.NewBevanGovernor(d.Manifest.GovernorAddress(), cl); err != nil {
		t.Fatal(err)
	}
	if c.fwd, err = bindings.NewBevanForwarder(d.Manifest.ForwarderAddress(), cl); err != nil {
		t.Fatal(err)
	}
	return c
}

// send signs as role, sends, and waits for a successful receipt (anvil automines: one block per transaction).
func (c *chain) send(role string, fn func(*bind.TransactOpts) (*types.Transaction, error)) *types.Receipt {
	c.t.Helper()
	opts, err := bind.NewKeyedTransactorWithChainID(devnet.DevKey(role), c.id)
	if err != nil {
		c.t.Fatal(err)
	}
	opts.Context, opts.GasLimit = c.ctx, 1_000_000
	tx, err := fn(opts)
	if err != nil {
		c.t.Fatalf("%s: send: %v", role, err)
	}
	for i := 0; ; i++ {
		r, err := c.cl.TransactionReceipt(c.ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				c.t.Fatalf("%s: round %d: transaction %s reverted", role, c.round, tx.Hash())
			}
			return r
		}
		if i > 500 {
			c.t.Fatalf("%s: no receipt for %s: %v", role, tx.Hash(), err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// consentID is the id of slot index's first consent: the slot key with its low 16 bits (the generation) zero.
func consentID(patient, grantee common.Address, index uint16) *big.Int {
	h := crypto.Keccak256(patient.Bytes(), grantee.Bytes(), []byte{byte(index >> 8), byte(index)})
	h[30], h[31] = 0, 0
	return new(big.Int).SetBytes(h)
}

// activity sends n rounds of mixed operations: grants (direct and forwarded), revocations, guardians, emergency
// access, anchors, a batch, and a proposal with votes; tag makes the content of two runs differ.
func (c *chain) activity(n int, tag string) {
	c.t.Helper()
	patient := devnet.DevAddress(devnet.RolePatient)
	for i := 0; i < n; i++ {
		c.round++
		r := c.round
		grantee := common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprintf("grantee %s %d", tag, r)))[:20])
		scope := crypto.Keccak256Hash([]byte(tag))
		switch r % 8 {
		case 0, 1:
			c.send(devnet.RolePatient, func(o *bind.TransactOpts) (*types.Transaction, error) {
				return c.consents.Grant(o, patient, grantee, uint16(1+r%1023), uint8(1+r%31), big.NewInt(0), scope)
			})
			if r%2 == 1 {
				c.send(devnet.RolePatient, func(o *bind.TransactOpts) (*types.Transaction, error) {
					return c.consents.Revoke(o, consentID(patient, grantee, 0))
				})
			}
		case 2:
			c.send(devnet.RoleTrust, func(o *bind.TransactOpts) (*types.Transaction, error) {
				return c.anchors.Anchor(o, crypto.Keccak256Hash([]byte(tag+"rec"), []byte{byte(r)}), crypto.Keccak256Hash([]byte(tag+"v1"), []byte{byte(r)}), common.Hash{})
			})
		case 3:
			c.emergencyAccess(patient, crypto.Keccak256Hash([]byte(tag+"reason"), []byte{byte(r), byte(r >> 8)}))
		case 4:
			c.forwardedGrant(grantee, scope)
		case 5:
			guardian := devnet.DevAddress(devnet.RoleGuardian)
			ok, err := c.consents.IsGuardian(&bind.CallOpts{Context: c.ctx}, patient, guardian)
			if err != nil {
				c.t.Fatal(err)
			}
			c.send(devnet.RolePatient, func(o *bind.TransactOpts) (*types.Transaction, error) {
				if ok {
					return c.consents.RemoveGuardian(o, guardian)
				}
				return c.consents.AppointGuardian(o, guardian)
			})
		case 6:
			c.send(devnet.RoleTrust, func(o *bind.TransactOpts) (*types.Transaction, error) {
				return c.anchors.AnchorBatch(o, crypto.Keccak256Hash([]byte(tag+"root"), []byte{byte(r), byte(r >> 8)}), uint32(r), "ipfs://"+tag)
			})
		case 7:
			c.govern(tag)
		}
	}
}

// emergencyAccess records a break-glass access by the GP practice (the devnet's responder) in one transaction; once
// the GP has used its hour's allowance (ConsentRegistry's per-accessor rate limit) it anchors the reason as a record
// instead, so long runs still mine one block per call.
func (c *chain) emergencyAccess(patient common.Address, reason common.Hash) {
	c.t.Helper()
	allowance, err := c.consents.EmergencyAllowance(&bind.CallOpts{Context: c.ctx}, devnet.DevAddress(devnet.RoleGP))
	if err != nil {
		c.t.Fatal(err)
	}
	if allowance.Remaining == 0 {
		c.send(devnet.RoleTrust, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return c.anchors.Anchor(o, reason, crypto.Keccak256Hash(reason[:]), common.Hash{})
		})
		return
	}
	c.send(devnet.RoleGP, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.consents.RecordEmergencyAccess(o, patient, reason)
	})
}

func (c *chain) forwardedGrant(grantee common.Address, scope common.Hash) {
	c.t.Helper()
	patientKey := devnet.DevKey(devnet.RolePatient)
	patient := devnet.DevAddress(devnet.RolePatient)
	abiCR, err := bindings.ConsentRegistryMetaData.GetAbi()
	if err != nil {
		c.t.Fatal(err)
	}
	data, err := abiCR.Pack("grant", patient, grantee, uint16(3), uint8(2), big.NewInt(0), scope)
	if err != nil {
		c.t.Fatal(err)
	}
	nonce, err := c.fwd.Nonces(&bind.CallOpts{Context: c.ctx}, patient)
	if err != nil {
		c.t.Fatal(err)
	}
	req := &metatx.Request{From: patient, To: c.m.ConsentsAddress(), Value: big.NewInt(0), Gas: 400_000, Nonce: nonce,
		Deadline: uint64(time.Now().Add(24 * time.Hour).Unix()), Data: data}
	sig, err := req.Sign(patientKey, c.id, c.m.ForwarderAddress())
	if err != nil {
		c.t.Fatal(err)
	}
	c.send(devnet.RoleRelayer, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.fwd.Execute(o, req.ForwardRequestData(sig))
	})
}

// govern proposes on its first call and votes (trust for, gp against) on the next ones while voting is open.
func (c *chain) govern(tag string) {
	c.t.Helper()
	if c.proposal == nil {
		target := c.m.MembershipAddress()
		calldata := crypto.Keccak256([]byte("memberCount()"))[:4]
		desc := "proposal " + tag
		c.send(devnet.RoleTrust, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return c.gov.Propose(o, []common.Address{target}, []*big.Int{big.NewInt(0)}, [][]byte{calldata}, desc)
		})
		id, err := c.gov.HashProposal(&bind.CallOpts{Context: c.ctx}, []common.Address{target}, []*big.Int{big.NewInt(0)},
			[][]byte{calldata}, crypto.Keccak256Hash([]byte(desc)))
		if err != nil {
			c.t.Fatal(err)
		}
		c.proposal = id
		return
	}
	state, err := c.gov.State(&bind.CallOpts{Context: c.ctx}, c.proposal)
	if err != nil {
		c.t.Fatal(err)
	}
	deadline, err := c.gov.ProposalDeadline(&bind.CallOpts{Context: c.ctx}, c.proposal)
	if err != nil {
		c.t.Fatal(err)
	}
	if state != 1 || c.head().Number.Uint64()+2 > deadline.Uint64() { // vote only well inside the voting period
		return
	}
	for _, role := range []string{devnet.RoleTrust, devnet.RoleGP} {
		voted, err := c.gov.HasVoted(&bind.CallOpts{Context: c.ctx}, c.proposal, devnet.DevAddress(role))
		if err != nil {
			c.t.Fatal(err)
		}
		if !voted {
			support := uint8(1)
			if role == devnet.RoleGP {
				support = 0
			}
			c.send(role, func(o *bind.TransactOpts) (*types.Transaction, error) {
				return c.gov.CastVote(o, c.proposal, support)
			})
			return
		}
	}
}

func (c *chain) head() *types.Header {
	c.t.Helper()
	h, err := c.cl.HeaderByNumber(c.ctx, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return h
}

func (c *chain) rpc(result any, method string, args ...any) {
	c.t.Helper()
	if err := c.cl.Client().CallContext(c.ctx, result, method, args...); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func testConfig(rpcURL string, m *deployment.Manifest, db string) indexer.Config {
	cfg := indexer.DefaultConfig()
	cfg.RPC, cfg.Manifest, cfg.DB = rpcURL, m, db
	cfg.PollInterval = 50 * time.Millisecond
	cfg.RequestTimeout = 10 * time.Second
	cfg.ProgressInterval = 0
	return cfg
}

// indexOnce backfills db to the current head and returns the store's checksum.
func indexOnce(t testing.TB, cfg indexer.Config) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cfg.ExitAtHead = true
	s, err := indexer.New(ctx, cfg, devnettest.Log())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	select {
	case <-s.Done():
	case <-ctx.Done():
		t.Fatal("backfill did not finish")
	}
	if err := s.Err(); err != nil {
		t.Fatalf("backfill: %v", err)
	}
	sum, err := s.Store().Checksum(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	return sum
}

func checksumOf(t testing.TB, url string) string {
	t.Helper()
	return storetest.Read(t, url, func(ctx context.Context, st store.Store) (string, error) { return st.Checksum(ctx) })
}
