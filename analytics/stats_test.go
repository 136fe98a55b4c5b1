package analytics_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/bevan-health/bevan/internal/fhircheck"
	"math/big"
	"math/rand/v2"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bevan-health/bevan/analytics"
	"github.com/bevan-health/bevan/disclosure"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/store/storetest"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
)

// A synthetic population indexed into a store, and the same population kept in memory so that the expected counts
// are computed here, independently of the SQL.

var base = time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC).Unix()

func blockTime(n uint64) int64 { return base + int64(n)*43200 } // two blocks a day: months go by

type consent struct {
	id               common.Hash
	patient, grantee common.Address
	purposes         uint16
	expires          int64
	grantedBlock     uint64
	revokedBlock     uint64 // 0: never
}

type objection struct {
	patient, grantee common.Address
	purposes         uint16
	recordedBlock    uint64
	withdrawnBlock   uint64
}

type population struct {
	consents   []consent
	objections []objection
	members    map[common.Address]string
	accesses   []struct {
		accessor common.Address
		block    uint64
	}
	head    uint64
	sponsor common.Address
	// after, when set, runs after each committed batch (its last block).
	after func(st store.Store, to uint64)
}

func addr(n int) common.Address { return common.BigToAddress(big.NewInt(int64(n))) }

// synthetic draws a population of patients over blocks 1..head; the sponsor gets exactly three HRESCH consents.
func synthetic(seed uint64, patients int) *population {
	r := rand.New(rand.NewPCG(seed, 16))
	pop := &population{head: 400, members: map[common.Address]string{}, sponsor: addr(9_999)}
	orgs := []common.Address{}
	for i := range 12 {
		a := addr(5_000 + i)
		orgs = append(orgs, a)
		if i < 9 {
			pop.members[a] = fmt.Sprintf("R%02dX", i)
		}
	}
	pop.members[pop.sponsor] = "SPON1"
	usual := []vocab.Purpose{vocab.Treat, vocab.CareMgt, vocab.PopHlth, vocab.HQualImp}
	for p := range patients {
		patient := addr(100_000 + p)
		for range 1 + r.IntN(4) {
			var mask uint16
			for range 1 + r.IntN(2) {
				mask |= vocab.PurposeMask(usual[r.IntN(len(usual))])
			}
			c := consent{id: common2hash(len(pop.consents)), patient: patient, grantee: orgs[r.IntN(len(orgs))], purposes: mask,
				grantedBlock: 1 + uint64(r.IntN(int(pop.head)-1))}
			if r.IntN(5) == 0 {
				c.revokedBlock = c.grantedBlock + 1 + uint64(r.IntN(60))
			}
			if r.IntN(6) == 0 {
				c.expires = blockTime(c.grantedBlock) + int64(r.IntN(90))*86400
			}
			pop.consents = append(pop.consents, c)
		}
		if r.IntN(15) == 0 {
			o := objection{patient: patient, purposes: vocab.PurposeMask(vocab.PopHlth, vocab.HQualImp), recordedBlock: 1 + uint64(r.IntN(int(pop.head)-1))}
			if r.IntN(2) == 0 {
				o.grantee = orgs[r.IntN(len(orgs))]
			}
			if r.IntN(4) == 0 {
				o.withdrawnBlock = o.recordedBlock + 1 + uint64(r.IntN(40))
			}
			pop.objections = append(pop.objections, o)
		}
		if r.IntN(8) == 0 {
			pop.accesses = append(pop.accesses, struct {
				accessor common.Address
				block    uint64
			}{orgs[r.IntN(len(orgs))], 1 + uint64(r.IntN(int(pop.head)-1))})
		}
	}
	for i := range 3 {
		pop.consents = append(pop.consents, consent{id: common2hash(len(pop.consents)), patient: addr(100_000 + i*7),
			grantee: pop.sponsor, purposes: vocab.PurposeMask(vocab.HResch), grantedBlock: 200 + uint64(i)})
	}
	return pop
}

func common2hash(i int) common.Hash { return common.BigToHash(big.NewInt(int64(1_000_000 + i))) }

// eachStore runs f, as a subtest of each store kind, on the population indexed in a store of that kind.
func (pop *population) eachStore(t *testing.T, f func(t *testing.T, ctx context.Context, st store.Store)) {
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) { f(t, context.Background(), pop.index(t, kind)) })
	}
}

