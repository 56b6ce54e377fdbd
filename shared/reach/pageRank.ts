import type { FollowGraph } from './followGraph';

/** Options of {@link computePageRank}. */
export interface PageRankOptions {
  /** Damping factor d. Default 0.85. */
  damping?: number;
  /** Stop when the L1 change between iterations is below this. Default 1e-10. */
  tolerance?: number;
  /** Hard stop. Default 1000. */
  maxIterations?: number;
}

/** PageRank scores (summing to 1) and how the iteration ended. */
export interface PageRankResult {
  rank: Float64Array;
  iterations: number;
  /** L1 norm of the last update; below `tolerance` unless `maxIterations` was hit. */
  residual: number;
  damping: number;
  tolerance: number;
}

/**
 * PageRank on the follow graph: rank flows from a follower to the accounts it follows.
 * Definition (power method, Jacobi updates, starting from the uniform vector):
 *   r'(v) = (1 − d)/n + d · ( Σ_{u follows v} r(u)/out(u) + D/n ),  D = Σ_{out(u)=0} r(u)
 * i.e. dangling accounts (following nobody, isolated ones included) spread their rank uniformly
 * over all n accounts. Iterates until ‖r' − r‖₁ < tolerance. The graph is the simple graph
 * (self-loops dropped, duplicates collapsed), so out(u) counts distinct accounts followed.
 */
export function computePageRank(graph: FollowGraph, options: PageRankOptions = {}): PageRankResult {
  const d = options.damping ?? 0.85;
  const tolerance = options.tolerance ?? 1e-10;
  const maxIterations = options.maxIterations ?? 1000;
  const n = graph.nodeCount;
  const { inStart, inAdj, outStart } = graph;
  let rank = new Float64Array(n).fill(n > 0 ? 1 / n : 0);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  const invOut = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const k = outStart[u + 1] - outStart[u];
    invOut[u] = k > 0 ? 1 / k : 0;
  }
  let iterations = 0;
  let residual = n > 0 ? Infinity : 0;
  while (residual >= tolerance && iterations < maxIterations) {
    let dangling = 0;
    for (let u = 0; u < n; u++) {
      share[u] = rank[u] * invOut[u];
      if (invOut[u] === 0) dangling += rank[u];
    }
    const base = (1 - d) / n + (d * dangling) / n;
    residual = 0;
    for (let v = 0; v < n; v++) {
      let sum = 0;
      for (let i = inStart[v], end = inStart[v + 1]; i < end; i++) sum += share[inAdj[i]];
      const value = base + d * sum;
      residual += Math.abs(value - rank[v]);
      next[v] = value;
    }
    [rank, next] = [next, rank];
    iterations++;
  }
  return { rank, iterations, residual, damping: d, tolerance };
}
