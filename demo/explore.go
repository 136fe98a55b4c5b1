package demo

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/graphql/client"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
)

// Query is a ready-to-paste GraphQL query over what the story did, with the story's ids filled in.
type Query struct {
	// Title says in one line what the query shows.
	Title string
	// Text is the query, as printed.
	Text string
	// summarize turns the query's data into a short result line; an error means the data is not what the story left.
	summarize func(data json.RawMessage) (string, error)
}

// Summarize turns the query's data (the response's "data" member) into a short result line.
func (q Query) Summarize(data json.RawMessage) (string, error) { return q.summarize(data) }

// Queries returns the GraphQL queries that show the story res in the index: her consents, the research consent's
// history, the consent audit between its grant and revocation and at now (unix seconds, chain time), a consent as
// FHIR R4, her guardians, the discharge summary's versions, the members and the admission proposal.
func Queries(res *Result, now uint64) []Query {
	patient, research := hexAddr(devnet.DevAddress(devnet.RolePatient)), hexAddr(devnet.DevAddress(devnet.RoleResearch))
	auditAt := res.ResearchGrantedAt + (res.ResearchRevokedAt-res.ResearchGrantedAt)/2
	qs := []Query{
		{
			Title: "Her consents, oldest first: care agency and GP active, the research consent revoked",
			Text: fmt.Sprintf(`{
  consents(where: {patient: {eq: %q}}, orderBy: {field: GRANTED_BLOCK, direction: ASC}) {
    totalCount
    edges { node { consentId grantee purposes actions status expiresAt } }
  }
}`, patient),
			summarize: summarizeConsents,
		},
		{
			Title: "The research consent's history: granted by her, revoked by her guardian",
			Text: fmt.Sprintf(`{
  consentHistory(consentId: %q) { kind by block at tx }
}`, hexID(res.ResearchConsent)),
			summarize: summarizeHistory,
		},
		auditQuery(fmt.Sprintf("Audit: did a consent let the trial sponsor use her data for the trial at %s (after the grant, before the revocation)?",
			time.Unix(int64(auditAt), 0).UTC().Format(time.RFC3339)), patient, research, auditAt, true),
		auditQuery(fmt.Sprintf("The same audit now (%s), after the revocation",
			time.Unix(int64(now), 0).UTC().Format(time.RFC3339)), patient, research, now, false),
		{
			Title: "The care agency's consent as a FHIR R4 Consent resource",
			Text: fmt.Sprintf(`{
  consent(consentId: %q) { status fhir }
}`, hexID(res.CareConsent)),
			summarize: summarizeFHIR,
		},
		{
			Title: "Her guardians",
			Text: fmt.Sprintf(`{
  guardians(where: {patient: {eq: %q}}) {
    totalCount
    edges { node { guardian appointedBlock appointedTx } }
  }
}`, patient),
			summarize: summarizeGuardians,
		},
		{
			Title: "The discharge summary's anchored versions (only hashes are on chain)",
			Text: fmt.Sprintf(`{
  recordVersions(recordId: %q) { contentHash custodian supersedes anchoredAt block tx }
}`, res.RecordID.Hex()),
			summarize: summarizeVersions,
		},
		{
			Title: "The ICB's members, Sunrise Home Care (8HX39) admitted by the DAO",
			Text: `{
  members(where: {current: true}) {
    totalCount
    edges { node { account odsCode kind joinedBlock } }
  }
}`,
			summarize: summarizeMembers,
		},
	}
	if res.ProposalID != nil {
		qs = append(qs, Query{
			Title: "The admission proposal: state, tallies and votes",
			Text: fmt.Sprintf(`{
  proposal(proposalId: %q) {
    description state forVotes againstVotes abstainVotes quorum
    votes { totalCount edges { node { voter support } } }
  }
}`, hexID(res.ProposalID)),
			summarize: summarizeProposal,
		})
	} else { // a re-run on a kept chain: the agency was admitted by an earlier run's proposal
		qs = append(qs, Query{
			Title: "The DAO's proposals (Sunrise Home Care was admitted in an earlier run): state and tallies",
			Text: `{
  proposals {
    totalCount
    edges { node { proposalId description state forVotes againstVotes abstainVotes quorum } }
  }
}`,
			summarize: summarizeProposals,
		})
	}
	return append(qs, coldChainQueries(res.ColdChain)...)
}

// auditQuery asks whether a consent permitted grantee to use the patient's data for a clinical trial at a time;
// want is what the story left.
func auditQuery(title, patient, grantee string, at uint64, want bool) Query {
	return Query{
		Title: title,
		Text: fmt.Sprintf(`{
  consentAt(patient: %q, grantee: %q, purpose: %q, action: %q, at: %d) {
    permitted
    consent { consentId grantedAt revokedAt }
  }
}`, patient, grantee, vocab.ClinTrl.Code(), vocab.Use.Code(), at),
		summarize: func(data json.RawMessage) (string, error) {
			line, permitted, err := summarizeAudit(data)
			if err == nil && permitted != want {
				err = fmt.Errorf("%s, but the story says otherwise", line)
			}
			return line, err
		},
	}
}

