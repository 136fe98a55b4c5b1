package client

import "github.com/bevan-health/bevan/graphql/model"

// The API's objects, as the schema (graphql/schema.graphqls) defines them. Times are unix seconds, blocks block
// numbers; a nil pointer is a null (for instance no expiry, not revoked).

// ConsentStatus is a consent's status at the block (or time) of the query (graphql/model: the type the server marshals).
type ConsentStatus = model.ConsentStatus

// Consent statuses.
const (
	ConsentActive  = model.ConsentActive
	ConsentRevoked = model.ConsentRevoked
	ConsentExpired = model.ConsentExpired
)

// Consent is a patient's consent as indexed (one version of it: a revocation makes a new version) (graphql/model:
// the type the server marshals).
type Consent = model.Consent

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

// ProposalState is the Governor's state of a proposal at the block of the query (graphql/model: the type the
// server marshals).
type ProposalState = model.ProposalState

// Proposal states.
const (
	ProposalPending   = model.ProposalPending
	ProposalActive    = model.ProposalActive
	ProposalCanceled  = model.ProposalCanceled
	ProposalDefeated  = model.ProposalDefeated
	ProposalSucceeded = model.ProposalSucceeded
	ProposalQueued    = model.ProposalQueued
	ProposalExpired   = model.ProposalExpired
	ProposalExecuted  = model.ProposalExecuted
)

// Proposal is a DAO proposal with its tallies (graphql/model: the type the server marshals).
type Proposal = model.Proposal

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
