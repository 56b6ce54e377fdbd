import type { Change, ReportCountRow, ReportSiteRow, SentimentMix, WeeklyReport } from '../../../../shared/domain/report';
import { renderCsv, type CsvColumn } from './csvFormat';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

const changeColumns = <T>(name: string, get: (r: T) => Change): CsvColumn<T>[] => [
  { header: name, value: (r) => get(r).current },
  { header: `${name}_previous`, value: (r) => get(r).previous },
  { header: `${name}_change_pct`, value: (r) => get(r).changePct, format: 'dec1' },
];

const mixColumns = <T>(get: (r: T) => SentimentMix, prefix = ''): CsvColumn<T>[] => [
  { header: `${prefix}positive`, value: (r) => get(r).positive },
  { header: `${prefix}neutral`, value: (r) => get(r).neutral },
  { header: `${prefix}negative`, value: (r) => get(r).negative },
  { header: `${prefix}unscored`, value: (r) => get(r).unscored },
  { header: `${prefix}net`, value: (r) => get(r).net, format: 'dec1' },
];

const countColumns = (name: string, group: string): CsvColumn<ReportCountRow>[] => [
  { header: name, value: (t) => t.name },
  { header: group, value: (t) => t.group },
  ...changeColumns<ReportCountRow>('count', (t) => t.count),
];

type Tables = Record<string, (r: WeeklyReport) => string>;

/**
 * Every table of the report as CSV, by file name, with a fixed column order. Times are ISO 8601 UTC;
 * shares are 0..1 with four decimals, net sentiment and percentages one decimal, minutes one decimal.
 */
