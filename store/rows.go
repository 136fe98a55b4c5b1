package store

// The typed rows the Reader returns, and the one place that names each table's columns: the write path (schema.go,
// plan.go), the read path (Select) and the GraphQL API's filters all use these constants.

// Column names.
const (
	// version columns, on every table
	ColValidFrom  = "valid_from"
	ColFromLog    = "from_log"
	ColValidUntil = "valid_until"

	ColConsentID    = "consent_id"
	ColPatient      = "patient"
	ColGrantee      = "grantee"
	ColPurposes     = "purposes"
	ColActions      = "actions"
	ColExpiresAt    = "expires_at"
	ColScope        = "scope"
	ColGrantedBy    = "granted_by"
	ColGrantedAt    = "granted_at"
	ColGrantedBlock = "granted_block"
	ColGrantedTx    = "granted_tx"
	ColRevoked      = "revoked"
	ColRevokedAt    = "revoked_at"
	ColRevokedBy    = "revoked_by"
	ColRevokedBlock = "revoked_block"
	ColRevokedTx    = "revoked_tx"

	ColKind      = "kind"
	ColAt        = "at"
	ColByAddress = "by_address"
	ColTxHash    = "tx_hash"

	ColGuardian    = "guardian"
	ColAppointedTx = "appointed_tx"
	// ColAppointedBlock is the block a guardian was appointed in (a recovery starts a new version later).
	ColAppointedBlock = "appointed_block"

	ColAccessor   = "accessor"
	ColReasonHash = "reason_hash"

	ColAccount  = "account"
	ColOdsCode  = "ods_code"
	ColJoinedAt = "joined_at"
	ColLeftAt   = "left_at"

	ColProposalID    = "proposal_id"
	ColProposer      = "proposer"
	ColTargets       = "targets"
	ColAmounts       = "amounts"
	ColSignatures    = "signatures"
	ColCalldatas     = "calldatas"
	ColDescription   = "description"
	ColVoteStart     = "vote_start"
	ColVoteEnd       = "vote_end"
	ColCreatedBlock  = "created_block"
	ColCreatedAt     = "created_at"
	ColCreatedTx     = "created_tx"
	ColEta           = "eta"
	ColQueuedBlock   = "queued_block"
	ColExecutedBlock = "executed_block"
	ColCanceledBlock = "canceled_block"
	ColForVotes      = "for_votes"
	ColAgainstVotes  = "against_votes"
	ColAbstainVotes  = "abstain_votes"
	ColVoteCount     = "vote_count"

	ColNumerator = "numerator"

	ColVoter   = "voter"
	ColSupport = "support"
	ColWeight  = "weight"
	ColReason  = "reason"
	ColParams  = "params"

	ColRecordID    = "record_id"
	ColContentHash = "content_hash"
	ColCustodian   = "custodian"
	ColSupersedes  = "supersedes"
	ColAnchoredAt  = "anchored_at"

	ColRoot      = "root"
	ColLeafCount = "leaf_count"
	ColURI       = "uri"

	ColSigner  = "signer"
	ColNonce   = "nonce"
	ColSuccess = "success"

	ColContract = "contract"
	ColAddress  = "address"
	ColEvent    = "event"
	ColArgs     = "args"
)

// Version is the block range a row version is valid for: [ValidFrom, ValidUntil), ValidUntil nil while current.
// FromLog is the log index of the event that made it.
type Version struct {
	ValidFrom  int64
	FromLog    int64
	ValidUntil *int64
}

// Addresses and 32-byte values are lower-case 0x hex, as stored; a nil pointer is SQL NULL.

// ConsentRow is a version of a consent (consents).
type ConsentRow struct {
	ConsentID, Patient, Grantee string
	Purposes                    int64 // vocab.PurposeMask bits
	Actions                     int64 // vocab.ActionMask bits
	ExpiresAt                   int64 // 0: no expiry
	Scope, GrantedBy            string
	GrantedAt, GrantedBlock     int64
	GrantedTx                   string
	Revocation
	Version
}