func (pop *population) index(t *testing.T, kind string) store.Store {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, storetest.URL(t, kind))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	events := map[uint64][]store.Event{}
	meta := func(b uint64) store.Meta {
		return store.Meta{Block: b, LogIndex: uint(len(events[b])), TxHash: common.BigToHash(big.NewInt(int64(b*10_000 + uint64(len(events[b]))))), BlockTime: uint64(blockTime(b))}
	}
	ms := slices.Collect(func(yield func(common.Address) bool) {
		for a := range pop.members {
			if !yield(a) {
				return
			}
		}
	})
	sort.Slice(ms, func(a, b int) bool { return ms[a].Hex() < ms[b].Hex() })
	for _, a := range ms {
		events[1] = append(events[1], &store.MemberAdded{Meta: meta(1), Account: a, OdsCode: pop.members[a], Kind: 1, JoinedAt: uint64(blockTime(1))})
	}
	for _, c := range pop.consents {
		events[c.grantedBlock] = append(events[c.grantedBlock], &store.ConsentGranted{Meta: meta(c.grantedBlock), ConsentID: c.id, Patient: c.patient,
			Grantee: c.grantee, Purposes: c.purposes, Actions: 1, ExpiresAt: uint64(c.expires), By: c.patient})
		if c.revokedBlock != 0 && c.revokedBlock <= pop.head {
			events[c.revokedBlock] = append(events[c.revokedBlock], &store.ConsentRevoked{Meta: meta(c.revokedBlock), ConsentID: c.id,
				Patient: c.patient, Grantee: c.grantee, RevokedAt: uint64(blockTime(c.revokedBlock)), By: c.patient})
		}
	}
	for i, o := range pop.objections {
		events[o.recordedBlock] = append(events[o.recordedBlock], &store.ObjectionRecorded{Meta: meta(o.recordedBlock), ObjectionID: uint64(i + 1),
			Patient: o.patient, Grantee: o.grantee, Purposes: o.purposes, By: o.patient})
		if o.withdrawnBlock != 0 && o.withdrawnBlock <= pop.head {
			events[o.withdrawnBlock] = append(events[o.withdrawnBlock], &store.ObjectionWithdrawn{Meta: meta(o.withdrawnBlock), ObjectionID: uint64(i + 1),
				Patient: o.patient, Grantee: o.grantee, Purposes: o.purposes, By: o.patient})
		}
	}
	for _, a := range pop.accesses {
		events[a.block] = append(events[a.block], &store.EmergencyAccess{Meta: meta(a.block), Patient: addr(1), Accessor: a.accessor, At: uint64(blockTime(a.block))})
	}
	const step = 50
	for from := uint64(1); from <= pop.head; from += step {
		to := min(from+step-1, pop.head)
		b := &store.Batch{From: from}
		for n := from; n <= to; n++ {
			b.Events = append(b.Events, events[n]...)
			b.Blocks = append(b.Blocks, store.Block{Number: n, Hash: common.BigToHash(big.NewInt(int64(n))), ParentHash: common.BigToHash(big.NewInt(int64(n - 1))), Time: uint64(blockTime(n))})
		}
		b.Checkpoint = store.Checkpoint{Number: to, Hash: common.BigToHash(big.NewInt(int64(to)))}
		if err := st.Commit(ctx, b); err != nil {
			t.Fatal(err)
		}
		if pop.after != nil {
			pop.after(st, to)
		}
	}
	return st
}

