import { describe, expect, it } from 'vitest';
import { Db } from '../db/database';
import { importFile } from '../ingest/importFile';
import type { IncomingPost } from '../ingest/preset';
import { PRESETS } from '../ingest/presets';
import { sharedDataPath } from '../ingest/testData';
import { listImports } from '../repos/imports';
import { countThreads } from '../repos/threads';
import { memoryCore, tempFile } from '../testing/fixtures';
import { replayPosts, type ReplaySink } from './replay';
import { databaseSink, postsOfDatabase } from './replaySinks';

const post = (id: string, createdAt: number, inReplyTo: string | null = null): IncomingPost => ({
  site: 'forum',
  externalId: id,
  author: `u${id}`,
  createdAt,
  text: `post ${id}`,
  url: null,
  inReplyTo,
  authorFollowers: null,
});

/** A clock that only moves when the replay sleeps. */
function fakeTime(start: number) {
  let t = start;
  const sleeps: number[] = [];
  return { now: () => t, sleep: async (ms: number) => void (sleeps.push(ms), (t += ms)), sleeps };
}

/** A sink that remembers what it got, batch by batch, and when. */
function recordingSink(clock: () => number) {
  const batches: { at: number; posts: IncomingPost[] }[] = [];
  const sink: ReplaySink = { store: async (posts) => (batches.push({ at: clock(), posts }), { imported: posts.length, duplicates: 0 }) };
  return { sink, batches };
}

describe('replayPosts', () => {
  const T0 = Date.UTC(2024, 0, 1, 9);
  const source = [post('1', T0), post('2', T0), post('3', T0 + 60_000, '1'), post('4', T0 + 3_600_000)];

  it('plays posts at speed, moving their times onto the replay clock', async () => {
    const clock = fakeTime(1_000_000);
    const { sink, batches } = recordingSink(clock.now);
    const r = await replayPosts(source, sink, { speed: 60, now: clock.now, sleep: clock.sleep });
    expect(r).toEqual({ posted: 4, imported: 4, duplicates: 0, cancelled: false });
    expect(clock.sleeps).toEqual([1000, 59_000]);
    expect(batches.map((b) => [b.at, b.posts.map((p) => [p.externalId, p.createdAt])])).toEqual([
      [1_000_000, [['1', 1_000_000], ['2', 1_000_000]]],
      [1_001_000, [['3', 1_001_000]]],
      [1_060_000, [['4', 1_060_000]]],
    ]);
  });

  it('keeps original times when asked, and stops on abort', async () => {
    const clock = fakeTime(5);
    const { sink, batches } = recordingSink(clock.now);
    const ctl = new AbortController();
    const sleep = async (ms: number) => {
      await clock.sleep(ms);
      if (clock.sleeps.length === 2) ctl.abort();
    };
    const r = await replayPosts(source, sink, { speed: 3600, keepTimes: true, now: clock.now, sleep, signal: ctl.signal });
    expect(r).toMatchObject({ posted: 3, cancelled: true });
    expect(batches.flatMap((b) => b.posts.map((p) => p.createdAt))).toEqual([T0, T0, T0 + 60_000]);
  });
});

describe('replay from another database', () => {
  it('copies the twcs threads into a database as one replay import, idempotently', async () => {
    const file = tempFile('src.sqlite', '');
    const src = await (await import('../core')).openCore({ dbPath: file });
    await importFile(src.db, sharedDataPath('twcs', 'twcs_subset.csv'), { preset: PRESETS.twcs });
    await src.close();
    const from = await Db.open(file, { readOnly: true });
    const core = await memoryCore();
    const run = async () => {
      const sink = await databaseSink(core, `replay of ${file}`);
      const r = await replayPosts(postsOfDatabase(from, 100), sink, { speed: 1e12, keepTimes: true });
      await sink.finish(r.cancelled);
      return r;
    };
    expect(await run()).toMatchObject({ posted: 719, imported: 719, duplicates: 0 });
    expect(await countThreads(core.db)).toBe(188);
    expect(await core.db.get('SELECT count(*) AS n FROM authors WHERE is_company = 1')).toEqual({ n: 3 });
    expect(await run()).toMatchObject({ posted: 719, imported: 0, duplicates: 719 });
    expect((await listImports(core.db))[0]).toMatchObject({ preset: 'replay', status: 'done', imported: 0, duplicates: 719 });
    await from.close();
    await core.close();
  });
});
