import type { Post, PostPage } from '../../../shared/domain/post';
import type { SentimentLabel } from '../../../shared/sentiment/types';
import type { Queryable, SqlValue } from '../db/database';

/** The highest post row id, to know which rows a batch added. */
export async function maxPostId(q: Queryable): Promise<number> {
  const r = await q.get<{ m: number | null }>('SELECT max(id) AS m FROM posts');
  return r?.m ?? 0;
}

interface PostRow {
  id: number;
  external_id: string;
  site_id: number;
  site_name: string;
  author: string;
  created_at: number;
  text: string;
  url: string | null;
  in_reply_to: string | null;
  parent_id: number | null;
  author_followers: number | null;
  relevant: number;
  s_label: SentimentLabel | null;
  s_score: number | null;
  s_confidence: number | null;
  s_corrected: SentimentLabel | null;
}

const toPost = (r: PostRow): Post => ({
  id: r.id,
  externalId: r.external_id,
  siteId: r.site_id,
  siteName: r.site_name,
  author: r.author,
  createdAt: r.created_at,
  text: r.text,
  url: r.url,
  inReplyTo: r.in_reply_to,
  parentId: r.parent_id,
  authorFollowers: r.author_followers,
  relevant: r.relevant === 1,
  sentiment: r.s_label === null ? null : { label: r.s_label, score: r.s_score ?? 0, confidence: r.s_confidence ?? 0, correctedLabel: r.s_corrected },
});

/**
 * posts.search counts at most this many matches, then says "more" (`totalCapped`). An exact count
 * with a text query reads every post (0.3-0.5 s on 1M posts when idle, seconds during an import);
 * the capped count stops at the cap+1st match, so a common word costs milliseconds.
 */
export const SEARCH_COUNT_CAP = 10_000;

/** Search filters for the post list. */
export interface PostQuery {
  query?: string;
  siteId?: number;
  /** Only this author's posts. */
  authorId?: number;
  includeIrrelevant?: boolean;
  /** Oldest first instead of newest first (the report finds the oldest post with it). */
  oldestFirst?: boolean;
  offset?: number;
  limit?: number;
}

/** Escapes LIKE wildcards so a user's `%` or `_` matches itself. */
const likeEscape = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The WHERE clause of a search, its parameters, and whether it reads the author's handle. */
function filterOf(f: PostQuery): { cond: string; params: SqlValue[]; byHandle: boolean } {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (!f.includeIrrelevant) where.push('posts.relevant = 1');
  if (f.siteId !== undefined) {
    where.push('posts.site_id = ?');
    params.push(f.siteId);
  }
  if (f.authorId !== undefined) {
    where.push('posts.author_id = ?');
    params.push(f.authorId);
  }
  const text = f.query?.trim();
  if (text) {
    const pattern = `%${likeEscape(text)}%`;
    where.push("(posts.text LIKE ? ESCAPE '\\' OR authors.handle LIKE ? ESCAPE '\\')");
    params.push(pattern, pattern);
  }
  return { cond: where.length ? `WHERE ${where.join(' AND ')}` : '', params, byHandle: Boolean(text) };
}

/** The capped count of a search as SQL and parameters (exported for the query-plan test). */
export function cappedCountSql(f: PostQuery, cap: number): { sql: string; params: SqlValue[] } {
  const { cond, params, byHandle } = filterOf(f);
  // Every post has its author and site (foreign keys): the count joins authors only to read handles.
  const join = byHandle ? 'JOIN authors ON authors.id = posts.author_id' : '';
  return { sql: `SELECT count(*) AS n FROM (SELECT 1 FROM posts ${join} ${cond} LIMIT ?)`, params: [...params, cap + 1] };
}

/** The page query of a search as SQL and parameters (exported for the query-plan test). */
export function postPageSql(f: PostQuery): { sql: string; params: SqlValue[] } {
  const { cond, params } = filterOf(f);
  const dir = f.oldestFirst ? 'ASC' : 'DESC';
  const sql = `SELECT posts.id, posts.external_id, posts.site_id, sites.name AS site_name, authors.handle AS author,
            posts.created_at, posts.text, posts.url, posts.in_reply_to, posts.parent_id, posts.author_followers, posts.relevant,
            s.label AS s_label, s.score AS s_score, s.confidence AS s_confidence,
            (SELECT c.label FROM sentiment_corrections c WHERE c.post_id = posts.id ORDER BY c.id DESC LIMIT 1) AS s_corrected
     FROM posts JOIN authors ON authors.id = posts.author_id JOIN sites ON sites.id = posts.site_id
     LEFT JOIN post_scores s ON s.post_id = posts.id ${cond} ORDER BY posts.created_at ${dir}, posts.id ${dir} LIMIT ? OFFSET ?`;
  return { sql, params: [...params, f.limit ?? 100, f.offset ?? 0] };
}

/** How many posts match, counting at most `cap`: `totalCapped` is true when more match. */
export async function countPostsCapped(q: Queryable, f: PostQuery, cap = SEARCH_COUNT_CAP): Promise<{ total: number; totalCapped: boolean }> {
  const { sql, params } = cappedCountSql(f, cap);
  const n = (await q.get<{ n: number }>(sql, params))?.n ?? 0;
  return n > cap ? { total: cap, totalCapped: true } : { total: n, totalCapped: false };
}

/**
 * A page of posts matching a text query (in the text or the author's handle) and filters, newest
 * first (or oldest first), with the number matching counted up to `countCap` (see SEARCH_COUNT_CAP).
 */
export async function searchPosts(q: Queryable, f: PostQuery, countCap = SEARCH_COUNT_CAP): Promise<PostPage> {
  const count = await countPostsCapped(q, f, countCap);
  const { sql, params } = postPageSql(f);
  const rows = await q.all<PostRow>(sql, params);
  return { ...count, items: rows.map(toPost) };
}
