-- Bevan indexer schema, version 6: the index over a patient's current consents covers the columns a consent page
-- usually reads (consent id, grantee, purposes, actions, expiry, revoked: the fields consentId, grantee, purposes,
-- actions, expiresAt, revoked and status), so that a page of them is one index range and no table lookup per row (a
-- patient's consents lie on as many table pages as it has rows). It replaces consents_patient_current, its prefix,
-- which served the same pages and their COUNT. Pages selecting other fields (scope, grantedTx, ...) read the table as
-- before.

DROP INDEX consents_patient_current;
CREATE INDEX consents_patient_page ON consents (patient, valid_from, from_log, valid_until, consent_id, grantee, purposes, actions,
    expires_at, revoked) WHERE valid_until IS NULL;
