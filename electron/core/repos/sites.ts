import type { Site, SiteKind, SitePolicy } from '../../../shared/domain/site';
import type { Queryable } from '../db/database';
import { insertMany, placeholders } from './sql';

interface SiteRow {
  id: number;
  name: string;
  kind: SiteKind;
  policy: SitePolicy;
  url_pattern: string | null;
  enabled: number;
}

const toSite = (r: SiteRow): Site => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  policy: r.policy,
  urlPattern: r.url_pattern,
  enabled: r.enabled === 1,
});

/** All sites by name. */
export async function listSites(q: Queryable): Promise<Site[]> {
  const rows = await q.all<SiteRow>('SELECT id, name, kind, policy, url_pattern, enabled FROM sites ORDER BY name');
  return rows.map(toSite);
}

/** Returns the id of every named site, creating the missing ones with default kind and policy. */
export async function ensureSites(q: Queryable, names: string[], now: number): Promise<Map<string, number>> {
  const unique = [...new Set(names)];
  const out = new Map<string, number>();
  if (unique.length === 0) return out;
  await insertMany(q, 'INSERT OR IGNORE INTO sites (name, created_at)', 2, unique.map((n) => [n, now]));
  const rows = await q.all<{ id: number; name: string }>(`SELECT id, name FROM sites WHERE name IN (${placeholders(unique.length)})`, unique);
  for (const r of rows) out.set(r.name, r.id);
  return out;
}

/** Which of these site names have at least one stored post (one index probe per site). */
export async function siteNamesWithPosts(q: Queryable, names: string[]): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const rows = await q.all<{ name: string }>(
    `SELECT s.name FROM sites s WHERE s.name IN (${placeholders(names.length)}) AND EXISTS (SELECT 1 FROM posts p WHERE p.site_id = s.id)`,
    names,
  );
  return new Set(rows.map((r) => r.name));
}
