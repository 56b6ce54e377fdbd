import type { ReasonKind } from './types';
import type { Token } from './text';
import { splitHashtag } from './text';
import { compileWordLexicon, CONTRASTS, INTENSIFIERS, NEGATORS } from './lexicon';
import { compileEmojiLexicon, emoticonValence } from './symbols';
import { compilePhrases, EXPECTED_THINGS, type PhraseRule, type PhraseTag } from './phrases';
import { segmentHashtag } from './hashtags';

/** The lexicons compiled into Maps, built once and shared by every call. */
export interface CompiledLexicon {
  words: Map<string, number>;
  emoji: Map<string, number>;
  phrases: Map<string, PhraseRule[]>;
}

/** How a piece of evidence combines with the rest of the post (see rules.ts). */
export type HitTag = PhraseTag | 'thanksFor';

/** One piece of evidence found in a post, before the post-level rules combine them. */
export interface Hit {
  kind: ReasonKind;
  text: string;
  weight: number;
  note?: string;
  tag?: HitTag;
  /** Index of the token the evidence starts at (-1 for post-level evidence). */
  at: number;
  /** For "thanks for …": index of the last token of what the thanks is for. */
  until?: number;
}

/** Everything one pass over the tokens found. */
export interface Evidence {
  hits: Hit[];
  exclamations: number;
  questions: number;
  /** Token index of the last "but": evidence before it is damped, after it strengthened; -1 if none. */
  contrastAt: number;
}

const NEGATION_SCOPE = 3;
const NEGATED_POSITIVE = -0.75;
const NEGATED_NEGATIVE = -0.2;
const CAPS_BOOST = 1.25;
const WISHED = 0.2;
const WISHED_PAST = -0.5;
const THANKS_WORDS = new Set(['thanks', 'thank', 'thx', 'thnx', 'thanx', 'ty', 'tysm', 'thankyou', 'cheers']);
const CANT_WORDS = new Set(["can't", 'cant', 'cannot', "couldn't", 'couldnt', "won't", 'wont']);
const COUNTERFACTUAL = new Set(
  "would i'd you'd we'd it'd they'd could should wish wished if woulda shoulda coulda would've should've could've".split(' '),
);
const PAST_MARKERS = new Set(['have', 'of', 'been']);
const FUNCTION_WORDS = new Set(
  'a an the to be i you it we that this my your more matter one doubt need than then so even really just ever always have been seem'.split(' '),
);
const INTERJECTION_NEXT = new Set('i we you it they he she that this'.split(' '));
const EMPHATIC_NEVER = new Set(['so', 'such', 'this', 'more', 'as', 'a']);

/**
 * Compiles the built-in lexicons, optionally extended or overridden by a site's own words
 * (`extraWords`: word → valence on the -3..+3 scale).
 */
export function compileLexicon(extraWords: Record<string, number> = {}): CompiledLexicon {
  const words = compileWordLexicon();
  for (const [w, v] of Object.entries(extraWords)) if (Number.isFinite(v)) words.set(w.toLowerCase(), v);
  return { words, emoji: compileEmojiLexicon(), phrases: compilePhrases() };
}

/** The longest phrase starting at token i, matched on normalised tokens. */
function matchPhrase(tokens: readonly Token[], i: number, phrases: Map<string, PhraseRule[]>): PhraseRule | undefined {
  const candidates = phrases.get(tokens[i].norm);
  if (!candidates) return undefined;
  outer: for (const rule of candidates) {
    if (i + rule.words.length > tokens.length) continue;
    for (let k = 1; k < rule.words.length; k++) if (tokens[i + k].norm !== rule.words[k]) continue outer;
    return rule;
  }
  return undefined;
}

function lookupWord(t: Token, lex: CompiledLexicon): number | undefined {
  const v = lex.words.get(t.norm);
  return v !== undefined || !t.squeezed ? v : lex.words.get(t.squeezed);
}

/** True when the next word token within two tokens carries a valence, so `t` acts as an intensifier. */
function modifiesNext(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
    const n = tokens[k];
    if (n.kind !== 'word') return false;
    if (lookupWord(n, lex) !== undefined || lex.phrases.has(n.norm)) return true;
  }
  return false;
}

/** Mutable state of the single left-to-right pass. */
interface PassState {
  negUntil: number;
  negWord: string;
  boost: number;
  boostUntil: number;
  boostWord: string;
  wishUntil: number;
  wishPast: boolean;
  wishWord: string;
  emojiSeen: Map<string, number>;
}

/**
 * Walks the tokens once and returns every piece of sentiment evidence, applying negation
 * (three tokens, stopped by clause punctuation), intensifiers, wishes ("would love"),
 * ALL-CAPS emphasis and phrases.
 */
