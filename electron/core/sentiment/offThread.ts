import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TopicCrossValidation, TopicExample } from '../../../shared/sentiment/topicModel';
import type { LabelledText, SentimentScore } from '../../../shared/sentiment/types';
import { parseModelJson, type ExampleSources, type FittedModel } from './model';
import { answerSentimentRequest } from './sentimentWorker';
import type { SentimentWorkerReply, SentimentWorkerRequest, WorkerModel } from './workerProtocol';

// Eval'd as CommonJS so the same code starts the worker from TS sources (registering the TS loader
// of electron/core/graph) and from a build (a `sentimentWorker.js` entry), as the reach worker does.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
if (workerData.loader) require('node:module').register(workerData.loader);
import(workerData.entry).catch((error) => require('node:worker_threads').parentPort.postMessage({ id: -1, type: 'error', message: String(error && error.stack || error) }));
`;

/**
 * Where the worker entry is: sentimentWorker.ts with the TS loader from sources (vitest, dev), or
 * `sentimentWorker.js` beside this chunk or one folder up in a build. Null when the build did not
 * emit it (electron/core/sentiment/sentimentWorker.ts as an entry named `sentimentWorker`).
 */
export function resolveSentimentWorkerEntry(): { entry: string; loader: string | null } | null {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return { entry: new URL('./' + 'sentimentWorker.ts', here).href, loader: new URL('../graph/' + 'tsSourceLoader.mjs', here).href };
  const found = ['./sentimentWorker.js', '../sentimentWorker.js'].map((p) => new URL(p, here)).find((u) => existsSync(fileURLToPath(u)));
  return found ? { entry: found.href, loader: null } : null;
}

/** Fitting and bulk scoring, on a worker thread when the build has one, else on this thread. */
export interface SentimentWorker {
  readonly offThread: boolean;
  fit(examples: LabelledText[], sources: ExampleSources, folds?: number): Promise<FittedModel>;
  score(model: WorkerModel, texts: string[]): Promise<SentimentScore[]>;
  /** Cross-validates and fits a topic model (fitTopicModel); the model comes back as JSON. */
  fitTopics(examples: TopicExample[], folds?: number): Promise<{ modelJson: string; cv: TopicCrossValidation }>;
  close(): void;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

type Pending = Map<number, { resolve: (r: SentimentWorkerReply) => void; reject: (e: Error) => void }>;

function startThread(where: { entry: string; loader: string | null }): { ask: (req: SentimentWorkerRequest) => Promise<SentimentWorkerReply>; close: () => void } {
  const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { sentimentWorker: true, ...where } });
  const pending: Pending = new Map();
  const failAll = (err: Error): void => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  worker.on('message', (reply: SentimentWorkerReply) => {
    if (reply.id === -1) return failAll(new Error(`sentiment worker failed to start: ${reply.type === 'error' ? reply.message : ''}`));
    pending.get(reply.id)?.resolve(reply);
    pending.delete(reply.id);
  });
  worker.on('error', (err) => failAll(err));
  worker.on('exit', (code) => failAll(new Error(`sentiment worker exited with code ${code}`)));
  return {
    ask: (req) => new Promise((resolve, reject) => {
      pending.set(req.id, { resolve, reject });
      worker.postMessage(req);
    }),
    close: () => void worker.terminate(),
  };
}

/** Opens a sentiment worker (close it when done); `inline` forces this thread. */
export function openSentimentWorker(opts: { inline?: boolean } = {}): SentimentWorker {
  const where = opts.inline ? null : resolveSentimentWorkerEntry();
  const thread = where ? startThread(where) : null;
  let next = 0;
  const ask = async (req: WithoutId<SentimentWorkerRequest>): Promise<SentimentWorkerReply> => {
    const full = { ...req, id: next++ } as SentimentWorkerRequest;
    const reply = thread ? await thread.ask(full) : answerSentimentRequest(full);
    if (reply.type === 'error') throw new Error(reply.message);
    return reply;
  };
  return {
    offThread: thread !== null,
    fit: async (examples, sources, folds = 5) => {
      const r = await ask({ type: 'fit', examples, sources, folds });
      if (r.type !== 'fitted') throw new Error(`sentiment worker answered ${r.type} to fit`);
      return { model: parseModelJson(r.modelJson, 'the fitted model'), cv: r.cv };
    },
    score: async (model, texts) => {
      const r = await ask({ type: 'score', model, texts });
      if (r.type !== 'scored') throw new Error(`sentiment worker answered ${r.type} to score`);
      return r.scores;
    },
    fitTopics: async (examples, folds = 5) => {
      const r = await ask({ type: 'fitTopics', examples, folds });
      if (r.type !== 'topicsFitted') throw new Error(`sentiment worker answered ${r.type} to fitTopics`);
      return { modelJson: r.modelJson, cv: r.cv };
    },
    close: () => thread?.close(),
  };
}
