import type { LiveSnapshot } from '../../../../shared/domain/live';

const MIN = 60_000;

/** A small snapshot for tests: 4 one-minute buckets, two sites, two topics. */
export function sampleSnapshot(over: Partial<LiveSnapshot> = {}): LiveSnapshot {
  const from = Date.UTC(2025, 0, 15, 12, 0);
  return {
    key: 'k',
    query: { window: '15m' },
    at: from + 3 * MIN + 30_000,
    from,
    to: from + 3 * MIN + 30_000,
    bucketMs: MIN,
    buckets: [0, 1, 2, 3].map((i) => from + i * MIN),
    sites: [{ id: 1, name: 'twitter' }, { id: 2, name: 'forum' }],
    volume: [{ siteId: 1, counts: [3, 0, 5, 2] }, { siteId: 2, counts: [1, 0, 0, 1] }],
    sentiment: { negative: [2, 0, 4, 0], neutral: [1, 0, 0, 1], positive: [1, 0, 1, 1], unscored: [0, 0, 0, 1] },
    shares: { negative: [0.5, null, 0.8, 0], neutral: [0.25, null, 0, 0.5], positive: [0.25, null, 0.2, 0.5], minPooled: 1, maxPool: 1 },
    band: { negative: { low: [0.2, null, 0.1, 0.3], high: [0.5, null, 0.1, 0.6] }, positive: { low: [0.1, null, 0.2, 0.2], high: [0.3, null, 0.4, 0.2] } },
    topics: { coverage: 1, items: [{ topic: 'refund', label: 'Refund', count: 6, previous: 1, negative: 5, rise: 3.5 }, { topic: 'delay', label: 'Delay', count: 4, previous: 4, negative: 1, rise: 0 }] },
    topicNames: [{ topic: 'delay', label: 'Delay' }, { topic: 'refund', label: 'Refund' }],
    negatives: [],
    alerts: [],
    totals: { posts: 13, negative: 6, scored: 12 },
    lastIngestAt: from + 3 * MIN,
    history: 1,
    ...over,
  };
}
