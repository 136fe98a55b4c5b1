-- Bevan indexer schema, version 7: telemetry devices and cold-chain excursions (DeviceRegistry, issue 17).
-- devices: one entity per device address (its signing key), versioned like members: registered, then ended once
-- (deregistered, or rotated to replaced_by, whose own row names rotated_from). patient is the zero address for a
-- site's device. excursions: append-only, one row per ExcursionRecorded; affected_lots is a JSON array of strings,
-- temperatures in hundredths of a degree Celsius.

CREATE TABLE devices (
    device           TEXT NOT NULL,
    kind             INTEGER NOT NULL,
    site             TEXT NOT NULL,
    patient          TEXT NOT NULL,
    registrar        TEXT NOT NULL,
    registered_at    BIGINT NOT NULL,
    registered_block BIGINT NOT NULL,
    registered_tx    TEXT NOT NULL,
    rotated_from     TEXT,
    active           BOOLEAN NOT NULL,
    replaced_by      TEXT,
    deregistered_by  TEXT,
    ended_at         BIGINT,
    ended_block      BIGINT,
    ended_tx         TEXT,
    valid_from       BIGINT NOT NULL,
    from_log         INTEGER NOT NULL,
    valid_until      BIGINT,
    PRIMARY KEY (device, valid_from, from_log)
);
CREATE INDEX devices_site ON devices (site, valid_from);
CREATE INDEX devices_patient ON devices (patient, valid_from);
CREATE INDEX devices_current ON devices (device) WHERE valid_until IS NULL;
CREATE INDEX devices_until ON devices (valid_until);
CREATE INDEX devices_from ON devices (valid_from);

CREATE TABLE excursions (
    excursion_id     BIGINT NOT NULL,
    device           TEXT NOT NULL,
    site             TEXT NOT NULL,
    gateway          TEXT NOT NULL,
    started_at       BIGINT NOT NULL,
    ended_at         BIGINT NOT NULL,
    min_centi        INTEGER NOT NULL,
    max_centi        INTEGER NOT NULL,
    batch_root       TEXT NOT NULL,
    affected_lots    TEXT NOT NULL,
    tx_hash          TEXT NOT NULL,
    valid_from       BIGINT NOT NULL,
    from_log         INTEGER NOT NULL,
    valid_until      BIGINT,
    PRIMARY KEY (valid_from, from_log)
);
CREATE INDEX excursions_id ON excursions (excursion_id);
CREATE INDEX excursions_site ON excursions (site, valid_from);
CREATE INDEX excursions_until ON excursions (valid_until);
