import type { Queryable } from '../db/database';
import { postKey, type StoredRef } from '../ingest/linkBatch';
import { jsonRows } from './sql';

/** A post ready to store with its row id, parent and thread root already worked out. */
export interface LinkedPost {
  id: number;
  siteId: number;
  externalId: string;
  authorId: number;
  createdAt: number;
  text: string;
  url: string | null;
  inReplyTo: string | null;
  parentId: number | null;
  threadRootId: number | null;
  authorFollowers: number | null;
  relevant: boolean;
  importId: number | null;
  ingestedAt: number;
  lang: string | null;
}

const COLUMNS = 'id, site_id, external_id, author_id, created_at, text, url, in_reply_to, parent_id, thread_root_id, author_followers, relevant, import_id, ingested_at, lang';

const toParams = (p: LinkedPost): (string | number | null)[] => [
  p.id,
  p.siteId,
  p.externalId,
  p.authorId,
  p.createdAt,
  p.text,
  p.url,
  p.inReplyTo,
  p.parentId,
  p.threadRootId,
  p.authorFollowers,
  p.relevant ? 1 : 0,
  p.importId,
  p.ingestedAt,
  p.lang,
];

const SELECT_COLUMNS = COLUMNS.split(', ')
  .map((_, i) => `value ->> ${i}`)
  .join(', ');

/**
 * Inserts linked posts with one `INSERT … SELECT … FROM json_each(?)`: the rows travel as one JSON
 * parameter (see jsonRows). The caller has already left out stored posts (in the same
 * transaction), so a clash is a bug and fails the batch rather than being ignored.
 */
export async function insertLinkedPosts(q: Queryable, posts: LinkedPost[]): Promise<number> {
  if (posts.length === 0) return 0;
  return (await q.run(`INSERT INTO posts (${COLUMNS}) SELECT ${SELECT_COLUMNS} FROM json_each(?)`, [jsonRows(posts.map(toParams))])).changes;
}

/** Stored posts among the (site id, external id) pairs of a JSON parameter, probing the unique index. */
export const FIND_STORED_SQL = `SELECT p.id, p.site_id, p.external_id, p.parent_id, p.thread_root_id
  FROM (SELECT DISTINCT value ->> 0 AS site_id, value ->> 1 AS external_id FROM json_each(?)) k
  JOIN posts p ON p.site_id = k.site_id AND p.external_id = k.external_id`;

/**
 * Stored posts among these (site, external id) keys, by key: what a batch must skip or link to.
 * One statement for the whole batch: the keys as a JSON parameter probe the (site, external id) index.
 */
export async function findStoredPosts(q: Queryable, keys: { siteId: number; externalId: string }[]): Promise<Map<string, StoredRef>> {
  const out = new Map<string, StoredRef>();
  if (keys.length === 0) return out;
  const rows = await q.all<{ id: number; site_id: number; external_id: string; parent_id: number | null; thread_root_id: number | null }>(
    FIND_STORED_SQL,
    [jsonRows(keys.map((k) => [k.siteId, k.externalId]))],
  );
  for (const r of rows) out.set(postKey(r.site_id, r.external_id), { id: r.id, parentId: r.parent_id, threadRootId: r.thread_root_id });
  return out;
}
