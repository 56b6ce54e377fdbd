import { describe, it, expect } from 'vitest';
import { buildFollowGraph, countFollowers, groupRows } from './followGraph';
import { createEdgeListBuilder, edgeListFromPairs } from './edgeList';
import { randomEdgeList, followerSets, smallGraph } from './testGraphs';

const rowOf = (start: Int32Array, adj: Int32Array, v: number): number[] => Array.from(adj.subarray(start[v], start[v + 1]));

describe('buildFollowGraph', () => {
  it('drops self-loops and collapses duplicates, counting both', () => {
    const g = buildFollowGraph(smallGraph('selfLoopAndDuplicate'));
    expect([g.nodeCount, g.edgeCount, g.selfLoops, g.duplicates]).toEqual([3, 2, 1, 1]);
    expect(Array.from(countFollowers(g))).toEqual([0, 1, 1]);
  });

  it('keeps declared nodes without edges', () => {
    const g = buildFollowGraph(smallGraph('isolated'));
    expect(g.ids).toEqual(['z', 'a', 'b']);
    expect(Array.from(countFollowers(g))).toEqual([0, 0, 1]);
  });

  it('has ascending in- and out-rows that match the distinct edges', () => {
    const edges = randomEdgeList(60, 400, 7);
    const g = buildFollowGraph(edges);
    const sets = followerSets(edges);
    for (let v = 0; v < g.nodeCount; v++) {
      expect(rowOf(g.inStart, g.inAdj, v)).toEqual([...sets[v]].sort((a, b) => a - b));
      const outs = rowOf(g.outStart, g.outAdj, v);
      expect(outs).toEqual([...outs].sort((a, b) => a - b));
      for (const u of outs) expect(sets[u].has(v)).toBe(true);
    }
    expect(g.edgeCount + g.selfLoops + g.duplicates).toBe(400);
  });
});

describe('groupRows', () => {
  it('sums the weights of duplicate pairs', () => {
    const edges = edgeListFromPairs([['a', 'b', 2], ['a', 'b', 3], ['a', 'c', 1], ['b', 'b', 9]]);
    const rows = groupRows(3, edges.src, edges.dst, edges.weight);
    expect(Array.from(rows.adj)).toEqual([1, 2]);
    expect(Array.from(rows.weight ?? [])).toEqual([5, 1]);
    expect([rows.selfLoops, rows.duplicates]).toEqual([1, 1]);
  });
});

describe('createEdgeListBuilder', () => {
  it('grows past its capacity and interns ids in first-seen order', () => {
    const builder = createEdgeListBuilder({ capacity: 16, weighted: true });
    for (let i = 0; i < 100; i++) builder.addEdge(`u${i % 7}`, `v${i % 5}`, i);
    const list = builder.build();
    expect(list.src.length).toBe(100);
    expect(list.ids.slice(0, 3)).toEqual(['u0', 'v0', 'u1']);
    expect(list.weight?.[99]).toBe(99);
  });

  it.each([
    [['17', '017', ' 17', 'x17', '17'], ['17', '017', ' 17', 'x17']],
    [['0', '00', '999999999', '1000000000', '0'], ['0', '00', '999999999', '1000000000']],
  ])('keeps numeric-looking ids distinct from their other spellings: %j', (names, ids) => {
    const builder = createEdgeListBuilder();
    names.forEach((name) => builder.addNode(name));
    expect(builder.build().ids).toEqual(ids);
  });

  it('maps addNumericNode(n) and addNode(String(n)) to the same account, on both sides of the dense table', () => {
    const builder = createEdgeListBuilder();
    const values = [5, 8_388_607, 8_388_608, 999_999_999, 0];
    const first = values.map((v) => builder.addNumericNode(v));
    expect(values.map((v) => builder.addNode(String(v)))).toEqual(first);
    expect(builder.build().ids).toEqual(values.map(String));
  });
});
