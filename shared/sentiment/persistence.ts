import type { SentimentLabel } from './types';

/** One scored post of a customer: when (epoch ms) and its label. */
export interface TimedLabel {
  at: number;
  label: SentimentLabel;
}

/** How lasting a customer's feeling is. */
export type PersistenceVerdict = 'persistently-unhappy' | 'angry-once' | 'recovered' | 'content' | 'unknown';

/** The thresholds of the depth rule; plain JSON so a site can change them. */
export interface PersistenceRule {
  /** Negative posts needed, with no positive in between (default 3). */
  minNegatives: number;
  /** Days those negatives must span, first to last (default 7). */
  minDays: number;
}

/** The default rule: ≥ 3 negative posts over ≥ 7 days with no positive in between. */
export const DEFAULT_PERSISTENCE_RULE: PersistenceRule = { minNegatives: 3, minDays: 7 };

/** The verdict, the rule in words with this customer's numbers, and the numbers themselves. */
export interface PersistenceResult {
  verdict: PersistenceVerdict;
  rule: string;
  negatives: number;
  positives: number;
  /** Days spanned by the current run of negatives (0 when there is none). */
  spanDays: number;
}

const DAY_MS = 86_400_000;

function describeRule(r: PersistenceRule): string {
  return `persistently unhappy = ≥ ${r.minNegatives} negative posts over ≥ ${r.minDays} days with no positive in between`;
}

function days(ms: number): string {
  const d = ms / DAY_MS;
  return d < 1 ? `${Math.round(d * 24)} h` : `${Number(d.toFixed(1))} days`;
}

function plural(n: number, word: string): string {
  return `${n} ${word} post${n === 1 ? '' : 's'}`;
}

/**
 * Separates "persistently unhappy" from "angry once" from "recovered" for one customer's posts.
 * Looks at the run of negative posts since the last positive one: long and large enough for the
 * rule → persistently unhappy; otherwise angry once. A positive after negatives → recovered;
 * no negatives → content; no valid posts → unknown. Order of `posts` does not matter. Never throws.
 */
export function classifyPersistence(posts: readonly TimedLabel[], rule: PersistenceRule = DEFAULT_PERSISTENCE_RULE): PersistenceResult {
  const r = sanitiseRule(rule);
  const valid = (Array.isArray(posts) ? posts : [])
    .filter((p) => p && Number.isFinite(p.at) && (p.label === 'negative' || p.label === 'neutral' || p.label === 'positive'))
    .slice()
    .sort((a, b) => a.at - b.at);
  const negatives = valid.filter((p) => p.label === 'negative').length;
  const positives = valid.filter((p) => p.label === 'positive').length;
  const base = { negatives, positives, spanDays: 0 };
  if (valid.length === 0) return { ...base, verdict: 'unknown', rule: `no scored posts; ${describeRule(r)}` };
  if (negatives === 0) return { ...base, verdict: 'content', rule: `no negative posts in ${plural(valid.length, 'scored')}` };
  let lastPositive = -1;
  let lastNegative = -1;
  valid.forEach((p, i) => {
    if (p.label === 'positive') lastPositive = i;
    if (p.label === 'negative') lastNegative = i;
  });
  if (lastPositive > lastNegative) {
    const when = days(valid[lastPositive].at - valid[lastNegative].at);
    return { ...base, verdict: 'recovered', rule: `a positive post ${when} after the last of ${plural(negatives, 'negative')}` };
  }
  const run = valid.slice(lastPositive + 1).filter((p) => p.label === 'negative');
  const spanMs = run[run.length - 1].at - run[0].at;
  const spanDays = Math.round((spanMs / DAY_MS) * 10) / 10;
  const found = `${plural(run.length, 'negative')} over ${days(spanMs)}${lastPositive >= 0 ? ' since the last positive one' : ' with no positive one'}`;
  if (run.length >= r.minNegatives && spanMs >= r.minDays * DAY_MS) {
    return { ...base, spanDays, verdict: 'persistently-unhappy', rule: `${found}; ${describeRule(r)}` };
  }
  return { ...base, spanDays, verdict: 'angry-once', rule: `${found}: one burst, below the rule (${describeRule(r)})` };
}

function sanitiseRule(rule: Partial<PersistenceRule> | undefined): PersistenceRule {
  const n = Number(rule?.minNegatives);
  const d = Number(rule?.minDays);
  return {
    minNegatives: Number.isFinite(n) && n >= 1 ? Math.floor(n) : DEFAULT_PERSISTENCE_RULE.minNegatives,
    minDays: Number.isFinite(d) && d >= 0 ? d : DEFAULT_PERSISTENCE_RULE.minDays,
  };
}
