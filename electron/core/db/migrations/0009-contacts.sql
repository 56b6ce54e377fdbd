-- Contact history: customers and their contacts (calls, e-mails, chats, social) imported from
-- helpdesk exports, service incidents with the update events they were built from, and identity
-- links between social authors and customers (proposed with evidence, confirmed or rejected by a
-- supervisor, every change logged and undoable; nothing is merged automatically).

-- One customer per key within its source (tickets: e-mail + name; incidents: caller id; zendesk:
-- requester id; chatwoot: e-mail, else phone, else name). handles is a JSON list of social
-- handles on record ("@ann" or "twitter:@ann").
CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  external_key TEXT NOT NULL,
  name TEXT,
  email TEXT,
  phone TEXT,
  handles TEXT NOT NULL DEFAULT '[]',
  created_at INTEGER NOT NULL,
  UNIQUE (source, external_key)
);
CREATE INDEX customers_email ON customers (email) WHERE email IS NOT NULL;
CREATE INDEX customers_phone ON customers (phone) WHERE phone IS NOT NULL;
CREATE INDEX customers_name ON customers (name COLLATE NOCASE);

-- Incidents by the helpdesk's own number. Status and times follow the newest stored event.
CREATE TABLE incidents (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  status TEXT NOT NULL,
  opened_at INTEGER,
  closed_at INTEGER,
  source TEXT NOT NULL,
  updated_at INTEGER NOT NULL
) WITHOUT ROWID;

-- Every update event of an incident as exported (idempotency: number + mod count + update time).
CREATE TABLE incident_events (
  event_key TEXT PRIMARY KEY,
  incident_id TEXT NOT NULL,
  mod_count INTEGER NOT NULL,
  at INTEGER NOT NULL,
  state TEXT NOT NULL,
  agent TEXT,
  import_id INTEGER REFERENCES imports(id)
) WITHOUT ROWID;
CREATE INDEX incident_events_incident ON incident_events (incident_id, at);

-- A contact with a customer. `at` is NULL when the export gives no time for it (open tickets).
CREATE TABLE contacts (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  external_id TEXT NOT NULL,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  at INTEGER,
  channel TEXT NOT NULL,
  agent TEXT,
  reason TEXT,
  outcome TEXT,
  incident_id TEXT,
  import_id INTEGER REFERENCES imports(id),
  UNIQUE (source, external_id)
);
CREATE INDEX contacts_customer_time ON contacts (customer_id, at);
CREATE INDEX contacts_incident ON contacts (incident_id) WHERE incident_id IS NOT NULL;

-- author ↔ customer. evidence is a JSON list of {kind, detail, weight, postId?}; confidence is
-- 1 − Π(1 − weight). Only a supervisor moves a link out of 'proposed'.
CREATE TABLE identity_links (
  id INTEGER PRIMARY KEY,
  author_id INTEGER NOT NULL REFERENCES authors(id),
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  status TEXT NOT NULL CHECK (status IN ('proposed', 'confirmed', 'rejected')),
  confidence REAL NOT NULL,
  evidence TEXT NOT NULL DEFAULT '[]',
  proposed_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (author_id, customer_id)
);
CREATE INDEX identity_links_customer ON identity_links (customer_id, status);

-- Who did what to a link, when and why. An 'undone' entry names the entry it reverted.
CREATE TABLE identity_log (
  id INTEGER PRIMARY KEY,
  link_id INTEGER NOT NULL REFERENCES identity_links(id),
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('proposed', 'confirmed', 'rejected', 'unlinked', 'undone')),
  from_status TEXT,
  to_status TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  undoes INTEGER REFERENCES identity_log(id)
);
CREATE INDEX identity_log_link ON identity_log (link_id, id);
