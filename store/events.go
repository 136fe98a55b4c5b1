package store

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Meta locates an event on the chain.
type Meta struct {
	Block    uint64
	LogIndex uint
	TxHash   common.Hash
	// BlockTime is the block's timestamp (unix seconds).
	BlockTime uint64
}

// Event is one decoded contract event, in the store's own terms (the store does not depend on the bindings).
type Event interface {
	EventMeta() Meta
}

// EventMeta implements Event.
func (m Meta) EventMeta() Meta { return m }

// ConsentGranted is ConsentRegistry.ConsentGranted.
type ConsentGranted struct {
	Meta
	ConsentID common.Hash // the uint256 id, big-endian
	Patient   common.Address
	Grantee   common.Address
	Purposes  uint16
	Actions   uint8
	ExpiresAt uint64
	Scope     common.Hash
	By        common.Address
}

// ConsentRevoked is ConsentRegistry.ConsentRevoked.
type ConsentRevoked struct {
	Meta
	ConsentID common.Hash
	Patient   common.Address
	Grantee   common.Address
	RevokedAt uint64
	By        common.Address
}

// GuardianAppointed is ConsentRegistry.GuardianAppointed.
type GuardianAppointed struct {
	Meta
	Patient  common.Address
	Guardian common.Address
}

// GuardianRemoved is ConsentRegistry.GuardianRemoved.
type GuardianRemoved struct {
	Meta
	Patient  common.Address
	Guardian common.Address
}

// EmergencyAccess is ConsentRegistry.EmergencyAccess.
type EmergencyAccess struct {
	Meta
	Patient    common.Address
	Accessor   common.Address
	ReasonHash common.Hash
	At         uint64
}

// MemberAdded is Membership.MemberAdded.
type MemberAdded struct {
	Meta
	Account  common.Address
	OdsCode  string
	Kind     uint8
	JoinedAt uint64
}

// MemberRemoved is Membership.MemberRemoved.
type MemberRemoved struct {
	Meta
	Account common.Address
	OdsCode string
	LeftAt  uint64
}

// ProposalCreated is BevanGovernor.ProposalCreated.
type ProposalCreated struct {
	Meta
	ProposalID  common.Hash
	Proposer    common.Address
	Targets     []common.Address
	Values      []*big.Int
	Signatures  []string
	Calldatas   [][]byte
	VoteStart   uint64
	VoteEnd     uint64
	Description string
}

// ProposalQueued is BevanGovernor.ProposalQueued.
type ProposalQueued struct {
	Meta
	ProposalID common.Hash
	Eta        uint64
}

// ProposalExecuted is BevanGovernor.ProposalExecuted.
type ProposalExecuted struct {
	Meta
	ProposalID common.Hash
}

// ProposalCanceled is BevanGovernor.ProposalCanceled.
type ProposalCanceled struct {
	Meta
	ProposalID common.Hash
}

// QuorumNumeratorUpdated is BevanGovernor.QuorumNumeratorUpdated (the quorum percentage).
type QuorumNumeratorUpdated struct {
	Meta
	Numerator uint64
}

// VoteCast is BevanGovernor.VoteCast or VoteCastWithParams.
type VoteCast struct {
	Meta
	ProposalID common.Hash
	Voter      common.Address
	Support    uint8 // 0 against, 1 for, 2 abstain
	Weight     *big.Int
	Reason     string
	Params     []byte
}

// RecordAnchored is RecordAnchor.RecordAnchored.
type RecordAnchored struct {
	Meta
	RecordID    common.Hash
	ContentHash common.Hash
	Custodian   common.Address
	Supersedes  common.Hash
	AnchoredAt  uint64
}

// BatchAnchored is RecordAnchor.BatchAnchored.
type BatchAnchored struct {
	Meta
	Root       common.Hash
	Custodian  common.Address
	LeafCount  uint32
	URI        string
	AnchoredAt uint64
}

// ContractEvent is any other event of a Bevan contract (ERC-721 transfers, soulbound locks, role changes, vote
// delegation, governor and timelock settings, timelock operations), decoded with the contract's ABI.
type ContractEvent struct {
	Meta
	Contract string         // the manifest's name: ConsentRegistry, Membership, BevanGovernor, BevanTimelock, ...
	Address  common.Address // the contract's address
	Event    string         // the event's name in the ABI
	Args     string         // the arguments as a JSON object (addresses and bytes as lower-case 0x hex, integers as decimal strings)
}

// ForwardExecuted is BevanForwarder.ExecutedForwardRequest: a relayed meta-transaction.
type ForwardExecuted struct {
	Meta
	Signer  common.Address
	Nonce   *big.Int
	Success bool
}
