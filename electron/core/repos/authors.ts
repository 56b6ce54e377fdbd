import type { Queryable } from '../db/database';
import { insertMany, placeholders } from './sql';

/** An author seen in an import: handle on a site, with what the source said about it. */
export interface AuthorSeen {
  siteId: number;
  handle: string;
  followers: number | null;
}

const key = (siteId: number, handle: string): string => `${siteId}\u0000${handle}`;

/**
 * Resolves authors to row ids, inserting unknown ones. `cache` (site+handle → id) is filled and
 * reused across batches so a long import looks each author up once.
 */
export async function ensureAuthors(q: Queryable, seen: AuthorSeen[], cache: Map<string, number>): Promise<void> {
  const missing = new Map<string, AuthorSeen>();
  for (const a of seen) {
    const k = key(a.siteId, a.handle);
    if (!cache.has(k) && !missing.has(k)) missing.set(k, a);
  }
  if (missing.size === 0) return;
  const list = [...missing.values()];
  await insertMany(q, 'INSERT OR IGNORE INTO authors (site_id, handle, followers)', 3, list.map((a) => [a.siteId, a.handle, a.followers]));
  const bySite = new Map<number, string[]>();
  for (const a of list) bySite.set(a.siteId, [...(bySite.get(a.siteId) ?? []), a.handle]);
  for (const [siteId, handles] of bySite) {
    for (let i = 0; i < handles.length; i += 30_000) {
      const part = handles.slice(i, i + 30_000);
      const rows = await q.all<{ id: number; handle: string }>(
        `SELECT id, handle FROM authors WHERE site_id = ? AND handle IN (${placeholders(part.length)})`,
        [siteId, ...part],
      );
      for (const r of rows) cache.set(key(siteId, r.handle), r.id);
    }
  }
}

/** Looks an author's id up in a cache filled by ensureAuthors. */
export function authorIdOf(cache: Map<string, number>, siteId: number, handle: string): number {
  const id = cache.get(key(siteId, handle));
  if (id === undefined) throw new Error(`author ${handle} not resolved`);
  return id;
}
