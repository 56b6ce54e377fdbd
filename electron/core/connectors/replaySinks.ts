import type { ImportReport } from '../../../shared/domain/importReport';
import type { Core } from '../core';
import type { Db } from '../db/database';
import type { IncomingPost } from '../ingest/preset';
import { newCaches, storeBatch } from '../ingest/storeBatch';
import { createImport, finishImport } from '../repos/imports';
import { countPosts, readPostsInTimeOrder, type PostCursor } from '../repos/replaySource';
import { readDisabledSiteNames } from '../repos/sources';
import { recordOfPost } from '../demo/loadDemo';
import type { ReplaySink } from './replay';

/**
 * A sink storing replayed posts in the local database as one import (preset `replay`), through
 * the same batch path as file imports; posts of disabled sites are skipped. Open windows of this
 * process hear `posts.ingested` after each batch; each batch is scored for sentiment as it lands.
 */
export async function databaseSink(core: Core, label: string): Promise<ReplaySink & { finish(cancelled: boolean): Promise<ImportReport> }> {
  const importId = await createImport(core.db, label, 'replay', core.now());
  const caches = newCaches();
  const disabled = await readDisabledSiteNames(core.db);
  return {
    async store(posts) {
      const kept = posts.filter((p) => !disabled.has(p.site));
      const c = await storeBatch(core.db, importId, { posts: kept, bad: [], rows: kept.length }, caches, core.now(), true);
      if (c.imported > 0) core.events.emit('posts.ingested', { count: c.imported, at: core.now() });
      return { imported: c.imported, duplicates: c.duplicates };
    },
    finish: (cancelled) => finishImport(core.db, importId, cancelled ? 'cancelled' : 'done', core.now()),
  };
}

/** A sink pushing replayed posts to a running app's webhook (`POST /hooks/posts`, JSON Lines). */
export function webhookSink(baseUrl: string, token?: string): ReplaySink {
  const url = new URL('hooks/posts', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  return {
    async store(posts) {
      const body = posts.map((p) => JSON.stringify(recordOfPost(p))).join('\n');
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body,
      });
      const json = (await res.json().catch(() => null)) as { ok?: boolean; value?: { imported: number; duplicates: number }; error?: { message: string } } | null;
      if (!res.ok || !json?.ok || !json.value) throw new Error(`${url.href} answered ${res.status}: ${json?.error?.message ?? 'no result'}`);
      return { imported: json.value.imported, duplicates: json.value.duplicates };
    },
  };
}

/** Every post of another database in time order, read a page at a time. */
export async function* postsOfDatabase(db: Db, pageSize = 2000): AsyncGenerator<IncomingPost> {
  let cursor: PostCursor | null = null;
  for (;;) {
    const page = await readPostsInTimeOrder(db, cursor, pageSize);
    yield* page.posts;
    if (!page.cursor || page.posts.length < pageSize) return;
    cursor = page.cursor;
  }
}

/** How many posts a replay from this database will play. */
export function countDatabasePosts(db: Db): Promise<number> {
  return countPosts(db);
}
