// Pure panel figures computed from the bucket stores: the previous-weeks band and rising topics.
import type { ShareBand, TopicTrend } from '../../../shared/domain/live';
import type { BucketStore, CellFilter } from './buckets';
import { HOUR, WEEK, type ResolvedWindow } from './window';

/** A topic's id and display label, in slot order (slot = index + 1). */
export interface TopicName {
  topic: string;
  label: string;
}

/** Scored posts a share point should rest on before it stops pooling earlier buckets. */
export const MIN_POOLED = 10;

/** How many buckets a share point may pool: an eighth of the window, at least one. */
export function maxPoolOf(buckets: number): number {
  return Math.max(1, Math.round(buckets / 8));
}

/**
 * Shares (0..1) of each label among scored posts per bucket, pooling the buckets before a thin one
 * until `minPooled` posts are scored or `maxPool` buckets are pooled. Null for a bucket without
 * scored posts of its own.
 */
export function pooledShares(labels: readonly number[][], minPooled: number, maxPool: number): { negative: (number | null)[]; neutral: (number | null)[]; positive: (number | null)[] } {
  const [neg, neu, pos] = labels;
  const out = { negative: [] as (number | null)[], neutral: [] as (number | null)[], positive: [] as (number | null)[] };
  for (let j = 0; j < neg.length; j++) {
    if (neg[j] + neu[j] + pos[j] === 0) {
      // a bucket without scored posts of its own has no share: pooling steadies points, it does not invent them
      out.negative.push(null);
      out.neutral.push(null);
      out.positive.push(null);
      continue;
    }
    let n = 0;
    let u = 0;
    let p = 0;
    for (let i = j; i > j - maxPool && i >= 0 && n + u + p < minPooled; i--) {
      n += neg[i];
      u += neu[i];
      p += pos[i];
    }
    const scored = n + u + p;
    out.negative.push(scored ? n / scored : null);
    out.neutral.push(scored ? u / scored : null);
    out.positive.push(scored ? p / scored : null);
  }
  return out;
}

/**
 * Negative and positive shares the same hours had in each of the previous `weeks` weeks, as a
 * low–high band per bucket of the window. Buckets shorter than an hour take their hour's share
 * (the hour store is what reaches back five weeks). Thin hours pool earlier ones like the shares
 * do (see pooledShares). Weeks without scored posts are left out.
 */
export function computeBand(hours: BucketStore, w: ResolvedWindow, filter: CellFilter, weeks = 4): { negative: ShareBand; positive: ShareBand } {
  const n = Math.round((w.end - w.from) / w.bucketMs);
  const neg: number[][] = Array.from({ length: n }, () => []);
  const pos: number[][] = Array.from({ length: n }, () => []);
  const coarse = w.bucketMs >= HOUR;
  const start = coarse ? w.from : Math.floor(w.from / HOUR) * HOUR;
  const step = coarse ? w.bucketMs : HOUR;
  for (let k = 1; k <= weeks; k++) {
    const { labels } = hours.collect(start - k * WEEK, w.end - k * WEEK, step, filter);
    const shares = pooledShares(labels, MIN_POOLED, maxPoolOf(labels[0].length));
    for (let j = 0; j < n; j++) {
      const i = coarse ? j : Math.floor((w.from + j * w.bucketMs - start) / HOUR);
      const [ns, ps] = [shares.negative[i], shares.positive[i]];
      if (ns === null || ps === null) continue;
      neg[j].push(ns);
      pos[j].push(ps);
    }
  }
  const band = (rows: number[][]): ShareBand => ({
    low: rows.map((r) => (r.length ? Math.min(...r) : null)),
    high: rows.map((r) => (r.length ? Math.max(...r) : null)),
  });
  return { negative: band(neg), positive: band(pos) };
}

/**
 * Topics of the window against the window of the same length before it, most unusual rise first:
 * rise = (count − previous) / √(previous + 1), a Poisson-style surprise that keeps a jump from 0 to
 * 2 below a jump from 50 to 120. Topics absent from the window are left out.
 */
export function rankTopics(
  current: Map<number, Int32Array>,
  previous: Map<number, Int32Array>,
  names: readonly TopicName[],
  limit = 8,
): TopicTrend[] {
  const out: TopicTrend[] = [];
  for (const [slot, c] of current) {
    const name = names[slot - 1];
    if (!name) continue;
    const count = c[0] + c[1] + c[2] + c[3];
    if (count <= 0) continue;
    const p = previous.get(slot);
    const prev = p ? p[0] + p[1] + p[2] + p[3] : 0;
    out.push({ topic: name.topic, label: name.label, count, previous: prev, negative: c[0], rise: (count - prev) / Math.sqrt(prev + 1) });
  }
  out.sort((a, b) => b.rise - a.rise || b.count - a.count || a.topic.localeCompare(b.topic));
  return out.slice(0, limit);
}

/** Topic totals of the window and of the one before it, each from the store that still covers it. */
export function topicWindows(
  w: ResolvedWindow,
  stores: { minute: BucketStore; hour: BucketStore },
  now: number,
  siteIds: ReadonlySet<number> | null,
): { current: Map<number, Int32Array>; previous: Map<number, Int32Array> } {
  const len = w.end - w.from;
  const pick = (from: number): BucketStore => (w.tier === 'minute' && stores.minute.covers(from, now) ? stores.minute : stores.hour);
  return {
    current: pick(w.from).topicTotals(w.from, w.end, siteIds),
    previous: pick(w.from - len).topicTotals(w.from - len, w.from, siteIds),
  };
}
