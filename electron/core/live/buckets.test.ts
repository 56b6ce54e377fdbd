import { describe, expect, it } from 'vitest';
import { ALL_TOPICS, BucketStore, slotOf } from './buckets';

const M = 60_000;

describe('BucketStore', () => {
  it('sums posts per site and per label into output buckets', () => {
    const s = new BucketStore(M, 60 * M);
    s.add(0, 1, [], 0);
    s.add(30_000, 1, [], 2);
    s.add(M, 2, [], 1);
    s.add(3 * M, 1, [], 3);
    const c = s.collect(0, 4 * M, 2 * M, { siteIds: null, topic: ALL_TOPICS });
    expect(c.perSite.get(1)).toEqual([2, 1]);
    expect(c.perSite.get(2)).toEqual([1, 0]);
    expect(c.labels).toEqual([[1, 0], [1, 0], [1, 0], [0, 1]]);
  });

  it('filters by site and by topic', () => {
    const s = new BucketStore(M, 60 * M);
    s.add(0, 1, [3], 0);
    s.add(0, 2, [3, 4], 0);
    s.add(0, 2, [], 2);
    expect(s.collect(0, M, M, { siteIds: new Set([2]), topic: ALL_TOPICS }).labels[2]).toEqual([1]);
    expect(s.collect(0, M, M, { siteIds: null, topic: 3 }).labels[0]).toEqual([2]);
    expect(s.collect(0, M, M, { siteIds: new Set([1]), topic: 4 }).perSite.size).toBe(0);
    const t = s.topicTotals(0, M, null);
    expect([...t.keys()].sort()).toEqual([3, 4]);
    expect([...(t.get(3) ?? [])]).toEqual([2, 0, 0, 0]);
  });

  it('moves a post between labels and keeps totals', () => {
    const s = new BucketStore(M, 60 * M);
    s.add(0, 1, [5], 3);
    s.move(0, 1, [5], 3, 0);
    expect(s.collect(0, M, M, { siteIds: null, topic: 5 }).labels.map((l) => l[0])).toEqual([1, 0, 0, 0]);
    expect(s.collect(0, M, M, { siteIds: null, topic: ALL_TOPICS }).perSite.get(1)).toEqual([1]);
  });

  it('forgets buckets past its retention', () => {
    const s = new BucketStore(M, 10 * M);
    s.add(0, 1, [], 0);
    s.add(20 * M, 1, [], 0);
    s.prune(25 * M);
    expect(s.bucketCount).toBe(1);
    expect(s.covers(14 * M, 25 * M)).toBe(false);
    expect(s.covers(16 * M, 25 * M)).toBe(true);
  });

  it.each([
    ['negative', 0],
    ['neutral', 1],
    ['positive', 2],
    [null, 3],
    ['mixed', 3],
  ])('puts label %s in slot %i', (label, slot) => {
    expect(slotOf(label)).toBe(slot);
  });

  it('merges another store cell by cell', () => {
    const a = new BucketStore(M, 60 * M);
    const b = new BucketStore(M, 60 * M);
    a.add(0, 1, [2], 0);
    b.add(0, 1, [2], 0);
    b.add(5 * M, 3, [], 1);
    a.merge(b);
    expect(a.collect(0, 6 * M, 6 * M, { siteIds: null, topic: 2 }).labels[0]).toEqual([2]);
    expect(a.collect(0, 6 * M, 6 * M, { siteIds: null, topic: ALL_TOPICS }).perSite.get(3)).toEqual([1]);
  });
});
