package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/fhirrecord"
	gqlclient "github.com/bevan-health/bevan/graphql/client"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/internal/stacktest"
	"github.com/bevan-health/bevan/relayer/api"
	relayerclient "github.com/bevan-health/bevan/relayer/client"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// chainCLI runs bevan commands against one devnet with a relayer and the indexer serving GraphQL, as the devnet's
// roles, each with its own keystore holding its development key (imported with `bevan wallet import --light-kdf`).
type chainCLI struct {
	t        *testing.T
	d        *devnet.Devnet
	manifest string
	relayer  string
	graphql  string
	db       string
	ks       map[string]string
}

const testPassword = "chain cli test password"

func startChainCLI(t *testing.T, ctx context.Context) *chainCLI {
	t.Helper()
	t.Setenv("BEVAN_TEST_PW", testPassword)
	t.Setenv("BEVAN_KEYSTORE", "")
	t.Setenv("BEVAN_WALLET", "")
	t.Setenv("BEVAN_HOME", t.TempDir())
	cfg := devnettest.Config(t.TempDir())
	s := stacktest.Start(t, cfg, stacktest.Indexed(t))
	d := s.Devnet
	e := &chainCLI{t: t, d: d, manifest: cfg.ManifestDir, relayer: s.Relayer.URL(), graphql: s.Indexer.GraphQLURL(), db: s.Indexer.DB(),
		ks: map[string]string{}}
	// Every command finds the GraphQL API through the environment, as a user's shell would set it.
	t.Setenv("BEVAN_GRAPHQL_URL", e.graphql)
	for _, role := range []string{devnet.RoleTrust, devnet.RoleGP, devnet.RoleCouncil, devnet.RoleAgency, devnet.RolePatient, devnet.RoleGuardian,
		devnet.RoleAttester} {
		dir := t.TempDir()
		key := hex.EncodeToString(crypto.FromECDSA(devnet.DevKey(role)))
		if _, _, err := runApp(t, key+"\n", "wallet", "import", "--light-kdf", "--keystore", dir, "--password-env", "BEVAN_TEST_PW"); err != nil {
			t.Fatalf("import %s: %v", role, err)
		}
		e.ks[role] = dir
	}
	return e
}

// read runs a read-only command as role (its wallet is the default address).
func (e *chainCLI) read(role string, args ...string) (string, string, error) {
	e.t.Helper()
	args = append(args, "--rpc", e.d.RPCURL(), "--deployments", e.manifest)
	if role != "" {
		args = append(args, "--keystore", e.ks[role])
	}
	return runApp(e.t, "", args...)
}

// query runs a command that reads through GraphQL only (BEVAN_GRAPHQL_URL) as role.
func (e *chainCLI) query(role string, args ...string) (string, string, error) {
	e.t.Helper()
	if role != "" {
		args = append(args, "--keystore", e.ks[role])
	}
	return runApp(e.t, "", args...)
}

// sign runs a command that signs with role's wallet and goes through the relayer.
func (e *chainCLI) sign(role string, args ...string) (string, string, error) {
	e.t.Helper()
	return e.read(role, append(args, "--relayer", e.relayer, "--password-env", "BEVAN_TEST_PW")...)
}

// mustJSON runs a signing (or, with read set, read-only) command with --json and decodes its output into v.
func (e *chainCLI) mustJSON(v any, out, stderr string, err error) {
	e.t.Helper()
	if err != nil {
		e.t.Fatalf("%v\nstderr:\n%s", err, stderr)
	}
	if err := json.Unmarshal([]byte(out), v); err != nil {
		e.t.Fatalf("decode %q: %v", out, err)
	}
}

func (e *chainCLI) mine(ctx context.Context, blocks, seconds uint64) {
	e.t.Helper()
	if seconds > 0 {
		if err := e.d.Client.Client().CallContext(ctx, nil, "evm_increaseTime", hexutil.Uint64(seconds)); err != nil {
			e.t.Fatal(err)
		}
	}
	if err := e.d.Client.Client().CallContext(ctx, nil, "anvil_mine", hexutil.Uint64(blocks)); err != nil {
		e.t.Fatal(err)
	}
}

// consentRoles are the devnet's patient, care agency, GP and guardian: who the consent tests act as.
func consentRoles() (patient, agency, gp, guardian common.Address) {
	return devnet.DevAddress(devnet.RolePatient), devnet.DevAddress(devnet.RoleAgency), devnet.DevAddress(devnet.RoleGP),
		devnet.DevAddress(devnet.RoleGuardian)
}

// consents is the devnet's ConsentRegistry, and call options for reading it.
func (e *chainCLI) consents(ctx context.Context) (*bindings.ConsentRegistry, *bind.CallOpts) {
	e.t.Helper()
	reg, err := bindings.NewConsentRegistry(e.d.Manifest.ConsentsAddress(), e.d.Client)
	if err != nil {
		e.t.Fatal(err)
	}
	return reg, &bind.CallOpts{Context: ctx}
}

