-- Bevan indexer schema, version 2: every other event of the Bevan contracts (ERC-721 transfers and approvals,
-- soulbound locks, role changes, vote delegation, governor and timelock settings, timelock operations), decoded with
-- the contract's ABI into a JSON object of its arguments. Append-only, versioned like the other tables.

CREATE TABLE contract_events (
    contract    TEXT NOT NULL,
    address     TEXT NOT NULL,
    event       TEXT NOT NULL,
    args        TEXT NOT NULL,
    tx_hash     TEXT NOT NULL,
    valid_from  BIGINT NOT NULL,
    from_log    INTEGER NOT NULL,
    valid_until BIGINT,
    PRIMARY KEY (valid_from, from_log)
);
CREATE INDEX contract_events_event ON contract_events (contract, event, valid_from);
