-- The Monday-morning report (issue 9): one row, absent until the schedule is first saved. The app
-- (Electron main or `serve`) writes the report of the ISO week that just ended into dir/<week>/ at
-- `hour` local time on Mondays in `time_zone`, and records how the last run went.
CREATE TABLE report_schedule (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
  dir TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
  pdf INTEGER NOT NULL CHECK (pdf IN (0, 1)),
  include_pii INTEGER NOT NULL CHECK (include_pii IN (0, 1)),
  -- the last week written (or tried), when, and why it failed (null when it worked)
  last_week TEXT,
  last_run_at INTEGER,
  last_error TEXT,
  updated_at INTEGER NOT NULL
);
