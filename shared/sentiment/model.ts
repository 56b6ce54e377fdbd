import { SENTIMENT_LABELS, type LabelledText, type Reason, type SentimentLabel, type SentimentScore } from './types';
import { DEFAULT_FEATURE_OPTIONS, describeFeature, extractFeatures, type FeatureOptions, type FeatureVector } from './features';
import { createRandom, shuffleInPlace } from './random';

/** Training settings. All optional; defaults suit a few thousand labelled posts. */
export interface TrainOptions {
  /** Seed of the example order (default 1). Same seed and data → same model. */
  seed?: number;
  epochs?: number;
  /** AdaGrad step size. */
  learningRate?: number;
  /** L2 penalty per update. */
  l2?: number;
  /** 'balanced' weighs each class by 1/frequency so small classes count (better macro-F1). */
  classWeighting?: 'balanced' | 'sqrt' | 'none';
  features?: Partial<FeatureOptions>;
}

/** The resolved training settings stored inside a model. */
export type ResolvedTrainOptions = Required<Omit<TrainOptions, 'features'>>;

/** A trained linear model (softmax regression over hashed features). Plain JSON: save it with JSON.stringify. */
export interface SentimentModel {
  format: 'listening-post/sentiment-linear@1';
  labels: SentimentLabel[];
  features: FeatureOptions;
  options: ResolvedTrainOptions;
  bias: number[];
  /** Hashed slots that carry weight, ascending. */
  index: number[];
  /** `weights[k * labels.length + c]` is the weight of slot `index[k]` for class `c`. */
  weights: number[];
  trainedOn: { examples: number; counts: Record<SentimentLabel, number> };
}

const DEFAULTS: ResolvedTrainOptions = { seed: 1, epochs: 6, learningRate: 0.05, l2: 1e-6, classWeighting: 'balanced' };
const C = SENTIMENT_LABELS.length;

/** Dense weights being fitted; `w[slot * C + c]`. */
export interface LinearWeights {
  w: Float32Array;
  bias: Float64Array;
}

/** Resolves options and checks the examples; throws an Error naming unknown labels or an empty set. */
export function resolveTraining(examples: readonly LabelledText[], opts: TrainOptions): { options: ResolvedTrainOptions; features: FeatureOptions } {
  if (!Array.isArray(examples) || examples.length === 0) throw new Error('trainModel: no examples to learn from');
  const unknown = new Set<string>();
  for (const e of examples) if (!SENTIMENT_LABELS.includes(e?.label)) unknown.add(String(e?.label));
  if (unknown.size) throw new Error(`trainModel: unknown labels ${[...unknown].map((l) => JSON.stringify(l)).join(', ')}; expected ${SENTIMENT_LABELS.join(', ')}`);
  if (new Set(examples.map((e) => e.label)).size < 2) throw new Error('trainModel: need examples of at least two labels');
  const { features, ...rest } = opts;
  return { options: { ...DEFAULTS, ...rest }, features: { ...DEFAULT_FEATURE_OPTIONS, ...features } };
}

/** Per-class weights for the loss. */
function classWeights(y: Int8Array, how: ResolvedTrainOptions['classWeighting'], C: number): number[] {
  const counts = new Array<number>(C).fill(0);
  for (const c of y) counts[c]++;
  return counts.map((n) => {
    if (how === 'none' || n === 0) return 1;
    const share = n / y.length;
    return how === 'balanced' ? 1 / (C * share) : 1 / Math.sqrt(C * share);
  });
}

/**
 * Fits softmax regression with AdaGrad on pre-extracted vectors. Deterministic for a given seed.
 * `classes`: how many labels `y` indexes (the three sentiment labels unless told; topic models use more).
 */
export function fitVectors(xs: readonly FeatureVector[], y: Int8Array, bits: number, o: ResolvedTrainOptions, classes = SENTIMENT_LABELS.length): LinearWeights {
  const C = classes;
  // Per slot: C weights then C AdaGrad accumulators, side by side so one update touches one cache line.
  const STRIDE = 2 * C;
  const state = new Float32Array((1 << bits) * STRIDE);
  const bias = new Float64Array(C);
  const gb = new Float64Array(C);
  const cw = classWeights(y, o.classWeighting, C);
  const order = Array.from(xs.keys());
  const random = createRandom(o.seed);
  const p = new Float64Array(C);
  const { learningRate: lr, l2 } = o;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const n of order) {
      const x = xs[n];
      predictInto(p, x, state, bias, STRIDE);
      for (let c = 0; c < C; c++) p[c] = (p[c] - (y[n] === c ? 1 : 0)) * cw[y[n]];
      for (let k = 0; k < x.index.length; k++) {
        const base = x.index[k] * STRIDE;
        const v = x.value[k];
        for (let c = 0; c < C; c++) {
          const grad = p[c] * v + l2 * state[base + c];
          const g2 = (state[base + C + c] += grad * grad);
          state[base + c] -= (lr * grad) / Math.sqrt(g2 + 1e-8);
        }
      }
      for (let c = 0; c < C; c++) {
        gb[c] += p[c] * p[c];
        bias[c] -= (lr * p[c]) / Math.sqrt(gb[c] + 1e-8);
      }
    }
  }
  const w = new Float32Array((1 << bits) * C);
  for (let slot = 0; slot < 1 << bits; slot++) for (let c = 0; c < C; c++) w[slot * C + c] = state[slot * STRIDE + c];
  return { w, bias };
}

