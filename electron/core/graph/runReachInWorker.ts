import type { EdgeList } from '../../../shared/reach/edgeList';
import type { CascadeOnlyResult } from '../../../shared/reach/computeReach';
import type { EdgeFileFormat } from './parseEdgeFile';
import type { ReachInput, ReachProgress, ReachWorkerMetricOptions, ReachWorkerOutput } from './reachWorkerProtocol';
import { resolveReachWorkerEntry, startReachWorker, type ReachWorkerEnd, type StartedReachWorker } from './startReachWorker';

/** Options of {@link runReachInWorker}. */
export interface RunReachOptions extends ReachWorkerMetricOptions {
  onProgress?: (progress: ReachProgress) => void;
  /** Terminates the workers and rejects with an AbortError. */
  signal?: AbortSignal;
  /** Worker entry module; default from {@link resolveReachWorkerEntry}. */
  workerEntry?: string;
  /**
   * Run the cascades on a second worker beside the other metrics (it rebuilds the graph and
   * PageRank to pick the same authors). About 20% faster on an idle two-core machine, slower when
   * the cores are busy, and it leaves no core for the UI; so the default is false (one worker).
   */
  parallelCascade?: boolean;
}

/** A file input: follow edges plus optional weighted interaction edges. */
export interface ReachFileInput {
  file: string;
  format?: EdgeFileFormat;
  interactionsFile?: string;
  interactionsFormat?: EdgeFileFormat;
}

/**
 * Computes every reach metric off the calling thread (worker_threads), so the thread answering
 * IPC never blocks. Input is an edge list (its arrays are copied to the workers) or files, which
 * are streamed inside the worker. Results are identical with and without `parallelCascade`.
 */
export function runReachInWorker(input: EdgeList | ReachFileInput, options: RunReachOptions = {}): Promise<ReachWorkerOutput> {
  const { onProgress, signal, workerEntry, parallelCascade = false, ...metricOptions } = options;
  const reachInput: ReachInput = 'src' in input ? { kind: 'edges', edges: input } : { kind: 'file', ...input };
  const where = workerEntry ? { entry: workerEntry, loader: null } : resolveReachWorkerEntry();
  const cascade = metricOptions.cascade ?? {};
  const wantsCascade = cascade.nodes ? cascade.nodes.length > 0 : (cascade.candidates ?? 100) > 0;
  const workers: StartedReachWorker[] = [];
  return new Promise<ReachWorkerOutput>((resolve, reject) => {
    const abortError = (): unknown => signal?.reason ?? new DOMException('Aborted', 'AbortError');
    const fail = (error: unknown): void => {
      workers.forEach((w) => w.terminate());
      signal?.removeEventListener('abort', onAbort);
      reject(error);
    };
    const onAbort = (): void => fail(abortError());
    if (signal?.aborted) return reject(abortError());
    signal?.addEventListener('abort', onAbort, { once: true });
    const start = (data: Parameters<typeof startReachWorker>[0], on: Parameters<typeof startReachWorker>[2]): Promise<ReachWorkerEnd> => {
      const w = startReachWorker(data, where, on);
      workers.push(w);
      return w.end;
    };
    const settle = (ends: ReachWorkerEnd[]): void => {
      try {
        resolve(mergeEnds(ends));
        signal?.removeEventListener('abort', onAbort);
      } catch (error) {
        fail(error);
      }
    };
    if (!parallelCascade || !wantsCascade) {
      start({ input: reachInput, options: metricOptions, part: 'all' }, { progress: onProgress }).then((end) => settle([end]), fail);
      return;
    }
    let cascadeEnd: Promise<ReachWorkerEnd> | null = null;
    let parsed: () => void = () => undefined;
    const cascadeStarted = new Promise<void>((r) => (parsed = r));
    const startCascade = (edges: EdgeList, interactions: EdgeList | null): void => {
      const withInteractions = interactions ? { ...metricOptions, cascade: { ...cascade, interactions } } : metricOptions;
      cascadeEnd = start({ input: { kind: 'edges', edges }, options: withInteractions, part: 'cascade' }, {});
      parsed();
    };
    if (reachInput.kind === 'edges') startCascade(reachInput.edges, null);
    const structure = start({ input: reachInput, options: metricOptions, part: 'structure' }, { progress: onProgress, parsed: startCascade });
    Promise.all([structure, cascadeStarted.then(() => cascadeEnd as Promise<ReachWorkerEnd>)]).then(settle, fail);
  });
}

/** Puts the cascade worker's fields into the structure worker's result. */
function mergeEnds(ends: ReachWorkerEnd[]): ReachWorkerOutput {
  const main = ends.find((e): e is Extract<ReachWorkerEnd, { type: 'done' }> => e.type === 'done');
  if (!main) throw new Error('reach worker returned no result');
  const cascade = ends.find((e): e is { type: 'cascades'; part: CascadeOnlyResult } => e.type === 'cascades')?.part;
  if (!cascade) return main.output;
  const r = main.output.result;
  const cascadeTotal = cascade.timings.build + cascade.timings.pageRank + cascade.timings.cascade;
  return {
    ...main.output,
    result: {
      ...r,
      cascadeMean: cascade.cascadeMean,
      cascadeStdError: cascade.cascadeStdError,
      cascadeRuns: cascade.cascadeRuns,
      cascadeCutShort: cascade.cascadeCutShort,
      cascadeObservedEdges: cascade.cascadeObservedEdges,
      timings: { ...r.timings, cascade: cascade.timings.cascade, total: Math.max(r.timings.total, cascadeTotal) },
    },
  };
}
