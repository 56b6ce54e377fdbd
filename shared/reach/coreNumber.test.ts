import { describe, it, expect } from 'vitest';
import { buildFollowGraph } from './followGraph';
import { buildUndirectedRows, computeCoreNumbers } from './coreNumber';
import { edgeListFromPairs } from './edgeList';
import { randomEdgeList } from './testGraphs';

const clique = (names: string[]): Array<[string, string]> => names.flatMap((a, i) => names.slice(i + 1).map((b): [string, string] => [a, b]));
const petersen: Array<[string, string]> = [
  ...[0, 1, 2, 3, 4].map((i): [string, string] => [`o${i}`, `o${(i + 1) % 5}`]),
  ...[0, 1, 2, 3, 4].map((i): [string, string] => [`i${i}`, `i${(i + 2) % 5}`]),
  ...[0, 1, 2, 3, 4].map((i): [string, string] => [`o${i}`, `i${i}`]),
];

describe('computeCoreNumbers', () => {
  it.each([
    ['K5', clique(['a', 'b', 'c', 'd', 'e']), { a: 4, e: 4 }],
    ['K4 plus a pendant', [...clique(['a', 'b', 'c', 'd']), ['p', 'a']], { a: 3, d: 3, p: 1 }],
    ['path', [['a', 'b'], ['b', 'c'], ['c', 'd']], { a: 1, b: 1, d: 1 }],
    ['mutual follows count once', [['a', 'b'], ['b', 'a'], ['b', 'c'], ['c', 'b']], { a: 1, b: 1, c: 1 }],
    ['triangle with a tail', [['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd'], ['d', 'e']], { a: 2, c: 2, d: 1, e: 1 }],
    ['Petersen graph', petersen, { o0: 3, i4: 3 }],
  ] as const)('%s', (_name, pairs, expected) => {
    const g = buildFollowGraph(edgeListFromPairs(pairs as Array<[string, string]>, ['lonely']));
    const core = computeCoreNumbers(g);
    const byId = Object.fromEntries(g.ids.map((id, i) => [id, core[i]]));
    expect(byId).toMatchObject({ ...expected, lonely: 0 });
  });

  it('matches naive peeling on random graphs', () => {
    for (const seed of [1, 2, 3, 4]) {
      const g = buildFollowGraph(randomEdgeList(80, 500, seed));
      expect(Array.from(computeCoreNumbers(g))).toEqual(naiveCores(g));
    }
  });
});

/** Peels minimum-degree nodes one at a time; the core number is the running maximum of removal degrees. */
function naiveCores(g: ReturnType<typeof buildFollowGraph>): number[] {
  const { start, adj } = buildUndirectedRows(g);
  const n = g.nodeCount;
  const neighbours = Array.from({ length: n }, (_, v) => new Set(adj.subarray(start[v], start[v + 1])));
  const alive = new Set(Array.from({ length: n }, (_, v) => v));
  const core = new Array<number>(n).fill(0);
  let k = 0;
  while (alive.size > 0) {
    let best = -1;
    for (const v of alive) if (best < 0 || neighbours[v].size < neighbours[best].size) best = v;
    k = Math.max(k, neighbours[best].size);
    core[best] = k;
    alive.delete(best);
    for (const u of neighbours[best]) neighbours[u].delete(best);
  }
  return core;
}
