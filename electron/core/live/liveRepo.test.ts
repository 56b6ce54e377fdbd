import { describe, expect, it } from 'vitest';
import type { Queryable, SqlValue } from '../db/database';
import { memoryCore } from '../testing/fixtures';
import { BUILT_IN_BOOK } from '../topics/topicBook';
import { drillPosts } from './drill';
import { pushPosts } from './liveFixtures';
import { readHead, readMinuteCounts, readNegatives, readPostsAfter, readReplyCounts, readTextsBefore, readUnscored } from './liveRepo';

/** A Queryable that answers every read with nothing and keeps the query plan it would have used. */
async function planning(): Promise<{ q: Queryable; plans: string[]; close(): Promise<void> }> {
  const core = await memoryCore();
  const plans: string[] = [];
  const explain = async (sql: string, params: SqlValue[] = []): Promise<void> => {
    const rows = await core.db.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, params);
    plans.push(rows.map((r) => r.detail).join(' | '));
  };
  const q: Queryable = {
    all: async <T,>(sql: string, params?: SqlValue[]) => (await explain(sql, params), [] as T[]),
    get: async <T,>(sql: string, params?: SqlValue[]) => (await explain(sql, params), undefined as T | undefined),
    run: () => Promise.reject(new Error('read-only')),
    exec: () => Promise.reject(new Error('read-only')),
  };
  return { q, plans, close: () => core.close() };
}

describe('live queries use their indexes', () => {
  it.each([
    ['new posts by id', (q: Queryable) => readPostsAfter(q, 0, 10), /SEARCH p USING INTEGER PRIMARY KEY \(rowid>\?\)/],
    ['minute counts of a time range', (q: Queryable) => readMinuteCounts(q, 0, 1, 10), /SEARCH p USING INDEX posts_created_at \(created_at>\? AND created_at<\?\)/],
    // in time order: the index gives the order too (by id, SQLite walked every post on a big database)
    ['unscored posts of a time range', (q: Queryable) => readUnscored(q, 0, 1, 10, 10), /SEARCH p USING INDEX posts_created_at(?!.*TEMP B-TREE FOR ORDER BY)/],
    ['newest negative posts', (q: Queryable) => readNegatives(q, 0, 1, null, 10), /SEARCH p USING INDEX posts_created_at/],
    ['topic backfill chunk', (q: Queryable) => readTextsBefore(q, 0, 100, 10), /SEARCH p USING (INTEGER PRIMARY KEY|INDEX posts_created_at)/],
    ['replies of the last hour', (q: Queryable) => readReplyCounts(q, 0), /SEARCH p USING INDEX posts_(created_at|thread_root)/],
    ['drill into a bucket', (q: Queryable) => drillPosts(q, { from: 0, to: 1 }, BUILT_IN_BOOK), /SEARCH p USING INDEX posts_created_at/],
  ])('%s', async (_name, read, expected) => {
    const { q, plans, close } = await planning();
    await read(q);
    expect(plans.join(' || ')).toMatch(expected);
    await close();
  });
});

describe('readHead', () => {
  it('gives the highest post id and when it was stored, or nothing for an empty database', async () => {
    const core = await memoryCore();
    expect(await readHead(core.db)).toEqual({ maxId: 0, lastIngestAt: null });
    let clock = Date.UTC(2025, 0, 15, 12);
    core.now = () => clock;
    await pushPosts(core, [{ id: 'a', ago: 0 }]);
    clock += 5_000;
    await pushPosts(core, [{ id: 'b', ago: 60_000 }]); // stored later, written earlier
    const newest = await core.db.get<{ id: number }>("SELECT id FROM posts WHERE external_id = 'b'");
    expect(await readHead(core.db)).toEqual({ maxId: newest?.id, lastIngestAt: Date.UTC(2025, 0, 15, 12) + 5_000 });
    await core.close();
  });
});
