import type { CaseColumn, CaseColumnInput, CaseEvent, CaseSlaPolicy } from '../../../shared/domain/case';
import type { BusinessHours } from '../../../shared/time/businessHours';
import type { Queryable } from '../db/database';

interface ColumnRow {
  id: number;
  name: string;
  position: number;
  resolves: number;
  count: number;
}

/** The board's columns in order, with how many cases each holds. */
export async function listCaseColumns(q: Queryable): Promise<CaseColumn[]> {
  const rows = await q.all<ColumnRow>(
    `SELECT k.id, k.name, k.position, k.resolves, (SELECT count(*) FROM cases c WHERE c.column_id = k.id) AS count
     FROM case_columns k ORDER BY k.position, k.id`,
  );
  return rows.map((r) => ({ id: r.id, name: r.name, position: r.position, resolves: r.resolves === 1, count: r.count }));
}

/** One column, or undefined. */
export async function readCaseColumn(q: Queryable, id: number): Promise<CaseColumn | undefined> {
  return (await listCaseColumns(q)).find((c) => c.id === id);
}

/**
 * Replaces the column list: listed ids are renamed and reordered, new entries added, unlisted
 * columns deleted. Names are first moved aside so a swap of two names does not hit UNIQUE.
 */
export async function replaceCaseColumns(q: Queryable, columns: CaseColumnInput[]): Promise<void> {
  const keep = columns.filter((c) => c.id !== undefined).map((c) => c.id as number);
  await q.run(`DELETE FROM case_columns WHERE id NOT IN (${keep.map(() => '?').join(',') || 'NULL'})`, keep);
  await q.run("UPDATE case_columns SET name = '~renaming~' || id");
  for (const [i, c] of columns.entries()) {
    if (c.id === undefined) await q.run('INSERT INTO case_columns (name, position, resolves) VALUES (?, ?, ?)', [c.name, i + 1, c.resolves ? 1 : 0]);
    else await q.run('UPDATE case_columns SET name = ?, position = ?, resolves = ? WHERE id = ?', [c.name, i + 1, c.resolves ? 1 : 0, c.id]);
  }
}

interface SlaRow {
  site_id: number | null;
  first_response_mins: number;
  resolution_mins: number;
  amber_at: number;
  business_hours: string | null;
}

const toPolicy = (r: SlaRow): CaseSlaPolicy => ({
  siteId: r.site_id,
  firstResponseMins: r.first_response_mins,
  resolutionMins: r.resolution_mins,
  amberAt: r.amber_at,
  businessHours: r.business_hours ? (JSON.parse(r.business_hours) as BusinessHours) : null,
});

/** Every SLA policy, the default (siteId null) first. */
export async function listSlaPolicies(q: Queryable): Promise<CaseSlaPolicy[]> {
  const rows = await q.all<SlaRow>('SELECT * FROM sla_policies ORDER BY site_id IS NOT NULL, site_id');
  return rows.map(toPolicy);
}

/** Adds or replaces the policy of a site (or the default when siteId is null). */
export async function saveSlaPolicy(q: Queryable, p: CaseSlaPolicy): Promise<void> {
  const hours = p.businessHours ? JSON.stringify(p.businessHours) : null;
  await q.run(p.siteId === null ? 'DELETE FROM sla_policies WHERE site_id IS NULL' : 'DELETE FROM sla_policies WHERE site_id = ?', p.siteId === null ? [] : [p.siteId]);
  await q.run('INSERT INTO sla_policies (site_id, first_response_mins, resolution_mins, amber_at, business_hours) VALUES (?, ?, ?, ?, ?)', [
    p.siteId,
    p.firstResponseMins,
    p.resolutionMins,
    p.amberAt,
    hours,
  ]);
}

/** Removes a site's own policy so the default applies again. */
export async function deleteSlaPolicy(q: Queryable, siteId: number): Promise<void> {
  await q.run('DELETE FROM sla_policies WHERE site_id = ?', [siteId]);
}

/** Appends an audit entry. */
export async function insertCaseEvent(q: Queryable, e: Omit<CaseEvent, 'id'>): Promise<void> {
  await q.run('INSERT INTO case_events (case_id, at, actor, kind, detail) VALUES (?, ?, ?, ?, ?)', [e.caseId, e.at, e.actor, e.kind, JSON.stringify(e.detail)]);
}

/** A case's audit log, oldest first. */
export async function listCaseEvents(q: Queryable, caseId: number): Promise<CaseEvent[]> {
  const rows = await q.all<{ id: number; case_id: number; at: number; actor: string; kind: CaseEvent['kind']; detail: string }>(
    'SELECT * FROM case_events WHERE case_id = ? ORDER BY id',
    [caseId],
  );
  return rows.map((r) => ({ id: r.id, caseId: r.case_id, at: r.at, actor: r.actor, kind: r.kind, detail: JSON.parse(r.detail) as Record<string, unknown> }));
}

/** Keeps resolved_at true to the columns after their `resolves` flags changed (bumping versions). */
export async function syncCaseResolution(q: Queryable, now: number): Promise<number> {
  const a = await q.run(
    `UPDATE cases SET resolved_at = ?, version = version + 1, updated_at = ?
     WHERE resolved_at IS NULL AND column_id IN (SELECT id FROM case_columns WHERE resolves = 1)`,
    [now, now],
  );
  const b = await q.run(
    `UPDATE cases SET resolved_at = NULL, version = version + 1, updated_at = ?
     WHERE resolved_at IS NOT NULL AND column_id IN (SELECT id FROM case_columns WHERE resolves = 0)`,
    [now],
  );
  return a.changes + b.changes;
}

/** True when a site with this id exists. */
export async function siteExists(q: Queryable, siteId: number): Promise<boolean> {
  return (await q.get('SELECT 1 FROM sites WHERE id = ?', [siteId])) !== undefined;
}
