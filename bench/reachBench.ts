import path from 'node:path';
import { mkdtempSync, rmSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { generateFollowGraph } from '../shared/reach/generateGraph';
import type { ReachResult } from '../shared/reach/computeReach';
import { parseEdgeFile } from '../electron/core/graph/parseEdgeFile';
import { runReachInWorker, type ReachFileInput } from '../electron/core/graph/runReachInWorker';
import type { EdgeList } from '../shared/reach/edgeList';

/** Options of {@link runReachBench}. */
export interface ReachBenchOptions {
  /** Edges of the generated graph. Default 1,000,000 (on 100,000 accounts). */
  generatedEdges?: number;
  /** Edges of the temporary SNAP file streamed to show parse throughput; 0 skips. Default 10,000,000. */
  streamEdges?: number;
}

const ms = (x: number): string => `${Math.round(x)} ms`;
const fmt = (n: number): string => n.toLocaleString('en-US');

/**
 * Reach metrics benchmark: every metric, computed in worker threads (the production path), on the
 * Higgs follower prefix (`<dataDir>/graph/higgs`) and on a seeded 1M-edge preferential-attachment
 * graph (one worker, and cascades on a second worker), plus streaming-parse throughput on a generated 10M-edge SNAP file. `dataDir` is the
 * shared data folder (`../shared/data` from the repo root). Returns the lines to print.
 */
export async function runReachBench(dataDir: string, options: ReachBenchOptions = {}): Promise<string[]> {
  const lines = ['reach metrics (worker threads; goal: all metrics for 1M edges ≤ 3 s)'];
  const higgs = path.join(dataDir, 'graph', 'higgs');
  lines.push(...(await benchRun('Higgs follower prefix (file, parsed in the worker)', { file: path.join(higgs, 'higgs-social_network.prefix.edgelist.gz'), format: 'snap' })));
  lines.push(
    ...(await benchRun('Higgs follower prefix + mention layer for cascade probabilities', {
      file: path.join(higgs, 'higgs-social_network.prefix.edgelist.gz'),
      interactionsFile: path.join(higgs, 'higgs-mention_network.edgelist.gz'),
    })),
  );
  const m = options.generatedEdges ?? 1_000_000;
  const generated = generateFollowGraph({ nodes: Math.round(m / 10), edges: m, reciprocity: 0.2, seed: 1 });
  const title = `generated preferential attachment, ${fmt(m)} edges, ${fmt(generated.ids.length)} accounts, reciprocity 0.2, seed 1`;
  lines.push(...(await benchRun(`${title}, one worker (default)`, generated)));
  lines.push(...(await benchRun(`${title}, cascades on a second worker (parallelCascade)`, generated, true)));
  const stream = options.streamEdges ?? 10_000_000;
  if (stream > 0) lines.push(...(await benchStream(stream)));
  return lines;
}

async function benchRun(title: string, input: EdgeList | ReachFileInput, parallelCascade = false): Promise<string[]> {
  const t0 = performance.now();
  let parsedAt = t0;
  const { result, follows } = await runReachInWorker(input, {
    parallelCascade,
    onProgress: (p) => {
      if (p.phase === 'compute' && p.step === 'build') parsedAt = performance.now();
    },
  });
  const wall = performance.now() - t0;
  const t = result.timings;
  const out = [`  ${title}`];
  if (follows) out.push(`    parse ${ms(parsedAt - t0)} (${fmt(follows.edges)} edges, ${fmt(follows.malformedCount)} malformed, incl. worker start)`);
  out.push(
    `    graph ${fmt(result.nodeCount)} accounts, ${fmt(result.edgeCount)} edges (${fmt(result.selfLoops)} self-loops, ${fmt(result.duplicates)} duplicates dropped)`,
    `    build CSR ${ms(t.build)} | followers ${ms(t.followers)} | audience2 ${ms(t.audience2)} (${describeAudience(result)}) | PageRank ${ms(t.pageRank)} (${result.pageRankIterations} iterations, L1 residual ${result.pageRankResidual.toExponential(1)})`,
    `    k-core ${ms(t.core)} | hub links ${ms(t.hubLinks)} (${fmt(result.hubCount)} hubs, ≥ ${fmt(result.hubThreshold)} followers) | cascade ${ms(t.cascade)} (${describeCascade(result)})`,
    `    all metrics ${ms(t.total)} in ${parallelCascade ? 'two workers (cascades beside the rest)' : 'one worker'}; ${ms(wall)} wall including ${follows ? 'parsing, ' : 'copying edges in, '}worker start and transfer back`,
  );
  return out;
}

function describeAudience(result: ReachResult): string {
  let max = 0;
  for (const a of result.audience2) max = Math.max(max, a);
  return result.audience2Estimated === 0 ? `exact for all, max ${fmt(max)}` : `${fmt(result.audience2Estimated)} estimated, max ${fmt(max)}`;
}

function describeCascade(result: ReachResult): string {
  let count = 0;
  let sum = 0;
  let se = 0;
  result.cascadeMean.forEach((mean, i) => {
    if (Number.isNaN(mean)) return;
    count++;
    sum += mean;
    se += result.cascadeStdError[i];
  });
  if (count === 0) return 'off';
  const cut = result.cascadeCutShort > 0 ? ` (${fmt(result.cascadeCutShort)} cut short by the activation budget)` : '';
  return `top ${count} by PageRank × ${fmt(result.cascadeRuns)} runs${cut}, mean size ${(sum / count).toFixed(1)}, mean std error ${(se / count).toFixed(2)}, ${fmt(result.cascadeObservedEdges)} edges with observed rates`;
}

/** Writes a SNAP file of `edges` random-ish edges to a temp dir and times a streaming parse of it. */
async function benchStream(edges: number): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'reach-bench-'));
  try {
    const file = path.join(dir, 'edges.txt');
    const nodes = Math.max(2, Math.round(edges / 10));
    await writeSnapFile(file, edges, nodes);
    let peakRss = process.memoryUsage().rss;
    let calls = 0;
    const t0 = performance.now();
    const { report } = await parseEdgeFile(file, {
      onProgress: () => {
        calls++;
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      },
      progressEvery: 1_000_000,
    });
    const took = performance.now() - t0;
    return [
      `  streaming parse of a ${fmt(edges)}-edge SNAP file (${fmt(nodes)} ids, on this thread for the figure)`,
      `    ${ms(took)}, ${fmt(Math.round(report.edges / (took / 1000)))} edges/s, ${calls} progress calls, peak RSS ${fmt(Math.round(peakRss / 2 ** 20))} MiB`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function writeSnapFile(file: string, edges: number, nodes: number): Promise<void> {
  const out = createWriteStream(file);
  let x = 12345;
  for (let i = 0; i < edges; i += 10_000) {
    let chunk = '';
    for (let j = i; j < Math.min(edges, i + 10_000); j++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      chunk += `${j % nodes} ${x % nodes}\n`;
    }
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
