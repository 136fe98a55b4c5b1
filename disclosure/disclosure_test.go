package disclosure

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"testing"
)

// cases is the number of random tables the property tests generate: BEVAN_DISCLOSURE_CASES (CI sets 10000;
// `make ci` exports it), else 2000.
func cases(t *testing.T) int {
	if s := os.Getenv("BEVAN_DISCLOSURE_CASES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			t.Fatalf("BEVAN_DISCLOSURE_CASES=%q: want a positive integer", s)
		}
		return n
	}
	if testing.Short() {
		return 200
	}
	return 2000
}

// randomTable draws a sparse table: 1–3 dimensions (sometimes 4), a few values each, counts mixing the small
// ones disclosure control is about with large ones.
func randomTable(r *rand.Rand) (int, []Cell) {
	dims := 1 + r.IntN(3)
	if r.IntN(10) == 0 {
		dims = 4
	}
	if r.IntN(20) == 0 {
		dims = 0
	}
	sizes := make([]int, dims)
	for d := range sizes {
		sizes[d] = 1 + r.IntN(6)
		if dims >= 3 {
			sizes[d] = 1 + r.IntN(3)
		}
	}
	density := 0.2 + 0.8*r.Float64()
	var cells []Cell
	var walk func(d int, key []string)
	walk = func(d int, key []string) {
		if d == dims {
			if dims > 0 && r.Float64() > density {
				return
			}
			var n int64
			switch r.IntN(4) {
			case 0:
				n = 1 + r.Int64N(7)
			case 1:
				n = 1 + r.Int64N(20)
			case 2:
				n = 8 + r.Int64N(100)
			default:
				n = 1 + r.Int64N(2000)
			}
			cells = append(cells, Cell{Key: slices.Clone(key), N: n})
			return
		}
		for v := 0; v < sizes[d]; v++ {
			walk(d+1, append(key, fmt.Sprintf("d%dv%d", d, v)))
		}
	}
	walk(0, nil)
	r.Shuffle(len(cells), func(a, b int) { cells[a], cells[b] = cells[b], cells[a] })
	return dims, cells
}

// published is everything an attacker sees for one table: the response and every response over fewer of its
// dimensions, each as (members of the table, known exact value or suppressed).
type equation struct {
	members   []int
	published bool
}

func attackerView(t *testing.T, dims int, cells []Cell, res *Table) (own []bool, eqs []equation) {
	t.Helper()
	own = make([]bool, len(cells))
	for i, pc := range res.Cells {
		own[i] = pc.Count.Suppressed
	}
	for keep := 0; keep < 1<<dims-1; keep++ {
		var kept []int
		for d := 0; d < dims; d++ {
			if keep&(1<<d) != 0 {
				kept = append(kept, d)
			}
		}
		idx := map[string]int{}
		var sub []Cell
		var members [][]int
		for i, c := range cells {
			k := make([]string, len(kept))
			for j, d := range kept {
				k[j] = c.Key[d]
			}
			ks := keyString(k)
			j, ok := idx[ks]
			if !ok {
				j = len(sub)
				idx[ks] = j
				sub = append(sub, Cell{Key: k})
				members = append(members, nil)
			}
			sub[j].N += c.N
			members[j] = append(members[j], i)
		}
		lt, err := Protect(len(kept), sub)
		if err != nil {
			t.Fatal(err)
		}
		for j, pc := range lt.Cells {
			eqs = append(eqs, equation{members: members[j], published: !pc.Count.Suppressed})
		}
	}
	all := make([]int, len(cells))
	for i := range all {
		all[i] = i
	}
	if len(cells) > 0 {
		eqs = append(eqs, equation{members: all, published: !res.Total.Suppressed})
	}
	return own, eqs
}

// rowSpace is an exact (rational) echelon basis, independent of the package's modular one.
type rowSpace struct {
	rows   [][]*big.Rat
	pivots []int
}

func (s *rowSpace) reduce(v []*big.Rat) {
	for r, row := range s.rows {
		f := new(big.Rat).Set(v[s.pivots[r]])
		if f.Sign() == 0 {
			continue
		}
		for k := range v {
			v[k].Sub(v[k], new(big.Rat).Mul(f, row[k]))
		}
	}
}

func (s *rowSpace) add(v []*big.Rat) {
	s.reduce(v)
	for c, x := range v {
		if x.Sign() != 0 {
			inv := new(big.Rat).Inv(x)
			for k := range v {
				v[k].Mul(v[k], inv)
			}
			s.rows = append(s.rows, v)
			s.pivots = append(s.pivots, c)
			return
		}
	}
}

