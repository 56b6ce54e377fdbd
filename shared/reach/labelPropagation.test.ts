import { describe, expect, it } from 'vitest';
import { labelPropagation } from './labelPropagation';

const pairs = (edges: Array<[number, number]>) => ({ src: edges.map((e) => e[0]), dst: edges.map((e) => e[1]) });

describe('labelPropagation', () => {
  it('finds two triangles joined by one edge, and leaves an isolated node alone', async () => {
    // 0-1-2 triangle, 3-4-5 triangle, bridge 2-3, node 6 isolated, a self-loop on 6 ignored.
    const { src, dst } = pairs([[0, 1], [1, 2], [2, 0], [3, 4], [4, 5], [5, 3], [2, 3], [6, 6]]);
    const labels = Array.from(await labelPropagation(7, src, dst));
    expect(labels.slice(0, 6)).toEqual([1, 1, 1, 4, 4, 4]);
    expect(labels[6]).toBe(6);
  });

  it('keeps two five-cliques joined by a bridge apart (plain votes in index order would flood one label across)', async () => {
    const edges: Array<[number, number]> = [[4, 5]];
    for (const base of [0, 5]) for (let a = 0; a < 5; a++) for (let b = a + 1; b < 5; b++) edges.push([base + a, base + b]);
    const { src, dst } = pairs(edges);
    const labels = Array.from(await labelPropagation(10, src, dst));
    expect(labels).toEqual([1, 1, 1, 1, 1, 6, 6, 6, 6, 6]);
  });

  it('treats follows as undirected (a star is one community), the same on every run', async () => {
    // A star: 1..4 follow 0; one clique 0..4; the result is a single community.
    const { src, dst } = pairs([[1, 0], [2, 0], [3, 0], [4, 0]]);
    const a = await labelPropagation(5, src, dst);
    expect(new Set(a).size).toBe(1);
    expect(Array.from(await labelPropagation(5, src, dst))).toEqual(Array.from(a));
  });

  it('yields to the caller every batch of nodes (weighting, then each sweep) and stops after maxSweeps', async () => {
    let yields = 0;
    const { src, dst } = pairs([[0, 1], [1, 2], [2, 3]]);
    await labelPropagation(4, src, dst, { batch: 2, maxSweeps: 1, onBatch: async () => void yields++ });
    // 4 nodes, batches of 2: twice while weighting the links, twice in the one sweep.
    expect(yields).toBe(4);
  });
});
