package main

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/bevan-health/bevan/demo"
	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/fhirrecord"
	"github.com/bevan-health/bevan/internal/devnettest"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestDevnetDemoEndToEnd runs the real binary: `bevan devnet --demo` with a kept state directory, checks every step of
// the story through GraphQL over HTTP, stops it with Ctrl-C (SIGINT) and checks that it and its children (anvil,
// redis-server) are gone and their ports free; then runs it again on the kept chain and checks that the index
// resumed where it stopped and the story ran again.
func TestDevnetDemoEndToEnd(t *testing.T) {
	if _, err := devnet.FindAnvil(); err != nil {
		t.Skipf("needs anvil: %v", err)
	}
	if _, err := exec.LookPath("redis-server"); err != nil {
		t.Skip("needs redis-server on PATH (Debian: apt-get install redis-server)")
	}
	began := time.Now()
	bin := devnettest.Bevan(t)
	state, deployments := t.TempDir(), t.TempDir()
	args := func() []string {
		return []string{"devnet", "--demo", "--state", state, "--deployments", deployments,
			"--port", "0", "--relayer.http", "127.0.0.1:0", "--indexer.http", "127.0.0.1:0"}
	}

	// First run: a fresh chain.
	p := startBevan(t, bin, args()...)
	out := p.waitFor(t, "Demo done", 4*time.Minute)
	u := parseSummary(t, out)
	wantIndex := "sqlite://" + filepath.Join(state, "index-901.db")
	if u.index != wantIndex {
		t.Errorf("index %q, want %q (next to --state)", u.index, wantIndex)
	}
	if _, err := deployment.Load(deployment.Path(deployments, 901)); err != nil {
		t.Fatalf("the manifest: %v", err)
	}
	g := &gqlClient{endpoint: u.graphql + "/graphql"}
	first := checkStory(t, g, out, filepath.Join(state, "custodian-RJ1"))
	checkGraphiQL(t, u.graphql)
	var status struct{ IndexerStatus struct{ Indexed uint64 } }
	g.do(t, `{ indexerStatus { indexed } }`, nil, &status)
	indexedBefore := status.IndexerStatus.Indexed
	p.interrupt(t, u)

	// Second run on the kept chain: the index resumes, the story runs again (skipping what is already done).
	p = startBevan(t, bin, args()...)
	out = p.waitFor(t, "Demo done", 4*time.Minute)
	u2 := parseSummary(t, out)
	if u2.index != wantIndex {
		t.Errorf("second run: index %q, want %q", u2.index, wantIndex)
	}
	for _, want := range []string{"already her guardian", "already anchored", "already joined the ICB", "→ 6 consents: 4 active, 2 revoked",
		"the fridge's excursion is recorded already", "→ 1 excursion; #1 at A81001: ", "her pulse oximeter is registered already",
		"Sunrise Home Care signs in and fetches her alert             spo2-low"} {
		if !strings.Contains(out, want) {
			t.Errorf("second run's output lacks %q", want)
		}
	}
	g = &gqlClient{endpoint: u2.graphql + "/graphql"}
	checkResumed(t, g, u2, first, indexedBefore)
	p.interrupt(t, u2)
	t.Logf("end-to-end: two devnet runs with the demo in %s", time.Since(began).Round(time.Millisecond))
}

// storyIDs is what the first run's story left, for the second run's checks.
type storyIDs struct {
	research  string
	revokedTx string
}

