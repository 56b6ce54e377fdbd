import type { ReportSiteRow, WeeklyReport } from '../../../../shared/domain/report';
import { DASH, formatChange, formatCount, formatMinutes, formatShare } from './format';
import { htmlFigures, htmlNote, htmlSection, htmlTable, num } from './htmlParts';

const overSla = (s: ReportSiteRow): 'good' | 'bad' | null =>
  s.slaTargetMin === null || s.medianFirstResponseMin === null ? null : s.medianFirstResponseMin <= s.slaTargetMin ? 'good' : 'bad';

/** Response rate and median first response against each site's first-response SLA target. */
export function responseSection(r: WeeklyReport): string {
  const rows = r.sites.map((s) => [
    s.site,
    s.policy,
    num(formatShare(s.previousResponseRate)),
    num(formatShare(s.responseRate)),
    num(formatMinutes(s.previousMedianFirstResponseMin)),
    num(formatMinutes(s.medianFirstResponseMin), overSla(s)),
    num(s.slaTargetMin === null ? 'none' : formatMinutes(s.slaTargetMin)),
    num(formatShare(s.withinSla)),
  ]);
  return htmlSection('response', 'Response rate and first response against SLA', [
    htmlTable(['Site', 'Policy', num('Rate before'), num('Rate now'), num('Median before'), num('Median now'), num('SLA target'), num('Within SLA')], rows),
    htmlNote('Response rate: threads started in the period that got a company reply. Median first response in red when above the site’s target.'),
  ]);
}

/** Cases opened, resolved and breached, overall and by site. */
export function casesSection(r: WeeklyReport): string {
  const c = r.cases;
  const figures = htmlFigures([
    { label: 'Opened', value: formatCount(c.opened.current), change: formatChange(c.opened) },
    { label: 'Resolved', value: formatCount(c.resolved.current), change: formatChange(c.resolved) },
    { label: 'Breached SLA', value: formatCount(c.breached.current), change: formatChange(c.breached) },
    { label: 'Median resolution', value: c.medianResolutionHours === null ? DASH : `${c.medianResolutionHours.toFixed(1)} h` },
  ]);
  const rows = c.bySite.map((s) => [s.site, num(formatCount(s.opened)), num(formatCount(s.resolved)), num(formatCount(s.breached), s.breached > 0 ? 'bad' : null)]);
  return htmlSection('cases', 'Cases opened, resolved and breached', [figures, htmlTable(['Site', num('Opened'), num('Resolved'), num('Breached')], rows)]);
}
