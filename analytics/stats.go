// Package analytics computes Bevan's population statistics from the index — consents by purpose, grantee, status
// and month; break-glass accesses; anchors; governance votes — over fixed dimensions only (no arbitrary filters, so
// differencing attacks are bounded), as of any indexed block, with NHS disclosure control (package disclosure)
// applied to every figure, and renders them as FHIR R4 MeasureReports. It reads the store through grouped counts
// (store.CountBy: one GROUP BY in the database) and never returns a row about a person.
package analytics

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/bevan-health/bevan/disclosure"
	"github.com/bevan-health/bevan/store"
	"github.com/bevan-health/bevan/vocab"
)

// Dimension is a fixed dimension a statistic may be grouped by.
type Dimension string

// The dimensions, by statistic.
const (
	// Consents.
	Purpose Dimension = "PURPOSE" // a PurposeOfUse code; a consent with several purposes counts under each
	Grantee Dimension = "GRANTEE" // the grantee's ODS code when it was a DAO member at the block, else its address
	Status  Dimension = "STATUS"  // ACTIVE, REVOKED or EXPIRED at the block's time (or now)
	Month   Dimension = "MONTH"   // the calendar month (UTC, 2006-01) of the grant, access or anchor
	// TimeToRevocation is the time from a consent's grant to its revocation, in buckets (delayNames): NOT_REVOKED,
	// UNDER_1_DAY, 1_TO_7_DAYS, 7_TO_30_DAYS, 30_TO_90_DAYS, 90_TO_365_DAYS, 365_DAYS_OR_MORE.
	TimeToRevocation Dimension = "TIME_TO_REVOCATION"
	// Break-glass accesses.
	Accessor Dimension = "ACCESSOR" // the accessing organisation (ODS code, else address)
	// Anchors.
	Custodian Dimension = "CUSTODIAN" // the custodian organisation (ODS code, else address)
	// Governance votes.
	Voter   Dimension = "VOTER"   // the voting member (ODS code, else address)
	Support Dimension = "SUPPORT" // AGAINST, FOR or ABSTAIN
)

// Statistic names what is counted.
type Statistic string

// The statistics and the dimensions each may be grouped by.
const (
	Consents          Statistic = "consents"
	EmergencyAccesses Statistic = "emergencyAccesses"
	Anchors           Statistic = "anchors"
	Votes             Statistic = "votes"
)

var dimensionsOf = map[Statistic][]Dimension{
	Consents:          {Purpose, Grantee, Status, Month, TimeToRevocation},
	EmergencyAccesses: {Accessor, Month},
	Anchors:           {Custodian, Month},
	Votes:             {Voter, Support},
}

// revocationBounds are the upper bounds (seconds from grant) of the TIME_TO_REVOCATION buckets, and delayNames
// their names: bucket 0 is a consent not revoked, bucket i ≥ 1 one revoked less than revocationBounds[i-1] after
// its grant (and not less than the bound before), the last one revoked a year or more after.
var (
	revocationBounds = []int64{day, 7 * day, 30 * day, 90 * day, 365 * day}
	delayNames       = [...]string{"NOT_REVOKED", "UNDER_1_DAY", "1_TO_7_DAYS", "7_TO_30_DAYS", "30_TO_90_DAYS", "90_TO_365_DAYS", "365_DAYS_OR_MORE"}
)

const day = 24 * 60 * 60

// ErrQuery is wrapped by errors about the request itself (unknown or repeated dimension, bad period).
var ErrQuery = errors.New("analytics: bad request")

// Query is a statistic grouped by dimensions, as of block At (nil: the indexed head) with statuses judged at Now,
// optionally limited to a period [From, To) of grant, access or anchor time (unix seconds; 0: unbounded).
type Query struct {
	Stat     Statistic
	GroupBy  []Dimension
	At       *uint64
	Now      int64
	From, To int64
}

// Run answers q with disclosure control applied: counts of 1–7 suppressed, the rest rounded to 5, secondary
// suppression, patients' standing objections honoured (their consents do not count for the secondary-use purposes
// they object to). Cells are sorted by key.
func Run(ctx context.Context, rd store.Reader, q Query) (*disclosure.Table, error) {
	cells, err := Count(ctx, rd, q)
	if err != nil {
		return nil, err
	}
	return disclosure.Protect(len(q.GroupBy), cells)
}

// Count is Run's exact counts, before disclosure control: for tests and for nothing that publishes.
func Count(ctx context.Context, rd store.Reader, q Query) ([]disclosure.Cell, error) {
	return count(ctx, rd, q)
}

