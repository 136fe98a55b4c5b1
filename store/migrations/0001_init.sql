-- Bevan indexer schema, version 1. Portable SQL: the same file runs on SQLite and PostgreSQL.
-- Addresses and 32-byte values are lower-case 0x-hex text. Every entity row is a version valid for the blocks
-- [valid_from, valid_until) (valid_until NULL: still current); append-only tables carry the same columns so that a
-- query "as of block N" is the same predicate everywhere: valid_from <= N AND (valid_until IS NULL OR valid_until > N).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE checkpoint (
    id     INTEGER PRIMARY KEY,
    number BIGINT NOT NULL,
    hash   TEXT NOT NULL
);

CREATE TABLE blocks (
    number      BIGINT PRIMARY KEY,
    hash        TEXT NOT NULL,
    parent_hash TEXT NOT NULL,
    time        BIGINT NOT NULL
);

CREATE TABLE consents (
    consent_id    TEXT NOT NULL,
    patient       TEXT NOT NULL,
    grantee       TEXT NOT NULL,
    purposes      INTEGER NOT NULL,
    actions       INTEGER NOT NULL,
    expires_at    BIGINT NOT NULL,
    scope         TEXT NOT NULL,
    granted_by    TEXT NOT NULL,
    granted_at    BIGINT NOT NULL,
    granted_block BIGINT NOT NULL,
    granted_tx    TEXT NOT NULL,
    revoked       BOOLEAN NOT NULL,
    revoked_at    BIGINT,
    revoked_by    TEXT,
    revoked_block BIGINT,
    revoked_tx    TEXT,
    valid_from    BIGINT NOT NULL,
    from_log      INTEGER NOT NULL,
    valid_until   BIGINT,
    PRIMARY KEY (consent_id, valid_from, from_log)
);
CREATE INDEX consents_patient ON consents (patient, valid_from);
CREATE INDEX consents_grantee ON consents (grantee, valid_from);
CREATE INDEX consents_current ON consents (consent_id) WHERE valid_until IS NULL;
CREATE INDEX consents_until ON consents (valid_until);
CREATE INDEX consents_from ON consents (valid_from);

CREATE TABLE consent_events (
    consent_id  TEXT NOT NULL,
    kind        TEXT NOT NULL,
    patient     TEXT NOT NULL,
    grantee     TEXT NOT NULL,
    at          BIGINT NOT NULL,
    by_address  TEXT NOT NULL,
    tx_hash     TEXT NOT NULL,
    valid_from  BIGINT NOT NULL,
    from_log    INTEGER NOT NULL,
    valid_until BIGINT,
    PRIMARY KEY (valid_from, from_log)
);
CREATE INDEX consent_events_consent ON consent_events (consent_id);

CREATE TABLE guardians (
    patient         TEXT NOT NULL,
    guardian        TEXT NOT NULL,
    appointed_tx    TEXT NOT NULL,
    valid_from      BIGINT NOT NULL,
    from_log        INTEGER NOT NULL,
    valid_until     BIGINT,
    PRIMARY KEY (patient, guardian, valid_from, from_log)
);
CREATE INDEX guardians_guardian ON guardians (guardian);
CREATE INDEX guardians_until ON guardians (valid_until);
CREATE INDEX guardians_from ON guardians (valid_from);

CREATE TABLE emergency_accesses (
    patient     TEXT NOT NULL,
    accessor    TEXT NOT NULL,
    reason_hash TEXT NOT NULL,
    at          BIGINT NOT NULL,
    tx_hash     TEXT NOT NULL,
    valid_from  BIGINT NOT NULL,
    from_log    INTEGER NOT NULL,
    valid_until BIGINT,
    PRIMARY KEY (valid_from, from_log)
);
CREATE INDEX emergency_accesses_patient ON emergency_accesses (patient, at);
CREATE INDEX emergency_accesses_accessor ON emergency_accesses (accessor);

