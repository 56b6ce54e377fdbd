// The stored thresholds of the alert rules: one JSON row, absent until a supervisor saves.
import type { AlertRules } from '../../../shared/domain/alertRules';
import type { Queryable } from '../db/database';

/** The saved thresholds as stored (they may predate a threshold added later), or undefined. */
export async function readAlertRules(q: Queryable): Promise<{ rules: Partial<AlertRules>; updatedAt: number; updatedBy: string | null } | undefined> {
  const r = await q.get<{ rules: string; updated_at: number; updated_by: string | null }>('SELECT rules, updated_at, updated_by FROM alert_rules WHERE id = 1');
  return r ? { rules: JSON.parse(r.rules) as Partial<AlertRules>, updatedAt: r.updated_at, updatedBy: r.updated_by } : undefined;
}

/** Stores the thresholds, replacing the saved ones. */
export async function saveAlertRules(q: Queryable, rules: AlertRules, at: number, by: string | null): Promise<void> {
  await q.run(
    `INSERT INTO alert_rules (id, rules, updated_at, updated_by) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET rules = excluded.rules, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [JSON.stringify(rules), at, by],
  );
}

/** Every site's own thresholds (the fields it overrides), by site id. */
export async function listSiteAlertRules(q: Queryable): Promise<Array<{ siteId: number; rules: Partial<AlertRules>; updatedAt: number; updatedBy: string | null }>> {
  const rows = await q.all<{ site_id: number; rules: string; updated_at: number; updated_by: string | null }>('SELECT site_id, rules, updated_at, updated_by FROM alert_rule_sites ORDER BY site_id');
  return rows.map((r) => ({ siteId: r.site_id, rules: JSON.parse(r.rules) as Partial<AlertRules>, updatedAt: r.updated_at, updatedBy: r.updated_by }));
}

/** Stores a site's own thresholds (only the fields it overrides), replacing what it had. */
export async function saveSiteAlertRules(q: Queryable, siteId: number, rules: Partial<AlertRules>, at: number, by: string | null): Promise<void> {
  await q.run(
    `INSERT INTO alert_rule_sites (site_id, rules, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (site_id) DO UPDATE SET rules = excluded.rules, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [siteId, JSON.stringify(rules), at, by],
  );
}

/** Removes a site's own thresholds (it follows the thresholds for all sites again). */
export async function deleteSiteAlertRules(q: Queryable, siteId: number): Promise<void> {
  await q.run('DELETE FROM alert_rule_sites WHERE site_id = ?', [siteId]);
}

/** Removes the saved thresholds for all sites (the defaults apply again). */
export async function deleteAlertRules(q: Queryable): Promise<void> {
  await q.run('DELETE FROM alert_rules WHERE id = 1');
}