func (s *rowSpace) contains(v []*big.Rat) bool {
	s.reduce(v)
	for _, x := range v {
		if x.Sign() != 0 {
			return false
		}
	}
	return true
}

func indicator(members []int, col map[int]int) ([]*big.Rat, int) {
	v := make([]*big.Rat, len(col))
	for k := range v {
		v[k] = new(big.Rat)
	}
	n := 0
	for _, m := range members {
		if c, ok := col[m]; ok {
			v[c].Add(v[c], big.NewRat(1, 1))
			n++
		}
	}
	return v, n
}

func TestPropertyNothingSmallNothingRecoverable(t *testing.T) {
	n := cases(t)
	r := rand.New(rand.NewPCG(20261130, 16))
	suppressedCells, secondary, residual := 0, 0, 0
	for c := 0; c < n; c++ {
		dims, cells := randomTable(r)
		res, err := Protect(dims, cells)
		if err != nil {
			t.Fatalf("case %d: %v", c, err)
		}
		var total int64
		for i, pc := range res.Cells {
			total += cells[i].N
			checkCount(t, c, cells[i].N, pc.Count)
			if pc.Count.Suppressed {
				suppressedCells++
				if cells[i].N >= Threshold {
					secondary++
				}
			}
			if !slices.Equal(pc.Key, cells[i].Key) {
				t.Fatalf("case %d: cell %d key %q, want %q", c, i, pc.Key, cells[i].Key)
			}
		}
		checkCount(t, c, total, res.Total)

		own, eqs := attackerView(t, dims, cells, res)
		col := map[int]int{}
		for i, s := range own {
			if s {
				col[i] = len(col)
			}
		}
		// What other responses alone give away (a suppressed cell whose value follows from lower-dimensional
		// responses' published figures even with this whole response suppressed) is the residual the package
		// comment names: counted, not this response's disclosure.
		allCol := map[int]int{}
		for i := range cells {
			allCol[i] = i
		}
		lowerOnly := &rowSpace{}
		space := &rowSpace{}
		for _, e := range eqs {
			if !e.published {
				continue
			}
			// The grand total is published by every response (it is the zero-dimensional one).
			w, _ := indicator(e.members, allCol)
			lowerOnly.add(w)
			v, k := indicator(e.members, col)
			if k == 0 {
				continue
			}
			space.add(v)
		}
		for i, s := range own {
			if !s {
				continue
			}
			v, _ := indicator([]int{i}, col)
			if space.contains(v) {
				if w, _ := indicator([]int{i}, allCol); lowerOnly.contains(w) {
					residual++
					continue
				}
				t.Fatalf("case %d (dims %d, cells %v): suppressed cell %q (%d) is a linear combination of published figures", c, dims, cells, cells[i].Key, cells[i].N)
			}
		}
		for _, e := range eqs {
			if e.published {
				continue
			}
			v, k := indicator(e.members, col)
			if k == 0 || space.contains(v) {
				if w, _ := indicator(e.members, allCol); lowerOnly.contains(w) {
					residual++
					continue
				}
				t.Fatalf("case %d (dims %d, cells %v): a marginal suppressed in its own response (cells %v) follows from this one", c, dims, cells, e.members)
			}
		}
		// The response's own total: the suppressed cells it leaves must not be forced to 1 each.
		if len(cells) > 0 && !res.Total.Suppressed {
			var s int64
			var k int
			for i, sp := range own {
				if sp {
					s += cells[i].N
					k++
				}
			}
			if k == 1 || (k > 0 && s <= int64(k)) {
				t.Fatalf("case %d (dims %d, cells %v): the total leaves %d suppressed cells summing to %d", c, dims, cells, k, s)
			}
		}
	}
	t.Logf("%d random tables: %d cells suppressed, %d of them secondary; %d figures given away by lower-dimensional responses alone", n, suppressedCells, secondary, residual)
}

func checkCount(t *testing.T, c int, n int64, got Count) {
	t.Helper()
	if got.Suppressed {
		if got.Value != 0 || got.Rounded {
			t.Fatalf("case %d: suppressed count %d published as %+v", c, n, got)
		}
		if n < 1 {
			t.Fatalf("case %d: count %d suppressed", c, n)
		}
		return
	}
	if n >= 1 && n < Threshold {
		t.Fatalf("case %d: count %d published as %+v", c, n, got)
	}
	if got.Value >= 1 && got.Value < Threshold {
		t.Fatalf("case %d: published value %d is in 1–7", c, got.Value)
	}
	if got.Value%Base != 0 || got.Value-n > Base/2 || n-got.Value > Base/2 || !got.Rounded {
		t.Fatalf("case %d: count %d published as %+v, want the nearest multiple of %d", c, n, got, Base)
	}
}

