import { describe, expect, it } from 'vitest';
import type { SiteFigures } from '../../../shared/domain/source';
import { medianOf } from '../../../shared/time/durationStats';
import { dispatch } from '../dispatch';
import { listThreadSummaries } from '../repos/threads';
import { memoryCore } from '../testing/fixtures';
import { DAY } from './demoModel';
import { generateDemo } from './generateDemo';
import { loadDemo } from './loadDemo';
import { loadWordLists, templateSlots } from './wordLists';

const END = Date.UTC(2024, 4, 20, 12);
const demo = generateDemo({ seed: 7, days: 21, end: END });
const bySite = (site: string) => demo.posts.filter((p) => p.site === site);

describe('demo word lists', () => {
  const words = loadWordLists();
  const slots = Object.values(words.templates).flat().concat(Object.values(words.lists).flat()).flatMap(templateSlots);
  it.each([...new Set(slots)])('slot {%s} has a list or is given by the generator', (slot) => {
    expect(slot in words.lists || ['name', 'agent', 'brand'].includes(slot)).toBe(true);
  });
});

describe('generateDemo', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemo({ seed: 7, days: 21, end: END })).toEqual(demo);
    expect(generateDemo({ seed: 8, days: 21, end: END }).posts[0]).not.toEqual(demo.posts[0]);
  });

  it('spans the requested weeks in time order, every template filled, ids unique per site', () => {
    expect(demo.posts.length).toBeGreaterThan(3000);
    expect(demo.posts[0].createdAt).toBeGreaterThanOrEqual(END - 22 * DAY);
    expect(demo.posts.at(-1)?.createdAt).toBeLessThanOrEqual(END);
    expect(demo.posts.every((p, i) => i === 0 || p.createdAt >= demo.posts[i - 1].createdAt)).toBe(true);
    expect(demo.posts.filter((p) => /[{}]/.test(p.text))).toEqual([]);
    const keys = demo.posts.map((p) => `${p.site}/${p.externalId}`);
    expect(new Set(keys).size).toBe(keys.length);
    const when = new Map(demo.posts.map((p) => [`${p.site}/${p.externalId}`, p.createdAt]));
    const replies = demo.posts.filter((p) => p.inReplyTo);
    expect(replies.every((p) => (when.get(`${p.site}/${p.inReplyTo}`) ?? Infinity) < p.createdAt)).toBe(true);
  });

  it.each(['twitter', 'acme-page', 'travel-forum', 'rantboard', 'travel-news'])('fills the %s site', (site) => {
    expect(bySite(site).length).toBeGreaterThan(10);
  });

  it('answers on the sites with a respond policy only', () => {
    const company = (site: string) => bySite(site).filter((p) => p.authorIsCompany).length;
    expect(company('twitter')).toBeGreaterThan(500);
    expect(company('acme-page')).toBeGreaterThan(50);
    expect(company('travel-forum')).toBeGreaterThan(10);
    expect(company('rantboard')).toBe(0);
    expect(company('travel-news')).toBe(0);
  });

  it('has three customers who keep complaining for weeks', () => {
    for (const who of demo.cast.unhappy) {
      const theirs = bySite('twitter').filter((p) => p.author === who.handle && !p.inReplyTo);
      expect(theirs.length).toBeGreaterThanOrEqual(5);
      expect((theirs.at(-1)?.createdAt ?? 0) - (theirs[0]?.createdAt ?? 0)).toBeGreaterThan(14 * DAY);
    }
  });

  it('has a viral complaint with dozens of replies within hours, and it makes the news', () => {
    const replies = bySite('twitter').filter((p) => p.inReplyTo === demo.viralRootId);
    const root = bySite('twitter').find((p) => p.externalId === demo.viralRootId);
    expect(root?.author).toBe(demo.cast.viral.handle);
    expect(replies.length).toBeGreaterThanOrEqual(80);
    expect(replies.filter((r) => r.createdAt - (root?.createdAt ?? 0) < 6 * 3_600_000).length).toBeGreaterThanOrEqual(80);
    expect(replies.some((r) => r.authorIsCompany)).toBe(true);
    expect(bySite('travel-news').some((p) => p.text.includes('wheelchair'))).toBe(true);
  });

  it('has an advocate with a large following who posts praise and defends the brand', () => {
    const theirs = bySite('twitter').filter((p) => p.author === demo.cast.advocate.handle);
    expect(theirs.length).toBeGreaterThanOrEqual(10);
    const inDegree = new Map<string, number>();
    for (const f of demo.follows) inDegree.set(f.followee, (inDegree.get(f.followee) ?? 0) + 1);
    const ranked = [...inDegree.entries()].sort((a, b) => b[1] - a[1]).map(([h]) => h);
    expect(ranked.slice(0, 3)).toEqual(expect.arrayContaining([demo.cast.advocate.handle, demo.cast.viral.handle]));
  });
});

describe('loadDemo', () => {
  it('stores sites, posts and the follower graph, with believable figures, and adds nothing twice', async () => {
    const core = await memoryCore(END);
    const r = await loadDemo(core, { seed: 7, days: 21, end: END });
    expect(r).toMatchObject({ sites: 5, posts: demo.posts.length, imported: demo.posts.length, duplicates: 0, follows: demo.follows.length });
    const figures = (await dispatch(core, 'sources.figures', {})) as { ok: true; value: SiteFigures[] };
    const tw = figures.value.find((f) => f.siteName === 'twitter') as SiteFigures;
    expect(tw.hiddenPosts).toBeGreaterThan(20);
    expect(tw.shareAnswered).toBeGreaterThan(0.6);
    expect(tw.shareAnswered).toBeLessThan(0.95);
    expect(tw.medianFirstReplyMs).toBeGreaterThan(10 * 60_000);
    expect(tw.medianFirstReplyMs).toBeLessThan(2 * 3_600_000);
    expect(figures.value.find((f) => f.siteName === 'rantboard')?.answeredThreads).toBe(0);
    const threads = await listThreadSummaries(core.db, { limit: 100_000 });
    expect(medianOf(threads.map((t) => t.posts))).toBeGreaterThanOrEqual(2);
    expect(await loadDemo(core, { seed: 7, days: 21, end: END })).toMatchObject({ imported: 0, duplicates: demo.posts.length });
    await core.close();
  });
});
