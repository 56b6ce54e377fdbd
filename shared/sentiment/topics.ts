import { decodeEntities, tokenize } from './text';
import { DEFAULT_TOPIC_RULES, type TopicRule } from './topicRules';

/** One topic found in a post, with the words of the post that triggered it. */
export interface TopicMatch {
  topic: string;
  label: string;
  matched: string[];
}

interface Part {
  text: string;
  prefix: boolean;
}

interface CompiledRule {
  rule: TopicRule;
  keywords: Part[][];
  excludes: Part[][];
}

const compiledCache = new WeakMap<readonly TopicRule[], CompiledRule[]>();

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

function compileRules(rules: readonly TopicRule[]): CompiledRule[] {
  let compiled = compiledCache.get(rules);
  if (!compiled) {
    compiled = rules.map((rule) => ({
      rule,
      keywords: (rule.keywords ?? []).map(compileKeyword).filter((k) => k.length > 0),
      excludes: (rule.exclude ?? []).map(compileKeyword).filter((k) => k.length > 0),
    }));
    compiledCache.set(rules, compiled);
  }
  return compiled;
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
  compileRules(rules).forEach(({ rule, keywords, excludes }, order) => {
    const vetoed = new Uint8Array(words.length);
    for (const parts of excludes) for (const [s, e] of findSpans(words, index, parts)) vetoed.fill(1, s, e);
    const matched = new Set<string>();
    for (const parts of keywords) {
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

/**
 * Checks a site's topic rules loaded from JSON. Returns the rules when every entry has a non-empty
 * `topic` and at least one keyword, else the problems found, one message per bad entry.
 */
export function validateTopicRules(value: unknown): { ok: true; rules: TopicRule[] } | { ok: false; errors: string[] } {
  if (!Array.isArray(value)) return { ok: false, errors: ['topic rules must be an array'] };
  const errors: string[] = [];
  const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  value.forEach((r, i) => {
    const rule = r as Partial<TopicRule> | null;
    if (!rule || typeof rule !== 'object') errors.push(`rule ${i}: not an object`);
    else if (typeof rule.topic !== 'string' || !rule.topic.trim()) errors.push(`rule ${i}: missing "topic"`);
    else if (!isStrings(rule.keywords) || rule.keywords!.length === 0) errors.push(`rule ${i} (${rule.topic}): "keywords" must be a non-empty list of strings`);
    else if (rule.exclude !== undefined && !isStrings(rule.exclude)) errors.push(`rule ${i} (${rule.topic}): "exclude" must be a list of strings`);
    else if (rule.label !== undefined && typeof rule.label !== 'string') errors.push(`rule ${i} (${rule.topic}): "label" must be a string`);
  });
  return errors.length ? { ok: false, errors } : { ok: true, rules: value as TopicRule[] };
}
