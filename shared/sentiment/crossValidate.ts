import { SENTIMENT_LABELS, type LabelledText, type SentimentLabel } from './types';
import { extractFeatures } from './features';
import { fitVectors, labelIndices, predictInto, resolveTraining, type TrainOptions } from './model';
import { accuracy, confusionMatrix, macroF1OfMatrix, type ConfusionMatrix } from './metrics';
import { createRandom, shuffleInPlace } from './random';

/** Cross-validated quality of the trainable model on a labelled set. */
export interface CrossValidation {
  macroF1: number;
  accuracy: number;
  /** Summed over all folds: every example is predicted exactly once. */
  confusion: ConfusionMatrix;
  /** Macro-F1 of each fold. */
  folds: number[];
}

/**
 * Assigns each example to one of k folds, stratified by label and shuffled with `seed`, so every
 * fold has about the same label mix. Returns the fold number of each example.
 */
export function assignFolds(labels: readonly string[], k: number, seed: number): Int32Array {
  const fold = new Int32Array(labels.length);
  const random = createRandom(seed);
  const byLabel = new Map<string, number[]>();
  labels.forEach((l, i) => byLabel.set(l, [...(byLabel.get(l) ?? []), i]));
  let next = 0;
  for (const label of [...byLabel.keys()].sort()) {
    for (const i of shuffleInPlace(byLabel.get(label) ?? [], random)) fold[i] = next++ % k;
  }
  return fold;
}

/**
 * k-fold cross-validation of `trainModel` (default 5 folds). Features are extracted once and
 * shared by the folds. Deterministic for a given seed. Throws like `trainModel` on bad labels,
 * or when there are fewer examples than folds.
 */
export function crossValidate(examples: readonly LabelledText[], k = 5, seed = 1, opts: TrainOptions = {}): CrossValidation {
  const { options, features } = resolveTraining(examples, { seed, ...opts });
  if (!Number.isInteger(k) || k < 2 || examples.length < k) throw new Error(`crossValidate: need k >= 2 and at least k examples (k=${k}, n=${examples.length})`);
  const xs = examples.map((e) => extractFeatures(e.text, features));
  const y = labelIndices(examples);
  const fold = assignFolds(examples.map((e) => e.label), k, seed);
  const predicted: SentimentLabel[] = new Array(examples.length);
  const folds: number[] = [];
  const p = new Float64Array(SENTIMENT_LABELS.length);
  for (let f = 0; f < k; f++) {
    const train = xs.flatMap((_, i) => (fold[i] === f ? [] : [i]));
    const fitted = fitVectors(train.map((i) => xs[i]), Int8Array.from(train, (i) => y[i]), features.hashBits, options);
    const actualFold: string[] = [];
    const predictedFold: string[] = [];
    for (let i = 0; i < xs.length; i++) {
      if (fold[i] !== f) continue;
      predictInto(p, xs[i], fitted.w, fitted.bias);
      predicted[i] = SENTIMENT_LABELS[p.indexOf(Math.max(...p))];
      actualFold.push(examples[i].label);
      predictedFold.push(predicted[i]);
    }
    folds.push(macroF1OfMatrix(confusionMatrix(actualFold, predictedFold)));
  }
  const actual = examples.map((e) => e.label);
  const confusion = confusionMatrix(actual, predicted);
  return { macroF1: macroF1OfMatrix(confusion), accuracy: accuracy(actual, predicted), confusion, folds };
}