// checkStory checks every step of the story through GraphQL, and the demo's printed queries.
func checkStory(t *testing.T, g *gqlClient, out, custodianDir string) storyIDs {
	t.Helper()
	patient, guardian := addr(devnet.RolePatient), addr(devnet.RoleGuardian)
	agency, gp, research, trust := addr(devnet.RoleAgency), addr(devnet.RoleGP), addr(devnet.RoleResearch), addr(devnet.RoleTrust)
	const consentFields = `consentId patient grantee purposes actions expiresAt grantedBy grantedAt grantedTx revoked revokedAt revokedBy revokedTx status`
	type consent struct {
		ConsentID, Patient, Grantee, GrantedBy, GrantedTx, Status string
		Purposes, Actions                                         []string
		ExpiresAt, RevokedAt                                      *int64
		GrantedAt                                                 int64
		Revoked                                                   bool
		RevokedBy, RevokedTx                                      *string
	}
	consentsOf := func(grantee string) []consent {
		var d struct {
			Consents struct {
				TotalCount int
				Edges      []struct{ Node consent }
			}
		}
		g.do(t, `query($p: String!, $g: String!) { consents(where: {patient: {eq: $p}, grantee: {eq: $g}}) { totalCount edges { node { `+consentFields+` } } } }`,
			map[string]any{"p": patient, "g": grantee}, &d)
		if d.Consents.TotalCount != len(d.Consents.Edges) {
			t.Errorf("consents to %s: totalCount %d, %d edges", grantee, d.Consents.TotalCount, len(d.Consents.Edges))
		}
		var cs []consent
		for _, e := range d.Consents.Edges {
			cs = append(cs, e.Node)
		}
		return cs
	}
	sorted := func(s []string) []string { s = slices.Clone(s); slices.Sort(s); return s }

	// 1. Two care-management consents, granted by the patient herself (the relayer only paid), active.
	care := consentsOf(agency)
	if len(care) != 1 {
		t.Fatalf("consents to the care agency: %+v", care)
	}
	c := care[0]
	if c.ConsentID != consentID(patient, agency, 0) || c.Status != "ACTIVE" || c.Revoked || c.GrantedBy != patient ||
		!slices.Equal(sorted(c.Purposes), []string{"CAREMGT", "TREAT"}) || !slices.Equal(sorted(c.Actions), []string{"access", "use"}) {
		t.Errorf("care agency consent: %+v", c)
	}
	if c.ExpiresAt == nil || *c.ExpiresAt-c.GrantedAt < 90*24*3600-300 || *c.ExpiresAt-c.GrantedAt > 90*24*3600 {
		t.Errorf("care agency consent should expire in 90 days: granted %d, expires %v", c.GrantedAt, c.ExpiresAt)
	}
	careID := c.ConsentID
	gpc := consentsOf(gp)
	if len(gpc) != 1 {
		t.Fatalf("consents to the GP: %+v", gpc)
	}
	c = gpc[0]
	if c.ConsentID != consentID(patient, gp, 0) || c.Status != "ACTIVE" || c.GrantedBy != patient || c.ExpiresAt != nil ||
		!slices.Equal(c.Purposes, []string{"CAREMGT"}) || !slices.Equal(c.Actions, []string{"access"}) {
		t.Errorf("GP consent: %+v", c)
	}
	var allowed struct{ ConsentAt struct{ Permitted bool } }
	g.do(t, `query($p: String!, $g: String!, $at: Int!) { consentAt(patient: $p, grantee: $g, purpose: "CAREMGT", action: "use", at: $at) { permitted } }`,
		map[string]any{"p": patient, "g": agency, "at": care[0].GrantedAt + 1}, &allowed)
	if !allowed.ConsentAt.Permitted {
		t.Error("consentAt: the care agency is not permitted care-management use after the grant")
	}

	// 2. The guardian.
	var gs struct {
		Guardians struct {
			TotalCount int
			Edges      []struct {
				Node struct{ Guardian, AppointedTx string }
			}
		}
	}
	g.do(t, `query($p: String!) { guardians(where: {patient: {eq: $p}}) { totalCount edges { node { guardian appointedTx } } } }`,
		map[string]any{"p": patient}, &gs)
	if gs.Guardians.TotalCount != 1 || len(gs.Guardians.Edges) != 1 || gs.Guardians.Edges[0].Node.Guardian != guardian {
		t.Errorf("guardians: %+v", gs)
	}

	// 3. The discharge summary anchored by the trust: its keyed record id and salted content hash are those the
	// hospital's custodian store (kept in the --state directory) holds for the document.
	doc, err := fhirrecord.Parse(demo.DefaultIdentifiers().DischargeSummary())
	if err != nil {
		t.Fatal(err)
	}
	store, _, err := fhirrecord.OpenStore(custodianDir, "RJ1", false)
	if err != nil {
		t.Fatal(err)
	}
	entry, err := store.Lookup(doc)
	if err != nil || entry == nil || entry.VersionOf(doc) == nil {
		t.Fatalf("the demo's custodian store has no anchored discharge summary: %v", err)
	}
	recordID, anchored := entry.RecordID, entry.VersionOf(doc).ContentHash
	var vs struct {
		RecordVersions []struct{ RecordID, ContentHash, Custodian, Supersedes string }
	}
	g.do(t, `query($r: String!) { recordVersions(recordId: $r) { recordId contentHash custodian supersedes } }`,
		map[string]any{"r": recordID.Hex()}, &vs)
	if len(vs.RecordVersions) != 1 {
		t.Fatalf("discharge summary versions: %+v", vs)
	}
	if v := vs.RecordVersions[0]; v.ContentHash != anchored.Hex() || v.Custodian != trust || v.Supersedes != (common.Hash{}).Hex() {
		t.Errorf("discharge summary anchor: %+v, want content hash %s by %s", v, anchored.Hex(), trust)
	}

	// 4. The DAO admitted the care agency: the proposal executed with three votes for, and the member joined in
	// the execution's block.
	var ms struct {
		Members struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					Account, OdsCode, Kind string
					JoinedBlock            int64
					LeftBlock              *int64
				}
			}
		}
	}
	g.do(t, `query($a: String!) { members(where: {account: {eq: $a}}) { totalCount edges { node { account odsCode kind joinedBlock leftBlock } } } }`,
		map[string]any{"a": agency}, &ms)
	if ms.Members.TotalCount != 1 {
		t.Fatalf("the care agency is not a member: %+v", ms)
	}
	mem := ms.Members.Edges[0].Node
	if mem.OdsCode != "8HX39" || mem.Kind != vocab.CareProvider.String() || mem.LeftBlock != nil {
		t.Errorf("new member: %+v", mem)
	}
	var ps struct {
		Proposals struct {
			Edges []struct {
				Node struct {
					ProposalID, Description, Proposer, State        string
					ForVotes, AgainstVotes, AbstainVotes, VoteCount int64
					ExecutedBlock                                   *int64
					Votes                                           struct {
						TotalCount int
						Edges      []struct {
							Node struct {
								Voter   string
								Support int
							}
						}
					}
				}
			}
		}
	}
	g.do(t, `{ proposals(first: 10) { edges { node { proposalId description proposer state forVotes againstVotes abstainVotes voteCount executedBlock
		votes(first: 10) { totalCount edges { node { voter support } } } } } } }`, nil, &ps)
	// Two proposals: the admission, then the approval of the council's data-access request (demo/access.go).
	if len(ps.Proposals.Edges) != 2 || !strings.Contains(ps.Proposals.Edges[1].Node.Description, "Approve data-access request") ||
		ps.Proposals.Edges[1].Node.State != "EXECUTED" {
		t.Fatalf("proposals: %+v", ps)
	}
	if !strings.Contains(out, "refused, not_approved") || !strings.Contains(out, "the endpoint anchors release 1") ||
		!regexp.MustCompile(`HRESCH\s+suppressed`).MatchString(out) {
		t.Errorf("the demo's data-access part is missing from its output")
	}
	prop := ps.Proposals.Edges[0].Node
	if !strings.Contains(prop.Description, "Admit Sunrise Home Care") || prop.Proposer != trust || prop.State != "EXECUTED" ||
		prop.ForVotes != 3 || prop.AgainstVotes != 0 || prop.AbstainVotes != 0 || prop.VoteCount != 3 {
		t.Errorf("admission proposal: %+v", prop)
	}
	if prop.ExecutedBlock == nil || *prop.ExecutedBlock != mem.JoinedBlock {
		t.Errorf("the member joined in block %d, the proposal executed in %v", mem.JoinedBlock, prop.ExecutedBlock)
	}
	var voters []string
	for _, e := range prop.Votes.Edges {
		if e.Node.Support != 1 {
			t.Errorf("vote %+v is not for", e.Node)
		}
		voters = append(voters, e.Node.Voter)
	}
	if want := []string{addr(devnet.RoleCouncil), gp, trust}; prop.Votes.TotalCount != 3 || !slices.Equal(sorted(voters), sorted(want)) {
		t.Errorf("voters %v, want %v", voters, want)
	}

	// 5. The research consent: granted by the patient, revoked by the guardian; history has both.
	rs := consentsOf(research)
	if len(rs) != 1 {
		t.Fatalf("consents to the trial sponsor: %+v", rs)
	}
	rc := rs[0]
	if rc.ConsentID != consentID(patient, research, 0) || rc.Status != "REVOKED" || !rc.Revoked || rc.GrantedBy != patient ||
		rc.RevokedBy == nil || *rc.RevokedBy != guardian || rc.RevokedAt == nil || rc.RevokedTx == nil ||
		!slices.Equal(sorted(rc.Purposes), []string{"CLINTRL", "HRESCH"}) || !slices.Equal(sorted(rc.Actions), []string{"disclose", "use"}) {
		t.Fatalf("research consent: %+v", rc)
	}
	var h struct {
		ConsentHistory []struct {
			Kind, By, Tx string
			At           int64
		}
	}
	g.do(t, `query($id: String!) { consentHistory(consentId: $id) { kind by at tx } }`, map[string]any{"id": rc.ConsentID}, &h)
	if len(h.ConsentHistory) != 2 || h.ConsentHistory[0].Kind != "granted" || h.ConsentHistory[0].By != patient || h.ConsentHistory[0].Tx != rc.GrantedTx ||
		h.ConsentHistory[1].Kind != "revoked" || h.ConsentHistory[1].By != guardian || h.ConsentHistory[1].Tx != *rc.RevokedTx {
		t.Errorf("research consent history: %+v", h)
	}

	// 6. The consent audit: permitted between grant and revocation, not before, not from the revocation on.
	if *rc.RevokedAt <= rc.GrantedAt {
		t.Fatalf("research consent revoked at %d, granted at %d: no time in between to audit", *rc.RevokedAt, rc.GrantedAt)
	}
	audit := func(at int64) (bool, string) {
		var d struct {
			ConsentAt struct {
				Permitted bool
				Consent   *struct{ ConsentID string }
			}
		}
		g.do(t, `query($p: String!, $g: String!, $at: Int!) { consentAt(patient: $p, grantee: $g, purpose: "CLINTRL", action: "use", at: $at) { permitted consent { consentId } } }`,
			map[string]any{"p": patient, "g": research, "at": at}, &d)
		if d.ConsentAt.Consent == nil {
			return d.ConsentAt.Permitted, ""
		}
		return d.ConsentAt.Permitted, d.ConsentAt.Consent.ConsentID
	}
	mid := rc.GrantedAt + (*rc.RevokedAt-rc.GrantedAt)/2
	if ok, id := audit(mid); !ok || id != rc.ConsentID {
		t.Errorf("consentAt(%d), between grant (%d) and revocation (%d): permitted %v by %q", mid, rc.GrantedAt, *rc.RevokedAt, ok, id)
	}
	for _, at := range []int64{rc.GrantedAt - 1, *rc.RevokedAt, *rc.RevokedAt + 3600} {
		if ok, _ := audit(at); ok {
			t.Errorf("consentAt(%d): permitted (granted %d, revoked %d)", at, rc.GrantedAt, *rc.RevokedAt)
		}
	}

	// 7. FHIR R4 export.
	type fhirConsent struct {
		Consent struct {
			FHIR struct {
				ResourceType, Status string
				Patient              struct {
					Identifier struct{ System, Value string }
				}
				Provision struct {
					Type    string
					Purpose []struct{ System, Code string }
					Action  []struct{ Coding []struct{ Code string } }
				}
			} `json:"fhir"`
		}
	}
	var fc fhirConsent
	g.do(t, `query($id: String!) { consent(consentId: $id) { fhir } }`, map[string]any{"id": careID}, &fc)
	f := fc.Consent.FHIR
	var purposes []string
	for _, p := range f.Provision.Purpose {
		if p.System != vocab.PurposeSystem {
			t.Errorf("purpose %s from system %s", p.Code, p.System)
		}
		purposes = append(purposes, p.Code)
	}
	// The patient is identified by her wallet address as a CAIP-10 account id on the devnet's chain (fhirconsent).
	if f.ResourceType != "Consent" || f.Status != "active" || f.Patient.Identifier.System != "https://chainagnostic.org/CAIPs/caip-10" ||
		f.Patient.Identifier.Value != "eip155:901:"+devnet.DevAddress(devnet.RolePatient).Hex() || f.Provision.Type != "permit" ||
		!slices.Equal(sorted(purposes), []string{"CAREMGT", "TREAT"}) || len(f.Provision.Action) != 2 {
		t.Errorf("FHIR consent: %+v", f)
	}
	g.do(t, `query($id: String!) { consent(consentId: $id) { fhir } }`, map[string]any{"id": rc.ConsentID}, &fc)
	if fc.Consent.FHIR.Status != "inactive" {
		t.Errorf("FHIR status of the revoked research consent: %q", fc.Consent.FHIR.Status)
	}

	// The demo printed the queries with the real ids, each with its result, and a curl example.
	if strings.Contains(out, "✗") {
		t.Errorf("a printed query failed:\n%s", out)
	}
	if n := strings.Count(out, "\n  → "); n != 11 {
		t.Errorf("%d result lines, want one per query (11)", n)
	}
	for _, want := range []string{"→ 3 consents: 2 active, 1 revoked", `consentHistory(consentId: "` + rc.ConsentID + `")`,
		`consent(consentId: "` + careID + `")`, `recordVersions(recordId: "` + recordID.Hex() + `")`, `proposal(proposalId: "` + prop.ProposalID + `")`,
		"→ permitted, by consent", "→ not permitted", "→ EXECUTED, 3 for / 0 against / 0 abstain", "curl -s " + g.endpoint, "GraphiQL is at ",
		// the cold chain: the excursion in GraphQL with its peak and lots, and a reading at the peak proven on chain
		"→ 1 excursion; #1 at A81001: ", "peak 9.50 °C, lots FLU-2026-118, MMR-77A", "→ Cold-store temperature sensor at A81001, registered by gp, active",
		"$ bevan telemetry verify --proof ", "verified: Room temperature 9.5 Cel",
		// the virtual ward: the dip's alert fetched by the permitted care agency, the council refused
		"Sunrise Home Care signs in and fetches her alert             spo2-low", "refused: not_permitted",
		"the gateway anchors her readings with the alert as a leaf"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q", want)
		}
	}
	return storyIDs{research: rc.ConsentID, revokedTx: *rc.RevokedTx}
}

