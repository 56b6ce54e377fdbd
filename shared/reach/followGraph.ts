import type { EdgeList } from './edgeList';

/**
 * A follow graph in compressed sparse row form, both directions, as a simple directed graph.
 * Stated rules: self-loops (`A follows A`) are dropped and counted; duplicate edges are
 * collapsed to one and counted (for weighted rows, see {@link groupRows}: weights are summed).
 */
export interface FollowGraph {
  /** External id of each node index. */
  ids: string[];
  nodeCount: number;
  /** Distinct non-self edges kept. */
  edgeCount: number;
  /** Followers of v are `inAdj[inStart[v] .. inStart[v+1])`, ascending. */
  inStart: Int32Array;
  inAdj: Int32Array;
  /** Accounts u follows are `outAdj[outStart[u] .. outStart[u+1])`, ascending. */
  outStart: Int32Array;
  outAdj: Int32Array;
  /** Self-loops dropped. */
  selfLoops: number;
  /** Extra copies of an edge that were collapsed. */
  duplicates: number;
}

/** Rows of a sparse matrix: row r holds `adj[start[r] .. start[r+1])` with optional weights. */
export interface Rows {
  start: Int32Array;
  adj: Int32Array;
  weight: Float64Array | null;
  selfLoops: number;
  duplicates: number;
}

/**
 * Groups edges `row[i] → col[i]` into rows over `n` nodes in O(n + m): self-loops dropped, repeated
 * `(row, col)` pairs collapsed with their weights summed. Column order within a row is first-seen.
 */
export function groupRows(n: number, row: Int32Array, col: Int32Array, weight: Float64Array | null): Rows {
  const m = row.length;
  const start = new Int32Array(n + 1);
  let selfLoops = 0;
  for (let i = 0; i < m; i++) {
    if (row[i] === col[i]) selfLoops++;
    else start[row[i] + 1]++;
  }
  for (let r = 0; r < n; r++) start[r + 1] += start[r];
  const fill = start.slice(0, n);
  const adj = new Int32Array(m - selfLoops);
  const w = weight ? new Float64Array(m - selfLoops) : null;
  for (let i = 0; i < m; i++) {
    if (row[i] === col[i]) continue;
    const at = fill[row[i]]++;
    adj[at] = col[i];
    if (w && weight) w[at] = weight[i];
  }
  const kept = collapseDuplicates(n, start, adj, w);
  return { start, adj: adj.slice(0, kept), weight: w ? w.slice(0, kept) : null, selfLoops, duplicates: m - selfLoops - kept };
}

/** Removes repeated columns inside each row in place (rewriting `start`); returns the new length. */
function collapseDuplicates(n: number, start: Int32Array, adj: Int32Array, w: Float64Array | null): number {
  // seenAt[c] = position + 1 of column c in the current row, valid when stamp[c] === row + 1.
  const stamp = new Int32Array(n);
  const seenAt = new Int32Array(n);
  let out = 0;
  let from = start[0];
  for (let r = 0; r < n; r++) {
    const to = start[r + 1];
    start[r] = out;
    for (let i = from; i < to; i++) {
      const c = adj[i];
      if (stamp[c] === r + 1) {
        if (w) w[seenAt[c]] += w[i];
        continue;
      }
      stamp[c] = r + 1;
      seenAt[c] = out;
      adj[out] = c;
      if (w) w[out] = w[i];
      out++;
    }
    from = to;
  }
  start[n] = out;
  return out;
}

/** Transposes rows (counting sort): the result's rows list their columns in ascending order. */
export function transposeRows(n: number, start: Int32Array, adj: Int32Array): { start: Int32Array; adj: Int32Array } {
  const tStart = new Int32Array(n + 1);
  for (let i = 0; i < adj.length; i++) tStart[adj[i] + 1]++;
  for (let r = 0; r < n; r++) tStart[r + 1] += tStart[r];
  const fill = tStart.slice(0, n);
  const tAdj = new Int32Array(adj.length);
  for (let r = 0; r < n; r++) {
    for (let i = start[r]; i < start[r + 1]; i++) tAdj[fill[adj[i]]++] = r;
  }
  return { start: tStart, adj: tAdj };
}

/** Builds the simple follow graph of an edge list (src follows dst); ids are kept as given. */
export function buildFollowGraph(edges: EdgeList): FollowGraph {
  const n = edges.ids.length;
  const grouped = groupRows(n, edges.src, edges.dst, null);
  const inRows = transposeRows(n, grouped.start, grouped.adj);
  const outRows = transposeRows(n, inRows.start, inRows.adj);
  return {
    ids: edges.ids,
    nodeCount: n,
    edgeCount: grouped.adj.length,
    inStart: inRows.start,
    inAdj: inRows.adj,
    outStart: outRows.start,
    outAdj: outRows.adj,
    selfLoops: grouped.selfLoops,
    duplicates: grouped.duplicates,
  };
}

/** In-degree (follower count) of every node. */
export function countFollowers(graph: FollowGraph): Int32Array {
  const followers = new Int32Array(graph.nodeCount);
  for (let v = 0; v < graph.nodeCount; v++) followers[v] = graph.inStart[v + 1] - graph.inStart[v];
  return followers;
}
