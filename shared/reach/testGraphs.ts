import type { EdgeList } from './edgeList';
import { edgeListFromPairs } from './edgeList';
import { createRandom } from './random';

/**
 * Small graphs shared by the reach tests (not used by product code). Each pair is
 * [follower, followee].
 */
export const SMALL_GRAPHS: Record<string, { pairs: Array<[string, string]>; nodes?: string[] }> = {
  cycle: { pairs: [['a', 'b'], ['b', 'c'], ['c', 'a']] },
  star: { pairs: [['l1', 'c'], ['l2', 'c'], ['l3', 'c'], ['l4', 'c']] },
  selfLoopAndDuplicate: { pairs: [['a', 'b'], ['a', 'b'], ['a', 'a'], ['b', 'c']] },
  isolated: { pairs: [['a', 'b']], nodes: ['z'] },
  twoComponents: { pairs: [['a', 'b'], ['b', 'c'], ['d', 'e'], ['e', 'd']] },
  twoHop: { pairs: [['x1', 'a'], ['x2', 'a'], ['y1', 'x1'], ['y2', 'x1'], ['y1', 'x2'], ['a', 'x1']] },
};

/** Edge list of one of {@link SMALL_GRAPHS}. */
export function smallGraph(name: keyof typeof SMALL_GRAPHS): EdgeList {
  const g = SMALL_GRAPHS[name];
  return edgeListFromPairs(g.pairs, g.nodes ?? []);
}

/** A seeded random multigraph with self-loops, duplicates and isolated nodes. */
export function randomEdgeList(nodes: number, edges: number, seed: number): EdgeList {
  const random = createRandom(seed);
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < edges; i++) pairs.push([`n${Math.floor(random() * nodes)}`, `n${Math.floor(random() ** 2 * nodes)}`]);
  return edgeListFromPairs(pairs, Array.from({ length: nodes }, (_, i) => `n${i}`));
}

/** Sets of followers by node index, straight from the edge list (reference implementations). */
export function followerSets(edges: EdgeList): Array<Set<number>> {
  const sets = edges.ids.map(() => new Set<number>());
  for (let i = 0; i < edges.src.length; i++) if (edges.src[i] !== edges.dst[i]) sets[edges.dst[i]].add(edges.src[i]);
  return sets;
}
