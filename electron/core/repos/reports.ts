// SQL of the weekly report: customers' posts of a range. "Inbound" = what customers say, as the
// live engine counts it (electron/core/live/liveRepo.ts): relevant posts (not hidden by the site's
// filters) whose author is not a company account; a supervisor's newest correction wins over the
// model's label. Every query orders its rows completely, because the report hashes what it reads.
import type { Queryable } from '../db/database';
import { EFFECTIVE_LABEL } from '../live/liveRepo';

/** Customers' relevant posts: company accounts' replies and hidden posts are left out. */
const INBOUND = 'p.relevant = 1 AND a.is_company = 0';
/** ?1 from (inclusive), ?2 to (exclusive), ?3 site id or null for every site. */
const IN_RANGE = 'p.created_at >= ?1 AND p.created_at < ?2 AND (?3 IS NULL OR p.site_id = ?3)';

/** A customer's post as the report reads it, with its thread's first company reply when it starts one. */
export interface ReportPostRow {
  id: number;
  site_id: number;
  author_id: number;
  created_at: number;
  parent_id: number | null;
  /** Effective label, null when not scored. */
  label: string | null;
  score: number | null;
  model_version: string | null;
  text: string;
  /** For a thread root: when a company account first replied (null: never, or no replies at all). */
  first_company_at: number | null;
}

/** The posts query (exported for its query-plan test). */
export const REPORT_POSTS_SQL = `SELECT p.id, p.site_id, p.author_id, p.created_at, p.parent_id, ${EFFECTIVE_LABEL} AS label, s.score, s.model_version, p.text,
    CASE WHEN t.root_by_company = 0 THEN t.first_company_at END AS first_company_at
  FROM posts p JOIN authors a ON a.id = p.author_id
  LEFT JOIN post_scores s ON s.post_id = p.id
  LEFT JOIN thread_stats t ON t.root_id = p.id
  WHERE ${IN_RANGE} AND ${INBOUND}
  ORDER BY p.created_at, p.id`;

/** Customers' relevant posts created in [from, to), on one site or all, oldest first. */
export async function readReportPosts(q: Queryable, from: number, to: number, siteId: number | null): Promise<ReportPostRow[]> {
  return q.all<ReportPostRow>(REPORT_POSTS_SQL, [from, to, siteId]);
}

/** The label-count query of a trend week (exported for its query-plan test). */
export const LABEL_COUNTS_SQL = `SELECT label, count(*) AS n FROM (
    SELECT ${EFFECTIVE_LABEL} AS label FROM posts p JOIN authors a ON a.id = p.author_id LEFT JOIN post_scores s ON s.post_id = p.id
    WHERE ${IN_RANGE} AND ${INBOUND})
  GROUP BY label ORDER BY label`;

/** Counts of customers' relevant posts in [from, to) by effective label (null: not scored), ordered by label. */
export async function readLabelCounts(q: Queryable, from: number, to: number, siteId: number | null): Promise<{ label: string | null; n: number }[]> {
  return q.all(LABEL_COUNTS_SQL, [from, to, siteId]);
}

/** The persistence query (exported for its query-plan test). */
export const SCORED_LABELS_SQL = `SELECT author_id, created_at, label FROM (
    SELECT p.id, p.author_id, p.created_at, ${EFFECTIVE_LABEL} AS label FROM posts p JOIN authors a ON a.id = p.author_id LEFT JOIN post_scores s ON s.post_id = p.id
    WHERE ${IN_RANGE} AND ${INBOUND})
  WHERE label IS NOT NULL ORDER BY created_at, id`;

/** Scored customers' posts in [from, to) as (author, time, label), oldest first: what persistence classifies. */
export async function readScoredLabels(q: Queryable, from: number, to: number, siteId: number | null): Promise<{ author_id: number; created_at: number; label: string }[]> {
  return q.all(SCORED_LABELS_SQL, [from, to, siteId]);
}

/** Sites as the report names them: one site, or all, by id. */
export async function readReportSites(q: Queryable, siteId: number | null): Promise<{ id: number; name: string; kind: string; policy: string }[]> {
  return q.all('SELECT id, name, kind, policy FROM sites WHERE ?1 IS NULL OR id = ?1 ORDER BY id', [siteId]);
}

/** Authors by id: handle, site name and followers as the author row states them, ordered by id. */
export async function readReportAuthors(q: Queryable, ids: readonly number[]): Promise<{ id: number; handle: string; site: string; followers: number | null }[]> {
  if (ids.length === 0) return [];
  return q.all(
    `SELECT a.id, a.handle, s.name AS site, a.followers FROM authors a JOIN sites s ON s.id = a.site_id
     WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.id`,
    [JSON.stringify(ids)],
  );
}

/** The stored reach metrics of some authors (those without metrics are absent), ordered by author. */
export interface ReportMetricsRow {
  author_id: number;
  site_id: number;
  followers: number;
  audience2: number;
  pagerank: number;
  core: number;
  hub_links: number;
  expected_cascade: number | null;
}

/** Reach metrics of the given authors from the latest reach run of their site. */
export async function readReportMetrics(q: Queryable, ids: readonly number[]): Promise<ReportMetricsRow[]> {
  if (ids.length === 0) return [];
  return q.all(
    `SELECT author_id, site_id, followers, audience2, pagerank, core, hub_links, expected_cascade FROM author_metrics
     WHERE author_id IN (SELECT value FROM json_each(?)) ORDER BY author_id`,
    [JSON.stringify(ids)],
  );
}

/** What a frozen snapshot holds (no row in a main database). */
export interface SnapshotInfoRow {
  label: string;
  time_zone: string;
  data_from: number;
  data_to: number;
  source_name: string;
  snapshot_hash: string;
}

/** The snapshot marker of a frozen week, or undefined in a main database. */
export async function readSnapshotInfo(q: Queryable): Promise<SnapshotInfoRow | undefined> {
  return q.get('SELECT label, time_zone, data_from, data_to, source_name, snapshot_hash FROM report_snapshots ORDER BY id LIMIT 1');
}
