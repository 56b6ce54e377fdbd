import { describe, it, expect } from 'vitest';
import { computeCascadeMetrics, computeReachMetrics, topIndices } from './computeReach';
import { reachTopN, listReachRows } from './reachTopN';
import { generateFollowGraph } from './generateGraph';
import { smallGraph } from './testGraphs';

describe('computeReachMetrics', () => {
  it('reports every metric of the two-component graph', () => {
    const result = computeReachMetrics(smallGraph('twoComponents'), { cascade: { defaultP: 1, candidates: 5, runs: 2 } });
    expect(listReachRows(result)).toEqual([
      { id: 'a', followers: 0, audience2: 0, audience2StdError: 0, pagerank: expect.any(Number), core: 1, hubLinks: 0, cascade: 0, cascadeStdError: 0 },
      { id: 'b', followers: 1, audience2: 1, audience2StdError: 0, pagerank: expect.any(Number), core: 1, hubLinks: 0, cascade: 1, cascadeStdError: 0 },
      { id: 'c', followers: 1, audience2: 2, audience2StdError: 0, pagerank: expect.any(Number), core: 1, hubLinks: 1, cascade: 2, cascadeStdError: 0 },
      { id: 'd', followers: 1, audience2: 1, audience2StdError: 0, pagerank: expect.any(Number), core: 1, hubLinks: 1, cascade: 1, cascadeStdError: 0 },
      { id: 'e', followers: 1, audience2: 1, audience2StdError: 0, pagerank: expect.any(Number), core: 1, hubLinks: 1, cascade: 1, cascadeStdError: 0 },
    ]);
    expect([result.nodeCount, result.edgeCount, result.hubThreshold, result.hubCount]).toEqual([5, 4, 1, 4]);
  });

  it('simulates cascades for the top candidates by PageRank only', () => {
    const result = computeReachMetrics(generateFollowGraph({ nodes: 400, edges: 3000, seed: 2 }), { cascade: { candidates: 7, runs: 50 } });
    const simulated = Array.from(result.cascadeMean, (m, i) => (Number.isNaN(m) ? -1 : i)).filter((i) => i >= 0);
    expect(simulated.sort((a, b) => a - b)).toEqual(Array.from(topIndices(result.pagerank, 7)).sort((a, b) => a - b));
    expect(result.cascadeRuns).toBe(50);
  });

  it('turns cascades off with 0 candidates', () => {
    const result = computeReachMetrics(smallGraph('star'), { cascade: { candidates: 0 } });
    expect(result.cascadeMean.every(Number.isNaN)).toBe(true);
    expect(result.cascadeRuns).toBe(0);
  });

  it('handles an empty graph', () => {
    const result = computeReachMetrics({ ids: [], src: new Int32Array(0), dst: new Int32Array(0), weight: null });
    expect([result.nodeCount, result.edgeCount, result.pagerank.length]).toEqual([0, 0, 0]);
  });
});

describe('topIndices', () => {
  it.each([
    [[3, 1, 3, 2], 2, [0, 2]],
    [[3, 1, 3, 2], 3, [0, 2, 3]],
    [[1, 1, 1], 2, [0, 1]],
    [[5], 4, [0]],
    [[5, 6], 0, []],
  ])('%j top %i → %j', (values, k, expected) => {
    expect(Array.from(topIndices(values, k))).toEqual(expected);
  });
});

describe('reachTopN', () => {
  const result = computeReachMetrics(generateFollowGraph({ nodes: 300, edges: 2500, seed: 5 }), { cascade: { candidates: 10, runs: 100 } });

  it('ranks by PageRank by default, with the CLI fields', () => {
    const top = reachTopN(result, 5);
    expect(top.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(top.map((r) => r.pagerank)).toEqual([...top.map((r) => r.pagerank)].sort((a, b) => b - a));
    expect(Object.keys(top[0])).toEqual(expect.arrayContaining(['id', 'followers', 'audience2', 'pagerank', 'core', 'hubLinks', 'cascade', 'score']));
  });

  it('ranks by reach score when asked', () => {
    const top = reachTopN(result, 20, { by: 'score' });
    expect(top.map((r) => r.score)).toEqual([...top.map((r) => r.score)].sort((a, b) => b - a));
  });
});

describe('computeCascadeMetrics', () => {
  it('simulates the same authors with the same results as computeReachMetrics', () => {
    const edges = generateFollowGraph({ nodes: 500, edges: 5000, seed: 6 });
    const options = { cascade: { candidates: 12, runs: 80, seed: 3 } };
    const full = computeReachMetrics(edges, options);
    const only = computeCascadeMetrics(edges, options);
    expect(Array.from(only.cascadeMean)).toEqual(Array.from(full.cascadeMean));
    expect(Array.from(only.cascadeStdError)).toEqual(Array.from(full.cascadeStdError));
    expect([only.cascadeRuns, only.cascadeObservedEdges]).toEqual([full.cascadeRuns, full.cascadeObservedEdges]);
  });
});
