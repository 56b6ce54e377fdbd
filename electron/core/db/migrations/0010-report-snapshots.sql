-- Weekly review: what a frozen snapshot file holds (one row, written by "Freeze week"), and the
-- range indexes the report reads with (contacts, cases and alerts of a week without a table scan).

-- A snapshot is a partial copy of a database: the rows a report of `label` needs, i.e. every row of
-- the dated tables in [data_from, data_to) plus what those rows refer to. A report asked of a
-- snapshot must fall inside that span; the main database never has a row here.
CREATE TABLE report_snapshots (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  range_from INTEGER NOT NULL,
  range_to INTEGER NOT NULL,
  data_from INTEGER NOT NULL,
  data_to INTEGER NOT NULL,
  trend_weeks INTEGER NOT NULL,
  -- the file name of the database it was frozen from, and that database's schema version
  source_name TEXT NOT NULL,
  source_schema INTEGER NOT NULL,
  -- provenance.snapshotHash of the report of the range, as computed when frozen
  snapshot_hash TEXT NOT NULL,
  posts INTEGER NOT NULL,
  created_at INTEGER NOT NULL
);

CREATE INDEX contacts_at ON contacts (at) WHERE at IS NOT NULL;
CREATE INDEX cases_opened ON cases (opened_at);
CREATE INDEX cases_resolved ON cases (resolved_at) WHERE resolved_at IS NOT NULL;
CREATE INDEX alerts_raised ON alerts (raised_at);
