package graphql_test

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/bevan-health/bevan/graphql"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
)

type statsCount struct {
	Count      *int64
	Suppressed bool
	Rounded    bool
}

type revocationRate struct {
	Granted, Revoked statsCount
	Rate             *float64
}

type statsTable struct {
	Cells []struct {
		Key   []string
		Value statsCount
	}
	Total statsCount
}

// analyticsChain: blocks 1..4 grant 40 TREAT, 23 CAREMGT and 12 POPHLTH consents; block 5 grants three HRESCH
// consents to one sponsor; block 6 revokes ten TREAT consents.
func analyticsChain(t *testing.T, st store.Store) {
	t.Helper()
	n := 0
	grant := func(b uint64, log uint, p vocab.Purpose, grantee common.Address) store.Event {
		n++
		return &store.ConsentGranted{Meta: store.Meta{Block: b, LogIndex: log, TxHash: hash(fmt.Sprint("tx", n)), BlockTime: 1_700_000_000 + b*2},
			ConsentID: common.BigToHash(big.NewInt(int64(n))), Patient: common.BigToAddress(big.NewInt(int64(1000 + n))), Grantee: grantee,
			Purposes: vocab.PurposeMask(p), Actions: 1, By: common.BigToAddress(big.NewInt(int64(1000 + n)))}
	}
	evs := map[uint64][]store.Event{}
	for i := range 40 {
		evs[1] = append(evs[1], grant(1, uint(i), vocab.Treat, addr(0x71)))
	}
	for i := range 23 {
		evs[2] = append(evs[2], grant(2, uint(i), vocab.CareMgt, addr(0x72)))
	}
	for i := range 12 {
		evs[3] = append(evs[3], grant(3, uint(i), vocab.PopHlth, addr(0x73)))
	}
	evs[4] = []store.Event{&store.MemberAdded{Meta: store.Meta{Block: 4, TxHash: hash("m"), BlockTime: 1_700_000_008}, Account: addr(0x74), OdsCode: "SPON1", Kind: 1, JoinedAt: 1_700_000_008}}
	for i := range 3 {
		evs[5] = append(evs[5], grant(5, uint(i), vocab.HResch, addr(0x74)))
	}
	for i := range 10 {
		evs[6] = append(evs[6], &store.ConsentRevoked{Meta: store.Meta{Block: 6, LogIndex: uint(i), TxHash: hash(fmt.Sprint("r", i)), BlockTime: 1_700_000_012},
			ConsentID: common.BigToHash(big.NewInt(int64(i + 1))), Patient: common.BigToAddress(big.NewInt(int64(1001 + i))), Grantee: addr(0x71), RevokedAt: 1_700_000_012})
	}
	for b := uint64(1); b <= 6; b++ {
		if err := st.Commit(context.Background(), &store.Batch{From: b, Events: evs[b], Checkpoint: store.Checkpoint{Number: b, Hash: hash(fmt.Sprint("b", b))},
			Blocks: []store.Block{{Number: b, Hash: hash(fmt.Sprint("b", b)), ParentHash: hash(fmt.Sprint("b", b-1)), Time: 1_700_000_000 + b*2}}}); err != nil {
			t.Fatal(err)
		}
	}
}

func cellMap(tab statsTable) map[string]statsCount {
	out := map[string]statsCount{}
	for _, c := range tab.Cells {
		out[strings.Join(c.Key, "/")] = c.Value
	}
	return out
}