func TestConsentGuardianEmergencyOnDevnet(t *testing.T) {
	ctx, e := startChainTest(t)
	patient, agency, gp, guardian := consentRoles()
	reg, call := e.consents(ctx)

	// grant → check → show --fhir → revoke → check false.
	scope := writeFHIR(t, t.TempDir(), "careplan.json", `{"resourceType":"CarePlan","id":"cp-1","status":"active","intent":"plan"}`)
	var g consentGrantJSON
	out, stderr, err := e.sign(devnet.RolePatient, "consent", "grant", "--grantee", agency.Hex(), "--purpose", "TREAT,CAREMGT",
		"--action", "access,use", "--expires", "90d", "--scope", scope, "--json")
	e.mustJSON(&g, out, stderr, err)
	if g.Status != "mined" || g.ConsentID == "" || g.Patient != patient || g.TxHash == nil || g.Block == 0 {
		t.Fatalf("grant: %+v", g)
	}
	if !strings.Contains(stderr, "accepted, request") || !strings.Contains(stderr, "mined in block") {
		t.Fatalf("no progress on stderr:\n%s", stderr)
	}
	// The scope is a salted commitment to the care plan's canonical content; its salt is in the receipt (0600).
	cp, _ := fhirrecord.ReadFile(scope)
	sr, err := readReceipt(g.ScopeReceipt, func(r *commitReceipt) ([]byte, error) { return cp.Canonical, nil })
	if err != nil || sr.Commitment != g.Scope || !sr.FHIR || sr.ConsentID != g.ConsentID || sr.TxHash != *g.TxHash || sr.Grantee != agency {
		t.Fatalf("scope %s, receipt %+v: %v", g.Scope, sr, err)
	}
	if g.Scope == crypto.Keccak256Hash(cp.Canonical) || g.Scope == crypto.Keccak256Hash([]byte(mustReadFile(t, scope))) {
		t.Fatal("the scope is the unsalted hash of the care plan")
	}
	if st, err := os.Stat(g.ScopeReceipt); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("scope receipt mode: %v", err)
	}
	id, _ := new(big.Int).SetString(strings.TrimPrefix(g.ConsentID, "0x"), 16)
	onChain, err := reg.Consent(call, id)
	if err != nil {
		t.Fatal(err)
	}
	head, _ := e.d.Client.HeaderByNumber(ctx, nil)
	if onChain.Patient != patient || onChain.Grantee != agency || onChain.Purposes != 0b101 || onChain.Actions != 0b110 ||
		onChain.Revoked || onChain.ValidUntil.Uint64() < head.Time+90*24*3600-60 || onChain.ValidUntil.Uint64() > head.Time+90*24*3600+60 {
		t.Fatalf("on chain: %+v (head time %d)", onChain, head.Time)
	}

	check := func(purpose, action string) consentCheckJSON {
		t.Helper()
		var c consentCheckJSON
		out, stderr, err := e.read("", "consent", "check", "--patient", patient.Hex(), "--grantee", agency.Hex(), "--purpose", purpose, "--action", action, "--json")
		e.mustJSON(&c, out, stderr, err)
		return c
	}
	if c := check("CAREMGT", "use"); !c.Permitted || c.ConsentID != g.ConsentID {
		t.Fatalf("check after grant: %+v", c)
	}
	if c := check("HRESCH", "use"); c.Permitted {
		t.Fatalf("research permitted: %+v", c)
	}
	if c := check("TREAT", "disclose"); c.Permitted {
		t.Fatalf("disclose permitted: %+v", c)
	}
	// The patient's own wallet is the default --patient; human output says it.
	if out, _, err := e.read(devnet.RolePatient, "consent", "check", "--grantee", agency.Hex(), "--purpose", "treat", "--action", "access"); err != nil ||
		!strings.HasPrefix(out, "permitted: ") || !strings.Contains(out, g.ConsentID) {
		t.Fatalf("check (human): %v\n%s", err, out)
	}

	showFHIR := func() map[string]any {
		t.Helper()
		out, _, err := e.read("", "consent", "show", g.ConsentID, "--fhir")
		if err != nil {
			t.Fatal(err)
		}
		var r map[string]any
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("show --fhir: %v\n%s", err, out)
		}
		return r
	}
	r := showFHIR()
	if r["resourceType"] != "Consent" || r["status"] != "active" || r["id"] != strings.TrimPrefix(g.ConsentID, "0x") {
		t.Fatalf("fhir: %v", r)
	}
	raw, _ := json.Marshal(r)
	for _, want := range []string{`"code":"patient-privacy"`, `"code":"59284-0"`, `"code":"TREAT"`, `"code":"CAREMGT"`, `"code":"access"`, `"code":"use"`,
		"http://terminology.hl7.org/CodeSystem/v3-ActReason", "http://terminology.hl7.org/CodeSystem/consentaction",
		"eip155:901:" + patient.Hex(), "eip155:901:" + agency.Hex(), time.Unix(onChain.ValidUntil.Int64(), 0).UTC().Format(time.RFC3339)} {
		if !strings.Contains(string(raw), want) {
			t.Fatalf("fhir lacks %s:\n%s", want, raw)
		}
	}
	// The GraphQL API renders the same resource from the index (fhirconsent.Build both): the grant time from the
	// ConsentGranted event, the care plan as the data scope.
	sameAsGraphQL := func(r map[string]any) {
		t.Helper()
		raw, err := gqlclient.New(e.graphql, nil).ConsentFHIR(ctx, common.HexToHash(g.ConsentID), nil)
		if err != nil {
			t.Fatal(err)
		}
		var q map[string]any
		if err := json.Unmarshal(raw, &q); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(r, q) {
			show, _ := json.MarshalIndent(r, "", "  ")
			t.Fatalf("consent show --fhir:\n%s\nGraphQL fhir:\n%s", show, raw)
		}
	}
	sameAsGraphQL(r)
	grantBlock, _ := e.d.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(g.Block))
	if r["dateTime"] != time.Unix(int64(grantBlock.Time), 0).UTC().Format(time.RFC3339) || !strings.Contains(string(raw), g.Scope.Hex()) {
		t.Fatalf("fhir: no grant time (block %d) or scope %s:\n%s", g.Block, g.Scope.Hex(), raw)
	}
	if out, _, err := e.read("", "consent", "show", g.ConsentID); err != nil || !strings.Contains(out, "active until") || !strings.Contains(out, "TREAT,CAREMGT") {
		t.Fatalf("show: %v\n%s", err, out)
	}

	var rv consentRevokeJSON
	out, stderr, err = e.sign(devnet.RolePatient, "consent", "revoke", g.ConsentID, "--json")
	e.mustJSON(&rv, out, stderr, err)
	if rv.Status != "mined" || rv.ConsentID != g.ConsentID {
		t.Fatalf("revoke: %+v", rv)
	}
	if c := check("CAREMGT", "use"); c.Permitted {
		t.Fatalf("check after revoke: %+v", c)
	}
	r = showFHIR()
	if r["status"] != "inactive" {
		t.Fatalf("fhir after revoke: status %v", r["status"])
	}
	sameAsGraphQL(r)
	if out, _, err := e.read("", "consent", "show", g.ConsentID); err != nil || !strings.Contains(out, "revoked at") {
		t.Fatalf("show after revoke: %v\n%s", err, out)
	}
	// Revoking twice: the relayer refuses (the call would revert), with its code, and the command fails.
	if _, _, err := e.sign(devnet.RolePatient, "consent", "revoke", g.ConsentID); err == nil || !strings.Contains(err.Error(), "would_revert") ||
		!strings.Contains(err.Error(), "AlreadyRevoked") {
		t.Fatalf("second revoke: %v", err)
	}
	// Bad input is refused before anything is signed.
	for _, args := range [][]string{
		{"consent", "grant", "--grantee", "nobody", "--purpose", "TREAT", "--action", "use"},
		{"consent", "grant", "--grantee", agency.Hex(), "--purpose", "GOSSIP", "--action", "use"},
		{"consent", "grant", "--grantee", agency.Hex(), "--purpose", "TREAT", "--action", "use", "--expires", "yesterday"},
		{"consent", "grant", "--grantee", agency.Hex(), "--purpose", "TREAT", "--action", "use", "--expires", "2001-01-01T00:00:00Z"},
	} {
		if _, _, err := e.sign(devnet.RolePatient, args...); err == nil {
			t.Fatalf("%v accepted", args)
		}
	}
	if _, _, err := e.read("", "consent", "show", "0x1234"); err == nil || !strings.Contains(err.Error(), "not found") {
		t.Fatalf("unknown consent: %v", err)
	}

	// guardian add → list → the guardian grants for the patient → remove → list empty → the guardian is refused.
	var ga guardianJSON
	out, stderr, err = e.sign(devnet.RolePatient, "guardian", "add", guardian.Hex(), "--json")
	e.mustJSON(&ga, out, stderr, err)
	if ga.Status != "mined" || ga.Patient != patient || ga.Guardian != guardian || ga.Indexed == nil || !*ga.Indexed {
		t.Fatalf("guardian add: %+v", ga)
	}
	if !strings.Contains(stderr, "waiting for the indexer ("+e.graphql+") to index block") || !strings.Contains(stderr, "guardian add: indexed") {
		t.Fatalf("guardian add did not wait for the indexer:\n%s", stderr)
	}
	var gl guardianListJSON
	// guardian add returned once its block was indexed: the list (through GraphQL) shows the guardian at once.
	out, stderr, err = e.query("", "guardian", "list", "--patient", patient.Hex(), "--json")
	e.mustJSON(&gl, out, stderr, err)
	if len(gl.Guardians) != 1 || gl.Guardians[0].Guardian != guardian || gl.Guardians[0].AppointedBlock != ga.Block ||
		gl.Guardians[0].AppointedTx != *ga.TxHash || gl.Patient != patient || gl.Block < ga.Block {
		t.Fatalf("guardian list: %+v", gl)
	}
	if out, _, err := e.query(devnet.RolePatient, "guardian", "list"); err != nil || !strings.Contains(out, "guardians of "+patient.Hex()) ||
		!strings.Contains(out, guardian.Hex()+"  appointed in block "+fmt.Sprint(ga.Block)) {
		t.Fatalf("guardian list (own wallet): %v\n%s", err, out)
	}
	var gg consentGrantJSON
	out, stderr, err = e.sign(devnet.RoleGuardian, "consent", "grant", "--patient", patient.Hex(), "--grantee", gp.Hex(),
		"--purpose", "CAREMGT", "--action", "access", "--json")
	e.mustJSON(&gg, out, stderr, err)
	if gg.Patient != patient || gg.From != guardian {
		t.Fatalf("guardian grant: %+v", gg)
	}
	if ok, err := reg.IsPermitted(call, patient, gp, 2, 1); err != nil || !ok {
		t.Fatalf("guardian's grant not permitting: %v %v", ok, err)
	}
	if out, _, err := e.sign(devnet.RolePatient, "guardian", "remove", guardian.Hex()); err != nil || !strings.Contains(out, "removed") {
		t.Fatalf("guardian remove: %v\n%s", err, out)
	}
	out, stderr, err = e.query("", "guardian", "list", "--patient", patient.Hex(), "--json")
	e.mustJSON(&gl, out, stderr, err)
	if len(gl.Guardians) != 0 {
		t.Fatalf("guardian list after remove: %+v", gl)
	}
	if out, _, err := e.query("", "guardian", "list", "--patient", patient.Hex()); err != nil || !strings.Contains(out, "has no guardians") {
		t.Fatalf("guardian list after remove (human): %v\n%s", err, out)
	}
	if _, _, err := e.sign(devnet.RoleGuardian, "consent", "grant", "--patient", patient.Hex(), "--grantee", gp.Hex(),
		"--purpose", "CAREMGT", "--action", "access"); err == nil || !strings.Contains(err.Error(), "[not_patient_or_guardian]") {
		t.Fatalf("removed guardian's grant: %v", err)
	}
	var ref *api.Error
	if _, _, err := e.sign(devnet.RoleGuardian, "guardian", "remove", patient.Hex()); !errors.As(err, &ref) || ref.Code != api.CodeWouldRevert {
		t.Fatalf("removing a guardian one does not have: %v", err)
	}
	// --no-wait returns once the relayer has accepted the request; it is mined later.
	var nw guardianJSON
	out, stderr, err = e.sign(devnet.RolePatient, "guardian", "add", guardian.Hex(), "--no-wait", "--json")
	e.mustJSON(&nw, out, stderr, err)
	if nw.RequestID == (common.Hash{}) || nw.TxHash != nil || nw.Status == "mined" || nw.From != patient || strings.Contains(stderr, "waiting") {
		t.Fatalf("--no-wait: %+v\n%s", nw, stderr)
	}
	if st, err := relayerclient.New(e.relayer, nil).Wait(ctx, nw.RequestID); err != nil || st.Status != api.StateMined {
		t.Fatalf("--no-wait request: %+v %v", st, err)
	}
	if ok, err := reg.IsGuardian(call, patient, guardian); err != nil || !ok {
		t.Fatalf("guardian after --no-wait add: %v %v", ok, err)
	}

	// Break-glass by the GP (an emergency responder): the reason comes from a file (never argv); only its salted
	// hash leaves the machine; the local receipt proves it later.
	const reason = "unconscious in A&E, allergy history needed"
	reasonFile := filepath.Join(t.TempDir(), "reason.txt")
	if err := os.WriteFile(reasonFile, []byte(reason+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var em emergencyJSON
	out, stderr, err = e.sign(devnet.RoleGP, "emergency", "access", "--patient", patient.Hex(), "--reason-file", reasonFile, "--json")
	e.mustJSON(&em, out, stderr, err)
	if em.ReasonHash == crypto.Keccak256Hash([]byte(reason)) || em.Accessor != gp || em.Status != "mined" {
		t.Fatalf("emergency: %+v", em)
	}
	rec, err := readReceipt(em.Receipt, func(r *commitReceipt) ([]byte, error) { return []byte(r.Reason), nil })
	if err != nil || rec.Reason != reason || rec.Commitment != em.ReasonHash || rec.TxHash != *em.TxHash || rec.Patient != patient || rec.Actor != gp {
		t.Fatalf("receipt %+v: %v", rec, err)
	}
	if st, err := os.Stat(em.Receipt); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("receipt mode: %v", err)
	}
	if out, _, err := e.read("", "emergency", "verify", em.Receipt); err != nil || !strings.Contains(out, "verified: the receipt's reason and salt give "+em.ReasonHash.Hex()) {
		t.Fatalf("emergency verify: %v\n%s", err, out)
	}
	forged := *rec
	forged.Reason = "routine check"
	forgedPath := filepath.Join(t.TempDir(), "forged.json")
	if err := writeReceipt(forgedPath, &forged); err != nil {
		t.Fatal(err)
	}
	if _, _, err := e.read("", "emergency", "verify", forgedPath); err == nil || !strings.Contains(err.Error(), "altered") {
		t.Fatalf("forged receipt: %v", err)
	}
	// The reason may also come on standard input; --reason itself does not exist, and --help offers no flag for the text.
	out, stderr, err = runApp(t, "second emergency, from stdin\n", "emergency", "access", "--patient", patient.Hex(), "--json",
		"--rpc", e.d.RPCURL(), "--deployments", e.manifest, "--keystore", e.ks[devnet.RoleGP], "--relayer", e.relayer, "--password-env", "BEVAN_TEST_PW")
	var em2 emergencyJSON
	e.mustJSON(&em2, out, stderr, err)
	if rec2, err := readReceipt(em2.Receipt, func(r *commitReceipt) ([]byte, error) { return []byte(r.Reason), nil }); err != nil ||
		rec2.Reason != "second emergency, from stdin" || em2.ReasonHash == em.ReasonHash {
		t.Fatalf("stdin reason: %+v %v", rec2, err)
	}
	if _, _, err := e.sign(devnet.RoleGP, "emergency", "access", "--patient", patient.Hex(), "--reason", reason); err == nil ||
		!strings.Contains(err.Error(), "flag provided but not defined: -reason") {
		t.Fatalf("--reason accepted: %v", err)
	}
	if _, _, err := runApp(t, "  \n", "emergency", "access", "--patient", patient.Hex(), "--rpc", e.d.RPCURL(), "--deployments", e.manifest,
		"--keystore", e.ks[devnet.RoleGP], "--relayer", e.relayer, "--password-env", "BEVAN_TEST_PW"); err == nil || !strings.Contains(err.Error(), "state the reason") {
		t.Fatalf("empty reason: %v", err)
	}
	help, _, _ := runApp(t, "", "emergency", "access", "--help")
	if strings.Contains(help, "--reason ") || strings.Contains(help, "--reason value") || !strings.Contains(help, "--reason-file") {
		t.Fatalf("emergency access --help:\n%s", help)
	}
	if strings.Contains(out+stderr, "unconscious") {
		t.Fatalf("the reason was printed:\n%s\n%s", out, stderr)
	}
	it, err := reg.FilterEmergencyAccess(&bind.FilterOpts{Start: em.Block, End: &em.Block, Context: ctx}, []common.Address{patient}, []common.Address{gp})
	if err != nil {
		t.Fatal(err)
	}
	if !it.Next() || it.Event.ReasonHash != em.ReasonHash {
		t.Fatal("no EmergencyAccess event with the reason's hash")
	}
	it.Close()
	tx, _, err := e.d.Client.TransactionByHash(ctx, *em.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(tx.Data()), "unconscious") {
		t.Fatal("the reason is in the transaction")
	}

	// The patient is no emergency responder: the relayer's policy refuses; the binary exits non-zero saying so.
	bin := devnettest.Bevan(t)
	cmd := exec.Command(bin, "emergency", "access", "--patient", patient.Hex(),
		"--rpc", e.d.RPCURL(), "--deployments", e.manifest, "--relayer", e.relayer, "--keystore", e.ks[devnet.RolePatient], "--password-env", "BEVAN_TEST_PW")
	cmd.Env = append(os.Environ(), "BEVAN_TEST_PW="+testPassword)
	cmd.Stdin = strings.NewReader("curious")
	combined, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() == 0 || !strings.Contains(string(combined), "[not_emergency_responder]") ||
		!strings.Contains(string(combined), "relayer refused") {
		t.Fatalf("patient's emergency access: %v\n%s", err, combined)
	}
	if strings.Contains(string(combined), "curious") {
		t.Fatalf("the reason was printed:\n%s", combined)
	}
}

