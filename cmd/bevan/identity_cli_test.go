package main

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/hex"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	gqlclient "github.com/bevan-health/bevan/graphql/client"
	"github.com/bevan-health/bevan/identity"
	"github.com/bevan-health/bevan/identity/oidctest"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// countingProxy forwards to target and counts the requests it saw.
func countingProxy(t *testing.T, target string) (string, *atomic.Int64) {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	var n atomic.Int64
	rp := httputil.NewSingleHostReverseProxy(u)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		rp.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL, &n
}

// TestIdentityAttestOnDevnet: the devnet's attester verifies ID tokens of a provider the test runs (keys made here,
// real discovery and JWKS over HTTP). A P9 token attests the patient's wallet through the relayer and `identity show`
// reports it verified, as does GraphQL's walletIdentity from the attestation's block (not at the block before); a bad
// signature, another audience, an expired token, another nonce or a P5 token is refused naming the check, with no
// request reaching the chain's RPC or the relayer; and no output holds the NHS number.
func TestIdentityAttestOnDevnet(t *testing.T) {
	ctx, e := startChainTest(t)
	is := oidctest.New(t)
	rpc, rpcCalls := countingProxy(t, e.d.RPCURL())
	relayer, relayerCalls := countingProxy(t, e.relayer)
	dir := t.TempDir()
	secret := make([]byte, 32)
	if _, err := rand.Read(secret); err != nil {
		t.Fatal(err)
	}
	secretFile := filepath.Join(dir, "attester.secret")
	if err := os.WriteFile(secretFile, []byte("0x"+hex.EncodeToString(secret)+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	patient := devnet.DevAddress(devnet.RolePatient)
	const nhs, nonce = "9990001234", "attester-nonce-41"
	claims := func(k string, v any) oidctest.Claims {
		c := oidctest.Claims{"sub": "nhs-login-subject-77", "nonce": nonce, identity.LevelClaim: "P9", identity.NHSNumberClaim: nhs}
		if k != "" {
			c[k] = v
		}
		return c
	}
	attest := func(token string) (string, string, error) {
		t.Helper()
		path := filepath.Join(dir, "id_token")
		if err := os.WriteFile(path, []byte(token), 0o600); err != nil {
			t.Fatal(err)
		}
		return runApp(t, "", "identity", "attest", "--patient", patient.Hex(), "--token-file", path, "--issuer", is.URL,
			"--client-id", oidctest.ClientID, "--nonce", nonce, "--secret-file", secretFile, "--json",
			"--rpc", rpc, "--relayer", relayer, "--deployments", e.manifest, "--keystore", e.ks[devnet.RoleAttester],
			"--password-env", "BEVAN_TEST_PW")
	}
	noLeak := func(what string, texts ...string) {
		t.Helper()
		for _, s := range texts {
			if strings.Contains(s, nhs) || strings.Contains(s, "nhs-login-subject-77") {
				t.Fatalf("%s: the output holds the person's NHS number or subject:\n%s", what, s)
			}
		}
	}

	forger, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	refused := []struct {
		name, token, want string
	}{
		{"bad signature", is.TokenSignedBy(t, forger, claims("", nil)), identity.ErrSignature.Error()},
		{"wrong audience", is.Token(t, claims("aud", "another-client")), identity.ErrAudience.Error()},
		{"expired", is.Token(t, claims("exp", time.Now().Add(-time.Minute).Unix())), identity.ErrExpired.Error()},
		{"wrong nonce", is.Token(t, claims("nonce", "replayed-nonce")), identity.ErrNonce.Error()},
		{"below P9", is.Token(t, claims(identity.LevelClaim, "P5")), identity.ErrLevel.Error()},
	}
	for _, c := range refused {
		out, stderr, err := attest(c.token)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Fatalf("%s: err %v, want %q\n%s", c.name, err, c.want, stderr)
		}
		noLeak(c.name, out, stderr, err.Error())
	}
	if n, m := rpcCalls.Load(), relayerCalls.Load(); n != 0 || m != 0 {
		t.Fatalf("refused tokens reached the chain (%d RPC requests) or the relayer (%d requests)", n, m)
	}

	var res identityAttestJSON
	out, stderr, err := attest(is.Token(t, claims("", nil)))
	e.mustJSON(&res, out, stderr, err)
	noLeak("attest", out, stderr)
	if res.Status != "mined" || res.Wallet != patient || res.Level != "P9" || res.From != devnet.DevAddress(devnet.RoleAttester) {
		t.Fatalf("attest: %+v", res)
	}
	if relayerCalls.Load() == 0 {
		t.Fatal("the attestation did not go through the relayer")
	}
	// The commitment is keyed: neither hash of the NHS number, and the attester's own HMAC recomputes it.
	for _, unkeyed := range []common.Hash{crypto.Keccak256Hash([]byte(nhs)), sha256.Sum256([]byte(nhs))} {
		if res.Commitment == unkeyed {
			t.Fatal("the commitment on chain is an unkeyed hash of the NHS number")
		}
	}

	var show identityShowJSON
	out, stderr, err = e.read("", "identity", "show", patient.Hex(), "--min-level", "P9", "--json")
	e.mustJSON(&show, out, stderr, err)
	if !show.Verified || show.Level != "P9" || show.Attester != devnet.DevAddress(devnet.RoleAttester) || show.Commitment != res.Commitment ||
		show.ExpiresAt != res.ExpiresAt {
		t.Fatalf("show: %+v, attested %+v", show, res)
	}
	out, _, err = e.read("", "identity", "show", devnet.DevAddress(devnet.RoleGuardian).Hex())
	if err != nil || !strings.Contains(out, "not verified") {
		t.Fatalf("show of an unattested wallet: %q, %v", out, err)
	}

	// The indexer serves the attestation from the real log: verified at P9 from its block, not at the block before.
	gql := gqlclient.New(e.graphql, nil)
	if _, err := gql.WaitIndexed(ctx, res.Block); err != nil {
		t.Fatal(err)
	}
	type walletIdentity struct {
		Verified, Attested bool
		Level, Attester    *string
		ExpiresAt          *uint64
		AttestedBlock      *uint64
	}
	indexed := func(block uint64) walletIdentity {
		t.Helper()
		var out struct{ WalletIdentity walletIdentity }
		if err := gql.Query(ctx, `query($w: String!, $b: Int!) { walletIdentity(address: $w, block: {number: $b}) {
			verified attested level attester expiresAt attestedBlock } }`, map[string]any{"w": patient.Hex(), "b": block}, &out); err != nil {
			t.Fatal(err)
		}
		return out.WalletIdentity
	}
	if w := indexed(res.Block); !w.Verified || w.Level == nil || *w.Level != "P9" || w.Attester == nil ||
		*w.Attester != strings.ToLower(devnet.DevAddress(devnet.RoleAttester).Hex()) || w.ExpiresAt == nil ||
		*w.ExpiresAt != res.ExpiresAt || w.AttestedBlock == nil || *w.AttestedBlock != res.Block {
		t.Fatalf("walletIdentity at the attestation's block %d: %+v", res.Block, w)
	}
	if w := indexed(res.Block - 1); w.Verified || w.Attested || w.Level != nil {
		t.Fatalf("walletIdentity at block %d, before the attestation: %+v", res.Block-1, w)
	}

	// The DAO revokes the attester's IDENTITY_ATTESTER_ROLE, then grants it back: the timelock calls revokeRole and
	// grantRole on IdentityRegistry (on the devnet the test sends them as the timelock, impersonated on anvil, instead
	// of a week of proposal, votes and delay). GraphQL's verified agrees with isVerified at every block around both.
	ir, err := bindings.NewIdentityRegistry(e.d.Manifest.IdentitiesAddress(), e.d.Client)
	if err != nil {
		t.Fatal(err)
	}
	asTimelock := func(method string) uint64 {
		t.Helper()
		irABI, err := bindings.IdentityRegistryMetaData.GetAbi()
		if err != nil {
			t.Fatal(err)
		}
		data, err := irABI.Pack(method, crypto.Keccak256Hash([]byte("IDENTITY_ATTESTER_ROLE")), devnet.DevAddress(devnet.RoleAttester))
		if err != nil {
			t.Fatal(err)
		}
		timelock, rpcc := e.d.Manifest.TimelockAddress(), e.d.Client.Client()
		if err := e.d.SetBalance(ctx, timelock, big.NewInt(1e18)); err != nil {
			t.Fatal(err)
		}
		if err := rpcc.CallContext(ctx, nil, "anvil_impersonateAccount", timelock); err != nil {
			t.Fatal(err)
		}
		defer func() { _ = rpcc.CallContext(ctx, nil, "anvil_stopImpersonatingAccount", timelock) }()
		var tx common.Hash
		if err := rpcc.CallContext(ctx, &tx, "eth_sendTransaction", map[string]any{"from": timelock,
			"to": e.d.Manifest.IdentitiesAddress(), "data": hexutil.Bytes(data)}); err != nil {
			t.Fatalf("%s as the timelock: %v", method, err)
		}
		for {
			rc, err := e.d.Client.TransactionReceipt(ctx, tx)
			if err == nil {
				if rc.Status != types.ReceiptStatusSuccessful {
					t.Fatalf("%s as the timelock reverted", method)
				}
				return rc.BlockNumber.Uint64()
			}
			select {
			case <-ctx.Done():
				t.Fatalf("%s as the timelock: %v", method, ctx.Err())
			case <-time.After(50 * time.Millisecond):
			}
		}
	}
	onChain := func(block uint64) bool {
		t.Helper()
		v, err := ir.IsVerified(&bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(block)}, patient, 9)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	agree := func(what string, block uint64, want bool) {
		t.Helper()
		if got := onChain(block); got != want {
			t.Fatalf("%s: isVerified at block %d is %v, want %v", what, block, got, want)
		}
		if w := indexed(block); w.Verified != want || !w.Attested {
			t.Fatalf("%s: walletIdentity at block %d: %+v, isVerified %v", what, block, w, want)
		}
	}
	revoked := asTimelock("revokeRole")
	granted := asTimelock("grantRole")
	if _, err := gql.WaitIndexed(ctx, granted); err != nil {
		t.Fatal(err)
	}
	agree("before the attester's revocation", revoked-1, true)
	agree("the attester revoked", revoked, false)
	agree("the attester revoked", granted-1, false)
	agree("the attester's role granted back", granted, true)
}