// expected counts consents as of block at, the analytics' rules written out plainly.
func (pop *population) expected(at uint64, dims []analytics.Dimension) map[string]int64 {
	now := blockTime(at)
	label := func(a common.Address) string {
		if ods, ok := pop.members[a]; ok {
			return ods
		}
		return strings.ToLower(a.Hex())
	}
	out := map[string]int64{}
	for _, c := range pop.consents {
		if c.grantedBlock > at {
			continue
		}
		mask := c.purposes
		for _, o := range pop.objections {
			standing := o.recordedBlock <= at && (o.withdrawnBlock == 0 || o.withdrawnBlock > at)
			if standing && o.patient == c.patient && (o.grantee == (common.Address{}) || o.grantee == c.grantee) {
				for _, p := range vocab.PurposesOf(o.purposes) {
					if p.Class() == vocab.SecondaryUse {
						mask &^= vocab.PurposeMask(p)
					}
				}
			}
		}
		if mask == 0 {
			continue
		}
		status := "ACTIVE"
		if c.revokedBlock != 0 && c.revokedBlock <= at {
			status = "REVOKED"
		} else if c.expires != 0 && c.expires <= now {
			status = "EXPIRED"
		}
		keys := [][]string{{}}
		for _, d := range dims {
			var vals []string
			switch d {
			case analytics.Purpose:
				for _, p := range vocab.PurposesOf(mask) {
					vals = append(vals, p.Code())
				}
			case analytics.Grantee:
				vals = []string{label(c.grantee)}
			case analytics.Status:
				vals = []string{status}
			case analytics.Month:
				vals = []string{time.Unix(blockTime(c.grantedBlock), 0).UTC().Format("2006-01")}
			case analytics.TimeToRevocation:
				vals = []string{"NOT_REVOKED"}
				if status == "REVOKED" {
					vals = []string{delayBucket(blockTime(c.revokedBlock) - blockTime(c.grantedBlock))}
				}
			}
			var next [][]string
			for _, k := range keys {
				for _, v := range vals {
					next = append(next, append(slices.Clone(k), v))
				}
			}
			keys = next
		}
		for _, k := range keys {
			out[strings.Join(k, "/")]++
		}
	}
	return out
}

// delayBucket is the TIME_TO_REVOCATION bucket of a consent revoked d seconds after its grant.
func delayBucket(d int64) string {
	const day = 86400
	switch {
	case d < day:
		return "UNDER_1_DAY"
	case d < 7*day:
		return "1_TO_7_DAYS"
	case d < 30*day:
		return "7_TO_30_DAYS"
	case d < 90*day:
		return "30_TO_90_DAYS"
	case d < 365*day:
		return "90_TO_365_DAYS"
	}
	return "365_DAYS_OR_MORE"
}

// subsets are every groupBy of up to four of the five consent dimensions (in a fixed order), the empty one
// included.
func subsets() [][]analytics.Dimension {
	all := []analytics.Dimension{analytics.Purpose, analytics.Grantee, analytics.Status, analytics.Month, analytics.TimeToRevocation}
	var out [][]analytics.Dimension
	for m := 0; m < 1<<len(all)-1; m++ {
		var s []analytics.Dimension
		for i, d := range all {
			if m&(1<<i) != 0 {
				s = append(s, d)
			}
		}
		out = append(out, s)
	}
	return out
}

func TestConsentCountsMatchThePopulation(t *testing.T) {
	pop := synthetic(1, 300)
	pop.eachStore(t, func(t *testing.T, ctx context.Context, st store.Store) {
		for _, at := range []uint64{150, pop.head} {
			for _, dims := range subsets() {
				got, err := analytics.Count(ctx, st, analytics.Query{Stat: analytics.Consents, GroupBy: dims, At: &at, Now: blockTime(at)})
				if err != nil {
					t.Fatal(err)
				}
				gotm := map[string]int64{}
				for _, c := range got {
					gotm[strings.Join(c.Key, "/")] += c.N
				}
				want := pop.expected(at, dims)
				if fmt.Sprint(gotm) != fmt.Sprint(want) {
					t.Fatalf("block %d, groupBy %v:\n got %v\nwant %v", at, dims, gotm, want)
				}
			}
		}
	})
}

// The done-when: exactly three patients granted HRESCH to one sponsor; no stats response shows 3, and no
// response's total minus its published cells gives 3 (or the sponsor's HRESCH cell) back.
func TestThreeResearchConsentsNeverRevealed(t *testing.T) {
	pop := synthetic(2, 300)
	st := pop.index(t, "sqlite")
	ctx := context.Background()
	for _, dims := range subsets() {
		tab, err := analytics.Run(ctx, st, analytics.Query{Stat: analytics.Consents, GroupBy: dims, Now: blockTime(pop.head)})
		if err != nil {
			t.Fatal(err)
		}
		checkNoThree(t, dims, tab)
	}
}

