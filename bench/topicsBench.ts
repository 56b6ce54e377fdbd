// `npm run bench topics`: topic classification speed (rules only, a site's own rules, a learned
// model switched on) over real-ish posts: the airline export's tweets and the report bench's texts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse/sync';
import { trainTopicModel, type TopicExample } from '../shared/sentiment/topicModel';
import type { TopicRule } from '../shared/sentiment/topicRules';
import { DEFAULT_TOPIC_RULES } from '../shared/sentiment/topicRules';
import { TopicBook } from '../electron/core/topics/topicBook';

/** Posts classified per timed pass. */
const POSTS = 100_000;

/** A site's own set (a telecom's): phrases, prefixes and excludes unlike the default set's. */
const SITE_RULES: TopicRule[] = [
  { topic: 'signal', label: 'Signal', keywords: ['no signal', 'signal*', 'coverage', 'dead zone', 'dropped call*', 'bars'], exclude: ['signal boost'] },
  { topic: 'speed', label: 'Speed', keywords: ['slow', 'speed*', 'lag*', 'buffering', 'mbps', 'throttl*'], exclude: ['slow down'] },
  { topic: 'bill', label: 'Bill', keywords: ['bill*', 'charge*', 'overcharg*', 'fee*', 'price*', 'refund*', 'money back'] },
  { topic: 'outage', label: 'Outage', keywords: ['outage*', 'down', 'offline', 'not working', "isn't working", 'no internet', 'no service'], exclude: ['calm down', 'let me down', 'down the'] },
  { topic: 'support', label: 'Support', keywords: ['customer service', 'support', 'agent*', 'on hold', 'hold', 'call back', 'dm', 'email*', 'phone'] },
  { topic: 'praise', label: 'Praise', keywords: ['thank*', 'great', 'love', 'awesome', 'best', 'well done'], exclude: ['thanks for nothing', 'not great'] },
];

/** The report bench's phrases, paired as it pairs them. */
const PHRASES = [
  'my flight was delayed again', 'lost my bag at the airport', 'rude staff at the gate', 'still no refund after weeks', 'cancelled without notice',
  'what time is boarding', 'is there wifi on board', 'which terminal for the flight', 'can I change my seat', 'how much is a checked bag',
  'thanks for the upgrade', 'great crew today', 'love the new seats', 'smooth flight thank you', 'amazing help from the agent',
];

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

function readAirline(dataDir: string): Record<string, string>[] {
  return parse(readFileSync(join(dataDir, 'airline', 'airline_dev.csv')), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

/** POSTS texts: the airline tweets cycled (distinct texts), or the report bench's generated texts. */
function postsOf(tweets: readonly string[]): { name: string; texts: string[] }[] {
  const airline = Array.from({ length: POSTS }, (_, i) => tweets[i % tweets.length]);
  const report = Array.from({ length: POSTS }, (_, i) => `@acme ${PHRASES[(i * 7) % PHRASES.length]}, ${PHRASES[(i * 13 + 5) % PHRASES.length]}`);
  return [{ name: 'airline tweets', texts: airline }, { name: 'report bench texts', texts: report }];
}

/** Posts timed per pass with a model switched on (its feature extraction is ten times the rules' cost). */
const MODEL_POSTS = 20_000;

/**
 * One warm-up pass over the first 5k, then the best of `passes` timed passes over `texts`; returns
 * ms per 100k posts and the topics found in a pass (a checksum: equal before and after a speed-up).
 */
function timeClassify(book: TopicBook, siteId: number, texts: readonly string[], passes = 3): { ms: number; topics: number } {
  for (let i = 0; i < 5_000; i++) book.classify(siteId, texts[i]);
  let best = Infinity;
  let topics = 0;
  for (let p = 0; p < passes; p++) {
    topics = 0;
    const t0 = performance.now();
    for (const t of texts) topics += book.classify(siteId, t).length;
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: (best * 100_000) / texts.length, topics };
}

/**
 * Posts per second of TopicBook.classify (what the report and the live counts call per post) with
 * the default rules (site 1), a site's own rules (site 2) and the default rules plus a topic model
 * trained on the airline export's negative reasons (site 3), over POSTS airline tweets and POSTS
 * report bench texts.
 */
export async function runTopicsBench(dataDir: string): Promise<string[]> {
  const rows = readAirline(dataDir);
  const examples: TopicExample[] = rows.filter((r) => r.negativereason).map((r) => ({ text: r.text, topic: r.negativereason }));
  const t0 = performance.now();
  const model = trainTopicModel(examples);
  const trainMs = performance.now() - t0;
  const active = { id: 1, name: 'airline reasons', model, minConfidence: 0.5 };
  const book = new TopicBook(DEFAULT_TOPIC_RULES, new Map([[2, SITE_RULES]]), 'built-in', { defaults: null, sites: new Map([[3, active]]) });
  const out = [`topics: TopicBook.classify over ${fmt(POSTS)} posts per pass, best of 3 (with the model: ${fmt(MODEL_POSTS)}, best of 2; model trained on ${fmt(examples.length)} airline reasons in ${(trainMs / 1000).toFixed(1)} s)`];
  for (const { name, texts } of postsOf(rows.map((r) => r.text))) {
    for (const [siteId, what] of [[1, 'default rules'], [2, "a site's rules"], [3, 'default rules + model']] as const) {
      const timed = siteId === 3 ? texts.slice(0, MODEL_POSTS) : texts;
      const { ms, topics } = timeClassify(book, siteId, timed, siteId === 3 ? 2 : 3);
      out.push(`  ${name}, ${what}: ${fmt(100_000_000 / ms)} posts/s, ${fmt(ms)} ms per 100k posts (${fmt(topics)} topics in ${fmt(timed.length)} posts)`);
    }
  }
  return out;
}
