// SQL of the weekly report: customers' posts of a range. "Inbound" = what customers say, as the
// live engine counts it (electron/core/live/liveRepo.ts): relevant posts (not hidden by the site's
// filters) whose author is not a company account; a supervisor's newest correction wins over the
// model's label. Every query orders its rows completely, because the report hashes what it reads.
import type { Queryable } from '../db/database';

/**
 * The newest correction of every corrected post, built once per query and joined by post id: the
 * same label as live/liveRepo's EFFECTIVE_LABEL (newest correction, else the score), without a
 * correlated lookup per post read (corrections are few; a report reads hundreds of thousands of posts).
 */
const LATEST_CORRECTIONS = `lc AS MATERIALIZED (SELECT post_id, label FROM sentiment_corrections
    WHERE id IN (SELECT max(id) FROM sentiment_corrections GROUP BY post_id))`;
/** Customers' posts with their effective label: posts p, authors a, scores s, latest corrections lc. */
const LABELLED_POSTS = `posts p JOIN authors a ON a.id = p.author_id
  LEFT JOIN post_scores s ON s.post_id = p.id
  LEFT JOIN lc ON lc.post_id = p.id`;
/** The effective label: the newest correction, else the score's label, null when not scored. */
const LABEL = 'coalesce(lc.label, s.label)';

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

/** Posts per page of the posts query: bounds the JSON text of one page (a year of a busy database would not fit one string). */
export const REPORT_POSTS_PAGE = 50_000;

/**
 * The posts query (exported for its query-plan test): ?1 from, ?2 to, ?3 site or null, one page of
 * ?6 posts after (created_at, id) = (?4, ?5), as ONE JSON array of row arrays in REPORT_POST_COLUMNS
 * order. SQLite writes the JSON and JSON.parse reads it: several times cheaper than a JS object per
 * row from the driver, and the text is what the report hashes. The array follows the page's order
 * (SQLite feeds the aggregate from the ordered, limited sub-select); an ORDER BY inside the
 * aggregate would sort every page again, doubling the query's time, so readReportPosts checks the order instead.
 */
export const REPORT_POSTS_SQL = `WITH ${LATEST_CORRECTIONS},
  page AS (SELECT p.id, p.site_id, p.author_id, p.created_at, p.parent_id, ${LABEL} AS label, s.score, s.model_version, p.text,
      CASE WHEN t.root_by_company = 0 THEN t.first_company_at END AS first_company_at
    FROM ${LABELLED_POSTS}
    LEFT JOIN thread_stats t ON t.root_id = p.id
    WHERE ${IN_RANGE} AND ${INBOUND} AND (p.created_at, p.id) > (?4, ?5)
    ORDER BY p.created_at, p.id LIMIT ?6)
  SELECT count(*) AS n, json_group_array(json_array(id, site_id, author_id, created_at, parent_id, label, score, model_version, text, first_company_at)) AS rows
  FROM page`;

/** The columns of a posts page's row arrays, in order. */
export const REPORT_POST_COLUMNS = ['id', 'site_id', 'author_id', 'created_at', 'parent_id', 'label', 'score', 'model_version', 'text', 'first_company_at'] as const;

type PostArray = [number, number, number, number, number | null, string | null, number | null, string | null, string, number | null];

const byTimeThenId = (a: ReportPostRow, b: ReportPostRow): number => a.created_at - b.created_at || a.id - b.id;

/** Puts the rows from `start` in (time, id) order should a page ever come back in another order. */
function sortPage(rows: ReportPostRow[], start: number): void {
  for (let i = start + 1; i < rows.length; i++) {
    if (byTimeThenId(rows[i - 1], rows[i]) > 0) {
      const page = rows.slice(start).sort(byTimeThenId);
      page.forEach((row, j) => (rows[start + j] = row));
      return;
    }
  }
}

/**
 * Customers' relevant posts created in [from, to), on one site or all, oldest first (by time then
 * id), and the JSON text of each page as SQLite wrote it (for the report's hash). `pageSize`
 * posts per query (tests use small pages).
 */