func TestDAOAndRecordAnchorOnDevnet(t *testing.T) {
	ctx, e := startChainTest(t)
	agency := devnet.DevAddress(devnet.RoleAgency)
	call := &bind.CallOpts{Context: ctx}
	gov, err := bindings.NewBevanGovernor(e.d.Manifest.GovernorAddress(), e.d.Client)
	if err != nil {
		t.Fatal(err)
	}

	// The three founding members are listed with their ODS codes and kinds.
	var members membersJSON
	out, stderr, err := e.query("", "dao", "members", "--json")
	e.mustJSON(&members, out, stderr, err)
	if ms := members.Members; len(ms) != 3 || ms[0].Account != devnet.DevAddress(devnet.RoleTrust) || ms[0].ODSCode != "RJ1" ||
		ms[0].Kind != "nhs-trust" || ms[1].ODSCode != "A81001" || ms[2].Kind != "local-authority" || ms[0].JoinedBlock == 0 || members.Block == 0 {
		t.Fatalf("members: %+v", members)
	}

	// propose → vote ×3 → mine → queue → wait out the timelock → execute: the agency becomes a member.
	var p proposeJSON
	out, stderr, err = e.sign(devnet.RoleTrust, "dao", "propose", "--add-member", agency.Hex(), "--ods", "8HX39", "--kind", "care-provider", "--json")
	e.mustJSON(&p, out, stderr, err)
	if p.Status != "mined" || p.ProposalID == "" || p.VoteEnd <= p.VoteStart {
		t.Fatalf("propose: %+v", p)
	}
	if _, err := os.Stat(p.File); err != nil {
		t.Fatalf("proposal file: %v", err)
	}
	id, _ := new(big.Int).SetString(strings.TrimPrefix(p.ProposalID, "0x"), 16)
	if st, err := gov.State(call, id); err != nil || st != 0 {
		t.Fatalf("state after propose: %d %v", st, err)
	}
	// A non-member may not propose: the relayer's policy refuses.
	if _, _, err := e.sign(devnet.RolePatient, "dao", "propose", "--remove-member", devnet.DevAddress(devnet.RoleGP).Hex()); err == nil ||
		!strings.Contains(err.Error(), "[not_member]") {
		t.Fatalf("non-member's proposal: %v", err)
	}
	delay, _ := gov.VotingDelay(call)
	e.mine(ctx, delay.Uint64()+1, 0)
	for role, support := range map[string]string{devnet.RoleTrust: "for", devnet.RoleGP: "for", devnet.RoleCouncil: "abstain"} {
		var v voteJSON
		out, stderr, err := e.sign(role, "dao", "vote", p.ProposalID, support, "--json")
		e.mustJSON(&v, out, stderr, err)
		if v.Status != "mined" || v.Support != support || v.From != devnet.DevAddress(role) {
			t.Fatalf("%s vote: %+v", role, v)
		}
	}
	// Each vote returned once indexed: the tallies (through GraphQL) count all three.
	var props proposalsJSON
	out, stderr, err = e.query("", "dao", "proposals", "--json")
	e.mustJSON(&props, out, stderr, err)
	if ps := props.Proposals; len(ps) != 1 || ps[0].ProposalID.Hex() != p.ProposalID || ps[0].State != "ACTIVE" || ps[0].ForVotes != 2 ||
		ps[0].AbstainVotes != 1 || ps[0].AgainstVotes != 0 || ps[0].Description != p.Description || ps[0].VoteStart != p.VoteStart ||
		ps[0].VoteEnd != p.VoteEnd || ps[0].Proposer != devnet.DevAddress(devnet.RoleTrust) || ps[0].Quorum == 0 {
		t.Fatalf("proposals: %+v", props)
	}
	if out, _, err := e.query("", "dao", "proposals"); err != nil || !strings.Contains(out, "1 proposal (indexed to block") ||
		!strings.Contains(out, p.ProposalID+"  active     for 2  against 0  abstain 1") {
		t.Fatalf("proposals (human): %v\n%s", err, out)
	}
	// Queueing before the vote ends is refused locally with the state.
	if _, _, err := e.sign(devnet.RoleTrust, "dao", "queue", p.ProposalID); err == nil || !strings.Contains(err.Error(), "is active") {
		t.Fatalf("early queue: %v", err)
	}
	period, _ := gov.VotingPeriod(call)
	e.mine(ctx, period.Uint64()+1, 0)
	var q queueJSON
	out, stderr, err = e.sign(devnet.RoleTrust, "dao", "queue", p.ProposalID, "--json")
	e.mustJSON(&q, out, stderr, err)
	if q.State != "queued" || q.ETA == 0 || !strings.HasPrefix(q.Source, filepath.Join(os.Getenv("BEVAN_HOME"), "proposals")) {
		t.Fatalf("queue: %+v", q)
	}
	if _, _, err := e.sign(devnet.RoleTrust, "dao", "execute", p.ProposalID); err == nil || !strings.Contains(err.Error(), "timelock's delay") {
		t.Fatalf("early execute: %v", err)
	}
	tl, _ := bindings.NewBevanTimelock(e.d.Manifest.TimelockAddress(), e.d.Client)
	minDelay, _ := tl.GetMinDelay(call)
	e.mine(ctx, 1, minDelay.Uint64()+1)
	// Execute from another machine (another BEVAN_HOME, no proposal file): the actions come from the chain.
	t.Setenv("BEVAN_HOME", t.TempDir())
	out, stderr, err = e.sign(devnet.RoleGP, "dao", "execute", p.ProposalID, "--json")
	e.mustJSON(&q, out, stderr, err)
	if q.State != "executed" || !strings.HasPrefix(q.Source, "ProposalCreated event") {
		t.Fatalf("execute: %+v\n%s", q, stderr)
	}
	out, stderr, err = e.query("", "dao", "members", "--json")
	e.mustJSON(&members, out, stderr, err)
	if ms := members.Members; len(ms) != 4 || ms[3].Account != agency || ms[3].ODSCode != "8HX39" || ms[3].Kind != "care-provider" ||
		ms[3].JoinedBlock != q.Block {
		t.Fatalf("members after execute: %+v", members)
	}
	if out, _, err := e.query("", "dao", "members"); err != nil || !strings.Contains(out, "4 members (indexed to block") ||
		!strings.Contains(out, agency.Hex()+"  8HX39     care-provider    joined in block "+fmt.Sprint(q.Block)) {
		t.Fatalf("members (human): %v\n%s", err, out)
	}
	if out, _, err := e.query("", "dao", "proposals"); err != nil || !strings.Contains(out, p.ProposalID+"  executed") {
		t.Fatalf("proposals (human): %v\n%s", err, out)
	}

	// record anchor: one record, then a batch of three, each verified with `record verify` on its proof.
	dir := t.TempDir()
	one := writeFHIR(t, dir, "discharge.json", `{"resourceType":"Composition","id":"discharge-1","status":"final","title":"Discharge summary"}`)
	var ra recordAnchorJSON
	out, stderr, err = e.sign(devnet.RoleTrust, "record", "anchor", one, "--ods", "RJ1", "--json")
	e.mustJSON(&ra, out, stderr, err)
	if ra.Method != "anchor" || len(ra.Records) != 1 || ra.Records[0].Proof != fhirrecord.ProofPath(one) {
		t.Fatalf("anchor one: %+v", ra)
	}
	firstAnchor := ra.Records[0]
	// On chain: neither keccak256 of the record's JCS bytes nor keccak256("ODS/Type/id"), anywhere in the
	// transaction's calldata or logs.
	oneRes, _ := fhirrecord.ReadFile(one)
	guessable := []common.Hash{crypto.Keccak256Hash(oneRes.Canonical), crypto.Keccak256Hash([]byte("RJ1/Composition/discharge-1"))}
	if firstAnchor.RecordID == guessable[1] || firstAnchor.ContentHash == guessable[0] {
		t.Fatalf("unsalted ids: %+v", firstAnchor)
	}
	anchorTx, _, err := e.d.Client.TransactionByHash(ctx, *ra.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	anchorRcpt, err := e.d.Client.TransactionReceipt(ctx, *ra.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	onChainBytes := append([]byte{}, anchorTx.Data()...)
	for _, l := range anchorRcpt.Logs {
		for _, tp := range l.Topics {
			onChainBytes = append(onChainBytes, tp[:]...)
		}
		onChainBytes = append(onChainBytes, l.Data...)
	}
	for _, h := range guessable {
		if bytes.Contains(onChainBytes, h[:]) {
			t.Fatalf("guessable hash %s is on chain", h)
		}
	}
	if !bytes.Contains(onChainBytes, firstAnchor.RecordID[:]) || !bytes.Contains(onChainBytes, firstAnchor.ContentHash[:]) {
		t.Fatal("the scan found not even the salted hashes: it scans nothing")
	}
	var three []string
	for i := range 3 {
		three = append(three, writeFHIR(t, dir, fmt.Sprintf("obs%d.json", i),
			fmt.Sprintf(`{"resourceType":"Observation","id":"obs-%d","status":"final","valueQuantity":{"value":%d,"unit":"mmHg"}}`, i, 120+i)))
	}
	out, stderr, err = e.sign(devnet.RoleTrust, append([]string{"record", "anchor", "--ods", "RJ1", "--uri", "bevan://rj1/batch-1", "--json"}, three...)...)
	e.mustJSON(&ra, out, stderr, err)
	if ra.Method != "anchorBatch" || len(ra.Records) != 3 || ra.BatchRoot == (common.Hash{}) {
		t.Fatalf("anchor three: %+v", ra)
	}
	var vs []recordVerifyJSON
	out, stderr, err = runApp(t, "", append([]string{"record", "verify", "--rpc", e.d.RPCURL(), "--deployments", e.manifest, "--json", one}, three...)...)
	e.mustJSON(&vs, out, stderr, err)
	if len(vs) != 4 || !vs[0].Verified || vs[0].BatchRoot != (common.Hash{}) || vs[3].BatchRoot != ra.BatchRoot ||
		vs[3].Custodian != devnet.DevAddress(devnet.RoleTrust) {
		t.Fatalf("verify: %+v", vs)
	}
	// A new version of the single record supersedes the first, found in the custodian store; the same content
	// again is refused before anything is sent.
	v2 := writeFHIR(t, dir, "discharge-v2.json", `{"resourceType":"Composition","id":"discharge-1","status":"amended","title":"Discharge summary"}`)
	out, stderr, err = e.sign(devnet.RoleTrust, "record", "anchor", v2, "--json")
	e.mustJSON(&ra, out, stderr, err)
	if ra.Supersedes != firstAnchor.ContentHash || ra.Records[0].RecordID != firstAnchor.RecordID {
		t.Fatalf("anchor v2: %+v", ra)
	}
	if _, _, err := runApp(t, "", "record", "verify", "--rpc", e.d.RPCURL(), "--deployments", e.manifest, v2); err != nil {
		t.Fatalf("verify v2: %v", err)
	}
	if _, _, err := e.sign(devnet.RoleTrust, "record", "anchor", one); err == nil || !strings.Contains(err.Error(), "already anchored") {
		t.Fatalf("the same version again: %v", err)
	}
	// Forget the record: its proofs and store entry go; afterwards it cannot be verified, and no file under
	// BEVAN_HOME or next to the records holds its record id, content hashes or salts.
	p1, err := fhirrecord.ReadProof(fhirrecord.ProofPath(one))
	if err != nil {
		t.Fatal(err)
	}
	p2, err := fhirrecord.ReadProof(fhirrecord.ProofPath(v2))
	if err != nil {
		t.Fatal(err)
	}
	var fg recordForgetJSON
	out, stderr, err = runApp(t, "", "record", "forget", v2, "--json")
	e.mustJSON(&fg, out, stderr, err)
	if len(fg.Forgotten) != 1 || fg.Forgotten[0].RecordID != firstAnchor.RecordID || fg.Forgotten[0].Versions != 2 || len(fg.Forgotten[0].Files) != 3 {
		t.Fatalf("forget: %+v", fg)
	}
	if _, _, err := runApp(t, "", "record", "verify", "--rpc", e.d.RPCURL(), "--deployments", e.manifest, one); err == nil ||
		!strings.Contains(err.Error(), "no proof file") {
		t.Fatalf("verify after forget: %v", err)
	}
	for _, root := range []string{os.Getenv("BEVAN_HOME"), dir} {
		_ = filepath.WalkDir(root, func(path string, de os.DirEntry, err error) error {
			if err != nil || de.IsDir() {
				return err
			}
			raw, _ := os.ReadFile(path)
			for _, secret := range []string{p1.RecordID.Hex(), p1.ContentHash.Hex(), p1.Salt.Hex(), p2.ContentHash.Hex(), p2.Salt.Hex()} {
				if strings.Contains(strings.ToLower(string(raw)), secret[2:]) {
					t.Errorf("%s still links the forgotten record (%s)", path, secret)
				}
			}
			return nil
		})
	}
	if _, _, err := runApp(t, "", "record", "forget", one); err == nil || !strings.Contains(err.Error(), "already forgotten") {
		t.Fatalf("forget twice: %v", err)
	}

	// A file that is not FHIR: a clear error, nothing sent (the wallet's forwarder nonce is unchanged), no proofs.
	nonceBefore, err := forwarderNonce(ctx, e, devnet.DevAddress(devnet.RoleTrust))
	if err != nil {
		t.Fatal(err)
	}
	good := writeFHIR(t, dir, "good.json", `{"resourceType":"Observation","id":"obs-9","status":"final"}`)
	bad := writeFHIR(t, dir, "bad.json", `{"id":"x","status":"final"}`)
	if _, _, err := e.sign(devnet.RoleTrust, "record", "anchor", "--ods", "RJ1", good, bad); err == nil || !strings.Contains(err.Error(), bad) ||
		!strings.Contains(err.Error(), "nothing sent") || !strings.Contains(err.Error(), "resourceType") {
		t.Fatalf("not FHIR: %v", err)
	}
	if _, err := os.Stat(fhirrecord.ProofPath(good)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a proof was written for %s: %v", good, err)
	}
	if n, err := forwarderNonce(ctx, e, devnet.DevAddress(devnet.RoleTrust)); err != nil || n.Cmp(nonceBefore) != 0 {
		t.Fatalf("nonce %v → %v (%v)", nonceBefore, n, err)
	}
	// A wallet without CUSTODIAN_ROLE: the relayer's policy refuses.
	if _, _, err := e.sign(devnet.RolePatient, "record", "anchor", "--ods", "RJ1", good); err == nil || !strings.Contains(err.Error(), "[not_custodian]") {
		t.Fatalf("non-custodian anchor: %v", err)
	}
}

func forwarderNonce(ctx context.Context, e *chainCLI, who common.Address) (*big.Int, error) {
	f, err := bindings.NewBevanForwarder(e.d.Manifest.ForwarderAddress(), e.d.Client)
	if err != nil {
		return nil, err
	}
	return f.Nonces(&bind.CallOpts{Context: ctx}, who)
}
