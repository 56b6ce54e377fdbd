import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEdgeFile } from './parseEdgeFile';
import { buildFollowGraph } from '../../../shared/reach/followGraph';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const graphData = path.resolve(repoRoot, '..', 'shared', 'data', 'graph');

describe('real follower graphs (../shared/data/graph, counts from its README)', () => {
  it('reads the Higgs follower prefix: 355,051 edges, 76,851 ids, 14 self-loops', async () => {
    const { edges, report } = await parseEdgeFile(path.join(graphData, 'higgs', 'higgs-social_network.prefix.edgelist.gz'), { format: 'snap' });
    expect([report.edges, report.nodes, report.malformedCount]).toEqual([355_051, 76_851, 0]);
    const graph = buildFollowGraph(edges);
    expect(graph.selfLoops).toBe(14);
    expect(graph.edgeCount + graph.duplicates).toBe(355_051 - 14);
    expect(new Set(edges.src).size).toBe(5_394);
  });

  it('reads the Higgs mention layer: 150,818 weighted edges, 116,408 ids, total weight 171,237', async () => {
    const { edges, report } = await parseEdgeFile(path.join(graphData, 'higgs', 'higgs-mention_network.edgelist.gz'), { format: 'snap-weighted' });
    expect([report.edges, report.nodes, report.malformedCount]).toEqual([150_818, 116_408, 0]);
    expect(edges.weight?.reduce((sum, w) => sum + w, 0)).toBe(171_237);
  });

  it.each([
    ['bofa_careers', 13_688, 68_328],
    ['hersheycareers', 3_726, 23_939],
    ['verizoncareers', 9_226, 59_576],
  ])('reads brand followers %s: %i nodes, %i edges, no duplicates', async (name, nodes, edgeCount) => {
    const { edges, report } = await parseEdgeFile(path.join(graphData, 'brand_followers', `${name}.json.gz`));
    expect([report.nodes, report.edges, report.malformedCount, report.aborted]).toEqual([nodes, edgeCount, 0, null]);
    expect(buildFollowGraph(edges).duplicates).toBe(0);
  });
});
