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

interface CompiledRule {
  rule: TopicRule;
  keywords: Part[][];
  excludes: Part[][];
  /** Ids (into CompiledSet.firsts) of this rule's keywords and excludes, in the same order. */
  keywordIds: number[];
  excludeIds: number[];
}

/**
 * A rule set compiled once: its rules, and every keyword's first word by id, looked up from the
 * post's distinct words (exact words in a map, `*` prefixes by their length), so a post only runs
 * the keywords whose first word it contains instead of every keyword of every rule.
 */
interface CompiledSet {
  rules: CompiledRule[];
  size: number;
  exact: Map<string, number[]>;
  prefixes: Map<string, number[]>;
  prefixLengths: number[];
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

function compileRules(rules: readonly TopicRule[]): CompiledSet {
  let compiled = compiledCache.get(rules);
  if (compiled) return compiled;
  const set: CompiledSet = { rules: [], size: 0, exact: new Map(), prefixes: new Map(), prefixLengths: [] };
  const register = (parts: Part[]): number => {
    const id = set.size++;
    const map = parts[0].prefix ? set.prefixes : set.exact;
    map.set(parts[0].text, [...(map.get(parts[0].text) ?? []), id]);
    return id;
  };
  for (const rule of rules) {
    const keywords = (rule.keywords ?? []).map(compileKeyword).filter((k) => k.length > 0);
    const excludes = (rule.exclude ?? []).map(compileKeyword).filter((k) => k.length > 0);
    set.rules.push({ rule, keywords, excludes, keywordIds: keywords.map(register), excludeIds: excludes.map(register) });
  }
  set.prefixLengths = [...new Set([...set.prefixes.keys()].map((p) => p.length))];
  compiledCache.set(rules, (compiled = set));
  return compiled;
}

/** Which keywords of the set can match: those whose first word (or prefix) is among the post's words. */
function candidatesOf(set: CompiledSet, index: WordIndex): Uint8Array {
  const out = new Uint8Array(set.size);
  for (const w of index.keys()) {
    for (const id of set.exact.get(w) ?? []) out[id] = 1;
    for (const n of set.prefixLengths) if (w.length >= n) for (const id of set.prefixes.get(w.slice(0, n)) ?? []) out[id] = 1;
  }
  return out;
}

function partMatches(part: Part, word: string): boolean {
  return part.prefix ? word.startsWith(part.text) : word === part.text;
}

/** Where each distinct word of a post occurs, so a keyword costs one lookup instead of a scan. */
type WordIndex = Map<string, number[]>;

function indexWords(words: readonly string[]): WordIndex {
  const index: WordIndex = new Map();
  words.forEach((w, i) => {
    const at = index.get(w);
    if (at) at.push(i);
    else index.set(w, [i]);
  });
  return index;
}

/** Every [start, end) span where `parts` matches consecutive words. */
function findSpans(words: readonly string[], index: WordIndex, parts: readonly Part[]): Array<[number, number]> {
  const first = parts[0];
  const starts = first.prefix
    ? [...index].flatMap(([w, at]) => (w.startsWith(first.text) ? at : []))
    : index.get(first.text) ?? [];
  const spans: Array<[number, number]> = [];
  for (const i of starts) {
    if (i + parts.length > words.length) continue;
    let ok = true;
    for (let k = 1; k < parts.length && ok; k++) ok = partMatches(parts[k], words[i + k]);
    if (ok) spans.push([i, i + parts.length]);
  }
  return spans;
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
  const tokens = tokenize(decodeEntities(text)).filter((t) => t.kind === 'word' || t.kind === 'hashtag' || t.kind === 'number');
  const words = tokens.map((t) => t.norm);
  const index = indexWords(words);
  const found: Array<TopicMatch & { order: number }> = [];
  const set = compileRules(rules);
  const candidate = candidatesOf(set, index);
  set.rules.forEach(({ rule, keywords, excludes, keywordIds, excludeIds }, order) => {
    if (!keywordIds.some((id) => candidate[id])) return;
    const vetoed = new Uint8Array(words.length);
    excludes.forEach((parts, j) => {
      if (candidate[excludeIds[j]]) for (const [s, e] of findSpans(words, index, parts)) vetoed.fill(1, s, e);
    });
    const matched = new Set<string>();
    for (const [j, parts] of keywords.entries()) {
      if (!candidate[keywordIds[j]]) continue;
      for (const [s, e] of findSpans(words, index, parts)) {
        if (vetoed.subarray(s, e).includes(1)) continue;
        matched.add(tokens.slice(s, e).map((t) => t.raw).join(' '));
      }
    }
    if (matched.size) found.push({ topic: rule.topic, label: rule.label ?? rule.topic, matched: [...matched], order });
  });
  found.sort((a, b) => b.matched.length - a.matched.length || a.order - b.order);
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