func checkNoThree(t *testing.T, dims []analytics.Dimension, tab *disclosure.Table) {
	t.Helper()
	hresch := slices.Index(dims, analytics.Purpose)
	var published int64
	sawHresch := false
	for _, c := range tab.Cells {
		if !c.Count.Suppressed && c.Count.Value >= 1 && c.Count.Value < disclosure.Threshold {
			t.Fatalf("groupBy %v: %v published as %d", dims, c.Key, c.Count.Value)
		}
		if c.Count.Value == 3 {
			t.Fatalf("groupBy %v: %v shows 3", dims, c.Key)
		}
		if hresch >= 0 && c.Key[hresch] == "HRESCH" {
			sawHresch = true
			if !c.Count.Suppressed {
				t.Fatalf("groupBy %v: HRESCH cell %v published", dims, c.Key)
			}
		}
		if !c.Count.Suppressed {
			published += c.Count.Value
		}
	}
	if hresch >= 0 && !sawHresch {
		t.Fatalf("groupBy %v: no HRESCH cell", dims)
	}
	if !tab.Total.Suppressed && len(dims) > 0 && tab.Total.Value-published == 3 {
		t.Fatalf("groupBy %v: total %d minus published cells %d gives 3", dims, tab.Total.Value, published)
	}
	var suppressed int
	for _, c := range tab.Cells {
		if c.Count.Suppressed {
			suppressed++
		}
	}
	if suppressed == 1 && !tab.Total.Suppressed {
		t.Fatalf("groupBy %v: a single suppressed cell is the total minus the published ones", dims)
	}
}

func TestOtherStatistics(t *testing.T) {
	pop := synthetic(3, 200)
	pop.eachStore(t, func(t *testing.T, ctx context.Context, st store.Store) {
		got, err := analytics.Count(ctx, st, analytics.Query{Stat: analytics.EmergencyAccesses, GroupBy: []analytics.Dimension{analytics.Accessor}})
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]int64{}
		for _, a := range pop.accesses {
			l := strings.ToLower(a.accessor.Hex())
			if ods, ok := pop.members[a.accessor]; ok {
				l = ods
			}
			want[l]++
		}
		gotm := map[string]int64{}
		for _, c := range got {
			gotm[c.Key[0]] = c.N
		}
		if fmt.Sprint(gotm) != fmt.Sprint(want) {
			t.Fatalf("break-glass by accessor: got %v, want %v", gotm, want)
		}
		if _, err := analytics.Run(ctx, st, analytics.Query{Stat: analytics.Anchors, GroupBy: []analytics.Dimension{analytics.Custodian, analytics.Month}}); err != nil {
			t.Fatal(err)
		}
		if _, err := analytics.Run(ctx, st, analytics.Query{Stat: analytics.Votes, GroupBy: []analytics.Dimension{analytics.Support}}); err != nil {
			t.Fatal(err)
		}
		for _, bad := range [][]analytics.Dimension{{analytics.Purpose}, {analytics.Accessor, analytics.Accessor}} {
			if _, err := analytics.Run(ctx, st, analytics.Query{Stat: analytics.EmergencyAccesses, GroupBy: bad}); err == nil {
				t.Fatalf("groupBy %v accepted", bad)
			}
		}
	})
}

func TestMeasureReportsAreValidR4(t *testing.T) {
	v, err := fhircheck.Shared()
	if err != nil {
		t.Fatal(err)
	}
	pop := synthetic(4, 250)
	st := pop.index(t, "sqlite")
	ctx := context.Background()
	head := pop.head
	for _, m := range analytics.Measures {
		for _, period := range []string{"2026-Q4", "2026", "2026-08"} {
			r, err := analytics.ComputeReport(ctx, st, m.Name, period, &head, blockTime(head))
			if err != nil {
				t.Fatal(err)
			}
			raw, err := json.Marshal(r.FHIR())
			if err != nil {
				t.Fatal(err)
			}
			if err := v.ValidateSchema(raw); err != nil {
				t.Fatalf("%s %s: %v\n%s", m.Name, period, err, raw)
			}
			if m.Stat == analytics.Consents && period == "2026-Q4" {
				checkNoThree(t, m.StratifyBy, r.Table)
				if regexp.MustCompile(`"count":3[,}]`).Match(raw) {
					t.Fatalf("%s: a 3 in %s", m.Name, raw)
				}
			}
		}
	}
	for _, bad := range []string{"2026-Q5", "26-Q1", "2026-13", "2026-Q4; DROP"} {
		if _, err := analytics.ComputeReport(ctx, st, "consents-by-purpose", bad, nil, 0); err == nil {
			t.Fatalf("period %q accepted", bad)
		}
	}
	if _, err := analytics.ComputeReport(ctx, st, "no-such-measure", "2026", nil, 0); err == nil {
		t.Fatal("unknown measure accepted")
	}
}

