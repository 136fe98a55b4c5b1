// Package disclosure applies NHS statistical disclosure control to the counts Bevan publishes: counts of 1–7 are
// suppressed, every other count is rounded to the nearest 5, and further cells are suppressed (secondary
// suppression) until no suppressed cell — and no suppressed marginal total of the same dimensions — can be worked
// out exactly from the published cells, the response's total and the marginal totals a query over fewer of the same
// dimensions publishes. Every aggregate the analytics serve passes through Protect; nothing else publishes counts.
//
// The attacker model is deliberately stronger than reality: published figures are treated as exact (they are
// rounded), and every marginal a lower-dimensional query would publish is treated as known. A suppressed cell is
// "recoverable" when its value is a linear combination of those known figures, or when the only values consistent
// with them are forced by the fact that a shown cell is at least 1 (a group of suppressed cells whose known sum equals
// the number of cells). Both are prevented; the package's property tests check it on random tables.
//
// What this does not prevent: a figure that follows from lower-dimensional responses alone (say a grantee's total
// from the GRANTEE response minus a purpose's total from the PURPOSE response, when the PURPOSE×GRANTEE response
// shows that purpose's only grantee is that one). No suppression in the higher response can hide what two lower
// responses publish; against such differencing across responses the protection is the rounding (each figure is off
// by up to 2, so a difference of two figures is uncertain by up to 4). The property tests count these cases.
package disclosure

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
)

const (
	// Threshold is the smallest count published: 1..Threshold-1 are suppressed.
	Threshold = 8
	// Base is the rounding base of published counts.
	Base = 5
	// MaxDims bounds a table's dimensions (the lower-dimensional tables protected with it grow as 2^dims).
	MaxDims = 4
	// MaxCells bounds a table's cells: secondary suppression is a linear-algebra problem over them.
	MaxCells = 20000
)

// Count is one published figure: Value is the rounded count, 0 and meaningless when Suppressed.
type Count struct {
	Value      int64
	Suppressed bool
	Rounded    bool
}

// Cell is one cell of a table: a value per dimension and its true count (≥ 1; empty cells are not listed).
type Cell struct {
	Key []string
	N   int64
}

// PublishedCell is a cell as published.
type PublishedCell struct {
	Key   []string
	Count Count
}

// Table is a protected table: its cells in the input's order and its total (the sum of the cells).
type Table struct {
	Cells []PublishedCell
	Total Count
}

// Round rounds n to the nearest multiple of Base, halves up (8 → 10, 12 → 10, 13 → 15).
func Round(n int64) int64 {
	if n < 0 {
		return -Round(-n)
	}
	return (n + Base/2) / Base * Base
}

// Publish is the published form of a count that needs no secondary suppression: suppressed when 1..7, else
// rounded.
func Publish(n int64) Count {
	if n >= 1 && n < Threshold {
		return Count{Suppressed: true}
	}
	return Count{Value: Round(n), Rounded: true}
}

// ErrTable is returned for a table Protect refuses: wrong key lengths, duplicate keys, counts below 1, too many
// dimensions or cells.
var ErrTable = errors.New("disclosure: invalid table")

// Protect applies primary and secondary suppression and rounding to a table of dims dimensions. The total is the
// sum of the cells. The result is deterministic: the same cells in any order give the same suppression pattern.
func Protect(dims int, cells []Cell) (*Table, error) {
	t, err := newTable(dims, cells)
	if err != nil {
		return nil, err
	}
	sup, totalSup := t.protect()
	out := &Table{Cells: make([]PublishedCell, len(cells))}
	for i, c := range cells {
		j := t.index[keyString(c.Key)]
		pc := PublishedCell{Key: c.Key}
		if sup[j] {
			pc.Count = Count{Suppressed: true}
		} else {
			pc.Count = Count{Value: Round(c.N), Rounded: true}
		}
		out.Cells[i] = pc
	}
	if totalSup {
		out.Total = Count{Suppressed: true}
	} else {
		out.Total = Count{Value: Round(t.total()), Rounded: true}
	}
	return out, nil
}

// table is the working form: cells sorted by key, so that ties break the same way whatever the input order.
type table struct {
	dims  int
	keys  [][]string
	n     []int64
	index map[string]int
}

