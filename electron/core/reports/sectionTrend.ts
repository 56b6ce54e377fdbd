/** The trend lines: one point per ISO week (in the report's zone) ending with the reported week. */
import type { ReportTrendWeek } from '../../../shared/domain/report';
import { countContactsBySpan } from '../repos/reportsCare';
import { readTrendCounts } from '../repos/reports';
import { MixCounter, shareOf } from './figures';
import type { ReportContext } from './reportContext';

/** The counts the trend is drawn from: posts by week index and label, contacts by week index. */
export interface TrendCounts {
  posts: { span: number; label: string | null; n: number }[];
  contacts: { span: number; n: number }[];
}

/** Reads the trend's counts: all weeks in one grouped query each (posts, contacts). Hashes nothing (see trendFrom). */
export async function readTrend(ctx: ReportContext): Promise<TrendCounts> {
  const posts = await readTrendCounts(ctx.q, ctx.r.trend, ctx.siteId);
  return { posts, contacts: await countContactsBySpan(ctx.q, ctx.r.trend) };
}

/**
 * Per trend week: customers' posts (volume), net sentiment and negative share of the scored ones,
 * and contacts (all channels; contacts have no site, so the site filter does not apply to them).
 * The last week is cut at the range end when the range ends mid-week. Hashes the counts as
 * (week, label, n) and (week, contacts).
 */
export function trendFrom(ctx: ReportContext, counts: TrendCounts): ReportTrendWeek[] {
  const weeks = ctx.r.trend;
  ctx.hasher.add('trend', counts.posts.map((c) => ({ week: weeks[c.span].label, label: c.label, n: c.n })));
  ctx.hasher.add('trend contacts', counts.contacts.map((c) => ({ week: weeks[c.span].label, contacts: c.n })));
  const mixes = weeks.map(() => new MixCounter());
  for (const c of counts.posts) mixes[c.span].add(c.label, c.n);
  const contacts = new Map(counts.contacts.map((c) => [c.span, c.n]));
  return weeks.map((week, i): ReportTrendWeek => {
    const mix = mixes[i];
    return { week: week.label, volume: mix.total, net: mix.net, negativeShare: shareOf(mix.negative, mix.scored), contacts: contacts.get(i) ?? 0 };
  });
}
