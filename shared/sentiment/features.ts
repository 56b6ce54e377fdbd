import type { Token } from './text';
import type { ReasonKind } from './types';
import { NEGATORS } from './lexicon';
import { analyseText, labelOfScore, squashScore } from './scoreText';

/** How texts become sparse vectors for the trainable model. JSON-safe; stored inside a model. */
export interface FeatureOptions {
  /** log2 of the hashed feature space (18 → 262,144 slots). */
  hashBits: number;
  /** Longest word n-gram (1 = words only, 2 = words and pairs). */
  wordNgrams: number;
  /** Shortest and longest character n-gram taken inside words (0 disables them). */
  charMin: number;
  charMax: number;
  /** Add the built-in scorer's evidence (raw score, label, each rule and lexicon hit) as features. */
  ruleFeatures: boolean;
  /** Scale of the rule features relative to the word and character groups. */
  ruleWeight: number;
}

/** Defaults chosen for short social posts. */
export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { hashBits: 20, wordNgrams: 2, charMin: 2, charMax: 5, ruleFeatures: true, ruleWeight: 1 };

/** A sparse feature vector; indices are unique. `names` only when asked for (explanations). */
export interface FeatureVector {
  index: Int32Array;
  value: Float32Array;
  names?: string[];
  /** Language guessed while tokenising. */
  language?: string;
}

const FNV_OFFSET = 0x811c9dc5;

/** Continues an FNV-1a hash state with the characters of `s`. */
function fnvUpdate(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** FNV-1a over a string, folded into `bits` bits. Deterministic across runtimes. */
export function hashFeature(name: string, bits: number): number {
  return (fnvUpdate(FNV_OFFSET, name) >>> 0) & ((1 << bits) - 1);
}

/** Accumulates features into hashed slots; names are kept only when explaining. */
class FeatureBag {
  readonly values = new Map<number, number>();
  readonly names = new Map<number, string>();
  readonly mask: number;
  constructor(bits: number, readonly withNames: boolean) {
    this.mask = (1 << bits) - 1;
  }

  /** Adds one group of named features, each worth scale / sqrt(group size) (L2-normalised). */
  addGroup(names: readonly string[], scale: number): void {
    const w = scale / Math.sqrt(Math.max(1, names.length));
    for (const name of names) this.add(name, w);
  }

  add(name: string, value: number): void {
    this.addHash(fnvUpdate(FNV_OFFSET, name), value, name);
  }

  addHash(h: number, value: number, name?: string): void {
    const i = (h >>> 0) & this.mask;
    this.values.set(i, (this.values.get(i) ?? 0) + value);
    if (this.withNames && name !== undefined && !this.names.has(i)) this.names.set(i, name);
  }

  toVector(): FeatureVector {
    const index = Int32Array.from(this.values.keys());
    const value = Float32Array.from(this.values.values());
    return this.withNames ? { index, value, names: Array.from(index, (i) => this.names.get(i) ?? '') } : { index, value };
  }
}

/** Word-level terms: words (negation-marked until clause end), emoji, emoticons, '!' and '?'. */
function wordTerms(tokens: readonly Token[]): string[] {
  const terms: string[] = [];
  let negated = false;
  for (const t of tokens) {
    if (t.kind === 'punct') {
      negated = false;
      if (t.raw.includes('!')) terms.push('!');
      if (t.raw.includes('?')) terms.push('?');
      continue;
    }
    if (t.kind === 'url') terms.push('<url>');
    else if (t.kind === 'number') terms.push('<num>');
    else if (t.kind === 'mention') terms.push(t.norm);
    else terms.push(negated && t.kind === 'word' ? `not_${t.norm}` : t.kind === 'hashtag' ? `#${t.norm}` : t.norm);
    if (t.kind === 'word' && NEGATORS.has(t.norm)) negated = true;
  }
  return terms;
}

/**
 * Character n-grams inside each word (padded with spaces), hashed as "c:<gram>" without building
 * the strings: the hash of a gram extends the hash of its prefix by one character.
 */
function addCharGrams(bag: FeatureBag, tokens: readonly Token[], min: number, max: number): void {
  if (min <= 0) return;
  const words: string[] = [];
  let total = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' && t.kind !== 'hashtag') continue;
    const w = ` ${t.norm} `;
    words.push(w);
    for (let n = min; n <= max; n++) total += Math.max(0, w.length - n + 1);
  }
  const value = 1 / Math.sqrt(Math.max(1, total));
  const prefix = fnvUpdate(FNV_OFFSET, 'c:');
  for (const w of words) {
    for (let s = 0; s + min <= w.length; s++) {
      let h = prefix;
      for (let n = 1; n <= max && s + n <= w.length; n++) {
        h = Math.imul(h ^ w.charCodeAt(s + n - 1), 0x01000193);
        if (n >= min) bag.addHash(h, value, bag.withNames ? `c:${w.slice(s, s + n)}` : undefined);
      }
    }
  }
}

/**
 * Turns a text into a hashed sparse vector: words and word pairs (with "not_" marking after a
 * negator), character n-grams inside words, and, when enabled, the built-in scorer's evidence.
 * Each group is L2-normalised so long posts do not dominate.
 */
export function extractFeatures(text: unknown, opts: FeatureOptions = DEFAULT_FEATURE_OPTIONS, withNames = false): FeatureVector {
  const analysis = analyseText(text);
  const bag = new FeatureBag(opts.hashBits, withNames);
  const terms = wordTerms(analysis.tokens);
  const words = terms.map((t) => `w:${t}`);
  for (let n = 2; n <= opts.wordNgrams; n++) {
    for (let s = 0; s + n <= terms.length; s++) words.push(`w${n}:${terms.slice(s, s + n).join(' ')}`);
  }
  bag.addGroup(words, 1);
  addCharGrams(bag, analysis.tokens, opts.charMin, opts.charMax);
  if (opts.ruleFeatures) {
    const rw = opts.ruleWeight;
    const score = squashScore(analysis.raw);
    bag.add('r:score', rw * score);
    bag.add(`r:label=${labelOfScore(score)}`, rw);
    for (const h of analysis.hits) bag.add(`r:${h.kind}:${h.text.toLowerCase()}`, (rw * h.weight) / 3);
    if (analysis.hits.length === 0) bag.add('r:no-evidence', rw);
  }
  return { ...bag.toVector(), language: analysis.language };
}

/** A readable reason for a model feature name: its kind and a short description. */
export function describeFeature(name: string): { kind: ReasonKind; text: string } {
  const colon = name.indexOf(':');
  const prefix = name.slice(0, colon);
  const body = name.slice(colon + 1);
  if (prefix === 'c') return { kind: 'feature', text: `letters "${body.trim()}"` };
  if (prefix === 'w') return { kind: 'word', text: body.startsWith('not_') ? `"${body.slice(4)}" after a negation` : `"${body}"` };
  if (prefix.startsWith('w')) return { kind: 'phrase', text: `"${body.replace(/\bnot_/g, 'not ')}"` };
  if (prefix === 'r') {
    if (body === 'score') return { kind: 'rule', text: 'built-in score' };
    if (body.startsWith('label=')) return { kind: 'rule', text: `built-in label ${body.slice(6)}` };
    if (body === 'no-evidence') return { kind: 'rule', text: 'no built-in evidence' };
    const sep = body.indexOf(':');
    return { kind: 'rule', text: `built-in ${body.slice(0, sep)} "${body.slice(sep + 1)}"` };
  }
  return { kind: 'feature', text: name };
}
