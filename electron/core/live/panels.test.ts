import { describe, expect, it } from 'vitest';
import { ALL_TOPICS, BucketStore } from './buckets';
import { computeBand, maxPoolOf, pooledShares, rankTopics } from './panels';
import { HOUR, resolveWindow, WEEK } from './window';

const now = Date.UTC(2025, 0, 15, 12, 0, 30);
const all = { siteIds: null, topic: ALL_TOPICS };

describe('computeBand', () => {
  it('gives the lowest and highest share of the same hour in previous weeks', () => {
    const hours = new BucketStore(HOUR, 6 * WEEK);
    const w = resolveWindow({ window: '1h' }, now);
    const at = w.from + 5 * 60_000;
    // one week back: 1 of 4 negative; two weeks back: 3 of 4; three weeks back: nothing scored
    for (const [weeks, neg, pos] of [[1, 1, 3], [2, 3, 1]]) {
      for (let i = 0; i < neg; i++) hours.add(at - weeks * WEEK, 1, [], 0);
      for (let i = 0; i < pos; i++) hours.add(at - weeks * WEEK, 1, [], 2);
    }
    hours.add(at - 3 * WEEK, 1, [], 3);
    const band = computeBand(hours, w, all);
    const j = 5;
    expect(band.negative.low[j]).toBeCloseTo(0.25);
    expect(band.negative.high[j]).toBeCloseTo(0.75);
    expect(band.positive.low[j]).toBeCloseTo(0.25);
    expect(band.negative.low).toHaveLength(60);
  });

  it('leaves buckets without history empty', () => {
    const band = computeBand(new BucketStore(HOUR, 6 * WEEK), resolveWindow({ window: '1w' }, now), all);
    expect(band.negative.low.every((v) => v === null)).toBe(true);
    expect(band.negative.high).toHaveLength(168);
  });
});

describe('rankTopics', () => {
  const names = [{ topic: 'delay', label: 'Delay' }, { topic: 'refund', label: 'Refund' }, { topic: 'staff', label: 'Staff' }];
  const counts = (n: number, neg = 0) => Int32Array.from([neg, n - neg, 0, 0]);

  it('puts the most surprising rise first, not the biggest topic', () => {
    const current = new Map([[1, counts(120, 40)], [2, counts(12, 9)], [3, counts(2)]]);
    const previous = new Map([[1, counts(110)], [2, counts(1)], [3, counts(0)]]);
    const ranked = rankTopics(current, previous, names);
    expect(ranked.map((t) => t.topic)).toEqual(['refund', 'staff', 'delay']);
    expect(ranked[0]).toMatchObject({ label: 'Refund', count: 12, previous: 1, negative: 9 });
  });

  it('leaves out topics absent from the window and keeps the limit', () => {
    const ranked = rankTopics(new Map([[1, counts(0)], [2, counts(5)], [3, counts(4)]]), new Map(), names, 1);
    expect(ranked.map((t) => t.topic)).toEqual(['refund']);
  });
});

describe('pooledShares', () => {
  it('pools earlier buckets until enough posts are scored, within the cap', () => {
    const neg = [0, 8, 1, 0, 1, 5];
    const neu = [0, 2, 0, 0, 0, 5];
    const pos = [0, 0, 1, 0, 0, 0];
    const s = pooledShares([neg, neu, pos], 10, 3);
    expect(s.negative[0]).toBeNull();
    expect(s.negative[1]).toBeCloseTo(0.8); // 10 scored: stands alone
    expect(s.negative[2]).toBeCloseTo(9 / 12); // pools bucket 1
    expect(s.negative[3]).toBeNull(); // nothing scored in the bucket itself
    expect(s.negative[4]).toBeCloseTo(2 / 3); // pools 3 buckets (2, 3, 4): only 3 posts
    expect(s.positive[4]).toBeCloseTo(1 / 3);
    expect(s.neutral[5]).toBeCloseTo(0.5);
  });

  it('lets a window pool an eighth of its buckets', () => {
    expect([maxPoolOf(4), maxPoolOf(60), maxPoolOf(168)]).toEqual([1, 8, 21]);
  });
});
