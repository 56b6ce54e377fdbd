import { describe, it, expect } from 'vitest';
import { buildFollowGraph, countFollowers } from './followGraph';
import { computeAudience2 } from './audience2';
import { computeHubLinks } from './hubLinks';
import { edgeListFromPairs } from './edgeList';
import { generateFollowGraph } from './generateGraph';
import { buildHubBitsets } from './hubBitsets';
import { smallGraph, randomEdgeList, followerSets, SMALL_GRAPHS } from './testGraphs';

const byId = (ids: string[], values: ArrayLike<number>): Record<string, number> => Object.fromEntries(ids.map((id, i) => [id, values[i]]));

describe('followers and audience2 by hand', () => {
  it.each([
    ['cycle', { a: 1, b: 1, c: 1 }, { a: 2, b: 2, c: 2 }],
    ['star', { l1: 0, c: 4, l2: 0, l3: 0, l4: 0 }, { l1: 0, c: 4, l2: 0, l3: 0, l4: 0 }],
    ['selfLoopAndDuplicate', { a: 0, b: 1, c: 1 }, { a: 0, b: 1, c: 2 }],
    ['isolated', { z: 0, a: 0, b: 1 }, { z: 0, a: 0, b: 1 }],
    ['twoComponents', { a: 0, b: 1, c: 1, d: 1, e: 1 }, { a: 0, b: 1, c: 2, d: 1, e: 1 }],
    ['twoHop', { x1: 3, a: 2, x2: 1, y1: 0, y2: 0 }, { x1: 4, a: 4, x2: 1, y1: 0, y2: 0 }],
  ] as const)('%s', (name, followers, audience2) => {
    const g = buildFollowGraph(smallGraph(name as keyof typeof SMALL_GRAPHS));
    expect(byId(g.ids, countFollowers(g))).toEqual(followers);
    expect(byId(g.ids, computeAudience2(g).audience2)).toEqual(audience2);
  });
});

describe('audience2 on a random graph', () => {
  const edges = randomEdgeList(300, 3000, 11);
  const g = buildFollowGraph(edges);
  const sets = followerSets(edges);
  const reference = sets.map((followers, v) => {
    const all = new Set<number>(followers);
    for (const f of followers) for (const x of sets[f]) all.add(x);
    all.delete(v);
    return all.size;
  });

  it('matches a set-based reference exactly', () => {
    const result = computeAudience2(g);
    expect(Array.from(result.audience2)).toEqual(reference);
    expect(result.estimatedCount).toBe(0);
  });

  it('estimates within four standard errors when forced to sample', () => {
    const result = computeAudience2(g, { maxExactWork: 0, samples: 3000, seed: 5 });
    expect(result.estimatedCount).toBe(reference.filter((_, v) => g.inStart[v + 1] > g.inStart[v]).length);
    for (let v = 0; v < g.nodeCount; v++) {
      expect(Math.abs(result.audience2[v] - reference[v])).toBeLessThanOrEqual(4 * result.stdError[v] + 1);
    }
  });
});

describe('hub links', () => {
  it('counts followers in the top 1% by followers, ties included', () => {
    // 199 accounts, so k = ⌈1% · 199⌉ = 2; h1, h2 and t tie at 3 followers and all three are hubs.
    const pairs: Array<[string, string]> = [['p1', 'h1'], ['p2', 'h1'], ['p3', 'h1'], ['p1', 'h2'], ['p2', 'h2'], ['p3', 'h2'], ['h1', 't'], ['h2', 't'], ['p1', 't']];
    const nodes = Array.from({ length: 193 }, (_, i) => `z${i}`);
    const g = buildFollowGraph(edgeListFromPairs(pairs, nodes));
    const result = computeHubLinks(g, countFollowers(g));
    expect([result.threshold, result.hubCount]).toEqual([3, 3]);
    expect(byId(g.ids, result.hubLinks)).toMatchObject({ t: 2, h1: 0, h2: 0, p1: 0 });
  });
});

describe('audience2 with hub bitsets', () => {
  // Big enough that hubs (≥ 64 followers) get bitsets, with reciprocity so hubs follow each other.
  const edges = generateFollowGraph({ nodes: 1500, edges: 20000, reciprocity: 0.4, seed: 3 });
  const g = buildFollowGraph(edges);
  const sets = followerSets(edges);

  it('uses bitsets on this graph', () => {
    expect(Array.from(buildHubBitsets(g).slot).filter((s) => s >= 0).length).toBeGreaterThan(10);
  });

  it.each([
    ['default bitsets', {}],
    ['no bitset memory', { maxBitsetBytes: 0 }],
  ])('matches the set-based reference (%s)', (_name, options) => {
    const reference = sets.map((followers, v) => {
      const all = new Set<number>(followers);
      for (const f of followers) for (const x of sets[f]) all.add(x);
      all.delete(v);
      return all.size;
    });
    expect(Array.from(computeAudience2(g, options).audience2)).toEqual(reference);
  });
});
