import { describe, it, expect } from 'vitest';
import { buildFollowGraph } from './followGraph';
import { computePageRank } from './pageRank';
import { randomEdgeList, smallGraph, followerSets, SMALL_GRAPHS } from './testGraphs';
import type { EdgeList } from './edgeList';

/** Dense power method straight from the definition: r ← d·M·r + (1−d)/n, dangling columns uniform. */
function densePageRank(edges: EdgeList, d = 0.85): number[] {
  const n = edges.ids.length;
  const followers = followerSets(edges);
  const out = new Array<number>(n).fill(0);
  followers.forEach((set) => set.forEach((u) => out[u]++));
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let u = 0; u < n; u++) for (let v = 0; v < n; v++) matrix[v][u] = out[u] === 0 ? 1 / n : followers[v].has(u) ? 1 / out[u] : 0;
  let r = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < 2000; it++) r = matrix.map((row) => (1 - d) / n + d * row.reduce((s, m, u) => s + m * r[u], 0));
  return r;
}

describe('computePageRank', () => {
  it.each(Object.keys(SMALL_GRAPHS))('matches the dense definition on %s', (name) => {
    const edges = smallGraph(name as keyof typeof SMALL_GRAPHS);
    const { rank } = computePageRank(buildFollowGraph(edges));
    densePageRank(edges).forEach((value, i) => expect(rank[i]).toBeCloseTo(value, 6));
  });

  it.each([1, 2, 3])('matches the dense definition to 1e-6 on random graph %i', (seed) => {
    const edges = randomEdgeList(120, 700, seed);
    const result = computePageRank(buildFollowGraph(edges));
    const reference = densePageRank(edges);
    const worst = Math.max(...reference.map((value, i) => Math.abs(value - result.rank[i])));
    expect(worst).toBeLessThan(1e-6);
    expect(result.residual).toBeLessThan(1e-10);
  });

  it('gives the hand-solved star values and sums to 1', () => {
    // Leaves follow c; c is dangling: r_l = 0.03 + 0.17 r_c, r_c = 0.03 + 0.17 r_c + 3.4 r_l.
    const { rank } = computePageRank(buildFollowGraph(smallGraph('star')));
    expect(rank[1]).toBeCloseTo(0.132 / 0.252, 9);
    expect(rank[0]).toBeCloseTo(0.03 + (0.17 * 0.132) / 0.252, 9);
    expect(rank.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });

  it('is uniform on a cycle', () => {
    const { rank } = computePageRank(buildFollowGraph(smallGraph('cycle')));
    rank.forEach((value) => expect(value).toBeCloseTo(1 / 3, 12));
  });
});
