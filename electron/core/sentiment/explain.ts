import type { Reason } from '../../../shared/sentiment/types';
import type { Db } from '../db/database';
import { readModel } from '../repos/models';
import { storeReasons, type StoredScore } from '../repos/scores';
import { scorerOfStored, type Scorer } from './model';

// The last model asked for: a trained model's JSON is megabytes, parsed once, not per click.
let last: { db: Db; scorer: Scorer } | null = null;

async function scorerOfModel(db: Db, modelId: number): Promise<Scorer | null> {
  if (last?.db === db && last.scorer.modelId === modelId) return last.scorer;
  const stored = await readModel(db, modelId);
  if (!stored) return null;
  last = { db, scorer: scorerOfStored(stored) };
  return last.scorer;
}

/**
 * The reasons of a stored score. Bulk scoring with a trained model leaves them out (see
 * `Scorer.scoreQuick`); they are computed here with the model that made the score and kept.
 */
export async function reasonsOf(db: Db, score: StoredScore, text: string): Promise<Reason[]> {
  if (score.reasons.length > 0) return score.reasons;
  const scorer = await scorerOfModel(db, score.modelId);
  if (!scorer || scorer.kind === 'builtin') return score.reasons;
  const reasons = scorer.score(text).reasons;
  await storeReasons(db, score.postId, score.modelId, reasons);
  return reasons;
}
