// Stored topic rule sets: the default set (site_id NULL) and sites' own sets, as JSON TopicRule[].
import type { TopicRule } from '../../../shared/sentiment/topicRules';
import type { Queryable } from '../db/database';

/** One stored rule set. */
export interface StoredTopicRules {
  siteId: number | null;
  rules: TopicRule[];
  updatedAt: number;
  updatedBy: string | null;
}

interface Row {
  site_id: number | null;
  rules: string;
  updated_at: number;
  updated_by: string | null;
}

const toStored = (r: Row): StoredTopicRules => ({ siteId: r.site_id, rules: JSON.parse(r.rules) as TopicRule[], updatedAt: r.updated_at, updatedBy: r.updated_by });

/** Every stored set, the default one (site null) first. */
export async function listTopicRuleSets(q: Queryable): Promise<StoredTopicRules[]> {
  const rows = await q.all<Row>('SELECT site_id, rules, updated_at, updated_by FROM topic_rule_sets ORDER BY ifnull(site_id, 0)');
  return rows.map(toStored);
}

/** The stored set of a site (null: the default set), or undefined when there is none. */
export async function readTopicRuleSet(q: Queryable, siteId: number | null): Promise<StoredTopicRules | undefined> {
  const r = await q.get<Row>('SELECT site_id, rules, updated_at, updated_by FROM topic_rule_sets WHERE ifnull(site_id, 0) = ?', [siteId ?? 0]);
  return r ? toStored(r) : undefined;
}

/** Stores a site's set (null: the default set), replacing the one it had. */
export async function saveTopicRuleSet(q: Queryable, siteId: number | null, rules: readonly TopicRule[], at: number, by: string | null): Promise<void> {
  await q.run(
    `INSERT INTO topic_rule_sets (site_id, rules, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (ifnull(site_id, 0)) DO UPDATE SET rules = excluded.rules, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [siteId, JSON.stringify(rules), at, by],
  );
}

/** Removes a site's own set (null: the saved default set); false when there was none. */
export async function deleteTopicRuleSet(q: Queryable, siteId: number | null): Promise<boolean> {
  return (await q.run('DELETE FROM topic_rule_sets WHERE ifnull(site_id, 0) = ?', [siteId ?? 0])).changes === 1;
}
