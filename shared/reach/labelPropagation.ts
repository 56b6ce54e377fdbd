/** Options of {@link labelPropagation}. */
export interface LabelPropagationOptions {
  /** Sweeps at most (default 20). */
  maxSweeps?: number;
  /** Called after every `batch` node updates so a caller can yield to its event loop (default 20,000). */
  onBatch?: () => Promise<void>;
  batch?: number;
}

/** Neighbours of larger degree than this count 0 common neighbours (keeps the weighting near-linear). */
const COMMON_DEGREE_CAP = 500;

/**
 * Communities by label propagation on an undirected view of a graph of `n` nodes (edges as index
 * pairs; self-loops ignored). Deterministic: every node starts with its own index as label; sweeps
 * visit nodes in index order and each takes the label with the most votes among its neighbours
 * (ties: its current label if among the best, else the smallest), until a sweep changes nothing or
 * `maxSweeps` is reached. A neighbour's vote is 1 + the neighbours the two share (0 counted for
 * neighbours with more than 500), so a bridge between two dense groups weighs less than ties inside
 * them; plain votes in index order let the first group's label flood across a bridge.
 * Returns each node's label, the index of one member of its community.
 */
export async function labelPropagation(n: number, src: ArrayLike<number>, dst: ArrayLike<number>, opts: LabelPropagationOptions = {}): Promise<Int32Array> {
  const { start, adj } = undirectedCsr(n, src, dst);
  const batch = opts.batch ?? 20_000;
  const weight = await sharedNeighbourWeights(n, start, adj, batch, opts.onBatch);
  const labels = Int32Array.from({ length: n }, (_, i) => i);
  const count = new Int32Array(n);
  const touched = new Int32Array(n);
  let done = 0;
  for (let sweep = 0; sweep < (opts.maxSweeps ?? 20); sweep++) {
    let changed = 0;
    for (let v = 0; v < n; v++) {
      let k = 0;
      for (let e = start[v]; e < start[v + 1]; e++) {
        const l = labels[adj[e]];
        if (count[l] === 0) touched[k++] = l;
        count[l] += weight[e];
      }
      if (k > 0) {
        let most = 0;
        for (let t = 0; t < k; t++) most = Math.max(most, count[touched[t]]);
        let best = labels[v];
        if (count[best] !== most) {
          best = n;
          for (let t = 0; t < k; t++) if (count[touched[t]] === most && touched[t] < best) best = touched[t];
        }
        for (let t = 0; t < k; t++) count[touched[t]] = 0;
        if (best !== labels[v]) {
          labels[v] = best;
          changed++;
        }
      }
      if (opts.onBatch && ++done % batch === 0) await opts.onBatch();
    }
    if (changed === 0) break;
  }
  return labels;
}

/** Neighbour lists of the undirected graph (both directions of every edge, self-loops dropped), compressed. */
function undirectedCsr(n: number, src: ArrayLike<number>, dst: ArrayLike<number>): { start: Int32Array; adj: Int32Array } {
  const start = new Int32Array(n + 1);
  for (let i = 0; i < src.length; i++) {
    if (src[i] === dst[i]) continue;
    start[src[i] + 1]++;
    start[dst[i] + 1]++;
  }
  for (let v = 0; v < n; v++) start[v + 1] += start[v];
  const fill = start.slice(0, n);
  const adj = new Int32Array(start[n]);
  for (let i = 0; i < src.length; i++) {
    if (src[i] === dst[i]) continue;
    adj[fill[src[i]]++] = dst[i];
    adj[fill[dst[i]]++] = src[i];
  }
  return { start, adj };
}

/** 1 + the neighbours shared by the two ends of each adjacency entry (0 shared when the neighbour's degree is over the cap). */
async function sharedNeighbourWeights(n: number, start: Int32Array, adj: Int32Array, batch: number, onBatch?: () => Promise<void>): Promise<Int32Array> {
  const weight = new Int32Array(adj.length).fill(1);
  const mark = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    for (let e = start[v]; e < start[v + 1]; e++) mark[adj[e]] = v;
    for (let e = start[v]; e < start[v + 1]; e++) {
      const u = adj[e];
      if (start[u + 1] - start[u] > COMMON_DEGREE_CAP) continue;
      let shared = 0;
      for (let f = start[u]; f < start[u + 1]; f++) if (mark[adj[f]] === v && adj[f] !== u) shared++;
      weight[e] += shared;
    }
    if (onBatch && (v + 1) % batch === 0) await onBatch();
  }
  return weight;
}
