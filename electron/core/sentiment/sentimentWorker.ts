import { parentPort, workerData } from 'node:worker_threads';
import { fitTopicModel } from '../../../shared/sentiment/topicModel';
import { fitModel, modelToJson, scorerOfStored, type Scorer } from './model';
import type { SentimentWorkerReply, SentimentWorkerRequest, WorkerModel } from './workerProtocol';

let cached: { id: number; scorer: Scorer } | null = null;

function scorerFor(model: WorkerModel): Scorer {
  if (cached?.id !== model.id) {
    const kind = model.blob === null ? 'builtin' : 'trained';
    const info = { id: model.id, kind, name: '', createdAt: 0, cvMacroF1: null, cv: null, examples: null, active: true, activatedAt: null } as const;
    cached = { id: model.id, scorer: scorerOfStored({ info, blob: model.blob }) };
  }
  return cached.scorer;
}

/**
 * Answers one request of the sentiment worker (./offThread.ts): fit a sentiment or topic model with
 * its cross-validation, or score a chunk of texts with a model (kept parsed between chunks).
 */
export function answerSentimentRequest(req: SentimentWorkerRequest): SentimentWorkerReply {
  try {
    if (req.type === 'fit') {
      const { model, cv } = fitModel(req.examples, req.sources, req.folds);
      return { id: req.id, type: 'fitted', modelJson: modelToJson(model), cv };
    }
    if (req.type === 'fitTopics') {
      const { model, cv } = fitTopicModel(req.examples, req.folds);
      return { id: req.id, type: 'topicsFitted', modelJson: JSON.stringify(model), cv };
    }
    const scorer = scorerFor(req.model);
    return { id: req.id, type: 'scored', scores: req.texts.map((t) => scorer.scoreQuick(t)) };
  } catch (err) {
    return { id: req.id, type: 'error', message: err instanceof Error ? err.message : String(err) };
  }
}

if (parentPort && (workerData as { sentimentWorker?: boolean } | null)?.sentimentWorker) {
  const port = parentPort;
  port.on('message', (req: SentimentWorkerRequest) => port.postMessage(answerSentimentRequest(req)));
}
