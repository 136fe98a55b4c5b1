package client

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/bevan-health/bevan/graphql/model"
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

// ConsentEvent is a grant or a revocation of a consent (graphql/model: the type the server marshals).
type ConsentEvent = model.ConsentEvent

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

// Guardian is a guardian appointed by a patient (graphql/model: the type the server marshals).
type Guardian = model.Guardian

const guardianFields = `patient guardian appointedBlock appointedTx removedBlock`

// EmergencyAccess is a recorded break-glass access (graphql/model: the type the server marshals).
type EmergencyAccess = model.EmergencyAccess

const emergencyFields = `patient accessor reasonHash at block tx`

// Member is a DAO member organisation (graphql/model: the type the server marshals).
type Member = model.Member

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

// Vote is a member's vote on a proposal (Support is Against, For or Abstain) (graphql/model: the type the server marshals).
type Vote = model.Vote

const voteFields = `proposalId voter support weight reason block tx`

// Anchor is an anchored version of a record (graphql/model: the type the server marshals).
type Anchor = model.Anchor

const anchorFields = `recordId contentHash custodian supersedes anchoredAt block tx`

// Batch is an anchored Merkle batch of records (graphql/model: the type the server marshals).
type Batch = model.Batch

const batchFields = `root custodian leafCount uri anchoredAt block tx`