CREATE TABLE members (
    account     TEXT NOT NULL,
    ods_code    TEXT NOT NULL,
    kind        INTEGER NOT NULL,
    joined_at   BIGINT NOT NULL,
    left_at     BIGINT,
    tx_hash     TEXT NOT NULL,
    valid_from  BIGINT NOT NULL,
    from_log    INTEGER NOT NULL,
    valid_until BIGINT,
    PRIMARY KEY (account, valid_from, from_log)
);
CREATE INDEX members_current ON members (account) WHERE valid_until IS NULL;
CREATE INDEX members_until ON members (valid_until);
CREATE INDEX members_from ON members (valid_from);

CREATE TABLE proposals (
    proposal_id    TEXT NOT NULL,
    proposer       TEXT NOT NULL,
    targets        TEXT NOT NULL,
    amounts        TEXT NOT NULL,
    signatures     TEXT NOT NULL,
    calldatas      TEXT NOT NULL,
    description    TEXT NOT NULL,
    vote_start     BIGINT NOT NULL,
    vote_end       BIGINT NOT NULL,
    created_block  BIGINT NOT NULL,
    created_at     BIGINT NOT NULL,
    created_tx     TEXT NOT NULL,
    eta            BIGINT,
    queued_block   BIGINT,
    executed_block BIGINT,
    canceled_block BIGINT,
    for_votes      BIGINT NOT NULL,
    against_votes  BIGINT NOT NULL,
    abstain_votes  BIGINT NOT NULL,
    vote_count     BIGINT NOT NULL,
    valid_from     BIGINT NOT NULL,
    from_log       INTEGER NOT NULL,
    valid_until    BIGINT,
    PRIMARY KEY (proposal_id, valid_from, from_log)
);
CREATE INDEX proposals_current ON proposals (proposal_id) WHERE valid_until IS NULL;
CREATE INDEX proposals_until ON proposals (valid_until);
CREATE INDEX proposals_from ON proposals (valid_from);

CREATE TABLE quorum_numerators (
    numerator   BIGINT NOT NULL,
    valid_from  BIGINT NOT NULL,
    from_log    INTEGER NOT NULL,
    valid_until BIGINT,
    PRIMARY KEY (valid_from, from_log)
);

CREATE TABLE votes (
    proposal_id TEXT NOT NULL,
    voter       TEXT NOT NULL,
    support     INTEGER NOT NULL,
    weight      TEXT NOT NULL,
    reason      TEXT NOT NULL,
    params      TEXT NOT NULL,
    tx_hash     TEXT NOT NULL,
    valid_from  BIGINT NOT NULL,
    from_log    INTEGER NOT NULL,
    valid_until BIGINT,
    PRIMARY KEY (valid_from, from_log)
);
CREATE INDEX votes_proposal ON votes (proposal_id);
CREATE INDEX votes_voter ON votes (voter);

CREATE TABLE anchors (
    record_id    TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    custodian    TEXT NOT NULL,
    supersedes   TEXT NOT NULL,
    anchored_at  BIGINT NOT NULL,
    tx_hash      TEXT NOT NULL,
    valid_from   BIGINT NOT NULL,
    from_log     INTEGER NOT NULL,
    valid_until  BIGINT,
    PRIMARY KEY (valid_from, from_log)
);
CREATE INDEX anchors_record ON anchors (record_id);
CREATE INDEX anchors_content ON anchors (content_hash);
CREATE INDEX anchors_custodian ON anchors (custodian);

CREATE TABLE batches (
    root        TEXT NOT NULL,
    custodian   TEXT NOT NULL,
    leaf_count  BIGINT NOT NULL,
    uri         TEXT NOT NULL,
    anchored_at BIGINT NOT NULL,
    tx_hash     TEXT NOT NULL,
    valid_from  BIGINT NOT NULL,
    from_log    INTEGER NOT NULL,
    valid_until BIGINT,
    PRIMARY KEY (valid_from, from_log)
);
CREATE INDEX batches_root ON batches (root);
CREATE INDEX batches_custodian ON batches (custodian);

CREATE TABLE meta_transactions (
    signer      TEXT NOT NULL,
    nonce       TEXT NOT NULL,
    success     BOOLEAN NOT NULL,
    tx_hash     TEXT NOT NULL,
    valid_from  BIGINT NOT NULL,
    from_log    INTEGER NOT NULL,
    valid_until BIGINT,
    PRIMARY KEY (valid_from, from_log)
);
CREATE INDEX meta_transactions_signer ON meta_transactions (signer);
