-- Telemetry gateway schema, version 10 (issue 17 items 3 and 4): records derived from readings (a cold store's
-- excursion; a virtual ward's alert), each a salted leaf of the anchor that took the readings it was derived from
-- (record_id = telemetry.RecordID, content canonical JSON, salt random), followed up once its anchor is on chain (an
-- excursion recorded in DeviceRegistry: followed_tx); the sites' temperature ranges and the fridges' vaccine lots set
-- by the sites' signed admin requests, kept with who set them; and the admin requests taken (replay refusal, audit).
CREATE TABLE telemetry_records (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, record_id BYTEA NOT NULL UNIQUE,
	kind TEXT NOT NULL, device BYTEA NOT NULL, rkey BYTEA NOT NULL, content BYTEA NOT NULL, salt BYTEA NOT NULL,
	anchor_id BIGINT NOT NULL, created_at BIGINT NOT NULL, follow_lease_until BIGINT NOT NULL DEFAULT 0,
	followed_tx BYTEA, followed_block BIGINT, followed_at BIGINT, followed_note TEXT);
CREATE INDEX telemetry_records_anchor ON telemetry_records (anchor_id);
CREATE INDEX telemetry_records_device ON telemetry_records (kind, device, id);
CREATE INDEX telemetry_records_follow ON telemetry_records (kind, id) WHERE followed_at IS NULL;
CREATE TABLE telemetry_thresholds (site TEXT NOT NULL, code TEXT NOT NULL, min_milli BIGINT NOT NULL,
	max_milli BIGINT NOT NULL, set_by BYTEA NOT NULL, set_at BIGINT NOT NULL, PRIMARY KEY (site, code));
CREATE TABLE telemetry_lots (device BYTEA NOT NULL, lot TEXT NOT NULL, added_at BIGINT NOT NULL,
	added_by BYTEA NOT NULL, removed_at BIGINT, removed_by BYTEA, PRIMARY KEY (device, lot, added_at));
CREATE TABLE telemetry_admin_requests (digest BYTEA PRIMARY KEY, signer BYTEA NOT NULL, action TEXT NOT NULL,
	device BYTEA NOT NULL, issued_at BIGINT NOT NULL, taken_at BIGINT NOT NULL)
