// Package model holds the GraphQL API's objects that the server (graphql) marshals and the Go client
// (graphql/client) decodes: one Go type per schema object, its addresses common.Address and its hashes common.Hash.
// The schema keeps them String: MarshalAddress and MarshalHash write them as lowercase 0x hex, as before, and
// UnmarshalAddress and UnmarshalHash read them strictly. gqlgen.yml binds the schema's objects and its String scalar
// to them.
package model

import "github.com/ethereum/go-ethereum/common"

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
