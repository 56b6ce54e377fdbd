-- Editable rule sets: topic (contact reason) rules per site and the thresholds of the alert rules.
-- Topic rules: one row with site_id NULL is the default set (absent: the built-in rules), one row
-- per site that keeps its own set. Rules are the JSON TopicRule[] checked by checkTopicRules.
CREATE TABLE topic_rule_sets (
  id INTEGER PRIMARY KEY,
  site_id INTEGER REFERENCES sites(id) ON DELETE CASCADE,
  rules TEXT NOT NULL CHECK (json_valid(rules) AND json_type(rules) = 'array'),
  updated_at INTEGER NOT NULL,
  updated_by TEXT
);
-- one set per site, and one default set (NULL site ids are otherwise distinct in a UNIQUE index)
CREATE UNIQUE INDEX topic_rule_sets_site ON topic_rule_sets (ifnull(site_id, 0));

-- The alert thresholds (AlertRules as JSON): a single row, absent until a supervisor saves.
CREATE TABLE alert_rules (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  rules TEXT NOT NULL CHECK (json_valid(rules) AND json_type(rules) = 'object'),
  updated_at INTEGER NOT NULL,
  updated_by TEXT
);
