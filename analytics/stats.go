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
	"strconv"
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
	Consents:          {Purpose, Grantee, Status, Month},
	EmergencyAccesses: {Accessor, Month},
	Anchors:           {Custodian, Month},
	Votes:             {Voter, Support},
}

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
	allowed, ok := dimensionsOf[q.Stat]
	if !ok {
		return nil, fmt.Errorf("%w: unknown statistic %q", ErrQuery, q.Stat)
	}
	seen := map[Dimension]bool{}
	for _, d := range q.GroupBy {
		if !slices.Contains(allowed, d) {
			return nil, fmt.Errorf("%w: %s cannot be grouped by %s (only %v)", ErrQuery, q.Stat, d, allowed)
		}
		if seen[d] {
			return nil, fmt.Errorf("%w: %s repeated in groupBy", ErrQuery, d)
		}
		seen[d] = true
	}
	var groups []store.Group
	var err error
	switch q.Stat {
	case Consents:
		groups, err = consentGroups(ctx, rd, q)
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
	ods, err := memberODS(ctx, rd, q.At)
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
		purposeAt := -1
		for i, d := range q.GroupBy {
			v := g.Key[i+keyOffset(q.Stat)]
			switch d {
			case Grantee, Accessor, Custodian, Voter:
				if code, ok := ods[v]; ok {
					v = code
				}
			case Support:
				v = supportName(v)
			case Purpose:
				purposeAt = i
			}
			key[i] = v
		}
		if purposeAt < 0 {
			add(key, g.N)
			continue
		}
		mask, err := strconv.ParseUint(g.Key[0], 10, 16)
		if err != nil {
			return nil, fmt.Errorf("purposes %q: %w", g.Key[0], err)
		}
		for _, p := range vocab.PurposesOf(uint16(mask)) {
			k := slices.Clone(key)
			k[purposeAt] = p.Code()
			add(k, g.N)
		}
	}
	sort.Strings(order)
	out := make([]disclosure.Cell, 0, len(order))
	for _, ks := range order {
		out = append(out, *sums[ks])
	}
	return out, nil
}

// keyOffset: consent groups carry the purpose mask as their first key, whether or not PURPOSE is asked for (a
// consent whose every purpose is objected to does not count at all).
func keyOffset(s Statistic) int {
	if s == Consents {
		return 1
	}
	return 0
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

// consentKeys are the store keys of a consent query: the purpose mask, then one per dimension (PURPOSE's is the
// mask again, expanded later).
func consentKeys(q Query) []store.GroupKey {
	keys := []store.GroupKey{{Col: store.ColPurposes}}
	for _, d := range q.GroupBy {
		switch d {
		case Purpose:
			keys = append(keys, store.GroupKey{Col: store.ColPurposes})
		case Grantee:
			keys = append(keys, store.GroupKey{Col: store.ColGrantee})
		case Status:
			now := q.Now
			keys = append(keys, store.GroupKey{StatusAt: &now})
		case Month:
			keys = append(keys, store.GroupKey{Col: store.ColGrantedAt, Month: true})
		}
	}
	return keys
}

// consentKeyOf is a consent's group key, as consentKeys computes it in SQL.
func consentKeyOf(q Query, c *store.ConsentRow, mask int64) []string {
	key := []string{strconv.FormatInt(mask, 10)}
	for _, d := range q.GroupBy {
		switch d {
		case Purpose:
			key = append(key, strconv.FormatInt(mask, 10))
		case Grantee:
			key = append(key, c.Grantee)
		case Status:
			key = append(key, [...]string{store.StatusNameActive, store.StatusNameRevoked, store.StatusNameExpired}[c.StatusAt(q.Now)])
		case Month:
			key = append(key, time.Unix(c.GrantedAt, 0).UTC().Format("2006-01"))
		}
	}
	return key
}

// consentGroups counts consents in the database, then moves the consents of patients with standing objections to
// the groups of the purposes that still count (their objected secondary-use purposes removed).
func consentGroups(ctx context.Context, rd store.Reader, q Query) ([]store.Group, error) {
	where := periodConds(store.ColGrantedAt, q.From, q.To)
	groups, err := store.CountBy(ctx, rd, store.TableConsents, q.At, consentKeys(q), where)
	if err != nil {
		return nil, err
	}
	objected, err := standingObjections(ctx, rd, q)
	if err != nil || len(objected) == 0 {
		return groups, err
	}
	idx := map[string]int{}
	for i, g := range groups {
		idx[strings.Join(g.Key, "\x00")] = i
	}
	bump := func(key []string, d int64) {
		ks := strings.Join(key, "\x00")
		i, ok := idx[ks]
		if !ok {
			i = len(groups)
			idx[ks] = i
			groups = append(groups, store.Group{Key: key})
		}
		groups[i].N += d
	}
	patients := make([]any, 0, len(objected))
	for p := range objected {
		patients = append(patients, p)
	}
	sort.Slice(patients, func(a, b int) bool { return patients[a].(string) < patients[b].(string) })
	secondary := int64(0)
	for _, p := range vocab.Purposes() {
		if p.Class() == vocab.SecondaryUse {
			secondary |= int64(vocab.PurposeMask(p))
		}
	}
	const chunk = 500
	for i := 0; i < len(patients); i += chunk {
		in := patients[i:min(i+chunk, len(patients))]
		after := ""
		for {
			page, err := store.Select(ctx, rd, store.Consents, store.List{At: q.At, First: 1000, After: after,
				Where: append([]store.Cond{{Col: store.ColPatient, Op: store.In, Values: in}}, where...)})
			if err != nil {
				return nil, err
			}
			for j := range page.Rows {
				c := &page.Rows[j]
				var excluded int64
				for _, o := range objected[c.Patient] {
					if o.Grantee == zeroAddress || o.Grantee == c.Grantee {
						excluded |= o.Purposes & secondary & c.Purposes
					}
				}
				if excluded == 0 {
					continue
				}
				bump(consentKeyOf(q, c, c.Purposes), -1)
				if rest := c.Purposes &^ excluded; rest != 0 {
					bump(consentKeyOf(q, c, rest), 1)
				}
			}
			if !page.HasNext {
				break
			}
			after = page.Cursors[len(page.Cursors)-1]
		}
	}
	return groups, nil
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
