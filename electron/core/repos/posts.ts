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

/**
 * The capped count of a search as SQL and parameters (exported for the query-plan test): one scan
 * that stops at the cap+1st match, and, when it did not stop, every match as a JSON array of
 * [id, created_at] pairs so that the page needs no second scan.
 */
export function matchesSql(f: PostQuery, cap: number): { sql: string; params: SqlValue[] } {
  const { cond, params, byHandle } = filterOf(f);
  // Every post has its author and site (foreign keys): the count joins authors only to read handles.
  const join = byHandle ? 'JOIN authors ON authors.id = posts.author_id' : '';
  const sql = `SELECT count(*) AS n, CASE WHEN count(*) <= ? THEN json_group_array(json_array(id, t)) END AS matches
    FROM (SELECT posts.id AS id, posts.created_at AS t FROM posts ${join} ${cond} LIMIT ?)`;
  return { sql, params: [cap, ...params, cap + 1] };
}

const PAGE_SELECT = `SELECT posts.id, posts.external_id, posts.site_id, sites.name AS site_name, authors.handle AS author,
    posts.created_at, posts.text, posts.url, posts.in_reply_to, posts.parent_id, posts.author_followers, posts.relevant,
    s.label AS s_label, s.score AS s_score, s.confidence AS s_confidence,
    (SELECT c.label FROM sentiment_corrections c WHERE c.post_id = posts.id ORDER BY c.id DESC LIMIT 1) AS s_corrected
  FROM posts JOIN authors ON authors.id = posts.author_id JOIN sites ON sites.id = posts.site_id
  LEFT JOIN post_scores s ON s.post_id = posts.id`;

const orderOf = (f: PostQuery): string => (f.oldestFirst ? 'ORDER BY posts.created_at ASC, posts.id ASC' : 'ORDER BY posts.created_at DESC, posts.id DESC');

/** The page query of a search that matched more than the cap, walking the time index (exported for the query-plan test). */
export function postPageSql(f: PostQuery): { sql: string; params: SqlValue[] } {
  const { cond, params } = filterOf(f);
  return { sql: `${PAGE_SELECT} ${cond} ${orderOf(f)} LIMIT ? OFFSET ?`, params: [...params, f.limit ?? 100, f.offset ?? 0] };
}

/** The posts of a page by id, in the page's order (exported for the query-plan test). */
export function postsByIdSql(ids: number[], f: PostQuery): { sql: string; params: SqlValue[] } {
  // Unary + keeps the planner from walking the time index to sort a handful of rows.
  const order = orderOf(f).replace(/posts\.created_at/, '+posts.created_at');
  return { sql: `${PAGE_SELECT} WHERE posts.id IN (SELECT value FROM json_each(?)) ${order}`, params: [JSON.stringify(ids)] };
}

/** Matches of a search counted up to a cap; `matches` lists [id, created_at] of each when not capped. */
export interface CappedMatches {
  total: number;
  /** True when more than `total` posts match (the count stopped at the cap). */
  totalCapped: boolean;
  matches: [id: number, createdAt: number][] | null;
}

/** How many posts match, counting at most `cap`: `totalCapped` is true when more match. */
export async function findMatchesCapped(q: Queryable, f: PostQuery, cap = SEARCH_COUNT_CAP): Promise<CappedMatches> {
  const { sql, params } = matchesSql(f, cap);
  const r = await q.get<{ n: number; matches: string | null }>(sql, params);
  const n = r?.n ?? 0;
  if (n > cap) return { total: cap, totalCapped: true, matches: null };
  return { total: n, totalCapped: false, matches: r?.matches ? (JSON.parse(r.matches) as [number, number][]) : [] };
}

/** The ids of one page out of every match, in the page's order. */
function pageIds(matches: [number, number][], f: PostQuery): number[] {
  const sign = f.oldestFirst ? 1 : -1;
  const sorted = [...matches].sort((a, b) => sign * (a[1] - b[1] || a[0] - b[0]));
  const offset = f.offset ?? 0;
  return sorted.slice(offset, offset + (f.limit ?? 100)).map((m) => m[0]);
}

/**
 * A page of posts matching a text query (in the text or the author's handle) and filters, newest
 * first (or oldest first), with the number matching counted up to `countCap` (see SEARCH_COUNT_CAP).
 * Up to the cap, the counting scan found every match, so the page is read by id; past it, matches
 * are common and the page walks the time index, which finds them quickly. (Walking the index for a
 * rare word reads every post out of order: 0.6 s on 1M posts, twice a sequential scan.)
 */
export async function searchPosts(q: Queryable, f: PostQuery, countCap = SEARCH_COUNT_CAP): Promise<PostPage> {
  const { total, totalCapped, matches } = await findMatchesCapped(q, f, countCap);
  let page: { sql: string; params: SqlValue[] } | null = postPageSql(f);
  if (matches) {
    const ids = pageIds(matches, f);
    page = ids.length ? postsByIdSql(ids, f) : null;
  }
  const rows = page ? await q.all<PostRow>(page.sql, page.params) : [];
  return { total, totalCapped, items: rows.map(toPost) };
}