export function collectEvidence(tokens: readonly Token[], lex: CompiledLexicon, shouting: boolean): Evidence {
  const ev: Evidence = { hits: [], exclamations: 0, questions: 0, contrastAt: -1 };
  const st: PassState = {
    negUntil: -1, negWord: '', boost: 1, boostUntil: -1, boostWord: '', wishUntil: -1, wishPast: false, wishWord: '',
    emojiSeen: new Map(),
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'punct') {
      for (const ch of t.raw) if (ch === '!') ev.exclamations++; else if (ch === '?') ev.questions++;
      st.negUntil = st.boostUntil = st.wishUntil = -1;
    } else if (t.kind === 'emoji' || t.kind === 'emoticon') {
      addSymbol(ev, st, t, i, lex);
    } else if (t.kind === 'hashtag') {
      addHashtag(ev, t, i, lex);
    } else if (t.kind === 'word') {
      i = addWord(ev, st, tokens, i, lex, shouting);
    }
  }
  return ev;
}

function addSymbol(ev: Evidence, st: PassState, t: Token, i: number, lex: CompiledLexicon): void {
  const v = t.kind === 'emoji' ? lex.emoji.get(t.norm) : emoticonValence(t.raw);
  if (!v) return;
  const seen = (st.emojiSeen.get(t.norm) ?? 0) + 1;
  st.emojiSeen.set(t.norm, seen);
  const note = seen > 1 ? 'repeated: counts half' : undefined;
  ev.hits.push({ kind: t.kind === 'emoji' ? 'emoji' : 'emoticon', text: t.raw, weight: seen > 1 ? v / 2 : v, at: i, note });
}

function addHashtag(ev: Evidence, t: Token, i: number, lex: CompiledLexicon): void {
  const whole = lookupWord(t, lex);
  if (whole !== undefined) {
    ev.hits.push({ kind: 'word', text: t.raw, weight: whole, at: i });
    return;
  }
  const parts = splitHashtag(t.raw);
  if (parts.length === 0) {
    const found = segmentHashtag(t.norm, lex.words);
    if (found) {
      const weight = found.negated ? found.valence * negationFactor(found.valence) : found.valence;
      ev.hits.push({ kind: 'word', text: t.raw, weight, at: i, note: `${found.negated ? 'negated ' : ''}"${found.word}" inside hashtag` });
    }
    return;
  }
  const negated = NEGATORS.has(parts[0]);
  for (const part of negated ? parts.slice(1) : parts) {
    const v = lex.words.get(part);
    if (v === undefined) continue;
    const weight = negated ? v * negationFactor(v) : v;
    ev.hits.push({ kind: 'word', text: t.raw, weight, at: i, note: `${negated ? 'negated ' : ''}"${part}" inside hashtag` });
  }
}

function negationFactor(v: number): number {
  return v > 0 ? NEGATED_POSITIVE : NEGATED_NEGATIVE;
}

/** Handles one word token (or a phrase starting at it); returns the index of the last token consumed. */
function addWord(ev: Evidence, st: PassState, tokens: readonly Token[], i: number, lex: CompiledLexicon, shouting: boolean): number {
  const t = tokens[i];
  const phrase = matchPhrase(tokens, i, lex.phrases);
  if (phrase) return addPhrase(ev, st, tokens, i, phrase);
  if (CONTRASTS.has(t.norm)) {
    ev.contrastAt = i;
    st.negUntil = st.wishUntil = -1;
    return i;
  }
  const boost = INTENSIFIERS.get(t.norm);
  if (boost !== undefined && modifiesNext(tokens, i, lex)) {
    Object.assign(st, { boost, boostUntil: i + 2, boostWord: t.raw });
    return i;
  }
  if (COUNTERFACTUAL.has(t.norm)) setWish(st, tokens, i);
  const v = lookupWord(t, lex);
  if (v !== undefined) {
    const hit = scoreWord(st, t, i, v, shouting);
    if (hit.tag === 'thanks') markThanksFor(hit, tokens, i);
    ev.hits.push(hit);
  } else if (st.negUntil >= i) {
    addMissing(ev, st, tokens, i, lex);
  }
  if (NEGATORS.has(t.norm)) setNegation(st, i, tokens);
  return i;
}

function addPhrase(ev: Evidence, st: PassState, tokens: readonly Token[], i: number, phrase: PhraseRule): number {
  const end = i + phrase.words.length - 1;
  const text = tokens.slice(i, end + 1).map((x) => x.raw).join(' ');
  const notes: string[] = [];
  let weight = phrase.valence;
  if (weight > 0) weight = applyWish(st, i, weight, notes);
  if (st.negUntil >= i && weight > 0) {
    weight *= NEGATED_POSITIVE;
    notes.push(`negated by "${st.negWord}"`);
  }
  const hit: Hit = { kind: 'phrase', text, weight, tag: phrase.tag, at: i, note: notes.length ? notes.join(', ') : undefined };
  if (hit.tag === 'thanks') markThanksFor(hit, tokens, end);
  ev.hits.push(hit);
  if (NEGATORS.has(phrase.words[phrase.words.length - 1])) setNegation(st, end, tokens);
  return end;
}

