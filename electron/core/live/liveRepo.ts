// SQL of the live engine (kept beside it rather than in repos/ because only the engine reads it).
// The live panels show what customers say: relevant posts only, company accounts' replies left out.
import type { NegativePost } from '../../../shared/domain/live';
import type { Queryable, SqlValue } from '../db/database';
import { placeholders } from '../repos/sql';

/** A post's effective label: a supervisor's newest correction wins over the model's score. */
export const EFFECTIVE_LABEL = `coalesce((SELECT c.label FROM sentiment_corrections c WHERE c.post_id = p.id ORDER BY c.id DESC LIMIT 1), s.label)`;

/** A post as the engine counts it. */
export interface LivePostRow {
  id: number;
  site_id: number;
  created_at: number;
  ingested_at: number;
  relevant: number;
  label: string | null;
  thread_root_id: number | null;
  text: string;
  author_id: number;
  author: string;
  /** The author's followers as the post or the author row states them. */
  followers: number | null;
  is_company: number;
}

const POST_COLUMNS = `p.id, p.site_id, p.created_at, p.ingested_at, p.relevant, ${EFFECTIVE_LABEL} AS label, p.thread_root_id, p.text,
  p.author_id, a.handle AS author, coalesce(p.author_followers, a.followers) AS followers, a.is_company`;

/** Posts stored after `afterId`, oldest first, with their effective label (null: not scored yet). */
export async function readPostsAfter(q: Queryable, afterId: number, limit: number): Promise<LivePostRow[]> {
  return q.all<LivePostRow>(
    `SELECT ${POST_COLUMNS} FROM posts p JOIN authors a ON a.id = p.author_id LEFT JOIN post_scores s ON s.post_id = p.id
     WHERE p.id > ? ORDER BY p.id LIMIT ?`,
    [afterId, limit],
  );
}

/** Newest correction per post, joined as `c` by the bulk queries (a correlated lookup per row is slower). */
const LATEST_CORRECTION = `LEFT JOIN (SELECT post_id, label FROM sentiment_corrections WHERE id IN (SELECT max(id) FROM sentiment_corrections GROUP BY post_id)) c ON c.post_id = p.id`;
/** Customers' relevant posts: company accounts' replies are left out (their ids are few, read once). */
const CUSTOMERS = `p.relevant = 1 AND p.author_id NOT IN (SELECT id FROM authors WHERE is_company = 1)`;

/** Label counts of customers' relevant posts per site and minute created in [from, to), up to post `maxId`. */
export async function readMinuteCounts(q: Queryable, from: number, to: number, maxId: number): Promise<{ site_id: number; minute: number; label: string | null; n: number }[]> {
  return q.all(
    `SELECT p.site_id, p.created_at / 60000 AS minute, coalesce(c.label, s.label) AS label, count(*) AS n
     FROM posts p LEFT JOIN post_scores s ON s.post_id = p.id ${LATEST_CORRECTION}
     WHERE p.created_at >= ? AND p.created_at < ? AND p.id <= ? AND ${CUSTOMERS} GROUP BY 1, 2, 3`,
    [from, to, maxId],
  );
}

/**
 * Customers' relevant posts created in [from, to) (up to `maxId`) that have no score yet, newest first.
 * Ordered by time so the time index serves both the range and the order: ordered by id, SQLite walked
 * every post below `maxId` backwards (190 ms on 1M posts even when none was unscored).
 */
export async function readUnscored(q: Queryable, from: number, to: number, maxId: number, limit: number): Promise<{ id: number; site_id: number; created_at: number }[]> {
  return q.all(
    `SELECT p.id, p.site_id, p.created_at FROM posts p
     WHERE p.created_at >= ? AND p.created_at < ? AND p.id <= ? AND ${CUSTOMERS} AND NOT EXISTS (SELECT 1 FROM post_scores s WHERE s.post_id = p.id)
     ORDER BY p.created_at DESC, p.id DESC LIMIT ?`,
    [from, to, maxId, limit],
  );
}

/** Effective labels of the posts among `ids` that have been scored since. */
export async function readScoredLabels(q: Queryable, ids: readonly number[]): Promise<{ id: number; label: string }[]> {
  if (ids.length === 0) return [];
  return q.all(
    `SELECT p.id, ${EFFECTIVE_LABEL} AS label FROM post_scores s JOIN posts p ON p.id = s.post_id
     WHERE s.post_id IN (SELECT value FROM json_each(?))`,
    [JSON.stringify(ids)],
  );
}

/** A post's place in the counts: when, where, its text (for topics) and whether the counts include it. */
export async function readPostPlace(q: Queryable, id: number): Promise<{ created_at: number; site_id: number; counted: number; text: string } | undefined> {
  return q.get(
    `SELECT p.created_at, p.site_id, p.relevant = 1 AND a.is_company = 0 AS counted, p.text
     FROM posts p JOIN authors a ON a.id = p.author_id WHERE p.id = ?`,
    [id],
  );
}

