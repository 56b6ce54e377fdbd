/**
 * Case figures of the range, all "as of" the range end so that they do not move once it is over:
 * stops recorded after the end are ignored.
 */
import type { CaseSlaPolicy } from '../../../shared/domain/case';
import type { ReportCaseFigures } from '../../../shared/domain/report';
import { medianOf } from '../../../shared/time/durationStats';
import { slaState } from '../../../shared/time/sla';
import { readReportCases, type ReportCaseRow } from '../repos/reportsCare';
import { byFigureDesc, byName, changeOf, roundOrNull } from './figures';
import type { ReportContext } from './reportContext';

const HOUR = 3_600_000;

interface CaseTally {
  opened: number;
  resolved: number;
  breached: number;
}

/** The cases the figures count: opened or resolved in the previous or the current range. Hashes nothing (see caseFigures). */
export function readCases(ctx: ReportContext): Promise<ReportCaseRow[]> {
  return readReportCases(ctx.q, ctx.r.previous.start, ctx.r.current.end, ctx.siteId);
}

const within = (t: number | null, from: number, to: number): boolean => t !== null && t >= from && t < to;

/**
 * Breached = one of the case's two SLA timers (first response, resolution; the site's policy with
 * its business hours, computed by shared/time/sla) stopped late or is past due and still running
 * at `asOf`. A response or resolution recorded after `asOf` counts as not there yet.
 */
export function breachedAsOf(c: ReportCaseRow, asOf: number, policy: CaseSlaPolicy): boolean {
  const seen = (t: number | null): number | null => (t !== null && t <= asOf ? t : null);
  const state = slaState({
    openedAt: c.opened_at,
    firstResponseAt: seen(c.first_response_at),
    resolvedAt: seen(c.resolved_at),
    now: asOf,
    policy: { ...policy, businessHours: policy.businessHours ?? undefined },
  });
  return [state.firstResponse.state, state.resolution.state].some((s) => s === 'breached' || s === 'red');
}

function tallyOf(map: Map<number, CaseTally>, siteId: number): CaseTally {
  let t = map.get(siteId);
  if (!t) map.set(siteId, (t = { opened: 0, resolved: 0, breached: 0 }));
  return t;
}

function tallyRange(cases: readonly ReportCaseRow[], from: number, to: number, slaOf: (siteId: number) => CaseSlaPolicy, bySite?: Map<number, CaseTally>): CaseTally {
  const total: CaseTally = { opened: 0, resolved: 0, breached: 0 };
  for (const c of cases) {
    const site = bySite ? tallyOf(bySite, c.site_id) : undefined;
    const opened = within(c.opened_at, from, to);
    const resolved = within(c.resolved_at, from, to);
    const breached = opened && breachedAsOf(c, to, slaOf(c.site_id));
    for (const t of site ? [total, site] : [total]) {
      t.opened += Number(opened);
      t.resolved += Number(resolved);
      t.breached += Number(breached);
    }
  }
  return total;
}

/**
 * Opened = cases whose opened_at (the customer's first post) is in the range; resolved = cases whose
 * resolved_at (entering a resolving column; cleared when reopened) is in the range; breached = cases
 * opened in the range that breached an SLA as of the range end (see breachedAsOf).
 * medianResolutionHours: wall-clock hours from opening to resolution of the cases resolved in the
 * range (one decimal). bySite lists the reported sites with any case, by opened desc then name.
 * `read` = readCases(ctx); hashes it.
 */
export function caseFigures(ctx: ReportContext, read: ReportCaseRow[], slaOf: (siteId: number) => CaseSlaPolicy): ReportCaseFigures {
  const { current, previous } = ctx.r;
  const cases = ctx.hasher.add('cases', read);
  const bySite = new Map<number, CaseTally>();
  const now = tallyRange(cases, current.start, current.end, slaOf, bySite);
  const before = tallyRange(cases, previous.start, previous.end, slaOf);
  const hours = cases.filter((c) => within(c.resolved_at, current.start, current.end)).map((c) => Math.max(0, (c.resolved_at as number) - c.opened_at) / HOUR);
  const median = medianOf(hours);
  const rows = [...bySite]
    .filter(([, t]) => t.opened + t.resolved + t.breached > 0)
    .map(([siteId, t]) => ({ siteId, site: ctx.siteNames.get(siteId) ?? String(siteId), ...t }))
    .sort((a, b) => byFigureDesc(a.opened, b.opened) || byFigureDesc(a.resolved, b.resolved) || byName(a.site, b.site) || a.siteId - b.siteId);
  return {
    opened: changeOf(now.opened, before.opened),
    resolved: changeOf(now.resolved, before.resolved),
    breached: changeOf(now.breached, before.breached),
    medianResolutionHours: roundOrNull(median, 1),
    bySite: rows,
  };
}