export const CSV_TABLES: Tables = {
  'sites.csv': (r) => renderCsv<ReportSiteRow>([
    { header: 'site_id', value: (s) => s.siteId },
    { header: 'site', value: (s) => s.site },
    { header: 'kind', value: (s) => s.kind },
    { header: 'policy', value: (s) => s.policy },
    ...changeColumns<ReportSiteRow>('volume', (s) => s.volume),
    ...mixColumns<ReportSiteRow>((s) => s.sentiment),
    ...mixColumns<ReportSiteRow>((s) => s.previousSentiment, 'previous_'),
    { header: 'response_rate', value: (s) => s.responseRate, format: 'dec4' },
    { header: 'response_rate_previous', value: (s) => s.previousResponseRate, format: 'dec4' },
    { header: 'median_first_response_min', value: (s) => s.medianFirstResponseMin, format: 'dec1' },
    { header: 'median_first_response_min_previous', value: (s) => s.previousMedianFirstResponseMin, format: 'dec1' },
    { header: 'sla_target_min', value: (s) => s.slaTargetMin, format: 'dec1' },
    { header: 'within_sla', value: (s) => s.withinSla, format: 'dec4' },
  ], r.sites),
  'topics.csv': (r) => renderCsv([...countColumns('topic', 'site'), { header: 'negative_share', value: (t) => t.negativeShare, format: 'dec4' }], r.topics),
  'reasons.csv': (r) => renderCsv(countColumns('reason', 'channel'), r.reasons),
  'cases.csv': (r) => renderCsv([
    { header: 'site_id', value: (s) => s.siteId },
    { header: 'site', value: (s) => s.site },
    { header: 'opened', value: (s) => s.opened },
    { header: 'opened_previous', value: (s) => s.openedPrevious },
    { header: 'resolved', value: (s) => s.resolved },
    { header: 'resolved_previous', value: (s) => s.resolvedPrevious },
    { header: 'breached', value: (s) => s.breached },
    { header: 'breached_previous', value: (s) => s.breachedPrevious },
    { header: 'median_resolution_hours', value: (s) => s.medianResolutionHours, format: 'dec1' },
  ], caseRows(r)),
  'persistence.csv': (r) => renderCsv([
    { header: 'author_id', value: (p) => p.authorId },
    { header: 'handle', value: (p) => p.handle },
    { header: 'site', value: (p) => p.site },
    { header: 'status', value: (p) => p.status },
    { header: 'negative_posts', value: (p) => p.negativePosts },
    { header: 'last_post_at', value: (p) => iso(p.lastPostAt) },
    { header: 'customer', value: (p) => p.customer },
  ], r.persistence),
  'reach.csv': (r) => renderCsv([
    { header: 'role', value: (a) => a.role },
    { header: 'author_id', value: (a) => a.authorId },
    { header: 'handle', value: (a) => a.handle },
    { header: 'site', value: (a) => a.site },
    { header: 'reach', value: (a) => a.reach, format: 'dec4' },
    { header: 'followers', value: (a) => a.followers },
    { header: 'posts', value: (a) => a.posts },
    { header: 'net', value: (a) => a.net, format: 'dec1' },
  ], r.reach),
  'alerts.csv': (r) => renderCsv([
    { header: 'id', value: (a) => a.id },
    { header: 'raised_at', value: (a) => iso(a.raisedAt) },
    { header: 'kind', value: (a) => a.kind },
    { header: 'severity', value: (a) => a.severity },
    { header: 'title', value: (a) => a.title },
    { header: 'site', value: (a) => a.site },
    { header: 'acknowledged_at', value: (a) => iso(a.acknowledgedAt) },
  ], r.alerts),
  'channels.csv': (r) => renderCsv([
    { header: 'channel', value: (c) => c.channel },
    { header: 'type', value: (c) => (c.social ? 'social' : 'traditional') },
    ...changeColumns<WeeklyReport['channels'][number]>('volume', (c) => c.volume),
    { header: 'customers', value: (c) => c.customers },
    { header: 'net', value: (c) => c.net, format: 'dec1' },
    { header: 'resolved_share', value: (c) => c.resolvedShare, format: 'dec4' },
    { header: 'top_reasons', value: (c) => c.topReasons.map((t) => `${t.name} (${t.count})`).join('; ') },
  ], r.channels),
  'site-shares.csv': (r) => renderCsv([
    { header: 'site', value: (s) => s.site },
    { header: 'customers', value: (s) => s.customers },
    { header: 'share', value: (s) => s.share, format: 'dec4' },
    { header: 'active_customers', value: () => r.activeCustomers },
  ], r.siteShares),
  'days.csv': (r) => renderCsv([{ header: 'date', value: (d) => d.date }, { header: 'volume', value: (d) => d.volume }, ...mixColumns<WeeklyReport['days'][number]>((d) => d.sentiment)], r.days),
  'trend.csv': (r) => renderCsv([
    { header: 'week', value: (t) => t.week },
    { header: 'volume', value: (t) => t.volume },
    { header: 'net', value: (t) => t.net, format: 'dec1' },
    { header: 'negative_share', value: (t) => t.negativeShare, format: 'dec4' },
    { header: 'contacts', value: (t) => t.contacts },
  ], r.trend),
};

interface CaseRow {
  siteId: number | null;
  site: string;
  opened: number;
  openedPrevious: number | null;
  resolved: number;
  resolvedPrevious: number | null;
  breached: number;
  breachedPrevious: number | null;
  medianResolutionHours: number | null;
}

/** The all-sites row first (with the previous period and the median), then one row per site. */
function caseRows(r: WeeklyReport): CaseRow[] {
  const c = r.cases;
  const all: CaseRow = {
    siteId: null, site: 'all sites',
    opened: c.opened.current, openedPrevious: c.opened.previous,
    resolved: c.resolved.current, resolvedPrevious: c.resolved.previous,
    breached: c.breached.current, breachedPrevious: c.breached.previous,
    medianResolutionHours: c.medianResolutionHours,
  };
  const bySite = c.bySite.map((s) => ({ ...s, openedPrevious: null, resolvedPrevious: null, breachedPrevious: null, medianResolutionHours: null }));
  return [all, ...bySite];
}

/** Every CSV file of a report: file name → content, in a fixed order. */
export function renderReportCsvs(r: WeeklyReport): { name: string; content: string }[] {
  return Object.entries(CSV_TABLES).map(([name, render]) => ({ name, content: render(r) }));
}
