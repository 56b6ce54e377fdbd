/**
 * Social versus traditional channels for the same customers (those with a confirmed identity link),
 * the share of them seen on each site, contact reasons, and the alerts of the range.
 */
import type { ReportAlertRow, ReportChannelRow, ReportCountRow, ReportSiteShareRow } from '../../../shared/domain/report';
import type { ReportAlertDbRow, ReportContactRow, ReportLinkRow } from '../repos/reportsCare';
import type { ReportPostRow } from '../repos/reports';
import { byFigureDesc, byName, changeOf, MixCounter, shareOf } from './figures';
import type { Masking } from './masking';
import { inCurrent, inPrevious, type ReportContext } from './reportContext';
import { compareCountRows, countBy } from './sectionPosts';

/** Reasons / topics listed per channel row. */
export const TOP_REASONS = 3;
/** Contact outcomes that count as resolved (case-insensitive). */
const RESOLVED_OUTCOME = /^(resolved|solved|closed)$/iu;

/** The linked customers a report follows, and who they are on social sites. */
export interface Linked {
  /** Customers linked to each author (confirmed links only). */
  customersOf: Map<number, number[]>;
  /** The customers followed: all linked ones, or with a site filter those linked to an author on that site. */
  customers: Set<number>;
}

/** Indexes the confirmed links read for the report (with a site filter, only customers linked on that site). */
export function indexLinks(ctx: ReportContext, links: readonly ReportLinkRow[]): Linked {
  const customers = new Set(links.filter((l) => ctx.siteId === null || l.site_id === ctx.siteId).map((l) => l.customer_id));
  const customersOf = new Map<number, number[]>();
  for (const l of links) {
    if (!customers.has(l.customer_id)) continue;
    customersOf.set(l.author_id, [...(customersOf.get(l.author_id) ?? []), l.customer_id]);
  }
  return { customersOf, customers };
}

/** Top names by count desc then name. */
function topOf(names: Iterable<string>): { name: string; count: number }[] {
  return [...countBy(names)].map(([name, count]) => ({ name, count })).sort((a, b) => byFigureDesc(a.count, b.count) || byName(a.name, b.name)).slice(0, TOP_REASONS);
}

/**
 * One row per reported site: linked customers' posts there. resolvedShare = share of the
 * conversations they started in the range (root posts) that a company account answered or whose
 * case was resolved by the range end. topReasons = their posts' topics.
 */
export function socialRows(ctx: ReportContext, posts: readonly ReportPostRow[], topics: readonly string[][], linked: Linked, resolvedRoots: Set<number>): ReportChannelRow[] {
  return ctx.sites.map((site) => {
    let previous = 0;
    let started = 0;
    let resolved = 0;
    const mix = new MixCounter();
    const customers = new Set<number>();
    const names: string[] = [];
    posts.forEach((p, i) => {
      const who = linked.customersOf.get(p.author_id);
      if (!who || p.site_id !== site.id) return;
      if (inPrevious(ctx, p.created_at)) previous += 1;
      if (!inCurrent(ctx, p.created_at)) return;
      mix.add(p.label);
      who.forEach((c) => customers.add(c));
      names.push(...topics[i]);
      if (p.parent_id === null) {
        started += 1;
        if (p.first_company_at !== null || resolvedRoots.has(p.id)) resolved += 1;
      }
    });
    return { channel: site.name, social: true, volume: changeOf(mix.total, previous), customers: customers.size, net: mix.net, resolvedShare: shareOf(resolved, started), topReasons: topOf(names) };
  });
}

