// Package metatx builds and signs the EIP-712 messages NHS wallets send to Bevan's relayer: ERC-2771 forward
// requests for the Bevan forwarder (OpenZeppelin ERC2771Forwarder) and ballots for the Governor's castVoteBySig.
package metatx

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/bevan-health/bevan/bindings"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
)

// Domain names of Bevan's EIP-712 verifying contracts (their version is "1").
const (
	ForwarderName = "Bevan Forwarder"
	GovernorName  = "Bevan Governor"
	Version       = "1"
)

var (
	domainTypeHash  = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	requestTypeHash = crypto.Keccak256Hash([]byte("ForwardRequest(address from,address to,uint256 value,uint256 gas,uint256 nonce,uint48 deadline,bytes data)"))
	ballotTypeHash  = crypto.Keccak256Hash([]byte("Ballot(uint256 proposalId,uint8 support,address voter,uint256 nonce)"))
	versionHash     = crypto.Keccak256Hash([]byte(Version))
)

// DomainSeparator is the EIP-712 domain separator of a Bevan contract named name at verifying on chainID.
func DomainSeparator(name string, chainID *big.Int, verifying common.Address) common.Hash {
	return crypto.Keccak256Hash(
		domainTypeHash.Bytes(),
		crypto.Keccak256([]byte(name)),
		versionHash.Bytes(),
		math.U256Bytes(new(big.Int).Set(chainID)),
		common.LeftPadBytes(verifying.Bytes(), 32),
	)
}

// Request is an ERC-2771 forward request as the wallet signs it.
type Request struct {
	From     common.Address `json:"from"`
	To       common.Address `json:"to"`
	Value    *big.Int       `json:"value"`
	Gas      uint64         `json:"gas"`
	Nonce    *big.Int       `json:"nonce"`
	Deadline uint64         `json:"deadline"` // unix seconds (uint48 on-chain)
	Data     []byte         `json:"data"`
}

// Check rejects requests that cannot be valid whatever the chain says.
func (r *Request) Check() error {
	switch {
	case r.From == (common.Address{}):
		return errors.New("from is the zero address")
	case r.To == (common.Address{}):
		return errors.New("to is the zero address")
	case r.Nonce == nil || r.Nonce.Sign() < 0:
		return errors.New("nonce is missing or negative")
	case r.Value != nil && r.Value.Sign() < 0:
		return errors.New("value is negative")
	case r.Deadline >= 1<<48:
		return errors.New("deadline does not fit in uint48")
	case r.Gas == 0:
		return errors.New("gas is zero")
	}
	return nil
}

func (r *Request) value() *big.Int {
	if r.Value == nil {
		return new(big.Int)
	}
	return r.Value
}

// StructHash is the EIP-712 hashStruct of the request.
func (r *Request) StructHash() common.Hash {
	return crypto.Keccak256Hash(
		requestTypeHash.Bytes(),
		common.LeftPadBytes(r.From.Bytes(), 32),
		common.LeftPadBytes(r.To.Bytes(), 32),
		math.U256Bytes(new(big.Int).Set(r.value())),
		math.U256Bytes(new(big.Int).SetUint64(r.Gas)),
		math.U256Bytes(new(big.Int).Set(r.Nonce)),
		math.U256Bytes(new(big.Int).SetUint64(r.Deadline)),
		crypto.Keccak256(r.Data),
	)
}

// Digest is the EIP-712 digest the wallet signs, for the forwarder at forwarder on chainID. It is also the request's
// id in the relayer.
func (r *Request) Digest(chainID *big.Int, forwarder common.Address) common.Hash {
	return TypedDigest(DomainSeparator(ForwarderName, chainID, forwarder), r.StructHash())
}

// Sign signs the request for the forwarder at forwarder on chainID (signature V is 27 or 28, as OpenZeppelin's
// ECDSA expects).
func (r *Request) Sign(key *ecdsa.PrivateKey, chainID *big.Int, forwarder common.Address) ([]byte, error) {
	if err := r.Check(); err != nil {
		return nil, fmt.Errorf("forward request: %w", err)
	}
	return SignDigest(key, r.Digest(chainID, forwarder))
}

// ForwardRequestData is the request with its signature as the forwarder's execute() takes it.
func (r *Request) ForwardRequestData(sig []byte) bindings.ERC2771ForwarderForwardRequestData {
	return bindings.ERC2771ForwarderForwardRequestData{
		From:      r.From,
		To:        r.To,
		Value:     new(big.Int).Set(r.value()),
		Gas:       new(big.Int).SetUint64(r.Gas),
		Deadline:  new(big.Int).SetUint64(r.Deadline),
		Data:      r.Data,
		Signature: sig,
	}
}

// executeSelector is the selector of the forwarder's execute((address,address,uint256,uint256,uint48,bytes,bytes)).
var executeSelector = crypto.Keccak256([]byte("execute((address,address,uint256,uint256,uint48,bytes,bytes))"))[:4]

