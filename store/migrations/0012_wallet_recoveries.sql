-- Bevan indexer schema, version 12: the index follows key recoveries (ConsentRegistry.WalletRecovered, issue 18).
-- A recovery writes new versions, under the new wallet, of the patient's current consents, objections and
-- guardianships (docs/identity.md, "The index after a recovery"). A guardianship's new version starts at the
-- recovery's block, so the block it was appointed in becomes a column of its own (it was the first version's
-- valid_from); existing rows are backfilled from it.

ALTER TABLE guardians ADD COLUMN appointed_block BIGINT;
UPDATE guardians SET appointed_block = valid_from;