// Revocation is how a revocable entity's version (a consent, a wallet's attestation) was revoked: the pointers are
// nil until it is.
type Revocation struct {
	Revoked      bool
	RevokedAt    *int64
	RevokedBy    *string
	RevokedBlock *int64
	RevokedTx    *string
}

// ConsentStatus is a consent's status at a time.
type ConsentStatus int

// ConsentRow statuses.
const (
	StatusActive ConsentStatus = iota
	StatusRevoked
	StatusExpired
)

// StatusAt is the consent's status at unix time now: revoked, else expired once now reaches its expiry, else
// active. It is the one place that rule is written (StatusConds is the same rule in SQL).
func (c *ConsentRow) StatusAt(now int64) ConsentStatus {
	switch {
	case c.Revoked:
		return StatusRevoked
	case c.ExpiresAt != 0 && c.ExpiresAt <= now:
		return StatusExpired
	}
	return StatusActive
}

// StatusConds are the filter conditions (ANDed) and OR-groups that select the consents whose StatusAt(now) is s.
func StatusConds(s ConsentStatus, now int64) (where []Cond, or [][]Cond) {
	switch s {
	case StatusRevoked:
		return []Cond{{Col: ColRevoked, Op: Eq, Value: true}}, nil
	case StatusExpired:
		return []Cond{{Col: ColRevoked, Op: Eq, Value: false}, {Col: ColExpiresAt, Op: Gt, Value: int64(0)},
			{Col: ColExpiresAt, Op: Lte, Value: now}}, nil
	}
	return []Cond{{Col: ColRevoked, Op: Eq, Value: false}},
		[][]Cond{{{Col: ColExpiresAt, Op: Eq, Value: int64(0)}, {Col: ColExpiresAt, Op: Gt, Value: now}}}
}

// ConsentEventRow is a grant or revocation (consent_events).
type ConsentEventRow struct {
	ConsentID, Kind, Patient, Grantee string
	At                                int64
	By, TxHash                        string
	Version
}

// GuardianRow is a guardian appointment (guardians).
type GuardianRow struct {
	Patient, Guardian, AppointedTx string
	AppointedBlock                 int64 // a recovery's new version starts later (ValidFrom)
	Version
}

// EmergencyAccessRow is a break-glass access (emergency_accesses).
type EmergencyAccessRow struct {
	Patient, Accessor, ReasonHash string
	At                            int64
	TxHash                        string
	Version
}

// MemberRow is a member organisation (members).
type MemberRow struct {
	Account, OdsCode string
	Kind, JoinedAt   int64
	LeftAt           *int64
	TxHash           string
	Version
}

// ProposalRow is a version of a governance proposal (proposals). Targets, Amounts, Signatures and Calldatas are JSON
// arrays of strings.
type ProposalRow struct {
	ProposalID, Proposer, Targets, Amounts, Signatures, Calldatas, Description string
	VoteStart, VoteEnd, CreatedBlock, CreatedAt                                int64
	CreatedTx                                                                  string
	Eta, QueuedBlock, ExecutedBlock, CanceledBlock                             *int64
	ForVotes, AgainstVotes, AbstainVotes, VoteCount                            int64
	Version
}

// QuorumNumeratorRow is a quorum percentage setting (quorum_numerators).
type QuorumNumeratorRow struct {
	Numerator int64
	Version
}

// VoteRow is a cast vote (votes).
type VoteRow struct {
	ProposalID, Voter              string
	Support                        int64
	Weight, Reason, Params, TxHash string
	Version
}

// AnchorRow is an anchored record version (anchors).
type AnchorRow struct {
	RecordID, ContentHash, Custodian, Supersedes string
	AnchoredAt                                   int64
	TxHash                                       string
	Version
}

// BatchRow is an anchored record batch (batches).
type BatchRow struct {
	Root, Custodian string
	LeafCount       int64
	URI             string
	AnchoredAt      int64
	TxHash          string
	Version
}

// MetaTransactionRow is a forwarded meta-transaction (meta_transactions).
type MetaTransactionRow struct {
	Signer, Nonce string
	Success       bool
	TxHash        string
	Version
}

