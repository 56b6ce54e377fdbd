import { describe, expect, it } from 'vitest';
import { drillOf, drillOfColumn, rangeOfBrush } from './drillOf';
import { sampleSnapshot } from './snapshotFixture';

const s = sampleSnapshot({ query: { window: '15m', topic: 'refund' } });
const t0 = s.buckets[0];
const MIN = 60_000;
const label = (ms: number) => `@${(ms - t0) / MIN}`;

describe('drillOf', () => {
  it.each([
    [{ seriesId: 'site:2', dataIndex: 2 }, { from: t0 + 2 * MIN, to: t0 + 3 * MIN, siteIds: [2], topic: 'refund' }, 'forum, @2'],
    [{ seriesId: 'share:negative', dataIndex: 0 }, { from: t0, to: t0 + MIN, label: 'negative', topic: 'refund' }, 'negative posts, @0'],
    [{ seriesId: 'topic:current', dataIndex: 1 }, { from: t0, to: t0 + 4 * MIN, topic: 'refund' }, 'Refund'],
    [{ seriesId: 'topic:previous', dataIndex: 0 }, { from: t0 - 4 * MIN, to: t0, topic: 'delay' }, 'Delay (window before)'],
  ])('%j drills into %j', (click, request, title) => {
    expect(drillOf(s, click, label)).toEqual({ request: expect.objectContaining(request), title });
  });

  it.each([[{ seriesId: 'band:negative:low', dataIndex: 1 }], [{ seriesId: 'site:other', dataIndex: 1 }], [{ seriesId: 'site:1', dataIndex: 9 }], [{}]])('%j drills nowhere', (click) => {
    expect(drillOf(s, click, label)).toBeNull();
  });

  it('turns a brushed span of buckets into a range, in either direction', () => {
    expect(rangeOfBrush(s, 3, 1)).toEqual({ from: t0 + MIN, to: t0 + 4 * MIN });
    expect(rangeOfBrush(s, -2, 0)).toEqual({ from: t0, to: t0 + MIN });
  });

  it('drills into a whole column under the filters', () => {
    const f = sampleSnapshot({ query: { window: '15m', siteIds: [2] } });
    expect(drillOfColumn(f, 1, label)).toEqual({ request: { from: t0 + MIN, to: t0 + 2 * MIN, siteIds: [2], topic: undefined }, title: 'forum, @1' });
    expect(drillOfColumn(f, 4, label)).toBeNull();
    expect(drillOfColumn(s, 0, label)?.title).toBe('All sites, @0');
  });
});
