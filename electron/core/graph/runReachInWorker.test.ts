import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { runReachInWorker } from './runReachInWorker';
import { computeReachMetrics } from '../../../shared/reach/computeReach';
import { generateFollowGraph } from '../../../shared/reach/generateGraph';
import type { ReachProgress } from './reachWorkerProtocol';

const here = path.dirname(fileURLToPath(import.meta.url));
const higgs = path.resolve(here, '..', '..', '..', '..', 'shared', 'data', 'graph', 'higgs');

describe('runReachInWorker', () => {
  it.each([true, false])('returns the same metrics as computing in-thread, for an edge list (parallel cascade: %s)', async (parallelCascade) => {
    const edges = generateFollowGraph({ nodes: 2000, edges: 15000, seed: 4 });
    const options = { cascade: { candidates: 20, runs: 100 } };
    const output = await runReachInWorker(edges, { ...options, parallelCascade });
    const { timings: _t, ...result } = output.result;
    const { timings: _l, ...local } = computeReachMetrics(edges, options);
    expect([output.follows, output.parallelCascade]).toEqual([null, parallelCascade]);
    expect(result).toEqual(local);
    expect(Number.isNaN(output.result.cascadeMean[Array.from(result.pagerank).indexOf(Math.max(...result.pagerank))])).toBe(false);
  });

  it('streams files inside the worker and reports parse and compute progress', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reach-'));
    try {
      const file = path.join(dir, 'f.csv');
      writeFileSync(file, 'follower,followee\na,b\nb,c\nbroken\nc,a\n');
      const steps: ReachProgress[] = [];
      const { result, follows } = await runReachInWorker({ file }, { onProgress: (p) => steps.push(p), cascade: { defaultP: 1, runs: 1 }, parallelCascade: true });
      expect([result.nodeCount, result.edgeCount]).toEqual([3, 3]);
      expect(Array.from(result.cascadeMean)).toEqual([2, 2, 2]);
      expect(follows?.malformed).toEqual([{ line: 4, reason: 'expected 2 fields, got 1', text: 'broken' }]);
      expect(steps.some((p) => p.phase === 'parse')).toBe(true);
      expect(steps.filter((p) => p.phase === 'compute').map((p) => p.phase === 'compute' && p.step)).toEqual(['build', 'followers', 'audience2', 'pageRank', 'core', 'hubLinks', 'cascade']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses interaction files for cascade probabilities (Higgs follower prefix + mentions)', async () => {
    const { result, interactions } = await runReachInWorker(
      { file: path.join(higgs, 'higgs-social_network.prefix.edgelist.gz'), interactionsFile: path.join(higgs, 'higgs-mention_network.edgelist.gz') },
      { cascade: { candidates: 5, runs: 50 }, parallelCascade: true },
    );
    expect([result.nodeCount, result.selfLoops]).toEqual([76_851, 14]);
    expect(interactions?.edges).toBe(150_818);
    expect(result.cascadeObservedEdges).toBeGreaterThan(0);
  });

  it('rejects when aborted', async () => {
    const controller = new AbortController();
    const run = runReachInWorker(generateFollowGraph({ nodes: 100, edges: 500 }), { signal: controller.signal });
    controller.abort();
    await expect(run).rejects.toThrow(/abort/i);
  });

  it('rejects with the worker error when the input cannot be read', async () => {
    await expect(runReachInWorker({ file: '/nonexistent/edges.txt' })).rejects.toThrow(/ENOENT/);
  });
});
