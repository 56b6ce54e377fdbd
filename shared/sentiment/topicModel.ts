// A learned topic (contact reason) classifier: the sentiment model's features and fit over the
// reasons of a labelled file (e.g. the negative reasons of an airline export).
import { extractFeatures, type FeatureOptions, type FeatureVector } from './features';
import { accuracy, confusionMatrix, macroF1OfMatrix, type ConfusionMatrix } from './metrics';
import { fitVectors, packWeights, predictInto, resolveTraining, type ResolvedTrainOptions, type TrainOptions } from './model';
import { assignFolds } from './crossValidate';

/** A post with its topic (reason) label. */
export interface TopicExample {
  text: string;
  topic: string;
}

/** A trained topic model: softmax regression over hashed features, one class per topic. Plain JSON. */
export interface TopicModel {
  format: 'listening-post/topic-linear@1';
  /** Topic labels in class order. */
  labels: string[];
  features: FeatureOptions;
  options: ResolvedTrainOptions;
  bias: number[];
  index: number[];
  weights: number[];
  trainedOn: { examples: number; counts: Record<string, number> };
}

/** Cross-validated quality of the topic model. */
export interface TopicCrossValidation {
  macroF1: number;
  accuracy: number;
  confusion: ConfusionMatrix;
  folds: number[];
}

interface Prepared {
  labels: string[];
  y: Int8Array;
  xs: FeatureVector[];
  options: ResolvedTrainOptions;
  features: FeatureOptions;
}

/** Checks the examples and extracts features once. Throws an Error on too few examples or topics. */
function prepare(examples: readonly TopicExample[], opts: TrainOptions): Prepared {
  if (!Array.isArray(examples) || examples.length === 0) throw new Error('trainTopicModel: no examples to learn from');
  const labels = [...new Set(examples.map((e) => e.topic))].sort();
  if (labels.length < 2) throw new Error('trainTopicModel: need examples of at least two topics');
  if (labels.length > 127) throw new Error(`trainTopicModel: at most 127 topics (got ${labels.length})`);
  // resolveTraining checks sentiment labels: hand it stand-ins, the topic labels are checked above
  const { options, features } = resolveTraining([{ text: '', label: 'negative' }, { text: '', label: 'positive' }], opts);
  const of = new Map(labels.map((l, i) => [l, i]));
  return { labels, y: Int8Array.from(examples, (e) => of.get(e.topic) as number), xs: examples.map((e) => extractFeatures(e.text, features)), options, features };
}

/** Trains a topic model on labelled posts. Throws an Error when there are no examples or one topic only. */
export function trainTopicModel(examples: readonly TopicExample[], opts: TrainOptions = {}): TopicModel {
  const p = prepare(examples, opts);
  const fitted = fitVectors(p.xs, p.y, p.features.hashBits, p.options, p.labels.length);
  const counts: Record<string, number> = {};
  for (const e of examples) counts[e.topic] = (counts[e.topic] ?? 0) + 1;
  return { format: 'listening-post/topic-linear@1', labels: p.labels, features: p.features, options: p.options, ...packWeights(fitted), trainedOn: { examples: examples.length, counts } };
}

/** The most probable topic of a text under a trained model, with its probability. */
export function predictTopic(model: TopicModel, text: unknown): { topic: string; confidence: number } {
  const x = extractFeatures(text, model.features);
  const C = model.labels.length;
  const at = new Map(model.index.map((slot, k) => [slot, k * C]));
  const w = new Float32Array((model.index.length + 1) * C);
  model.weights.forEach((v, i) => (w[i] = v));
  // remap the sparse slots to packed rows so predictInto can read them
  const packed: FeatureVector = { ...x, index: Int32Array.from(x.index, (slot) => (at.has(slot) ? (at.get(slot) as number) / C : model.index.length)) };
  const p = new Float64Array(C);
  predictInto(p, packed, w, model.bias);
  let best = 0;
  for (let c = 1; c < C; c++) if (p[c] > p[best]) best = c;
  return { topic: model.labels[best], confidence: Math.round(p[best] * 1000) / 1000 };
}

/** k-fold cross-validation (stratified by topic) of trainTopicModel: macro-F1 over the topics. */
export function crossValidateTopics(examples: readonly TopicExample[], k = 5, seed = 1, opts: TrainOptions = {}): TopicCrossValidation {
  const p = prepare(examples, { seed, ...opts });
  if (!Number.isInteger(k) || k < 2 || examples.length < k) throw new Error(`crossValidateTopics: need k >= 2 and at least k examples (k=${k}, n=${examples.length})`);
  const fold = assignFolds(examples.map((e) => e.topic), k, seed);
  const predicted: string[] = new Array(examples.length);
  const folds: number[] = [];
  const prob = new Float64Array(p.labels.length);
  for (let f = 0; f < k; f++) {
    const train = p.xs.flatMap((_, i) => (fold[i] === f ? [] : [i]));
    const fitted = fitVectors(train.map((i) => p.xs[i]), Int8Array.from(train, (i) => p.y[i]), p.features.hashBits, p.options, p.labels.length);
    const actualFold: string[] = [];
    const predictedFold: string[] = [];
    for (let i = 0; i < p.xs.length; i++) {
      if (fold[i] !== f) continue;
      predictInto(prob, p.xs[i], fitted.w, fitted.bias);
      predicted[i] = p.labels[prob.indexOf(Math.max(...prob))];
      actualFold.push(examples[i].topic);
      predictedFold.push(predicted[i]);
    }
    folds.push(macroF1OfMatrix(confusionMatrix(actualFold, predictedFold, p.labels)));
  }
  const actual = examples.map((e) => e.topic);
  const confusion = confusionMatrix(actual, predicted, p.labels);
  return { macroF1: macroF1OfMatrix(confusion), accuracy: accuracy(actual, predicted), confusion, folds };
}
