import type { LiveQuery, LiveSnapshot, SiteSeries } from '../../../shared/domain/live';
import { AppFailure } from '../../../shared/contract/result';
import type { CellFilter } from './buckets';
import { unknownTopicMessage } from '../topics/topicBook';
import type { LiveEngine } from './engine';
import { readNegatives } from './liveRepo';
import { computeBand, maxPoolOf, MIN_POOLED, pooledShares, rankTopics, topicWindows } from './panels';
import { bucketStarts, HOUR_RETAIN, keyOf, normaliseQuery, resolveWindow } from './window';

/** Negative posts shown in the ticker. */
export const TICKER_SIZE = 12;

/**
 * Builds what every live panel shows for one query from the engine's counts: volume per site,
 * sentiment per label with the previous weeks' band, rising topics, the newest negative posts and
 * the open alerts. Only the ticker reads the database (an index walk that stops after a few rows).
 */
export async function buildSnapshot(engine: LiveEngine, query: LiveQuery): Promise<LiveSnapshot> {
  await engine.ready();
  const q = normaliseQuery(query);
  const now = engine.core.now();
  const w = resolveWindow(q, now);
  if (w.from < now - HOUR_RETAIN) throw new AppFailure('invalid-request', 'the live view reaches back five weeks; use a report for older ranges', 'from');
  const book = engine.topics;
  const slot = q.topic ? book.slotOf(q.topic) : 0;
  if (slot === undefined) throw new AppFailure('invalid-request', unknownTopicMessage(q.topic as string), 'topic');
  const siteIds = q.siteIds ? new Set(q.siteIds) : null;
  const filter: CellFilter = { siteIds, topic: slot };
  const { minute, hour } = engine.stores;
  const store = w.tier === 'minute' && minute.covers(w.from, now) ? minute : hour;
  const { perSite, labels } = store.collect(w.from, w.end, w.bucketMs, filter);
  const volume: SiteSeries[] = [...perSite]
    .map(([siteId, counts]) => ({ siteId, counts, total: counts.reduce((a, b) => a + b, 0) }))
    .filter((s) => s.total > 0)
    .sort((a, b) => b.total - a.total || a.siteId - b.siteId)
    .map(({ siteId, counts }) => ({ siteId, counts }));
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const [neg, neu, pos, uns] = labels.map(sum);
  const trends = topicWindows(w, engine.stores, now, siteIds);
  const items = rankTopics(trends.current, trends.previous, book.names, q.topic ? book.names.length : 8).filter((t) => !q.topic || t.topic === q.topic);
  return {
    key: keyOf(q),
    query: q,
    at: now,
    from: w.from,
    to: w.to,
    bucketMs: w.bucketMs,
    buckets: bucketStarts(w),
    sites: [...engine.siteNames].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
    volume,
    sentiment: { negative: labels[0], neutral: labels[1], positive: labels[2], unscored: labels[3] },
    shares: { ...pooledShares(labels, MIN_POOLED, maxPoolOf(labels[0].length)), minPooled: MIN_POOLED, maxPool: maxPoolOf(labels[0].length) },
    band: computeBand(hour, w, filter),
    topics: { coverage: engine.topicsCoverage, items },
    topicNames: book.names,
    negatives: await tickerOf(engine, w.from, Math.min(w.end, now + 1), q.siteIds ?? null, slot),
    alerts: engine.openAlerts,
    totals: { posts: neg + neu + pos + uns, negative: neg, scored: neg + neu + pos },
    lastIngestAt: engine.lastIngestAt,
    history: engine.historyCoverage,
  };
}

/** The newest negative posts of the window (of one topic when `slot` is set). */
async function tickerOf(engine: LiveEngine, from: number, to: number, siteIds: number[] | null, slot: number) {
  if (!slot) return readNegatives(engine.core.db, from, to, siteIds, TICKER_SIZE);
  const rows = await readNegatives(engine.core.db, from, to, siteIds, TICKER_SIZE * 20);
  return rows.filter((r) => engine.topics.slotsOf(r.siteId, r.text).includes(slot)).slice(0, TICKER_SIZE);
}
