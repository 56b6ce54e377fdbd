// The indexed classifier (shared/sentiment/topics.ts) against the straightforward one it replaced
// (kept below as the reference, unchanged but for its name): the same topics, in the same order,
// with the same matched words, over the airline export's tweets, the report bench's texts and
// made-up posts that hit the corner cases (repeated prefixes in mixed case, excludes, hashtags).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { decodeEntities, tokenize } from '../../../shared/sentiment/text';
import { extractFeatures } from '../../../shared/sentiment/features';
import { predictTopic, trainTopicModel, type TopicModel } from '../../../shared/sentiment/topicModel';
import { classifyTopics, type TopicMatch } from '../../../shared/sentiment/topics';
import { DEFAULT_TOPIC_RULES, type TopicRule } from '../../../shared/sentiment/topicRules';

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
function referenceTopics(text: unknown, rules: readonly TopicRule[] = DEFAULT_TOPIC_RULES): TopicMatch[] {
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


/** A telecom's own set (as in bench/topicsBench.ts). */
const SITE_RULES: TopicRule[] = [
  { topic: 'signal', label: 'Signal', keywords: ['no signal', 'signal*', 'coverage', 'dead zone', 'dropped call*', 'bars'], exclude: ['signal boost'] },
  { topic: 'speed', label: 'Speed', keywords: ['slow', 'speed*', 'lag*', 'buffering', 'mbps', 'throttl*'], exclude: ['slow down'] },
  { topic: 'bill', label: 'Bill', keywords: ['bill*', 'charge*', 'overcharg*', 'fee*', 'price*', 'refund*', 'money back'] },
  { topic: 'outage', keywords: ['outage*', 'down', 'offline', 'not working', "isn't working", 'no internet', 'no service'], exclude: ['calm down', 'let me down', 'down the'] },
  { topic: 'support', label: 'Support', keywords: ['customer service', 'support', 'agent*', 'on hold', 'hold', 'call back', 'dm', 'email*', 'phone'] },
  { topic: 'praise', label: 'Praise', keywords: ['thank*', 'great', 'love', 'awesome', 'best', 'well done'], exclude: ['thanks for nothing', 'not great'] },
];

/** Corner cases: prefixes inside and ending phrases, a keyword that is also an exclude, repeats, numbers, hashtags, a rule without keywords. */
const ODD_RULES: TopicRule[] = [
  { topic: 'late', keywords: ['delay* again', 'flight* delay*', 'late', 'late', 'delay*', '3 hours', 'hour*'], exclude: ['not delay*', 'late', 'too late'] },
  { topic: 'bags', keywords: ['bag*', 'bags', 'lost my bag*', 'carry-on*', 'lost*'], exclude: ['lost and found'] },
  { topic: 'empty', keywords: [] },
  { topic: 'tags', keywords: ['nothappy', 'fail', 'united*', 'jetblue', '2fa', 'a*'], exclude: ['a lot'] },
  { topic: 'thanks', keywords: ['thank*', 'thank you', 'thanks for'], exclude: ['thanks for nothing', 'no thanks'] },
];

const PHRASES = [
  'my flight was delayed again', 'lost my bag at the airport', 'rude staff at the gate', 'still no refund after weeks', 'cancelled without notice',
  'what time is boarding', 'is there wifi on board', 'which terminal for the flight', 'can I change my seat', 'how much is a checked bag',
  'thanks for the upgrade', 'great crew today', 'love the new seats', 'smooth flight thank you', 'amazing help from the agent',
];

const VOCABULARY = [
  'delay', 'Delayed', 'DELAYS', 'delayed', 'again', 'not', 'late', 'too', 'flight', 'Flights', 'bag', 'Bags', 'BAGGAGE', 'bag', 'lost', 'Lost', 'my',
  'and', 'found', 'carry-on', 'carry', 'on', 'hold', 'down', 'sit', 'calm', 'let', 'me', 'the', 'thanks', 'Thank', 'for', 'nothing', 'no', 'you',
  '#NotHappy', '#fail', '#United', '3', 'hours', 'hour', '2FA', 'a', 'lot', 'signal', 'boost', 'slow', 'not working', "isn't", 'working', 'refund',
  'REFUNDS', 'money', 'back', '&amp;', 'cancel', 'Cancelled', 'love', 'best', 'not the best', 'rude', 'agent', 'on', 'phone', 'dm', 'email', '@united',
  'http://t.co/x', ':)', 'xD', '😡', 'café', 'Zürich',
];

/** Deterministic made-up posts of 1-30 words from VOCABULARY (a linear congruential generator). */
function madeUpPosts(count: number): string[] {
  let seed = 12345;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + next(30) }, () => VOCABULARY[next(VOCABULARY.length)]).join(next(4) ? ' ' : ', '));
}