// ContractEventRow is any other event of the contracts (contract_events); Args is a JSON object.
type ContractEventRow struct {
	Contract, Address, Event, Args, TxHash string
	Version
}

// Rows is a table read as typed rows R: its name and, for each column, where a row keeps it.
type Rows[R any] struct {
	name   string
	fields []field[R]
	idx    map[string]int
}

type field[R any] struct {
	col  string
	addr func(*R) any // the scan destination in a row
}

// Name is the table's name.
func (t *Rows[R]) Name() string { return t.name }

// Columns are the table's columns, version columns last.
func (t *Rows[R]) Columns() []string {
	out := make([]string, len(t.fields))
	for i, f := range t.fields {
		out[i] = f.col
	}
	return out
}

// revocationFields are the columns of a row's embedded Revocation.
func revocationFields[R any](rev func(*R) *Revocation) []field[R] {
	return []field[R]{{ColRevoked, func(r *R) any { return &rev(r).Revoked }},
		{ColRevokedAt, func(r *R) any { return &rev(r).RevokedAt }},
		{ColRevokedBy, func(r *R) any { return &rev(r).RevokedBy }},
		{ColRevokedBlock, func(r *R) any { return &rev(r).RevokedBlock }},
		{ColRevokedTx, func(r *R) any { return &rev(r).RevokedTx }}}
}

func rowsOf[R any](name string, version func(*R) *Version, fs ...field[R]) *Rows[R] {
	fs = append(fs,
		field[R]{ColValidFrom, func(r *R) any { return &version(r).ValidFrom }},
		field[R]{ColFromLog, func(r *R) any { return &version(r).FromLog }},
		field[R]{ColValidUntil, func(r *R) any { return &version(r).ValidUntil }})
	t := &Rows[R]{name: name, fields: fs, idx: map[string]int{}}
	for i, f := range fs {
		t.idx[f.col] = i
	}
	return t
}

