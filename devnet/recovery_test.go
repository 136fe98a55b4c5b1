package devnet_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/commitment"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/indexer"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// recoveryChain is the devnet's identity and consent contracts as one test uses them.
type recoveryChain struct {
	t          *testing.T
	ctx        context.Context
	d          *devnet.Devnet
	consents   *bindings.ConsentRegistry
	identities *bindings.IdentityRegistry
	recovery   *bindings.KeyRecovery
	person     common.Hash // the attester's commitment to the patient
	expiresAt  *big.Int
}

// send sends one transaction as a development role (or, with key, as that key) and fails the test unless it succeeds.
func (c *recoveryChain) send(role string, key *ecdsa.PrivateKey, what string, tx func(*bind.TransactOpts) (*types.Transaction, error)) {
	c.t.Helper()
	var rcpt *types.Receipt
	if key == nil {
		rcpt = devnettest.Transact(c.t, c.ctx, c.d, role, tx)
	} else {
		opts, err := bind.NewKeyedTransactorWithChainID(key, new(big.Int).SetUint64(c.d.Manifest.ChainID))
		if err != nil {
			c.t.Fatal(err)
		}
		opts.Context = c.ctx
		t, err := tx(opts)
		if err != nil {
			c.t.Fatalf("%s: %v", what, err)
		}
		if rcpt, err = bind.WaitMined(c.ctx, c.d.Client, t); err != nil {
			c.t.Fatalf("%s: %v", what, err)
		}
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		c.t.Fatalf("%s reverted", what)
	}
}

// attest attests wallet at P9 with the patient's commitment, as the devnet's identity attester.
func (c *recoveryChain) attest(wallet common.Address) {
	c.t.Helper()
	c.send(devnet.RoleAttester, nil, "attest "+wallet.Hex(), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.identities.Attest(o, wallet, 9, c.expiresAt, c.person)
	})
}

// permissions is isPermitted of wallet for every grantee, purpose and action the test looks at.
func (c *recoveryChain) permissions(wallet common.Address, grantees ...common.Address) []bool {
	c.t.Helper()
	var out []bool
	for _, g := range grantees {
		for _, p := range vocab.Purposes() {
			for _, a := range vocab.Actions() {
				ok, err := c.consents.IsPermitted(&bind.CallOpts{Context: c.ctx}, wallet, g, uint8(p), uint8(a))
				if err != nil {
					c.t.Fatal(err)
				}
				out = append(out, ok)
			}
		}
	}
	return out
}

