package disclosure

import "math/bits"

// The linear algebra of secondary suppression: which sums of suppressed cells follow from known totals. Arithmetic
// is modulo the prime 2^61-1, exact for the 0/1 systems here (a sum that follows over the rationals follows modulo
// the prime; the converse can fail only when the prime divides a determinant of the system, which would make the
// protection suppress more, never less).

const prime = 1<<61 - 1

func addMod(a, b uint64) uint64 {
	s := a + b
	if s >= prime {
		s -= prime
	}
	return s
}

func subMod(a, b uint64) uint64 {
	if a >= b {
		return a - b
	}
	return a + prime - b
}

func mulMod(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	// a*b = hi*2^64 + lo; 2^64 ≡ 8 (mod 2^61-1); fold 61-bit halves.
	r := (lo & prime) + (lo >> 61) + (hi << 3)
	for r >= prime {
		r -= prime
	}
	return r
}

func powMod(a, e uint64) uint64 {
	r := uint64(1)
	for e > 0 {
		if e&1 == 1 {
			r = mulMod(r, a)
		}
		a = mulMod(a, a)
		e >>= 1
	}
	return r
}

func invMod(a uint64) uint64 { return powMod(a, prime-2) }

// basis is the row space of the known totals restricted to the suppressed cells, in echelon form: each row has a
// pivot (coefficient 1) that is zero in every row added after it.
type basis struct {
	col    map[int]int // cell index → column
	rows   [][]uint64
	pivots []int
}

func (t *table) basis(sup []bool, known []group) *basis {
	b := &basis{col: map[int]int{}}
	for i, s := range sup {
		if s {
			b.col[i] = len(b.col)
		}
	}
	for _, g := range known {
		v := b.vector(g.members)
		if v == nil {
			continue
		}
		b.reduce(v)
		for c, x := range v {
			if x != 0 {
				inv := invMod(x)
				for k := range v {
					v[k] = mulMod(v[k], inv)
				}
				b.rows = append(b.rows, v)
				b.pivots = append(b.pivots, c)
				break
			}
		}
	}
	return b
}

// vector is the indicator of the suppressed cells among members; nil when none is suppressed.
func (b *basis) vector(members []int) []uint64 {
	var v []uint64
	for _, m := range members {
		if c, ok := b.col[m]; ok {
			if v == nil {
				v = make([]uint64, len(b.col))
			}
			v[c] = addMod(v[c], 1)
		}
	}
	return v
}

func (b *basis) reduce(v []uint64) {
	for r, row := range b.rows {
		f := v[b.pivots[r]]
		if f == 0 {
			continue
		}
		for k, x := range row {
			if x != 0 {
				v[k] = subMod(v[k], mulMod(f, x))
			}
		}
	}
}

// determines reports whether the sum of the members follows from the known totals and the published cells: its
// suppressed part is in the row space (an empty suppressed part follows from the published cells alone).
func (b *basis) determines(members []int) bool {
	v := b.vector(members)
	if v == nil {
		return true
	}
	b.reduce(v)
	for _, x := range v {
		if x != 0 {
			return false
		}
	}
	return true
}
