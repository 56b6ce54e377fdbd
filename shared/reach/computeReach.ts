import type { EdgeList } from './edgeList';
import { buildFollowGraph, countFollowers, type FollowGraph } from './followGraph';
import { computeAudience2, type Audience2Options } from './audience2';
import { computePageRank, type PageRankOptions } from './pageRank';
import { computeCoreNumbers } from './coreNumber';
import { computeHubLinks } from './hubLinks';
import { buildCascadeModel, type CascadeModelOptions } from './cascadeModel';
import { estimateCascades, type CascadeOptions } from './cascade';

/** Cascade settings: the probability model, the simulation, and which authors get one. */
export interface ReachCascadeOptions extends CascadeModelOptions, CascadeOptions {
  /** Simulate the top K authors by PageRank. Default 100; 0 turns cascades off. */
  candidates?: number;
  /** Explicit node indices to simulate (overrides `candidates`). */
  nodes?: ArrayLike<number>;
}

/** Options of {@link computeReachMetrics}. */
export interface ReachOptions {
  pageRank?: PageRankOptions;
  audience2?: Audience2Options;
  /** Share of accounts (by followers) that are hubs. Default 0.01. */
  hubFraction?: number;
  cascade?: ReachCascadeOptions;
  /** Clock for the timings (ms). Default Date.now. */
  now?: () => number;
  /** Called as each step starts (progress reporting). */
  onStep?: (step: Exclude<keyof ReachTimings, 'total'>) => void;
}

/** Milliseconds spent per step. */
export interface ReachTimings {
  build: number;
  followers: number;
  audience2: number;
  pageRank: number;
  core: number;
  hubLinks: number;
  cascade: number;
  total: number;
}

/** Every metric for every node (index i ↔ `ids[i]`), JSON-unsafe typed arrays (transferable). */
export interface ReachResult {
  ids: string[];
  nodeCount: number;
  edgeCount: number;
  selfLoops: number;
  duplicates: number;
  followers: Int32Array;
  audience2: Int32Array;
  /** 0 where audience2 is exact; otherwise the estimate's standard error. */
  audience2StdError: Float64Array;
  audience2Estimated: number;
  pagerank: Float64Array;
  pageRankIterations: number;
  pageRankResidual: number;
  core: Int32Array;
  hubLinks: Int32Array;
  hubThreshold: number;
  hubCount: number;
  /** Expected cascade size (author excluded); NaN where not simulated. */
  cascadeMean: Float64Array;
  cascadeStdError: Float64Array;
  cascadeRuns: number;
  /** Authors that got fewer runs than `cascadeRuns` because of the activation budget. */
  cascadeCutShort: number;
  /** Follow edges whose probability came from observed interactions. */
  cascadeObservedEdges: number;
  timings: ReachTimings;
}

/**
 * Computes followers, audience2, PageRank, core number, hub links and (for the top candidates by
 * PageRank) expected cascade size of every account of a follow edge list (src follows dst).
 */
export function computeReachMetrics(edges: EdgeList, options: ReachOptions = {}): ReachResult {
  const now = options.now ?? Date.now;
  const step = (name: Exclude<keyof ReachTimings, 'total'>): number => {
    options.onStep?.(name);
    return now();
  };
  const t0 = step('build');
  const graph = buildFollowGraph(edges);
  const t1 = step('followers');
  const followers = countFollowers(graph);
  const t2 = step('audience2');
  const audience = computeAudience2(graph, options.audience2);
  const t3 = step('pageRank');
  const pr = computePageRank(graph, options.pageRank);
  const t4 = step('core');
  const core = computeCoreNumbers(graph);
  const t5 = step('hubLinks');
  const hubs = computeHubLinks(graph, followers, options.hubFraction);
  const t6 = step('cascade');
  const cascade = runCascades(graph, pr.rank, options.cascade ?? {});
  const t7 = now();
  return {
    ids: graph.ids,
    nodeCount: graph.nodeCount,
    edgeCount: graph.edgeCount,
    selfLoops: graph.selfLoops,
    duplicates: graph.duplicates,
    followers,
    audience2: audience.audience2,
    audience2StdError: audience.stdError,
    audience2Estimated: audience.estimatedCount,
    pagerank: pr.rank,
    pageRankIterations: pr.iterations,
    pageRankResidual: pr.residual,
    core,
    hubLinks: hubs.hubLinks,
    hubThreshold: hubs.threshold,
    hubCount: hubs.hubCount,
    ...cascade,
    timings: { build: t1 - t0, followers: t2 - t1, audience2: t3 - t2, pageRank: t4 - t3, core: t5 - t4, hubLinks: t6 - t5, cascade: t7 - t6, total: t7 - t0 },
  };
}

