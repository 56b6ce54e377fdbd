import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EdgeList } from '../../../shared/reach/edgeList';
import type { EdgeFileFormat } from './parseEdgeFile';
import type { ReachInput, ReachProgress, ReachWorkerData, ReachWorkerMessage, ReachWorkerMetricOptions, ReachWorkerOutput } from './reachWorkerProtocol';

/** Options of {@link runReachInWorker}. */
export interface RunReachOptions extends ReachWorkerMetricOptions {
  onProgress?: (progress: ReachProgress) => void;
  /** Terminates the worker and rejects with an AbortError. */
  signal?: AbortSignal;
  /** Worker entry module; default from {@link resolveReachWorkerEntry}. */
  workerEntry?: string;
}

/** A file input: follow edges plus optional weighted interaction edges. */
export interface ReachFileInput {
  file: string;
  format?: EdgeFileFormat;
  interactionsFile?: string;
  interactionsFormat?: EdgeFileFormat;
}

// The bootstrap is eval'd (CommonJS) so that the same code starts the worker from TS sources and
// from a build: it registers the TS loader only when told to, then imports the entry module.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
if (workerData.loader) require('node:module').register(workerData.loader);
import(workerData.entry).catch((error) => require('node:worker_threads').parentPort.postMessage({ type: 'error', message: String(error && error.stack || error) }));
`;

/**
 * Where the worker entry is. From sources (this file is .ts: vitest, dev) it is reachWorker.ts
 * with the TS loader; from a build it is `reachWorker.js` beside this chunk or one folder up
 * (the build must emit electron/core/graph/reachWorker.ts as an entry named `reachWorker`).
 */
export function resolveReachWorkerEntry(): { entry: string; loader: string | null } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return { entry: new URL('./' + 'reachWorker.ts', here).href, loader: new URL('./' + 'tsSourceLoader.mjs', here).href };
  const candidates = ['./reachWorker.js', '../reachWorker.js'].map((p) => new URL(p, here));
  const found = candidates.find((u) => existsSync(fileURLToPath(u)));
  if (!found) throw new Error(`reach worker entry not found (looked for ${candidates.map((u) => fileURLToPath(u)).join(', ')})`);
  return { entry: found.href, loader: null };
}

/**
 * Computes every reach metric in a worker thread, so the thread answering IPC never blocks.
 * Input is an edge list (its arrays are copied to the worker) or files streamed in the worker.
 */
export function runReachInWorker(input: EdgeList | ReachFileInput, options: RunReachOptions = {}): Promise<ReachWorkerOutput> {
  const { onProgress, signal, workerEntry, ...metricOptions } = options;
  const reachInput: ReachInput = 'src' in input ? { kind: 'edges', edges: input } : { kind: 'file', ...input };
  const { entry, loader } = workerEntry ? { entry: workerEntry, loader: null } : resolveReachWorkerEntry();
  const data: ReachWorkerData & { reachWorker: true; entry: string; loader: string | null } = { input: reachInput, options: metricOptions, reachWorker: true, entry, loader };
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: data });
    let settled = false;
    const finish = (error: unknown, output?: ReachWorkerOutput): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      if (output) resolve(output);
      else reject(error);
    };
    const onAbort = (): void => finish(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: ReachWorkerMessage) => {
      if (message.type === 'progress') onProgress?.(message.progress);
      else if (message.type === 'done') finish(null, message.output);
      else finish(new Error(`reach worker failed: ${message.message}`));
    });
    worker.on('error', (error) => finish(error));
    worker.on('exit', (code) => finish(new Error(`reach worker exited with code ${code} before finishing`)));
  });
}
