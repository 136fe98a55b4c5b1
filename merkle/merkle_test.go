package merkle

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Hard-coded vector roots shared with the Solidity tests (see vectors.md).
// They were cross-checked against an independent JavaScript reimplementation
// of @openzeppelin/merkle-tree's makeMerkleTree.
const (
	vector3Root = "0x1e42dd97bd15d9215d4c5f0b24ef5c012eb4bba6fa9275ba4215990ca68cd2d8"
	vector5Root = "0x85a0a95ee1ddbd9cebbcf447921c634aeec76b0b98d91667190e65a8b16d3d52"
)

// --- independent hand computation (raw byte keccak, no package helpers) ---

func kec(parts ...[]byte) []byte { return crypto.Keccak256(parts...) }

// handPair is keccak256(min(a,b) || max(a,b)), written out explicitly.
func handPair(a, b []byte) []byte {
	if bytes.Compare(a, b) <= 0 {
		return kec(a, b)
	}
	return kec(b, a)
}

// handLeaf returns keccak256(keccak256(recordId || contentHash)) for record-i/content-i.
func handLeaf(i int) []byte {
	r := kec([]byte(fmt.Sprintf("record-%d", i)))
	c := kec([]byte(fmt.Sprintf("content-%d", i)))
	buf := append(append([]byte{}, r...), c...) // abi.encode(bytes32, bytes32)
	return kec(kec(buf))
}

// handSortedLeaves returns the leaves of record-1..record-n sorted ascending.
func handSortedLeaves(n int) [][]byte {
	var ls [][]byte
	for i := 1; i <= n; i++ {
		ls = append(ls, handLeaf(i))
	}
	slices.SortFunc(ls, bytes.Compare)
	return ls
}

func vectorLeaves(n int) []common.Hash {
	var ls []common.Hash
	for i := 1; i <= n; i++ {
		r := crypto.Keccak256Hash([]byte(fmt.Sprintf("record-%d", i)))
		c := crypto.Keccak256Hash([]byte(fmt.Sprintf("content-%d", i)))
		ls = append(ls, Leaf(r, c))
	}
	return ls
}

func h(b []byte) common.Hash { return common.BytesToHash(b) }

func hs(bs ...[]byte) []common.Hash {
	out := make([]common.Hash, len(bs))
	for i, b := range bs {
		out[i] = h(b)
	}
	return out
}

func checkTree(t *testing.T, tr *Tree, wantRoot common.Hash, wantProofs map[common.Hash][]common.Hash) {
	t.Helper()
	if got := tr.Root(); got != wantRoot {
		t.Fatalf("root = %s, want %s", got.Hex(), wantRoot.Hex())
	}
	if tr.Len() != len(wantProofs) {
		t.Fatalf("Len = %d, want %d", tr.Len(), len(wantProofs))
	}
	for leaf, want := range wantProofs {
		got, err := tr.Proof(leaf)
		if err != nil {
			t.Fatalf("Proof(%s): %v", leaf.Hex(), err)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("Proof(%s) = %x, want %x", leaf.Hex(), got, want)
		}
		if !Verify(wantRoot, leaf, got) {
			t.Fatalf("Verify failed for %s", leaf.Hex())
		}
	}
}

func TestEncoding(t *testing.T) {
	r := crypto.Keccak256Hash([]byte("record-1"))
	c := crypto.Keccak256Hash([]byte("content-1"))
	want := kec(append(r.Bytes(), c.Bytes()...))
	if VersionID(r, c) != h(want) {
		t.Fatalf("VersionID mismatch")
	}
	if LeafOfVersion(h(want)) != h(kec(want)) {
		t.Fatalf("LeafOfVersion mismatch")
	}
	if Leaf(r, c) != h(handLeaf(1)) {
		t.Fatalf("Leaf mismatch")
	}
	// Order of the two fields matters.
	if VersionID(r, c) == VersionID(c, r) {
		t.Fatalf("VersionID must not be symmetric")
	}
}

func TestKnownAnswer1(t *testing.T) {
	l := handSortedLeaves(1)
	tr, err := New(vectorLeaves(1))
	if err != nil {
		t.Fatal(err)
	}
	checkTree(t, tr, h(l[0]), map[common.Hash][]common.Hash{h(l[0]): {}})
}

