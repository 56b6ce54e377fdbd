import type { AuthorMetrics, Leaderboard, LeaderboardRequest, LeaderboardRow, ReachRun } from '../../../shared/domain/reach';
import { computeReachScore, DEFAULT_REACH_WEIGHTS, type ReachRow, type ReachScore, type ReachWeights } from '../../../shared/reach/reachScore';
import type { Queryable } from '../db/database';
import { listReachRuns, readLeaderboardPage } from '../repos/metrics';

/** The shared reach row of stored metrics. */
function toReachRow(m: AuthorMetrics): ReachRow {
  return {
    id: String(m.authorId),
    followers: m.followers,
    audience2: m.audience2,
    audience2StdError: m.audience2StdError,
    pagerank: m.pagerank,
    core: m.core,
    hubLinks: m.hubLinks,
    cascade: m.expectedCascade,
    cascadeStdError: m.cascadeStdError,
  };
}

/** The reach score of stored metrics, PageRank taken relative to the size of the author's site graph. */
export function scoreMetrics(m: AuthorMetrics, weights: Partial<ReachWeights>, runs: readonly ReachRun[]): ReachScore {
  const nodeCount = runs.find((r) => r.siteId === m.siteId)?.nodeCount ?? 1;
  return computeReachScore(toReachRow(m), weights, { nodeCount });
}

/**
 * The influencer leaderboard: authors ranked by reach score under the given weights (defaults for
 * the missing ones), each with the score's terms. Follower count is returned for display; it is
 * never a term of the score nor the ranking key.
 */
export async function readLeaderboard(q: Queryable, req: LeaderboardRequest): Promise<Leaderboard> {
  const weights: ReachWeights = { ...DEFAULT_REACH_WEIGHTS, ...req.weights };
  const offset = req.offset ?? 0;
  const page = await readLeaderboardPage(q, weights, { siteId: req.siteId, query: req.query, postersOnly: req.postersOnly, stance: req.stance, by: req.by, offset, limit: req.limit ?? 50 });
  const runs = await listReachRuns(q);
  const rows = page.rows.map((m, i): LeaderboardRow => {
    const s = scoreMetrics(m, weights, runs);
    return { ...m, rank: offset + i + 1, score: s.score, terms: s.terms };
  });
  return { rows, total: page.total, weights, runs: req.siteId === undefined ? runs : runs.filter((r) => r.siteId === req.siteId) };
}
