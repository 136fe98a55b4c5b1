-- Bevan indexer schema, version 3: partial indexes over the current versions of consents by patient and by grantee,
-- in the API's page order (valid_from, from_log). A patient's page and its totalCount then read one index range: the
-- COUNT needs no table rows (the old (patient, valid_from) index had to visit every version to test valid_until), and
-- the page needs no sort for from_log. valid_until (always NULL in them) is there so that SQLite sees
-- the COUNT covered by the index. Time travel (valid_until set) still uses the full indexes.

CREATE INDEX consents_patient_current ON consents (patient, valid_from, from_log, valid_until) WHERE valid_until IS NULL;
CREATE INDEX consents_grantee_current ON consents (grantee, valid_from, from_log, valid_until) WHERE valid_until IS NULL;
