import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_RULES as R, findDetractors, findSpikes, findViralThreads, thresholdsFor } from './rules';
import { AlertThresholds } from './thresholds';

describe('volume spike rule', () => {
  it.each([
    // current, baseline (posts in the hour before), weekly (this hour in past weeks, per 5 min), raises?
    [30, 0, 0, true],
    [19, 0, 0, false],
    [30, 60, 0, true], // expected 5 per 5 min: 30 ≥ 4 × 5
    [30, 120, 0, false], // expected 10: 30 < 40
    [199, 600, 0, false],
    [200, 600, 0, true],
    [30, 0, 7.5, true], // this hour is usually busier: expected 7.5, 30 ≥ 4 × 7.5
    [30, 0, 8, false], // expected 8: 30 < 32
    [30, 60, 10, false], // the larger expectation wins
  ])('%i posts against %i in the hour before and %d at this hour in past weeks: %s', (current, baseline, weekly, raises) => {
    const found = findSpikes([{ siteId: 1, siteName: 'twitter', current, negative: 20, baseline, weekly }], R);
    expect(found.length === 1).toBe(raises);
    if (raises) expect(found[0]).toMatchObject({ kind: 'volume-spike', severity: 'critical', subject: 'site:1', siteId: 1 });
  });

  it('ignores past weeks when spikeWeeks is 0', () => {
    expect(findSpikes([{ siteId: 1, siteName: 'twitter', current: 30, negative: 0, baseline: 0, weekly: 20 }], { ...R, spikeWeeks: 0 })).toHaveLength(1);
  });

  it('says what it saw, what it expected and why, the thresholds, and how negative', () => {
    const [a] = findSpikes([{ siteId: 2, siteName: 'forum', current: 40, negative: 30, baseline: 12, weekly: 2.25 }], R);
    expect(a.title).toBe('Volume spike on forum');
    expect(a.detail).toBe('40 posts in 5 min, expected 2.3 (the larger of 1.0 from the 60 min before and 2.3 at this hour in the 4 weeks before); threshold: ≥ 4× expected (at least 1) and ≥ 20 posts; 75% negative');
    const [b] = findSpikes([{ siteId: 2, siteName: 'forum', current: 40, negative: 30, baseline: 0, weekly: 0 }], { ...R, spikeWeeks: 0 });
    expect(b.detail).toBe('40 posts in 5 min, expected 0.0 (0.0 from the 60 min before); threshold: ≥ 4× expected (at least 1) and ≥ 20 posts; 75% negative');
  });
});

describe('viral negative thread rule', () => {
  it('states the reply count and the threshold', () => {
    const [t] = findViralThreads([{ rootId: 9, siteId: 1, siteName: 'twitter', author: 'angry', replies: 22, rootLabel: 'negative' }], R);
    expect(t.detail).toBe("@angry's complaint drew 22 replies in 60 min; threshold: ≥ 15 replies");
  });

  it.each([
    ['negative', 15, true],
    ['negative', 14, false],
    ['positive', 50, false],
    [null, 50, false],
  ])('root %s with %i replies: %s', (rootLabel, replies, raises) => {
    const found = findViralThreads([{ rootId: 9, siteId: 1, siteName: 'twitter', author: 'ann', replies, rootLabel }], R);
    expect(found.length === 1).toBe(raises);
  });
});

describe('influential detractor rule', () => {
  const now = 1_000_000_000;
  const post = { postId: 1, authorId: 7, author: 'bigvoice', siteId: 1, siteName: 'twitter', label: 'negative', followers: 50_000, isCompany: false, createdAt: now - 1000 };

  it.each([
    [{}, true],
    [{ followers: 9_999 }, false],
    [{ followers: null }, false],
    [{ label: 'neutral' }, false],
    [{ isCompany: true }, false],
    [{ createdAt: now - 2 * 3600_000 }, false],
  ])('%j: %s', (change, raises) => {
    expect(findDetractors([{ ...post, ...change }], R, now).length === 1).toBe(raises);
  });

  it('raises once per author in a batch', () => {
    const found = findDetractors([post, { ...post, postId: 2 }], R, now);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ subject: 'author:7', postId: 1, detail: '@bigvoice (50,000 followers) posted a negative message; threshold: ≥ 10,000 followers' });
  });
});

describe('per-site thresholds', () => {
  const forum = { ...R, spikeMinPosts: 10, detractorMinFollowers: 500, recentMs: 2 * R.recentMs };
  const t = new AlertThresholds(R, new Map([[2, forum]]));

  it('gathers with the loosest thresholds and gives each site its own', () => {
    expect([t.spikeMinPosts, t.detractorMinFollowers, t.recentMs, t.spikeWindowMs]).toEqual([10, 500, 2 * R.recentMs, R.spikeWindowMs]);
    expect([thresholdsFor(t, 2), thresholdsFor(t, 1), thresholdsFor(t, null), thresholdsFor(R, 2)]).toEqual([forum, R, R, R]);
  });

  it.each([
    [1, 'twitter', 0],
    [2, 'forum', 1],
  ])('a 12-post burst on site %i (%s) raises %i spikes', (siteId, siteName, n) => {
    expect(findSpikes([{ siteId, siteName, current: 12, negative: 0, baseline: 0, weekly: 0 }], t)).toHaveLength(n);
  });

  it('a detractor with 800 followers counts on the site with the lower cut-off only', () => {
    const post = { postId: 1, authorId: 1, author: 'x', label: 'negative', followers: 800, isCompany: false, createdAt: 0 };
    const found = findDetractors([{ ...post, siteId: 1, siteName: 'twitter' }, { ...post, authorId: 2, siteId: 2, siteName: 'forum' }], t, 0);
    expect(found.map((a) => a.detail)).toEqual(["@x (800 followers) posted a negative message; threshold (forum's own): ≥ 500 followers"]);
  });
});
