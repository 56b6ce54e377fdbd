// Training a topic model from a labelled CSV, shared by `topics.train` and the `train-topics` CLI:
// read and check the rows, cross-validate and fit on the sentiment worker thread, store switched off.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { TopicCrossValidation } from '../../../shared/sentiment/topicModel';
import type { Queryable } from '../db/database';
import { insertTopicModel, type NewTopicModel } from '../repos/topicModels';
import { MissingColumnError } from '../sentiment/csvScore';
import { openSentimentWorker } from '../sentiment/offThread';
import { readTopicCsv } from './topicCsv';

/** Thrown when a file cannot train a topic model; the message names the column, labels or counts at fault. */
export class TopicTrainingError extends Error {
  /** `field`: the request field at fault (file, textColumn, labelColumn). */
  constructor(message: string, readonly field: string) {
    super(message);
  }
}

/** Where the examples are and which columns hold text and label. */
export interface TopicTrainingInput {
  file: string;
  textColumn: string;
  labelColumn: string;
  folds?: number;
}

/** A fitted model with its cross-validated figures, and what the file held. */
export interface FittedTopicModel {
  modelJson: string;
  cv: TopicCrossValidation;
  folds: number;
  examples: number;
  /** Rows without a label (skipped) and rows the CSV parser could not read. */
  skipped: number;
  unreadable: number;
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

function labelCounts(labels: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return counts;
}

/**
 * Reads the labelled rows of a CSV and fits a topic model with k-fold cross-validation (default 5)
 * off this thread. Refuses (TopicTrainingError) missing columns, naming them and the columns found,
 * fewer than two labels, naming those found, and fewer labelled rows than folds.
 */
export async function fitTopicModelFromCsv(input: TopicTrainingInput): Promise<FittedTopicModel> {
  const folds = input.folds ?? 5;
  await stat(input.file).catch(() => {
    throw new TopicTrainingError(`no such file: ${input.file}`, 'file');
  });
  let read;
  try {
    read = await readTopicCsv(input.file, input);
  } catch (err) {
    if (err instanceof MissingColumnError) throw new TopicTrainingError(err.message, err.message.includes(`"${input.textColumn}"`) ? 'textColumn' : 'labelColumn');
    throw err;
  }
  const counts = labelCounts(read.examples.map((e) => e.topic));
  const col = `column "${input.labelColumn}"`;
  if (counts.size === 0) throw new TopicTrainingError(`no row has a label in ${col} (${read.skipped} rows, all empty there)`, 'labelColumn');
  if (counts.size < 2) {
    const [[only, n]] = [...counts];
    throw new TopicTrainingError(`need at least 2 labels in ${col} to learn topics; found only ${JSON.stringify(only)} (${n} rows)`, 'labelColumn');
  }
  if (read.examples.length < folds) throw new TopicTrainingError(`need at least ${folds} labelled rows for ${folds}-fold cross-validation; ${col} has ${read.examples.length}`, 'labelColumn');
  const worker = openSentimentWorker();
  try {
    const { modelJson, cv } = await worker.fitTopics(read.examples, folds);
    return { modelJson, cv, folds, examples: read.examples.length, skipped: read.skipped, unreadable: read.unreadable };
  } catch (err) {
    throw new TopicTrainingError(`cannot train on ${basename(input.file)}: ${err instanceof Error ? err.message.replace(/^\w+: /, '') : String(err)}`, 'labelColumn');
  } finally {
    worker.close();
  }
}

/** The row to store for a fitted model: figures rounded to 4 decimals, per-topic F1 by topic id. */
export function storedTopicModelOf(fitted: FittedTopicModel, meta: { name: string; sourceFile: string; createdAt: number; createdBy: string | null }): NewTopicModel {
  const { cv } = fitted;
  return {
    ...meta,
    examples: fitted.examples,
    macroF1: round(cv.macroF1),
    topics: cv.perTopic.map((t) => ({ topic: t.topic, label: t.label, examples: t.support, f1: round(t.f1), precision: round(t.precision), recall: round(t.recall) })),
    cv: { folds: fitted.folds, foldMacroF1: cv.folds.map(round), accuracy: round(cv.accuracy), confusion: cv.confusion },
    modelJson: fitted.modelJson,
  };
}

/** Stores a fitted model switched off; returns its id. */
export function storeTopicModel(q: Queryable, fitted: FittedTopicModel, meta: { name: string; sourceFile: string; createdAt: number; createdBy: string | null }): Promise<number> {
  return insertTopicModel(q, storedTopicModelOf(fitted, meta));
}