// validate checks q's statistic and dimensions.
func validate(q Query) error {
	allowed, ok := dimensionsOf[q.Stat]
	if !ok {
		return fmt.Errorf("%w: unknown statistic %q", ErrQuery, q.Stat)
	}
	if len(q.GroupBy) > disclosure.MaxDims {
		return fmt.Errorf("%w: at most %d groupBy dimensions", ErrQuery, disclosure.MaxDims)
	}
	seen := map[Dimension]bool{}
	for _, d := range q.GroupBy {
		if !slices.Contains(allowed, d) {
			return fmt.Errorf("%w: %s cannot be grouped by %s (only %v)", ErrQuery, q.Stat, d, allowed)
		}
		if seen[d] {
			return fmt.Errorf("%w: %s repeated in groupBy", ErrQuery, d)
		}
		seen[d] = true
	}
	return nil
}

func count(ctx context.Context, rd store.Reader, q Query) ([]disclosure.Cell, error) {
	if err := validate(q); err != nil {
		return nil, err
	}
	ods, err := memberODS(ctx, rd, q.At)
	if err != nil {
		return nil, err
	}
	if q.Stat == Consents {
		fromMonth, toMonth, err := periodMonths(q)
		if err != nil {
			return nil, err
		}
		counts, err := countTally(ctx, rd, q.At)
		if err != nil {
			return nil, err
		}
		adjust, err := objectionAdjustments(ctx, rd, q)
		if err != nil {
			return nil, err
		}
		return consentCells(newTally(0, "", counts), adjust, q, fromMonth, toMonth, ods), nil
	}
	var groups []store.Group
	switch q.Stat {
	case EmergencyAccesses:
		groups, err = simpleGroups(ctx, rd, q, store.TableEmergencyAccesses, store.ColAt, map[Dimension]string{Accessor: store.ColAccessor})
	case Anchors:
		groups, err = simpleGroups(ctx, rd, q, store.TableAnchors, "anchored_at", map[Dimension]string{Custodian: store.ColCustodian})
	case Votes:
		groups, err = simpleGroups(ctx, rd, q, store.TableVotes, "", map[Dimension]string{Voter: store.ColVoter, Support: store.ColSupport})
	}
	if err != nil {
		return nil, err
	}
	// Relabel (addresses → ODS codes, support numbers → words, purpose masks → codes) and merge.
	sums := map[string]*disclosure.Cell{}
	var order []string
	add := func(key []string, n int64) {
		ks := strings.Join(key, "\x00")
		c, ok := sums[ks]
		if !ok {
			c = &disclosure.Cell{Key: key}
			sums[ks] = c
			order = append(order, ks)
		}
		c.N += n
	}
	for _, g := range groups {
		if g.N <= 0 {
			continue
		}
		key := make([]string, len(q.GroupBy))
		for i, d := range q.GroupBy {
			v := g.Key[i]
			switch d {
			case Accessor, Custodian, Voter:
				if code, ok := ods[v]; ok {
					v = code
				}
			case Support:
				v = supportName(v)
			}
			key[i] = v
		}
		add(key, g.N)
	}
	sort.Strings(order)
	out := make([]disclosure.Cell, 0, len(order))
	for _, ks := range order {
		out = append(out, *sums[ks])
	}
	return out, nil
}

func supportName(v string) string {
	switch v {
	case "0":
		return "AGAINST"
	case "1":
		return "FOR"
	case "2":
		return "ABSTAIN"
	}
	return v
}

func simpleGroups(ctx context.Context, rd store.Reader, q Query, table, timeCol string, cols map[Dimension]string) ([]store.Group, error) {
	keys := make([]store.GroupKey, len(q.GroupBy))
	for i, d := range q.GroupBy {
		if d == Month {
			keys[i] = store.GroupKey{Col: timeCol, Month: true}
		} else {
			keys[i] = store.GroupKey{Col: cols[d]}
		}
	}
	var where []store.Cond
	if timeCol != "" {
		where = periodConds(timeCol, q.From, q.To)
	} else if q.From != 0 || q.To != 0 {
		return nil, fmt.Errorf("%w: %s has no period", ErrQuery, q.Stat)
	}
	return store.CountBy(ctx, rd, table, q.At, keys, where)
}

func periodConds(col string, from, to int64) []store.Cond {
	var w []store.Cond
	if from != 0 {
		w = append(w, store.Cond{Col: col, Op: store.Gte, Value: from})
	}
	if to != 0 {
		w = append(w, store.Cond{Col: col, Op: store.Lt, Value: to})
	}
	return w
}

