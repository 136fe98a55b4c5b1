package demo_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/analytics"
	"github.com/bevan-health/bevan/analytics/access"
	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/demo"
	"github.com/bevan-health/bevan/devnet"
	gqlclient "github.com/bevan-health/bevan/graphql/client"
	"github.com/bevan-health/bevan/internal/fhircheck"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// The done-when for data access, on a devnet (anvil, relayer, indexer, the analytics endpoint at /analytics):
// after a synthetic population (3 patients granting HRESCH to one sponsor), the council requests a dataset; without
// an approval its fetch is refused (not_approved), another member's fetch of it is refused (not_requester), and so
// are a fetch without a session and of an unknown request — none of them anchors anything. After the DAO executes
// the approval the council receives the dataset: a schema-valid FHIR MeasureReport equal to one computed afresh at
// the statement's block, with no count of 3; the opening commits to its bytes; the release is on chain
// (DataReleased in the anchor transaction, releases = 1) and in GraphQL (dataAccessRequests, status APPROVED, the
// same releaseHash).
func TestDataAccessOnDevnet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	s, r, out := startStory(t)
	if _, err := r.Populate(ctx, 16, 24, 3); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	url := s.Indexer.AnalyticsURL()
	m := s.Devnet.Manifest
	council := devnet.DevAddress(devnet.RoleCouncil)

	// No session, an unknown request.
	anon := access.NewClient(url, m.ChainID, nil)
	if _, err := anon.Dataset(ctx, 1); access.CodeOf(err) != access.CodeNotSignedIn {
		t.Fatalf("without signing in: %v", err)
	}
	trust := access.NewClient(url, m.ChainID, nil)
	if _, err := trust.SignIn(ctx, devnet.DevKey(devnet.RoleTrust)); err != nil {
		t.Fatal(err)
	}
	if _, err := trust.Dataset(ctx, 999); access.CodeOf(err) != access.CodeUnknownRequest {
		t.Fatalf("unknown request: %v", err)
	}

	res, err := r.DataAccess(ctx, url)
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if res.RefusedCode != access.CodeNotApproved {
		t.Fatalf("before the approval: %s", res.RefusedCode)
	}
	if _, err := trust.Dataset(ctx, res.RequestID); access.CodeOf(err) != access.CodeNotRequester {
		t.Fatalf("another member's fetch: %v", err)
	}

	// The delivery: schema-valid, what the index gives at the statement's block, no 3, its opening sound.
	d := res.Delivery
	st := d.Opening.Statement
	if st.Recipient != council || st.RequestID != res.RequestID || st.Measure != demo.AccessMeasure || st.Purpose != "POPHLTH" {
		t.Fatalf("statement %+v", st)
	}
	v, err := fhircheck.Shared()
	if err != nil {
		t.Fatal(err)
	}
	if err := v.ValidateSchema(d.Dataset); err != nil {
		t.Fatalf("dataset is not a valid FHIR R4 MeasureReport: %v\n%s", err, d.Dataset)
	}
	meas, _ := analytics.MeasureNamed(st.Measure)
	again, err := access.Dataset(ctx, s.Indexer.Store(), meas, st.PeriodStart, st.PeriodEnd, st.Block, time.Unix(st.ReleasedAt, 0))
	if err != nil || !bytes.Equal(again, d.Dataset) {
		t.Fatalf("recomputed dataset differs (%v):\n%s\n%s", err, again, d.Dataset)
	}
	if regexp.MustCompile(`"count":3[,}]`).Match(d.Dataset) || !bytes.Contains(d.Dataset, []byte(`"masked"`)) {
		t.Fatalf("dataset shows 3 or suppresses nothing: %s", d.Dataset)
	}
	if !strings.Contains(out.String(), "suppressed") {
		t.Fatalf("the printed report shows nothing suppressed:\n%s", out.String())
	}
	tampered := *d
	tampered.Dataset = append(append([]byte{}, d.Dataset...), ' ')
	if _, err := tampered.Check(ctx, s.Devnet.Client, m, res.RequestID, council); !errors.Is(err, access.ErrBadOpening) {
		t.Fatalf("altered bytes: %v", err)
	}
	if _, err := d.Check(ctx, s.Devnet.Client, m, res.RequestID, devnet.DevAddress(devnet.RoleTrust)); !errors.Is(err, access.ErrBadOpening) {
		t.Fatalf("another recipient: %v", err)
	}

	// On chain: exactly one release (the refusals anchored nothing).
	da, err := bindings.NewDataAccessCaller(m.AccessAddress(), s.Devnet.Client)
	if err != nil {
		t.Fatal(err)
	}
	req, err := da.RequestOf(&bind.CallOpts{Context: ctx}, new(big.Int).SetUint64(res.RequestID))
	if err != nil || req.Releases != 1 || res.Release != 1 {
		t.Fatalf("releases on chain %d, checked %d (%v)", req.Releases, res.Release, err)
	}

	// In GraphQL.
	gql := gqlclient.New(s.Indexer.GraphQLURL(), nil)
	if _, err := gql.WaitIndexed(ctx, d.AnchorBlock); err != nil {
		t.Fatal(err)
	}
	var q struct {
		DataAccessRequests struct {
			Edges []struct {
				Node struct {
					RequestID  int64
					Status     string
					Measure    string
					ApprovedTx *string
					Releases   []struct {
						ReleaseHash, Recipient, Tx string
						Release                    int
					}
				}
			}
		}
	}
	if err := gql.Query(ctx, `query($r: String) { dataAccessRequests(where: {requester: $r}) { edges { node { requestId status measure
		approvedTx releases { releaseHash recipient tx release } } } } }`, map[string]any{"r": council.Hex()}, &q); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range q.DataAccessRequests.Edges {
		n := e.Node
		if uint64(n.RequestID) != res.RequestID {
			continue
		}
		found = true
		if n.Status != "APPROVED" || n.ApprovedTx == nil || n.Measure != demo.AccessMeasure || len(n.Releases) != 1 ||
			n.Releases[0].ReleaseHash != hexutil.Encode(d.Opening.ReleaseHash[:]) || n.Releases[0].Tx != strings.ToLower(d.AnchorTx.Hex()) ||
			n.Releases[0].Recipient != strings.ToLower(council.Hex()) {
			t.Fatalf("GraphQL: %+v", n)
		}
	}
	if !found {
		t.Fatalf("request %d not in GraphQL: %+v", res.RequestID, q)
	}
	if testing.Verbose() {
		t.Logf("the demo's output:\n%s", out.String())
	}
}
