-- Sentiment: the models that score posts (the built-in scorer plus any the supervisors train),
-- one current score per post with its reasons, and every label correction a supervisor made.

-- kind 'builtin' has no blob; 'trained' keeps the model's JSON. Exactly one model is active; a
-- retrain adds a row and switching on/rolling back only moves the active flag.
CREATE TABLE sentiment_models (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('builtin', 'trained')),
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  -- 5-fold cross-validated macro-F1 measured before the model could be switched on
  cv_macro_f1 REAL,
  -- JSON: folds, confusion matrix, example counts (what the panel shows next to the figure)
  cv_report TEXT,
  examples INTEGER,
  active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
  activated_at INTEGER,
  blob TEXT
);
CREATE UNIQUE INDEX sentiment_models_one_active ON sentiment_models (active) WHERE active = 1;

INSERT INTO sentiment_models (id, kind, name, created_at, active, activated_at)
VALUES (1, 'builtin', 'Built-in rules and lexicon', 0, 1, 0);

-- The latest score of each post. model_version tells which build of that model wrote it, so a
-- rescore after a change of model can find what is stale.
CREATE TABLE post_scores (
  post_id INTEGER PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
  label TEXT NOT NULL CHECK (label IN ('negative', 'neutral', 'positive')),
  score REAL NOT NULL,
  confidence REAL NOT NULL,
  language TEXT NOT NULL,
  reasons TEXT NOT NULL,
  model_id INTEGER NOT NULL REFERENCES sentiment_models(id),
  model_version TEXT NOT NULL,
  scored_at INTEGER NOT NULL
);
CREATE INDEX post_scores_label ON post_scores (label);
CREATE INDEX post_scores_model ON post_scores (model_id);

-- Every correction is kept (who and when); the newest per post is the post's corrected label.
CREATE TABLE sentiment_corrections (
  id INTEGER PRIMARY KEY,
  post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  label TEXT NOT NULL CHECK (label IN ('negative', 'neutral', 'positive')),
  corrected_by TEXT NOT NULL,
  corrected_at INTEGER NOT NULL
);
CREATE INDEX sentiment_corrections_post ON sentiment_corrections (post_id, id);
