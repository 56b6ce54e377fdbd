import { decodeEntities, tokenize } from './text';
import { DEFAULT_TOPIC_RULES, type TopicRule } from './topicRules';

/**
 * One topic found in a post, with the words of the post that triggered it (rules) and, when a
 * learned model found it, the model and how sure it was, with `why` in words ("model: Lost Luggage 0.81").
 */
export interface TopicMatch {
  topic: string;
  label: string;
  matched: string[];
  model?: { id: number; confidence: number };
  why?: string;
}

interface Part {
  text: string;
  prefix: boolean;
}

/** One keyword or exclude phrase of a rule, compiled to word parts. */
interface Phrase {
  parts: Part[];
  /** Index of the rule in the set. */
  rule: number;
  exclude: boolean;
}

/** A node of the trie of the `*` prefixes that start phrases: phrase ids of the prefixes ending here. */
interface PrefixNode {
  next: Map<number, PrefixNode>;
  ids: number[];
}

/**
 * A rule set compiled once: every keyword and exclude phrase by id (each rule's keywords, then its
 * excludes, rule after rule, so sorting found ids puts them in rule and keyword order), and the
 * phrases by first word: exact words in a map, `*` prefixes in a trie walked along the post's
 * word, so a post only tries the phrases that can start at each of its words.
 */
interface CompiledSet {
  rules: readonly TopicRule[];
  phrases: Phrase[];
  /** Per rule: its first exclude phrase id, and the id after its last phrase. */
  excludeFrom: number[];
  end: number[];
  exact: Map<string, number[]>;
  prefixes: PrefixNode;
}

const compiledCache = new WeakMap<readonly TopicRule[], CompiledSet>();

/** Splits a keyword into word parts with the post tokenizer, so "carry-on" and "carry on" compile alike. */
function compileKeyword(keyword: string): Part[] {
  const parts: Part[] = [];
  for (const piece of keyword.trim().split(/\s+/)) {
    const prefix = piece.endsWith('*');
    const words = tokenize(prefix ? piece.slice(0, -1) : piece).filter((t) => t.kind === 'word' || t.kind === 'number');
    words.forEach((t, i) => parts.push({ text: t.norm, prefix: prefix && i === words.length - 1 }));
  }
  return parts;
}

function registerPhrase(set: CompiledSet, phrase: Phrase): void {
  const id = set.phrases.push(phrase) - 1;
  const first = phrase.parts[0];
  if (!first.prefix) {
    const ids = set.exact.get(first.text);
    if (ids) ids.push(id);
    else set.exact.set(first.text, [id]);
    return;
  }
  let node = set.prefixes;
  for (let i = 0; i < first.text.length; i++) {
    const c = first.text.charCodeAt(i);
    let next = node.next.get(c);
    if (!next) node.next.set(c, (next = { next: new Map(), ids: [] }));
    node = next;
  }
  node.ids.push(id);
}

function compileRules(rules: readonly TopicRule[]): CompiledSet {
  let set = compiledCache.get(rules);
  if (set) return set;
  set = { rules, phrases: [], excludeFrom: [], end: [], exact: new Map(), prefixes: { next: new Map(), ids: [] } };
  for (const [i, rule] of rules.entries()) {
    for (const k of rule.keywords ?? []) {
      const parts = compileKeyword(k);
      if (parts.length) registerPhrase(set, { parts, rule: i, exclude: false });
    }
    set.excludeFrom.push(set.phrases.length);
    for (const k of rule.exclude ?? []) {
      const parts = compileKeyword(k);
      if (parts.length) registerPhrase(set, { parts, rule: i, exclude: true });
    }
    set.end.push(set.phrases.length);
  }
  compiledCache.set(rules, set);
  return set;
}

/**
 * Per-call scratch, reused so a post allocates little: its words (norm) and their text as written,
 * the phrases found (id * HIT_SPAN + start word), and veto stamps per word. classifyTopics runs to
 * the end without yielding, so one scratch serves every call.
 */
const scratch = { words: [] as string[], raws: [] as string[], hits: [] as number[], vetoed: new Int32Array(64), stamp: 0 };

/** A hit is phrase id * HIT_SPAN + start word: 2^32 words is more than any string holds, and 40 rules' phrases stay far below 2^21. */
const HIT_SPAN = 2 ** 32;

/** Fills scratch.words/raws with the post's words, hashtags and numbers; returns their count. */
function readWords(text: string): number {
  const { words, raws } = scratch;
  let n = 0;
  for (const t of tokenize(decodeEntities(text))) {
    if (t.kind !== 'word' && t.kind !== 'hashtag' && t.kind !== 'number') continue;
    words[n] = t.norm;
    raws[n++] = t.raw;
  }
  return n;
}

function phraseAt(parts: readonly Part[], i: number, n: number): boolean {
  if (i + parts.length > n) return false;
  const { words } = scratch;
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k];
    if (part.prefix ? !words[i + k].startsWith(part.text) : words[i + k] !== part.text) return false;
  }
  return true;
}