// The cache brings its tally forward batch by batch, recounts after a reorg, keeps past blocks' tallies and the
// tables it published: its answers, at the head and in the past, at several times, equal a fresh count's.
func TestCacheFollowsTheChain(t *testing.T) {
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			ctx := context.Background()
			pop := synthetic(5, 150)
			var cache *analytics.Cache
			dims := [][]analytics.Dimension{{analytics.Purpose, analytics.Status}, {analytics.Grantee, analytics.Month}, {analytics.TimeToRevocation, analytics.Purpose}}
			check := func(st store.Store, what string) {
				t.Helper()
				cp, _, err := st.Checkpoint(ctx)
				if err != nil {
					t.Fatal(err)
				}
				past := cp.Number / 2
				// The head (nil and its number) and a past block (time travel), each at a few times (statuses
				// change as consents expire: the cache keeps tables per expiry epoch) and twice (the second a
				// kept table).
				for _, at := range []*uint64{nil, &cp.Number, &past} {
					block := cp.Number
					if at != nil {
						block = *at
					}
					for _, now := range []int64{blockTime(block), blockTime(block) + 30*86400, blockTime(block) + 400*86400} {
						for _, d := range dims {
							q := analytics.Query{Stat: analytics.Consents, GroupBy: d, At: at, Now: now}
							q2 := q
							q2.At = &block
							want, err := analytics.Run(ctx, st, q2)
							if err != nil {
								t.Fatal(err)
							}
							for range 2 {
								got, err := cache.Run(ctx, q)
								if err != nil {
									t.Fatal(err)
								}
								if fmt.Sprint(got) != fmt.Sprint(want) {
									t.Fatalf("%s, head %d, block %d, now %d, groupBy %v: cached %v, counted %v", what, cp.Number, block, now, d, got, want)
								}
							}
						}
					}
				}
			}
			pop.after = func(st store.Store, to uint64) {
				if cache == nil {
					cache = analytics.NewCache(st)
				}
				check(st, "after a batch")
			}
			st := pop.index(t, kind)
			blocks, err := st.Blocks(ctx, 300, 1)
			if err != nil || len(blocks) != 1 {
				t.Fatal(blocks, err)
			}
			if err := st.Rollback(ctx, store.Checkpoint{Number: blocks[0].Number, Hash: blocks[0].Hash}); err != nil {
				t.Fatal(err)
			}
			check(st, "after a rollback")
		})
	}
}