/** The cascade fields of a {@link ReachResult}. */
export type CascadePart = Pick<ReachResult, 'cascadeMean' | 'cascadeStdError' | 'cascadeRuns' | 'cascadeCutShort' | 'cascadeObservedEdges'>;

/** {@link computeCascadeMetrics}'s answer. */
export interface CascadeOnlyResult extends CascadePart {
  timings: Pick<ReachTimings, 'build' | 'pageRank' | 'cascade'>;
}

/**
 * Only the expected cascades, for the same authors {@link computeReachMetrics} would simulate (it
 * builds the graph and, unless `cascade.nodes` is given, PageRank to pick them). Lets a second
 * thread run the cascades beside the other metrics; results are identical either way.
 */
export function computeCascadeMetrics(edges: EdgeList, options: Pick<ReachOptions, 'pageRank' | 'cascade' | 'now'> = {}): CascadeOnlyResult {
  const now = options.now ?? Date.now;
  const t0 = now();
  const graph = buildFollowGraph(edges);
  const t1 = now();
  const cascadeOptions = options.cascade ?? {};
  const rank = cascadeOptions.nodes ? new Float64Array(graph.nodeCount) : computePageRank(graph, options.pageRank).rank;
  const t2 = now();
  const part = runCascades(graph, rank, cascadeOptions);
  return { ...part, timings: { build: t1 - t0, pageRank: t2 - t1, cascade: now() - t2 } };
}

function runCascades(graph: FollowGraph, rank: Float64Array, options: ReachCascadeOptions): CascadePart {
  const n = graph.nodeCount;
  const cascadeMean = new Float64Array(n).fill(NaN);
  const cascadeStdError = new Float64Array(n).fill(NaN);
  const nodes = options.nodes ?? topIndices(rank, Math.min(n, options.candidates ?? 100));
  if (nodes.length === 0) return { cascadeMean, cascadeStdError, cascadeRuns: 0, cascadeCutShort: 0, cascadeObservedEdges: 0 };
  const model = buildCascadeModel(graph, options);
  const estimates = estimateCascades(model, nodes, options);
  for (const e of estimates) {
    cascadeMean[e.node] = e.mean;
    cascadeStdError[e.node] = e.stdError;
  }
  const cascadeRuns = Math.max(1, options.runs ?? 1000);
  return { cascadeMean, cascadeStdError, cascadeRuns, cascadeCutShort: estimates.filter((e) => e.cutShort).length, cascadeObservedEdges: model.observedEdges };
}

/** Indices of the k largest values, descending (ties: lower index first). */
export function topIndices(values: ArrayLike<number>, k: number): Int32Array {
  const take = Math.min(values.length, Math.max(0, k));
  if (take === 0) return new Int32Array(0);
  const sorted = Float64Array.from(values).sort();
  const threshold = sorted[values.length - take];
  const picked: number[] = [];
  for (let i = 0; i < values.length; i++) if (values[i] > threshold) picked.push(i);
  for (let i = 0; i < values.length && picked.length < take; i++) if (values[i] === threshold) picked.push(i);
  picked.sort((a, b) => values[b] - values[a] || a - b);
  return Int32Array.from(picked);
}