func TestPropertyDeterministicAndOrderFree(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 16))
	for c := 0; c < cases(t)/10; c++ {
		dims, cells := randomTable(r)
		a, err := Protect(dims, cells)
		if err != nil {
			t.Fatal(err)
		}
		shuffled := slices.Clone(cells)
		r.Shuffle(len(shuffled), func(x, y int) { shuffled[x], shuffled[y] = shuffled[y], shuffled[x] })
		b, err := Protect(dims, shuffled)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]Count{}
		for _, pc := range b.Cells {
			got[keyString(pc.Key)] = pc.Count
		}
		for _, pc := range a.Cells {
			if got[keyString(pc.Key)] != pc.Count {
				t.Fatalf("case %d: %q is %+v in one order and %+v in another", c, pc.Key, pc.Count, got[keyString(pc.Key)])
			}
		}
		if a.Total != b.Total {
			t.Fatalf("case %d: totals differ with the order", c)
		}
	}
}

func TestRound(t *testing.T) {
	for n, want := range map[int64]int64{0: 0, 8: 10, 10: 10, 12: 10, 13: 15, 17: 15, 18: 20, 1002: 1000, 1003: 1005} {
		if got := Round(n); got != want {
			t.Errorf("Round(%d) = %d, want %d", n, got, want)
		}
	}
	for n := int64(0); n < 1000; n++ {
		if Round(n) > Round(n+1) {
			t.Fatalf("Round not monotone at %d", n)
		}
	}
}

// The case: three patients granted HRESCH to one sponsor. Neither the cell nor the total minus the other
// cells gives 3 back.
func TestThreeResearchConsentsStayHidden(t *testing.T) {
	cells := []Cell{{Key: []string{"HRESCH"}, N: 3}, {Key: []string{"TREAT"}, N: 240}, {Key: []string{"CAREMGT"}, N: 61}, {Key: []string{"POPHLTH"}, N: 12}}
	res, err := Protect(1, cells)
	if err != nil {
		t.Fatal(err)
	}
	var published, suppressed int
	for _, pc := range res.Cells {
		if pc.Count.Suppressed {
			suppressed++
		} else {
			published += int(pc.Count.Value)
		}
	}
	if !res.Cells[0].Count.Suppressed || suppressed < 2 {
		t.Fatalf("HRESCH=3 needs primary and secondary suppression: %+v", res.Cells)
	}
	if int(res.Total.Value)-published == 3 {
		t.Fatalf("total %d minus published cells %d gives 3 back", res.Total.Value, published)
	}
	if !res.Cells[3].Count.Suppressed {
		t.Fatalf("POPHLTH (12, the smallest other cell) should be the secondary suppression: %+v", res.Cells)
	}
}

func TestRefusesInvalidTables(t *testing.T) {
	for name, tc := range map[string]struct {
		dims  int
		cells []Cell
	}{
		"key length": {1, []Cell{{Key: []string{"a", "b"}, N: 1}}},
		"zero count": {1, []Cell{{Key: []string{"a"}, N: 0}}},
		"duplicate":  {1, []Cell{{Key: []string{"a"}, N: 9}, {Key: []string{"a"}, N: 9}}},
		"dims":       {5, nil},
	} {
		if _, err := Protect(tc.dims, tc.cells); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// BenchmarkProtectPurposeGrantee protects a table the shape of consentStats(groupBy: [PURPOSE, GRANTEE]) over the
// bench's population (10 purposes × 97 grantees, a few small cells).
func BenchmarkProtectPurposeGrantee(b *testing.B) {
	r := rand.New(rand.NewPCG(16, 97))
	var cells []Cell
	for p := range 10 {
		for g := range 97 {
			n := int64(500 + r.IntN(1000))
			if r.IntN(50) == 0 {
				n = int64(1 + r.IntN(7))
			}
			cells = append(cells, Cell{Key: []string{fmt.Sprintf("P%02d", p), fmt.Sprintf("G%03d", g)}, N: n})
		}
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := Protect(2, cells); err != nil {
			b.Fatal(err)
		}
	}
}
