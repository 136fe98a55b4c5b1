package demo_test

import (
	"bytes"
	"context"
	"fmt"
	"regexp"
	"slices"
	"testing"
	"time"

	gqlclient "github.com/bevan-health/bevan/graphql/client"
)

// The done-when on a devnet: exactly 3 patients grant HRESCH to one sponsor (among a synthetic population);
// no consentStats response (every groupBy) or MeasureReport shows 3, the HRESCH cells are suppressed, and no
// response's total minus its published cells gives 3 back.
func TestThreeResearchConsentsHiddenOnDevnet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	s, r, out := startStory(t)
	d, idx := s.Devnet, s.Indexer
	pop, err := r.Populate(ctx, 16, 40, 3)
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	head, err := d.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	gql := gqlclient.New(idx.GraphQLURL(), nil)
	if _, err := gql.WaitIndexed(ctx, head.Number.Uint64()); err != nil {
		t.Fatal(err)
	}
	all := []string{"PURPOSE", "GRANTEE", "STATUS", "MONTH"}
	sawSponsor := false
	for m := 0; m < 1<<len(all); m++ {
		var dims []string
		for i, dim := range all {
			if m&(1<<i) != 0 {
				dims = append(dims, dim)
			}
		}
		tab, err := gql.ConsentStats(ctx, dims, nil)
		if err != nil {
			t.Fatal(err)
		}
		p := slices.Index(dims, "PURPOSE")
		var published int64
		suppressed := 0
		for _, c := range tab.Cells {
			if c.Value.Count != nil {
				if v := *c.Value.Count; v%5 != 0 || (v >= 1 && v <= 7) {
					t.Fatalf("groupBy %v: %v published as %d", dims, c.Key, v)
				}
				published += *c.Value.Count
			} else {
				suppressed++
			}
			if p >= 0 && c.Key[p] == "HRESCH" {
				sawSponsor = true
				if !c.Value.Suppressed {
					t.Fatalf("groupBy %v: HRESCH cell %v published: %+v", dims, c.Key, c.Value)
				}
			}
		}
		if tab.Total.Count != nil && len(dims) > 0 {
			if *tab.Total.Count-published == int64(pop.ResearchPatients) || (suppressed == 1) {
				t.Fatalf("groupBy %v: total %d minus published %d (%d suppressed cells) gives a cell back", dims, *tab.Total.Count, published, suppressed)
			}
		}
	}
	if !sawSponsor {
		t.Fatal("no HRESCH cell in any response")
	}
	ht := time.Unix(int64(head.Time), 0).UTC()
	period := fmt.Sprintf("%d-Q%d", ht.Year(), (int(ht.Month())+2)/3)
	three := regexp.MustCompile(`"count":\s*3[,}\s]`)
	for _, m := range []string{"consents-by-purpose", "research-consents-by-grantee", "consents-by-grantee"} {
		raw, err := gql.MeasureReport(ctx, m, period, nil)
		if err != nil {
			t.Fatal(err)
		}
		if three.Match(raw) {
			t.Fatalf("%s %s shows 3: %s", m, period, raw)
		}
		if !bytes.Contains(raw, []byte(`"masked"`)) {
			t.Fatalf("%s %s: nothing suppressed: %s", m, period, raw)
		}
	}
}