// checkResumed checks the second run: the index kept the first run (no rollback) and indexed only the new blocks.
func checkResumed(t *testing.T, g *gqlClient, u summaryURLs, first storyIDs, indexedBefore uint64) {
	t.Helper()
	var d struct {
		Consent *struct {
			Status    string
			RevokedTx *string
		}
		IndexerStatus struct{ Indexed uint64 }
	}
	g.do(t, `query($id: String!) { consent(consentId: $id) { status revokedTx } indexerStatus { indexed } }`, map[string]any{"id": first.research}, &d)
	if d.Consent == nil || d.Consent.Status != "REVOKED" || d.Consent.RevokedTx == nil || *d.Consent.RevokedTx != first.revokedTx {
		t.Errorf("the first run's research consent after the restart: %+v", d.Consent)
	}
	metrics := httpGet(t, u.graphql+"/metrics", "")
	blocks, reorgs := metric(t, metrics, "bevan_indexer_blocks_total"), metric(t, metrics, "bevan_indexer_reorgs_total")
	if reorgs != 0 {
		t.Errorf("the index rolled back %v times on the kept chain", reorgs)
	}
	if blocks <= 0 || uint64(blocks) > d.IndexerStatus.Indexed-indexedBefore {
		t.Errorf("the second run indexed %v blocks; resuming from block %d to %d needs at most %d", blocks, indexedBefore, d.IndexerStatus.Indexed,
			d.IndexerStatus.Indexed-indexedBefore)
	}
}

