import { SENTIMENT_LABELS, type SentimentLabel } from './types';

/** A confusion matrix: `counts[actual][predicted]`, rows and columns in `labels` order. */
export interface ConfusionMatrix {
  labels: string[];
  counts: number[][];
}

/** Per-class precision, recall and F1. */
export interface ClassScores {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/**
 * Counts actual × predicted pairs. Labels outside `labels` are ignored (and not counted).
 * Throws if the two arrays differ in length, since that is always a caller bug.
 */
export function confusionMatrix(
  actual: readonly string[],
  predicted: readonly string[],
  labels: readonly string[] = SENTIMENT_LABELS,
): ConfusionMatrix {
  if (actual.length !== predicted.length) throw new Error(`confusionMatrix: ${actual.length} actual vs ${predicted.length} predicted`);
  const index = new Map(labels.map((l, i) => [l, i]));
  const counts = labels.map(() => labels.map(() => 0));
  for (let i = 0; i < actual.length; i++) {
    const a = index.get(actual[i]);
    const p = index.get(predicted[i]);
    if (a !== undefined && p !== undefined) counts[a][p]++;
  }
  return { labels: [...labels], counts };
}

/** Precision, recall and F1 of every class of a confusion matrix (0 where undefined). */
export function classScores(matrix: ConfusionMatrix): ClassScores[] {
  const { labels, counts } = matrix;
  return labels.map((label, k) => {
    const tp = counts[k][k];
    const support = counts[k].reduce((s, n) => s + n, 0);
    const predicted = counts.reduce((s, row) => s + row[k], 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support };
  });
}

/**
 * Macro-averaged F1: the unweighted mean of per-class F1, over the classes that occur in
 * `actual` or `predicted` (so a class nobody used does not count as a zero).
 */
export function macroF1(actual: readonly string[], predicted: readonly string[], labels: readonly string[] = SENTIMENT_LABELS): number {
  return macroF1OfMatrix(confusionMatrix(actual, predicted, labels));
}

/** Macro-F1 of an existing confusion matrix, with the same rule for unused classes as `macroF1`. */
export function macroF1OfMatrix(matrix: ConfusionMatrix): number {
  const scores = classScores(matrix);
  const used = scores.filter((s, k) => s.support > 0 || matrix.counts.some((row) => row[k] > 0));
  return used.length ? used.reduce((sum, c) => sum + c.f1, 0) / used.length : 0;
}

/** Share of positions where actual equals predicted (0 for empty input). */
export function accuracy(actual: readonly string[], predicted: readonly string[]): number {
  if (actual.length === 0) return 0;
  let hit = 0;
  for (let i = 0; i < actual.length; i++) if (actual[i] === predicted[i]) hit++;
  return hit / actual.length;
}

/** Renders a confusion matrix as aligned text lines (rows = actual, columns = predicted). */
export function formatConfusion(matrix: ConfusionMatrix): string[] {
  const width = Math.max(9, ...matrix.labels.map((l) => l.length + 1));
  const pad = (s: string | number) => String(s).padStart(width);
  const lines = [`${'actual\\pred'.padEnd(12)}${matrix.labels.map(pad).join('')}`];
  matrix.counts.forEach((row, k) => lines.push(`${matrix.labels[k].padEnd(12)}${row.map(pad).join('')}`));
  return lines;
}

/** Narrows a string to a sentiment label, or undefined when it is not one (case-insensitive). */
export function parseLabel(value: string): SentimentLabel | undefined {
  const v = value.trim().toLowerCase();
  return (SENTIMENT_LABELS as readonly string[]).includes(v) ? (v as SentimentLabel) : undefined;
}