func summarizeConsents(data json.RawMessage) (string, error) {
	var d struct {
		Consents struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					Grantee string
					Status  string
				}
			}
		}
	}
	if err := json.Unmarshal(data, &d); err != nil {
		return "", err
	}
	count := map[string]int{}
	for _, e := range d.Consents.Edges {
		count[e.Node.Status]++
	}
	if count["ACTIVE"] < 2 || count["REVOKED"] < 1 {
		return "", fmt.Errorf("want at least 2 active consents and 1 revoked, got %v", count)
	}
	s := fmt.Sprintf("%d consents: %d active, %d revoked", d.Consents.TotalCount, count["ACTIVE"], count["REVOKED"])
	if count["EXPIRED"] > 0 {
		s += fmt.Sprintf(", %d expired", count["EXPIRED"])
	}
	return s, nil
}

func summarizeHistory(data json.RawMessage) (string, error) {
	var d struct {
		ConsentHistory []struct {
			Kind  string
			By    string
			Block int64
		}
	}
	if err := json.Unmarshal(data, &d); err != nil {
		return "", err
	}
	if len(d.ConsentHistory) != 2 {
		return "", fmt.Errorf("want a grant and a revocation, got %d events", len(d.ConsentHistory))
	}
	var parts []string
	for _, e := range d.ConsentHistory {
		parts = append(parts, fmt.Sprintf("%s by the %s in block %d", e.Kind, roleOf(e.By), e.Block))
	}
	return strings.Join(parts, ", then "), nil
}

func summarizeAudit(data json.RawMessage) (string, bool, error) {
	var d struct {
		ConsentAt struct {
			Permitted bool
			Consent   *struct{ ConsentID string }
		}
	}
	if err := json.Unmarshal(data, &d); err != nil {
		return "", false, err
	}
	if !d.ConsentAt.Permitted {
		return "not permitted", false, nil
	}
	if d.ConsentAt.Consent == nil {
		return "", true, errors.New("permitted without a consent")
	}
	return "permitted, by consent " + short(d.ConsentAt.Consent.ConsentID), true, nil
}

func summarizeFHIR(data json.RawMessage) (string, error) {
	var d struct {
		Consent *struct {
			Status string
			FHIR   struct {
				ResourceType string
				Status       string
				Provision    struct {
					Purpose []struct{ Code string }
					Action  []struct{ Coding []struct{ Code string } }
				}
			} `json:"fhir"`
		}
	}
	if err := json.Unmarshal(data, &d); err != nil {
		return "", err
	}
	if d.Consent == nil {
		return "", errors.New("consent not found")
	}
	f := d.Consent.FHIR
	if f.ResourceType != "Consent" {
		return "", fmt.Errorf("resourceType %q", f.ResourceType)
	}
	var purposes, actions []string
	for _, p := range f.Provision.Purpose {
		purposes = append(purposes, p.Code)
	}
	for _, a := range f.Provision.Action {
		for _, c := range a.Coding {
			actions = append(actions, c.Code)
		}
	}
	return fmt.Sprintf("FHIR Consent, status %s, purposes %s, actions %s", f.Status, strings.Join(purposes, "+"), strings.Join(actions, "+")), nil
}

func summarizeGuardians(data json.RawMessage) (string, error) {
	var d struct {
		Guardians struct {
			TotalCount int
			Edges      []struct{ Node struct{ Guardian string } }
		}
	}
	if err := json.Unmarshal(data, &d); err != nil {
		return "", err
	}
	if d.Guardians.TotalCount == 0 {
		return "", errors.New("no guardian")
	}
	var names []string
	for _, e := range d.Guardians.Edges {
		names = append(names, short(e.Node.Guardian)+" ("+roleOf(e.Node.Guardian)+")")
	}
	return fmt.Sprintf("%s: %s", plural(d.Guardians.TotalCount, "guardian"), strings.Join(names, ", ")), nil
}

func summarizeVersions(data json.RawMessage) (string, error) {
	var d struct {
		RecordVersions []struct {
			ContentHash string
			Custodian   string
			Block       int64
		}
	}
	if err := json.Unmarshal(data, &d); err != nil {
		return "", err
	}
	if len(d.RecordVersions) == 0 {
		return "", errors.New("no anchored version")
	}
	v := d.RecordVersions[len(d.RecordVersions)-1]
	return fmt.Sprintf("%s, the latest: content hash %s anchored by the %s in block %d", plural(len(d.RecordVersions), "version"), short(v.ContentHash), roleOf(v.Custodian), v.Block), nil
}

