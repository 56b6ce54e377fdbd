import { parentPort, workerData } from 'node:worker_threads';
import { computeCascadeMetrics, computeReachMetrics, type ReachResult } from '../../../shared/reach/computeReach';
import type { EdgeList } from '../../../shared/reach/edgeList';
import { parseEdgeFile, type EdgeFileReport } from './parseEdgeFile';
import type { ReachInput, ReachProgress, ReachWorkerData, ReachWorkerMessage } from './reachWorkerProtocol';

interface Loaded {
  edges: EdgeList;
  interactions: EdgeList | null;
  follows: EdgeFileReport | null;
  interactionsReport: EdgeFileReport | null;
}

/**
 * The job of one reach worker (see ./runReachInWorker.ts): parses the input files if given,
 * computes its part of the metrics, posts progress, and transfers the typed arrays back.
 */
export async function runReachWorkerJob(data: ReachWorkerData, post: (message: ReachWorkerMessage, transfer?: ArrayBuffer[]) => void): Promise<void> {
  const progress = (p: ReachProgress): void => post({ type: 'progress', progress: p });
  const loaded = await loadInput(data.input, progress);
  const cascade = { ...data.options.cascade, ...(loaded.interactions ? { interactions: loaded.interactions } : {}) };
  const options = { ...data.options, cascade, now: () => performance.now() };
  if (data.part === 'cascade') {
    const part = computeCascadeMetrics(loaded.edges, options);
    return post({ type: 'cascades', part }, [part.cascadeMean.buffer as ArrayBuffer, part.cascadeStdError.buffer as ArrayBuffer]);
  }
  if (data.part === 'structure' && data.input.kind === 'file') post({ type: 'parsed', edges: loaded.edges, interactions: loaded.interactions });
  const own = data.part === 'structure' ? { ...options, cascade: { ...cascade, candidates: 0, nodes: undefined } } : options;
  const result = computeReachMetrics(loaded.edges, { ...own, onStep: (step) => progress({ phase: 'compute', step }) });
  const output = { result, follows: loaded.follows, interactions: loaded.interactionsReport, parallelCascade: data.part === 'structure' };
  post({ type: 'done', output }, transferablesOf(result));
}

async function loadInput(input: ReachInput, progress: (p: ReachProgress) => void): Promise<Loaded> {
  if (input.kind === 'edges') return { edges: input.edges, interactions: null, follows: null, interactionsReport: null };
  const { file, format, interactionsFile, interactionsFormat } = input;
  const follows = await parseEdgeFile(file, { format, onProgress: (p) => progress({ phase: 'parse', file, ...p }) });
  if (!interactionsFile) return { edges: follows.edges, interactions: null, follows: follows.report, interactionsReport: null };
  const inter = await parseEdgeFile(interactionsFile, {
    format: interactionsFormat ?? 'snap-weighted',
    weighted: true,
    onProgress: (p) => progress({ phase: 'parse', file: interactionsFile, ...p }),
  });
  return { edges: follows.edges, interactions: inter.edges, follows: follows.report, interactionsReport: inter.report };
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
