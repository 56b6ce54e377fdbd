import { parentPort, workerData } from 'node:worker_threads';
import { computeReachMetrics, type ReachResult } from '../../../shared/reach/computeReach';
import { parseEdgeFile } from './parseEdgeFile';
import type { ReachProgress, ReachWorkerData, ReachWorkerMessage, ReachWorkerOutput } from './reachWorkerProtocol';

/**
 * Worker-thread entry for {@link runReachInWorker} (./runReachInWorker.ts): parses the input files
 * if given, computes every metric, posts progress, and transfers the typed arrays back.
 * Importing this module outside a worker does nothing.
 */
export async function runReachWorkerJob(data: ReachWorkerData, post: (message: ReachWorkerMessage, transfer?: ArrayBuffer[]) => void): Promise<void> {
  const progress = (p: ReachProgress): void => post({ type: 'progress', progress: p });
  const output: ReachWorkerOutput = { result: null as unknown as ReachResult, follows: null, interactions: null };
  const options = { ...data.options, cascade: { ...data.options.cascade } };
  let edges;
  if (data.input.kind === 'edges') edges = data.input.edges;
  else {
    const { file, format, interactionsFile, interactionsFormat } = data.input;
    const parsed = await parseEdgeFile(file, { format, onProgress: (p) => progress({ phase: 'parse', file, ...p }) });
    edges = parsed.edges;
    output.follows = parsed.report;
    if (interactionsFile) {
      const inter = await parseEdgeFile(interactionsFile, { format: interactionsFormat ?? 'snap-weighted', weighted: true, onProgress: (p) => progress({ phase: 'parse', file: interactionsFile, ...p }) });
      options.cascade.interactions = inter.edges;
      output.interactions = inter.report;
    }
  }
  output.result = computeReachMetrics(edges, { ...options, now: () => performance.now(), onStep: (step) => progress({ phase: 'compute', step }) });
  post({ type: 'done', output }, transferablesOf(output.result));
}

/** The ArrayBuffers of a result's typed arrays (moved, not copied, to the parent). */
export function transferablesOf(result: ReachResult): ArrayBuffer[] {
  const arrays = [result.followers, result.audience2, result.audience2StdError, result.pagerank, result.core, result.hubLinks, result.cascadeMean, result.cascadeStdError];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

if (parentPort && (workerData as { reachWorker?: boolean } | null)?.reachWorker) {
  const port = parentPort;
  runReachWorkerJob(workerData as ReachWorkerData, (message, transfer) => port.postMessage(message, transfer)).catch((error: unknown) => {
    port.postMessage({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies ReachWorkerMessage);
  });
}
