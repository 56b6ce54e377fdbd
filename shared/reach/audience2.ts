import type { FollowGraph } from './followGraph';
import { buildHubBitsets, hasBit, unionBitsets, type HubBitsets } from './hubBitsets';
import { estimateAudience2 } from './audience2Estimate';
import { deriveSeed } from './random';

/** Options of {@link computeAudience2}. */
export interface Audience2Options {
  /**
   * Largest exact cost allowed for one node (adjacency entries scanned plus bitset words OR-ed);
   * nodes above it are estimated. Default 50,000,000, which the generated and real graphs we
   * benchmark never reach: there every count is exact.
   */
  maxExactWork?: number;
  /** Samples per estimated node. Default 4000. */
  samples?: number;
  /** Seed of the estimator. Default 1. */
  seed?: number;
  /** Memory cap of the hub bitsets in bytes. Default 64 MiB. */
  maxBitsetBytes?: number;
}

/** Two-hop audiences. */
export interface Audience2Result {
  /** Distinct accounts within two follow hops of v (followers ∪ their followers, v excluded). */
  audience2: Int32Array;
  /** Standard error of the estimate; 0 where the count is exact. */
  stdError: Float64Array;
  /** Nodes whose audience2 was estimated rather than counted. */
  estimatedCount: number;
}

interface Scratch {
  mark: Int32Array;
  slots: Int32Array;
  union: Int32Array;
  /** An all-zero bitset, so the counting loop has one shape whether or not hubs are used. */
  empty: Int32Array;
}

/** How one node is counted: no bitset, its biggest hub's bitset alone, or the union of all its hubs'. */
interface Plan {
  mode: 'plain' | 'single' | 'union';
  hubCount: number;
  /** Slot of the hub with most followers among v's followers. */
  bestSlot: number;
  /** Estimated cost in entries scanned (bitset words count a quarter: they are read sequentially). */
  cost: number;
}

/**
 * audience2(v) = |in(v) ∪ ⋃_{f ∈ in(v)} in(f) \ {v}| for every node, exactly: a stamped marker
 * array (never cleared) dedupes accounts, and followers that are big hubs contribute through
 * precomputed bitsets of their followers instead (see {@link buildHubBitsets}). A node whose exact
 * cost would still exceed `maxExactWork` is estimated with the Karp–Luby union estimator and its
 * standard error is reported.
 */
export function computeAudience2(graph: FollowGraph, options: Audience2Options = {}): Audience2Result {
  const n = graph.nodeCount;
  const hubs = buildHubBitsets(graph, { maxBytes: options.maxBitsetBytes });
  const maxExactWork = options.maxExactWork ?? 50_000_000;
  const audience2 = new Int32Array(n);
  const stdError = new Float64Array(n);
  const scratch: Scratch = { mark: new Int32Array(n), slots: new Int32Array(n), union: new Int32Array(hubs.words), empty: new Int32Array(hubs.words) };
  let estimatedCount = 0;
  for (let v = 0; v < n; v++) {
    const plan = planNode(graph, hubs, v, scratch.slots);
    if (plan.cost > maxExactWork) {
      const estimate = estimateAudience2(graph, v, scratch.mark, options.samples ?? 4000, deriveSeed(options.seed ?? 1, v));
      audience2[v] = Math.round(estimate.value);
      stdError[v] = estimate.stdError;
      estimatedCount++;
    } else audience2[v] = countAudience2(graph, hubs, v, plan, scratch);
  }
  return { audience2, stdError, estimatedCount };
}

/** Lists v's bitset-hub followers into `slots` and picks the cheapest way to count. */
function planNode(graph: FollowGraph, hubs: HubBitsets, v: number, slots: Int32Array): Plan {
  let work = 0;
  let hubWork = 0;
  let hubCount = 0;
  let bestSlot = -1;
  for (let i = graph.inStart[v]; i < graph.inStart[v + 1]; i++) {
    const f = graph.inAdj[i];
    const size = 1 + graph.inStart[f + 1] - graph.inStart[f];
    work += size;
    const slot = hubs.slot[f];
    if (slot < 0) continue;
    slots[hubCount++] = slot;
    hubWork += size;
    if (bestSlot < 0 || hubs.size[slot] > hubs.size[bestSlot]) bestSlot = slot;
  }
  if (hubCount === 0) return { mode: 'plain', hubCount, bestSlot, cost: work };
  const single = work - hubs.size[bestSlot];
  const union = work - hubWork + (hubCount * hubs.words) / 4;
  return union < single ? { mode: 'union', hubCount, bestSlot, cost: union } : { mode: 'single', hubCount, bestSlot, cost: single };
}

/**
 * Exact count. Accounts in the chosen bitset (the best hub's, or the union of all v's hubs') are
 * counted by popcount; followers whose whole set is in it are skipped; every other account is
 * marked and counted when it is not in the bitset.
 */
function countAudience2(graph: FollowGraph, hubs: HubBitsets, v: number, plan: Plan, scratch: Scratch): number {
  const { mark } = scratch;
  const stamp = v + 1;
  mark[v] = stamp;
  let bits = scratch.empty;
  let base = 0;
  let count = 0;
  if (plan.mode === 'single') {
    bits = hubs.bits;
    base = plan.bestSlot * hubs.words;
    count = hubs.size[plan.bestSlot];
  } else if (plan.mode === 'union') {
    bits = scratch.union;
    count = unionBitsets(hubs, scratch.slots, plan.hubCount, bits);
  }
  if (hasBit(bits, base, v)) count--;
  const skipAll = plan.mode === 'union';
  const { inStart, inAdj } = graph;
  const slotOf = hubs.slot;
  for (let i = inStart[v], end = inStart[v + 1]; i < end; i++) {
    const f = inAdj[i];
    const slot = slotOf[f];
    if (slot >= 0 && (skipAll || slot === plan.bestSlot)) continue;
    if (mark[f] !== stamp) {
      mark[f] = stamp;
      if ((bits[base + (f >>> 5)] & (1 << (f & 31))) === 0) count++;
    }
    for (let j = inStart[f], fEnd = inStart[f + 1]; j < fEnd; j++) {
      const g = inAdj[j];
      if (mark[g] !== stamp) {
        mark[g] = stamp;
        if ((bits[base + (g >>> 5)] & (1 << (g & 31))) === 0) count++;
      }
    }
  }
  return count;
}
