-- Connectors: saved column mappings (import presets made in the Sources view), RSS/Atom feeds
-- with their conditional-GET and back-off state, and watched folders.
CREATE TABLE import_presets (
  name TEXT PRIMARY KEY,
  description TEXT NOT NULL DEFAULT '',
  -- JSON column mapping: which CSV column feeds which post field
  mapping TEXT NOT NULL,
  created_at INTEGER NOT NULL
);

CREATE TABLE feeds (
  id INTEGER PRIMARY KEY,
  site_id INTEGER NOT NULL REFERENCES sites(id),
  url TEXT NOT NULL UNIQUE,
  enabled INTEGER NOT NULL DEFAULT 1,
  interval_ms INTEGER NOT NULL DEFAULT 900000,
  -- validators of the last 200 answer, sent back as If-None-Match / If-Modified-Since
  etag TEXT,
  last_modified TEXT,
  last_polled_at INTEGER,
  last_ok_at INTEGER,
  next_poll_at INTEGER NOT NULL DEFAULT 0,
  -- consecutive failures; the wait before the next try doubles with each, up to a cap
  failures INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'ok', 'unhealthy')),
  last_error TEXT,
  created_at INTEGER NOT NULL
);
CREATE INDEX feeds_due ON feeds (enabled, next_poll_at);

CREATE TABLE watched_folders (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  preset TEXT NOT NULL,
  enabled INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL
);
