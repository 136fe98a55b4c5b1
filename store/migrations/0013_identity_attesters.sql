-- Bevan indexer schema, version 13: who holds IdentityRegistry's IDENTITY_ATTESTER_ROLE, block by block, so that
-- walletIdentity.verified follows the DAO revoking (and granting back) an attester as IdentityRegistry.isVerified
-- does. One entity per attester, versioned: RoleGranted opens a held version, RoleRevoked a not-held one. changed_by
-- is the role event's sender (the timelock, or the deployer in the constructor). The role events stay in
-- contract_events too.
--
-- Backfill: a database indexed before this version kept those role events only in contract_events, with the
-- arguments as compact JSON with sorted keys ({"account":"0x…","role":"0x…","sender":"0x…"}, fixed widths), so the
-- versions are rebuilt from them with substr (the same in SQLite and PostgreSQL). The role is
-- keccak256("IDENTITY_ATTESTER_ROLE").

CREATE TABLE identity_attesters (
    attester    TEXT NOT NULL,
    held        BOOLEAN NOT NULL,
    changed_by  TEXT NOT NULL,
    tx_hash     TEXT NOT NULL,
    valid_from  BIGINT NOT NULL,
    from_log    INTEGER NOT NULL,
    valid_until BIGINT,
    PRIMARY KEY (attester, valid_from, from_log)
);
CREATE INDEX identity_attesters_current ON identity_attesters (attester) WHERE valid_until IS NULL;
CREATE INDEX identity_attesters_until ON identity_attesters (valid_until);
CREATE INDEX identity_attesters_from ON identity_attesters (valid_from);

INSERT INTO identity_attesters (attester, held, changed_by, tx_hash, valid_from, from_log, valid_until)
SELECT substr(args, 13, 42), event = 'RoleGranted', substr(args, 143, 42), tx_hash, valid_from, from_log,
       LEAD(valid_from) OVER (PARTITION BY substr(args, 13, 42) ORDER BY valid_from, from_log)
FROM contract_events
WHERE contract = 'IdentityRegistry' AND event IN ('RoleGranted', 'RoleRevoked')
  AND substr(args, 1, 12) = '{"account":"' AND substr(args, 55, 10) = '","role":"'
  AND substr(args, 65, 66) = '0xeff76686b55619bd59ea50a36e803e8ff95a2d778c2e7fce3125f80f524109c6'
  AND substr(args, 131, 12) = '","sender":"';