// consentCells counts consents from the tally (see Cache): the objecting patients' consents moved to the purposes
// that still count (adjust), then each tally group labelled by the dimensions asked (a purpose mask expanded into
// its codes), within the period's months [fromMonth, toMonth) ("": unbounded).
func consentCells(t *tally, adjust map[tallyKey]int64, q Query, fromMonth, toMonth string, ods map[string]string) []disclosure.Cell {
	has := map[Dimension]bool{}
	for _, d := range q.GroupBy {
		has[d] = true
	}
	// The adjustments' grantees and months as numbers: the tally's, else new ones after them (never, as an adjusted
	// consent is in the tally, but cheap to be sure of).
	grantees, months := t.grantees, t.months
	extraG, extraM := map[string]int32{}, map[string]int32{}
	id := func(names *[]string, ids, extra map[string]int32, s string) int32 {
		if i, ok := ids[s]; ok {
			return i
		}
		if i, ok := extra[s]; ok {
			return i
		}
		i := int32(len(*names))
		*names = append((*names)[:i:i], s) // a copy: the tally's own list is shared
		extra[s] = i
		return i
	}
	type adjusted struct {
		entry
		n int64
	}
	var adj []adjusted
	for k, n := range adjust {
		if n != 0 {
			e := entry{purposes: k.purposes, revoked: k.revoked, delay: k.delay, expires: k.expires}
			e.grantee, e.month = id(&grantees, t.granteeID, extraG, k.grantee), id(&months, t.monthID, extraM, k.month)
			adj = append(adj, adjusted{e, n})
		}
	}
	inPeriod := make([]bool, len(months))
	for i, m := range months {
		inPeriod[i] = (fromMonth == "" || m >= fromMonth) && (toMonth == "" || m < toMonth)
	}
	// Two passes over packed integer keys (the tally can hold ~10^5 groups): first drop what the dimensions do not
	// ask for, then expand purpose masks. A key packs purposes (bits 0–15: the mask, then a purpose's number + 1),
	// status (16–17), time to revocation (18–20), month (21–37) and grantee (38–63).
	const (
		statusShift  = 16
		delayShift   = 18
		monthShift   = 21
		granteeShift = 38
	)
	red := map[uint64]int64{}
	emit := func(e *entry, n int64) {
		if e.purposes == 0 || !inPeriod[e.month] {
			return
		}
		var k uint64
		if has[Purpose] {
			k |= uint64(e.purposes)
		}
		if has[Status] {
			switch {
			case e.revoked:
				k |= 1 << statusShift
			case e.expires != 0 && e.expires <= q.Now:
				k |= 2 << statusShift
			}
		}
		if has[TimeToRevocation] {
			k |= uint64(e.delay) << delayShift
		}
		if has[Month] {
			k |= uint64(e.month) << monthShift
		}
		if has[Grantee] {
			k |= uint64(e.grantee) << granteeShift
		}
		red[k] += n
	}
	for i := range t.entries {
		emit(&t.entries[i], t.entries[i].n)
	}
	for i := range adj {
		emit(&adj[i].entry, adj[i].n)
	}
	cells := red
	if has[Purpose] {
		cells = make(map[uint64]int64, len(red))
		for k, n := range red {
			base := k &^ 0xffff
			for _, p := range vocab.PurposesOf(uint16(k)) {
				cells[base|uint64(p)+1] += n
			}
		}
	}
	statuses := [...]string{store.StatusNameActive, store.StatusNameRevoked, store.StatusNameExpired}
	out := make([]disclosure.Cell, 0, len(cells))
	for k, n := range cells {
		if n <= 0 {
			continue
		}
		key := make([]string, len(q.GroupBy))
		for i, d := range q.GroupBy {
			switch d {
			case Purpose:
				key[i] = vocab.Purpose(k&0xffff - 1).Code()
			case Grantee:
				g := grantees[k>>granteeShift]
				key[i] = g
				if code, ok := ods[g]; ok {
					key[i] = code
				}
			case Status:
				key[i] = statuses[k>>statusShift&3]
			case TimeToRevocation:
				key[i] = delayNames[k>>delayShift&7]
			case Month:
				key[i] = months[k>>monthShift&(1<<17-1)]
			}
		}
		out = append(out, disclosure.Cell{Key: key, N: n})
	}
	sort.Slice(out, func(a, b int) bool { return slices.Compare(out[a].Key, out[b].Key) < 0 })
	// Two accounts labelled with one ODS code (a member that left and joined again from another wallet) merge.
	merged := out[:0]
	for _, c := range out {
		if len(merged) > 0 && slices.Equal(merged[len(merged)-1].Key, c.Key) {
			merged[len(merged)-1].N += c.N
			continue
		}
		merged = append(merged, c)
	}
	return merged
}

