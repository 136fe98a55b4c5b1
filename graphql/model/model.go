// Package model holds the GraphQL API's objects that the server (graphql) marshals and the Go client
// (graphql/client) decodes: one Go type per schema object, its addresses common.Address and its hashes common.Hash.
// The schema keeps them String: MarshalAddress, MarshalHash (and MarshalBytes for calldata) write them as lowercase 0x hex, as before, and
// UnmarshalAddress and UnmarshalHash read them strictly. gqlgen.yml binds the schema's objects and its String scalar
// to them.
package model

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Times are unix seconds, blocks block numbers; a nil pointer is a null (for instance not removed).

// ConsentEvent is a grant or a revocation of a consent.
type ConsentEvent struct {
	ConsentID common.Hash `json:"consentId"`
	// Kind is "granted" or "revoked".
	Kind     string         `json:"kind"`
	Patient  common.Address `json:"patient"`
	Grantee  common.Address `json:"grantee"`
	At       uint64         `json:"at"`
	By       common.Address `json:"by"`
	Block    uint64         `json:"block"`
	LogIndex uint64         `json:"logIndex"`
	Tx       common.Hash    `json:"tx"`
}

// Guardian is a guardian appointed by a patient.
type Guardian struct {
	Patient        common.Address `json:"patient"`
	Guardian       common.Address `json:"guardian"`
	AppointedBlock uint64         `json:"appointedBlock"`
	AppointedTx    common.Hash    `json:"appointedTx"`
	// RemovedBlock is the block it was removed in (only seen with time travel).
	RemovedBlock *uint64 `json:"removedBlock"`
}

// EmergencyAccess is a recorded break-glass access.
type EmergencyAccess struct {
	Patient    common.Address `json:"patient"`
	Accessor   common.Address `json:"accessor"`
	ReasonHash common.Hash    `json:"reasonHash"`
	At         uint64         `json:"at"`
	Block      uint64         `json:"block"`
	Tx         common.Hash    `json:"tx"`
}

// Member is a DAO member organisation.
type Member struct {
	Account common.Address `json:"account"`
	ODSCode string         `json:"odsCode"`
	// Kind is nhs-trust, gp-practice, local-authority, care-provider or other.
	Kind        string      `json:"kind"`
	JoinedBlock uint64      `json:"joinedBlock"`
	LeftBlock   *uint64     `json:"leftBlock"`
	Tx          common.Hash `json:"tx"`
}

// Vote is a member's vote on a proposal.
type Vote struct {
	ProposalID common.Hash    `json:"proposalId"`
	Voter      common.Address `json:"voter"`
	// Support is Against (0), For (1) or Abstain (2).
	Support uint8       `json:"support"`
	Weight  string      `json:"weight"`
	Reason  string      `json:"reason"`
	Block   uint64      `json:"block"`
	Tx      common.Hash `json:"tx"`
}

// Anchor is an anchored version of a record.
type Anchor struct {
	RecordID    common.Hash    `json:"recordId"`
	ContentHash common.Hash    `json:"contentHash"`
	Custodian   common.Address `json:"custodian"`
	// Supersedes is the content hash of the version this one replaces (zero for a first version).
	Supersedes common.Hash `json:"supersedes"`
	AnchoredAt uint64      `json:"anchoredAt"`
	Block      uint64      `json:"block"`
	Tx         common.Hash `json:"tx"`
}

// Batch is an anchored Merkle batch of records.
type Batch struct {
	Root       common.Hash    `json:"root"`
	Custodian  common.Address `json:"custodian"`
	LeafCount  uint64         `json:"leafCount"`
	URI        string         `json:"uri"`
	AnchoredAt uint64         `json:"anchoredAt"`
	Block      uint64         `json:"block"`
	Tx         common.Hash    `json:"tx"`
}

// ConsentStatus is a consent's status at the block (or time) of the query.
type ConsentStatus string

