import type { Stats } from '../../../shared/domain/stats';
import type { Queryable } from '../db/database';
import { countThreads } from './threads';

/** Headline counts for `stats --json` and the status line. */
export async function readStats(q: Queryable, schemaVersion: number): Promise<Stats> {
  const counts = await q.get<{ posts: number; authors: number; sites: number }>(
    'SELECT (SELECT count(*) FROM posts) AS posts, (SELECT count(*) FROM authors) AS authors, (SELECT count(*) FROM sites) AS sites',
  );
  const perSite = await q.all<{ site: string; posts: number }>(
    'SELECT sites.name AS site, count(posts.id) AS posts FROM sites LEFT JOIN posts ON posts.site_id = sites.id GROUP BY sites.id ORDER BY sites.name',
  );
  const threads = await countThreads(q);
  return { posts: counts?.posts ?? 0, authors: counts?.authors ?? 0, sites: counts?.sites ?? 0, threads, schemaVersion, perSite };
}

/** When the newest post was stored, or null for an empty database. */
export async function readLastIngestAt(q: Queryable): Promise<number | null> {
  const r = await q.get<{ t: number | null }>('SELECT max(ingested_at) AS t FROM posts');
  return r?.t ?? null;
}
