import type { Queryable } from '../db/database';
import { jsonRows } from './sql';

/** An author seen in an import: handle on a site, with what the source said about it. */
export interface AuthorSeen {
  siteId: number;
  handle: string;
  followers: number | null;
  /** The profile's location when the post carried one; null or absent when it did not. */
  location?: string | null;
}

/** Ids of the (site id, handle) pairs of a JSON parameter, probing the (site, handle) index. */
export const AUTHOR_IDS_SQL = 'SELECT a.id, a.site_id, a.handle FROM jsonb_each(?) j JOIN authors a ON a.site_id = j.value ->> 0 AND a.handle = j.value ->> 1';

const key = (siteId: number, handle: string): string => `${siteId}\u0000${handle}`;

/**
 * Resolves authors to row ids, inserting unknown ones. `cache` (site+handle → id) is filled and
 * reused across batches so a long import looks each author up once. The unknown authors travel
 * as one JSON parameter (jsonb_each) for the insert and the lookup: one statement each, however
 * many authors a batch brings. Locations the posts carried are then written (see updateLocations).
 * Returns each author's id, index-aligned with `seen`.
 */
export async function ensureAuthors(q: Queryable, seen: AuthorSeen[], cache: Map<string, number>): Promise<number[]> {
  const keys = seen.map((a) => key(a.siteId, a.handle));
  const missing = new Map<string, AuthorSeen>();
  seen.forEach((a, i) => {
    if (!cache.has(keys[i]) && !missing.has(keys[i])) missing.set(keys[i], a);
  });
  if (missing.size > 0) {
    const json = jsonRows([...missing.values()].map((a) => [a.siteId, a.handle, a.followers]));
    await q.run('INSERT OR IGNORE INTO authors (site_id, handle, followers) SELECT value ->> 0, value ->> 1, value ->> 2 FROM jsonb_each(?)', [json]);
    const rows = await q.all<{ id: number; site_id: number; handle: string }>(AUTHOR_IDS_SQL, [json]);
    for (const r of rows) cache.set(key(r.site_id, r.handle), r.id);
  }
  const ids = keys.map((k, i) => {
    const id = cache.get(k);
    if (id === undefined) throw new Error(`author ${seen[i].handle} not resolved`);
    return id;
  });
  await updateLocations(q, seen, ids);
  return ids;
}

/**
 * Writes the profile locations of resolved authors (`ids` index-aligned with `seen`): the latest
 * one seen wins (the last in import order, as a profile shows its current place), and a post
 * without one never erases a known one. One UPDATE for the batch, touching only rows whose
 * location changes.
 */
async function updateLocations(q: Queryable, seen: AuthorSeen[], ids: number[]): Promise<void> {
  const latest = new Map<number, string>();
  seen.forEach((a, i) => a.location && latest.set(ids[i], a.location));
  if (latest.size === 0) return;
  await q.run(
    `UPDATE authors SET location = j.value ->> 1 FROM jsonb_each(?) j
     WHERE authors.id = j.value ->> 0 AND authors.location IS NOT j.value ->> 1`,
    [jsonRows([...latest])],
  );
}

/** Looks an author's id up in a cache filled by ensureAuthors. */
export function authorIdOf(cache: Map<string, number>, siteId: number, handle: string): number {
  const id = cache.get(key(siteId, handle));
  if (id === undefined) throw new Error(`author ${handle} not resolved`);
  return id;
}
