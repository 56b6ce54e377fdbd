import type { Queryable } from '../db/database';

/**
 * Secondary indexes of posts that a large import drops at its start and builds again at its end,
 * as databases load in bulk: building an index from sorted rows costs a fraction of inserting
 * 200,000 keys one by one in random order. Only posts_author_time is worth it: authors arrive in
 * random order, so each insert touches a random page (A/B on the 200k bench: ~1 s of SQLite's ~4.8 s
 * CPU for the posts INSERTs). posts_created_at and posts_site_time grow at their end and stay, so
 * the live view, searches and reports keep their indexes during an import; the unique (site, id)
 * index (idempotency), posts_reply_to (adoption of stored replies) and posts_thread_root (thread
 * figures) are used by every batch and stay too. The definitions are those of the migrations
 * (a test compares them with sqlite_master), written with IF NOT EXISTS so that building them again
 * is a no-op when they are there.
 */
export const BULK_REBUILT_INDEXES: { name: string; sql: string }[] = [
  { name: 'posts_author_time', sql: 'CREATE INDEX IF NOT EXISTS posts_author_time ON posts (author_id, created_at)' },
];

/** Drops the indexes a bulk import rebuilds at its end (ensurePostIndexes). */
export async function dropBulkIndexes(q: Queryable): Promise<void> {
  await q.exec(BULK_REBUILT_INDEXES.map((i) => `DROP INDEX IF EXISTS ${i.name};`).join('\n'));
}

/**
 * Builds any of those indexes that is missing: at the end of a bulk import (also a cancelled or
 * failed one), and when the database opens, in case the app stopped in the middle of one.
 */
export async function ensurePostIndexes(q: Queryable): Promise<void> {
  await q.exec(BULK_REBUILT_INDEXES.map((i) => `${i.sql};`).join('\n'));
}