func TestKnownAnswer2(t *testing.T) {
	l := handSortedLeaves(2)
	root := handPair(l[0], l[1])
	tr, err := New(vectorLeaves(2))
	if err != nil {
		t.Fatal(err)
	}
	checkTree(t, tr, h(root), map[common.Hash][]common.Hash{
		h(l[0]): hs(l[1]),
		h(l[1]): hs(l[0]),
	})
}

func TestKnownAnswer3(t *testing.T) {
	// Array layout: [root, n1, l2, l1, l0]; n1 = H(l1, l0).
	l := handSortedLeaves(3)
	n1 := handPair(l[1], l[0])
	root := handPair(n1, l[2])
	if h(root).Hex() != vector3Root {
		t.Fatalf("hand root %s != hard-coded %s", h(root).Hex(), vector3Root)
	}
	tr, err := New(vectorLeaves(3))
	if err != nil {
		t.Fatal(err)
	}
	if tr.Root() != common.HexToHash(vector3Root) {
		t.Fatalf("root %s != hard-coded %s", tr.Root().Hex(), vector3Root)
	}
	checkTree(t, tr, h(root), map[common.Hash][]common.Hash{
		h(l[0]): hs(l[1], l[2]),
		h(l[1]): hs(l[0], l[2]),
		h(l[2]): hs(n1),
	})
}

func TestKnownAnswer5(t *testing.T) {
	// Array layout (indices 0..8): leaves l0..l4 at 8,7,6,5,4.
	// n3 = H(l1,l0), n2 = H(l3,l2), n1 = H(n3,l4), root = H(n1,n2).
	l := handSortedLeaves(5)
	n3 := handPair(l[1], l[0])
	n2 := handPair(l[3], l[2])
	n1 := handPair(n3, l[4])
	root := handPair(n1, n2)
	if h(root).Hex() != vector5Root {
		t.Fatalf("hand root %s != hard-coded %s", h(root).Hex(), vector5Root)
	}
	tr, err := New(vectorLeaves(5))
	if err != nil {
		t.Fatal(err)
	}
	checkTree(t, tr, h(root), map[common.Hash][]common.Hash{
		h(l[0]): hs(l[1], l[4], n2),
		h(l[1]): hs(l[0], l[4], n2),
		h(l[2]): hs(l[3], n1),
		h(l[3]): hs(l[2], n1),
		h(l[4]): hs(n3, n2),
	})
}

func randomLeaves(rng *rand.Rand, n int) []common.Hash {
	ls := make([]common.Hash, n)
	for i := range ls {
		rng.Read(ls[i][:])
	}
	return ls
}

func TestAllSizes(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	notALeaf := crypto.Keccak256Hash([]byte("not-a-leaf"))
	for n := 1; n <= 300; n++ {
		leaves := randomLeaves(rng, n)
		tr, err := New(leaves)
		if err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
		if tr.Len() != n {
			t.Fatalf("n=%d: Len=%d", n, tr.Len())
		}
		root := tr.Root()
		if n == 1 && root != leaves[0] {
			t.Fatalf("single-leaf root must be the leaf")
		}
		for i, leaf := range leaves {
			proof, err := tr.Proof(leaf)
			if err != nil {
				t.Fatalf("n=%d: Proof: %v", n, err)
			}
			if !Verify(root, leaf, proof) {
				t.Fatalf("n=%d leaf %d: valid proof rejected", n, i)
			}
			if Verify(root, notALeaf, proof) {
				t.Fatalf("n=%d leaf %d: proof accepted for wrong leaf", n, i)
			}
			if n > 1 {
				other := leaves[(i+1)%n]
				if Verify(root, other, proof) {
					t.Fatalf("n=%d leaf %d: proof accepted for another tree leaf", n, i)
				}
				if Verify(root, leaf, proof[:len(proof)-1]) {
					t.Fatalf("n=%d leaf %d: truncated proof accepted", n, i)
				}
			}
			for j := range proof {
				bad := slices.Clone(proof)
				bad[j][rng.Intn(32)] ^= 1 << uint(rng.Intn(8))
				if Verify(root, leaf, bad) {
					t.Fatalf("n=%d leaf %d: tampered proof element %d accepted", n, i, j)
				}
			}
			badRoot := root
			badRoot[0] ^= 0x80
			if Verify(badRoot, leaf, proof) {
				t.Fatalf("n=%d leaf %d: proof accepted against wrong root", n, i)
			}
		}
		if _, err := tr.Proof(notALeaf); !errors.Is(err, ErrUnknownLeaf) {
			t.Fatalf("n=%d: Proof(unknown) err = %v, want ErrUnknownLeaf", n, err)
		}
	}
}

