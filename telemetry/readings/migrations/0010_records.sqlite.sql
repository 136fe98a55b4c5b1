-- Telemetry gateway schema, version 10 (issue 17 items 3 and 4): records derived from readings (a cold store's
-- excursion; a virtual ward's alert), each a salted leaf of the anchor that took the readings it was derived from
-- (record_id = telemetry.RecordID, content canonical JSON, salt random), followed up once its anchor is on chain (an
-- excursion recorded in DeviceRegistry: followed_tx); the sites' temperature ranges and the fridges' vaccine lots set
-- by the sites' signed admin requests, kept with who set them; and the admin requests taken (replay refusal, audit).
CREATE TABLE telemetry_records (id INTEGER PRIMARY KEY AUTOINCREMENT, record_id BLOB NOT NULL UNIQUE,
	kind TEXT NOT NULL, device BLOB NOT NULL, rkey BLOB NOT NULL, content BLOB NOT NULL, salt BLOB NOT NULL,
	anchor_id INTEGER NOT NULL, created_at INTEGER NOT NULL, follow_lease_until INTEGER NOT NULL DEFAULT 0,
	followed_tx BLOB, followed_block INTEGER, followed_at INTEGER, followed_note TEXT);
CREATE INDEX telemetry_records_anchor ON telemetry_records (anchor_id);
CREATE INDEX telemetry_records_device ON telemetry_records (kind, device, id);
CREATE INDEX telemetry_records_follow ON telemetry_records (kind, id) WHERE followed_at IS NULL;
CREATE TABLE telemetry_thresholds (site TEXT NOT NULL, code TEXT NOT NULL, min_milli INTEGER NOT NULL,
	max_milli INTEGER NOT NULL, set_by BLOB NOT NULL, set_at INTEGER NOT NULL, PRIMARY KEY (site, code));
CREATE TABLE telemetry_lots (device BLOB NOT NULL, lot TEXT NOT NULL, added_at INTEGER NOT NULL,
	added_by BLOB NOT NULL, removed_at INTEGER, removed_by BLOB, PRIMARY KEY (device, lot, added_at));
CREATE TABLE telemetry_admin_requests (digest BLOB PRIMARY KEY, signer BLOB NOT NULL, action TEXT NOT NULL,
	device BLOB NOT NULL, issued_at INTEGER NOT NULL, taken_at INTEGER NOT NULL)
