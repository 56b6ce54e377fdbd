/** The three sentiment classes, in the fixed order used by matrices and models. */
export type SentimentLabel = 'negative' | 'neutral' | 'positive';

/** Every label, in index order (negative = 0, neutral = 1, positive = 2). */
export const SENTIMENT_LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

/** What kind of evidence moved a score. */
export type ReasonKind =
  | 'word'
  | 'phrase'
  | 'emoji'
  | 'emoticon'
  | 'negation'
  | 'intensifier'
  | 'contrast'
  | 'rule'
  | 'punctuation'
  | 'language'
  | 'input'
  | 'feature';

/** One piece of evidence: what matched, how much it moved the raw score, and why. */
export interface Reason {
  kind: ReasonKind;
  /** The text that matched (a word, phrase, emoji, or feature name). */
  text: string;
  /** Signed contribution to the raw score (positive pushes towards 'positive'). 0 for notes. */
  weight: number;
  /** A short human explanation, e.g. "negated by 'not'". */
  note?: string;
}

/** The result of scoring one text, from the built-in scorer or a trained model. */
export interface SentimentScore {
  label: SentimentLabel;
  /** -1 (most negative) .. 1 (most positive). */
  score: number;
  /** 0 .. 1: how sure the scorer is of the label. */
  confidence: number;
  /** ISO 639-1 code of the detected language, or 'und' when unknown. */
  language: string;
  /** Evidence, strongest first. Empty when explanations are off. */
  reasons: Reason[];
}

/** A labelled example for training and evaluation. */
export interface LabelledText {
  text: string;
  label: SentimentLabel;
}
