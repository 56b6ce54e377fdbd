import type { Queryable } from '../db/database';
import type { IncomingPost } from '../ingest/preset';

interface Row {
  id: number;
  external_id: string;
  site: string;
  handle: string;
  is_company: number;
  created_at: number;
  text: string;
  url: string | null;
  in_reply_to: string | null;
  author_followers: number | null;
}

/** Where a time-ordered read stopped: the last post's time and row id. */
export interface PostCursor {
  createdAt: number;
  id: number;
}

/**
 * The next page of stored posts in time order (then row id), as posts to store elsewhere. Uses
 * only columns of the first schema, so a database from an older app can be replayed as it is.
 */
export async function readPostsInTimeOrder(q: Queryable, after: PostCursor | null, limit: number): Promise<{ posts: IncomingPost[]; cursor: PostCursor | null }> {
  const rows = await q.all<Row>(
    `SELECT p.id, p.external_id, s.name AS site, a.handle, a.is_company, p.created_at, p.text, p.url, p.in_reply_to, p.author_followers
     FROM posts p JOIN sites s ON s.id = p.site_id JOIN authors a ON a.id = p.author_id
     WHERE (p.created_at, p.id) > (?, ?)
     ORDER BY p.created_at, p.id LIMIT ?`,
    [after?.createdAt ?? -Number.MAX_SAFE_INTEGER, after?.id ?? 0, limit],
  );
  const posts = rows.map((r) => ({
    site: r.site,
    externalId: r.external_id,
    author: r.handle,
    createdAt: r.created_at,
    text: r.text,
    url: r.url,
    inReplyTo: r.in_reply_to,
    authorFollowers: r.author_followers,
    authorIsCompany: r.is_company === 1,
    lang: null,
  }));
  const last = rows.at(-1);
  return { posts, cursor: last ? { createdAt: last.created_at, id: last.id } : null };
}

/** How many posts a database holds. */
export async function countPosts(q: Queryable): Promise<number> {
  return (await q.get<{ n: number }>('SELECT count(*) AS n FROM posts'))?.n ?? 0;
}