/** Every phrase (keyword or exclude) of the set found in the post's n words, into scratch.hits, sorted by phrase id then start. */
function findHits(set: CompiledSet, n: number): number[] {
  const { words, hits } = scratch;
  hits.length = 0;
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const exact = set.exact.get(w);
    if (exact) for (const id of exact) if (phraseAt(set.phrases[id].parts, i, n)) hits.push(id * HIT_SPAN + i);
    let node: PrefixNode | undefined = set.prefixes;
    for (let c = 0; node && c < w.length; c++) {
      node = node.next.get(w.charCodeAt(c));
      if (node) for (const id of node.ids) if (phraseAt(set.phrases[id].parts, i, n)) hits.push(id * HIT_SPAN + i);
    }
  }
  return hits.length > 1 ? hits.sort((a, b) => a - b) : hits;
}

/** Position of the first occurrence of the word at `i` (prefix phrases list their starts by distinct word, first seen first). */
function firstSeen(i: number): number {
  const { words } = scratch;
  for (let j = 0; j < i; j++) if (words[j] === words[i]) return j;
  return i;
}

/** Starts of phrase `id`'s hits in hits[from, to), in the order the words were first seen for a prefix phrase, else by position. */
function startsOf(hits: readonly number[], from: number, to: number, prefix: boolean): number[] {
  const starts: number[] = [];
  for (let h = from; h < to; h++) starts.push(hits[h] % HIT_SPAN);
  if (prefix && starts.length > 1) {
    const seen = starts.map(firstSeen);
    const order = starts.map((_, k) => k).sort((a, b) => seen[a] - seen[b] || starts[a] - starts[b]);
    return order.map((k) => starts[k]);
  }
  return starts;
}

/** Marks the words of the rule's exclude phrases found (hits[from, to)) with a fresh stamp; returns it. */
function markVetoed(set: CompiledSet, hits: readonly number[], from: number, to: number, n: number): number {
  if (scratch.vetoed.length < n) scratch.vetoed = new Int32Array(Math.max(n, scratch.vetoed.length * 2));
  const stamp = ++scratch.stamp;
  for (let h = from; h < to; h++) {
    const id = Math.floor(hits[h] / HIT_SPAN);
    const s = hits[h] % HIT_SPAN;
    scratch.vetoed.fill(stamp, s, s + set.phrases[id].parts.length);
  }
  return stamp;
}

/** The texts (as written) of the rule's keyword hits in hits[from, to) outside its vetoed words, each once, in keyword then match order. */
function matchedOf(set: CompiledSet, hits: readonly number[], from: number, to: number, stamp: number): string[] {
  const matched: string[] = [];
  for (let h = from; h < to; ) {
    const id = Math.floor(hits[h] / HIT_SPAN);
    let next = h + 1;
    while (next < to && Math.floor(hits[next] / HIT_SPAN) === id) next++;
    const { parts } = set.phrases[id];
    for (const s of startsOf(hits, h, next, parts[0].prefix)) {
      let vetoed = false;
      for (let k = s; k < s + parts.length && !vetoed; k++) vetoed = scratch.vetoed[k] === stamp;
      if (vetoed) continue;
      const text = parts.length === 1 ? scratch.raws[s] : scratch.raws.slice(s, s + parts.length).join(' ');
      if (!matched.includes(text)) matched.push(text);
    }
    h = next;
  }
  return matched;
}

/**
 * Finds the topics (contact reasons) of a post with keyword rules: the default customer-care set
 * or a site's own (`TopicRule[]`, plain JSON). A keyword inside an `exclude` phrase does not count.
 * Topics come back with the most matches first, then in rule order. Never throws.
 *
 * @example classifyTopics('My bag is lost and the flight was delayed 3 hours') // baggage, delay
 */
export function classifyTopics(text: unknown, rules: readonly TopicRule[] = DEFAULT_TOPIC_RULES): TopicMatch[] {
  if (typeof text !== 'string' || !Array.isArray(rules)) return [];
  const set = compileRules(rules);
  const n = readWords(text);
  const hits = findHits(set, n);
  const found: Array<TopicMatch & { order: number }> = [];
  for (let h = 0; h < hits.length; ) {
    const r = set.phrases[Math.floor(hits[h] / HIT_SPAN)].rule;
    let x = h;
    while (x < hits.length && Math.floor(hits[x] / HIT_SPAN) < set.excludeFrom[r]) x++;
    let end = x;
    while (end < hits.length && Math.floor(hits[end] / HIT_SPAN) < set.end[r]) end++;
    if (x > h) {
      const matched = matchedOf(set, hits, h, x, markVetoed(set, hits, x, end, n));
      const rule = rules[r];
      if (matched.length) found.push({ topic: rule.topic, label: rule.label ?? rule.topic, matched, order: r });
    }
    h = end;
  }
  if (found.length > 1) found.sort((a, b) => b.matched.length - a.matched.length || a.order - b.order);
  return found.map(({ topic, label, matched }) => ({ topic, label, matched }));
}

