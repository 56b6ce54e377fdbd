import type { FollowGraph } from './followGraph';

/**
 * The undirected simple graph under a follow graph: u and v are adjacent when either follows the
 * other (a mutual follow is one undirected edge). Rows are ascending.
 */
export function buildUndirectedRows(graph: FollowGraph): { start: Int32Array; adj: Int32Array } {
  const n = graph.nodeCount;
  const start = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) start[u + 1] = start[u] + mergeRows(graph, u, null, 0);
  const adj = new Int32Array(start[n]);
  for (let u = 0; u < n; u++) mergeRows(graph, u, adj, start[u]);
  return { start, adj };
}

/** Merges the sorted in- and out-rows of u without repeats; writes them when `target` is given. */
function mergeRows(graph: FollowGraph, u: number, target: Int32Array | null, at: number): number {
  const { inStart, inAdj, outStart, outAdj } = graph;
  let i = inStart[u];
  let o = outStart[u];
  const iEnd = inStart[u + 1];
  const oEnd = outStart[u + 1];
  let count = 0;
  while (i < iEnd || o < oEnd) {
    let next: number;
    if (o >= oEnd || (i < iEnd && inAdj[i] < outAdj[o])) next = inAdj[i++];
    else if (i >= iEnd || outAdj[o] < inAdj[i]) next = outAdj[o++];
    else {
      next = inAdj[i++];
      o++;
    }
    if (target) target[at + count] = next;
    count++;
  }
  return count;
}

/**
 * k-core number of every node on the undirected simple graph (Batagelj & Zaversnik 2003, O(n + m)):
 * the largest k such that the node belongs to a subgraph where every node has degree ≥ k.
 * Isolated nodes have core 0. https://arxiv.org/abs/cs/0310049
 */
export function computeCoreNumbers(graph: FollowGraph): Int32Array {
  const { start, adj } = buildUndirectedRows(graph);
  const n = graph.nodeCount;
  const deg = new Int32Array(n);
  let maxDeg = 0;
  for (let v = 0; v < n; v++) {
    deg[v] = start[v + 1] - start[v];
    if (deg[v] > maxDeg) maxDeg = deg[v];
  }
  // bin[k] = first position in `vert` of the nodes whose current degree is k.
  const bin = new Int32Array(maxDeg + 2);
  for (let v = 0; v < n; v++) bin[deg[v] + 1]++;
  for (let k = 0; k <= maxDeg; k++) bin[k + 1] += bin[k];
  const pos = new Int32Array(n);
  const vert = new Int32Array(n);
  const fill = bin.slice();
  for (let v = 0; v < n; v++) {
    pos[v] = fill[deg[v]]++;
    vert[pos[v]] = v;
  }
  for (let i = 0; i < n; i++) {
    const v = vert[i];
    for (let e = start[v]; e < start[v + 1]; e++) {
      const u = adj[e];
      if (deg[u] <= deg[v]) continue;
      const du = deg[u];
      const pw = bin[du];
      const w = vert[pw];
      if (u !== w) {
        vert[pos[u]] = w;
        pos[w] = pos[u];
        vert[pw] = u;
        pos[u] = pw;
      }
      bin[du]++;
      deg[u]--;
    }
  }
  return deg;
}