func TestConsentStats(t *testing.T) {
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			e := newEnv(t, kind, graphql.DefaultServerConfig())
			analyticsChain(t, e.st)
			var out struct{ ConsentStats statsTable }
			e.query(t, `{ consentStats(groupBy: [PURPOSE]) { cells { key value { count suppressed rounded } } total { count suppressed rounded } } }`, &out)
			cells := cellMap(out.ConsentStats)
			if c := cells["HRESCH"]; !c.Suppressed || c.Count != nil {
				t.Fatalf("HRESCH (3) published: %+v", c)
			}
			// POPHLTH (12), the smallest other cell, is suppressed too: the total minus the rest does not give 3.
			if c := cells["POPHLTH"]; !c.Suppressed {
				t.Fatalf("no secondary suppression: %+v", cells)
			}
			if c := cells["TREAT"]; c.Count == nil || *c.Count != 40 || !c.Rounded {
				t.Fatalf("TREAT: %+v", c)
			}
			if c := cells["CAREMGT"]; c.Count == nil || *c.Count != 25 {
				t.Fatalf("CAREMGT (23) should be 25: %+v", c)
			}
			if tot := out.ConsentStats.Total; tot.Count == nil || *tot.Count != 80 {
				t.Fatalf("total (78) should be 80: %+v", tot)
			}

			// Time travel: before the HRESCH grants there is no such cell; before the revocations nothing is revoked.
			e.query(t, `{ consentStats(groupBy: [PURPOSE], block: {number: 4}) { cells { key value { count suppressed rounded } } total { count suppressed rounded } } }`, &out)
			if _, ok := cellMap(out.ConsentStats)["HRESCH"]; ok {
				t.Fatalf("HRESCH at block 4: %+v", out)
			}
			var st struct{ Before, Now statsTable }
			e.query(t, `{ before: consentStats(groupBy: [STATUS, GRANTEE], block: {number: 5}) { cells { key value { count suppressed rounded } } total { count } }
				now: consentStats(groupBy: [STATUS, GRANTEE]) { cells { key value { count suppressed rounded } } total { count } } }`, &st)
			if _, ok := cellMap(st.Before)["REVOKED/"+low(addr(0x71))]; ok {
				t.Fatalf("revoked before the revocations: %+v", st.Before)
			}
			if c := cellMap(st.Now)["REVOKED/"+low(addr(0x71))]; c.Count == nil || *c.Count != 10 {
				t.Fatalf("revoked now: %+v", st.Now)
			}
			if c := cellMap(st.Now)["ACTIVE/SPON1"]; !c.Suppressed {
				t.Fatalf("the sponsor (a member, by ODS code) has 3: %+v", st.Now)
			}

			// Revocation rates and time to revocation (the ten TREAT consents revoked 10 s after their grant).
			var rr struct {
				Before, Now struct {
					Cells []struct {
						Key   []string
						Value revocationRate
					}
					Total revocationRate
				}
				Delay statsTable
			}
			const rateFields = `{ cells { key value { granted { count suppressed } revoked { count suppressed } rate } } total { granted { count } revoked { count } rate } }`
			e.query(t, `{ before: revocationRates(groupBy: [PURPOSE], block: {number: 5}) `+rateFields+` now: revocationRates(groupBy: [PURPOSE]) `+rateFields+`
				delay: consentStats(groupBy: [TIME_TO_REVOCATION]) { cells { key value { count suppressed rounded } } total { count suppressed rounded } } }`, &rr)
			for _, c := range rr.Now.Cells {
				if c.Key[0] == "TREAT" && (*c.Value.Granted.Count != 40 || *c.Value.Revoked.Count != 10 || c.Value.Rate == nil || *c.Value.Rate != 0.25) {
					t.Fatalf("TREAT revocation rate now: %+v", c.Value)
				}
				if c.Key[0] == "HRESCH" && (!c.Value.Granted.Suppressed || c.Value.Rate != nil) {
					t.Fatalf("HRESCH revocation rate: %+v", c.Value)
				}
			}
			if tot := rr.Now.Total; *tot.Granted.Count != 80 || *tot.Revoked.Count != 10 || *tot.Rate != 0.125 {
				t.Fatalf("total revocation rate now: %+v", tot)
			}
			if tot := rr.Before.Total; *tot.Revoked.Count != 0 || *tot.Rate != 0 {
				t.Fatalf("total revocation rate at block 5: %+v", tot)
			}
			if d := cellMap(rr.Delay); len(d) != 2 || *d["UNDER_1_DAY"].Count != 10 || *d["NOT_REVOKED"].Count != 70 {
				t.Fatalf("time to revocation: %+v", rr.Delay)
			}

			var rep struct{ MeasureReport map[string]any }
			e.query(t, `{ measureReport(measure: "consents-by-purpose", period: "2023-Q4") }`, &rep)
			if rep.MeasureReport["resourceType"] != "MeasureReport" || strings.Contains(fmt.Sprint(rep.MeasureReport), "count:3 ") {
				t.Fatalf("measureReport: %v", rep.MeasureReport)
			}
			for _, bad := range []string{
				`{ consentStats(groupBy: [PURPOSE, PURPOSE]) { total { count } } }`,
				`{ consentStats(groupBy: [PURPOSE], block: {number: 99}) { total { count } } }`,
				`{ measureReport(measure: "nope", period: "2026") }`,
				`{ revocationRates(groupBy: [STATUS]) { total { rate } } }`,
				`{ measureReport(measure: "consents-by-purpose", period: "2026-Q9") }`,
			} {
				if err := e.c.Post(bad, &struct{}{}); err == nil {
					t.Fatalf("%s: no error", bad)
				}
			}
		})
	}
}