/** One problem in a topic rule set: which rule, which field, and what is wrong. */
export interface TopicRuleProblem {
  /** Position of the rule in the set (-1: the set itself). */
  index: number;
  /** Field path, e.g. `rules[2].keywords[0]` (or `rules` for the set). */
  field: string;
  message: string;
}

/** Limits of a topic rule set (the live counts keep at most 63 topics in all; see BucketStore). */
export const TOPIC_RULE_LIMITS = { rules: 40, keywords: 300, keywordLength: 100, labelLength: 60, topicLength: 40 } as const;

/** A topic id: lower-case letters, digits and dashes (it names the topic in URLs, filters and files). */
export const TOPIC_ID = /^[a-z0-9][a-z0-9-]*$/;

/** Problems with one keyword list of a rule (`keywords` or `exclude`). */
function keywordProblems(list: unknown, where: string, name: string, required: boolean): string[] {
  if (list === undefined && !required) return [];
  if (!Array.isArray(list)) return [`${where}: "${name}" must be a list of strings`];
  if (required && list.length === 0) return [`${where}: "${name}" must be a non-empty list of strings`];
  if (list.length > TOPIC_RULE_LIMITS.keywords) return [`${where}: "${name}" has ${list.length} entries (at most ${TOPIC_RULE_LIMITS.keywords})`];
  const out: string[] = [];
  list.forEach((k, j) => {
    if (typeof k !== 'string') out.push(`${where}: "${name}" entry ${j + 1} must be a string`);
    else if (k.length > TOPIC_RULE_LIMITS.keywordLength) out.push(`${where}: "${name}" entry ${j + 1} is longer than ${TOPIC_RULE_LIMITS.keywordLength} characters`);
    else if (compileKeyword(k).length === 0) out.push(`${where}: "${name}" entry ${j + 1} ("${k}") has no words to match`);
  });
  return out;
}

/** Problems with one rule; `seen` collects topic ids to catch duplicates. */
function ruleProblems(r: unknown, i: number, seen: Set<string>): TopicRuleProblem[] {
  const at = (field: string, message: string): TopicRuleProblem => ({ index: i, field: `rules[${i}]${field ? `.${field}` : ''}`, message });
  const rule = r as Partial<Record<keyof TopicRule, unknown>> | null;
  if (!rule || typeof rule !== 'object' || Array.isArray(rule)) return [at('', `rule ${i + 1}: not an object`)];
  if (typeof rule.topic !== 'string' || !rule.topic.trim()) return [at('topic', `rule ${i + 1}: missing "topic"`)];
  const where = `rule ${i + 1} (${rule.topic})`;
  const out: TopicRuleProblem[] = [];
  if (!TOPIC_ID.test(rule.topic) || rule.topic.length > TOPIC_RULE_LIMITS.topicLength) {
    out.push(at('topic', `${where}: "topic" must be lower-case letters, digits and dashes, at most ${TOPIC_RULE_LIMITS.topicLength} characters`));
  } else if (seen.has(rule.topic)) out.push(at('topic', `${where}: "topic" is used by an earlier rule`));
  seen.add(rule.topic);
  if (rule.label !== undefined && (typeof rule.label !== 'string' || rule.label.length > TOPIC_RULE_LIMITS.labelLength)) {
    out.push(at('label', `${where}: "label" must be a string of at most ${TOPIC_RULE_LIMITS.labelLength} characters`));
  }
  for (const m of keywordProblems(rule.keywords, where, 'keywords', true)) out.push(at('keywords', m));
  for (const m of keywordProblems(rule.exclude, where, 'exclude', false)) out.push(at('exclude', m));
  const known = new Set(['topic', 'label', 'keywords', 'exclude']);
  for (const key of Object.keys(rule)) if (!known.has(key)) out.push(at(key, `${where}: unknown field "${key}"`));
  return out;
}

/**
 * Every problem of a topic rule set loaded from JSON or sent by the editor: each rule needs a
 * topic id (lower-case, dashes), unique in the set, an optional label, a non-empty list of
 * keywords that contain words, and an optional `exclude` list. Messages name the rule and field.
 */
export function checkTopicRules(value: unknown): TopicRuleProblem[] {
  if (!Array.isArray(value)) return [{ index: -1, field: 'rules', message: 'topic rules must be an array' }];
  if (value.length > TOPIC_RULE_LIMITS.rules) return [{ index: -1, field: 'rules', message: `a topic rule set has at most ${TOPIC_RULE_LIMITS.rules} rules (got ${value.length})` }];
  const seen = new Set<string>();
  return value.flatMap((r, i) => ruleProblems(r, i, seen));
}

/**
 * Checks a site's topic rules loaded from JSON. Returns the rules when `checkTopicRules` finds no
 * problem, else one message per problem, naming the rule and the field.
 */
export function validateTopicRules(value: unknown): { ok: true; rules: TopicRule[] } | { ok: false; errors: string[] } {
  const problems = checkTopicRules(value);
  return problems.length ? { ok: false, errors: problems.map((p) => p.message) } : { ok: true, rules: value as TopicRule[] };
}
