package graphql_test

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func addr(n byte) common.Address  { return common.BytesToAddress([]byte{n}) }
func hash(s string) common.Hash   { return crypto.Keccak256Hash([]byte(s)) }
func low(a common.Address) string { return strings.ToLower(a.Hex()) }

func meta(block uint64, log uint) store.Meta {
	return store.Meta{Block: block, LogIndex: log, TxHash: hash(fmt.Sprint("tx", block, log)), BlockTime: 1_700_000_000 + block*2}
}

var (
	patient, grantee, guardian = addr(1), addr(2), addr(3)
	trust, gp                  = addr(9), addr(8)
	registry                   = addr(0xcc) // the ConsentRegistry, named in the FHIR resources
)

const chainID = 901

// chainEvents: consents c1 (TREAT+CAREMGT, access+use, no expiry) at 11, revoked at 14; c2 (HRESCH, collect,
// expiring at block 20's time) at 12; a proposal at 12 (voting 13..23) with votes at 14 and 15; anchors of one record
// in two versions; an emergency access; a forwarded meta-transaction.
func chainEvents() map[uint64][]store.Event {
	c1, c2, prop := hash("c1"), hash("c2"), hash("p1")
	return map[uint64][]store.Event{
		10: {
			&store.MemberAdded{Meta: meta(10, 0), Account: trust, OdsCode: "RJ1", Kind: 1, JoinedAt: 10},
			&store.MemberAdded{Meta: meta(10, 1), Account: gp, OdsCode: "A81001", Kind: 2, JoinedAt: 10},
			&store.QuorumNumeratorUpdated{Meta: meta(10, 2), Numerator: 50},
		},
		11: {
			&store.ConsentGranted{Meta: meta(11, 0), ConsentID: c1, Patient: patient, Grantee: grantee, Purposes: 0b101, Actions: 0b110, Scope: hash("s"), By: patient},
			&store.GuardianAppointed{Meta: meta(11, 1), Patient: patient, Guardian: guardian},
		},
		12: {
			&store.ConsentGranted{Meta: meta(12, 0), ConsentID: c2, Patient: patient, Grantee: grantee, Purposes: 0b1000, Actions: 1, ExpiresAt: 1_700_000_040, Scope: hash("s2"), By: guardian},
			&store.ProposalCreated{Meta: meta(12, 1), ProposalID: prop, Proposer: trust, Targets: []common.Address{addr(7)}, Values: []*big.Int{big.NewInt(0)}, Signatures: []string{""}, Calldatas: [][]byte{{1, 2}}, VoteStart: 13, VoteEnd: 16, Description: "admit agency"},
		},
		14: {
			&store.VoteCast{Meta: meta(14, 0), ProposalID: prop, Voter: trust, Support: 1, Weight: big.NewInt(1)},
			&store.ConsentRevoked{Meta: meta(14, 1), ConsentID: c1, Patient: patient, Grantee: grantee, RevokedAt: 1_700_000_028, By: patient},
			&store.EmergencyAccess{Meta: meta(14, 2), Patient: patient, Accessor: gp, ReasonHash: hash("r"), At: 1_700_000_028},
		},
		15: {
			&store.VoteCast{Meta: meta(15, 0), ProposalID: prop, Voter: gp, Support: 1, Weight: big.NewInt(1), Reason: "yes"},
			&store.RecordAnchored{Meta: meta(15, 1), RecordID: hash("rec"), ContentHash: hash("v1"), Custodian: trust, AnchoredAt: 1_700_000_030},
		},
		16: {
			&store.RecordAnchored{Meta: meta(16, 0), RecordID: hash("rec"), ContentHash: hash("v2"), Custodian: trust, Supersedes: hash("v1"), AnchoredAt: 1_700_000_032},
			&store.BatchAnchored{Meta: meta(16, 1), Root: hash("root"), Custodian: trust, LeafCount: 5, URI: "ipfs://x", AnchoredAt: 1_700_000_032},
			&store.ForwardExecuted{Meta: meta(16, 2), Signer: patient, Nonce: big.NewInt(0), Success: true},
			&store.ContractEvent{Meta: meta(16, 3), Contract: "BevanTimelock", Address: addr(6), Event: "CallScheduled",
				Args: `{"delay":"60","id":"0x01","index":"0","predecessor":"0x00","target":"0x07","value":"0"}`},
		},
	}
}

