package main

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/devnet"
	gqlclient "github.com/bevan-health/bevan/graphql/client"
)

func TestParseAt(t *testing.T) {
	now := time.Date(2026, 11, 24, 14, 0, 0, 0, time.UTC)
	for in, want := range map[string]time.Time{
		"2026-11-24T13:40:00Z":      time.Date(2026, 11, 24, 13, 40, 0, 0, time.UTC),
		"2026-11-24T13:40:00+01:00": time.Date(2026, 11, 24, 12, 40, 0, 0, time.UTC),
		"1790000000":                time.Unix(1_790_000_000, 0),
		"2h":                        now.Add(-2 * time.Hour),
		"3d":                        now.Add(-72 * time.Hour),
		"1d12h":                     now.Add(-36 * time.Hour),
		"0s":                        now,
	} {
		got, err := parseAt(in, now)
		if err != nil || !got.Equal(want) {
			t.Errorf("parseAt(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"yesterday", "", "2026-11-24", "-2h", "-5", "12x"} {
		if got, err := parseAt(in, now); err == nil {
			t.Errorf("parseAt(%q) = %v, want an error", in, got)
		}
	}
}

// The commands that read through GraphQL, on a devnet with the relayer and the indexer: changes made with the
// signing commands show at once (each waits for the indexer), the audit answers for past times, and failures say
// what is wrong.
func TestGraphQLReadsOnDevnet(t *testing.T) {
	ctx, e := startChainTest(t)
	patient, agency, gp, trust := devnet.DevAddress(devnet.RolePatient), devnet.DevAddress(devnet.RoleAgency), devnet.DevAddress(devnet.RoleGP),
		devnet.DevAddress(devnet.RoleTrust)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := "http://" + l.Addr().String() + "/graphql"
	l.Close()

	grant := func(grantee string, extra ...string) consentGrantJSON {
		t.Helper()
		var g consentGrantJSON
		out, stderr, err := e.sign(devnet.RolePatient, append([]string{"consent", "grant", "--grantee", grantee, "--json"}, extra...)...)
		e.mustJSON(&g, out, stderr, err)
		if g.ConsentID == "" {
			t.Fatalf("grant: %+v", g)
		}
		return g
	}
	// The agency's consent; an hour later the GP's, expiring in 30 days; then the agency's is revoked.
	gA := grant(agency.Hex(), "--purpose", "TREAT,CAREMGT", "--action", "access,use")
	if gA.Indexed == nil || !*gA.Indexed {
		t.Fatalf("grant did not wait for the indexer: %+v", gA)
	}
	e.mine(ctx, 1, 3600)
	gB := grant(gp.Hex(), "--purpose", "CAREMGT", "--action", "access", "--expires", "30d")
	var rv consentRevokeJSON
	out, stderr, err := e.sign(devnet.RolePatient, "consent", "revoke", gA.ConsentID, "--json")
	e.mustJSON(&rv, out, stderr, err)
	// A third consent while the GraphQL API is unreachable: the grant is mined all the same, with a warning.
	var gC consentGrantJSON
	out, stderr, err = e.sign(devnet.RolePatient, "consent", "grant", "--grantee", trust.Hex(), "--purpose", "HRESCH", "--action", "collect",
		"--json", "--graphql", dead)
	e.mustJSON(&gC, out, stderr, err)
	if gC.Status != "mined" || gC.Indexed == nil || *gC.Indexed || !strings.Contains(stderr, "warning") || !strings.Contains(stderr, dead) ||
		!strings.Contains(stderr, "lists read through GraphQL may not show this change yet") {
		t.Fatalf("grant with GraphQL unreachable: %+v\n%s", gC, stderr)
	}
	// The GP's break-glass access to the patient (no consent for TREAT), waited for.
	var em emergencyJSON
	reasonFile := filepath.Join(t.TempDir(), "reason.txt")
	if err := os.WriteFile(reasonFile, []byte("collapsed at home"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, stderr, err = e.sign(devnet.RoleGP, "emergency", "access", "--patient", patient.Hex(), "--reason-file", reasonFile, "--json")
	e.mustJSON(&em, out, stderr, err)

	// consent list: the patient's wallet is the default patient; newest first; the revocation shows at once.
	var cl consentListJSON
	out, stderr, err = e.query(devnet.RolePatient, "consent", "list", "--json")
	e.mustJSON(&cl, out, stderr, err)
	if cl.TotalCount != 3 || len(cl.Consents) != 3 || cl.HasMore || cl.Patient == nil || *cl.Patient != patient || cl.Block < em.Block {
		t.Fatalf("list: %+v", cl)
	}
	a, b, c := cl.Consents[2], cl.Consents[1], cl.Consents[0]
	if c.ConsentID.Hex() != gC.ConsentID || b.ConsentID.Hex() != gB.ConsentID || a.ConsentID.Hex() != gA.ConsentID {
		t.Fatalf("order: %s %s %s", c.ConsentID.Hex(), b.ConsentID.Hex(), a.ConsentID.Hex())
	}
	if a.Status != gqlclient.ConsentRevoked || a.RevokedBlock == nil || *a.RevokedBlock != rv.Block || a.Grantee != agency ||
		strings.Join(a.Purposes, ",") != "TREAT,CAREMGT" || a.GrantedBlock != gA.Block || a.GrantedTx != *gA.TxHash ||
		b.Status != gqlclient.ConsentActive || b.ExpiresAt == nil || *b.ExpiresAt != gB.ExpiresAt || c.Status != gqlclient.ConsentActive {
		t.Fatalf("consents: %+v", cl.Consents)
	}
	out, _, err = e.query(devnet.RolePatient, "consent", "list")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{fmt.Sprintf("3 consents of patient %s (indexed to block %d)", patient.Hex(), cl.Block),
		"  " + gA.ConsentID + "  revoked\n", fmt.Sprintf("    revoked  %s (block %d)", unixTime(*a.RevokedAt), rv.Block),
		"  " + gB.ConsentID + "  active\n", "    expires  " + unixTime(gB.ExpiresAt), "    purposes TREAT,CAREMGT\n    actions  access,use\n",
		fmt.Sprintf("    granted  %s (block %d)", unixTime(a.GrantedAt), gA.Block), "    grantee  " + trust.Hex()} {
		if !strings.Contains(out, want) {
			t.Fatalf("list (human) lacks %q:\n%s", want, out)
		}
	}
	out, stderr, err = e.query("", "consent", "list", "--patient", patient.Hex(), "--active", "--json")
	e.mustJSON(&cl, out, stderr, err)
	if cl.TotalCount != 2 || !cl.ActiveOnly || cl.Consents[0].ConsentID.Hex() != gC.ConsentID || cl.Consents[1].ConsentID.Hex() != gB.ConsentID {
		t.Fatalf("list --active: %+v", cl)
	}
	// By grantee, across patients (no default patient then).
	cl = consentListJSON{}
	out, stderr, err = e.query(devnet.RolePatient, "consent", "list", "--grantee", agency.Hex(), "--json")
	e.mustJSON(&cl, out, stderr, err)
	if cl.TotalCount != 1 || cl.Patient != nil || cl.Consents[0].ConsentID.Hex() != gA.ConsentID {
		t.Fatalf("list --grantee: %+v", cl)
	}
	if out, _, err := e.query("", "consent", "list", "--grantee", agency.Hex()); err != nil || !strings.Contains(out, "1 consent granted to "+agency.Hex()) ||
		!strings.Contains(out, "    patient  "+patient.Hex()) {
		t.Fatalf("list --grantee (human): %v\n%s", err, out)
	}
	// Paging: --first 1, then on from its cursor; --all.
	out, stderr, err = e.query(devnet.RolePatient, "consent", "list", "--first", "1", "--json")
	e.mustJSON(&cl, out, stderr, err)
	if len(cl.Consents) != 1 || !cl.HasMore || cl.EndCursor == "" || cl.TotalCount != 3 || cl.Consents[0].ConsentID.Hex() != gC.ConsentID {
		t.Fatalf("list --first 1: %+v", cl)
	}
	if out, _, err := e.query(devnet.RolePatient, "consent", "list", "--first", "1"); err != nil || !strings.Contains(out, "1 of 3 shown, newest first") {
		t.Fatalf("list --first 1 (human): %v\n%s", err, out)
	}
	out, stderr, err = e.query(devnet.RolePatient, "consent", "list", "--first", "1", "--after", cl.EndCursor, "--json")
	e.mustJSON(&cl, out, stderr, err)
	if len(cl.Consents) != 1 || cl.Consents[0].ConsentID.Hex() != gB.ConsentID || !cl.HasMore {
		t.Fatalf("list --after: %+v", cl)
	}
	out, stderr, err = e.query(devnet.RolePatient, "consent", "list", "--all", "--json")
	e.mustJSON(&cl, out, stderr, err)
	if len(cl.Consents) != 3 || cl.HasMore {
		t.Fatalf("list --all: %+v", cl)
	}
	if out, _, err := e.query("", "consent", "list", "--patient", agency.Hex()); err != nil || !strings.HasPrefix(out, "0 consents of patient "+agency.Hex()) {
		t.Fatalf("list of a patient without consents: %v\n%s", err, out)
	}

	// consent check --at: the audit, from the indexer. Half an hour after the grant the agency could use for CAREMGT.
	check := func(args ...string) consentCheckAtJSON {
		t.Helper()
		var r consentCheckAtJSON
		out, stderr, err := e.read("", append([]string{"consent", "check", "--patient", patient.Hex(), "--json"}, args...)...)
		e.mustJSON(&r, out, stderr, err)
		return r
	}
	mid := a.GrantedAt + 1800
	r := check("--grantee", agency.Hex(), "--purpose", "CAREMGT", "--action", "use", "--at", fmt.Sprint(mid))
	if !r.Permitted || r.Basis != gqlclient.BasisConsent || r.ConsentID != gA.ConsentID || r.Consent == nil || r.At != int64(mid) || r.EmergencyAccess != nil {
		t.Fatalf("check --at mid: %+v", r)
	}
	r = check("--grantee", agency.Hex(), "--purpose", "caremgt", "--action", "USE", "--at", time.Unix(int64(mid), 0).UTC().Format(time.RFC3339))
	if !r.Permitted || r.ConsentID != gA.ConsentID {
		t.Fatalf("check --at RFC 3339: %+v", r)
	}
	out, _, err = e.read(devnet.RolePatient, "consent", "check", "--grantee", agency.Hex(), "--purpose", "CAREMGT", "--action", "use", "--at", fmt.Sprint(mid))
	if want := fmt.Sprintf("permitted at %s: %s could use for CAREMGT by consent %s\n  granted %s (block %d), revoked %s (block %d)\n",
		unixTime(mid), agency.Hex(), gA.ConsentID, unixTime(a.GrantedAt), gA.Block, unixTime(*a.RevokedAt), rv.Block); err != nil || !strings.HasPrefix(out, want) {
		t.Fatalf("check --at (human): %v\n%s\nwant %s", err, out, want)
	}
	// Not for research, not once revoked, not before the devnet existed (2 days ago).
	if r := check("--grantee", agency.Hex(), "--purpose", "HRESCH", "--action", "use", "--at", fmt.Sprint(mid)); r.Permitted || r.Basis != gqlclient.BasisNone {
		t.Fatalf("check research: %+v", r)
	}
	if r := check("--grantee", agency.Hex(), "--purpose", "CAREMGT", "--action", "use", "--at", fmt.Sprint(*a.RevokedAt)); r.Permitted || r.ConsentID != "" {
		t.Fatalf("check at the revocation: %+v", r)
	}
	if r := check("--grantee", agency.Hex(), "--purpose", "CAREMGT", "--action", "use", "--at", "2d"); r.Permitted {
		t.Fatalf("check 2d ago: %+v", r)
	}
	// The GP had no consent for TREAT, but recorded a break-glass access: reported as the basis.
	hdr, err := e.d.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	r = check("--grantee", gp.Hex(), "--purpose", "TREAT", "--action", "access", "--at", fmt.Sprint(hdr.Time))
	if r.Permitted || r.Basis != gqlclient.BasisEmergencyAccess || r.EmergencyAccess == nil || r.EmergencyAccess.Block != em.Block ||
		r.EmergencyAccess.ReasonHash != em.ReasonHash || r.EmergencyAccess.Accessor != gp {
		t.Fatalf("check break-glass: %+v", r)
	}
	out, _, err = e.read("", "consent", "check", "--patient", patient.Hex(), "--grantee", gp.Hex(), "--purpose", "TREAT", "--action", "access",
		"--at", fmt.Sprint(hdr.Time))
	if err != nil || !strings.HasPrefix(out, "not permitted at "+unixTime(hdr.Time)+": no consent of "+patient.Hex()) ||
		!strings.Contains(out, fmt.Sprintf("break-glass: %s recorded emergency access to %s", gp.Hex(), patient.Hex())) ||
		!strings.Contains(out, em.ReasonHash.Hex()) {
		t.Fatalf("check break-glass (human): %v\n%s", err, out)
	}
	// Without --at the chain answers, now.
	var now consentCheckJSON
	out, stderr, err = e.read("", "consent", "check", "--patient", patient.Hex(), "--grantee", gp.Hex(), "--purpose", "CAREMGT", "--action", "access", "--json")
	e.mustJSON(&now, out, stderr, err)
	if !now.Permitted || now.ConsentID != gB.ConsentID {
		t.Fatalf("check now: %+v", now)
	}

	// record history: two versions of a discharge summary, by id and by file.
	dir := t.TempDir()
	v1 := writeFHIR(t, dir, "discharge.json", `{"resourceType":"Composition","id":"discharge-7","status":"preliminary","title":"Discharge summary"}`)
	v2 := writeFHIR(t, dir, "discharge-v2.json", `{"resourceType":"Composition","id":"discharge-7","status":"final","title":"Discharge summary"}`)
	var an1, an2 recordAnchorJSON
	out, stderr, err = e.sign(devnet.RoleTrust, "record", "anchor", v1, "--ods", "RJ1", "--json")
	e.mustJSON(&an1, out, stderr, err)
	out, stderr, err = e.sign(devnet.RoleTrust, "record", "anchor", v2, "--json") // supersedes v1, from the custodian store
	e.mustJSON(&an2, out, stderr, err)
	recordID := an1.Records[0].RecordID
	var rh recordHistoryJSON
	out, stderr, err = e.query("", "record", "history", recordID.Hex(), "--json")
	e.mustJSON(&rh, out, stderr, err)
	if rh.RecordID != recordID || len(rh.Versions) != 2 || rh.Versions[0].ContentHash != an1.Records[0].ContentHash ||
		rh.Versions[0].Supersedes != ([32]byte{}) || rh.Versions[1].ContentHash != an2.Records[0].ContentHash ||
		rh.Versions[1].Supersedes != an1.Records[0].ContentHash || rh.Versions[1].Block != an2.Block || rh.Versions[1].Custodian != trust ||
		rh.Versions[0].Tx != *an1.TxHash {
		t.Fatalf("record history: %+v", rh)
	}
	out, _, err = e.query("", "record", "history", v2)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"record " + recordID.Hex() + ": 2 version(s) (indexed to block",
		"  1  contentHash " + an1.Records[0].ContentHash.Hex() + "\n     first version\n     anchored ",
		"  2  contentHash " + an2.Records[0].ContentHash.Hex() + "\n     supersedes " + an1.Records[0].ContentHash.Hex(),
		fmt.Sprintf("(block %d) by %s, tx %s", an2.Block, trust.Hex(), an2.TxHash.Hex())} {
		if !strings.Contains(out, want) {
			t.Fatalf("record history (human) lacks %q:\n%s", want, out)
		}
	}
	otherID := "0x" + strings.Repeat("5e", 32) // never anchored
	if _, _, err := e.query("", "record", "history", otherID); err == nil || !strings.Contains(err.Error(), "has no version anchored") {
		t.Fatalf("unknown record: %v", err)
	}

	// Failures: GraphQL unreachable (named, with what serves it), bad addresses, times and ids.
	for _, args := range [][]string{
		{"consent", "list", "--patient", patient.Hex()},
		{"guardian", "list", "--patient", patient.Hex()},
		{"dao", "members"},
		{"dao", "proposals"},
		{"record", "history", recordID.Hex()},
	} {
		_, _, err := e.query("", append(args, "--graphql", dead)...)
		if err == nil || !strings.Contains(err.Error(), "no answer from the GraphQL API at "+dead) ||
			!strings.Contains(err.Error(), "`bevan devnet` and `bevan indexer` serve it") || !strings.Contains(err.Error(), "connection refused") {
			t.Fatalf("%v with GraphQL unreachable: %v", args, err)
		}
	}
	if _, _, err := e.read("", "consent", "check", "--patient", patient.Hex(), "--grantee", gp.Hex(), "--purpose", "TREAT", "--action", "access",
		"--at", "1h", "--graphql", dead); err == nil || !strings.Contains(err.Error(), "consent check --at: no answer from the GraphQL API at "+dead) {
		t.Fatalf("check --at with GraphQL unreachable: %v", err)
	}
	for _, bad := range []struct {
		args []string
		want string
	}{
		{[]string{"consent", "list", "--patient", "nobody"}, `--patient "nobody" is not an address`},
		{[]string{"consent", "list", "--grantee", "0x12"}, `--grantee "0x12" is not an address`},
		{[]string{"consent", "list", "--patient", patient.Hex(), "--first", "0"}, "--first 0: want at least 1"},
		{[]string{"consent", "list", "--patient", patient.Hex(), "--all", "--first", "5"}, "--all or --first, not both"},
		{[]string{"consent", "list", "--patient", patient.Hex(), "--after", "not-a-cursor"}, "cursor"},
		{[]string{"consent", "list", patient.Hex()}, "unexpected argument"},
		{[]string{"guardian", "list", "--patient", "0xZZ"}, "is not an address"},
		{[]string{"record", "history", "0x1234"}, "is not a record id"},
		{[]string{"record", "history", "notes.json"}, "notes.json"},
		{[]string{"consent", "check", "--patient", patient.Hex(), "--grantee", gp.Hex(), "--purpose", "TREAT", "--action", "access", "--at", "yesterday"}, "want an RFC 3339 time"},
		{[]string{"consent", "check", "--patient", patient.Hex(), "--grantee", gp.Hex(), "--purpose", "GOSSIP", "--action", "access", "--at", "1h"}, "--purpose"},
	} {
		var err error
		if bad.args[1] == "check" {
			_, _, err = e.read("", bad.args...)
		} else {
			_, _, err = e.query("", bad.args...)
		}
		if err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Fatalf("%v: %v, want %q", bad.args, err, bad.want)
		}
	}
}
