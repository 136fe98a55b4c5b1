-- Telemetry gateway schema, version 11 (issue 17 item 4): virtual-ward alerts. An alert is kept in the transaction
-- that keeps the batch whose reading raised it (so it is durable when the device is answered), looked up by patient
-- for the care organisations the patient's consent permits, and anchored as a record leaf (telemetry_records) of
-- the anchor that takes its reading. content is the record's canonical JSON (device, patient, rule, time: never the
-- reading's value), salt its own random salt.
CREATE TABLE telemetry_alerts (id INTEGER PRIMARY KEY AUTOINCREMENT, record_id BLOB NOT NULL UNIQUE,
	device BLOB NOT NULL, sequence INTEGER NOT NULL, idx INTEGER NOT NULL, patient BLOB NOT NULL, rule TEXT NOT NULL,
	time INTEGER NOT NULL, rkey BLOB NOT NULL, content BLOB NOT NULL, salt BLOB NOT NULL, raised_at INTEGER NOT NULL);
CREATE INDEX telemetry_alerts_batch ON telemetry_alerts (device, sequence);
CREATE INDEX telemetry_alerts_patient ON telemetry_alerts (patient, id)
