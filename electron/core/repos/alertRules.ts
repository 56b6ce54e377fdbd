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