func count(bs []bool) (n int) {
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

func equal(a, b []bool) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func newKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// TestKeyRecoveryOnDevnet: the deployed KeyRecovery moves a patient's consents and guardian to a new wallet attested
// with the same commitment once a guardian confirms; a later recovery cancelled by the wallet it would retire changes
// nothing.
func TestKeyRecoveryOnDevnet(t *testing.T) {
	ctx := context.Background()
	d := devnettest.Devnet(t)
	m := d.Manifest
	c := &recoveryChain{t: t, ctx: ctx, d: d}
	var err error
	if c.consents, err = bindings.NewConsentRegistry(m.ConsentsAddress(), d.Client); err != nil {
		t.Fatal(err)
	}
	if c.identities, err = bindings.NewIdentityRegistry(m.IdentitiesAddress(), d.Client); err != nil {
		t.Fatal(err)
	}
	if c.recovery, err = bindings.NewKeyRecovery(m.RecoveryAddress(), d.Client); err != nil {
		t.Fatal(err)
	}
	secret := make([]byte, 32)
	if _, err := rand.Read(secret); err != nil {
		t.Fatal(err)
	}
	if c.person, err = commitment.Identity(secret, "test-subject"); err != nil {
		t.Fatal(err)
	}
	head, err := d.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	c.expiresAt = new(big.Int).SetUint64(head.Time + uint64((365 * 24 * time.Hour).Seconds()))

	patient, guardian := devnet.DevAddress(devnet.RolePatient), devnet.DevAddress(devnet.RoleGuardian)
	trust, research := devnet.DevAddress(devnet.RoleTrust), devnet.DevAddress(devnet.RoleResearch)
	c.send(devnet.RolePatient, nil, "grant", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.consents.Grant(o, patient, trust, vocab.PurposeMask(vocab.Treat), vocab.ActionMask(vocab.Access), new(big.Int), [32]byte{})
	})
	c.send(devnet.RolePatient, nil, "grant", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.consents.Grant(o, patient, research, vocab.PurposeMask(vocab.HResch), vocab.ActionMask(vocab.Use), new(big.Int), [32]byte{})
	})
	c.send(devnet.RolePatient, nil, "appoint guardian", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.consents.AppointGuardian(o, guardian)
	})
	c.attest(patient)
	before := c.permissions(patient, trust, research)
	if count(before) != 2 {
		t.Fatalf("the patient permits %d (purpose, action) pairs, want 2", count(before))
	}

	// The patient loses the key: the attester attests a new wallet for the same person and requests the recovery;
	// the guardian confirms it.
	newKey1 := newKey(t)
	wallet1 := crypto.PubkeyToAddress(newKey1.PublicKey)
	if got := c.permissions(wallet1, trust, research); count(got) != 0 {
		t.Fatalf("a fresh wallet permits %d pairs", count(got))
	}
	c.attest(wallet1)
	c.send(devnet.RoleAttester, nil, "request", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.recovery.Request(o, patient, wallet1)
	})
	c.send(devnet.RoleGuardian, nil, "confirm", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.recovery.Confirm(o, patient)
	})
	if got := c.permissions(wallet1, trust, research); !equal(got, before) {
		t.Fatalf("the new wallet permits %v, the old one did %v", got, before)
	}
	if got := c.permissions(patient, trust, research); count(got) != 0 {
		t.Fatalf("the retired wallet still permits %d pairs", count(got))
	}
	call := &bind.CallOpts{Context: ctx}
	if ok, err := c.consents.IsGuardian(call, wallet1, guardian); err != nil || !ok {
		t.Fatalf("the guardian did not move to the new wallet (err=%v)", err)
	}
	subject, err := c.consents.SubjectOf(call, patient)
	if err != nil || !subject.Retired || subject.Subject != patient {
		t.Fatalf("old wallet: subject %+v (err=%v), want itself, retired", subject, err)
	}
	completed, err := c.recovery.FilterRecoveryCompleted(&bind.FilterOpts{Context: ctx}, []common.Address{patient}, []common.Address{wallet1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !completed.Next() || completed.Event.By != guardian {
		t.Fatal("no RecoveryCompleted by the guardian in the history")
	}

	// Another recovery, from wallet1 to wallet2, cancelled by wallet1 (the wallet it would retire): nothing changes.
	c.send(devnet.RoleDeployer, nil, "fund wallet1", func(o *bind.TransactOpts) (*types.Transaction, error) {
		nonce, err := d.Client.PendingNonceAt(ctx, o.From)
		if err != nil {
			return nil, err
		}
		price, err := d.Client.SuggestGasPrice(ctx)
		if err != nil {
			return nil, err
		}
		tx, err := o.Signer(o.From, types.NewTx(&types.LegacyTx{Nonce: nonce, GasPrice: price, Gas: 21_000, To: &wallet1, Value: big.NewInt(1e17)}))
		if err != nil {
			return nil, err
		}
		return tx, d.Client.SendTransaction(ctx, tx)
	})
	wallet2 := crypto.PubkeyToAddress(newKey(t).PublicKey)
	c.attest(wallet2)
	c.send(devnet.RoleAttester, nil, "request", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.recovery.Request(o, wallet1, wallet2)
	})
	c.send("", newKey1, "cancel", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return c.recovery.Cancel(o, wallet1)
	})
	if got := c.permissions(wallet1, trust, research); !equal(got, before) {
		t.Fatalf("after the cancelled recovery wallet1 permits %v, want %v", got, before)
	}
	if got := c.permissions(wallet2, trust, research); count(got) != 0 {
		t.Fatalf("after the cancelled recovery wallet2 permits %d pairs", count(got))
	}
	pending, err := c.recovery.PendingRecovery(call, wallet1)
	if err != nil || pending.NewWallet != (common.Address{}) {
		t.Fatalf("a recovery is still pending: %+v (err=%v)", pending, err)
	}
	if fresh, err := c.consents.IsFreshWallet(call, wallet2); err != nil || !fresh {
		t.Fatalf("wallet2 is no longer fresh (err=%v)", err)
	}

	// The index follows the recovery: GraphQL shows the patient's consents and guardian under the new wallet, none
	// under the retired one, and the old wallet's before the recovery (time travel).
	gq := indexChain(t, d)
	recovered, err := c.recovery.FilterRecoveryCompleted(&bind.FilterOpts{Context: ctx}, []common.Address{patient}, []common.Address{wallet1}, nil)
	if err != nil || !recovered.Next() {
		t.Fatalf("no RecoveryCompleted (err=%v)", err)
	}
	type view struct {
		Consents struct {
			TotalCount int
			Edges      []struct {
				Node struct{ Patient, Grantee string }
			}
		}
		Guardians struct {
			Edges []struct{ Node struct{ Guardian string } }
		}
	}
	look := func(wallet common.Address, block uint64) view {
		b := ""
		if block > 0 {
			b = fmt.Sprintf(", block: {number: %d}", block)
		}
		w := fmt.Sprintf(`where: {patient: {eq: %q}}%s`, strings.ToLower(wallet.Hex()), b)
		var v view
		gq(`{ consents(`+w+`) { totalCount edges { node { patient grantee } } } guardians(`+w+`) { edges { node { guardian } } } }`, &v)
		return v
	}
	lower := strings.ToLower
	now, old := look(wallet1, 0), look(patient, 0)
	if now.Consents.TotalCount != 2 || len(now.Guardians.Edges) != 1 || now.Guardians.Edges[0].Node.Guardian != lower(guardian.Hex()) {
		t.Fatalf("GraphQL for the new wallet: %+v", now)
	}
	grantees := map[string]bool{}
	for _, e := range now.Consents.Edges {
		if e.Node.Patient != lower(wallet1.Hex()) {
			t.Fatalf("a consent names %s, want the new wallet %s", e.Node.Patient, wallet1)
		}
		grantees[e.Node.Grantee] = true
	}
	if !grantees[lower(trust.Hex())] || !grantees[lower(research.Hex())] {
		t.Fatalf("GraphQL for the new wallet: grantees %v", grantees)
	}
	if old.Consents.TotalCount != 0 || len(old.Guardians.Edges) != 0 {
		t.Fatalf("GraphQL for the retired wallet: %+v", old)
	}
	if then := look(patient, recovered.Event.Raw.BlockNumber-1); then.Consents.TotalCount != 2 || len(then.Guardians.Edges) != 1 {
		t.Fatalf("GraphQL for the old wallet before the recovery: %+v", then)
	}
	if then := look(wallet1, recovered.Event.Raw.BlockNumber-1); then.Consents.TotalCount != 0 {
		t.Fatalf("GraphQL for the new wallet before the recovery: %+v", then)
	}
}

