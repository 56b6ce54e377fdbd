import type { FollowGraph } from './followGraph';

/** Hub set and per-node hub links. */
export interface HubLinksResult {
  /** Followers of v that are hubs. */
  hubLinks: Int32Array;
  /** Smallest follower count of a hub. */
  threshold: number;
  /** Number of hubs (can exceed 1% of nodes when counts tie at the threshold). */
  hubCount: number;
}

/**
 * Links to hubs. Hubs are the top 1% of accounts by followers: k = ⌈fraction · n⌉ and the hub
 * threshold t = max(1, follower count of the k-th account in descending order); every account with
 * at least t followers is a hub, so ties at the threshold are all in (the rule does not depend on
 * input order). hubLinks(v) = how many of v's followers are hubs. O(n + m).
 */
export function computeHubLinks(graph: FollowGraph, followers: Int32Array, fraction = 0.01): HubLinksResult {
  const n = graph.nodeCount;
  const hubLinks = new Int32Array(n);
  if (n === 0) return { hubLinks, threshold: 1, hubCount: 0 };
  const threshold = Math.max(1, kthLargest(followers, Math.max(1, Math.ceil(fraction * n))));
  let hubCount = 0;
  for (let v = 0; v < n; v++) if (followers[v] >= threshold) hubCount++;
  for (let v = 0; v < n; v++) {
    let links = 0;
    for (let i = graph.inStart[v]; i < graph.inStart[v + 1]; i++) if (followers[graph.inAdj[i]] >= threshold) links++;
    hubLinks[v] = links;
  }
  return { hubLinks, threshold, hubCount };
}

/** k-th largest value (1-based) of non-negative integers by counting. */
function kthLargest(values: Int32Array, k: number): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  const counts = new Int32Array(max + 1);
  for (let i = 0; i < values.length; i++) counts[values[i]]++;
  let seen = 0;
  for (let value = max; value >= 0; value--) {
    seen += counts[value];
    if (seen >= k) return value;
  }
  return 0;
}
