import type { Reason, SentimentLabel, SentimentScore } from './types';
import { decodeEntities, tokenize, type Token } from './text';
import { detectLanguage } from './language';
import { collectEvidence, compileLexicon, type CompiledLexicon, type Hit } from './evidence';
import { combineEvidence, findCareRules, hasSarcasmMarker } from './rules';

/** Options of the built-in scorer. */
export interface ScoreOptions {
  /** Return reasons (default true). Off saves a sort and a few allocations. */
  explain?: boolean;
  /** How many reasons to keep, strongest first (default 10). */
  maxReasons?: number;
  /** A lexicon from `compileLexicon(extraWords)`; defaults to the built-in one. */
  lexicon?: CompiledLexicon;
}

/** The analysis behind a score, shared with the trainable model's rule features. */
export interface TextAnalysis {
  tokens: Token[];
  language: string;
  hits: Hit[];
  /** Sum of hit weights: below 0 leans negative. */
  raw: number;
  /** Words, emoji and emoticons: the tokens that can carry sentiment. */
  contentTokens: number;
  questions: number;
}

/** Raw scores are squashed into -1..1 with x / sqrt(x² + SQUASH); 8 makes one clear word ≈ ±0.58. */
const SQUASH = 8;
/**
 * Scores at or beyond which a post is no longer neutral. Negative is easier to reach: a post to a
 * brand with any problem cue is usually a complaint, while one mild kind word is usually politeness.
 */
const POSITIVE_AT = 0.3;
const NEGATIVE_AT = -0.2;
const OTHER_LANGUAGE_CONFIDENCE = 0.2;

let defaultLexicon: CompiledLexicon | undefined;

function getDefaultLexicon(): CompiledLexicon {
  defaultLexicon ??= compileLexicon();
  return defaultLexicon;
}

/**
 * Tokenises a post once and collects every piece of built-in evidence (lexicon, phrases, emoji,
 * negation, customer-care rules). Accepts anything; non-strings are treated as empty text.
 */
export function analyseText(input: unknown, lexicon: CompiledLexicon = getDefaultLexicon()): TextAnalysis {
  const text = typeof input === 'string' ? decodeEntities(input) : '';
  const tokens = tokenize(text);
  const language = detectLanguage(text, tokens);
  let contentTokens = 0;
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.kind === 'word') {
      words++;
      if (t.caps) caps++;
    }
    if (t.kind === 'word' || t.kind === 'emoji' || t.kind === 'emoticon' || t.kind === 'hashtag') contentTokens++;
  }
  const shouting = words >= 3 && caps / words > 0.6;
  const ev = collectEvidence(tokens, lexicon, shouting);
  for (const h of findCareRules(tokens)) ev.hits.push(h);
  const { hits, raw } = combineEvidence(ev, tokens, hasSarcasmMarker(text, tokens));
  return { tokens, language, hits, raw, contentTokens, questions: ev.questions };
}

/**
 * Scores one post with the built-in rules and lexicon: label, score (-1..1), confidence (0..1),
 * detected language and the reasons that moved it. Never throws: empty text, only links or
 * mentions, other languages and very long posts all come back neutral or scored.
 *
 * @example scoreText('flight delayed 3 hours, still waiting').label // 'negative'
 */
export function scoreText(text: unknown, opts: ScoreOptions = {}): SentimentScore {
  const a = analyseText(text, opts.lexicon);
  const explain = opts.explain !== false;
  if (a.contentTokens === 0) {
    const why = a.tokens.length === 0 ? 'empty text' : 'only links, mentions or numbers';
    return neutral(a.language, 0.1, explain ? [{ kind: 'input', text: why, weight: 0 }] : []);
  }
  if (a.language !== 'en' && a.language !== 'und') {
    const note = 'not English: the built-in lexicon does not apply';
    return neutral(a.language, OTHER_LANGUAGE_CONFIDENCE, explain ? [{ kind: 'language', text: a.language, weight: 0, note }] : []);
  }
  const score = squashScore(a.raw);
  const label = labelOfScore(score);
  return {
    label,
    score: round(score),
    confidence: round(confidenceOf(label, score, a.hits)),
    language: a.language,
    reasons: explain ? toReasons(a.hits, opts.maxReasons ?? 10) : [],
  };
}

/** Squashes a raw evidence sum into -1..1. */
export function squashScore(raw: number): number {
  return raw / Math.sqrt(raw * raw + SQUASH);
}

/** The built-in label of a squashed score (the neutral band is narrower on the negative side). */
export function labelOfScore(score: number): SentimentLabel {
  return score >= POSITIVE_AT ? 'positive' : score <= NEGATIVE_AT ? 'negative' : 'neutral';
}

function neutral(language: string, confidence: number, reasons: Reason[]): SentimentScore {
  return { label: 'neutral', score: 0, confidence, language, reasons };
}

/** Far from the neutral band = sure; evidence pulling both ways = less sure. */
function confidenceOf(label: SentimentLabel, score: number, hits: readonly Hit[]): number {
  let pos = 0;
  let neg = 0;
  for (const h of hits) if (h.weight > 0) pos += h.weight; else neg -= h.weight;
  const mixed = Math.min(pos, neg) / Math.max(pos + neg, 1e-9);
  const edge = score >= 0 ? POSITIVE_AT : -NEGATIVE_AT;
  if (label === 'neutral') return hits.length === 0 ? 0.6 : 0.55 * (1 - Math.abs(score) / edge) + 0.3 * (1 - mixed);
  const beyond = (Math.abs(score) - edge) / (1 - edge);
  return Math.min(0.97, (0.55 + 0.42 * beyond) * (1 - mixed));
}

function toReasons(hits: readonly Hit[], max: number): Reason[] {
  const sorted = hits.filter((h) => h.weight !== 0).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.at - b.at);
  return sorted.slice(0, Math.max(0, max)).map((h) => {
    const r: Reason = { kind: h.kind, text: h.text, weight: round(h.weight) };
    if (h.note) r.note = h.note;
    return r;
  });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