func checkGraphiQL(t *testing.T, base string) {
	t.Helper()
	if page := httpGet(t, base+"/", "text/html"); !strings.Contains(strings.ToLower(page), "graphiql") {
		t.Errorf("GET / in a browser is not GraphiQL:\n%.300s", page)
	}
}

// consentID is ConsentRegistry's id of a slot's first consent: keccak256(abi.encodePacked(patient, grantee,
// uint16(index))) with its low 16 bits (the slot's generation) zero, as the API writes it.
func consentID(patient, grantee string, index uint16) string {
	b := append(common.HexToAddress(patient).Bytes(), common.HexToAddress(grantee).Bytes()...)
	b = binary.BigEndian.AppendUint16(b, index)
	h := crypto.Keccak256Hash(b)
	h[30], h[31] = 0, 0
	return h.Hex()
}

func addr(role string) string { return strings.ToLower(devnet.DevAddress(role).Hex()) }

// gqlClient posts GraphQL queries over plain HTTP.
type gqlClient struct{ endpoint string }

func (g *gqlClient) do(t *testing.T, query string, vars map[string]any, out any) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	devnettest.GraphQL(ctx, t, g.endpoint, query, vars, out)
}

func httpGet(t *testing.T, url, accept string) string {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: HTTP %d, %v", url, resp.StatusCode, err)
	}
	return string(raw)
}