// Revocation rates are the consent tables' published figures (granted: the groupBy's table; revoked: its REVOKED
// cells with STATUS added; the total's from the STATUS table), each within rounding of the exact count, and the rate
// is their quotient; as of the head and a past block.
func TestRevocationRates(t *testing.T) {
	pop := synthetic(6, 300)
	pop.eachStore(t, func(t *testing.T, ctx context.Context, st store.Store) {
		cache := analytics.NewCache(st)
		within := func(what string, c disclosure.Count, exact int64) {
			t.Helper()
			if exact >= 1 && exact < disclosure.Threshold && !c.Suppressed {
				t.Fatalf("%s: %d published as %v", what, exact, c)
			}
			if !c.Suppressed && (c.Value < exact-2 || c.Value > exact+2) {
				t.Fatalf("%s: published %d, exact %d", what, c.Value, exact)
			}
		}
		for _, at := range []uint64{150, pop.head} {
			now := blockTime(at)
			for _, dims := range [][]analytics.Dimension{{}, {analytics.Purpose}, {analytics.Grantee}, {analytics.Purpose, analytics.Month}} {
				q := analytics.Query{Stat: analytics.Consents, GroupBy: dims, At: &at, Now: now}
				rates, err := analytics.RevocationRates(ctx, cache, q)
				if err != nil {
					t.Fatal(err)
				}
				granted := pop.expected(at, dims)
				byStatus := pop.expected(at, append(slices.Clone(dims), analytics.Status))
				if len(rates.Cells) != len(granted) {
					t.Fatalf("block %d, %v: %d cells, want %d", at, dims, len(rates.Cells), len(granted))
				}
				check := func(what string, r analytics.Rate, g, rv int64) {
					t.Helper()
					within(what+" granted", r.Granted, g)
					within(what+" revoked", r.Revoked, rv)
					if (r.Rate != nil) != (!r.Granted.Suppressed && !r.Revoked.Suppressed && r.Granted.Value > 0) {
						t.Fatalf("%s: rate %v of %v", what, r.Rate, r)
					}
					if r.Rate != nil && *r.Rate != float64(r.Revoked.Value)/float64(r.Granted.Value) {
						t.Fatalf("%s: rate %v, want %d/%d", what, *r.Rate, r.Revoked.Value, r.Granted.Value)
					}
				}
				for _, c := range rates.Cells {
					k := strings.Join(c.Key, "/")
					check(fmt.Sprintf("block %d, %v, %s", at, dims, k), c.Rate, granted[k], byStatus[strings.Join(append(slices.Clone(c.Key), "REVOKED"), "/")])
				}
				all := pop.expected(at, []analytics.Dimension{analytics.Status})
				check(fmt.Sprintf("block %d, %v, total", at, dims), rates.Total, pop.expected(at, nil)[""], all["REVOKED"])
				// The published figures are the consent tables'.
				tab, err := cache.Run(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				for i, c := range tab.Cells {
					if rates.Cells[i].Rate.Granted != c.Count {
						t.Fatalf("%v %v: granted %v, consentStats %v", dims, c.Key, rates.Cells[i].Rate.Granted, c.Count)
					}
				}
			}
		}
		for _, bad := range []analytics.Dimension{analytics.Status, analytics.TimeToRevocation} {
			_, err := analytics.RevocationRates(ctx, cache, analytics.Query{Stat: analytics.Consents, GroupBy: []analytics.Dimension{bad}, Now: blockTime(pop.head)})
			if !errors.Is(err, analytics.ErrQuery) {
				t.Fatalf("grouped by %s: %v, want ErrQuery", bad, err)
			}
		}
	})
}

// A MeasureReport read back for printing (ReadPublished) shows every published cell with its count, or suppressed,
// and the total, under the measure's dimensions.
func TestPublishedReadsBackTheReport(t *testing.T) {
	pop := synthetic(4, 250)
	st := pop.index(t, "sqlite")
	head := pop.head
	for _, m := range analytics.Measures {
		r, err := analytics.ComputeReport(context.Background(), st, m.Name, "2026", &head, blockTime(head))
		if err != nil {
			t.Fatal(err)
		}
		raw, err := json.Marshal(r.FHIR())
		if err != nil {
			t.Fatal(err)
		}
		p, err := analytics.ReadPublished(raw)
		if err != nil {
			t.Fatal(err)
		}
		text := func(c disclosure.Count) string {
			if c.Suppressed {
				return "suppressed"
			}
			return strconv.FormatInt(c.Value, 10)
		}
		want := map[string]string{}
		for _, c := range r.Table.Cells {
			want[strings.Join(c.Key, "\t")] = text(c.Count)
		}
		if p.Measure != m.Name || len(p.Head) != len(m.StratifyBy) || len(p.Rows) != len(want) || p.Total != text(r.Table.Total) {
			t.Fatalf("%s: read back %+v, want %d rows, total %s", m.Name, p, len(want), text(r.Table.Total))
		}
		for _, row := range p.Rows {
			if got := row[len(row)-1]; want[strings.Join(row[:len(row)-1], "\t")] != got {
				t.Fatalf("%s: row %q, want count %q", m.Name, row, want[strings.Join(row[:len(row)-1], "\t")])
			}
		}
		var b strings.Builder
		if err := p.WriteTable(&b); err != nil || !strings.HasPrefix(b.String(), analytics.SuppressionNote+"\n") ||
			strings.Count(b.String(), "\n") != len(p.Rows)+3 {
			t.Fatalf("%s: table %v\n%s", m.Name, err, b.String())
		}
	}
	if _, err := analytics.ReadPublished([]byte(`{"resourceType":"MeasureReport"}`)); err == nil {
		t.Fatal("a report without a group read")
	}
}
