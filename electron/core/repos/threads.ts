import type { Queryable } from '../db/database';
import { insertMany, placeholders } from './sql';

/**
 * Stored posts whose parent arrived after `?1` (the last id before the batch), with that parent.
 * CROSS JOIN keeps SQLite from scanning every stored post: it walks the new posts and probes the
 * reply index.
 */
export const ADOPTABLE_SQL = `SELECT o.id AS orphan, n.id AS parent FROM posts n CROSS JOIN posts o ON o.site_id = n.site_id AND o.in_reply_to = n.external_id
  WHERE n.id > ?1 AND o.id <= ?1 AND o.parent_id IS NULL`;

/** Creates (once per connection) and empties the work tables of thread changes. */
export async function resetWork(q: Queryable): Promise<void> {
  await q.exec(`CREATE TEMP TABLE IF NOT EXISTS thread_moves (orphan INTEGER PRIMARY KEY, parent INTEGER NOT NULL, root INTEGER NOT NULL);
    CREATE TEMP TABLE IF NOT EXISTS thread_touched (id INTEGER PRIMARY KEY);
    DELETE FROM temp.thread_moves; DELETE FROM temp.thread_touched;`);
}

/** Stored posts without a parent whose parent is among the posts added after `sinceId`. */
export async function findAdoptable(q: Queryable, sinceId: number): Promise<{ orphan: number; parent: number }[]> {
  return q.all<{ orphan: number; parent: number }>(ADOPTABLE_SQL, [sinceId]);
}

/** A stored conversation root that becomes a reply: its new parent and new thread root. */
export interface Adoption {
  orphan: number;
  parent: number;
  root: number;
}

/**
 * Records what a stored batch changed in threads: adopted roots get their parent and their whole
 * subtree the new root, then the figures of every touched thread (`roots`, plus the adopted ones,
 * which stop being roots) are recomputed. Runs inside the caller's transaction.
 */
export async function applyThreadChanges(q: Queryable, adoptions: Adoption[], roots: Iterable<number>): Promise<void> {
  await resetWork(q);
  if (adoptions.length) {
    await insertMany(q, 'INSERT INTO temp.thread_moves (orphan, parent, root)', 3, adoptions.map((a) => [a.orphan, a.parent, a.root]));
    await q.run('UPDATE posts SET parent_id = m.parent, thread_root_id = m.root FROM temp.thread_moves m WHERE posts.id = m.orphan');
    await q.run('UPDATE posts SET thread_root_id = m.root FROM temp.thread_moves m WHERE posts.thread_root_id = m.orphan');
    await q.run('INSERT OR IGNORE INTO temp.thread_touched (id) SELECT orphan FROM temp.thread_moves');
  }
  const list = [...new Set(roots)];
  if (list.length) await q.run('INSERT OR IGNORE INTO temp.thread_touched (id) SELECT value FROM json_each(?)', [JSON.stringify(list)]);
  await refreshTouched(q);
}

/**
 * Figures of the threads whose roots are listed in temp.thread_touched. CROSS JOIN fixes the order:
 * walk the touched roots and probe each one's replies through posts_thread_root (left to itself,
 * SQLite scanned every reply in the database for each batch); the roots come in id order, so the
 * grouping needs no sort. Participants are the distinct reply authors plus the root's author when
 * they did not reply.
 */
export const THREAD_FIGURES_SQL = `INSERT INTO thread_stats (root_id, site_id, started_at, last_at, posts, participants, company_posts, first_company_at, root_by_company)
  SELECT r.id, r.site_id, r.created_at, max(r.created_at, max(m.created_at)), 1 + count(*),
         count(DISTINCT m.author_id) + (max(m.author_id = r.author_id) = 0),
         ra.is_company + sum(ma.is_company), min(CASE WHEN ma.is_company = 1 THEN m.created_at END), ra.is_company
  FROM temp.thread_touched t
  CROSS JOIN posts r ON r.id = t.id AND r.parent_id IS NULL
  CROSS JOIN authors ra ON ra.id = r.author_id
  CROSS JOIN posts m ON m.thread_root_id = r.id
  CROSS JOIN authors ma ON ma.id = m.author_id
  GROUP BY t.id`;

/** Recomputes thread_stats for the roots listed in temp.thread_touched. */
async function refreshTouched(q: Queryable): Promise<void> {
  await q.run('DELETE FROM thread_stats WHERE root_id IN (SELECT id FROM temp.thread_touched)');
  await q.run(THREAD_FIGURES_SQL);
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