// metric reads an unlabelled metric from a Prometheus text exposition.
func metric(t *testing.T, text, name string) float64 {
	t.Helper()
	for line := range strings.SplitSeq(text, "\n") {
		if v, ok := strings.CutPrefix(line, name+" "); ok {
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil {
				t.Fatalf("%s: %v", line, err)
			}
			return f
		}
	}
	t.Fatalf("no metric %s", name)
	return 0
}

// summaryURLs is what the devnet's summary says about where things run.
type summaryURLs struct {
	rpcPort, relayerPort, redisPort, graphqlPort int
	graphql                                      string // http://host:port
	index                                        string
}

func parseSummary(t *testing.T, out string) summaryURLs {
	t.Helper()
	find := func(re string) []string {
		m := regexp.MustCompile(re).FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("summary lacks %s:\n%s", re, out)
		}
		return m
	}
	port := func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	var u summaryURLs
	u.rpcPort = port(find(`(?m)^  RPC +http://127\.0\.0\.1:(\d+)$`)[1])
	r := find(`(?m)^  relayer +http://127\.0\.0\.1:(\d+) .*Redis redis://127\.0\.0\.1:(\d+)/`)
	u.relayerPort, u.redisPort = port(r[1]), port(r[2])
	gq := find(`(?m)^  graphql +(http://127\.0\.0\.1:(\d+))/graphql +\(GraphiQL at (http://\S+)/\)$`)
	u.graphql, u.graphqlPort = gq[1], port(gq[2])
	if gq[3] != gq[1] {
		t.Errorf("GraphiQL at %s, GraphQL at %s", gq[3], gq[1])
	}
	u.index = find(`(?m)^  index +(\S+)$`)[1]
	return u
}

