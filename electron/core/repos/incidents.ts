import type { Incident } from '../../../shared/domain/contact';
import type { Queryable } from '../db/database';
import { insertMany, placeholders } from './sql';

/** An incident update event to store. */
export interface IncidentEventRow {
  eventKey: string;
  incidentId: string;
  modCount: number;
  at: number;
  state: string;
  agent: string | null;
  importId: number;
}

/** Stores events, ignoring those already stored (same key); returns how many were new. */
export async function insertIncidentEvents(q: Queryable, rows: IncidentEventRow[]): Promise<number> {
  return insertMany(
    q,
    'INSERT OR IGNORE INTO incident_events (event_key, incident_id, mod_count, at, state, agent, import_id)',
    7,
    rows.map((r) => [r.eventKey, r.incidentId, r.modCount, r.at, r.state, r.agent, r.importId]),
  );
}

/** The newest stored event time of each incident, to tell whether a batch brings newer news. */
export async function readIncidentStamps(q: Queryable, ids: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < ids.length; i += 10_000) {
    const part = ids.slice(i, i + 10_000);
    const rows = await q.all<{ id: string; t: number }>(`SELECT id, updated_at AS t FROM incidents WHERE id IN (${placeholders(part.length)})`, part);
    for (const r of rows) out.set(r.id, r.t);
  }
  return out;
}

/** An incident as its newest event describes it. */
export interface IncidentUpsert {
  id: string;
  title: string;
  status: string;
  openedAt: number | null;
  closedAt: number | null;
  source: string;
  updatedAt: number;
}

/** Adds incidents or moves them to a newer event's status; an older event never overwrites a newer one. */
export async function upsertIncidents(q: Queryable, rows: IncidentUpsert[]): Promise<void> {
  await insertMany(
    q,
    'INSERT INTO incidents (id, title, status, opened_at, closed_at, source, updated_at)',
    7,
    rows.map((r) => [r.id, r.title, r.status, r.openedAt, r.closedAt, r.source, r.updatedAt]),
    `ON CONFLICT (id) DO UPDATE SET title = excluded.title, status = excluded.status, opened_at = excluded.opened_at,
       closed_at = excluded.closed_at, updated_at = excluded.updated_at WHERE excluded.updated_at >= incidents.updated_at`,
  );
}

/** Incidents by id (unknown ids are left out). */
export async function readIncidents(q: Queryable, ids: string[]): Promise<Incident[]> {
  if (ids.length === 0) return [];
  const rows = await q.all<{ id: string; title: string; status: string; opened_at: number | null; closed_at: number | null }>(
    `SELECT id, title, status, opened_at, closed_at FROM incidents WHERE id IN (${placeholders(ids.length)}) ORDER BY opened_at DESC`,
    ids,
  );
  return rows.map((r) => ({ id: r.id, title: r.title, status: r.status, openedAt: r.opened_at, closedAt: r.closed_at }));
}
