// Test fixtures: a small topic model trained in a blink (a 4,096-slot feature space), stored and
// optionally switched on.
import { fitTopicModel, type TopicExample } from '../../../shared/sentiment/topicModel';
import type { Queryable } from '../db/database';
import { insertTopicModelChoice } from '../repos/topicModels';
import { storeTopicModel } from './trainTopicModel';

/** Posts about lost bags and late flights, labelled as an airline export labels them. */
export const REASON_ROWS: Array<[string, string]> = [
  ['lost my suitcase at the airport', 'Lost Luggage'],
  ['my bag never arrived at the carousel', 'Lost Luggage'],
  ['where is my luggage, three days now', 'Lost Luggage'],
  ['luggage missing again, no trace of my bag', 'Lost Luggage'],
  ['suitcase lost on the connection', 'Lost Luggage'],
  ['flight delayed again by two hours', 'Late Flight'],
  ['two hours late and no update', 'Late Flight'],
  ['delayed on the tarmac for ages', 'Late Flight'],
  ['late departure, missed my meeting', 'Late Flight'],
  ['our flight is delayed yet again', 'Late Flight'],
];

/** The rows as a CSV with `text` and `reason` columns (plus a row without a reason). */
export function reasonsCsv(rows: ReadonlyArray<[string, string]> = REASON_ROWS): string {
  return `text,reason\n${rows.map(([t, r]) => `"${t}",${r}`).join('\n')}\ngreat crew thanks,\n`;
}

/** Stores a small model trained on REASON_ROWS (cross-validated with 2 folds); with `siteId` given (null: the default), switches it on there. */
export async function seedTopicModel(q: Queryable, on?: { siteId: number | null; minConfidence?: number }): Promise<number> {
  const examples: TopicExample[] = REASON_ROWS.map(([text, topic]) => ({ text, topic }));
  const { model, cv } = fitTopicModel(examples, 2, 1, { features: { hashBits: 12 } });
  const id = await storeTopicModel(q, { modelJson: JSON.stringify(model), cv, folds: 2, examples: examples.length, skipped: 0, unreadable: 0 }, { name: 'reasons', sourceFile: 'reasons.csv', createdAt: 0, createdBy: null });
  if (on) await insertTopicModelChoice(q, { siteId: on.siteId, modelId: id, minConfidence: on.minConfidence ?? 0.5, at: 0, by: null });
  return id;
}
