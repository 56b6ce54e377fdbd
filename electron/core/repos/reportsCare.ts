// SQL of the weekly report beyond posts: cases, alerts, contacts and confirmed identity links of a
// range. Every query orders its rows completely, because the report hashes what it reads.
import type { Queryable } from '../db/database';

/** A case opened or resolved in a range. */
export interface ReportCaseRow {
  id: number;
  site_id: number;
  root_post_id: number | null;
  opened_at: number;
  first_response_at: number | null;
  resolved_at: number | null;
}

/** The cases query (exported for its query-plan test): ?1 from, ?2 to, ?3 site or null. */
export const REPORT_CASES_SQL = `SELECT id, site_id, root_post_id, opened_at, first_response_at, resolved_at FROM cases
  WHERE ((opened_at >= ?1 AND opened_at < ?2) OR (resolved_at >= ?1 AND resolved_at < ?2)) AND (?3 IS NULL OR site_id = ?3)
  ORDER BY id`;

/** Cases opened or resolved in [from, to), on one site or all, by id. */
export async function readReportCases(q: Queryable, from: number, to: number, siteId: number | null): Promise<ReportCaseRow[]> {
  return q.all(REPORT_CASES_SQL, [from, to, siteId]);
}

/** Cases opened on the given thread roots: their root and resolution time, by id. */
export async function readCasesOfRoots(q: Queryable, rootIds: readonly number[]): Promise<{ id: number; root_post_id: number; resolved_at: number | null }[]> {
  if (rootIds.length === 0) return [];
  return q.all('SELECT id, root_post_id, resolved_at FROM cases WHERE root_post_id IN (SELECT value FROM json_each(?)) ORDER BY id', [JSON.stringify(rootIds)]);
}

/** An alert raised in a range. */
export interface ReportAlertDbRow {
  id: number;
  kind: string;
  severity: string;
  title: string;
  site: string | null;
  raised_at: number;
  acknowledged_at: number | null;
}

/** The alerts query (exported for its query-plan test). */
export const REPORT_ALERTS_SQL = `SELECT a.id, a.kind, a.severity, a.title, s.name AS site, a.raised_at, a.acknowledged_at
  FROM alerts a LEFT JOIN sites s ON s.id = a.site_id
  WHERE a.raised_at >= ?1 AND a.raised_at < ?2 AND (?3 IS NULL OR a.site_id = ?3) ORDER BY a.raised_at, a.id`;

/** Alerts raised in [from, to) (with a site filter: that site's only), oldest first. */
export async function readReportAlerts(q: Queryable, from: number, to: number, siteId: number | null): Promise<ReportAlertDbRow[]> {
  return q.all(REPORT_ALERTS_SQL, [from, to, siteId]);
}

/** A contact with a customer (call, e-mail, chat …). */
export interface ReportContactRow {
  id: number;
  customer_id: number;
  at: number;
  channel: string;
  reason: string | null;
  outcome: string | null;
}

/** The contacts query (exported for its query-plan test). */
export const REPORT_CONTACTS_SQL = 'SELECT id, customer_id, at, channel, reason, outcome FROM contacts WHERE at >= ?1 AND at < ?2 ORDER BY at, id';

/** Contacts in [from, to), oldest first (contacts have no site: the site filter does not apply). */
export async function readReportContacts(q: Queryable, from: number, to: number): Promise<ReportContactRow[]> {
  return q.all(REPORT_CONTACTS_SQL, [from, to]);
}

/** The contact-count query of the trend weeks (exported for its query-plan test): ?1 JSON array of [start, end) pairs. */
export const CONTACT_COUNTS_SQL = `WITH w AS MATERIALIZED (SELECT key AS span, json_extract(value, '$[0]') AS span_start, json_extract(value, '$[1]') AS span_end FROM json_each(?1))
  SELECT w.span, count(*) AS n FROM w CROSS JOIN contacts c WHERE c.at >= w.span_start AND c.at < w.span_end GROUP BY w.span ORDER BY w.span`;

/** How many contacts fall in each [start, end) span, by span index; spans without contacts have no rows. */
export async function countContactsBySpan(q: Queryable, spans: readonly { start: number; end: number }[]): Promise<{ span: number; n: number }[]> {
  return q.all(CONTACT_COUNTS_SQL, [JSON.stringify(spans.map((s) => [s.start, s.end]))]);
}

/** A confirmed author ↔ customer link with the customer's name. */
export interface ReportLinkRow {
  author_id: number;
  /** The linked author's site. */
  site_id: number;
  customer_id: number;
  name: string | null;
}

/** Confirmed links touching any of the given authors or customers, by author then customer. */
export async function readConfirmedLinks(q: Queryable, authorIds: readonly number[], customerIds: readonly number[]): Promise<ReportLinkRow[]> {
  if (authorIds.length === 0 && customerIds.length === 0) return [];
  return q.all(
    `SELECT l.author_id, a.site_id, l.customer_id, c.name FROM identity_links l JOIN customers c ON c.id = l.customer_id JOIN authors a ON a.id = l.author_id
     WHERE l.status = 'confirmed' AND (l.author_id IN (SELECT value FROM json_each(?1)) OR l.customer_id IN (SELECT value FROM json_each(?2)))
     ORDER BY l.author_id, l.customer_id`,
    [JSON.stringify(authorIds), JSON.stringify(customerIds)],
  );
}