export async function readReportPosts(q: Queryable, from: number, to: number, siteId: number | null, pageSize = REPORT_POSTS_PAGE): Promise<{ rows: ReportPostRow[]; pages: { text: string; rows: number }[] }> {
  const rows: ReportPostRow[] = [];
  const pages: { text: string; rows: number }[] = [];
  let after: [number, number] = [from, -1];
  for (;;) {
    const page = await q.get<{ n: number; rows: string }>(REPORT_POSTS_SQL, [from, to, siteId, after[0], after[1], pageSize]);
    if (!page || page.n === 0) break;
    pages.push({ text: page.rows, rows: page.n });
    const start = rows.length;
    for (const [id, site_id, author_id, created_at, parent_id, label, score, model_version, text, first_company_at] of JSON.parse(page.rows) as PostArray[]) {
      rows.push({ id, site_id, author_id, created_at, parent_id, label, score, model_version, text, first_company_at });
    }
    sortPage(rows, start);
    if (page.n < pageSize) break;
    const last = rows[rows.length - 1];
    after = [last.created_at, last.id];
  }
  return { rows, pages };
}

/** A span of time read as one group (a trend week): [start, end). */
export interface SpanBounds {
  start: number;
  end: number;
}

/**
 * The label-count query of the trend weeks (exported for its query-plan test): ?1 JSON array of
 * [start, end) pairs, ?2 site id or null. One indexed range search per span, grouped in SQL.
 */
export const TREND_COUNTS_SQL = `WITH ${LATEST_CORRECTIONS},
  w AS MATERIALIZED (SELECT key AS span, json_extract(value, '$[0]') AS span_start, json_extract(value, '$[1]') AS span_end FROM json_each(?1))
  SELECT w.span, ${LABEL} AS label, count(*) AS n
  FROM w CROSS JOIN ${LABELLED_POSTS}
  WHERE p.created_at >= w.span_start AND p.created_at < w.span_end AND (?2 IS NULL OR p.site_id = ?2) AND ${INBOUND}
  GROUP BY 1, 2 ORDER BY 1, 2`;

/**
 * Counts of customers' relevant posts by span (index into `spans`) and effective label (null: not
 * scored), in one query, ordered by span then label; spans without posts have no rows.
 */
export async function readTrendCounts(q: Queryable, spans: readonly SpanBounds[], siteId: number | null): Promise<{ span: number; label: string | null; n: number }[]> {
  return q.all(TREND_COUNTS_SQL, [JSON.stringify(spans.map((s) => [s.start, s.end])), siteId]);
}

/**
 * The persistence query (exported for its query-plan test): per customer with at least ?4 negative
 * posts in the range, their scored posts as one text `<created_at><mark>,…` oldest first (mark:
 * `-` negative, `0` neutral, `+` positive), ordered by author. Customers with fewer negatives can
 * be persistently unhappy in no window of the range, so they are not read.
 */
export const PERSISTENCE_RUNS_SQL = `WITH ${LATEST_CORRECTIONS},
  r AS MATERIALIZED (SELECT p.id, p.author_id, p.created_at, ${LABEL} AS label FROM ${LABELLED_POSTS} WHERE ${IN_RANGE} AND ${INBOUND})
  SELECT author_id, group_concat(created_at || CASE label WHEN 'negative' THEN '-' WHEN 'positive' THEN '+' ELSE '0' END, ',' ORDER BY created_at, id) AS posts
  FROM r WHERE label IS NOT NULL
  GROUP BY author_id HAVING sum(label = 'negative') >= ?4
  ORDER BY author_id`;

/** Scored customers' posts in [from, to) of the customers with at least `minNegatives` negative ones there (see PERSISTENCE_RUNS_SQL). */
export async function readPersistenceRuns(q: Queryable, from: number, to: number, siteId: number | null, minNegatives: number): Promise<{ author_id: number; posts: string }[]> {
  return q.all(PERSISTENCE_RUNS_SQL, [from, to, siteId, minNegatives]);
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
