-- Learned topic models (issue 5) and per-site alert thresholds.

-- A topic model trained on a labelled file: the model JSON (TopicModel, plain JSON), its topics with
-- their cross-validated F1, and where it came from. Stored switched off; topic_model_choices says
-- where it is used.
CREATE TABLE topic_models (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  created_by TEXT,
  -- the training file's name (no folders), or the name given to uploaded CSV text
  source_file TEXT NOT NULL,
  examples INTEGER NOT NULL CHECK (examples > 0),
  -- JSON [{ topic, label, examples, f1, precision, recall }]: topic ids the model predicts
  topics TEXT NOT NULL CHECK (json_valid(topics) AND json_type(topics) = 'array'),
  -- cross-validated macro-F1 over the topics, measured before the model could be switched on
  cv_macro_f1 REAL NOT NULL,
  -- JSON: folds, per-fold macro-F1, accuracy, confusion matrix
  cv_report TEXT NOT NULL CHECK (json_valid(cv_report)),
  model TEXT NOT NULL CHECK (json_valid(model))
);

-- Which model each scope uses, as a stack: the newest row of a scope that is not undone is in force.
-- site_id NULL is the default (sites without a choice of their own follow it); model_id NULL means
-- rules only. A rollback sets undone_at on the newest row, so the choice before it applies again.
CREATE TABLE topic_model_choices (
  id INTEGER PRIMARY KEY,
  site_id INTEGER REFERENCES sites(id) ON DELETE CASCADE,
  model_id INTEGER REFERENCES topic_models(id) ON DELETE CASCADE,
  -- a post gets the model's topic only when the model is at least this sure
  min_confidence REAL NOT NULL CHECK (min_confidence > 0 AND min_confidence < 1),
  chosen_at INTEGER NOT NULL,
  chosen_by TEXT,
  undone_at INTEGER
);
CREATE INDEX topic_model_choices_scope ON topic_model_choices (ifnull(site_id, 0), id) WHERE undone_at IS NULL;

-- A site's own alert thresholds: the AlertRules fields it overrides (JSON object); the rest come
-- from the saved thresholds (alert_rules) or the defaults.
CREATE TABLE alert_rule_sites (
  site_id INTEGER PRIMARY KEY REFERENCES sites(id) ON DELETE CASCADE,
  rules TEXT NOT NULL CHECK (json_valid(rules) AND json_type(rules) = 'object'),
  updated_at INTEGER NOT NULL,
  updated_by TEXT
);
