package client

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// The API's objects, as the schema (graphql/schema.graphqls) defines them. Times are unix seconds, blocks block
// numbers; a nil pointer is a null (for instance no expiry, not revoked).

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
}

const consentFields = `consentId patient grantee purposes purposeMask actions actionMask expiresAt scope grantedBy grantedAt
	grantedBlock grantedTx revoked revokedAt revokedBy revokedBlock revokedTx status validFrom validUntil`

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

const consentEventFields = `consentId kind patient grantee at by block logIndex tx`

// AccessBasis is on what basis a grantee could access a patient's records at a time.
type AccessBasis string

// Access bases.
const (
	// BasisConsent: a consent permitted the action for the purpose.
	BasisConsent AccessBasis = "CONSENT"
	// BasisEmergencyAccess: no consent did, but the grantee recorded break-glass emergency access to the patient in
	// the 24 hours before (an audited exception; it grants no consent).
	BasisEmergencyAccess AccessBasis = "EMERGENCY_ACCESS"
	// BasisNone: neither.
	BasisNone AccessBasis = "NONE"
)

// Decision answers the audit question: did a consent permit the grantee the action for the purpose at a time?
type Decision struct {
	Permitted bool `json:"permitted"`
	// Basis is BasisConsent when permitted, else BasisEmergencyAccess when a break-glass access covers the time,
	// else BasisNone.
	Basis AccessBasis `json:"basis"`
	// Consent is the permitting consent (the newest one), if any.
	Consent *Consent `json:"consent"`
	// EmergencyAccess is the grantee's latest break-glass access to the patient's records in the 24 hours before
	// the time, if any (it grants no consent: it is reported next to the answer).
	EmergencyAccess *EmergencyAccess `json:"emergencyAccess"`
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

const guardianFields = `patient guardian appointedBlock appointedTx removedBlock`

// EmergencyAccess is a recorded break-glass access.
type EmergencyAccess struct {
	Patient    common.Address `json:"patient"`
	Accessor   common.Address `json:"accessor"`
	ReasonHash common.Hash    `json:"reasonHash"`
	At         uint64         `json:"at"`
	Block      uint64         `json:"block"`
	Tx         common.Hash    `json:"tx"`
}

const emergencyFields = `patient accessor reasonHash at block tx`

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

const memberFields = `account odsCode kind joinedBlock leftBlock tx`

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

const proposalFields = `proposalId proposer targets values calldatas description voteStart voteEnd createdBlock createdAt eta
	queuedBlock executedBlock canceledBlock forVotes againstVotes abstainVotes voteCount quorum state`

// Vote support values.
const (
	Against uint8 = 0
	For     uint8 = 1
	Abstain uint8 = 2
)

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

const voteFields = `proposalId voter support weight reason block tx`

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

const anchorFields = `recordId contentHash custodian supersedes anchoredAt block tx`

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

const batchFields = `root custodian leafCount uri anchoredAt block tx`