func commit(t testing.TB, st store.Store, from, to uint64, listener interface {
	Committed(context.Context, *store.Batch)
}) {
	t.Helper()
	evs := chainEvents()
	for n := from; n <= to; n++ {
		b := &store.Batch{From: n, Events: evs[n], Checkpoint: store.Checkpoint{Number: n, Hash: hash(fmt.Sprint("b", n))},
			Blocks: []store.Block{{Number: n, Hash: hash(fmt.Sprint("b", n)), ParentHash: hash(fmt.Sprint("b", n-1)), Time: 1_700_000_000 + n*2}}}
		if err := st.Commit(context.Background(), b); err != nil {
			t.Fatal(err)
		}
		if listener != nil {
			listener.Committed(context.Background(), b)
		}
	}
}

type env struct {
	st  store.Store
	srv *graphql.Server
	c   *client.Client
	url string
}

func newEnv(t *testing.T, kind string, cfg graphql.ServerConfig) *env {
	t.Helper()
	st := storetest.Open(t, storetest.URL(t, kind))
	if cfg.ChainID == 0 {
		cfg.ChainID, cfg.ConsentRegistry = chainID, registry
	}
	srv := graphql.New(st, cfg, func() (uint64, bool) { return 30, true })
	hs := httptest.NewServer(srv.Handler())
	t.Cleanup(hs.Close)
	return &env{st: st, srv: srv, c: client.New(srv.Handler(), client.Path("/graphql")), url: hs.URL}
}

func (e *env) query(t *testing.T, q string, out any) {
	t.Helper()
	if err := e.c.Post(q, out); err != nil {
		t.Fatalf("%s\n: %v", q, err)
	}
}

// walkConsents reads consents(where) in pages of first, following each page's endCursor until hasNextPage is false;
// it fails the test when a consent shows on two pages (or a page is empty but says more follow) and returns the
// consent ids seen. where is the filter's text with a trailing comma and space, or "".
func (e *env) walkConsents(t *testing.T, where string, first int) map[string]bool {
	t.Helper()
	seen, after := map[string]bool{}, ""
	for {
		var p struct {
			Consents struct {
				Edges []struct {
					Cursor string
					Node   struct{ ConsentID string }
				}
				PageInfo struct {
					HasNextPage bool
					EndCursor   string
				}
			}
		}
		e.query(t, fmt.Sprintf(`{ consents(%sfirst: %d%s) { edges { cursor node { consentId } } pageInfo { hasNextPage endCursor } } }`,
			where, first, after), &p)
		for _, ed := range p.Consents.Edges {
			if seen[ed.Node.ConsentID] {
				t.Fatalf("consent %s on two pages", ed.Node.ConsentID)
			}
			seen[ed.Node.ConsentID] = true
		}
		if !p.Consents.PageInfo.HasNextPage {
			return seen
		}
		if len(p.Consents.Edges) == 0 {
			t.Fatalf("an empty page of consents(%sfirst: %d%s) says more follow", where, first, after)
		}
		after = fmt.Sprintf(", after: %q", p.Consents.PageInfo.EndCursor)
	}
}