/** "no pilot", "never arrived", "can't log in": something the customer expected is missing. */
function addMissing(ev: Evidence, st: PassState, tokens: readonly Token[], i: number, lex: CompiledLexicon): void {
  const t = tokens[i];
  const prev = tokens[i - 1]?.norm ?? '';
  let weight = 0;
  if (EXPECTED_THINGS.has(t.norm)) weight = -1.5;
  else if (FUNCTION_WORDS.has(t.norm) || !NEGATORS.has(prev) || valencedAhead(tokens, i + 1, st.negUntil, lex)) return;
  else weight = CANT_WORDS.has(prev) ? -1 : prev === 'no' ? -0.7 : -0.5;
  ev.hits.push({ kind: 'negation', text: `${st.negWord} … ${t.raw}`, weight, at: i, note: 'something expected is missing' });
  st.negUntil = -1;
}

/** True when a word between `from` and `to` has its own valence, which the negation will flip instead. */
function valencedAhead(tokens: readonly Token[], from: number, to: number, lex: CompiledLexicon): boolean {
  for (let k = from; k <= to && k < tokens.length; k++) {
    if (tokens[k].kind === 'punct') return false;
    if (lookupWord(tokens[k], lex) !== undefined || lex.phrases.has(tokens[k].norm)) return true;
  }
  return false;
}

function setNegation(st: PassState, i: number, tokens: readonly Token[]): void {
  const next = tokens[i + 1]?.norm;
  // "No I missed it" and "No." answer a question; they negate nothing.
  if (tokens[i].norm === 'no' && (next === undefined || INTERJECTION_NEXT.has(next) || tokens[i + 1].kind === 'punct')) return;
  // "never been so angry" stresses rather than negates.
  if (tokens[i].norm === 'never' && (next === 'been' || next === 'felt' || next === 'seen' || next === 'had')) {
    if (EMPHATIC_NEVER.has(tokens[i + 2]?.norm ?? '')) return;
  }
  st.negUntil = i + NEGATION_SCOPE;
  st.negWord = tokens[i].raw;
}

function setWish(st: PassState, tokens: readonly Token[], i: number): void {
  const norm = tokens[i].norm;
  st.wishUntil = i + 4;
  st.wishWord = tokens[i].raw;
  st.wishPast = norm.endsWith("'ve") || norm.endsWith('da') || PAST_MARKERS.has(tokens[i + 1]?.norm ?? '');
}

function applyWish(st: PassState, i: number, weight: number, notes: string[]): number {
  if (st.wishUntil < i) return weight;
  notes.push(st.wishPast ? `what should have been ("${st.wishWord}")` : `wished for, not actual ("${st.wishWord}")`);
  return weight * (st.wishPast ? WISHED_PAST : WISHED);
}

/** Tags a thank-you followed by "for …" (within six tokens, same clause) and records where its object ends. */
function markThanksFor(hit: Hit, tokens: readonly Token[], end: number): void {
  for (let k = end + 1; k < tokens.length && k <= end + 6; k++) {
    if (tokens[k].kind === 'punct') return;
    if (tokens[k].norm !== 'for') continue;
    let until = k + 1;
    while (until + 1 < tokens.length && until < k + 8 && tokens[until + 1].kind !== 'punct') until++;
    hit.tag = 'thanksFor';
    hit.until = until;
    return;
  }
}

function scoreWord(st: PassState, t: Token, i: number, v: number, shouting: boolean): Hit {
  let weight = v;
  const notes: string[] = [];
  if (st.boostUntil >= i) {
    weight *= st.boost;
    notes.push(`${st.boost > 1 ? 'intensified' : 'softened'} by "${st.boostWord}"`);
    st.boostUntil = -1;
  }
  if (t.caps && !shouting) {
    weight *= CAPS_BOOST;
    notes.push('ALL CAPS');
  }
  if (weight > 0) weight = applyWish(st, i, weight, notes);
  if (st.negUntil >= i) {
    weight *= negationFactor(weight);
    notes.push(`negated by "${st.negWord}"`);
  }
  const tag: HitTag | undefined = THANKS_WORDS.has(t.norm) ? 'thanks' : undefined;
  return { kind: 'word', text: t.raw, weight, at: i, tag, note: notes.length ? notes.join(', ') : undefined };
}
