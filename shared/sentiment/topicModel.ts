// A learned topic (contact reason) classifier: the sentiment model's features and fit over the
// reasons of a labelled file (e.g. the negative reasons of an airline export).
import { extractFeatures, type FeatureOptions, type FeatureVector } from './features';
import { accuracy, classScores, confusionMatrix, macroF1OfMatrix, type ConfusionMatrix } from './metrics';
import { fitVectors, packWeights, predictInto, resolveTraining, type ResolvedTrainOptions, type TrainOptions } from './model';
import { assignFolds } from './crossValidate';

/** A post with its topic (reason) label, as written in the file ("Lost Luggage"). */
export interface TopicExample {
  text: string;
  topic: string;
}

/** A trained topic model: softmax regression over hashed features, one class per topic. Plain JSON. */
export interface TopicModel {
  format: 'listening-post/topic-linear@1';
  /** Topic ids in class order (topicIdOf of the file's labels). */
  labels: string[];
  /** The file's label of each topic id, in class order ("Lost Luggage" for lost-luggage). */
  names: string[];
  features: FeatureOptions;
  options: ResolvedTrainOptions;
  bias: number[];
  index: number[];
  weights: number[];
  trainedOn: { examples: number; counts: Record<string, number> };
}

/** Cross-validated quality of one topic. */
export interface TopicScore {
  topic: string;
  label: string;
  f1: number;
  precision: number;
  recall: number;
  /** Examples of the topic. */
  support: number;
}

/** Cross-validated quality of the topic model. */
export interface TopicCrossValidation {
  macroF1: number;
  accuracy: number;
  /** Over topic ids. */
  confusion: ConfusionMatrix;
  folds: number[];
  perTopic: TopicScore[];
}

/** Longest topic id (the rule editor's limit, TOPIC_RULE_LIMITS.topicLength). */
const TOPIC_ID_LENGTH = 40;

/**
 * The topic id of a label in a training file: lower case, apostrophes dropped, other runs of
 * characters that are not letters or digits turned into one dash ("Can't Tell" → cant-tell), so a
 * label spelled like a rule topic ("baggage") counts with it. Empty when nothing is left.
 */
