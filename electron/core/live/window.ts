import { LIVE_WINDOW_MS, type LiveQuery } from '../../../shared/domain/live';

/** One minute in ms. */
export const MINUTE = 60_000;
/** One hour in ms. */
export const HOUR = 60 * MINUTE;
/** One day in ms (UTC days: the live buckets ignore daylight saving). */
export const DAY = 24 * HOUR;
/** One week in ms. */
export const WEEK = 7 * DAY;

/** How long minute buckets are kept: a day's window plus the day before it. */
export const MINUTE_RETAIN = 2 * DAY + HOUR;
/** How long hour buckets are kept: a week's window plus four previous weeks for the band. */
export const HOUR_RETAIN = 5 * WEEK + DAY;

/** Which store a query reads: minute buckets (recent, short spans) or hour buckets. */
export type Tier = 'minute' | 'hour';

/** A query resolved against the clock: the bucket grid every panel uses. */
export interface ResolvedWindow {
  from: number;
  /** End of the last bucket (after `now` when the last bucket is still filling). */
  end: number;
  /** The query's end as shown: `now` for windows, the range's end otherwise. */
  to: number;
  bucketMs: number;
  tier: Tier;
}

const FIXED: Record<string, { bucketMs: number; tier: Tier }> = {
  '15m': { bucketMs: MINUTE, tier: 'minute' },
  '1h': { bucketMs: MINUTE, tier: 'minute' },
  '1d': { bucketMs: 15 * MINUTE, tier: 'minute' },
  '1w': { bucketMs: HOUR, tier: 'hour' },
};

const MINUTE_STEPS = [1, 2, 5, 10, 15, 30, 60].map((m) => m * MINUTE);
const HOUR_STEPS = [1, 2, 3, 6, 12, 24].map((h) => h * HOUR);

/** Chooses the bucket size of a range: the smallest step giving at most `max` buckets. */
function stepFor(span: number, steps: number[], max: number): number {
  return steps.find((s) => span / s <= max) ?? steps[steps.length - 1];
}

/**
 * Resolves a query to its bucket grid. A fixed window ends with the bucket now falls in (so the
 * last bucket fills up live); a range is widened to whole buckets. Ranges of up to two days that
 * start within the minute store read minute buckets, everything else hour buckets.
 */
export function resolveWindow(q: LiveQuery, now: number): ResolvedWindow {
  if (q.from !== undefined && q.to !== undefined) {
    const span = Math.max(MINUTE, q.to - q.from);
    const minute = span <= 2 * DAY && q.from >= now - MINUTE_RETAIN + HOUR;
    const bucketMs = minute ? stepFor(span, MINUTE_STEPS, 120) : stepFor(span, HOUR_STEPS, 180);
    const from = Math.floor(q.from / bucketMs) * bucketMs;
    const end = Math.ceil(Math.max(q.to, q.from + 1) / bucketMs) * bucketMs;
    return { from, end, to: q.to, bucketMs, tier: minute ? 'minute' : 'hour' };
  }
  const name = q.window ?? '1h';
  const { bucketMs, tier } = FIXED[name];
  const end = Math.floor(now / bucketMs) * bucketMs + bucketMs;
  return { from: end - LIVE_WINDOW_MS[name], end, to: now, bucketMs, tier };
}

/** The canonical form of a query: sorted sites, no empty fields; equal queries get equal keys. */
export function normaliseQuery(q: LiveQuery): LiveQuery {
  const out: LiveQuery = {};
  if (q.from !== undefined && q.to !== undefined) {
    out.from = q.from;
    out.to = q.to;
  } else out.window = q.window ?? '1h';
  if (q.siteIds?.length) out.siteIds = [...new Set(q.siteIds)].sort((a, b) => a - b);
  if (q.topic) out.topic = q.topic;
  return out;
}

/** The key a query's snapshots travel under in ticks. */
export function keyOf(q: LiveQuery): string {
  const n = normaliseQuery(q);
  return JSON.stringify([n.window ?? null, n.from ?? null, n.to ?? null, n.siteIds ?? [], n.topic ?? null]);
}

/** Start times of the buckets of a resolved window. */
export function bucketStarts(w: ResolvedWindow): number[] {
  const out: number[] = [];
  for (let t = w.from; t < w.end; t += w.bucketMs) out.push(t);
  return out;
}