func summarizeMembers(data json.RawMessage) (string, error) {
	var d struct {
		Members struct {
			TotalCount int
			Edges      []struct {
				Node struct{ OdsCode, Kind string }
			}
		}
	}
	if err := json.Unmarshal(data, &d); err != nil {
		return "", err
	}
	var names []string
	admitted := false
	for _, e := range d.Members.Edges {
		names = append(names, e.Node.OdsCode+" "+e.Node.Kind)
		admitted = admitted || (e.Node.OdsCode == "8HX39" && e.Node.Kind == vocab.CareProvider.String())
	}
	if !admitted {
		return "", fmt.Errorf("member 8HX39 (Sunrise Home Care, care provider) missing: %s", strings.Join(names, ", "))
	}
	return fmt.Sprintf("%s: %s", plural(d.Members.TotalCount, "member"), strings.Join(names, ", ")), nil
}

type proposalData struct {
	ProposalID   string
	Description  string
	State        string
	ForVotes     int64
	AgainstVotes int64
	AbstainVotes int64
	Quorum       int64
}

func (p proposalData) String() string {
	return fmt.Sprintf("%s, %d for / %d against / %d abstain (quorum %d)", p.State, p.ForVotes, p.AgainstVotes, p.AbstainVotes, p.Quorum)
}

func summarizeProposal(data json.RawMessage) (string, error) {
	var d struct{ Proposal *proposalData }
	if err := json.Unmarshal(data, &d); err != nil {
		return "", err
	}
	if d.Proposal == nil {
		return "", errors.New("proposal not found")
	}
	return d.Proposal.String(), nil
}

func summarizeProposals(data json.RawMessage) (string, error) {
	var d struct {
		Proposals struct {
			TotalCount int
			Edges      []struct{ Node proposalData }
		}
	}
	if err := json.Unmarshal(data, &d); err != nil {
		return "", err
	}
	if len(d.Proposals.Edges) == 0 {
		return "", errors.New("no proposal")
	}
	return fmt.Sprintf("%s; the last: %s", plural(d.Proposals.TotalCount, "proposal"), d.Proposals.Edges[len(d.Proposals.Edges)-1].Node), nil
}

// Explore waits until the GraphQL server at baseURL (http://host:port, GraphiQL at /, the API at /graphql) has
// indexed the story, then prints the queries that show it, each with its result, and a curl example. A query that
// fails or does not show what the story did is an error.
func (r *Runner) Explore(ctx context.Context, baseURL string) error {
	if r.res.LastBlock == 0 {
		return errors.New("explore: run the story first")
	}
	endpoint, ui := strings.TrimSuffix(baseURL, "/")+"/graphql", strings.TrimSuffix(baseURL, "/")+"/"
	gql := client.New(endpoint, &http.Client{Timeout: 30 * time.Second})
	start := time.Now()
	fmt.Fprintf(r.out, "\nWaiting for the indexer to reach block %d… ", r.res.LastBlock)
	wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	if _, err := gql.WaitIndexed(wctx, r.res.LastBlock); err != nil {
		fmt.Fprintln(r.out)
		return err
	}
	fmt.Fprintf(r.out, "indexed (%s).\n", time.Since(start).Round(time.Millisecond))
	head, err := r.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("head: %w", err)
	}
	qs := Queries(r.res, head.Time)
	fmt.Fprintf(r.out, "\nExplore it with GraphQL: GraphiQL is at %s (paste any query below); the API is %s.\n", ui, endpoint)
	var errs []error
	for i, q := range qs {
		fmt.Fprintf(r.out, "\n# %d. %s\n%s\n", i+1, q.Title, q.Text)
		var data json.RawMessage
		err := gql.Query(ctx, q.Text, nil, &data)
		var line string
		if err == nil {
			line, err = q.Summarize(data)
		}
		if err != nil {
			fmt.Fprintf(r.out, "  ✗ %v\n", err)
			errs = append(errs, fmt.Errorf("query %d (%s): %w", i+1, q.Title, err))
			continue
		}
		fmt.Fprintf(r.out, "  → %s\n", line)
	}
	body, err := json.Marshal(map[string]string{"query": strings.Join(strings.Fields(qs[0].Text), " ")})
	if err != nil {
		return fmt.Errorf("encode query: %w", err)
	}
	fmt.Fprintf(r.out, "\nFrom a shell, e.g. the first query:\n  curl -s %s -H 'Content-Type: application/json' \\\n    -d %s\n",
		endpoint, shellQuote(string(body)))
	return errors.Join(errs...)
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func hexAddr(a common.Address) string { return strings.ToLower(a.Hex()) }

// hexID is a uint256 id as the API writes it: 0x and 64 hex digits.
func hexID(id *big.Int) string {
	if id == nil {
		return ""
	}
	return fmt.Sprintf("0x%064x", id)
}

func short(h string) string {
	if len(h) <= 14 {
		return h
	}
	return h[:10] + "…"
}

// roleOf names a development address ("the patient"), or shortens another.
func roleOf(addr string) string {
	for _, role := range devnet.Roles {
		if strings.EqualFold(devnet.DevAddress(role).Hex(), addr) {
			return role
		}
	}
	return short(addr)
}