func keyString(k []string) string { return strings.Join(k, "\x00") }

func newTable(dims int, cells []Cell) (*table, error) {
	if dims < 0 || dims > MaxDims {
		return nil, fmt.Errorf("%w: %d dimensions (at most %d)", ErrTable, dims, MaxDims)
	}
	if len(cells) > MaxCells {
		return nil, fmt.Errorf("%w: %d cells (at most %d)", ErrTable, len(cells), MaxCells)
	}
	t := &table{dims: dims, index: make(map[string]int, len(cells))}
	sorted := slices.Clone(cells)
	sort.Slice(sorted, func(a, b int) bool { return slices.Compare(sorted[a].Key, sorted[b].Key) < 0 })
	for _, c := range sorted {
		if len(c.Key) != dims {
			return nil, fmt.Errorf("%w: key %q has %d values, want %d", ErrTable, c.Key, len(c.Key), dims)
		}
		if c.N < 1 {
			return nil, fmt.Errorf("%w: key %q has count %d (empty cells are left out)", ErrTable, c.Key, c.N)
		}
		ks := keyString(c.Key)
		if _, dup := t.index[ks]; dup {
			return nil, fmt.Errorf("%w: duplicate key %q", ErrTable, c.Key)
		}
		t.index[ks] = len(t.keys)
		t.keys = append(t.keys, c.Key)
		t.n = append(t.n, c.N)
	}
	return t, nil
}

func (t *table) total() int64 {
	var s int64
	for _, n := range t.n {
		s += n
	}
	return s
}

// group is a marginal total of the table: the cells (indices) it sums.
type group struct {
	members []int
	sum     int64
}

// marginals are the table's lower-dimensional totals, for each proper subset of its dimensions (as a bit mask of
// the dimensions kept), with whether the query over those dimensions publishes it.
type marginal struct {
	group
	published bool
}

// lower protects every proper sub-table (the tables a query over fewer of these dimensions publishes) and returns
// their totals as groups of this table's cells. The empty subset is the grand total.
func (t *table) lower() []marginal {
	var out []marginal
	full := 1<<t.dims - 1
	for keep := full - 1; keep >= 0; keep-- { // finer totals first: suppression stays local
		var dimsKept []int
		for d := 0; d < t.dims; d++ {
			if keep&(1<<d) != 0 {
				dimsKept = append(dimsKept, d)
			}
		}
		groups := map[string]*group{}
		var order []string
		var sub []Cell
		for i, k := range t.keys {
			sk := make([]string, len(dimsKept))
			for j, d := range dimsKept {
				sk[j] = k[d]
			}
			ks := keyString(sk)
			g, ok := groups[ks]
			if !ok {
				g = &group{}
				groups[ks] = g
				order = append(order, ks)
				sub = append(sub, Cell{Key: sk})
			}
			g.members = append(g.members, i)
			g.sum += t.n[i]
		}
		for j := range sub {
			sub[j].N = groups[order[j]].sum
		}
		st, _ := newTable(len(dimsKept), sub) // valid by construction
		var pub []bool
		if len(sub) > 0 {
			sup, _ := st.protect()
			pub = make([]bool, len(sub))
			for j := range sub {
				pub[j] = !sup[st.index[order[j]]]
			}
		}
		for j, ks := range order {
			out = append(out, marginal{group: *groups[ks], published: pub[j]})
		}
	}
	return out
}

// protect returns which cells are suppressed and whether the total is.
func (t *table) protect() (sup []bool, totalSup bool) {
	sup = make([]bool, len(t.n))
	for i, n := range t.n {
		sup[i] = n < Threshold
	}
	total := t.total()
	totalSup = total >= 1 && total < Threshold
	if len(t.n) == 0 {
		return sup, totalSup
	}
	var known []group   // totals an attacker knows exactly
	var targets []group // totals that must stay unknown, besides each suppressed cell
	if t.dims == 0 {
		return sup, totalSup
	}
	for _, m := range t.lower() {
		if m.published {
			known = append(known, m.group)
		} else {
			targets = append(targets, m.group)
		}
	}
	// A cell whose value follows from the known totals even with every cell suppressed is public whatever this
	// response does: suppressing it would hide nothing.
	all := make([]bool, len(t.n))
	for i := range all {
		all[i] = true
	}
	b := t.basis(all, known)
	pinned := make([]bool, len(t.n))
	for i := range pinned {
		pinned[i] = b.determines([]int{i})
	}
	skipGroups := map[int]bool{}
	for {
		if t.fixGroupSums(sup, pinned, known, skipGroups) {
			continue
		}
		target, ok := t.firstRecoverable(sup, known, targets)
		if !ok || !t.suppressOneMore(sup, pinned, known, target) {
			return sup, totalSup
		}
	}
}

