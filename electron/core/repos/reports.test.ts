import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { addPost, authorId, siteId } from '../reports/reportFixtures';
import { memoryCore } from '../testing/fixtures';
import { readPersistenceRuns, readReportPosts, readTrendCounts } from './reports';

const T = Date.parse('2024-02-05T00:00:00Z');
const H = 3_600_000;
let core: Core;
afterEach(() => core?.close());

/** Six customers' posts (three at the same instant), one company reply, one hidden post; returns the customer post ids. */
async function seed(): Promise<{ ids: number[]; customer: number; site: number }> {
  core = await memoryCore(T + 100 * H);
  const site = await siteId(core, 'twitter');
  const customer = await authorId(core, site, 'ann');
  const company = await authorId(core, site, 'acme', true);
  const ids: number[] = [];
  for (const [at, label] of [[0, 'negative'], [H, 'negative'], [H, 'positive'], [H, 'neutral'], [2 * H, 'negative'], [3 * H, undefined]] as const) {
    ids.push(await addPost(core, { site, author: customer, at: T + at, label, text: `post "${at}"\n\ttab` }));
  }
  await addPost(core, { site, author: company, at: T + H, label: 'positive' });
  await addPost(core, { site, author: customer, at: T + H, label: 'negative', relevant: false });
  return { ids, customer, site };
}

describe('readReportPosts', () => {
  it.each([1, 2, 4, 50_000])('reads the same customers posts in (time, id) order with pages of %i', async (pageSize) => {
    const { ids } = await seed();
    const { rows, pages } = await readReportPosts(core.db, T, T + 10 * H, null, pageSize);
    expect(rows.map((r) => r.id)).toEqual(ids);
    expect(rows.map((r) => r.label)).toEqual(['negative', 'negative', 'positive', 'neutral', 'negative', null]);
    expect(rows[0].text).toBe('post "0"\n\ttab');
    expect(pages.reduce((n, p) => n + p.rows, 0)).toBe(ids.length);
    expect(pages.length).toBe(Math.ceil(ids.length / pageSize));
  });

  it('applies the newest correction of a post over its score', async () => {
    const { ids } = await seed();
    for (const label of ['neutral', 'positive']) {
      await core.db.run("INSERT INTO sentiment_corrections (post_id, label, corrected_by, corrected_at) VALUES (?, ?, 'sam', 0)", [ids[0], label]);
    }
    const { rows } = await readReportPosts(core.db, T, T + 10 * H, null);
    expect(rows[0].label).toBe('positive');
    const counts = await readTrendCounts(core.db, [{ start: T, end: T + 2 * H }, { start: T + 2 * H, end: T + 10 * H }], null);
    expect(counts).toEqual([
      { span: 0, label: 'negative', n: 1 },
      { span: 0, label: 'neutral', n: 1 },
      { span: 0, label: 'positive', n: 2 },
      { span: 1, label: null, n: 1 },
      { span: 1, label: 'negative', n: 1 },
    ]);
  });
});

describe('readPersistenceRuns', () => {
  it('gives each customer with enough negatives their scored posts, oldest first, marked - 0 +', async () => {
    const { customer } = await seed();
    expect(await readPersistenceRuns(core.db, T, T + 10 * H, null, 3)).toEqual([
      { author_id: customer, posts: [`${T}-`, `${T + H}-`, `${T + H}+`, `${T + H}0`, `${T + 2 * H}-`].join(',') },
    ]);
    expect(await readPersistenceRuns(core.db, T, T + 10 * H, null, 4)).toEqual([]);
  });
});
