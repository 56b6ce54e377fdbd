import type { ReachRun } from '../../../shared/domain/reach';
import type { EdgeList } from '../../../shared/reach/edgeList';
import type { ReachResult } from '../../../shared/reach/computeReach';
import { listReachRows } from '../../../shared/reach/reachTopN';
import type { Db } from '../db/database';
import { runReachInWorker, type RunReachOptions } from '../graph/runReachInWorker';
import { countPostsByAuthor, listFollowSites, loadFollowEdges, loadInteractionEdges, type StoredEdges } from '../repos/edges';
import { listReachRuns, replaceSiteMetrics } from '../repos/metrics';
import { deriveSiteInteractions } from './deriveInteractions';

/** Runs the metrics of an edge list somewhere off the calling thread (a worker; tests may run inline). */
export type ReachRunner = (edges: EdgeList, options: RunReachOptions) => Promise<{ result: ReachResult }>;

/** Options of {@link computeSiteMetrics}. */
export interface ComputeOptions {
  now: () => number;
  runner?: ReachRunner;
  /** Authors given an expected cascade (top K by PageRank). Default 100. */
  cascadeCandidates?: number;
  /** Monte Carlo runs per author. Default 1000. */
  cascadeRuns?: number;
  onProgress?: (step: string) => void;
}

/** Stored edges with author ids as strings, in the order ids first appear (follows first). */
function toEdgeList(stored: StoredEdges, index: Map<number, number>, ids: string[]): EdgeList {
  const map = (authorId: number): number => {
    let i = index.get(authorId);
    if (i === undefined) {
      i = ids.length;
      index.set(authorId, i);
      ids.push(String(authorId));
    }
    return i;
  };
  const src = Int32Array.from(stored.src, map);
  const dst = Int32Array.from(stored.dst, map);
  return { ids, src, dst, weight: stored.weight };
}

/**
 * Computes the reach metrics of one site's follow graph in a worker thread and stores them with
 * the time computed. Interactions are first re-derived from the site's posts; together with any
 * imported interaction edges they set the cascade probabilities. When the site has posts, each
 * author's post count is the exposure of the cascade model (0 for accounts known only from edges).
 */
export async function computeSiteMetrics(db: Db, siteId: number, opts: ComputeOptions): Promise<ReachRun | null> {
  const t0 = opts.now();
  opts.onProgress?.('deriving interactions from posts');
  await deriveSiteInteractions(db, siteId);
  const follows = await loadFollowEdges(db, siteId);
  if (follows.src.length === 0) return null;
  const index = new Map<number, number>();
  const edges = toEdgeList(follows, index, []);
  const nodeCount = edges.ids.length;
  const interactions = await loadInteractionEdges(db, siteId);
  const interactionList = toEdgeList(interactions, new Map(index), edges.ids.slice());
  const posts = await countPostsByAuthor(db, siteId);
  let exposures: Float64Array | null = null;
  if (posts.size > 0) {
    exposures = new Float64Array(nodeCount);
    for (const [authorId, n] of posts) {
      const i = index.get(authorId);
      if (i !== undefined) exposures[i] = n;
    }
  }
  opts.onProgress?.(`computing metrics of ${nodeCount.toLocaleString('en-US')} accounts`);
  const runner = opts.runner ?? runReachInWorker;
  const { result } = await runner(edges, {
    cascade: { interactions: interactionList, exposures, candidates: opts.cascadeCandidates, runs: opts.cascadeRuns },
  });
  const computedAt = opts.now();
  const run = {
    siteId,
    computedAt,
    nodeCount: result.nodeCount,
    edgeCount: result.edgeCount,
    selfLoops: result.selfLoops,
    duplicates: result.duplicates,
    interactionEdges: interactions.src.length,
    observedEdges: result.cascadeObservedEdges,
    cascadeRuns: result.cascadeRuns,
    hubThreshold: result.hubThreshold,
    pageRankIterations: result.pageRankIterations,
    millis: computedAt - t0,
  };
  const authorIds = Int32Array.from(result.ids, Number);
  opts.onProgress?.('storing metrics');
  await db.transaction((tx) => replaceSiteMetrics(tx, run, authorIds, listReachRows(result)));
  return (await listReachRuns(db, siteId))[0];
}

/** Computes every site that has follow edges (or just `siteId`); returns the runs. */
export async function computeAllMetrics(db: Db, opts: ComputeOptions & { siteId?: number }): Promise<ReachRun[]> {
  const sites = opts.siteId !== undefined ? [opts.siteId] : await listFollowSites(db);
  const runs: ReachRun[] = [];
  for (const siteId of sites) {
    const run = await computeSiteMetrics(db, siteId, opts);
    if (run) runs.push(run);
  }
  return runs;
}
