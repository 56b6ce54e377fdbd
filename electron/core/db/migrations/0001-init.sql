-- Sites, authors, posts (with thread links), import log and quarantine.
CREATE TABLE sites (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL DEFAULT 'microblog',
  policy TEXT NOT NULL DEFAULT 'respond',
  url_pattern TEXT,
  enabled INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL
);

CREATE TABLE authors (
  id INTEGER PRIMARY KEY,
  site_id INTEGER NOT NULL REFERENCES sites(id),
  handle TEXT NOT NULL,
  followers INTEGER,
  is_company INTEGER NOT NULL DEFAULT 0,
  UNIQUE (site_id, handle)
);

CREATE TABLE imports (
  id INTEGER PRIMARY KEY,
  file TEXT NOT NULL,
  preset TEXT NOT NULL,
  status TEXT NOT NULL,
  rows_read INTEGER NOT NULL DEFAULT 0,
  imported INTEGER NOT NULL DEFAULT 0,
  duplicates INTEGER NOT NULL DEFAULT 0,
  quarantined INTEGER NOT NULL DEFAULT 0,
  started_at INTEGER NOT NULL,
  finished_at INTEGER
);

CREATE TABLE posts (
  id INTEGER PRIMARY KEY,
  site_id INTEGER NOT NULL REFERENCES sites(id),
  external_id TEXT NOT NULL,
  author_id INTEGER NOT NULL REFERENCES authors(id),
  created_at INTEGER NOT NULL,
  text TEXT NOT NULL,
  url TEXT,
  in_reply_to TEXT,
  parent_id INTEGER REFERENCES posts(id),
  author_followers INTEGER,
  relevant INTEGER NOT NULL DEFAULT 1,
  import_id INTEGER REFERENCES imports(id),
  ingested_at INTEGER NOT NULL,
  UNIQUE (site_id, external_id)
);

CREATE INDEX posts_created_at ON posts (created_at);
CREATE INDEX posts_author_time ON posts (author_id, created_at);
CREATE INDEX posts_site_time ON posts (site_id, created_at);
CREATE INDEX posts_reply_to ON posts (site_id, in_reply_to) WHERE in_reply_to IS NOT NULL;
CREATE INDEX posts_parent ON posts (parent_id) WHERE parent_id IS NOT NULL;

CREATE TABLE quarantine (
  id INTEGER PRIMARY KEY,
  import_id INTEGER NOT NULL REFERENCES imports(id),
  file TEXT NOT NULL,
  row INTEGER NOT NULL,
  reason TEXT NOT NULL,
  raw TEXT NOT NULL
);
CREATE INDEX quarantine_import ON quarantine (import_id, row);