// indexChain indexes the devnet to its head in a SQLite store and returns a function that runs a GraphQL query on
// it (the indexer's own HTTP endpoint), failing the test on any error.
func indexChain(t *testing.T, d *devnet.Devnet) func(q string, out any) {
	t.Helper()
	ctx := context.Background()
	cfg := indexer.DefaultConfig()
	cfg.RPC, cfg.Manifest, cfg.DB = d.RPCURL(), d.Manifest, storetest.SQLiteURL(t)
	cfg.PollInterval, cfg.RequestTimeout, cfg.ProgressInterval = 50*time.Millisecond, 10*time.Second, 0
	cfg.HTTPAddr = "127.0.0.1:0"
	s, err := indexer.New(ctx, cfg, devnettest.Log())
	if err != nil {
		t.Fatal(err)
	}
	graphql.Attach(s, graphql.DefaultServerConfig())
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Stop(context.Background()) })
	head, err := d.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Minute)
	for {
		cp, ok, err := s.Store().Checkpoint(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if ok && cp.Number >= head.Number.Uint64() {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the indexer did not reach block %d", head.Number)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return func(q string, out any) {
		t.Helper()
		devnettest.GraphQL(ctx, t, "http://"+s.Addr()+"/graphql", q, nil, out)
	}
}