// fixGroupSums makes every known total's suppressed part sum to at least Threshold and to more than the number of
// its suppressed cells (else the cells would be small as a group, or all forced to 1), with never a single
// suppressed cell. It suppresses one more published cell of the first group that breaks the rule — the smallest
// whose own value does not follow from the known totals once suppressed, else the smallest — and reports whether
// it changed anything.
func (t *table) fixGroupSums(sup, pinned []bool, known []group, skip map[int]bool) bool {
	for gi, g := range known {
		if skip[gi] {
			continue
		}
		var s int64
		var cnt int
		var cands []int
		for _, i := range g.members {
			if sup[i] {
				s += t.n[i]
				cnt++
			} else if !pinned[i] {
				cands = append(cands, i)
			}
		}
		if cnt == 0 || (s >= Threshold && s > int64(cnt) && cnt > 1) {
			continue
		}
		if len(cands) == 0 && len(g.members) == len(t.n) {
			// The response's own total: "total minus the other cells" must not give a cell back even when those
			// cells are public elsewhere.
			for _, i := range g.members {
				if !sup[i] {
					cands = append(cands, i)
				}
			}
		}
		if len(cands) == 0 {
			// Every published cell's value is known from a lower-dimensional total anyway: suppressing one would
			// hide nothing. The group stays protected by rounding alone (see the package comment).
			skip[gi] = true
			continue
		}
		t.sortByN(cands)
		for _, j := range cands {
			sup[j] = true
			if !t.basis(sup, known).determines([]int{j}) {
				return true
			}
			sup[j] = false
		}
		sup[cands[0]] = true
		return true
	}
	return false
}

func (t *table) sortByN(c []int) {
	sort.Slice(c, func(a, b int) bool {
		if t.n[c[a]] != t.n[c[b]] {
			return t.n[c[a]] < t.n[c[b]]
		}
		return c[a] < c[b]
	})
}

// firstRecoverable returns the first target — a suppressed cell, or an unpublished marginal total — whose value
// follows from the known totals and the published cells.
func (t *table) firstRecoverable(sup []bool, known []group, targets []group) (group, bool) {
	b := t.basis(sup, known)
	for i := range t.n {
		if sup[i] && b.determines([]int{i}) {
			return group{members: []int{i}, sum: t.n[i]}, true
		}
	}
	for _, g := range targets {
		if b.determines(g.members) {
			return g, true
		}
	}
	return group{}, false
}

// suppressOneMore suppresses one more published cell near target: the smallest cell, among those sharing a known
// total with one of its cells, whose suppression makes the target unrecoverable; failing that, the smallest such
// cell; failing that, the smallest published cell anywhere. It reports false when no cell is left whose suppression would hide anything.
func (t *table) suppressOneMore(sup, pinned []bool, known []group, target group) bool {
	var near []int
	seen := map[int]bool{}
	for _, g := range known {
		touches := false
		for _, m := range target.members {
			if slices.Contains(g.members, m) {
				touches = true
				break
			}
		}
		if !touches {
			continue
		}
		for _, j := range g.members {
			if !sup[j] && !pinned[j] && !seen[j] {
				seen[j] = true
				near = append(near, j)
			}
		}
	}
	t.sortByN(near)
	var rest []int
	for j := range t.n {
		if !sup[j] && !pinned[j] && !seen[j] {
			rest = append(rest, j)
		}
	}
	t.sortByN(rest)
	cands := append(near, rest...)
	for _, j := range cands {
		sup[j] = true
		if b := t.basis(sup, known); !b.determines([]int{j}) && !b.determines(target.members) {
			return true
		}
		sup[j] = false
	}
	if len(cands) == 0 {
		return false
	}
	sup[cands[0]] = true
	return true
}