export function topicIdOf(label: string): string {
  const id = label.normalize('NFKD').toLowerCase().replace(/[\u0300-\u036f'’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return id.slice(0, TOPIC_ID_LENGTH).replace(/-+$/, '');
}

interface Prepared {
  labels: string[];
  names: string[];
  ids: string[];
  y: Int8Array;
  xs: FeatureVector[];
  options: ResolvedTrainOptions;
  features: FeatureOptions;
}

/** Checks the examples and extracts features once. Throws an Error on too few examples or topics. */
function prepare(examples: readonly TopicExample[], opts: TrainOptions): Prepared {
  if (!Array.isArray(examples) || examples.length === 0) throw new Error('trainTopicModel: no examples to learn from');
  const nameOf = new Map<string, string>();
  const ids = examples.map((e) => {
    const id = topicIdOf(e.topic);
    if (!id) throw new Error(`trainTopicModel: label ${JSON.stringify(e.topic)} has no letters or digits to make a topic id of`);
    if (!nameOf.has(id)) nameOf.set(id, e.topic.trim());
    return id;
  });
  const labels = [...nameOf.keys()].sort();
  if (labels.length < 2) throw new Error(`trainTopicModel: need examples of at least two topics (found only ${JSON.stringify(examples[0].topic)})`);
  if (labels.length > 127) throw new Error(`trainTopicModel: at most 127 topics (got ${labels.length})`);
  // resolveTraining checks sentiment labels: hand it stand-ins, the topic labels are checked above
  const { options, features } = resolveTraining([{ text: '', label: 'negative' }, { text: '', label: 'positive' }], opts);
  const of = new Map(labels.map((l, i) => [l, i]));
  return {
    labels,
    names: labels.map((l) => nameOf.get(l) as string),
    ids,
    y: Int8Array.from(ids, (id) => of.get(id) as number),
    xs: examples.map((e) => extractFeatures(e.text, features)),
    options,
    features,
  };
}

function modelOf(p: Prepared, examples: readonly TopicExample[]): TopicModel {
  const fitted = fitVectors(p.xs, p.y, p.features.hashBits, p.options, p.labels.length);
  const counts: Record<string, number> = {};
  for (const id of p.ids) counts[id] = (counts[id] ?? 0) + 1;
  return { format: 'listening-post/topic-linear@1', labels: p.labels, names: p.names, features: p.features, options: p.options, ...packWeights(fitted), trainedOn: { examples: examples.length, counts } };
}

/** Trains a topic model on labelled posts. Throws an Error when there are no examples or one topic only. */
export function trainTopicModel(examples: readonly TopicExample[], opts: TrainOptions = {}): TopicModel {
  return modelOf(prepare(examples, opts), examples);
}

/**
 * A model's weights laid out for prediction, built once per model: an open-addressing table of
 * the model's feature slots, each pair (slot, offset of its row of class weights) side by side, so
 * a feature costs one probe into a table a quarter the size of the weights instead of a Map
 * lookup: prediction is bound by cache misses (a model holds ~100k rows of a million slots).
 */
interface Packed {
  table: Int32Array;
  mask: number;
  weights: Float32Array;
}

const packedModels = new WeakMap<TopicModel, Packed>();

function packedOf(model: TopicModel): Packed {
  let packed = packedModels.get(model);
  if (packed) return packed;
  const C = model.labels.length;
  let size = 16;
  while (size < model.index.length * 2) size *= 2;
  const table = new Int32Array(size * 2).fill(-1);
  const mask = size - 1;
  model.index.forEach((slot, k) => {
    // features are slots in [0, 2^hashBits): another value in a hand-made file can match none
    if (!Number.isInteger(slot) || slot < 0 || slot > 0x7fffffff) return;
    let h = slot & mask;
    while (table[h * 2] !== -1 && table[h * 2] !== slot) h = (h + 1) & mask;
    table[h * 2] = slot; // a repeated slot keeps its last row, as a Map built from the pairs did
    table[h * 2 + 1] = k * C;
  });
  packed = { table, mask, weights: Float32Array.from(model.weights) };
  packedModels.set(model, packed);
  return packed;
}

/** Offset of the row of class weights of a feature slot, or -1 when the model has none. */
function rowOf(p: Packed, slot: number): number {
  for (let h = slot & p.mask; ; h = (h + 1) & p.mask) {
    const at = p.table[h * 2];
    if (at === slot) return p.table[h * 2 + 1];
    if (at === -1) return -1;
  }
}

/** The most probable topic (id and the file's label) of a text under a trained model, with its probability. */
export function predictTopic(model: TopicModel, text: unknown): { topic: string; label: string; confidence: number } {
  const x = extractFeatures(text, model.features);
  const C = model.labels.length;
  const packed = packedOf(model);
  const { weights } = packed;
  const p = Float64Array.from(model.bias);
  for (let k = 0; k < x.index.length; k++) {
    const at = rowOf(packed, x.index[k]);
    if (at >= 0) for (let c = 0; c < C; c++) p[c] += x.value[k] * weights[at + c];
  }
  let max = -Infinity;
  for (let c = 0; c < C; c++) max = Math.max(max, p[c]);
  let sum = 0;
  let best = 0;
  for (let c = 0; c < C; c++) {
    sum += p[c] = Math.exp(p[c] - max);
    if (p[c] > p[best]) best = c;
  }
  return { topic: model.labels[best], label: model.names?.[best] ?? model.labels[best], confidence: Math.round((p[best] / sum) * 1000) / 1000 };
}

/** k-fold cross-validation (stratified by topic) of trainTopicModel: macro-F1 over the topics and F1 of each. */
export function crossValidateTopics(examples: readonly TopicExample[], k = 5, seed = 1, opts: TrainOptions = {}): TopicCrossValidation {
  return crossValidatePrepared(prepare(examples, { seed, ...opts }), k, seed);
}

function crossValidatePrepared(p: Prepared, k: number, seed: number): TopicCrossValidation {
  const n = p.xs.length;
  if (!Number.isInteger(k) || k < 2 || n < k) throw new Error(`crossValidateTopics: need k >= 2 and at least k examples (k=${k}, n=${n})`);
  const fold = assignFolds(p.ids, k, seed);
  const predicted: string[] = new Array(n);
  const folds: number[] = [];
  const prob = new Float64Array(p.labels.length);
  for (let f = 0; f < k; f++) {
    const train = p.xs.flatMap((_, i) => (fold[i] === f ? [] : [i]));
    const fitted = fitVectors(train.map((i) => p.xs[i]), Int8Array.from(train, (i) => p.y[i]), p.features.hashBits, p.options, p.labels.length);
    const actualFold: string[] = [];
    const predictedFold: string[] = [];
    for (let i = 0; i < n; i++) {
      if (fold[i] !== f) continue;
      predictInto(prob, p.xs[i], fitted.w, fitted.bias);
      predicted[i] = p.labels[prob.indexOf(Math.max(...prob))];
      actualFold.push(p.ids[i]);
      predictedFold.push(predicted[i]);
    }
    folds.push(macroF1OfMatrix(confusionMatrix(actualFold, predictedFold, p.labels)));
  }
  const confusion = confusionMatrix(p.ids, predicted, p.labels);
  const perTopic = classScores(confusion).map((s, i) => ({ topic: s.label, label: p.names[i], f1: s.f1, precision: s.precision, recall: s.recall, support: s.support }));
  return { macroF1: macroF1OfMatrix(confusion), accuracy: accuracy(p.ids, predicted), confusion, folds, perTopic };
}

/**
 * Measures k-fold cross-validated quality, then fits the model on every example, extracting
 * features once for both. Throws like trainTopicModel, or when there are fewer examples than folds.
 */
export function fitTopicModel(examples: readonly TopicExample[], k = 5, seed = 1, opts: TrainOptions = {}): { model: TopicModel; cv: TopicCrossValidation } {
  const p = prepare(examples, { seed, ...opts });
  const cv = crossValidatePrepared(p, k, seed);
  return { model: modelOf(p, examples), cv };
}
