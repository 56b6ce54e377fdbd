/** People of the range: persistently unhappy customers, and advocates and detractors ranked by reach. */
import type { ReportPersistenceRow, ReportReachRow } from '../../../shared/domain/report';
import { computeReachScore, DEFAULT_REACH_WEIGHTS } from '../../../shared/reach/reachScore';
import { classifyPersistence, DEFAULT_PERSISTENCE_RULE, type PersistenceVerdict, type TimedLabel } from '../../../shared/sentiment/persistence';
import type { TimeRange } from '../../../shared/time/isoWeek';
import type { SentimentLabel } from '../../../shared/sentiment/types';
import { listReachRuns, stanceOf } from '../repos/metrics';
import { readPersistenceRuns, readReportMetrics, type ReportPostRow } from '../repos/reports';
import { byFigureDesc, byName, MixCounter, roundOrNull } from './figures';
import { inCurrent, type ReportContext } from './reportContext';

/** Rows listed per persistence status (the totals count them all). */
export const PERSISTENCE_ROWS_PER_STATUS = 100;
/** Advocates and detractors listed each. */
export const REACH_ROWS_PER_ROLE = 10;

/** An author as the people tables name them. */
export interface PersonInfo {
  handle: string;
  site: string;
  followers: number | null;
}

/** A customer's persistence status at the range end, with the figures of the current window. */
export interface PersistenceStatus {
  authorId: number;
  status: ReportPersistenceRow['status'];
  negativePosts: number;
  lastPostAt: number;
}

function verdictIn(posts: readonly TimedLabel[], from: number, to: number): { verdict: PersistenceVerdict; negatives: number; last: number | null } {
  const window = posts.filter((p) => p.at >= from && p.at < to);
  const r = classifyPersistence(window);
  return { verdict: r.verdict, negatives: r.negatives, last: window.length ? window[window.length - 1].at : null };
}

const MARKS: Record<string, SentimentLabel> = { '-': 'negative', '0': 'neutral', '+': 'positive' };

/** A customer's posts from the persistence query's `<created_at><mark>,…` text, oldest first. */
export function parseRun(text: string): TimedLabel[] {
  return text.split(',').map((item) => ({ at: Number(item.slice(0, -1)), label: MARKS[item[item.length - 1]] }));
}

const negativesIn = (posts: readonly TimedLabel[], w: TimeRange): number => posts.reduce((n, p) => n + Number(p.label === 'negative' && p.at >= w.start && p.at < w.end), 0);

/** The status of one customer, null when none; a window with fewer negatives than the rule needs cannot be persistently unhappy, so it is not classified. */
function statusOf(authorId: number, posts: readonly TimedLabel[], now: TimeRange, before: TimeRange): PersistenceStatus | null {
  const { minNegatives } = DEFAULT_PERSISTENCE_RULE;
  const unhappyBefore = negativesIn(posts, before) >= minNegatives && verdictIn(posts, before.start, before.end).verdict === 'persistently-unhappy';
  if (!unhappyBefore && negativesIn(posts, now) < minNegatives) return null;
  const n = verdictIn(posts, now.start, now.end);
  const unhappyNow = n.verdict === 'persistently-unhappy';
  const status = unhappyNow ? (unhappyBefore ? 'continuing' : 'new') : unhappyBefore && n.verdict === 'recovered' ? 'recovered' : null;
  return status && n.last !== null ? { authorId, status, negativePosts: n.negatives, lastPostAt: n.last } : null;
}

/**
 * Persistence (shared/sentiment/persistence.ts, default rule) over each customer's scored posts in
 * the PERSISTENCE_LOOKBACK_DAYS before the range end ("now") and before the previous range end
 * ("before"). new: persistently unhappy now, not before; continuing: both; recovered: unhappy
 * before and now "recovered" (a positive post after the last negative one). A customer who just
 * went quiet is not counted as recovered. Only customers with enough negative posts in the two
 * windows together are read (see readPersistenceRuns); the others have no status.
 * `runs` = readPersistence(ctx); hashes them.
 */
export function classifyCustomers(ctx: ReportContext, runs: { author_id: number; posts: string }[]): PersistenceStatus[] {
  const { persistenceNow: now, persistenceBefore: before } = ctx.r;
  const out: PersistenceStatus[] = [];
  for (const row of ctx.hasher.add('persistence', runs)) {
    const status = statusOf(row.author_id, parseRun(row.posts), now, before);
    if (status) out.push(status);
  }
  return out;
}

/** The scored posts persistence classifies (see readPersistenceRuns), for classifyCustomers. Hashes nothing. */
export function readPersistence(ctx: ReportContext): Promise<{ author_id: number; posts: string }[]> {
  const { persistenceNow: now, persistenceBefore: before } = ctx.r;
  return readPersistenceRuns(ctx.q, Math.min(before.start, now.start), Math.max(before.end, now.end), ctx.siteId, DEFAULT_PERSISTENCE_RULE.minNegatives);
}

