import type { Queryable } from '../db/database';
import { placeholders } from './sql';

/**
 * Marks authors as company accounts (our own handles on their site). Returns the ids that were
 * not marked before, so callers can refresh what depends on it (thread response times).
 */
export async function markCompanyAuthors(q: Queryable, authorIds: number[]): Promise<number[]> {
  const unique = [...new Set(authorIds)];
  const changed: number[] = [];
  for (let i = 0; i < unique.length; i += 30_000) {
    const part = unique.slice(i, i + 30_000);
    const rows = await q.all<{ id: number }>(`SELECT id FROM authors WHERE is_company = 0 AND id IN (${placeholders(part.length)})`, part);
    changed.push(...rows.map((r) => r.id));
  }
  for (let i = 0; i < changed.length; i += 30_000) {
    const part = changed.slice(i, i + 30_000);
    await q.run(`UPDATE authors SET is_company = 1 WHERE id IN (${placeholders(part.length)})`, part);
  }
  return changed;
}

/** Handles of the company accounts of one site, sorted. */
export async function listCompanyHandles(q: Queryable, siteId: number): Promise<string[]> {
  const rows = await q.all<{ handle: string }>('SELECT handle FROM authors WHERE site_id = ? AND is_company = 1 ORDER BY handle', [siteId]);
  return rows.map((r) => r.handle);
}
