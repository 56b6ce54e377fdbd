// The one adapter between core and the pure sentiment engine (shared/sentiment): which scorer a
// stored model becomes, how a model is fitted and cross-validated, how a model file is read.
// Everything else in core, the CLI and the services goes through these functions.
import { crossValidate } from '../../../shared/sentiment/crossValidate';
import { scoreWithModel, trainModel, type SentimentModel } from '../../../shared/sentiment/model';
import { scoreText } from '../../../shared/sentiment/scoreText';
import type { LabelledText, Reason, SentimentScore } from '../../../shared/sentiment/types';
import type { CrossValidationReport } from '../../../shared/domain/sentiment';
import type { StoredModel } from '../repos/models';

/**
 * Version of the built-in scorer's rules and lexicon. Bump it when they change so stored scores
 * of the built-in model count as stale and a rescore refreshes them.
 */
export const BUILTIN_VERSION = 'builtin-1';

/** Reasons kept per stored score: enough to explain a post, small enough for big databases. */
export const STORED_REASONS = 8;

/** A ready-to-use scorer for one model. */
export interface Scorer {
  modelId: number;
  modelVersion: string;
  kind: 'builtin' | 'trained';
  /** Never throws: any input (empty, emoji only, 100 kB, not a string) gets a score. */
  score(text: unknown): SentimentScore;
  /**
   * The same label, score, confidence and language for bulk scoring, with reasons only where
   * they cost little: the built-in scorer keeps them; a trained model leaves them empty (naming
   * its features makes it several times slower) and `sentiment.explain` fills them in on demand.
   */
  scoreQuick(text: unknown): SentimentScore;
}

/** The built-in rules-and-lexicon scorer. */
export function builtinScorer(modelId = 1): Scorer {
  const score = (text: unknown): SentimentScore => scoreText(text, { maxReasons: STORED_REASONS });
  return { modelId, modelVersion: BUILTIN_VERSION, kind: 'builtin', score, scoreQuick: score };
}

/** A scorer for a trained model; letter n-gram reasons are summed into one. */
export function trainedScorer(model: SentimentModel, modelId = 0): Scorer {
  return {
    modelId,
    modelVersion: `trained-${modelId}`,
    kind: 'trained',
    score: (text) => {
      const s = scoreWithModel(model, text, { maxReasons: 200 });
      return { ...s, reasons: readableReasons(s.reasons).slice(0, STORED_REASONS) };
    },
    scoreQuick: (text) => scoreWithModel(model, text, { explain: false }),
  };
}

/**
 * Sums a trained model's character n-gram reasons (`letters "ab"`) into one "spelling fragments"
 * reason, since one fragment alone explains nothing to a supervisor; other reasons pass through.
 */
export function readableReasons(reasons: readonly Reason[]): Reason[] {
  const out: Reason[] = [];
  let fragments = 0;
  for (const r of reasons) {
    if (r.kind === 'feature' && r.text.startsWith('letters ')) fragments += r.weight;
    else out.push(r);
  }
  if (Math.abs(fragments) > 1e-3) out.push({ kind: 'feature', text: 'spelling fragments', weight: Math.round(fragments * 1000) / 1000, note: 'character n-grams, summed' });
  return out.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
}

/** The scorer of a stored model (the blob of a trained one is parsed once here). */
export function scorerOfStored(stored: StoredModel): Scorer {
  if (stored.info.kind === 'builtin' || stored.blob === null) return builtinScorer(stored.info.id);
  return trainedScorer(parseModelJson(stored.blob, `model ${stored.info.id}`), stored.info.id);
}

/** Reads a model file's JSON, refusing anything that is not a trained sentiment model. */
export function parseModelJson(json: string, source: string): SentimentModel {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    throw new Error(`${source} is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const m = value as Partial<SentimentModel> | null;
  if (!m || m.format !== 'listening-post/sentiment-linear@1' || !Array.isArray(m.weights) || !Array.isArray(m.index)) {
    throw new Error(`${source} is not a sentiment model written by 'train' (format listening-post/sentiment-linear@1)`);
  }
  return m as SentimentModel;
}

/** Serialises a model for a file or the models table. */
export function modelToJson(model: SentimentModel): string {
  return JSON.stringify(model);
}

/** A fitted model and its cross-validated quality. */
export interface FittedModel {
  model: SentimentModel;
  cv: CrossValidationReport;
}

/** Where the training examples came from, for the report. */
export interface ExampleSources {
  fromCorrections: number;
  fromFile: number;
}

/**
 * Measures k-fold cross-validated quality (default 5 folds), then fits the model on every
 * example. Throws an Error naming unknown labels, or when there are too few examples.
 */
export function fitModel(examples: readonly LabelledText[], sources: ExampleSources, folds = 5): FittedModel {
  if (examples.length < folds) {
    throw new Error(`need at least ${folds} labelled examples for ${folds}-fold cross-validation, got ${examples.length}`);
  }
  const cv = crossValidate(examples, folds, 1);
  const model = trainModel(examples, { seed: 1 });
  const round = (x: number): number => Math.round(x * 10_000) / 10_000;
  return {
    model,
    cv: {
      folds,
      macroF1: round(cv.macroF1),
      accuracy: round(cv.accuracy),
      foldMacroF1: cv.folds.map(round),
      confusion: { labels: [...cv.confusion.labels], counts: cv.confusion.counts.map((r) => [...r]) },
      examples: examples.length,
      ...sources,
    },
  };
}
