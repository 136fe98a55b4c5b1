-- Bevan indexer schema, version 8: wallets' identity attestations (IdentityRegistry, issue 18).
-- One entity per wallet, versioned like objections: WalletAttested starts or renews it (level, expiry, attester),
-- AttestationRevoked ends it (revoked, with who and when; the last attestation's fields are kept for audit), and a
-- later WalletAttested starts it again. level is the NHS login identity level: 0 (P0), 5 (P5) or 9 (P9). The
-- commitment is not kept.

CREATE TABLE wallet_identities (
    wallet         TEXT NOT NULL,
    attester       TEXT NOT NULL,
    level          INTEGER NOT NULL,
    attested_at    BIGINT NOT NULL,
    attested_block BIGINT NOT NULL,
    attested_tx    TEXT NOT NULL,
    expires_at     BIGINT NOT NULL,
    revoked        BOOLEAN NOT NULL,
    revoked_at     BIGINT,
    revoked_by     TEXT,
    revoked_block  BIGINT,
    revoked_tx     TEXT,
    valid_from     BIGINT NOT NULL,
    from_log       INTEGER NOT NULL,
    valid_until    BIGINT,
    PRIMARY KEY (wallet, valid_from, from_log)
);
CREATE INDEX wallet_identities_current ON wallet_identities (wallet) WHERE valid_until IS NULL;
CREATE INDEX wallet_identities_until ON wallet_identities (valid_until);
CREATE INDEX wallet_identities_from ON wallet_identities (valid_from);
