import type { Queryable } from '../db/database';
import type { StoredRef } from '../ingest/linkBatch';
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

/**
 * Columns that vary from post to post, in the order of each row (see postRowValues); id, import
 * and ingest time come as parameters (see insertPostRows).
 */
const ROW_COLUMNS = ['site_id', 'author_id', 'parent_id', 'thread_root_id', 'relevant', 'external_id', 'created_at', 'text', 'url', 'in_reply_to', 'author_followers', 'lang'];

/** What a post brings to its row. */
export type PostOwnFields = Pick<LinkedPost, 'externalId' | 'createdAt' | 'text' | 'url' | 'inReplyTo' | 'authorFollowers'> & { lang?: string | null };

/** One post's row for insertPostRows: the ids worked out in the batch's transaction, then its own fields. */
export const postRowValues = (siteId: number, authorId: number, parentId: number | null, rootId: number | null, relevant: boolean, p: PostOwnFields): (string | number | null)[] => [
  siteId,
  authorId,
  parentId,
  rootId,
  relevant ? 1 : 0,
  p.externalId,
  p.createdAt,
  p.text,
  p.url,
  p.inReplyTo,
  p.authorFollowers,
  p.lang ?? null,
];

const INSERT_SQL = `INSERT INTO posts (id, import_id, ingested_at, ${ROW_COLUMNS.join(', ')})
  SELECT ?1 + key, ?2, ?3, ${ROW_COLUMNS.map((_, i) => `value ->> ${i}`).join(', ')} FROM jsonb_each(?4)`;

/**
 * Inserts posts with consecutive ids from `firstId`, one import and ingest time, as one JSON
 * parameter (see jsonRows; one JSON.stringify of the batch in its transaction cost ~12% less CPU
 * than writing each row's JSON ahead of it, for the same time). The caller has already left out
 * stored posts (in the same transaction), so a clash is a bug and fails the batch rather than
 * being ignored.
 */
export async function insertPostRows(q: Queryable, firstId: number, importId: number | null, ingestedAt: number, rows: (string | number | null)[][]): Promise<number> {
  if (rows.length === 0) return 0;
  return (await q.run(INSERT_SQL, [firstId, importId, ingestedAt, jsonRows(rows)])).changes;
}

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

/** Inserts linked posts, one statement per run of consecutive ids (see insertPostRows). */
export async function insertLinkedPosts(q: Queryable, posts: LinkedPost[]): Promise<number> {
  let changes = 0;
  for (const run of runsOf(posts)) {
    const { id, importId, ingestedAt } = run[0];
    changes += await insertPostRows(q, id, importId, ingestedAt, run.map((p) => postRowValues(p.siteId, p.authorId, p.parentId, p.threadRootId, p.relevant, p)));
  }
  return changes;
}

/**
 * Stored posts among the [site name, external id] keys of a JSON parameter, with each key's
 * position: probes the sites' name index, then the posts' (site, external id) index.
 */
export const FIND_STORED_SQL = `SELECT k.key AS at, p.id, p.parent_id, p.thread_root_id
  FROM jsonb_each(?) k CROSS JOIN sites s ON s.name = k.value ->> 0 CROSS JOIN posts p ON p.site_id = s.id AND p.external_id = k.value ->> 1`;

/**
 * What the database knows of each of these distinct (site name, external id) keys: the stored
 * post, by the key's position, or undefined. One statement for the whole batch.
 */
export async function findStoredAt(q: Queryable, keys: [string, string][]): Promise<(StoredRef | undefined)[]> {
  const out: (StoredRef | undefined)[] = new Array(keys.length);
  if (keys.length === 0) return out;
  const rows = await q.all<{ at: number; id: number; parent_id: number | null; thread_root_id: number | null }>(FIND_STORED_SQL, [jsonRows(keys)]);
  for (const r of rows) out[r.at] = { id: r.id, parentId: r.parent_id, threadRootId: r.thread_root_id };
  return out;
}
