import type { Queryable, SqlValue } from '../db/database';
import { postKey, type StoredRef } from '../ingest/linkBatch';
import { insertMany, placeholders } from './sql';

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

const toParams = (p: LinkedPost): SqlValue[] => [
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

/**
 * Inserts linked posts with multi-row INSERTs. The caller has already left out stored posts (in
 * the same transaction), so a clash is a bug and fails the batch rather than being ignored.
 */
export async function insertLinkedPosts(q: Queryable, posts: LinkedPost[]): Promise<number> {
  return insertMany(q, `INSERT INTO posts (${COLUMNS})`, 15, posts.map(toParams));
}

/** Stored posts among these (site, external id) keys, by key: what a batch must skip or link to. */
export async function findStoredPosts(q: Queryable, keys: { siteId: number; externalId: string }[]): Promise<Map<string, StoredRef>> {
  const bySite = new Map<number, Set<string>>();
  for (const k of keys) bySite.set(k.siteId, (bySite.get(k.siteId) ?? new Set()).add(k.externalId));
  const out = new Map<string, StoredRef>();
  for (const [siteId, set] of bySite) {
    const ext = [...set];
    for (let i = 0; i < ext.length; i += 30_000) {
      const part = ext.slice(i, i + 30_000);
      const rows = await q.all<{ id: number; external_id: string; parent_id: number | null; thread_root_id: number | null }>(
        `SELECT id, external_id, parent_id, thread_root_id FROM posts WHERE site_id = ? AND external_id IN (${placeholders(part.length)})`,
        [siteId, ...part],
      );
      for (const r of rows) out.set(postKey(siteId, r.external_id), { id: r.id, parentId: r.parent_id, threadRootId: r.thread_root_id });
    }
  }
  return out;
}
