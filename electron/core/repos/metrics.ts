import type { AuthorMetrics, AuthorMood, ReachRun, Stance } from '../../../shared/domain/reach';
import type { ReachRow, ReachWeights } from '../../../shared/reach/reachScore';
import type { Queryable, SqlValue } from '../db/database';
import { insertMany, placeholders } from './sql';

/** A run as stored (site name is joined in on read). */
export type NewReachRun = Omit<ReachRun, 'site'>;

/** Replaces a site's metrics with a fresh computation: `rows[i]` belongs to author `authorIds[i]`. */
export async function replaceSiteMetrics(q: Queryable, run: NewReachRun, authorIds: ArrayLike<number>, rows: readonly ReachRow[]): Promise<void> {
  await q.run('DELETE FROM author_metrics WHERE site_id = ?', [run.siteId]);
  const values: SqlValue[][] = rows.map((r, i) => [
    authorIds[i],
    run.siteId,
    r.followers,
    r.audience2,
    r.audience2StdError,
    r.pagerank,
    r.core,
    r.hubLinks,
    r.cascade,
    r.cascadeStdError,
    run.computedAt,
  ]);
  await insertMany(
    q,
    'INSERT INTO author_metrics (author_id, site_id, followers, audience2, audience2_std_error, pagerank, core, hub_links, expected_cascade, cascade_std_error, computed_at)',
    11,
    values,
  );
  await q.run(
    `INSERT OR REPLACE INTO reach_runs (site_id, computed_at, node_count, edge_count, self_loops, duplicates, interaction_edges, observed_edges,
       cascade_runs, hub_threshold, pagerank_iterations, millis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [run.siteId, run.computedAt, run.nodeCount, run.edgeCount, run.selfLoops, run.duplicates, run.interactionEdges, run.observedEdges, run.cascadeRuns, run.hubThreshold, run.pageRankIterations, run.millis],
  );
}

interface RunRow {
  site_id: number;
  site: string;
  computed_at: number;
  node_count: number;
  edge_count: number;
  self_loops: number;
  duplicates: number;
  interaction_edges: number;
  observed_edges: number;
  cascade_runs: number;
  hub_threshold: number;
  pagerank_iterations: number;
  millis: number;
}

/** The latest run of every site (or of one site), by site name. */
export async function listReachRuns(q: Queryable, siteId?: number): Promise<ReachRun[]> {
  const rows = await q.all<RunRow>(
    'SELECT r.*, s.name AS site FROM reach_runs r JOIN sites s ON s.id = r.site_id WHERE ?1 IS NULL OR r.site_id = ?1 ORDER BY s.name',
    [siteId ?? null],
  );
  return rows.map((r) => ({
    siteId: r.site_id,
    site: r.site,
    computedAt: r.computed_at,
    nodeCount: r.node_count,
    edgeCount: r.edge_count,
    selfLoops: r.self_loops,
    duplicates: r.duplicates,
    interactionEdges: r.interaction_edges,
    observedEdges: r.observed_edges,
    cascadeRuns: r.cascade_runs,
    hubThreshold: r.hub_threshold,
    pageRankIterations: r.pagerank_iterations,
    millis: r.millis,
  }));
}

interface MetricsRow {
  author_id: number;
  handle: string;
  site_id: number;
  site: string;
  posts: number;
  /** "positive,neutral,negative" counts of the author's scored posts, or null. */
  mood: string | null;
  followers: number;
  audience2: number;
  audience2_std_error: number;
  pagerank: number;
  core: number;
  hub_links: number;
  expected_cascade: number | null;
  cascade_std_error: number | null;
  computed_at: number;
}

/** Counts of an author's scored posts by label, as "positive,neutral,negative" (null without any). */
const MOOD_SQL = (author: string): string => `(SELECT sum(ps.label = 'positive') || ',' || sum(ps.label = 'neutral') || ',' || sum(ps.label = 'negative')
  FROM posts p JOIN post_scores ps ON ps.post_id = p.id WHERE p.author_id = ${author})`;

/** The SQL form of stanceOf below, for filtering. */
const STANCE_SQL = `(SELECT CASE WHEN count(*) = 0 THEN NULL
    WHEN count(*) >= 2 AND sum(ps.label = 'positive') >= 0.6 * count(*) THEN 'advocate'
    WHEN count(*) >= 2 AND sum(ps.label = 'negative') >= 0.6 * count(*) THEN 'detractor' ELSE 'mixed' END
  FROM posts p JOIN post_scores ps ON ps.post_id = p.id WHERE p.author_id = m.author_id)`;

/** Advocate / detractor / mixed from mood counts (see the Stance type); null without scored posts. */
export function stanceOf(mood: AuthorMood): Stance | null {
  const n = mood.positive + mood.neutral + mood.negative;
  if (n === 0) return null;
  if (n >= 2 && mood.positive >= 0.6 * n) return 'advocate';
  if (n >= 2 && mood.negative >= 0.6 * n) return 'detractor';
  return 'mixed';
}

function moodOf(text: string | null): AuthorMood {
  const [positive = 0, neutral = 0, negative = 0] = (text ?? '').split(',').map((x) => Number(x) || 0);
  return { positive, neutral, negative };
}

const METRICS_COLUMNS = `m.author_id, a.handle, m.site_id, s.name AS site,
  (SELECT count(*) FROM posts p WHERE p.author_id = m.author_id) AS posts, ${MOOD_SQL('m.author_id')} AS mood,
  m.followers, m.audience2, m.audience2_std_error, m.pagerank, m.core, m.hub_links, m.expected_cascade, m.cascade_std_error, m.computed_at`;

const toMetrics = (r: MetricsRow): AuthorMetrics => ({
  authorId: r.author_id,
  handle: r.handle,
  siteId: r.site_id,
  site: r.site,
  posts: r.posts,
  mood: moodOf(r.mood),
  stance: stanceOf(moodOf(r.mood)),
  followers: r.followers,
  audience2: r.audience2,
  audience2StdError: r.audience2_std_error,
  pagerank: r.pagerank,
  core: r.core,
  hubLinks: r.hub_links,
  expectedCascade: r.expected_cascade,
  cascadeStdError: r.cascade_std_error,
  computedAt: r.computed_at,
});

/** Filters of the leaderboard. */
export interface LeaderboardQuery {
  siteId?: number;
  /** Part of a handle (case-insensitive). */
  query?: string;
  /** Only authors with stored posts (customers seen in care), not accounts known only from edge files. */
  postersOnly?: boolean;
  stance?: Stance;
  /** Ranking key: the reach score (default) or PageRank. Never follower count. */
  by?: 'score' | 'pagerank';
  offset: number;
  limit: number;
}

/**
 * The SQL form of computeReachScore (shared/reach/reachScore.ts), used only to order and page the
 * leaderboard in the database; the terms shown are recomputed from the rows with the shared function.
 */
const SCORE_SQL = `(?1 * log10(1 + max(0, m.audience2)) + ?2 * log10(1 + max(0, m.pagerank * r.node_count)) + ?3 * log10(1 + max(0, m.core))
  + ?4 * log10(1 + max(0, m.hub_links)) + ?5 * coalesce(log10(1 + max(0, m.expected_cascade)), 0))`;

const FILTER_SQL = `FROM author_metrics m JOIN authors a ON a.id = m.author_id JOIN sites s ON s.id = m.site_id JOIN reach_runs r ON r.site_id = m.site_id
  WHERE (?6 IS NULL OR m.site_id = ?6) AND (?7 IS NULL OR a.handle LIKE ?7 ESCAPE '\\')
    AND (?8 = 0 OR EXISTS (SELECT 1 FROM posts p WHERE p.author_id = m.author_id))
    AND (?9 IS NULL OR ${STANCE_SQL} = ?9)`;

const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A page of authors ranked by reach score under `weights` or by PageRank (ties: PageRank, then id), with the total. */
export async function readLeaderboardPage(q: Queryable, weights: ReachWeights, f: LeaderboardQuery): Promise<{ rows: AuthorMetrics[]; total: number }> {
  const params: SqlValue[] = [
    weights.audience2,
    weights.pagerank,
    weights.core,
    weights.hubLinks,
    weights.cascade,
    f.siteId ?? null,
    f.query ? likePattern(f.query) : null,
    f.postersOnly ? 1 : 0,
    f.stance ?? null,
  ];
  const rows = await q.all<MetricsRow>(
    `SELECT ${METRICS_COLUMNS} ${FILTER_SQL} ORDER BY ${f.by === 'pagerank' ? 'm.pagerank' : SCORE_SQL} DESC, m.pagerank DESC, m.author_id LIMIT ?10 OFFSET ?11`,
    [...params, f.limit, f.offset],
  );
  const total = await q.get<{ n: number }>(`SELECT count(*) AS n ${FILTER_SQL}`, params);
  return { rows: rows.map(toMetrics), total: total?.n ?? 0 };
}

/** Stored metrics of the given authors (authors without metrics are absent). */
export async function readMetricsOf(q: Queryable, authorIds: readonly number[]): Promise<Map<number, AuthorMetrics>> {
  const out = new Map<number, AuthorMetrics>();
  for (let i = 0; i < authorIds.length; i += 10_000) {
    const part = authorIds.slice(i, i + 10_000);
    const rows = await q.all<MetricsRow>(
      `SELECT ${METRICS_COLUMNS} FROM author_metrics m JOIN authors a ON a.id = m.author_id JOIN sites s ON s.id = m.site_id
       WHERE m.author_id IN (${placeholders(part.length)})`,
      part,
    );
    for (const r of rows) out.set(r.author_id, toMetrics(r));
  }
  return out;
}

/** Authors without metrics, as zero-metric rows (stubs, or authors outside any follow graph). */
export async function readBareAuthors(q: Queryable, authorIds: readonly number[]): Promise<AuthorMetrics[]> {
  const out: AuthorMetrics[] = [];
  for (let i = 0; i < authorIds.length; i += 10_000) {
    const part = authorIds.slice(i, i + 10_000);
    const rows = await q.all<{ id: number; handle: string; site_id: number; site: string; posts: number; mood: string | null }>(
      `SELECT a.id, a.handle, a.site_id, s.name AS site, (SELECT count(*) FROM posts p WHERE p.author_id = a.id) AS posts, ${MOOD_SQL('a.id')} AS mood
       FROM authors a JOIN sites s ON s.id = a.site_id WHERE a.id IN (${placeholders(part.length)})`,
      part,
    );
    for (const r of rows) {
      out.push({
        authorId: r.id,
        handle: r.handle,
        siteId: r.site_id,
        site: r.site,
        posts: r.posts,
        mood: moodOf(r.mood),
        stance: stanceOf(moodOf(r.mood)),
        followers: 0,
        audience2: 0,
        audience2StdError: 0,
        pagerank: 0,
        core: 0,
        hubLinks: 0,
        expectedCascade: null,
        cascadeStdError: null,
        computedAt: 0,
      });
    }
  }
  return out;
}

/**
 * Every author with stored metrics on a site, by author id. Post counts and moods come from two
 * grouped scans of the site's posts rather than a subquery per author (tens of thousands of accounts).
 */
export async function readSiteMetrics(q: Queryable, siteId: number): Promise<AuthorMetrics[]> {
  const rows = await q.all<MetricsRow>(
    `SELECT m.author_id, a.handle, m.site_id, s.name AS site, coalesce(pc.n, 0) AS posts, md.mood,
            m.followers, m.audience2, m.audience2_std_error, m.pagerank, m.core, m.hub_links, m.expected_cascade, m.cascade_std_error, m.computed_at
     FROM author_metrics m JOIN authors a ON a.id = m.author_id JOIN sites s ON s.id = m.site_id
     LEFT JOIN (SELECT author_id, count(*) AS n FROM posts WHERE site_id = ?1 GROUP BY author_id) pc ON pc.author_id = m.author_id
     LEFT JOIN (SELECT p.author_id, sum(ps.label = 'positive') || ',' || sum(ps.label = 'neutral') || ',' || sum(ps.label = 'negative') AS mood
                FROM posts p JOIN post_scores ps ON ps.post_id = p.id WHERE p.site_id = ?1 GROUP BY p.author_id) md ON md.author_id = m.author_id
     WHERE m.site_id = ?1 ORDER BY m.author_id`,
    [siteId],
  );
  return rows.map(toMetrics);
}

/**
 * The label most of each author's scored posts on a site since `since` carry (a supervisor's
 * correction wins over the score); a tie gives no label. Authors without such posts are absent.
 */
export async function readRecentSentiment(q: Queryable, siteId: number, since: number): Promise<Map<number, 'negative' | 'neutral' | 'positive'>> {
  const rows = await q.all<{ id: number; neg: number; neu: number; pos: number }>(
    `SELECT author_id AS id, sum(l = 'negative') AS neg, sum(l = 'neutral') AS neu, sum(l = 'positive') AS pos FROM (
       SELECT p.author_id, coalesce((SELECT c.label FROM sentiment_corrections c WHERE c.post_id = p.id ORDER BY c.id DESC LIMIT 1), s.label) AS l
       FROM posts p JOIN post_scores s ON s.post_id = p.id WHERE p.site_id = ? AND p.created_at >= ?)
     GROUP BY author_id`,
    [siteId, since],
  );
  const out = new Map<number, 'negative' | 'neutral' | 'positive'>();
  for (const r of rows) {
    const best = Math.max(r.neg, r.neu, r.pos);
    const winners = (['negative', 'neutral', 'positive'] as const).filter((_, i) => [r.neg, r.neu, r.pos][i] === best);
    if (winners.length === 1) out.set(r.id, winners[0]);
  }
  return out;
}