const STATUS_ORDER = { new: 0, continuing: 1, recovered: 2 } as const;

/** The rows: by status (new, continuing, recovered), negative posts desc, handle, id; at most PERSISTENCE_ROWS_PER_STATUS each. */
export function persistenceRows(statuses: readonly PersistenceStatus[], people: Map<number, PersonInfo>, customerOf: (authorId: number) => string | null): ReportPersistenceRow[] {
  const rows = statuses.map((s): ReportPersistenceRow => {
    const who = people.get(s.authorId);
    return { authorId: s.authorId, handle: who?.handle ?? String(s.authorId), site: who?.site ?? '', status: s.status, negativePosts: s.negativePosts, lastPostAt: s.lastPostAt, customer: customerOf(s.authorId) };
  });
  rows.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byFigureDesc(a.negativePosts, b.negativePosts) || byName(a.handle, b.handle) || a.authorId - b.authorId);
  const seen = { new: 0, continuing: 0, recovered: 0 };
  return rows.filter((r) => ++seen[r.status] <= PERSISTENCE_ROWS_PER_STATUS);
}

/** How many customers have each status. */
export function persistenceTotalsOf(statuses: readonly PersistenceStatus[]): { new: number; continuing: number; recovered: number } {
  const t = { new: 0, continuing: 0, recovered: 0 };
  for (const s of statuses) t[s.status] += 1;
  return t;
}

/** Each author's posts and sentiment mix in the current range. */
function moodsOf(ctx: ReportContext, posts: readonly ReportPostRow[]): Map<number, MixCounter> {
  const out = new Map<number, MixCounter>();
  for (const p of posts) {
    if (!inCurrent(ctx, p.created_at)) continue;
    let m = out.get(p.author_id);
    if (!m) out.set(p.author_id, (m = new MixCounter()));
    m.add(p.label);
  }
  return out;
}

/**
 * Advocates and detractors of the range: customers whose scored posts in the range make them one
 * (the leaderboard's stance rule, repos/metrics stanceOf: ≥ 2 scored, ≥ 60 % positive or negative),
 * ranked by reach score (default weights, 3 decimals; authors without metrics last), then posts,
 * handle, id; REACH_ROWS_PER_ROLE of each, advocates first.
 */
export async function reachRows(ctx: ReportContext, posts: readonly ReportPostRow[], people: Map<number, PersonInfo>): Promise<ReportReachRow[]> {
  const moods = moodsOf(ctx, posts);
  const roles = new Map<number, 'advocate' | 'detractor'>();
  for (const [id, m] of moods) {
    const stance = stanceOf({ positive: m.positive, neutral: m.neutral, negative: m.negative });
    if (stance === 'advocate' || stance === 'detractor') roles.set(id, stance);
  }
  const ids = [...roles.keys()].sort((a, b) => a - b);
  const metrics = new Map(ctx.hasher.add('reach metrics', await readReportMetrics(ctx.q, ids)).map((m) => [m.author_id, m]));
  const runs = ctx.hasher.add('reach runs', (await listReachRuns(ctx.q)).map((r) => ({ siteId: r.siteId, nodeCount: r.nodeCount, computedAt: r.computedAt })));
  const nodes = new Map(runs.map((r) => [r.siteId, r.nodeCount]));
  const rows = ids.map((id): ReportReachRow => {
    const m = metrics.get(id);
    const mood = moods.get(id) as MixCounter;
    const who = people.get(id);
    const reach = m
      ? computeReachScore(
          { id: String(id), followers: m.followers, audience2: m.audience2, audience2StdError: 0, pagerank: m.pagerank, core: m.core, hubLinks: m.hub_links, cascade: m.expected_cascade, cascadeStdError: null },
          DEFAULT_REACH_WEIGHTS,
          { nodeCount: nodes.get(m.site_id) ?? 1 },
        ).score
      : null;
    return { authorId: id, handle: who?.handle ?? String(id), site: who?.site ?? '', role: roles.get(id) as 'advocate' | 'detractor', reach: roundOrNull(reach, 3), followers: m?.followers ?? who?.followers ?? null, posts: mood.total, net: mood.net };
  });
  const ranked = (role: 'advocate' | 'detractor'): ReportReachRow[] =>
    rows
      .filter((r) => r.role === role)
      .sort((a, b) => byFigureDesc(a.reach, b.reach) || byFigureDesc(a.posts, b.posts) || byName(a.handle, b.handle) || a.authorId - b.authorId)
      .slice(0, REACH_ROWS_PER_ROLE);
  return [...ranked('advocate'), ...ranked('detractor')];
}
