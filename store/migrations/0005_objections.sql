-- Bevan indexer schema, version 5: patients' objections (ConsentRegistry.ObjectionRecorded / ObjectionWithdrawn).
-- One entity per objection id, versioned like consents: the current version carries its whole life (recorded,
-- withdrawn). grantee is the zero address for an objection about every grantee.

CREATE TABLE objections (
    objection_id    BIGINT NOT NULL,
    patient         TEXT NOT NULL,
    grantee         TEXT NOT NULL,
    purposes        INTEGER NOT NULL,
    recorded_by     TEXT NOT NULL,
    recorded_at     BIGINT NOT NULL,
    recorded_block  BIGINT NOT NULL,
    recorded_tx     TEXT NOT NULL,
    withdrawn       BOOLEAN NOT NULL,
    withdrawn_at    BIGINT,
    withdrawn_by    TEXT,
    withdrawn_block BIGINT,
    withdrawn_tx    TEXT,
    valid_from      BIGINT NOT NULL,
    from_log        INTEGER NOT NULL,
    valid_until     BIGINT,
    PRIMARY KEY (objection_id, valid_from, from_log)
);
CREATE INDEX objections_patient ON objections (patient, valid_from);
CREATE INDEX objections_current ON objections (objection_id) WHERE valid_until IS NULL;
CREATE INDEX objections_until ON objections (valid_until);
CREATE INDEX objections_from ON objections (valid_from);
