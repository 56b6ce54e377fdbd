import type { SentimentLabel } from '../../../shared/sentiment/types';
import type { Queryable } from '../db/database';

/** A post of a cascade: who wrote it, when, what it answered and how it was labelled. */
export interface CascadePostRow {
  id: number;
  authorId: number;
  parentId: number | null;
  createdAt: number;
  /** Untrusted text. */
  text: string;
  /** The newest correction, else the stored score; null when unscored. */
  label: SentimentLabel | null;
}

/** The root of a thread and what the cascade view says about it. */
export interface ThreadRootRow {
  id: number;
  siteId: number;
  site: string;
  authorId: number;
  handle: string;
  createdAt: number;
  text: string;
  /** Last post of the thread (the root's own time without replies). */
  lastAt: number;
}

const LABEL_SQL = `coalesce((SELECT c.label FROM sentiment_corrections c WHERE c.post_id = p.id ORDER BY c.id DESC LIMIT 1),
  (SELECT s.label FROM post_scores s WHERE s.post_id = p.id))`;

const POST_COLUMNS = `p.id, p.author_id AS authorId, p.parent_id AS parentId, p.created_at AS createdAt, p.text, ${LABEL_SQL} AS label`;

/** The root of the thread a post belongs to (the post itself when it starts one), or undefined for an unknown post. */
export async function readThreadRoot(q: Queryable, postId: number): Promise<ThreadRootRow | undefined> {
  return q.get<ThreadRootRow>(
    `SELECT r.id, r.site_id AS siteId, s.name AS site, r.author_id AS authorId, a.handle, r.created_at AS createdAt, r.text,
            coalesce(t.last_at, r.created_at) AS lastAt
     FROM posts x JOIN posts r ON r.id = coalesce(x.thread_root_id, x.id) JOIN authors a ON a.id = r.author_id
     JOIN sites s ON s.id = r.site_id LEFT JOIN thread_stats t ON t.root_id = r.id
     WHERE x.id = ?`,
    [postId],
  );
}

/** The root and every reply of a thread, in time order. */
export async function readThreadPosts(q: Queryable, rootId: number): Promise<CascadePostRow[]> {
  return q.all<CascadePostRow>(
    `SELECT ${POST_COLUMNS} FROM posts p WHERE p.id = ?1 OR p.thread_root_id = ?1 ORDER BY p.created_at, p.id`,
    [rootId],
  );
}

/**
 * Posts of a site outside a thread that name `handle` (`@handle`, case-insensitive, checked
 * exactly by the caller) between two times, in time order, at most `limit`: reposts and mentions
 * of the root's author while the thread ran.
 */
export async function readPostsNaming(q: Queryable, r: { siteId: number; rootId: number; handle: string; from: number; to: number; limit: number }): Promise<CascadePostRow[]> {
  const like = `%@${r.handle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return q.all<CascadePostRow>(
    `SELECT ${POST_COLUMNS} FROM posts p
     WHERE p.site_id = ? AND p.created_at BETWEEN ? AND ? AND p.text LIKE ? ESCAPE '\\'
       AND coalesce(p.thread_root_id, p.id) <> ?
     ORDER BY p.created_at, p.id LIMIT ?`,
    [r.siteId, r.from, r.to, like, r.rootId, r.limit],
  );
}

/** A conversation with replies, with its root, as the thread picker lists it. */
export interface ThreadChoiceRow {
  rootPostId: number;
  siteId: number;
  site: string;
  author: string;
  text: string;
  startedAt: number;
  lastAt: number;
  replies: number;
  participants: number;
}

/** The conversations of a site (or all) with the most replies, most first (ties: newest first). */
export async function listBusiestThreads(q: Queryable, siteId: number | undefined, limit: number): Promise<ThreadChoiceRow[]> {
  return q.all<ThreadChoiceRow>(
    `SELECT t.root_id AS rootPostId, t.site_id AS siteId, s.name AS site, a.handle AS author, substr(r.text, 1, 200) AS text,
            t.started_at AS startedAt, t.last_at AS lastAt, t.posts - 1 AS replies, t.participants
     FROM thread_stats t JOIN posts r ON r.id = t.root_id JOIN authors a ON a.id = r.author_id JOIN sites s ON s.id = t.site_id
     WHERE ?1 IS NULL OR t.site_id = ?1
     ORDER BY t.posts DESC, t.started_at DESC, t.root_id LIMIT ?2`,
    [siteId ?? null, limit],
  );
}
