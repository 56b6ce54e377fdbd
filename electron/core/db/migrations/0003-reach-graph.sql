-- Reach: follow edges and interaction edges between authors, and per-author reach metrics.
-- Ids found only in an edge file become stub authors (an authors row without posts) on the
-- file's site, so every edge points at a real authors row.

-- One imported edge file (or the posts-derived interaction layer).
CREATE TABLE graph_sources (
  id INTEGER PRIMARY KEY,
  site_id INTEGER NOT NULL REFERENCES sites(id),
  -- 'follow' (A follows B) or 'interaction' (A replied to / mentioned / reposted B, weighted)
  kind TEXT NOT NULL CHECK (kind IN ('follow', 'interaction')),
  file TEXT NOT NULL,
  format TEXT NOT NULL,
  lines_read INTEGER NOT NULL DEFAULT 0,
  edges INTEGER NOT NULL DEFAULT 0,
  self_loops INTEGER NOT NULL DEFAULT 0,
  duplicates INTEGER NOT NULL DEFAULT 0,
  bad_lines INTEGER NOT NULL DEFAULT 0,
  stub_authors INTEGER NOT NULL DEFAULT 0,
  imported_at INTEGER NOT NULL
);

-- Rule: self-loops are dropped at import; a duplicate edge is stored once (first source kept).
CREATE TABLE follow_edges (
  follower_id INTEGER NOT NULL REFERENCES authors(id),
  followee_id INTEGER NOT NULL REFERENCES authors(id),
  source_id INTEGER NOT NULL REFERENCES graph_sources(id),
  PRIMARY KEY (follower_id, followee_id)
) WITHOUT ROWID;
CREATE INDEX follow_edges_followee ON follow_edges (followee_id, follower_id);

-- from_id interacted with to_id `weight` times. origin 'posts' rows are re-derived from stored
-- posts on every compute; origin 'file' rows come from an imported weighted edge list.
CREATE TABLE interaction_edges (
  from_id INTEGER NOT NULL REFERENCES authors(id),
  to_id INTEGER NOT NULL REFERENCES authors(id),
  kind TEXT NOT NULL CHECK (kind IN ('reply', 'mention', 'repost', 'file')),
  origin TEXT NOT NULL CHECK (origin IN ('posts', 'file')),
  weight REAL NOT NULL,
  PRIMARY KEY (from_id, to_id, kind)
) WITHOUT ROWID;
CREATE INDEX interaction_edges_to ON interaction_edges (to_id);

-- The latest metrics computation of each site's follow graph (graph-wide facts a score needs).
CREATE TABLE reach_runs (
  site_id INTEGER PRIMARY KEY REFERENCES sites(id),
  computed_at INTEGER NOT NULL,
  node_count INTEGER NOT NULL,
  edge_count INTEGER NOT NULL,
  self_loops INTEGER NOT NULL,
  duplicates INTEGER NOT NULL,
  interaction_edges INTEGER NOT NULL,
  observed_edges INTEGER NOT NULL,
  cascade_runs INTEGER NOT NULL,
  hub_threshold INTEGER NOT NULL,
  pagerank_iterations INTEGER NOT NULL,
  millis INTEGER NOT NULL
);

CREATE TABLE author_metrics (
  author_id INTEGER PRIMARY KEY REFERENCES authors(id),
  site_id INTEGER NOT NULL REFERENCES sites(id),
  followers INTEGER NOT NULL,
  audience2 INTEGER NOT NULL,
  audience2_std_error REAL NOT NULL DEFAULT 0,
  pagerank REAL NOT NULL,
  core INTEGER NOT NULL,
  hub_links INTEGER NOT NULL,
  -- expected accounts reached by a post (author excluded); NULL where not simulated
  expected_cascade REAL,
  cascade_std_error REAL,
  computed_at INTEGER NOT NULL
);
CREATE INDEX author_metrics_site_pagerank ON author_metrics (site_id, pagerank DESC);
