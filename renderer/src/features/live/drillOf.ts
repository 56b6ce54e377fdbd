import type { LiveDrillRequest, LiveSnapshot } from '../../../../shared/domain/live';

/** What ECharts passes to a click handler (the parts used here). */
export interface ChartClick {
  seriesId?: string;
  dataIndex?: number;
}

/** A drill request and the words that say what it shows. */
export interface Drill {
  request: LiveDrillRequest;
  title: string;
}

const LABELS = new Set(['negative', 'neutral', 'positive']);

/**
 * The posts behind a clicked chart point: a site's bar (its bucket on that site), a sentiment
 * point (its bucket with that label) or a topic bar (the whole window, that topic). The panel's
 * own filters carry over. Returns null for parts that stand for no posts (bands, other sites).
 */
export function drillOf(s: LiveSnapshot, click: ChartClick, timeLabel: (ms: number) => string): Drill | null {
  const id = click.seriesId ?? '';
  const i = click.dataIndex ?? -1;
  const base = { siteIds: s.query.siteIds, topic: s.query.topic };
  const windowEnd = s.buckets.length ? s.buckets[s.buckets.length - 1] + s.bucketMs : s.to;
  const bucket = (): { from: number; to: number } | null => (i >= 0 && i < s.buckets.length ? { from: s.buckets[i], to: s.buckets[i] + s.bucketMs } : null);
  const [kind, what] = id.split(':');
  if (kind === 'site' && what !== 'other') {
    const b = bucket();
    const site = s.sites.find((x) => x.id === Number(what));
    if (!b || !site) return null;
    return { request: { ...base, ...b, siteIds: [site.id] }, title: `${site.name}, ${timeLabel(b.from)}` };
  }
  if (kind === 'share' && LABELS.has(what)) {
    const b = bucket();
    if (!b) return null;
    return { request: { ...base, ...b, label: what as LiveDrillRequest['label'] }, title: `${what} posts, ${timeLabel(b.from)}` };
  }
  if (id === 'topic:current' || id === 'topic:previous') {
    const items = [...s.topics.items].reverse();
    const t = items[i];
    if (!t) return null;
    const len = windowEnd - s.from;
    const range = id === 'topic:current' ? { from: s.from, to: windowEnd } : { from: s.from - len, to: s.from };
    return { request: { ...base, ...range, topic: t.topic }, title: `${t.label}${id === 'topic:previous' ? ' (window before)' : ''}` };
  }
  return null;
}

/** The posts of one whole bucket (a click on a column away from its bars), under the panel's filters. */
export function drillOfColumn(s: LiveSnapshot, index: number, timeLabel: (ms: number) => string): Drill | null {
  if (index < 0 || index >= s.buckets.length) return null;
  const from = s.buckets[index];
  const where = s.query.siteIds?.length ? s.sites.filter((x) => s.query.siteIds?.includes(x.id)).map((x) => x.name).join(', ') : 'All sites';
  return { request: { from, to: from + s.bucketMs, siteIds: s.query.siteIds, topic: s.query.topic }, title: `${where}, ${timeLabel(from)}` };
}

/** The range a brushed span of category indexes covers. */
export function rangeOfBrush(s: LiveSnapshot, first: number, last: number): { from: number; to: number } | null {
  const lo = Math.max(0, Math.min(first, last));
  const hi = Math.min(s.buckets.length - 1, Math.max(first, last));
  if (hi < lo || s.buckets.length === 0) return null;
  return { from: s.buckets[lo], to: s.buckets[hi] + s.bucketMs };
}