/** One row per contact channel: linked customers' contacts. resolvedShare = outcome resolved/solved/closed. */
export function traditionalRows(ctx: ReportContext, contacts: readonly ReportContactRow[], linked: Linked, masking: Masking): ReportChannelRow[] {
  const channels = [...new Set(contacts.filter((c) => linked.customers.has(c.customer_id)).map((c) => c.channel))];
  return channels.map((channel) => {
    const mine = contacts.filter((c) => c.channel === channel && linked.customers.has(c.customer_id));
    const now = mine.filter((c) => inCurrent(ctx, c.at));
    const resolved = now.filter((c) => c.outcome !== null && RESOLVED_OUTCOME.test(c.outcome.trim())).length;
    return {
      channel,
      social: false,
      volume: changeOf(now.length, mine.length - now.length),
      customers: new Set(now.map((c) => c.customer_id)).size,
      net: null,
      resolvedShare: shareOf(resolved, now.length),
      topReasons: topOf(now.filter((c) => c.reason !== null && c.reason.trim() !== '').map((c) => masking.text((c.reason as string).trim()))),
    };
  });
}

/** Channel rows: social first, then by volume desc, channel name; rows with no volume in either range left out. */
export function sortChannels(rows: ReportChannelRow[]): ReportChannelRow[] {
  return rows
    .filter((r) => r.volume.current + r.volume.previous > 0)
    .sort((a, b) => Number(b.social) - Number(a.social) || byFigureDesc(a.volume.current, b.volume.current) || byName(a.channel, b.channel));
}

/**
 * Active linked customers = followed customers with a post on a reported site or a contact in the
 * range; per site, the share of them who posted there (sites with none left out), by customers desc then site.
 */
export function siteShares(ctx: ReportContext, posts: readonly ReportPostRow[], contacts: readonly ReportContactRow[], linked: Linked): { activeCustomers: number; siteShares: ReportSiteShareRow[] } {
  const active = new Set<number>();
  const bySite = new Map<number, Set<number>>();
  for (const p of posts) {
    const who = linked.customersOf.get(p.author_id);
    if (!who || !inCurrent(ctx, p.created_at)) continue;
    const set = bySite.get(p.site_id) ?? new Set<number>();
    who.forEach((c) => (set.add(c), active.add(c)));
    bySite.set(p.site_id, set);
  }
  for (const c of contacts) if (linked.customers.has(c.customer_id) && inCurrent(ctx, c.at)) active.add(c.customer_id);
  const rows = [...bySite].map(([siteId, set]) => ({ site: ctx.siteNames.get(siteId) ?? String(siteId), customers: set.size, share: shareOf(set.size, active.size) ?? 0 }));
  return { activeCustomers: active.size, siteShares: rows.sort((a, b) => byFigureDesc(a.customers, b.customers) || byName(a.site, b.site)) };
}

/**
 * Contact reasons of all contacts (not only linked customers; contacts have no site, so the site
 * filter does not apply): per reason overall (group null) and per channel (group = channel).
 * A contact without a reason counts as "(no reason)". Reasons are free text, masked unless PII is included.
 */
export function reasonRows(ctx: ReportContext, contacts: readonly ReportContactRow[], masking: Masking): ReportCountRow[] {
  const tallies = new Map<string, { current: number; previous: number }>();
  for (const c of contacts) {
    const reason = c.reason?.trim() ? masking.text(c.reason.trim()) : '(no reason)';
    for (const key of [`\u0000${reason}`, `${c.channel}\u0000${reason}`]) {
      const t = tallies.get(key) ?? { current: 0, previous: 0 };
      if (inCurrent(ctx, c.at)) t.current += 1;
      else t.previous += 1;
      tallies.set(key, t);
    }
  }
  const rows = [...tallies].map(([key, t]): ReportCountRow => {
    const [group, name] = key.split('\u0000');
    return { name, group: group === '' ? null : group, count: changeOf(t.current, t.previous), negativeShare: null };
  });
  return rows.sort(compareCountRows);
}

/** Alerts of the range, oldest first; titles (which quote posts) masked unless PII is included. */
export function alertRows(alerts: readonly ReportAlertDbRow[], masking: Masking): ReportAlertRow[] {
  return alerts.map((a) => ({ id: a.id, kind: a.kind, severity: a.severity, title: masking.text(a.title), site: a.site, raisedAt: a.raised_at, acknowledgedAt: a.acknowledged_at }));
}
