import type { EdgeList } from './edgeList';
import { createRandom } from './random';

/** Options of {@link generateFollowGraph}. */
export interface GenerateGraphOptions {
  nodes: number;
  edges: number;
  /** Chance that a followed account follows back. Default 0.2. */
  reciprocity?: number;
  seed?: number;
}

/**
 * A seeded preferential-attachment follow graph (benchmarks, demo data): accounts arrive one by one
 * and follow earlier accounts chosen with probability ∝ followers + 1; the followed account follows
 * back with probability `reciprocity`; out-degrees vary (exponential around the mean). Exactly
 * `edges` edges; may contain a few duplicate edges (like real exports). Ids are "0", "1", ….
 */
export function generateFollowGraph(options: GenerateGraphOptions): EdgeList {
  const { nodes: n, edges: m } = options;
  const reciprocity = options.reciprocity ?? 0.2;
  const random = createRandom(options.seed ?? 1);
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  // Each node appears once on arrival plus once per follower: a uniform pick is ∝ followers + 1.
  const pool = new Int32Array(n + m);
  let poolSize = 0;
  let count = 0;
  const follow = (u: number, v: number): void => {
    src[count] = u;
    dst[count++] = v;
    pool[poolSize++] = v;
  };
  const attach = (u: number): void => {
    const v = pool[Math.floor(random() * poolSize)];
    if (v === u) return;
    follow(u, v);
    if (count < m && random() < reciprocity) follow(v, u);
  };
  const meanOut = Math.max(1, m / (Math.max(1, n) * (1 + reciprocity)));
  for (let u = 0; u < n && count < m; u++) {
    pool[poolSize++] = u;
    const k = u === 0 ? 0 : 1 + Math.floor(-Math.log(1 - random()) * (meanOut - 1));
    for (let j = 0; j < k && count < m; j++) attach(u);
  }
  while (count < m && n > 1) attach(Math.floor(random() * n));
  return { ids: Array.from({ length: n }, (_, i) => String(i)), src, dst, weight: null };
}
