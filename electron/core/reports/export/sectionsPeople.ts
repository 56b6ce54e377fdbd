import type { ReportPersistenceRow, ReportReachRow, WeeklyReport } from '../../../../shared/domain/report';
import { DASH, formatCount, formatLocalTime, formatNet } from './format';
import { htmlFigures, htmlSection, htmlTable, num } from './htmlParts';

const STATUS_LABEL: Record<ReportPersistenceRow['status'], string> = { new: 'new', continuing: 'continuing', recovered: 'recovered' };

/** Persistently unhappy customers: new, continuing and recovered. */
export function persistenceSection(r: WeeklyReport): string {
  // persistenceTotals counts every customer; the rows are capped per status.
  const count = (s: ReportPersistenceRow['status']): string => formatCount(r.persistenceTotals?.[s] ?? r.persistence.filter((p) => p.status === s).length);
  const rows = r.persistence.map((p) => [
    p.handle,
    p.site,
    { text: STATUS_LABEL[p.status], tone: p.status === 'recovered' ? ('good' as const) : p.status === 'new' ? ('bad' as const) : null },
    num(formatCount(p.negativePosts)),
    formatLocalTime(p.lastPostAt, r.range.timeZone),
    p.customer ?? DASH,
  ]);
  return htmlSection('persistence', 'Persistently unhappy customers', [
    htmlFigures([
      { label: 'New', value: count('new') },
      { label: 'Continuing', value: count('continuing') },
      { label: 'Recovered', value: count('recovered') },
    ]),
    htmlTable(['Author', 'Site', 'Status', num('Negative posts'), 'Last post', 'Customer'], rows),
  ]);
}

const reachRows = (rows: ReportReachRow[]) =>
  rows.map((a) => [a.handle, a.site, num(a.reach === null ? DASH : a.reach.toFixed(3)), num(formatCount(a.followers)), num(formatCount(a.posts)), num(formatNet(a.net))]);

/** Top advocates and detractors, ranked by reach. */
export function reachSection(r: WeeklyReport): string {
  const head = ['Author', 'Site', num('Reach'), num('Followers'), num('Posts'), num('Net')];
  return htmlSection('reach', 'Advocates and detractors by reach', [
    '<h3>Advocates</h3>',
    htmlTable(head, reachRows(r.reach.filter((a) => a.role === 'advocate'))),
    '<h3>Detractors</h3>',
    htmlTable(head, reachRows(r.reach.filter((a) => a.role === 'detractor'))),
  ]);
}

/** Alerts raised in the period. */
export function alertsSection(r: WeeklyReport): string {
  const tz = r.range.timeZone;
  const rows = r.alerts.map((a) => [
    formatLocalTime(a.raisedAt, tz),
    a.kind,
    { text: a.severity, tone: a.severity === 'high' ? ('bad' as const) : null },
    a.title,
    a.site ?? 'all sites',
    a.acknowledgedAt === null ? 'not acknowledged' : formatLocalTime(a.acknowledgedAt, tz),
  ]);
  return htmlSection('alerts', 'Alerts', [htmlTable(['Raised', 'Kind', 'Severity', 'Alert', 'Site', 'Acknowledged'], rows, 'No alerts were raised in this period.')]);
}
