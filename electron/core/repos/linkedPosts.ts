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

/** Columns that vary from post to post; id, import and ingest time come as parameters (see insertLinkedPosts). */
const ROW_COLUMNS = 'site_id, external_id, author_id, created_at, text, url, in_reply_to, parent_id, thread_root_id, author_followers, relevant, lang';

const toParams = (p: LinkedPost): (string | number | null)[] => [
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
  p.lang,
];

const INSERT_SQL = `INSERT INTO posts (id, import_id, ingested_at, ${ROW_COLUMNS})
  SELECT ?1 + key, ?2, ?3, ${ROW_COLUMNS.split(', ')
    .map((_, i) => `value ->> ${i}`)
    .join(', ')} FROM jsonb_each(?4)`;

/** Splits posts into runs of consecutive ids from one import and ingest time (an import batch is one run). */
function runsOf(posts: LinkedPost[]): LinkedPost[][] {
  const runs: LinkedPost[][] = [];
  let run: LinkedPost[] = [];
  for (const p of posts) {
    const first = run[0];
    if (first && (p.id !== first.id + run.length || p.importId !== first.importId || p.ingestedAt !== first.ingestedAt)) {
      runs.push(run);
      run = [];
    }
    run.push(p);
  }
  if (run.length) runs.push(run);
  return runs;
}

/**
 * Inserts linked posts with one `INSERT … SELECT … FROM jsonb_each(?)` per run of consecutive ids:
 * the rows travel as one JSON parameter (see jsonRows), and what every post of a run shares (the
 * first id, the import, the ingest time) as plain parameters, so SQLite reads 12 JSON fields a row
 * instead of 15. The caller has already left out stored posts (in the same transaction), so a
 * clash is a bug and fails the batch rather than being ignored.
 */
export async function insertLinkedPosts(q: Queryable, posts: LinkedPost[]): Promise<number> {
  let changes = 0;
  for (const run of runsOf(posts)) {
    const { id, importId, ingestedAt } = run[0];
    changes += (await q.run(INSERT_SQL, [id, importId, ingestedAt, jsonRows(run.map(toParams))])).changes;
  }
  return changes;
}

/** Stored posts among the (site id, external id) pairs of a JSON parameter, probing the unique index. */
export const FIND_STORED_SQL = `SELECT p.id, p.site_id, p.external_id, p.parent_id, p.thread_root_id
  FROM jsonb_each(?) k CROSS JOIN posts p ON p.site_id = k.value ->> 0 AND p.external_id = k.value ->> 1`;

/**
 * Stored posts among these (site, external id) keys, by key: what a batch must skip or link to.
 * One statement for the whole batch: the distinct keys as a JSON parameter probe the (site, external id) index.
 */
export async function findStoredPosts(q: Queryable, keys: { siteId: number; externalId: string }[]): Promise<Map<string, StoredRef>> {
  const out = new Map<string, StoredRef>();
  if (keys.length === 0) return out;
  // Distinct keys (a batch names many parents twice), so SQLite need not sort them to drop repeats.
  const distinct = new Map<string, [number, string]>();
  for (const k of keys) distinct.set(postKey(k.siteId, k.externalId), [k.siteId, k.externalId]);
  const rows = await q.all<{ id: number; site_id: number; external_id: string; parent_id: number | null; thread_root_id: number | null }>(FIND_STORED_SQL, [
    jsonRows([...distinct.values()]),
  ]);
  for (const r of rows) out.set(postKey(r.site_id, r.external_id), { id: r.id, parentId: r.parent_id, threadRootId: r.thread_root_id });
  return out;
}
