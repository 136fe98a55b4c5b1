// Package merkle builds the Merkle batches used to anchor Bevan record
// versions on chain. Roots and proofs produced here are accepted by
// OpenZeppelin Contracts 5 MerkleProof.verify(proof, root, leaf), and the
// tree layout matches OpenZeppelin's StandardMerkleTree
// (@openzeppelin/merkle-tree), so the same leaf set gives the same root.
//
// # Encoding
//
// A record version is the pair (recordId bytes32, contentHash bytes32).
//
//	versionId = keccak256(abi.encode(recordId, contentHash))
//	          = keccak256(recordId || contentHash)            // 64 bytes
//	leaf      = keccak256(abi.encode(versionId))
//	          = keccak256(versionId)                          // 32 bytes
//
// That is the OpenZeppelin "double-hashed leaf"
// keccak256(bytes.concat(keccak256(abi.encode(recordId, contentHash)))).
//
// Inner nodes use commutative (sorted-pair) hashing:
//
//	node(a, b) = keccak256(min(a, b) || max(a, b))
//
// where a and b are compared as big-endian 32-byte strings.
//
// # Tree shape
//
// As in StandardMerkleTree: leaves are sorted ascending by hash; the tree is
// a complete binary tree stored in an array of length 2n-1, with the sorted
// leaves stored at the end in reverse order (leaf i at index 2n-2-i). The node
// at index i has children 2i+1 and 2i+2; the root is at index 0. A proof lists
// the sibling hashes from the leaf up to (not including) the root.
//
// A single-leaf tree has the leaf as its root and an empty proof. An empty
// leaf set is an error (ErrEmpty), and so is a batch containing the same leaf
// twice (ErrDuplicateLeaf).
package merkle

import (
	"bytes"
	"errors"
	"fmt"
	"math/bits"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Hash is a 32-byte keccak256 digest.
type Hash = common.Hash

// Sentinel errors; test with errors.Is.
var (
	// ErrEmpty is returned by New when given no leaves.
	ErrEmpty = errors.New("merkle: no leaves")
	// ErrDuplicateLeaf is returned by New when a leaf occurs more than once.
	ErrDuplicateLeaf = errors.New("merkle: duplicate leaf")
	// ErrUnknownLeaf is returned by Proof for a leaf that is not in the tree.
	ErrUnknownLeaf = errors.New("merkle: unknown leaf")
)

// VersionID returns keccak256(abi.encode(recordID, contentHash)).
func VersionID(recordID, contentHash common.Hash) common.Hash {
	return crypto.Keccak256Hash(recordID[:], contentHash[:])
}

// LeafOfVersion returns keccak256(abi.encode(versionID)), the tree leaf of a
// record version.
func LeafOfVersion(versionID common.Hash) common.Hash {
	return crypto.Keccak256Hash(versionID[:])
}

// Leaf returns the tree leaf of the record version (recordID, contentHash):
// LeafOfVersion(VersionID(recordID, contentHash)).
func Leaf(recordID, contentHash common.Hash) common.Hash {
	return LeafOfVersion(VersionID(recordID, contentHash))
}

// hashPair is OpenZeppelin's commutative Hashes.commutativeKeccak256.
func hashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// Tree is an immutable Merkle tree over a set of distinct leaves.
type Tree struct {
	nodes []common.Hash       // len 2n-1; root at 0, leaves at the end
	index map[common.Hash]int // leaf -> position in nodes
}

// New builds a tree from already-hashed leaves (see Leaf). The input order
// does not matter and the slice is not modified.
func New(leaves []common.Hash) (*Tree, error) {
	n := len(leaves)
	if n == 0 {
		return nil, ErrEmpty
	}
	sorted := slices.Clone(leaves)
	slices.SortFunc(sorted, func(a, b common.Hash) int { return bytes.Compare(a[:], b[:]) })
	for i := 1; i < n; i++ {
		if sorted[i] == sorted[i-1] {
			return nil, fmt.Errorf("%w: %s", ErrDuplicateLeaf, sorted[i].Hex())
		}
	}
	nodes := make([]common.Hash, 2*n-1)
	index := make(map[common.Hash]int, n)
	for i, l := range sorted {
		pos := len(nodes) - 1 - i
		nodes[pos] = l
		index[l] = pos
	}
	for i := len(nodes) - 1 - n; i >= 0; i-- {
		nodes[i] = hashPair(nodes[2*i+1], nodes[2*i+2])
	}
	return &Tree{nodes: nodes, index: index}, nil
}

// Root returns the Merkle root.
func (t *Tree) Root() common.Hash { return t.nodes[0] }

// Len returns the number of leaves.
func (t *Tree) Len() int { return len(t.index) }

// Proof returns the sibling path for leaf, bottom-up, in the form expected by
// OpenZeppelin MerkleProof.verify. It is empty for a single-leaf tree.
func (t *Tree) Proof(leaf common.Hash) ([]common.Hash, error) {
	i, ok := t.index[leaf]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrUnknownLeaf, leaf.Hex())
	}
	proof := make([]common.Hash, 0, bits.Len(uint(len(t.nodes))))
	for i > 0 {
		sib := i + 1
		if i%2 == 0 {
			sib = i - 1
		}
		proof = append(proof, t.nodes[sib])
		i = (i - 1) / 2
	}
	return proof, nil
}

// Verify reports whether proof proves that leaf is in the tree with the given
// root, using the same algorithm as OpenZeppelin MerkleProof.verify.
func Verify(root, leaf common.Hash, proof []common.Hash) bool {
	h := leaf
	for _, p := range proof {
		h = hashPair(h, p)
	}
	return h == root
}
