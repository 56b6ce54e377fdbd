import { describe, it, expect } from 'vitest';
import { buildFollowGraph } from './followGraph';
import { buildCascadeModel } from './cascadeModel';
import { estimateCascades } from './cascade';
import { edgeListFromPairs } from './edgeList';
import { randomEdgeList, followerSets, smallGraph } from './testGraphs';

/** Accounts reachable from v by following "is followed by" edges, v excluded. */
function reachableCount(sets: Array<Set<number>>, v: number): number {
  const seen = new Set([v]);
  const queue = [v];
  while (queue.length > 0) for (const f of sets[queue.pop() as number]) if (!seen.has(f)) queue.push(f), seen.add(f);
  return seen.size - 1;
}

describe('estimateCascades', () => {
  const edges = randomEdgeList(200, 900, 3);
  const g = buildFollowGraph(edges);
  const all = Array.from({ length: g.nodeCount }, (_, i) => i);

  it('equals the reachable set size when every edge fires (p = 1)', () => {
    const sets = followerSets(edges);
    const result = estimateCascades(buildCascadeModel(g, { defaultP: 1 }), all, { runs: 3 });
    result.forEach((e) => expect([e.mean, e.stdError]).toEqual([reachableCount(sets, e.node), 0]));
  });

  it('is 0 when no edge fires (p = 0)', () => {
    const result = estimateCascades(buildCascadeModel(g, { defaultP: 0 }), all, { runs: 3 });
    expect(result.every((e) => e.mean === 0 && e.stdError === 0)).toBe(true);
  });

  it.each([
    ['star, p = 0.5: four followers', smallGraph('star'), 1, 2],
    ['chain c→b→a, p = 0.5: 0.5 + 0.25', edgeListFromPairs([['b', 'a'], ['c', 'b']]), 1, 0.75],
  ])('%s', (_name, list, node, expected) => {
    const [e] = estimateCascades(buildCascadeModel(buildFollowGraph(list), { defaultP: 0.5 }), [node], { runs: 20000, seed: 9 });
    expect(Math.abs(e.mean - expected)).toBeLessThan(4 * e.stdError);
  });

  it('gives fewer runs to authors whose cascades exceed the activation budget', () => {
    const model = buildCascadeModel(g, { defaultP: 1 });
    const sets = followerSets(edges);
    const big = all.reduce((best, v) => (reachableCount(sets, v) > reachableCount(sets, best) ? v : best), 0);
    const size = reachableCount(sets, big);
    const [e] = estimateCascades(model, [big], { runs: 1000, maxActivations: size * 100 });
    expect([e.runs, e.cutShort, e.mean]).toEqual([100, true, size]);
    const [small] = estimateCascades(model, [big], { runs: 50, maxActivations: size * 100 });
    expect([small.runs, small.cutShort]).toEqual([50, false]);
  });

  it('is reproducible for a seed and independent of the order of authors', () => {
    const model = buildCascadeModel(g, { defaultP: 0.3 });
    const forward = estimateCascades(model, [5, 9, 17], { runs: 200, seed: 4 });
    const backward = estimateCascades(model, [17, 9, 5], { runs: 200, seed: 4 });
    expect(backward.reverse()).toEqual(forward);
  });
});

describe('buildCascadeModel', () => {
  // f1, f2 follow a; f1 replied to a 4 times; x mentioned a but does not follow a.
  const follows = edgeListFromPairs([['f1', 'a'], ['f2', 'a'], ['a', 'f1']]);
  const interactions = edgeListFromPairs([['f1', 'a', 3], ['f1', 'a', 1], ['x', 'a', 7]]);
  const g = buildFollowGraph(follows);

  it('uses the prior p0 when nothing was observed', () => {
    const model = buildCascadeModel(g, { defaultP: 0.01 });
    expect(Array.from(model.baseP)).toEqual([0.01, 0.01, 0.01]);
    expect(model.observedEdges).toBe(0);
  });

  it.each([
    ['assumed 20 posts', null, (4 + 0.1) / 30, 0.1 / 30],
    ['known 100 posts', Float64Array.from([0, 100, 0]), (4 + 0.1) / 110, 0.1 / 110],
    ['counts above posts', Float64Array.from([0, 2, 0]), (4 + 0.1) / 14, 0.1 / 12],
  ])('puts observed followers first with the smoothed rate (%s)', (_name, exposures, pObserved, pOthers) => {
    const model = buildCascadeModel(g, { defaultP: 0.01, priorStrength: 10, interactions, exposures });
    const a = g.ids.indexOf('a');
    expect(model.explicitCount[a]).toBe(1);
    expect(g.ids[model.adj[model.start[a]]]).toBe('f1');
    expect(model.explicitP[model.start[a]]).toBeCloseTo(pObserved, 12);
    expect(model.baseP[a]).toBeCloseTo(pOthers, 12);
    expect(model.observedEdges).toBe(1);
  });
});