// ExecuteCalldata is the calldata of the forwarder's execute(request) with the signature: the ABI encoding that
// ForwardRequestData packed with the forwarder's ABI gives, written directly (no reflection, which made packing a
// tenth of the relayer's acceptance work).
func (r *Request) ExecuteCalldata(sig []byte) ([]byte, error) {
	if v := r.value(); v.Sign() < 0 || v.BitLen() > 256 || r.Deadline >= 1<<48 {
		return nil, errors.New("value or deadline out of range")
	}
	padded := func(n int) int { return (n + 31) / 32 * 32 }
	out := make([]byte, 4+32+7*32+32+padded(len(r.Data))+32+padded(len(sig)))
	copy(out, executeSelector)
	w := out[4:]
	word := func(i int) []byte { return w[32*i : 32*i+32] }
	putUint := func(i int, v uint64) { new(big.Int).SetUint64(v).FillBytes(word(i)) }
	putUint(0, 32) // the tuple's offset
	copy(word(1)[12:], r.From[:])
	copy(word(2)[12:], r.To[:])
	r.value().FillBytes(word(3))
	putUint(4, r.Gas)
	putUint(5, r.Deadline)
	putUint(6, 7*32) // data's offset in the tuple
	putUint(7, uint64(7*32+32+padded(len(r.Data))))
	putUint(8, uint64(len(r.Data)))
	copy(w[9*32:], r.Data)
	sigAt := 9*32 + padded(len(r.Data))
	putUint(sigAt/32, uint64(len(sig)))
	copy(w[sigAt+32:], sig)
	return out, nil
}

// Ballot is a Governor vote signed for castVoteBySig.
type Ballot struct {
	ProposalID *big.Int       `json:"proposalId"`
	Support    uint8          `json:"support"` // 0 against, 1 for, 2 abstain
	Voter      common.Address `json:"voter"`
	Nonce      *big.Int       `json:"nonce"`
}

// StructHash is the EIP-712 hashStruct of the ballot.
func (b *Ballot) StructHash() common.Hash {
	return crypto.Keccak256Hash(
		ballotTypeHash.Bytes(),
		math.U256Bytes(new(big.Int).Set(b.ProposalID)),
		math.U256Bytes(new(big.Int).SetUint64(uint64(b.Support))),
		common.LeftPadBytes(b.Voter.Bytes(), 32),
		math.U256Bytes(new(big.Int).Set(b.Nonce)),
	)
}

// Digest is the EIP-712 digest of the ballot for the Governor at governor on chainID.
func (b *Ballot) Digest(chainID *big.Int, governor common.Address) common.Hash {
	return TypedDigest(DomainSeparator(GovernorName, chainID, governor), b.StructHash())
}

// Sign signs the ballot (V is 27 or 28).
func (b *Ballot) Sign(key *ecdsa.PrivateKey, chainID *big.Int, governor common.Address) ([]byte, error) {
	if b.ProposalID == nil || b.Nonce == nil {
		return nil, errors.New("ballot: proposal id and nonce are required")
	}
	if b.Support > 2 {
		return nil, fmt.Errorf("ballot: support %d is not 0 (against), 1 (for) or 2 (abstain)", b.Support)
	}
	return SignDigest(key, b.Digest(chainID, governor))
}

// Errors of Recover, each a reason the forwarder's and the Governor's ECDSA would refuse the signature.
var (
	ErrSignatureLength = errors.New("signature is not 65 bytes")
	ErrSignatureV      = errors.New("signature v is not 27 or 28 (OpenZeppelin's ECDSA takes only those)")
	ErrMalleable       = errors.New("malleable signature: s is in the upper half of the curve order; use the canonical form")
)

// Recover returns the address that signed digest with a 65-byte signature. Like OpenZeppelin's ECDSA, which the
// forwarder and the Governor use, it accepts only V 27 or 28 and rejects malleable signatures (s in the upper half
// of the curve order): a signature it accepts is one the contracts accept. Its refusals wrap ErrSignatureLength,
// ErrSignatureV or ErrMalleable.
func Recover(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("%w: it is %d", ErrSignatureLength, len(sig))
	}
	if sig[64] != 27 && sig[64] != 28 {
		return common.Address{}, fmt.Errorf("%w: it is %d", ErrSignatureV, sig[64])
	}
	if new(big.Int).SetBytes(sig[32:64]).Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, ErrMalleable
	}
	var c [65]byte
	copy(c[:], sig)
	c[64] -= 27
	// The uncompressed public key's hash names the signer: no curve point is rebuilt (SigToPub parses it back into
	// an ecdsa.PublicKey and PubkeyToAddress serialises it again).
	pub, err := crypto.Ecrecover(digest[:], c[:])
	if err != nil {
		return common.Address{}, fmt.Errorf("recover signer: %w", err)
	}
	return common.BytesToAddress(crypto.Keccak256(pub[1:])[12:]), nil
}

var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// TypedDigest is the EIP-712 digest keccak256("\x19\x01" ‖ domainSeparator ‖ structHash).
func TypedDigest(domain, structHash common.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte("\x19\x01"), domain.Bytes(), structHash.Bytes())
}

// SignDigest signs an EIP-712 digest with V 27 or 28, the form Recover (and OpenZeppelin's ECDSA) accepts.
func SignDigest(key *ecdsa.PrivateKey, digest common.Hash) ([]byte, error) {
	sig, err := crypto.Sign(digest.Bytes(), key)
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	sig[64] += 27
	return sig, nil
}