func TestQueries(t *testing.T) {
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			e := newEnv(t, kind, graphql.DefaultServerConfig())
			commit(t, e.st, 9, 20, nil)

			var consents struct {
				Consents struct {
					TotalCount int
					Edges      []struct {
						Cursor string
						Node   struct {
							ConsentID, Status string
							Purposes, Actions []string
							History           []struct{ Kind string }
						}
					}
					PageInfo struct {
						HasNextPage bool
						EndCursor   string
					}
				}
			}
			q := fmt.Sprintf(`{ consents(where: {patient: {eq: %q}}, orderBy: {field: GRANTED_BLOCK, direction: ASC}) {
				totalCount edges { cursor node { consentId status purposes actions history { kind } } } pageInfo { hasNextPage endCursor } } }`, patient.Hex())
			e.query(t, q, &consents)
			got := consents.Consents
			if got.TotalCount != 2 || len(got.Edges) != 2 || got.PageInfo.HasNextPage {
				t.Fatalf("consents: %+v", got)
			}
			c1, c2 := got.Edges[0].Node, got.Edges[1].Node
			if c1.ConsentID != hash("c1").Hex() || c1.Status != "REVOKED" || len(c1.History) != 2 ||
				strings.Join(c1.Purposes, ",") != "TREAT,CAREMGT" || strings.Join(c1.Actions, ",") != "access,use" {
				t.Fatalf("c1: %+v", c1)
			}
			if c2.Status != "EXPIRED" { // expired long before now
				t.Fatalf("c2 status %s, want EXPIRED", c2.Status)
			}

			// time travel: as of block 13, c1 is active and c2 is active (expires at block 20's time)
			var past struct {
				Consents struct {
					Edges []struct {
						Node struct{ ConsentID, Status string }
					}
				}
			}
			e.query(t, `{ consents(block: {number: 13}, where: {status: ACTIVE}) { edges { node { consentId status } } } }`, &past)
			if len(past.Consents.Edges) != 2 {
				t.Fatalf("active consents at block 13: %+v", past)
			}
			e.query(t, `{ consents(block: {number: 19}, where: {status: EXPIRED}) { edges { node { consentId status } } } }`, &past)
			if len(past.Consents.Edges) != 0 {
				t.Fatalf("expired consents at block 19: %+v", past)
			}
			e.query(t, `{ consents(block: {number: 20}, where: {status: EXPIRED}) { edges { node { consentId status } } } }`, &past)
			if len(past.Consents.Edges) != 1 || past.Consents.Edges[0].Node.ConsentID != hash("c2").Hex() {
				t.Fatalf("expired consents at block 20: %+v", past)
			}
			// filters: purpose, action, in, comparisons
			e.query(t, `{ consents(where: {purpose: "HRESCH", action: "collect", grantedBlock: {gte: 12, in: [12, 13]}}) { edges { node { consentId status } } } }`, &past)
			if len(past.Consents.Edges) != 1 || past.Consents.Edges[0].Node.ConsentID != hash("c2").Hex() {
				t.Fatalf("filtered consents: %+v", past)
			}
			// pagination: one per page
			var page struct {
				Consents struct {
					Edges    []struct{ Node struct{ ConsentID string } }
					PageInfo struct {
						HasNextPage bool
						EndCursor   string
					}
				}
			}
			e.query(t, `{ consents(first: 1) { edges { node { consentId } } pageInfo { hasNextPage endCursor } } }`, &page)
			if !page.Consents.PageInfo.HasNextPage || len(page.Consents.Edges) != 1 {
				t.Fatalf("page 1: %+v", page)
			}
			first := page.Consents.Edges[0].Node.ConsentID
			e.query(t, fmt.Sprintf(`{ consents(first: 1, after: %q) { edges { node { consentId } } pageInfo { hasNextPage endCursor } } }`, page.Consents.PageInfo.EndCursor), &page)
			if page.Consents.PageInfo.HasNextPage || len(page.Consents.Edges) != 1 || page.Consents.Edges[0].Node.ConsentID == first {
				t.Fatalf("page 2: %+v", page)
			}

			// consent audit
			var at struct {
				ConsentAt struct {
					Permitted       bool
					Basis           string
					Consent         *struct{ ConsentID, Status string }
					EmergencyAccess *struct{ Accessor string }
				}
			}
			audit := func(who common.Address, purpose, action string, when int64) {
				t.Helper()
				at.ConsentAt.Consent, at.ConsentAt.EmergencyAccess = nil, nil
				e.query(t, fmt.Sprintf(`{ consentAt(patient: %q, grantee: %q, purpose: %q, action: %q, at: %d) { permitted basis consent { consentId status } emergencyAccess { accessor } } }`,
					patient.Hex(), who.Hex(), purpose, action, when), &at)
			}
			audit(grantee, "TREAT", "use", 1_700_000_022) // block 11 = ...022: granted then
			// c1 is revoked now, but was active at the time asked about
			if !at.ConsentAt.Permitted || at.ConsentAt.Consent.ConsentID != hash("c1").Hex() || at.ConsentAt.Basis != "CONSENT" ||
				at.ConsentAt.Consent.Status != "ACTIVE" {
				t.Fatalf("consentAt while granted: %+v", at)
			}
			audit(grantee, "TREAT", "use", 1_700_000_021)
			if at.ConsentAt.Permitted || at.ConsentAt.Basis != "NONE" || at.ConsentAt.Consent != nil {
				t.Fatalf("consentAt before the grant: %+v", at)
			}
			audit(grantee, "TREAT", "use", 1_700_000_028) // revoked at ...028
			if at.ConsentAt.Permitted {
				t.Fatal("consentAt at the revocation: permitted")
			}
			audit(grantee, "TREAT", "collect", 1_700_000_025)
			if at.ConsentAt.Permitted {
				t.Fatal("consentAt for an action not granted: permitted")
			}
			audit(grantee, "HRESCH", "collect", 1_700_000_039)
			if !at.ConsentAt.Permitted {
				t.Fatal("consentAt before expiry: not permitted")
			}
			audit(grantee, "HRESCH", "collect", 1_700_000_040)
			if at.ConsentAt.Permitted {
				t.Fatal("consentAt at expiry: permitted")
			}
			// break-glass: the GP recorded emergency access at ...028; it covers the next 24 hours, not the time before
			audit(gp, "ETREAT", "access", 1_700_000_100)
			if at.ConsentAt.Permitted || at.ConsentAt.Basis != "EMERGENCY_ACCESS" || at.ConsentAt.EmergencyAccess == nil ||
				at.ConsentAt.EmergencyAccess.Accessor != low(gp) {
				t.Fatalf("consentAt for the emergency accessor: %+v", at)
			}
			audit(gp, "ETREAT", "access", 1_700_000_027)
			if at.ConsentAt.Basis != "NONE" || at.ConsentAt.EmergencyAccess != nil {
				t.Fatalf("consentAt before the emergency access: %+v", at)
			}
			audit(gp, "ETREAT", "access", 1_700_000_028+24*3600)
			if at.ConsentAt.Basis != "NONE" || at.ConsentAt.EmergencyAccess != nil {
				t.Fatalf("consentAt 24 hours after the emergency access: %+v", at)
			}
			// the grantee holding a consent also has its basis named as CONSENT, not emergency access
			audit(grantee, "HRESCH", "collect", 1_700_000_030)
			if !at.ConsentAt.Permitted || at.ConsentAt.Basis != "CONSENT" || at.ConsentAt.Consent.ConsentID != hash("c2").Hex() {
				t.Fatalf("consentAt by consent: %+v", at)
			}

			// governance: state and tallies as of blocks
			var gov struct {
				Proposal struct {
					State               string
					ForVotes, VoteCount int
					Quorum              int
					Votes               struct{ TotalCount int }
				}
			}
			for _, tc := range []struct {
				block      int
				state      string
				forV, nvts int
			}{{12, "PENDING", 0, 0}, {14, "ACTIVE", 1, 1}, {16, "ACTIVE", 2, 2}, {17, "SUCCEEDED", 2, 2}} {
				e.query(t, fmt.Sprintf(`{ proposal(proposalId: %q, block: {number: %d}) { state forVotes voteCount quorum votes { totalCount } } }`,
					hash("p1").Hex(), tc.block), &gov)
				if gov.Proposal.State != tc.state || gov.Proposal.ForVotes != tc.forV || gov.Proposal.Votes.TotalCount != tc.nvts || gov.Proposal.Quorum != 1 {
					t.Fatalf("proposal at block %d: %+v, want %s with %d for", tc.block, gov.Proposal, tc.state, tc.forV)
				}
			}
			var votes struct {
				Votes struct {
					Edges []struct {
						Node struct{ Voter, Reason string }
					}
				}
			}
			e.query(t, fmt.Sprintf(`{ votes(where: {voter: {eq: %q}}) { edges { node { voter reason } } } }`, gp.Hex()), &votes)
			if len(votes.Votes.Edges) != 1 || votes.Votes.Edges[0].Node.Reason != "yes" {
				t.Fatalf("votes by member: %+v", votes)
			}

			// anchors, version chain, batches, meta-transactions, members, guardians, status
			var misc struct {
				RecordVersions []struct{ ContentHash, Supersedes string }
				Anchors        struct{ TotalCount int }
				Batches        struct {
					Edges []struct{ Node struct{ LeafCount int } }
				}
				MetaTransactions struct {
					Edges []struct{ Node struct{ Signer string } }
				}
				Members   struct{ TotalCount int }
				Guardians struct {
					Edges []struct{ Node struct{ Guardian string } }
				}
				EmergencyAccesses struct{ TotalCount int }
				ContractEvents    struct {
					TotalCount int
					Edges      []struct {
						Node struct {
							Contract, Event string
							Args            map[string]any
							Block           int
						}
					}
				}
				IndexerStatus struct{ Indexed, Head, Lag int }
				Mine, Others  []struct{ ContentHash string }
			}
			// A record is its custodian's: recordVersions with the custodian keeps its anchors (any case), and
			// another custodian has none of them.
			e.query(t, fmt.Sprintf(`{ recordVersions(recordId: %q) { contentHash supersedes }
				mine: recordVersions(recordId: %[1]q, custodian: %q) { contentHash }
				others: recordVersions(recordId: %[1]q, custodian: %[3]q) { contentHash }
				anchors(where: {custodian: {eq: %q}, contentHash: {eq: %q}}) { totalCount }
				batches { edges { node { leafCount } } } metaTransactions(where: {success: true}) { edges { node { signer } } }
				members(where: {current: true}) { totalCount } guardians(where: {patient: {eq: %q}}) { edges { node { guardian } } }
				emergencyAccesses(where: {accessor: {in: [%q]}}) { totalCount }
				contractEvents(where: {contract: {eq: "BevanTimelock"}, event: {in: ["CallScheduled", "CallExecuted"]}}) { totalCount edges { node { contract event args block } } }
				indexerStatus { indexed head lag } }`, hash("rec").Hex(), "0x"+strings.ToUpper(trust.Hex()[2:]), gp.Hex(),
				trust.Hex(), hash("v2").Hex(), patient.Hex(), gp.Hex()), &misc)
			if len(misc.Mine) != 2 || misc.Mine[1].ContentHash != hash("v2").Hex() || len(misc.Others) != 0 {
				t.Fatalf("recordVersions by custodian: %+v, others %+v", misc.Mine, misc.Others)
			}
			if len(misc.RecordVersions) != 2 || misc.RecordVersions[1].Supersedes != hash("v1").Hex() || misc.Anchors.TotalCount != 1 ||
				len(misc.Batches.Edges) != 1 || misc.Batches.Edges[0].Node.LeafCount != 5 || len(misc.MetaTransactions.Edges) != 1 ||
				misc.Members.TotalCount != 2 || len(misc.Guardians.Edges) != 1 || misc.Guardians.Edges[0].Node.Guardian != low(guardian) ||
				misc.EmergencyAccesses.TotalCount != 1 || misc.IndexerStatus.Indexed != 20 || misc.IndexerStatus.Lag != 10 ||
				misc.ContractEvents.TotalCount != 1 || misc.ContractEvents.Edges[0].Node.Args["delay"] != "60" || misc.ContractEvents.Edges[0].Node.Block != 16 {
				t.Fatalf("misc: %+v", misc)
			}
		})
	}
}

