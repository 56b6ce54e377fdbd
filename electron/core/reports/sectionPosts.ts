/**
 * The sections computed from customers' posts of the current and previous range: volume and
 * sentiment per site and per day, thread answering (response rate, first-response delays) and topics.
 */
import { setImmediate } from 'node:timers/promises';
import type { ReportCountRow, ReportDay } from '../../../shared/domain/report';
import type { TopicBook } from '../topics/topicBook';
import type { ReportPostRow } from '../repos/reports';
import { byFigureDesc, byName, changeOf, MixCounter, shareOf } from './figures';
import { inCurrent, type ReportContext } from './reportContext';

/** One range's figures of one site (or of all sites together, under key 0). */
export interface PostFigures {
  volume: number;
  mix: MixCounter;
  /** Conversations customers started (root posts). */
  started: number;
  /** Wall-clock delays (ms) from a started conversation to the first company reply, for the answered ones. */
  delays: number[];
  /** [root created_at, first company reply at] of the answered ones (for SLA clocks with business hours). */
  answered: [number, number][];
}

/** Figures per site id (0 = all sites) for the current and the previous range. */
export interface PostTotals {
  current: Map<number, PostFigures>;
  previous: Map<number, PostFigures>;
}

const ALL = 0;

function figuresOf(map: Map<number, PostFigures>, siteId: number): PostFigures {
  let f = map.get(siteId);
  if (!f) map.set(siteId, (f = { volume: 0, mix: new MixCounter(), started: 0, delays: [], answered: [] }));
  return f;
}

function countPost(f: PostFigures, p: ReportPostRow): void {
  f.volume += 1;
  f.mix.add(p.label);
  if (p.parent_id !== null) return;
  f.started += 1;
  if (p.first_company_at !== null) {
    f.delays.push(Math.max(0, p.first_company_at - p.created_at));
    f.answered.push([p.created_at, Math.max(p.created_at, p.first_company_at)]);
  }
}

/**
 * Volume (posts), sentiment mix and answering per site and overall. A conversation is "started"
 * by a customer's root post (no parent) in the range and "answered" when a company account replied
 * in it at any time (thread_stats.first_company_at); the delay is wall-clock time to that reply.
 */
export function totalPosts(ctx: ReportContext, posts: readonly ReportPostRow[]): PostTotals {
  const out: PostTotals = { current: new Map(), previous: new Map() };
  for (const p of posts) {
    const map = inCurrent(ctx, p.created_at) ? out.current : out.previous;
    countPost(figuresOf(map, ALL), p);
    countPost(figuresOf(map, p.site_id), p);
  }
  return out;
}

/** The figures of a site (0 = all) in one range, empty when it had no posts. */
export function figuresFor(map: Map<number, PostFigures>, siteId: number): PostFigures {
  return map.get(siteId) ?? { volume: 0, mix: new MixCounter(), started: 0, delays: [], answered: [] };
}

/** Share of started conversations that were answered, null when none started. */
export function responseRateOf(f: PostFigures): number | null {
  return shareOf(f.delays.length, f.started);
}

/** Volume and sentiment mix per local day of the current range (days without posts included). */
export function daysOf(ctx: ReportContext, posts: readonly ReportPostRow[]): ReportDay[] {
  const days = ctx.r.days;
  const mixes = days.map(() => new MixCounter());
  let d = 0;
  for (const p of posts) {
    if (!inCurrent(ctx, p.created_at)) continue;
    while (d < days.length - 1 && p.created_at >= days[d].end) d += 1;
    mixes[d].add(p.label);
  }
  return days.map((day, i) => ({ date: day.label, volume: mixes[i].total, sentiment: mixes[i].mix() }));
}

interface TopicTally {
  current: number;
  previous: number;
  negative: number;
  scored: number;
}

/** Posts classified between two yields to the event loop. */
const TOPIC_BATCH = 2_000;

/**
 * The topic labels of each post, computed once, with its site's rules (the site's own set, else the
 * default set). Yields to the event loop every TOPIC_BATCH posts, so the queries started before it
 * run meanwhile and the process keeps answering (a week of a big database takes seconds).
 */
export async function topicsOfPosts(posts: readonly ReportPostRow[], book: TopicBook): Promise<string[][]> {
  const out: string[][] = new Array(posts.length);
  for (let i = 0; i < posts.length; i++) {
    if (i > 0 && i % TOPIC_BATCH === 0) await setImmediate();
    out[i] = book.classify(posts[i].site_id, posts[i].text).map((m) => m.label);
  }
  return out;
}

/**
 * Topics (each site's topic rules over the post text) of customers' posts: one row per topic for all
 * sites together (group null) and one per site and topic (group = site name), counted in both
 * ranges. negativeShare = negative / scored posts with the topic in the current range. Sorted by
 * group (all sites first, then site names), count desc, previous count desc, topic name.
 */
export function topicRows(ctx: ReportContext, posts: readonly ReportPostRow[], topics: readonly string[][]): ReportCountRow[] {
  const tallies = new Map<string, TopicTally>();
  const tally = (group: string, topic: string): TopicTally => {
    const key = `${group}\u0000${topic}`;
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = { current: 0, previous: 0, negative: 0, scored: 0 }));
    return t;
  };
  posts.forEach((p, i) => {
    const current = inCurrent(ctx, p.created_at);
    for (const topic of topics[i]) {
      for (const t of [tally('', topic), tally(ctx.siteNames.get(p.site_id) ?? String(p.site_id), topic)]) {
        if (!current) t.previous += 1;
        else {
          t.current += 1;
          if (p.label !== null) t.scored += 1;
          if (p.label === 'negative') t.negative += 1;
        }
      }
    }
  });
  const rows = [...tallies].map(([key, t]): ReportCountRow => {
    const [group, name] = key.split('\u0000');
    return { name, group: group === '' ? null : group, count: changeOf(t.current, t.previous), negativeShare: shareOf(t.negative, t.scored) };
  });
  return rows.sort(compareCountRows);
}

/** Group (null first, then by name), count desc, previous desc, name. */
export function compareCountRows(a: ReportCountRow, b: ReportCountRow): number {
  if (a.group !== b.group) return a.group === null ? -1 : b.group === null ? 1 : byName(a.group, b.group);
  return byFigureDesc(a.count.current, b.count.current) || byFigureDesc(a.count.previous, b.count.previous) || byName(a.name, b.name);
}

/** How many times each key occurs. */
export function countBy<K>(keys: Iterable<K>): Map<K, number> {
  const out = new Map<K, number>();
  for (const k of keys) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}
