-- Alerts raised by the live engine (volume spike, viral negative thread, influential detractor).
-- An alert stays open until a supervisor acknowledges it from the workstation; the wall only reads.
CREATE TABLE alerts (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('volume-spike', 'negative-thread', 'influential-detractor')),
  severity TEXT NOT NULL CHECK (severity IN ('critical', 'warning')),
  -- what the alert is about (site:3, thread:120, author:45): one raise per subject per cool-down
  subject TEXT NOT NULL,
  title TEXT NOT NULL,
  detail TEXT NOT NULL,
  site_id INTEGER REFERENCES sites(id),
  post_id INTEGER REFERENCES posts(id),
  raised_at INTEGER NOT NULL,
  acknowledged_at INTEGER,
  acknowledged_by TEXT
);
CREATE INDEX alerts_subject ON alerts (kind, subject, raised_at);
CREATE INDEX alerts_open ON alerts (raised_at) WHERE acknowledged_at IS NULL;
