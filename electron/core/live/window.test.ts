import { describe, expect, it } from 'vitest';
import { bucketStarts, DAY, HOUR, keyOf, MINUTE, normaliseQuery, resolveWindow } from './window';

const now = Date.UTC(2025, 0, 15, 12, 0, 30);

describe('resolveWindow', () => {
  it.each([
    ['15m', MINUTE, 15, 'minute'],
    ['1h', MINUTE, 60, 'minute'],
    ['1d', 15 * MINUTE, 96, 'minute'],
    ['1w', HOUR, 168, 'hour'],
  ] as const)('%s: %i ms buckets, %i of them, from the %s store', (window, bucketMs, count, tier) => {
    const w = resolveWindow({ window }, now);
    expect(w.bucketMs).toBe(bucketMs);
    expect(bucketStarts(w)).toHaveLength(count);
    expect(w.tier).toBe(tier);
    expect(w.end).toBeGreaterThan(now);
    expect(w.end - bucketMs).toBeLessThanOrEqual(now);
    expect(w.to).toBe(now);
  });

  it.each([
    [now - 30 * MINUTE, now, MINUTE, 'minute'],
    [now - 10 * HOUR, now, 5 * MINUTE, 'minute'],
    [now - 3 * DAY, now - DAY, HOUR, 'hour'],
    [now - 20 * DAY, now, 3 * HOUR, 'hour'],
  ] as const)('a range %i..%i gets %i ms buckets from the %s store', (from, to, bucketMs, tier) => {
    const w = resolveWindow({ from, to }, now);
    expect([w.bucketMs, w.tier]).toEqual([bucketMs, tier]);
    expect(w.from).toBeLessThanOrEqual(from);
    expect(w.end).toBeGreaterThanOrEqual(to);
    expect(w.from % bucketMs).toBe(0);
  });
});

describe('query keys', () => {
  it('are equal for equal queries written differently', () => {
    expect(keyOf({ siteIds: [3, 1, 3] })).toBe(keyOf({ window: '1h', siteIds: [1, 3] }));
    expect(keyOf({ window: '1h' })).not.toBe(keyOf({ window: '1d' }));
    expect(normaliseQuery({ siteIds: [], topic: '' })).toEqual({ window: '1h' });
  });
});
