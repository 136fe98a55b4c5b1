-- Bevan indexer schema, version 9: DAO-approved data access (DataAccess, issue 16 item 4).
-- data_access_requests: one entity per request id, versioned: AccessRequested starts it, AccessApproved closes that
-- version and opens an approved one, each DataReleased opens one with the release count. measure is the measure's
-- name (the bytes32 left-aligned string), purpose the PurposeOfUse bit (3 HRESCH, 11 POPHLTH), the period in unix
-- seconds [start, end). data_releases: append-only, one row per DataReleased (the salted commitment to what was
-- released, to whom, when). No personal data: measure names, purposes, periods, hashes, organisations' addresses.

CREATE TABLE data_access_requests (
    request_id      BIGINT NOT NULL,
    requester       TEXT NOT NULL,
    measure         TEXT NOT NULL,
    purpose         INTEGER NOT NULL,
    period_start    BIGINT NOT NULL,
    period_end      BIGINT NOT NULL,
    requested_at    BIGINT NOT NULL,
    requested_block BIGINT NOT NULL,
    requested_tx    TEXT NOT NULL,
    approved        BOOLEAN NOT NULL,
    approved_at     BIGINT,
    approved_block  BIGINT,
    approved_tx     TEXT,
    release_count   INTEGER NOT NULL,
    valid_from      BIGINT NOT NULL,
    from_log        INTEGER NOT NULL,
    valid_until     BIGINT,
    PRIMARY KEY (request_id, valid_from, from_log)
);
CREATE INDEX data_access_requests_current ON data_access_requests (request_id) WHERE valid_until IS NULL;
CREATE INDEX data_access_requests_requester ON data_access_requests (requester, valid_from);
CREATE INDEX data_access_requests_until ON data_access_requests (valid_until);
CREATE INDEX data_access_requests_from ON data_access_requests (valid_from);

CREATE TABLE data_releases (
    request_id     BIGINT NOT NULL,
    recipient      TEXT NOT NULL,
    release_hash   TEXT NOT NULL,
    release_no     INTEGER NOT NULL,
    released_at    BIGINT NOT NULL,
    tx_hash        TEXT NOT NULL,
    valid_from     BIGINT NOT NULL,
    from_log       INTEGER NOT NULL,
    valid_until    BIGINT,
    PRIMARY KEY (valid_from, from_log)
);
CREATE INDEX data_releases_request ON data_releases (request_id, valid_from);
CREATE INDEX data_releases_until ON data_releases (valid_until);
