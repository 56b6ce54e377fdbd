import type { Queryable } from '../db/database';
import { placeholders } from './sql';

/** Deepest reply chain followed when looking for a root; guards against reply cycles in bad data. */
export const MAX_THREAD_DEPTH = 1000;

const parentOf = 'SELECT p.id FROM posts p WHERE p.site_id = posts.site_id AND p.external_id = posts.in_reply_to AND p.id <> posts.id';

/**
 * Stored posts whose parent arrived after `?1` (the last id before the batch). CROSS JOIN keeps
 * SQLite from scanning every stored post: it walks the new posts and probes the reply index.
 */
export const ADOPTABLE_SQL = `SELECT o.id, 1 FROM posts n CROSS JOIN posts o ON o.site_id = n.site_id AND o.in_reply_to = n.external_id
  WHERE n.id > ?1 AND o.id <= ?1 AND o.parent_id IS NULL`;

async function resetWork(q: Queryable): Promise<void> {
  await q.exec(`CREATE TEMP TABLE IF NOT EXISTS thread_work (id INTEGER PRIMARY KEY, adopted INTEGER NOT NULL);
    CREATE TEMP TABLE IF NOT EXISTS thread_roots (id INTEGER PRIMARY KEY, root INTEGER NOT NULL);
    CREATE TEMP TABLE IF NOT EXISTS thread_touched (id INTEGER PRIMARY KEY);
    DELETE FROM temp.thread_work; DELETE FROM temp.thread_roots; DELETE FROM temp.thread_touched;`);
}

/**
 * Links the posts added after `sinceId` into threads: new replies get their parent (stored or
 * new), stored replies whose parent just arrived are adopted (files need not be ordered), every
 * affected post gets its conversation's root, and the figures of the touched threads are
 * recomputed. Runs inside the caller's transaction.
 */
export async function linkThreads(q: Queryable, sinceId: number): Promise<void> {
  await resetWork(q);
  await q.run(`UPDATE posts SET parent_id = (${parentOf}) WHERE id > ? AND in_reply_to IS NOT NULL`, [sinceId]);
  await q.run(`INSERT OR IGNORE INTO temp.thread_work (id, adopted) ${ADOPTABLE_SQL}`, [sinceId]);
  await q.run(`UPDATE posts SET parent_id = (${parentOf}) WHERE id IN (SELECT id FROM temp.thread_work)`);
  await q.run('INSERT OR IGNORE INTO temp.thread_work (id, adopted) SELECT id, 0 FROM posts WHERE id > ? AND parent_id IS NOT NULL', [sinceId]);
  await q.run(
    `WITH RECURSIVE walk(id, anc, depth) AS (
       SELECT w.id, p.parent_id, 1 FROM temp.thread_work w JOIN posts p ON p.id = w.id WHERE p.parent_id IS NOT NULL
       UNION ALL
       SELECT walk.id, p.parent_id, walk.depth + 1 FROM walk JOIN posts p ON p.id = walk.anc
       WHERE p.parent_id IS NOT NULL AND walk.depth < ${MAX_THREAD_DEPTH}
     )
     INSERT INTO temp.thread_roots (id, root)
     SELECT walk.id, walk.anc FROM walk JOIN posts p ON p.id = walk.anc WHERE p.parent_id IS NULL`,
  );
  await q.run('UPDATE posts SET thread_root_id = (SELECT r.root FROM temp.thread_roots r WHERE r.id = posts.id) WHERE id IN (SELECT id FROM temp.thread_roots)');
  // Replies below an adopted post still name it as their root: move the whole subtree.
  await q.run(
    `UPDATE posts SET thread_root_id = (SELECT r.root FROM temp.thread_roots r WHERE r.id = posts.thread_root_id)
     WHERE thread_root_id IN (SELECT w.id FROM temp.thread_work w JOIN temp.thread_roots r ON r.id = w.id WHERE w.adopted = 1)`,
  );
  await q.exec(`INSERT OR IGNORE INTO temp.thread_touched (id) SELECT root FROM temp.thread_roots;
    INSERT OR IGNORE INTO temp.thread_touched (id) SELECT id FROM temp.thread_work WHERE adopted = 1;`);
  await refreshTouched(q);
}

/** Recomputes thread_stats for the roots listed in temp.thread_touched. */
async function refreshTouched(q: Queryable): Promise<void> {
  await q.run('DELETE FROM thread_stats WHERE root_id IN (SELECT id FROM temp.thread_touched)');
  await q.run(
    `INSERT INTO thread_stats (root_id, site_id, started_at, last_at, posts, participants, company_posts, first_company_at, root_by_company)
     SELECT r.id, r.site_id, r.created_at, max(r.created_at, max(m.created_at)), 1 + count(*),
            (SELECT count(DISTINCT a) FROM (SELECT author_id AS a FROM posts WHERE thread_root_id = r.id UNION ALL SELECT r.author_id)),
            ra.is_company + sum(ma.is_company), min(CASE WHEN ma.is_company = 1 THEN m.created_at END), ra.is_company
     FROM temp.thread_touched t
     JOIN posts r ON r.id = t.id AND r.parent_id IS NULL
     JOIN authors ra ON ra.id = r.author_id
     JOIN posts m ON m.thread_root_id = r.id
     JOIN authors ma ON ma.id = m.author_id
     GROUP BY r.id`,
  );
}

/** Recomputes the figures of every thread an author took part in (after company marks change). */
export async function refreshThreadsOfAuthors(q: Queryable, authorIds: number[]): Promise<void> {
  if (authorIds.length === 0) return;
  await resetWork(q);
  for (let i = 0; i < authorIds.length; i += 30_000) {
    const part = authorIds.slice(i, i + 30_000);
    await q.run(
      `INSERT OR IGNORE INTO temp.thread_touched (id)
       SELECT coalesce(thread_root_id, id) FROM posts WHERE author_id IN (${placeholders(part.length)})`,
      part,
    );
  }
  await refreshTouched(q);
}

/** Conversations with at least one post: every post without a parent starts one. */
export async function countThreads(q: Queryable): Promise<number> {
  const r = await q.get<{ n: number }>('SELECT (SELECT count(*) FROM posts) - (SELECT count(*) FROM posts WHERE parent_id IS NOT NULL) AS n');
  return r?.n ?? 0;
}

/** A conversation with replies, as stored in thread_stats. */
export interface ThreadSummary {
  rootId: number;
  siteId: number;
  startedAt: number;
  lastAt: number;
  posts: number;
  participants: number;
  companyPosts: number;
  firstCompanyAt: number | null;
  rootByCompany: boolean;
}

/** Conversations with replies, oldest first, optionally of one site. */
export async function listThreadSummaries(q: Queryable, f: { siteId?: number; offset?: number; limit?: number } = {}): Promise<ThreadSummary[]> {
  const where = f.siteId !== undefined ? 'WHERE site_id = ?' : '';
  const rows = await q.all<Record<string, number | null>>(
    `SELECT * FROM thread_stats ${where} ORDER BY started_at, root_id LIMIT ? OFFSET ?`,
    [...(f.siteId !== undefined ? [f.siteId] : []), f.limit ?? 1000, f.offset ?? 0],
  );
  return rows.map((r) => ({
    rootId: r.root_id as number,
    siteId: r.site_id as number,
    startedAt: r.started_at as number,
    lastAt: r.last_at as number,
    posts: r.posts as number,
    participants: r.participants as number,
    companyPosts: r.company_posts as number,
    firstCompanyAt: r.first_company_at,
    rootByCompany: r.root_by_company === 1,
  }));
}