// periodMonths are a consent query's period as months (UTC YYYY-MM, to exclusive): consents are tallied by month,
// so a period must start and end on the first of a month.
func periodMonths(q Query) (from, to string, err error) {
	month := func(t int64) (string, error) {
		u := time.Unix(t, 0).UTC()
		if u.Day() != 1 || u.Hour() != 0 || u.Minute() != 0 || u.Second() != 0 {
			return "", fmt.Errorf("%w: a consent period starts and ends on the first of a month (UTC)", ErrQuery)
		}
		return u.Format("2006-01"), nil
	}
	if q.From != 0 {
		if from, err = month(q.From); err != nil {
			return "", "", err
		}
	}
	if q.To != 0 {
		if to, err = month(q.To); err != nil {
			return "", "", err
		}
	}
	return from, to, nil
}

// objectionAdjustments moves the consents of patients with standing objections to secondary-use purposes: each such
// consent leaves its tally group and joins the group of the purposes that still count (none: it counts nowhere).
func objectionAdjustments(ctx context.Context, rd store.Reader, q Query) (map[tallyKey]int64, error) {
	objected, err := standingObjections(ctx, rd, q)
	if err != nil || len(objected) == 0 {
		return nil, err
	}
	patients := make([]any, 0, len(objected))
	for p := range objected {
		patients = append(patients, p)
	}
	sort.Slice(patients, func(a, b int) bool { return patients[a].(string) < patients[b].(string) })
	var secondary uint16
	for _, p := range vocab.Purposes() {
		if p.Class() == vocab.SecondaryUse {
			secondary |= vocab.PurposeMask(p)
		}
	}
	adjust := map[tallyKey]int64{}
	const chunk = 500
	for i := 0; i < len(patients); i += chunk {
		in := patients[i:min(i+chunk, len(patients))]
		after := ""
		for {
			page, err := store.Select(ctx, rd, store.Consents, store.List{At: q.At, First: 1000, After: after,
				Where: []store.Cond{{Col: store.ColPatient, Op: store.In, Values: in}}})
			if err != nil {
				return nil, err
			}
			for j := range page.Rows {
				c := &page.Rows[j]
				var excluded uint16
				for _, o := range objected[c.Patient] {
					if o.Grantee == zeroAddress || o.Grantee == c.Grantee {
						excluded |= uint16(o.Purposes) & secondary & uint16(c.Purposes)
					}
				}
				if excluded == 0 {
					continue
				}
				k := tallyKey{purposes: uint16(c.Purposes), grantee: c.Grantee, month: time.Unix(c.GrantedAt, 0).UTC().Format("2006-01"),
					revoked: c.Revoked, delay: uint8(store.BucketOf(c.RevokedAt, c.GrantedAt, revocationBounds)), expires: c.ExpiresAt}
				adjust[k]--
				k.purposes &^= excluded
				adjust[k]++
			}
			if !page.HasNext {
				break
			}
			after = page.Cursors[len(page.Cursors)-1]
		}
	}
	return adjust, nil
}

const zeroAddress = "0x0000000000000000000000000000000000000000"

// standingObjections are the objections to secondary-use purposes standing at q.Now as of block q.At, by patient.
func standingObjections(ctx context.Context, rd store.Reader, q Query) (map[string][]store.ObjectionRow, error) {
	out := map[string][]store.ObjectionRow{}
	after := ""
	for {
		page, err := store.Select(ctx, rd, store.Objections, store.List{At: q.At, First: 1000, After: after,
			Where: []store.Cond{{Col: store.ColRecordedAt, Op: store.Lte, Value: q.Now}},
			Or:    [][]store.Cond{{{Col: store.ColWithdrawnAt, Op: store.IsNull}, {Col: store.ColWithdrawnAt, Op: store.Gt, Value: q.Now}}}})
		if err != nil {
			return nil, err
		}
		for _, o := range page.Rows {
			out[o.Patient] = append(out[o.Patient], o)
		}
		if !page.HasNext {
			return out, nil
		}
		after = page.Cursors[len(page.Cursors)-1]
	}
}

// memberODS maps the accounts that were DAO members at block at to their ODS codes.
func memberODS(ctx context.Context, rd store.Reader, at *uint64) (map[string]string, error) {
	out := map[string]string{}
	after := ""
	for {
		page, err := store.Select(ctx, rd, store.Members, store.List{At: at, First: 1000, After: after,
			Cols: []string{store.ColAccount, store.ColOdsCode}, Where: []store.Cond{{Col: store.ColLeftAt, Op: store.IsNull}}})
		if err != nil {
			return nil, err
		}
		for _, m := range page.Rows {
			out[m.Account] = m.OdsCode
		}
		if !page.HasNext {
			return out, nil
		}
		after = page.Cursors[len(page.Cursors)-1]
	}
}