// TestBadInput checks that hostile or wrong queries get a clear GraphQL error.
func TestBadInput(t *testing.T) {
	cfg := graphql.DefaultServerConfig()
	e := newEnv(t, "sqlite", cfg)
	commit(t, e.st, 9, 16, nil)
	for _, tc := range []struct{ name, query, want string }{
		{"page too large", `{ consents(first: 5000) { totalCount } }`, "first must be between 1 and 1000"},
		{"bad cursor", `{ consents(after: "nope") { totalCount } }`, "bad cursor"},
		{"unknown purpose", `{ consents(where: {purpose: "SHOPPING"}) { totalCount } }`, "purpose"},
		{"future block", `{ consents(block: {number: 999}) { totalCount } }`, "not indexed yet"},
		{"negative block", `{ consents(block: {number: -1}) { totalCount } }`, "must not be negative"},
		{"syntax", `{ consents( { totalCount } }`, "Expected"},
		{"unknown field", `{ consents { nope } }`, "Cannot query field"},
		{"too complex", `{ a: consents(first: 1000) { edges { node { history { kind } consentId } } } b: consents(first: 1000) { edges { node { history { kind } } } } }`, "complexity"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out map[string]any
			err := e.c.Post(tc.query, &out)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
	t.Run("too deep", func(t *testing.T) {
		shallow := cfg
		shallow.MaxDepth = 5
		var out map[string]any
		err := client.New(graphql.New(e.st, shallow, nil).Handler(), client.Path("/graphql")).Post(
			`{ proposals(first: 1) { edges { node { votes(first: 1) { edges { node { voter } } } } } } }`, &out)
		if err == nil || !strings.Contains(err.Error(), "query depth 7 exceeds the limit of 5") {
			t.Fatalf("error %v, want a depth error", err)
		}
	})
	t.Run("body too large", func(t *testing.T) {
		body := `{"query":"{ consents { totalCount } }","variables":{"x":"` + strings.Repeat("a", int(cfg.MaxBodyBytes)) + `"}}`
		resp, err := http.Post(e.url+"/graphql", "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusRequestEntityTooLarge {
			t.Fatalf("status %d, want 413", resp.StatusCode)
		}
	})
	t.Run("timeout", func(t *testing.T) {
		slow := cfg
		slow.Timeout = time.Nanosecond
		hs := httptest.NewServer(graphql.New(e.st, slow, nil).Handler())
		defer hs.Close()
		resp, err := http.Post(hs.URL+"/graphql", "application/json", strings.NewReader(`{"query":"{ consents { totalCount } }"}`))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		raw, _ := io.ReadAll(resp.Body)
		if !strings.Contains(string(raw), "query timeout") {
			t.Fatalf("response %s, want a query timeout error", raw)
		}
	})
	t.Run("graphiql", func(t *testing.T) {
		req, _ := http.NewRequest(http.MethodGet, e.url+"/", nil)
		req.Header.Set("Accept", "text/html")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		buf := make([]byte, 1<<16)
		n, _ := resp.Body.Read(buf)
		if resp.StatusCode != 200 || !strings.Contains(strings.ToLower(string(buf[:n])), "graphiql") {
			t.Fatalf("GET / did not serve GraphiQL (status %d)", resp.StatusCode)
		}
	})
}

// TestSubscriptions subscribes over WebSocket and checks that committed consents, anchors, batches, proposal
// events and state changes (voting opening and closing, which no event marks) and a rollback arrive, in chain order,
// filtered by patient or proposal.
func TestSubscriptions(t *testing.T) {
	e := newEnv(t, "sqlite", graphql.DefaultServerConfig())
	commit(t, e.st, 9, 10, e.srv)
	sub := e.c.Websocket(fmt.Sprintf(`subscription { consentChanged(patient: %q) { kind consentId block } }`, patient.Hex()))
	defer sub.Close()
	other := e.c.Websocket(fmt.Sprintf(`subscription { consentChanged(patient: %q) { kind consentId block } }`, addr(77).Hex()))
	defer other.Close()
	anchors := e.c.Websocket(`subscription { anchorAdded { kind block anchor { contentHash } batch { root leafCount } } }`)
	defer anchors.Close()
	props := e.c.Websocket(fmt.Sprintf(`subscription { proposalChanged(proposalId: %q) { proposalId event block state } }`, hash("p1").Hex()))
	defer props.Close()
	otherProp := e.c.Websocket(fmt.Sprintf(`subscription { proposalChanged(proposalId: %q) { event block } }`, hash("p2").Hex()))
	defer otherProp.Close()
	for e.srv.Subscriptions() < 5 {
		time.Sleep(5 * time.Millisecond) // the subscriptions register asynchronously
	}
	commit(t, e.st, 11, 17, e.srv)
	e.srv.RolledBack(context.Background(), store.Checkpoint{Number: 13})

	type change struct {
		ConsentChanged struct {
			Kind      string
			ConsentID *string
			Block     int
		}
	}
	var got []string
	for range 4 {
		var c change
		if err := sub.Next(&c); err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%s@%d", c.ConsentChanged.Kind, c.ConsentChanged.Block))
	}
	if want := "GRANTED@11 GRANTED@12 REVOKED@14 ROLLED_BACK@13"; strings.Join(got, " ") != want {
		t.Fatalf("consent changes %v, want %s", got, want)
	}
	var oc change
	if err := other.Next(&oc); err != nil || oc.ConsentChanged.Kind != "ROLLED_BACK" {
		t.Fatalf("another patient's subscription got %+v (%v), want only the rollback", oc, err)
	}
	got = nil
	for range 3 {
		var a struct {
			AnchorAdded struct {
				Kind   string
				Block  int
				Anchor *struct{ ContentHash string }
				Batch  *struct {
					Root      string
					LeafCount int
				}
			}
		}
		if err := anchors.Next(&a); err != nil {
			t.Fatal(err)
		}
		s := fmt.Sprintf("%s@%d", a.AnchorAdded.Kind, a.AnchorAdded.Block)
		switch {
		case a.AnchorAdded.Anchor != nil:
			s += " " + a.AnchorAdded.Anchor.ContentHash[:6]
		case a.AnchorAdded.Batch != nil:
			s += fmt.Sprintf(" %s/%d", a.AnchorAdded.Batch.Root[:6], a.AnchorAdded.Batch.LeafCount)
		}
		got = append(got, s)
	}
	if want := fmt.Sprintf("RECORD@15 %s RECORD@16 %s BATCH@16 %s/5", hash("v1").Hex()[:6], hash("v2").Hex()[:6], hash("root").Hex()[:6]); strings.Join(got, " ") != want {
		t.Fatalf("anchor changes %v, want %s", got, want)
	}
	// proposal p1: created at 12 (voting from 14 to 16), votes at 14 and 15, succeeded at 17
	got = nil
	for range 6 {
		var p struct {
			ProposalChanged struct {
				ProposalID *string
				Event      string
				Block      int
				State      *string
			}
		}
		if err := props.Next(&p); err != nil {
			t.Fatal(err)
		}
		s := fmt.Sprintf("%s@%d", p.ProposalChanged.Event, p.ProposalChanged.Block)
		if p.ProposalChanged.State != nil {
			s += ":" + *p.ProposalChanged.State
		}
		got = append(got, s)
	}
	if want := "CREATED@12:PENDING STATE@14:ACTIVE VOTE@14:ACTIVE VOTE@15:ACTIVE STATE@17:SUCCEEDED ROLLED_BACK@13"; strings.Join(got, " ") != want {
		t.Fatalf("proposal changes %v, want %s", got, want)
	}
	var op struct {
		ProposalChanged struct {
			Event string
			Block int
		}
	}
	if err := otherProp.Next(&op); err != nil || op.ProposalChanged.Event != "ROLLED_BACK" {
		t.Fatalf("another proposal's subscription got %+v (%v), want only the rollback", op, err)
	}
}