function airlineRows(): Record<string, string>[] {
  const file = resolve(__dirname, '..', '..', '..', '..', 'shared', 'data', 'airline', 'airline_dev.csv');
  return parse(readFileSync(file), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

const AIRLINE = airlineRows();

/** predictTopic as it was before its weights were laid out in an open-addressing table: a Map from slot to row. */
function referencePrediction(model: TopicModel, text: string, rows: Map<number, number>, weights: Float32Array): { topic: string; label: string; confidence: number } {
  const x = extractFeatures(text, model.features);
  const C = model.labels.length;
  const p = Float64Array.from(model.bias);
  for (let k = 0; k < x.index.length; k++) {
    const at = rows.get(x.index[k]);
    if (at !== undefined) for (let c = 0; c < C; c++) p[c] += x.value[k] * weights[at + c];
  }
  let max = -Infinity;
  for (let c = 0; c < C; c++) max = Math.max(max, p[c]);
  let sum = 0;
  let best = 0;
  for (let c = 0; c < C; c++) {
    sum += p[c] = Math.exp(p[c] - max);
    if (p[c] > p[best]) best = c;
  }
  return { topic: model.labels[best], label: model.names?.[best] ?? model.labels[best], confidence: Math.round((p[best] / sum) * 1000) / 1000 };
}

const TEXTS = [
  ...AIRLINE.map((r) => r.text),
  ...PHRASES.flatMap((a) => PHRASES.map((b) => `@acme ${a}, ${b}`)),
  ...madeUpPosts(4000),
  'Delayed, DELAYED and delays: delayed again', 'lost and found lost my bags, Lost my BAG', 'thanks for nothing, thank you, Thanks, THANKS for',
  '', '   ', '#fail #FAIL #Fail', 'not delayed, delay again, not delay again',
];

describe('classifyTopics returns what the straightforward matcher returned', () => {
  it.each([
    ['the default rules', DEFAULT_TOPIC_RULES],
    ["a site's rules", SITE_RULES],
    ['corner-case rules', ODD_RULES],
  ])('with %s: the same matches for every text', (_, rules) => {
    const differ = TEXTS.filter((t) => JSON.stringify(classifyTopics(t, rules)) !== JSON.stringify(referenceTopics(t, rules)));
    expect(differ.slice(0, 5).map((t) => ({ t, got: classifyTopics(t, rules), want: referenceTopics(t, rules) }))).toEqual([]);
    expect(TEXTS.length).toBeGreaterThan(15_000);
  });

  it('finds topics in most of the texts (the comparison is not over empty results)', () => {
    const found = TEXTS.filter((t) => classifyTopics(t, ODD_RULES).length > 0).length;
    expect(found).toBeGreaterThan(TEXTS.length / 2);
    expect(TEXTS.filter((t) => classifyTopics(t, ODD_RULES).some((m) => m.matched.length > 1)).length).toBeGreaterThan(1000);
  });
});

describe('predictTopic returns what the Map lookup returned', () => {
  it('over the airline tweets, with a model trained on their negative reasons', () => {
    const examples = AIRLINE.filter((r) => r.negativereason).slice(0, 3000).map((r) => ({ text: r.text, topic: r.negativereason }));
    const model = trainTopicModel(examples, { features: { hashBits: 16 }, epochs: 3 });
    const rows = new Map(model.index.map((slot, k) => [slot, k * model.labels.length]));
    const weights = Float32Array.from(model.weights);
    const texts = AIRLINE.slice(0, 2000).map((r) => r.text);
    const got = texts.map((t) => predictTopic(model, t));
    expect(got).toEqual(texts.map((t) => referencePrediction(model, t, rows, weights)));
    expect(new Set(got.map((g) => g.topic)).size).toBeGreaterThan(3);
  });
});