func TestOrderIndependent(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for _, n := range []int{2, 3, 5, 8, 17, 100} {
		leaves := randomLeaves(rng, n)
		orig := slices.Clone(leaves)
		a, err := New(leaves)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(leaves, orig) {
			t.Fatalf("New modified its input")
		}
		for k := 0; k < 10; k++ {
			rng.Shuffle(n, func(i, j int) { leaves[i], leaves[j] = leaves[j], leaves[i] })
			b, err := New(leaves)
			if err != nil {
				t.Fatal(err)
			}
			if a.Root() != b.Root() {
				t.Fatalf("n=%d: root depends on input order", n)
			}
		}
	}
	tr, err := New(vectorLeaves(3))
	if err != nil {
		t.Fatal(err)
	}
	rev := vectorLeaves(3)
	slices.Reverse(rev)
	tr2, err := New(rev)
	if err != nil {
		t.Fatal(err)
	}
	if tr.Root() != tr2.Root() {
		t.Fatalf("vector root depends on input order")
	}
}

func TestErrors(t *testing.T) {
	if _, err := New(nil); !errors.Is(err, ErrEmpty) {
		t.Fatalf("New(nil) err = %v, want ErrEmpty", err)
	}
	if _, err := New([]common.Hash{}); !errors.Is(err, ErrEmpty) {
		t.Fatalf("New(empty) err = %v, want ErrEmpty", err)
	}
	ls := vectorLeaves(3)
	for _, dup := range [][]common.Hash{
		{ls[0], ls[0]},
		{ls[0], ls[1], ls[2], ls[1]},
		{ls[2], ls[0], ls[1], ls[0], ls[2]},
	} {
		if _, err := New(dup); !errors.Is(err, ErrDuplicateLeaf) {
			t.Fatalf("New(dup) err = %v, want ErrDuplicateLeaf", err)
		}
	}
}

func FuzzTree(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{1})
	f.Add(bytes.Repeat([]byte{0xab}, 64)) // duplicate leaf
	f.Add(append(bytes.Repeat([]byte{0}, 32), bytes.Repeat([]byte{0xff}, 32)...))
	for _, n := range []int{1, 3, 5, 13} {
		var b []byte
		for _, l := range vectorLeaves(n) {
			b = append(b, l[:]...)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// Each 32-byte chunk (last one zero-padded) is a leaf.
		var leaves []common.Hash
		for off := 0; off < len(data); off += 32 {
			leaves = append(leaves, common.BytesToHash(common.RightPadBytes(data[off:min(off+32, len(data))], 32)))
		}
		distinct := make(map[common.Hash]bool)
		for _, l := range leaves {
			distinct[l] = true
		}
		tr, err := New(leaves)
		switch {
		case len(leaves) == 0:
			if !errors.Is(err, ErrEmpty) {
				t.Fatalf("err = %v, want ErrEmpty", err)
			}
			return
		case len(distinct) != len(leaves):
			if !errors.Is(err, ErrDuplicateLeaf) {
				t.Fatalf("err = %v, want ErrDuplicateLeaf", err)
			}
			return
		case err != nil:
			t.Fatal(err)
		}
		if tr.Len() != len(leaves) {
			t.Fatalf("Len = %d, want %d", tr.Len(), len(leaves))
		}
		for _, l := range leaves {
			p, err := tr.Proof(l)
			if err != nil {
				t.Fatal(err)
			}
			if !Verify(tr.Root(), l, p) {
				t.Fatalf("proof for %s does not verify", l.Hex())
			}
		}
	})
}

func BenchmarkNew1000(b *testing.B) {
	leaves := randomLeaves(rand.New(rand.NewSource(3)), 1000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(leaves); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkProof1000(b *testing.B) {
	leaves := randomLeaves(rand.New(rand.NewSource(4)), 1000)
	tr, err := New(leaves)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := tr.Proof(leaves[i%len(leaves)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
