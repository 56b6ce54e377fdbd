import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EdgeList } from '../../../shared/reach/edgeList';
import type { CascadeOnlyResult } from '../../../shared/reach/computeReach';
import type { ReachProgress, ReachWorkerData, ReachWorkerMessage, ReachWorkerOutput } from './reachWorkerProtocol';

/** Where a reach worker's entry module is, and the TS loader it needs when running from sources. */
export interface ReachWorkerEntry {
  entry: string;
  loader: string | null;
}

// Eval'd as CommonJS so the same code starts the worker from TS sources and from a build: it
// registers the TS loader only when told to, then imports the entry module.
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
export function resolveReachWorkerEntry(): ReachWorkerEntry {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return { entry: new URL('./' + 'reachWorker.ts', here).href, loader: new URL('./' + 'tsSourceLoader.mjs', here).href };
  const candidates = ['./reachWorker.js', '../reachWorker.js'].map((p) => new URL(p, here));
  const found = candidates.find((u) => existsSync(fileURLToPath(u)));
  if (!found) throw new Error(`reach worker entry not found (looked for ${candidates.map((u) => fileURLToPath(u)).join(', ')})`);
  return { entry: found.href, loader: null };
}

/** What a started worker ends with. */
export type ReachWorkerEnd = { type: 'done'; output: ReachWorkerOutput } | { type: 'cascades'; part: CascadeOnlyResult };

/** A running reach worker. */
export interface StartedReachWorker {
  /** Settles with the worker's final message, or rejects with its error. */
  end: Promise<ReachWorkerEnd>;
  terminate(): void;
}

/** Starts one reach worker; progress and parsed-edges messages go to the callbacks. */
export function startReachWorker(
  data: ReachWorkerData,
  where: ReachWorkerEntry,
  on: { progress?: (p: ReachProgress) => void; parsed?: (edges: EdgeList, interactions: EdgeList | null) => void },
): StartedReachWorker {
  const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { ...data, reachWorker: true, ...where } });
  let settled = false;
  const end = new Promise<ReachWorkerEnd>((resolve, reject) => {
    const finish = (error: unknown, message?: ReachWorkerEnd): void => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (message) resolve(message);
      else reject(error);
    };
    worker.on('message', (message: ReachWorkerMessage) => {
      if (message.type === 'progress') on.progress?.(message.progress);
      else if (message.type === 'parsed') on.parsed?.(message.edges, message.interactions);
      else if (message.type === 'error') finish(new Error(`reach worker failed: ${message.message}`));
      else finish(null, message);
    });
    worker.on('error', (error) => finish(error));
    worker.on('exit', (code) => finish(new Error(`reach worker exited with code ${code} before finishing`)));
  });
  return {
    end,
    terminate: () => {
      settled = true;
      void worker.terminate();
    },
  };
}