// Consent statuses.
const (
	ConsentActive  ConsentStatus = "ACTIVE"
	ConsentRevoked ConsentStatus = "REVOKED"
	ConsentExpired ConsentStatus = "EXPIRED"
)

// Consent is a patient's consent as indexed (one version of it: a revocation makes a new version).
type Consent struct {
	ConsentID common.Hash    `json:"consentId"`
	Patient   common.Address `json:"patient"`
	Grantee   common.Address `json:"grantee"`
	// Purposes are FHIR PurposeOfUse codes (v3-ActReason), e.g. TREAT, HRESCH.
	Purposes    []string `json:"purposes"`
	PurposeMask uint16   `json:"purposeMask"`
	// Actions are FHIR consent action codes: collect, access, use, disclose, correct.
	Actions      []string        `json:"actions"`
	ActionMask   uint8           `json:"actionMask"`
	ExpiresAt    *uint64         `json:"expiresAt"`
	Scope        common.Hash     `json:"scope"`
	GrantedBy    common.Address  `json:"grantedBy"`
	GrantedAt    uint64          `json:"grantedAt"`
	GrantedBlock uint64          `json:"grantedBlock"`
	GrantedTx    common.Hash     `json:"grantedTx"`
	Revoked      bool            `json:"revoked"`
	RevokedAt    *uint64         `json:"revokedAt"`
	RevokedBy    *common.Address `json:"revokedBy"`
	RevokedBlock *uint64         `json:"revokedBlock"`
	RevokedTx    *common.Hash    `json:"revokedTx"`
	Status       ConsentStatus   `json:"status"`
	// ValidFrom and ValidUntil are the blocks this version is valid for: [ValidFrom, ValidUntil).
	ValidFrom  uint64  `json:"validFrom"`
	ValidUntil *uint64 `json:"validUntil"`
	// StatusTime is the unix time Status was judged at (the block's time, the query's time, or consentAt's at): the
	// server's, for the fhir field's now; not part of the API.
	StatusTime int64 `json:"-"`
}

// ProposalState is the Governor's state of a proposal at the block of the query.
type ProposalState string

// Proposal states.
const (
	ProposalPending   ProposalState = "PENDING"
	ProposalActive    ProposalState = "ACTIVE"
	ProposalCanceled  ProposalState = "CANCELED"
	ProposalDefeated  ProposalState = "DEFEATED"
	ProposalSucceeded ProposalState = "SUCCEEDED"
	ProposalQueued    ProposalState = "QUEUED"
	ProposalExpired   ProposalState = "EXPIRED"
	ProposalExecuted  ProposalState = "EXECUTED"
)

// Proposal is a DAO proposal with its tallies.
type Proposal struct {
	ProposalID common.Hash      `json:"proposalId"`
	Proposer   common.Address   `json:"proposer"`
	Targets    []common.Address `json:"targets"`
	// Values are decimal wei amounts.
	Values      []string        `json:"values"`
	Calldatas   []hexutil.Bytes `json:"calldatas"`
	Description string          `json:"description"`
	// VoteStart is the snapshot block (voting opens after it); VoteEnd the last block of voting.
	VoteStart     uint64  `json:"voteStart"`
	VoteEnd       uint64  `json:"voteEnd"`
	CreatedBlock  uint64  `json:"createdBlock"`
	CreatedAt     uint64  `json:"createdAt"`
	ETA           *uint64 `json:"eta"`
	QueuedBlock   *uint64 `json:"queuedBlock"`
	ExecutedBlock *uint64 `json:"executedBlock"`
	CanceledBlock *uint64 `json:"canceledBlock"`
	ForVotes      uint64  `json:"forVotes"`
	AgainstVotes  uint64  `json:"againstVotes"`
	AbstainVotes  uint64  `json:"abstainVotes"`
	VoteCount     uint64  `json:"voteCount"`
	// Quorum is the number of votes for or abstaining needed.
	Quorum uint64        `json:"quorum"`
	State  ProposalState `json:"state"`
}