/** Writes class probabilities (softmax of the linear scores) into `p` (one entry per class). */
export function predictInto(p: Float64Array, x: FeatureVector, w: Float32Array, bias: ArrayLike<number>, stride = p.length): void {
  const C = p.length;
  for (let c = 0; c < C; c++) p[c] = bias[c];
  for (let k = 0; k < x.index.length; k++) {
    const base = x.index[k] * stride;
    const v = x.value[k];
    for (let c = 0; c < C; c++) p[c] += v * w[base + c];
  }
  softmaxInPlace(p);
}

function softmaxInPlace(p: Float64Array): void {
  const C = p.length;
  let max = -Infinity;
  for (let c = 0; c < C; c++) max = Math.max(max, p[c]);
  let sum = 0;
  for (let c = 0; c < C; c++) sum += p[c] = Math.exp(p[c] - max);
  for (let c = 0; c < C; c++) p[c] /= sum;
}

/** Label indices of labelled examples. */
export function labelIndices(examples: readonly LabelledText[]): Int8Array {
  return Int8Array.from(examples, (e) => SENTIMENT_LABELS.indexOf(e.label));
}

/**
 * Trains a local model on labelled posts (e.g. supervisor corrections plus a labelled file).
 * Throws an Error naming unknown labels, or when there are no examples or only one label.
 */
export function trainModel(examples: readonly LabelledText[], opts: TrainOptions = {}): SentimentModel {
  const { options, features } = resolveTraining(examples, opts);
  const xs = examples.map((e) => extractFeatures(e.text, features));
  const y = labelIndices(examples);
  const fitted = fitVectors(xs, y, features.hashBits, options);
  const counts = { negative: 0, neutral: 0, positive: 0 };
  for (const e of examples) counts[e.label]++;
  return { format: 'listening-post/sentiment-linear@1', labels: [...SENTIMENT_LABELS], features, options, ...packWeights(fitted), trainedOn: { examples: examples.length, counts } };
}

/** Keeps only the slots with weight, rounded to 4 significant digits, so the JSON stays small. */
export function packWeights({ w, bias }: LinearWeights): Pick<SentimentModel, 'bias' | 'index' | 'weights'> {
  const C = bias.length;
  const index: number[] = [];
  const weights: number[] = [];
  for (let slot = 0; slot * C < w.length; slot++) {
    let any = false;
    for (let c = 0; c < C; c++) if (Math.abs(w[slot * C + c]) > 1e-6) any = true;
    if (!any) continue;
    index.push(slot);
    for (let c = 0; c < C; c++) weights.push(Number(w[slot * C + c].toPrecision(4)));
  }
  return { bias: Array.from(bias, (b) => Number(b.toPrecision(6))), index, weights };
}

const lookups = new WeakMap<SentimentModel, Map<number, number>>();

function slotLookup(model: SentimentModel): Map<number, number> {
  let map = lookups.get(model);
  if (!map) {
    map = new Map(model.index.map((slot, k) => [slot, k * C]));
    lookups.set(model, map);
  }
  return map;
}

/**
 * Scores a post with a trained model: label = most probable class, score = P(positive) − P(negative),
 * confidence = probability of the label, reasons = the features that pushed the score most.
 */
export function scoreWithModel(model: SentimentModel, text: unknown, opts: { explain?: boolean; maxReasons?: number } = {}): SentimentScore {
  const explain = opts.explain !== false;
  const x = extractFeatures(text, model.features, explain);
  const lookup = slotLookup(model);
  const weight = (slot: number, c: number) => {
    const at = lookup.get(slot);
    return at === undefined ? 0 : model.weights[at + c];
  };
  const p = Float64Array.from(model.bias);
  for (let k = 0; k < x.index.length; k++) for (let c = 0; c < C; c++) p[c] += x.value[k] * weight(x.index[k], c);
  softmaxInPlace(p);
  let best = 0;
  for (let c = 1; c < C; c++) if (p[c] > p[best]) best = c;
  const reasons: Reason[] = [];
  if (explain) {
    for (let k = 0; k < x.index.length; k++) {
      const push = x.value[k] * (weight(x.index[k], 2) - weight(x.index[k], 0));
      if (Math.abs(push) > 1e-3) reasons.push({ ...describeFeature(x.names?.[k] ?? String(x.index[k])), weight: Math.round(push * 1000) / 1000 });
    }
    reasons.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
    reasons.length = Math.min(reasons.length, opts.maxReasons ?? 10);
  }
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return { label: SENTIMENT_LABELS[best], score: round(p[2] - p[0]), confidence: round(p[best]), language: x.language ?? 'und', reasons };
}
