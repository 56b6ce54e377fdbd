-- Case board: one case per conversation, kanban columns, SLA policies per site, an audit log of
-- every change, and the reply composer's stored replies, templates and knowledge-base snippets.

-- Editable columns. `resolves` marks columns whose cases count as resolved (the resolution timer
-- stops when a case enters one and runs again when it leaves). New cases land in the first column.
CREATE TABLE case_columns (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  position INTEGER NOT NULL,
  resolves INTEGER NOT NULL DEFAULT 0 CHECK (resolves IN (0, 1))
);
INSERT INTO case_columns (id, name, position, resolves) VALUES
  (1, 'New', 1, 0),
  (2, 'Triaged', 2, 0),
  (3, 'Waiting on customer', 3, 0),
  (4, 'Waiting on us', 4, 0),
  (5, 'Resolved', 5, 1);

-- SLA targets per site; the row with site_id NULL is the default for sites without their own.
-- business_hours is JSON {"timeZone","days","start","end","holidays"} or NULL for round the clock.
CREATE TABLE sla_policies (
  id INTEGER PRIMARY KEY,
  site_id INTEGER UNIQUE REFERENCES sites(id) ON DELETE CASCADE,
  first_response_mins INTEGER NOT NULL CHECK (first_response_mins >= 0),
  resolution_mins INTEGER NOT NULL CHECK (resolution_mins >= 0),
  amber_at REAL NOT NULL DEFAULT 0.75 CHECK (amber_at > 0 AND amber_at <= 1),
  business_hours TEXT
);
CREATE UNIQUE INDEX sla_policies_one_default ON sla_policies ((site_id IS NULL)) WHERE site_id IS NULL;
INSERT INTO sla_policies (site_id, first_response_mins, resolution_mins) VALUES (NULL, 60, 1440);

-- One case per conversation. conversation_key is `<site id>:<external id of the root post>` and
-- survives the post; root_post_id goes NULL if the post row is deleted, and the post_* columns keep
-- what the case was opened on (a post removed at the site is marked, its case stays).
-- version grows on every change: an update naming an older version is refused as a conflict.
CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  conversation_key TEXT NOT NULL UNIQUE,
  root_post_id INTEGER REFERENCES posts(id) ON DELETE SET NULL,
  site_id INTEGER NOT NULL REFERENCES sites(id),
  title TEXT NOT NULL,
  column_id INTEGER NOT NULL REFERENCES case_columns(id),
  assignee TEXT,
  incident_id TEXT,
  -- the customer's first post: both SLA clocks start here
  opened_at INTEGER NOT NULL,
  first_response_at INTEGER,
  resolved_at INTEGER,
  post_external_id TEXT NOT NULL,
  post_author TEXT NOT NULL,
  post_text TEXT NOT NULL,
  post_url TEXT,
  post_removed_at INTEGER,
  version INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX cases_column ON cases (column_id, opened_at);
CREATE INDEX cases_root_post ON cases (root_post_id) WHERE root_post_id IS NOT NULL;
CREATE INDEX cases_incident ON cases (incident_id) WHERE incident_id IS NOT NULL;

-- Who changed what and when, for every case change. detail is JSON (e.g. {"from":1,"to":2}).
CREATE TABLE case_events (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  kind TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX case_events_case ON case_events (case_id, id);

-- Replies written in the composer. Nothing is sent: the agent copies the text to the site.
-- response_ms is the time from the customer's latest post before the reply to the reply.
CREATE TABLE case_replies (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  author TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  response_ms INTEGER,
  override_reason TEXT,
  -- JSON list of the warnings the pre-send check gave when the reply was stored
  warnings TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX case_replies_case ON case_replies (case_id, id);

-- Reply templates and knowledge-base snippets, both with {{placeholders}}.
CREATE TABLE reply_texts (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('template', 'snippet')),
  name TEXT NOT NULL,
  body TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (kind, name)
);
INSERT INTO reply_texts (kind, name, body, updated_at) VALUES
  ('template', 'Apology and DM', 'Hi {{author|there}}, sorry to hear about this. I''m {{agent}} from {{brand}}. Could you send us a DM with your reference so we can look into it?', 0),
  ('template', 'Update on a known issue', 'Hi {{author|there}}, {{agent}} from {{brand}} here. We know about the problem and are working on it; we will update this thread as soon as it is fixed.', 0),
  ('template', 'Thanks', 'Thanks for the kind words, {{author|there}}! — {{agent}}, {{brand}}', 0),
  ('snippet', 'Refund times', 'Refunds reach your account within 5 to 10 working days of approval.', 0),
  ('snippet', 'Status page', 'You can follow live updates on our status page.', 0),
  ('snippet', 'Move to DM', 'Please do not post order numbers or personal details here; a DM keeps them private.', 0);

-- Composer settings: `brand` is the company agents speak for (affiliation disclosure is checked against it).
CREATE TABLE reply_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO reply_settings (key, value) VALUES ('brand', '');
