/**
 * Per-site rows and the report totals: volume, sentiment, response rate and first-response time
 * against each site's first-response SLA target (sla_policies: the site's own row, else the default).
 */
import type { CaseSlaPolicy } from '../../../shared/domain/case';
import type { ReportSiteRow, WeeklyReport } from '../../../shared/domain/report';
import { medianOf } from '../../../shared/time/durationStats';
import { slaElapsedMs } from '../../../shared/time/sla';
import { byFigureDesc, byName, changeOf, roundOrNull, shareOf } from './figures';
import type { ReportContext } from './reportContext';
import { figuresFor, responseRateOf, type PostFigures, type PostTotals } from './sectionPosts';

const MINUTE = 60_000;

/** Median wall-clock delay to the first company reply in minutes (one decimal), null when none answered. */
function medianMinutes(f: PostFigures): number | null {
  const m = medianOf(f.delays);
  return roundOrNull(m === null ? null : m / MINUTE, 1);
}

/**
 * Share of answered conversations whose first company reply came within the target, counted on
 * the SLA clock (business time when the policy has business hours, as cases count it).
 */
function withinTarget(f: PostFigures, policy: CaseSlaPolicy): number | null {
  const limit = policy.firstResponseMins * MINUTE;
  const hours = policy.businessHours ?? undefined;
  const within = f.answered.filter(([start, reply]) => slaElapsedMs(start, reply, hours) <= limit).length;
  return shareOf(within, f.answered.length);
}

/** One row per reported site, sorted by volume (desc) then name. */
export function siteRows(ctx: ReportContext, totals: PostTotals, slaOf: (siteId: number) => CaseSlaPolicy): ReportSiteRow[] {
  const rows = ctx.sites.map((s): ReportSiteRow => {
    const now = figuresFor(totals.current, s.id);
    const before = figuresFor(totals.previous, s.id);
    const policy = slaOf(s.id);
    return {
      siteId: s.id,
      site: s.name,
      kind: s.kind,
      policy: s.policy,
      volume: changeOf(now.volume, before.volume),
      sentiment: now.mix.mix(),
      previousSentiment: before.mix.mix(),
      responseRate: responseRateOf(now),
      previousResponseRate: responseRateOf(before),
      medianFirstResponseMin: medianMinutes(now),
      previousMedianFirstResponseMin: medianMinutes(before),
      slaTargetMin: policy.firstResponseMins,
      withinSla: withinTarget(now, policy),
    };
  });
  return rows.sort((a, b) => byFigureDesc(a.volume.current, b.volume.current) || byName(a.site, b.site) || a.siteId - b.siteId);
}

/**
 * The totals over the reported sites. Change figures need numbers: net and response rate count as
 * 0 where they are undefined (nothing scored / nothing started); `sentiment.net` stays null then.
 */
export function totalsOf(totals: PostTotals, contacts: { current: number; previous: number }): WeeklyReport['totals'] {
  const now = figuresFor(totals.current, 0);
  const before = figuresFor(totals.previous, 0);
  return {
    volume: changeOf(now.volume, before.volume),
    net: changeOf(now.mix.net ?? 0, before.mix.net ?? 0),
    sentiment: now.mix.mix(),
    previousSentiment: before.mix.mix(),
    responseRate: changeOf(responseRateOf(now) ?? 0, responseRateOf(before) ?? 0),
    contacts: changeOf(contacts.current, contacts.previous),
  };
}
