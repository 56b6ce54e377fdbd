import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { genericPreset } from '../ingest/genericPreset';
import { importCsvFile } from '../ingest/importFile';
import { genericCsv, memoryCore, tempFile } from '../testing/fixtures';
import { findMatchesCapped, searchPosts, SEARCH_COUNT_CAP, type PostQuery } from './posts';

const countOf = async (f: PostQuery, cap: number) => {
  const { total, totalCapped } = await findMatchesCapped(core.db, f, cap);
  return { total, totalCapped };
};

// 12 posts, one a day: even ids on twitter, odd on forum; authors u0..u2 in turn; every third
// post asks for a refund; author "refunder" writes post 12. Post 11 is then marked irrelevant.
const ROWS = Array.from({ length: 12 }, (_, k) => {
  const i = k + 1;
  const site = i % 2 === 0 ? 'twitter' : 'forum';
  const author = i === 12 ? 'refunder' : `u${i % 3}`;
  const text = i % 3 === 0 ? `where is my refund ${i}` : `flight ${i} was fine`;
  return `${i},${site},${author},2024-01-${String(i).padStart(2, '0')},${text},,,`;
});

let core: Core;
let siteOf: (name: string) => Promise<number>;

beforeAll(async () => {
  core = await memoryCore();
  await importCsvFile(core.db, tempFile('posts.csv', genericCsv(ROWS)), { preset: genericPreset });
  await core.db.run("UPDATE posts SET relevant = 0 WHERE external_id = '11'");
  siteOf = async (name) => (await core.db.get<{ id: number }>('SELECT id FROM sites WHERE name = ?', [name]))?.id as number;
});
afterAll(() => core.close());

describe('capped post counts', () => {
  // Relevant posts: 11 (post 11 is not). "refund" matches 3, 6, 9, 12 by text and 12 by handle.
  it.each<[string, PostQuery, number, number, boolean]>([
    ['more matches than the cap', {}, 5, 5, true],
    ['fewer matches than the cap', {}, 20, 11, false],
    ['exactly the cap', {}, 11, 11, false],
    ['one more than the cap', {}, 10, 10, true],
    ['irrelevant posts included', { includeIrrelevant: true }, 20, 12, false],
    ['a text query over the cap', { query: 'refund' }, 3, 3, true],
    ['a text query under the cap', { query: 'refund' }, 10, 4, false],
    ['a query matching a handle only', { query: 'refunder' }, 10, 1, false],
    ['no match', { query: 'zeppelin' }, 10, 0, false],
  ])('%s', async (_name, filter, cap, total, capped) => {
    expect(await countOf(filter, cap)).toEqual({ total, totalCapped: capped });
    const page = await searchPosts(core.db, { ...filter, limit: 2 }, cap);
    expect([page.total, page.totalCapped]).toEqual([total, capped]);
  });

  it('applies the site and author filters under the cap', async () => {
    const twitter = await siteOf('twitter');
    expect(await countOf({ siteId: twitter }, 3)).toEqual({ total: 3, totalCapped: true });
    expect(await countOf({ siteId: twitter }, 10)).toEqual({ total: 6, totalCapped: false });
    expect(await countOf({ siteId: twitter, query: 'refund' }, 10)).toEqual({ total: 2, totalCapped: false });
    // Authors belong to a site: u1 of the forum wrote 1 and 7.
    const u1 = (await core.db.get<{ id: number }>("SELECT author_id AS id FROM posts WHERE external_id = '1'"))?.id as number;
    expect(await countOf({ authorId: u1 }, 1)).toEqual({ total: 1, totalCapped: true });
    expect(await countOf({ authorId: u1 }, 2)).toEqual({ total: 2, totalCapped: false });
  });

  it('counts up to SEARCH_COUNT_CAP by default', async () => {
    expect(SEARCH_COUNT_CAP).toBe(10_000);
    expect(await searchPosts(core.db, {})).toMatchObject({ total: 11, totalCapped: false });
  });
});

describe('post pages', () => {
  // Cap 3: every case but "no match" has more matches, so the page walks the time index. Cap 100:
  // the counting scan lists every match and the page is read by id. Both give the same pages.
  it.each<[string, PostQuery, string[]]>([
    ['newest first', { limit: 3 }, ['12', '10', '9']],
    ['newest first, past the capped count', { limit: 3, offset: 6 }, ['5', '4', '3']],
    ['oldest first', { limit: 3, oldestFirst: true }, ['1', '2', '3']],
    ['oldest first with an offset', { limit: 2, offset: 9, oldestFirst: true }, ['10', '12']],
    ['a page past the end', { limit: 3, offset: 11 }, []],
    ['a query, newest first', { query: 'refund' }, ['12', '9', '6', '3']],
    ['a query, oldest first', { query: 'refund', oldestFirst: true, limit: 1 }, ['3']],
    ['a query on one site', { query: 'refund', siteId: 0 }, ['12', '6']],
    ['LIKE wildcards match themselves', { query: '%' }, []],
  ])('%s', async (_name, filter, expected) => {
    const f = filter.siteId === 0 ? { ...filter, siteId: await siteOf('twitter') } : filter;
    for (const cap of [3, 100]) {
      expect((await searchPosts(core.db, f, cap)).items.map((p) => p.externalId)).toEqual(expected);
    }
  });

  it('breaks ties of time by id in both paths', async () => {
    const tied = await memoryCore();
    const rows = ['1,twitter,a,2024-01-01,same time,,,', '2,twitter,b,2024-01-01,same time,,,', '3,twitter,c,2024-01-02,later,,,'];
    await importCsvFile(tied.db, tempFile('tied.csv', genericCsv(rows)), { preset: genericPreset });
    for (const cap of [1, 100]) {
      expect((await searchPosts(tied.db, {}, cap)).items.map((p) => p.externalId)).toEqual(['3', '2', '1']);
      expect((await searchPosts(tied.db, { oldestFirst: true }, cap)).items.map((p) => p.externalId)).toEqual(['1', '2', '3']);
    }
    await tied.close();
  });
});
