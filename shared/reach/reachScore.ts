/** One account's metrics, JSON-safe (what the DB stores and the leaderboard shows). */
export interface ReachRow {
  id: string;
  /** In-degree. Shown, never the ranking key. */
  followers: number;
  audience2: number;
  /** 0 when audience2 was counted exactly. */
  audience2StdError: number;
  pagerank: number;
  core: number;
  hubLinks: number;
  /** Expected cascade size (author excluded), null when not simulated. */
  cascade: number | null;
  cascadeStdError: number | null;
}

/** Weight of each reach-score term; editable by the user. */
export interface ReachWeights {
  audience2: number;
  pagerank: number;
  core: number;
  hubLinks: number;
  cascade: number;
}

/** Default weights: reach through people (audience2, PageRank, cascade) first, structure second. */
export const DEFAULT_REACH_WEIGHTS: Readonly<ReachWeights> = Object.freeze({ audience2: 1, pagerank: 1, core: 0.5, hubLinks: 0.5, cascade: 1 });

/** Graph-wide facts a score needs. */
export interface ReachScoreContext {
  /** Accounts in the graph (PageRank is scored relative to the uniform 1/n). */
  nodeCount: number;
}

/** One explained term of a reach score. */
export interface ReachTerm {
  name: keyof ReachWeights;
  /** The metric as stored (PageRank: relative to average, i.e. pagerank × n); null when unavailable. */
  raw: number | null;
  /** log10(1 + raw), 0 when unavailable. */
  value: number;
  weight: number;
  /** weight × value. */
  contribution: number;
}

/** A reach score with its terms. */
export interface ReachScore {
  score: number;
  terms: ReachTerm[];
}

/**
 * Reach score = Σ weight × log10(1 + metric) over audience2, PageRank relative to average
 * (pagerank × n), core number, hub links and expected cascade size. Logs put the terms on
 * comparable scales (orders of magnitude); follower count is deliberately not a term. Missing
 * weights fall back to {@link DEFAULT_REACH_WEIGHTS}; a cascade that was not simulated adds 0.
 */
export function computeReachScore(row: ReachRow, weights: Partial<ReachWeights>, context: ReachScoreContext): ReachScore {
  const w = { ...DEFAULT_REACH_WEIGHTS, ...weights };
  const raws: Array<[keyof ReachWeights, number | null]> = [
    ['audience2', row.audience2],
    ['pagerank', row.pagerank * context.nodeCount],
    ['core', row.core],
    ['hubLinks', row.hubLinks],
    ['cascade', row.cascade],
  ];
  const terms = raws.map(([name, raw]): ReachTerm => {
    const value = raw === null || !Number.isFinite(raw) ? 0 : Math.log10(1 + Math.max(0, raw));
    return { name, raw, value, weight: w[name], contribution: w[name] * value };
  });
  return { score: terms.reduce((sum, t) => sum + t.contribution, 0), terms };
}