/** The label a post had before its newest correction (its previous correction, else the model's). */
export async function readLabelBeforeCorrection(q: Queryable, id: number): Promise<string | null> {
  const r = await q.get<{ label: string | null }>(
    `SELECT coalesce((SELECT c.label FROM sentiment_corrections c WHERE c.post_id = p.id ORDER BY c.id DESC LIMIT 1 OFFSET 1), s.label) AS label
     FROM posts p LEFT JOIN post_scores s ON s.post_id = p.id WHERE p.id = ?`,
    [id],
  );
  return r?.label ?? null;
}

/** A chunk of relevant posts since `from` with ids below `beforeId`, newest id first (topic backfill). */
export async function readTextsBefore(q: Queryable, from: number, beforeId: number, limit: number): Promise<LivePostRow[]> {
  return q.all<LivePostRow>(
    `SELECT ${POST_COLUMNS} FROM posts p JOIN authors a ON a.id = p.author_id LEFT JOIN post_scores s ON s.post_id = p.id
     WHERE p.id < ? AND p.created_at >= ? AND p.relevant = 1 AND a.is_company = 0 ORDER BY p.id DESC LIMIT ?`,
    [beforeId, from, limit],
  );
}

/**
 * The highest post id and the newest ingest time: that of the highest id, since ids are given in the
 * order posts are stored, each stamped with the time it was stored (max(ingested_at) has no index:
 * a scan of every post, 310 ms on 1M posts, before the first snapshot).
 */
export async function readHead(q: Queryable): Promise<{ maxId: number; lastIngestAt: number | null }> {
  const r = await q.get<{ m: number; t: number }>('SELECT id AS m, ingested_at AS t FROM posts ORDER BY id DESC LIMIT 1');
  return { maxId: r?.m ?? 0, lastIngestAt: r?.t ?? null };
}

/** A thread root's site, author and effective label (for the viral-thread rule). */
export async function readThreadRoot(q: Queryable, id: number): Promise<{ site_id: number; handle: string; label: string | null } | undefined> {
  return q.get(
    `SELECT p.site_id, a.handle, ${EFFECTIVE_LABEL} AS label
     FROM posts p JOIN authors a ON a.id = p.author_id LEFT JOIN post_scores s ON s.post_id = p.id WHERE p.id = ?`,
    [id],
  );
}

/** Replies per thread root created since `from` (for the viral-thread rule after a restart). */
export async function readReplyCounts(q: Queryable, from: number): Promise<{ root: number; created_at: number }[]> {
  return q.all(
    `SELECT p.thread_root_id AS root, p.created_at FROM posts p JOIN authors a ON a.id = p.author_id
     WHERE p.created_at >= ? AND p.thread_root_id IS NOT NULL AND p.relevant = 1 AND a.is_company = 0`,
    [from],
  );
}

interface NegativeRow {
  id: number;
  site_id: number;
  site_name: string;
  author: string;
  created_at: number;
  text: string;
  followers: number | null;
  reach: number | null;
}

/**
 * The newest negative posts in [from, to), optionally on some sites, with the author's followers and
 * expected reach. Walks the time index backwards and stops after `limit` matches.
 */
export async function readNegatives(q: Queryable, from: number, to: number, siteIds: readonly number[] | null, limit: number): Promise<NegativePost[]> {
  const params: SqlValue[] = [from, to];
  let sites = '';
  if (siteIds?.length) {
    sites = `AND p.site_id IN (${placeholders(siteIds.length)})`;
    params.push(...siteIds);
  }
  const rows = await q.all<NegativeRow>(
    `SELECT p.id, p.site_id, st.name AS site_name, a.handle AS author, p.created_at, p.text,
            coalesce(p.author_followers, a.followers, m.followers) AS followers, m.expected_cascade AS reach
     FROM posts p JOIN post_scores s ON s.post_id = p.id JOIN authors a ON a.id = p.author_id JOIN sites st ON st.id = p.site_id
     LEFT JOIN author_metrics m ON m.author_id = p.author_id
     WHERE p.created_at >= ? AND p.created_at < ? AND p.relevant = 1 AND a.is_company = 0 ${sites} AND ${EFFECTIVE_LABEL} = 'negative'
     ORDER BY p.created_at DESC, p.id DESC LIMIT ?`,
    [...params, limit],
  );
  return rows.map((r) => ({
    id: r.id,
    siteId: r.site_id,
    siteName: r.site_name,
    author: r.author,
    createdAt: r.created_at,
    text: r.text,
    followers: r.followers,
    reach: r.reach,
  }));
}

/** Names of the sites with the given ids (all sites when `ids` is null). */
export async function readSiteNames(q: Queryable): Promise<Map<number, string>> {
  const rows = await q.all<{ id: number; name: string }>('SELECT id, name FROM sites ORDER BY name');
  return new Map(rows.map((r) => [r.id, r.name]));
}
