import type { Reason, SentimentLabel } from '../sentiment/types';

export type { Reason, SentimentLabel } from '../sentiment/types';

/** A supervisor's correction of a post's label: kept, shown as such, and used by retraining. */
export interface SentimentCorrection {
  postId: number;
  label: SentimentLabel;
  /** Who corrected it (the supervisor's name, or 'supervisor' when unknown). */
  by: string;
  at: number;
}

/** The sentiment the post list shows: the model's label, and the supervisor's if corrected. */
export interface PostSentiment {
  /** What the active model said when it last scored the post. */
  label: SentimentLabel;
  /** -1 (most negative) .. 1 (most positive). */
  score: number;
  confidence: number;
  /** The newest correction's label, or null. Where set, it is the label that counts. */
  correctedLabel: SentimentLabel | null;
}

/** A post's score with the evidence behind it (`sentiment.explain`). */
export interface SentimentExplanation extends PostSentiment {
  postId: number;
  /** Untrusted: render as text. */
  text: string;
  language: string;
  /** Evidence, strongest first: words, phrases, emoji, negations and rules with their weights. */
  reasons: Reason[];
  model: { id: number; name: string; kind: SentimentModelKind };
  scoredAt: number;
  /** Every correction of the post, newest first. */
  corrections: SentimentCorrection[];
}

/** Where a model came from: the shipped rules and lexicon, or trained locally on the user's labels. */
export type SentimentModelKind = 'builtin' | 'trained';

/** Cross-validated quality of a trained model, measured before it can be switched on. */
export interface CrossValidationReport {
  folds: number;
  macroF1: number;
  accuracy: number;
  /** Macro-F1 of each fold. */
  foldMacroF1: number[];
  /** `counts[actual][predicted]` over `labels`. */
  confusion: { labels: string[]; counts: number[][] };
  examples: number;
  /** How many examples came from supervisor corrections and how many from a labelled file. */
  fromCorrections: number;
  fromFile: number;
}

/** One stored model (`sentiment.models`). */
export interface SentimentModelInfo {
  id: number;
  kind: SentimentModelKind;
  name: string;
  createdAt: number;
  /** 5-fold macro-F1; null for the built-in scorer (nothing to fit). */
  cvMacroF1: number | null;
  cv: CrossValidationReport | null;
  examples: number | null;
  active: boolean;
  activatedAt: number | null;
}

/** What `sentiment.activate` started: the new active model and the rescore of stored posts. */
export interface ActivationResult {
  active: SentimentModelInfo;
  rescore: RescoreProgress;
}

/** Progress of rescoring every stored post after a change of model (pushed as `sentiment.rescored`). */
export interface RescoreProgress {
  jobId: number;
  modelId: number;
  done: number;
  total: number;
  finished: boolean;
}
