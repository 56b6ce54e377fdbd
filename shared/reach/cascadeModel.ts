import type { EdgeList } from './edgeList';
import type { FollowGraph } from './followGraph';
import { groupRows } from './followGraph';

/** How per-edge activation probabilities are estimated. */
export interface CascadeModelOptions {
  /** Prior mean p₀: the probability used when nothing was observed. Default 0.01. */
  defaultP?: number;
  /** Prior strength α, in pseudo-posts. Default 10. */
  priorStrength?: number;
  /**
   * Interaction edges (w replied to / mentioned / reposted v, weight = count). Matched to the follow
   * graph by id; interactions between accounts that are not a follow pair do not spread and are ignored.
   */
  interactions?: EdgeList | null;
  /** Posts by each author in the observation window (by follow-graph node index), when known. */
  exposures?: Float64Array | null;
  /** Posts assumed per author when exposures are unknown but the author was interacted with. Default 20. */
  assumedPosts?: number;
}

/**
 * Independent-cascade probabilities on the follow graph. A post by v reaches v's followers; the
 * edge v → w (w follows v) fires with p(v→w). Rule (a Beta(α·p₀, α·(1−p₀)) prior updated by the
 * observed rate): with c = interactions from w to v and N_v = posts by v in the window,
 *   p = (c + α·p₀) / (max(N_v, c) + α).
 * N_v = exposures[v] when given; otherwise `assumedPosts` if anyone interacted with v, else 0,
 * so an author with no observations gets exactly p₀ on every edge.
 * Followers of v are stored interacting-first: the first `explicitCount[v]` of v's row carry their
 * own probability in `explicitP`; the rest share `baseP[v]` (so simulation can skip geometrically).
 */
export interface CascadeModel {
  start: Int32Array;
  adj: Int32Array;
  explicitCount: Int32Array;
  explicitP: Float64Array;
  baseP: Float64Array;
  /** ln(1 − baseP[v]) (−∞ when baseP is 1), for geometric skips. */
  baseLogQ: Float64Array;
  /** (1 − baseP[v])^k with k = followers of v sharing baseP: the chance none of them fires. */
  baseNone: Float64Array;
  /** Follow edges that carry an observed interaction count. */
  observedEdges: number;
}

/** Builds the {@link CascadeModel} of a follow graph. */
export function buildCascadeModel(graph: FollowGraph, options: CascadeModelOptions = {}): CascadeModel {
  const n = graph.nodeCount;
  const p0 = options.defaultP ?? 0.01;
  const alpha = options.priorStrength ?? 10;
  const counts = groupInteractionsByTarget(graph, options.interactions ?? null);
  const start = graph.inStart;
  const adj = new Int32Array(graph.inAdj.length);
  const explicitCount = new Int32Array(n);
  const explicitP = new Float64Array(graph.inAdj.length);
  const baseP = new Float64Array(n);
  const baseLogQ = new Float64Array(n);
  const baseNone = new Float64Array(n);
  const pending = new Float64Array(n);
  let matched = 0;
  for (let v = 0; v < n; v++) {
    for (let i = counts.start[v]; i < counts.start[v + 1]; i++) pending[counts.adj[i]] = counts.weight[i];
    const observed = counts.start[v + 1] > counts.start[v];
    const exposure = options.exposures ? options.exposures[v] : observed ? (options.assumedPosts ?? 20) : 0;
    baseP[v] = (alpha * p0) / (exposure + alpha);
    let head = start[v];
    let tail = start[v + 1];
    for (let i = start[v]; i < start[v + 1]; i++) {
      const w = graph.inAdj[i];
      const c = pending[w];
      if (c > 0) {
        explicitP[head] = (c + alpha * p0) / (Math.max(exposure, c) + alpha);
        adj[head++] = w;
        matched++;
        pending[w] = 0;
      } else adj[--tail] = w;
    }
    explicitCount[v] = head - start[v];
    baseLogQ[v] = Math.log1p(-baseP[v]);
    baseNone[v] = baseP[v] <= 0 || start[v + 1] === head ? 1 : Math.exp((start[v + 1] - head) * baseLogQ[v]);
    for (let i = counts.start[v]; i < counts.start[v + 1]; i++) pending[counts.adj[i]] = 0;
  }
  return { start, adj, explicitCount, explicitP, baseP, baseLogQ, baseNone, observedEdges: matched };
}

/** Interaction counts by target v: sources w with summed counts, in follow-graph indices. */
function groupInteractionsByTarget(graph: FollowGraph, interactions: EdgeList | null): { start: Int32Array; adj: Int32Array; weight: Float64Array } {
  const n = graph.nodeCount;
  if (!interactions || interactions.src.length === 0) return { start: new Int32Array(n + 1), adj: new Int32Array(0), weight: new Float64Array(0) };
  const index = new Map<string, number>();
  graph.ids.forEach((id, i) => index.set(id, i));
  const remap = interactions.ids.map((id) => index.get(id) ?? -1);
  const m = interactions.src.length;
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const weight = new Float64Array(m);
  let kept = 0;
  for (let i = 0; i < m; i++) {
    const s = remap[interactions.src[i]];
    const d = remap[interactions.dst[i]];
    if (s < 0 || d < 0) continue;
    src[kept] = s;
    dst[kept] = d;
    weight[kept++] = interactions.weight ? interactions.weight[i] : 1;
  }
  const rows = groupRows(n, dst.subarray(0, kept), src.subarray(0, kept), weight.subarray(0, kept));
  return { start: rows.start, adj: rows.adj, weight: rows.weight ?? new Float64Array(0) };
}
