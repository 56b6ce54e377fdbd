import type { ReachResult } from './computeReach';
import { topIndices } from './computeReach';
import { computeReachScore, type ReachRow, type ReachWeights } from './reachScore';

/** The JSON-safe row of node `i`. */
export function readReachRow(result: ReachResult, i: number): ReachRow {
  const cascade = result.cascadeMean[i];
  return {
    id: result.ids[i],
    followers: result.followers[i],
    audience2: result.audience2[i],
    audience2StdError: result.audience2StdError[i],
    pagerank: result.pagerank[i],
    core: result.core[i],
    hubLinks: result.hubLinks[i],
    cascade: Number.isNaN(cascade) ? null : cascade,
    cascadeStdError: Number.isNaN(cascade) ? null : result.cascadeStdError[i],
  };
}

/** Every node's row, in node-index order (for storing). */
export function listReachRows(result: ReachResult): ReachRow[] {
  return Array.from({ length: result.nodeCount }, (_, i) => readReachRow(result, i));
}

/** A row with its place and reach score. */
export interface RankedReachRow extends ReachRow {
  rank: number;
  score: number;
}

/** Options of {@link reachTopN}. */
export interface ReachTopNOptions {
  /** Ranking key. Default 'pagerank' (what the CLI prints); 'score' ranks by the reach score. */
  by?: 'pagerank' | 'score';
  weights?: Partial<ReachWeights>;
}

/** The top `n` accounts by PageRank (ties: first-seen id first) or by reach score, with scores. */
export function reachTopN(result: ReachResult, n: number, options: ReachTopNOptions = {}): RankedReachRow[] {
  const context = { nodeCount: result.nodeCount };
  const weights = options.weights ?? {};
  if (options.by === 'score') {
    const scored = listReachRows(result).map((row) => ({ ...row, score: computeReachScore(row, weights, context).score }));
    scored.sort((a, b) => b.score - a.score || b.pagerank - a.pagerank);
    return scored.slice(0, Math.max(0, n)).map((row, i) => ({ ...row, rank: i + 1 }));
  }
  return Array.from(topIndices(result.pagerank, n), (node, i) => {
    const row = readReachRow(result, node);
    return { ...row, rank: i + 1, score: computeReachScore(row, weights, context).score };
  });
}
