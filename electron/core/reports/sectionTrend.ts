/** The trend lines: one point per ISO week (in the report's zone) ending with the reported week. */
import type { ReportTrendWeek } from '../../../shared/domain/report';
import { countContacts } from '../repos/reportsCare';
import { readLabelCounts } from '../repos/reports';
import { MixCounter, shareOf } from './figures';
import type { ReportContext } from './reportContext';

/**
 * Per trend week: customers' posts (volume), net sentiment and negative share of the scored ones,
 * and contacts (all channels; contacts have no site, so the site filter does not apply to them).
 * The last week is cut at the range end when the range ends mid-week.
 */
export async function trendOf(ctx: ReportContext): Promise<ReportTrendWeek[]> {
  const out: ReportTrendWeek[] = [];
  for (const week of ctx.r.trend) {
    const counts = ctx.hasher.add(`trend ${week.label}`, await readLabelCounts(ctx.q, week.start, week.end, ctx.siteId));
    const contacts = await countContacts(ctx.q, week.start, week.end);
    ctx.hasher.add(`trend contacts ${week.label}`, [{ contacts }]);
    const mix = new MixCounter();
    for (const c of counts) mix.add(c.label, c.n);
    out.push({ week: week.label, volume: mix.total, net: mix.net, negativeShare: shareOf(mix.negative, mix.scored), contacts });
  }
  return out;
}