// bevanProc is a running bevan child process with its output collected.
type bevanProc struct {
	cmd    *exec.Cmd
	mu     sync.Mutex
	out    strings.Builder
	stderr *os.File
	update chan struct{} // signalled on every line of stdout
	exited chan struct{}
	err    error // set before exited is closed
}

func startBevan(t *testing.T, bin string, args ...string) *bevanProc {
	t.Helper()
	stderr, err := os.CreateTemp(t.TempDir(), "stderr-")
	if err != nil {
		t.Fatal(err)
	}
	p := &bevanProc{cmd: exec.Command(bin, args...), stderr: stderr, update: make(chan struct{}, 1), exited: make(chan struct{})}
	p.cmd.Stderr = stderr
	stdout, err := p.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			p.mu.Lock()
			p.out.WriteString(sc.Text() + "\n")
			p.mu.Unlock()
			select {
			case p.update <- struct{}{}:
			default:
			}
		}
	}()
	go func() {
		<-done // all of stdout read before Wait closes the pipe
		p.err = p.cmd.Wait()
		close(p.exited)
	}()
	t.Cleanup(func() {
		select {
		case <-p.exited:
		default:
			_ = p.cmd.Process.Kill() // its children follow (parent-death signal)
			<-p.exited
		}
	})
	return p
}