// The tables as typed rows (immutable descriptors).
var (
	Consents = rowsOf(TableConsents, func(r *ConsentRow) *Version { return &r.Version },
		append([]field[ConsentRow]{
			{ColConsentID, func(r *ConsentRow) any { return &r.ConsentID }},
			{ColPatient, func(r *ConsentRow) any { return &r.Patient }},
			{ColGrantee, func(r *ConsentRow) any { return &r.Grantee }},
			{ColPurposes, func(r *ConsentRow) any { return &r.Purposes }},
			{ColActions, func(r *ConsentRow) any { return &r.Actions }},
			{ColExpiresAt, func(r *ConsentRow) any { return &r.ExpiresAt }},
			{ColScope, func(r *ConsentRow) any { return &r.Scope }},
			{ColGrantedBy, func(r *ConsentRow) any { return &r.GrantedBy }},
			{ColGrantedAt, func(r *ConsentRow) any { return &r.GrantedAt }},
			{ColGrantedBlock, func(r *ConsentRow) any { return &r.GrantedBlock }},
			{ColGrantedTx, func(r *ConsentRow) any { return &r.GrantedTx }}},
			revocationFields(func(r *ConsentRow) *Revocation { return &r.Revocation })...)...)
	ConsentEvents = rowsOf(TableConsentEvents, func(r *ConsentEventRow) *Version { return &r.Version },
		field[ConsentEventRow]{ColConsentID, func(r *ConsentEventRow) any { return &r.ConsentID }},
		field[ConsentEventRow]{ColKind, func(r *ConsentEventRow) any { return &r.Kind }},
		field[ConsentEventRow]{ColPatient, func(r *ConsentEventRow) any { return &r.Patient }},
		field[ConsentEventRow]{ColGrantee, func(r *ConsentEventRow) any { return &r.Grantee }},
		field[ConsentEventRow]{ColAt, func(r *ConsentEventRow) any { return &r.At }},
		field[ConsentEventRow]{ColByAddress, func(r *ConsentEventRow) any { return &r.By }},
		field[ConsentEventRow]{ColTxHash, func(r *ConsentEventRow) any { return &r.TxHash }})
	Guardians = rowsOf(TableGuardians, func(r *GuardianRow) *Version { return &r.Version },
		field[GuardianRow]{ColPatient, func(r *GuardianRow) any { return &r.Patient }},
		field[GuardianRow]{ColGuardian, func(r *GuardianRow) any { return &r.Guardian }},
		field[GuardianRow]{ColAppointedTx, func(r *GuardianRow) any { return &r.AppointedTx }},
		field[GuardianRow]{ColAppointedBlock, func(r *GuardianRow) any { return &r.AppointedBlock }})
	EmergencyAccesses = rowsOf(TableEmergencyAccesses, func(r *EmergencyAccessRow) *Version { return &r.Version },
		field[EmergencyAccessRow]{ColPatient, func(r *EmergencyAccessRow) any { return &r.Patient }},
		field[EmergencyAccessRow]{ColAccessor, func(r *EmergencyAccessRow) any { return &r.Accessor }},
		field[EmergencyAccessRow]{ColReasonHash, func(r *EmergencyAccessRow) any { return &r.ReasonHash }},
		field[EmergencyAccessRow]{ColAt, func(r *EmergencyAccessRow) any { return &r.At }},
		field[EmergencyAccessRow]{ColTxHash, func(r *EmergencyAccessRow) any { return &r.TxHash }})
	Members = rowsOf(TableMembers, func(r *MemberRow) *Version { return &r.Version },
		field[MemberRow]{ColAccount, func(r *MemberRow) any { return &r.Account }},
		field[MemberRow]{ColOdsCode, func(r *MemberRow) any { return &r.OdsCode }},
		field[MemberRow]{ColKind, func(r *MemberRow) any { return &r.Kind }},
		field[MemberRow]{ColJoinedAt, func(r *MemberRow) any { return &r.JoinedAt }},
		field[MemberRow]{ColLeftAt, func(r *MemberRow) any { return &r.LeftAt }},
		field[MemberRow]{ColTxHash, func(r *MemberRow) any { return &r.TxHash }})
	Proposals = rowsOf(TableProposals, func(r *ProposalRow) *Version { return &r.Version },
		field[ProposalRow]{ColProposalID, func(r *ProposalRow) any { return &r.ProposalID }},
		field[ProposalRow]{ColProposer, func(r *ProposalRow) any { return &r.Proposer }},
		field[ProposalRow]{ColTargets, func(r *ProposalRow) any { return &r.Targets }},
		field[ProposalRow]{ColAmounts, func(r *ProposalRow) any { return &r.Amounts }},
		field[ProposalRow]{ColSignatures, func(r *ProposalRow) any { return &r.Signatures }},
		field[ProposalRow]{ColCalldatas, func(r *ProposalRow) any { return &r.Calldatas }},
		field[ProposalRow]{ColDescription, func(r *ProposalRow) any { return &r.Description }},
		field[ProposalRow]{ColVoteStart, func(r *ProposalRow) any { return &r.VoteStart }},
		field[ProposalRow]{ColVoteEnd, func(r *ProposalRow) any { return &r.VoteEnd }},
		field[ProposalRow]{ColCreatedBlock, func(r *ProposalRow) any { return &r.CreatedBlock }},
		field[ProposalRow]{ColCreatedAt, func(r *ProposalRow) any { return &r.CreatedAt }},
		field[ProposalRow]{ColCreatedTx, func(r *ProposalRow) any { return &r.CreatedTx }},
		field[ProposalRow]{ColEta, func(r *ProposalRow) any { return &r.Eta }},
		field[ProposalRow]{ColQueuedBlock, func(r *ProposalRow) any { return &r.QueuedBlock }},
		field[ProposalRow]{ColExecutedBlock, func(r *ProposalRow) any { return &r.ExecutedBlock }},
		field[ProposalRow]{ColCanceledBlock, func(r *ProposalRow) any { return &r.CanceledBlock }},
		field[ProposalRow]{ColForVotes, func(r *ProposalRow) any { return &r.ForVotes }},
		field[ProposalRow]{ColAgainstVotes, func(r *ProposalRow) any { return &r.AgainstVotes }},
		field[ProposalRow]{ColAbstainVotes, func(r *ProposalRow) any { return &r.AbstainVotes }},
		field[ProposalRow]{ColVoteCount, func(r *ProposalRow) any { return &r.VoteCount }})
	QuorumNumerators = rowsOf(TableQuorumNumerators, func(r *QuorumNumeratorRow) *Version { return &r.Version },
		field[QuorumNumeratorRow]{ColNumerator, func(r *QuorumNumeratorRow) any { return &r.Numerator }})
	Votes = rowsOf(TableVotes, func(r *VoteRow) *Version { return &r.Version },
		field[VoteRow]{ColProposalID, func(r *VoteRow) any { return &r.ProposalID }},
		field[VoteRow]{ColVoter, func(r *VoteRow) any { return &r.Voter }},
		field[VoteRow]{ColSupport, func(r *VoteRow) any { return &r.Support }},
		field[VoteRow]{ColWeight, func(r *VoteRow) any { return &r.Weight }},
		field[VoteRow]{ColReason, func(r *VoteRow) any { return &r.Reason }},
		field[VoteRow]{ColParams, func(r *VoteRow) any { return &r.Params }},
		field[VoteRow]{ColTxHash, func(r *VoteRow) any { return &r.TxHash }})
	Anchors = rowsOf(TableAnchors, func(r *AnchorRow) *Version { return &r.Version },
		field[AnchorRow]{ColRecordID, func(r *AnchorRow) any { return &r.RecordID }},
		field[AnchorRow]{ColContentHash, func(r *AnchorRow) any { return &r.ContentHash }},
		field[AnchorRow]{ColCustodian, func(r *AnchorRow) any { return &r.Custodian }},
		field[AnchorRow]{ColSupersedes, func(r *AnchorRow) any { return &r.Supersedes }},
		field[AnchorRow]{ColAnchoredAt, func(r *AnchorRow) any { return &r.AnchoredAt }},
		field[AnchorRow]{ColTxHash, func(r *AnchorRow) any { return &r.TxHash }})
	Batches = rowsOf(TableBatches, func(r *BatchRow) *Version { return &r.Version },
		field[BatchRow]{ColRoot, func(r *BatchRow) any { return &r.Root }},
		field[BatchRow]{ColCustodian, func(r *BatchRow) any { return &r.Custodian }},
		field[BatchRow]{ColLeafCount, func(r *BatchRow) any { return &r.LeafCount }},
		field[BatchRow]{ColURI, func(r *BatchRow) any { return &r.URI }},
		field[BatchRow]{ColAnchoredAt, func(r *BatchRow) any { return &r.AnchoredAt }},
		field[BatchRow]{ColTxHash, func(r *BatchRow) any { return &r.TxHash }})
	MetaTransactions = rowsOf(TableMetaTransactions, func(r *MetaTransactionRow) *Version { return &r.Version },
		field[MetaTransactionRow]{ColSigner, func(r *MetaTransactionRow) any { return &r.Signer }},
		field[MetaTransactionRow]{ColNonce, func(r *MetaTransactionRow) any { return &r.Nonce }},
		field[MetaTransactionRow]{ColSuccess, func(r *MetaTransactionRow) any { return &r.Success }},
		field[MetaTransactionRow]{ColTxHash, func(r *MetaTransactionRow) any { return &r.TxHash }})
	ContractEvents = rowsOf(TableContractEvents, func(r *ContractEventRow) *Version { return &r.Version },
		field[ContractEventRow]{ColContract, func(r *ContractEventRow) any { return &r.Contract }},
		field[ContractEventRow]{ColAddress, func(r *ContractEventRow) any { return &r.Address }},
		field[ContractEventRow]{ColEvent, func(r *ContractEventRow) any { return &r.Event }},
		field[ContractEventRow]{ColArgs, func(r *ContractEventRow) any { return &r.Args }},
		field[ContractEventRow]{ColTxHash, func(r *ContractEventRow) any { return &r.TxHash }})
)
