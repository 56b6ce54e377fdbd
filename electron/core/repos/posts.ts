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

/** Search filters for the post list. */
export interface PostQuery {
  query?: string;
  siteId?: number;
  /** Only this author's posts. */
  authorId?: number;
  includeIrrelevant?: boolean;
  offset?: number;
  limit?: number;
}

/** Escapes LIKE wildcards so a user's `%` or `_` matches itself. */
const likeEscape = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Newest-first page of posts matching a text query (text or author) and filters, with the total. */
export async function searchPosts(q: Queryable, f: PostQuery): Promise<PostPage> {
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
  const from = 'FROM posts JOIN authors ON authors.id = posts.author_id JOIN sites ON sites.id = posts.site_id';
  const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = await q.get<{ n: number }>(`SELECT count(*) AS n ${from} ${cond}`, params);
  const rows = await q.all<PostRow>(
    `SELECT posts.id, posts.external_id, posts.site_id, sites.name AS site_name, authors.handle AS author,
            posts.created_at, posts.text, posts.url, posts.in_reply_to, posts.parent_id, posts.author_followers, posts.relevant,
            s.label AS s_label, s.score AS s_score, s.confidence AS s_confidence,
            (SELECT c.label FROM sentiment_corrections c WHERE c.post_id = posts.id ORDER BY c.id DESC LIMIT 1) AS s_corrected
     ${from} LEFT JOIN post_scores s ON s.post_id = posts.id ${cond} ORDER BY posts.created_at DESC, posts.id DESC LIMIT ? OFFSET ?`,
    [...params, f.limit ?? 100, f.offset ?? 0],
  );
  return { total: total?.n ?? 0, items: rows.map(toPost) };
}