func (p *bevanProc) output() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.out.String()
}

func (p *bevanProc) stderrTail() string {
	raw, _ := os.ReadFile(p.stderr.Name())
	if len(raw) > 4000 {
		raw = raw[len(raw)-4000:]
	}
	return string(raw)
}

// waitFor waits until stdout contains want, and fails if the process exits or the timeout passes first.
func (p *bevanProc) waitFor(t *testing.T, want string, timeout time.Duration) string {
	t.Helper()
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		if out := p.output(); strings.Contains(out, want) {
			return out
		}
		select {
		case <-p.update:
		case <-p.exited:
			if out := p.output(); strings.Contains(out, want) {
				return out
			}
			t.Fatalf("bevan exited (%v) before %q:\n%s\nstderr:\n%s", p.err, want, p.output(), p.stderrTail())
		case <-deadline.C:
			t.Fatalf("no %q within %s:\n%s\nstderr:\n%s", want, timeout, p.output(), p.stderrTail())
		}
	}
}

// interrupt sends Ctrl-C and checks that bevan exits cleanly, its children (anvil, redis-server) are gone, and
// every port it used is free.
func (p *bevanProc) interrupt(t *testing.T, u summaryURLs) {
	t.Helper()
	children := childProcesses(t, p.cmd.Process.Pid)
	var names []string
	for _, c := range children {
		names = append(names, c.comm)
	}
	slices.Sort(names)
	if !slices.Equal(names, []string{"anvil", "redis-server"}) {
		t.Errorf("children of bevan: %v, want anvil and redis-server", names)
	}
	if err := p.cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case <-p.exited:
		if p.err != nil {
			t.Fatalf("bevan exited with %v after Ctrl-C:\n%s", p.err, p.stderrTail())
		}
	case <-time.After(45 * time.Second):
		t.Fatalf("bevan did not stop within 45s of Ctrl-C:\n%s", p.stderrTail())
	}
	deadline := time.Now().Add(15 * time.Second)
	for _, c := range children {
		for processAlive(c.pid, c.comm) {
			if time.Now().After(deadline) {
				t.Fatalf("%s (pid %d) still runs after bevan stopped", c.comm, c.pid)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	for _, port := range []int{u.rpcPort, u.relayerPort, u.redisPort, u.graphqlPort} {
		for {
			l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(port))
			if err == nil {
				l.Close()
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("port %d still held after bevan stopped: %v", port, err)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
}

type proc struct {
	pid  int
	comm string
}

// childProcesses lists the processes whose parent is pid (from /proc).
func childProcesses(t *testing.T, pid int) []proc {
	t.Helper()
	entries, err := os.ReadDir("/proc")
	if err != nil {
		t.Skipf("no /proc to list child processes: %v", err)
	}
	var out []proc
	for _, e := range entries {
		n, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		comm, ppid, _, err := procStat(n)
		if err == nil && ppid == pid {
			out = append(out, proc{pid: n, comm: comm})
		}
	}
	return out
}

// processAlive reports whether pid still runs the program comm (not gone, not a zombie).
func processAlive(pid int, comm string) bool {
	c, _, state, err := procStat(pid)
	return err == nil && c == comm && state != "Z"
}

// procStat reads a process's name, parent and state from /proc/<pid>/stat.
func procStat(pid int) (comm string, ppid int, state string, err error) {
	raw, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
	if err != nil {
		return "", 0, "", err
	}
	s := string(raw)
	open, closing := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
	if open < 0 || closing < open {
		return "", 0, "", errors.New("unexpected stat format")
	}
	fields := strings.Fields(s[closing+1:])
	if len(fields) < 2 {
		return "", 0, "", errors.New("unexpected stat format")
	}
	ppid, err = strconv.Atoi(fields[1])
	return s[open+1 : closing], ppid, fields[0], err
}
