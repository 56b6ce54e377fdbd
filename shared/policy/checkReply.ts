/**
 * Pre-send checks on a reply, run locally before an agent copies it to the site: site policy,
 * length for the site kind, affiliation disclosure, selling language and private data. Nothing
 * here sends text anywhere. `ok` is false when any problem blocks; warnings leave it true.
 */
import type { SiteKind, SitePolicy } from '../domain/site';
import { findDisclosure } from './disclosure';
import { findPii, maskPii } from './pii';
import type { PiiKind } from './piiMask';
import { countSentences, measureReplyLength, overflowIndex } from './replyLength';
import { findSelling } from './selling';
import { replyLimitFor } from './siteRules';

/** The rules, in the order their problems are listed. */
export const REPLY_RULES = ['site-policy', 'length', 'disclosure', 'selling', 'pii'] as const;
/** A pre-send rule name (also the CLI's `rule` field). */
export type ReplyRule = (typeof REPLY_RULES)[number];

/** One thing wrong with a reply. `excerpt` shows the offending fragment (private data partly masked). */
export interface ReplyProblem {
  rule: ReplyRule;
  severity: 'block' | 'warn';
  message: string;
  excerpt: string;
}

/** A supervisor's decision to answer on a monitor-only site anyway; the reason is recorded with the reply. */
export interface ReplyOverride {
  reason: string;
}

/** What to check: the text, where it goes (kind and/or policy), and the company the agent speaks for. */
export interface ReplyCheckInput {
  text: string;
  siteKind?: SiteKind | null;
  brand: string;
  /** Defaults to `respond`. */
  policy?: SitePolicy | null;
  override?: ReplyOverride | null;
  /** Replaces the kind's default maximum length (same unit as the kind counts in). */
  maxLength?: number;
}

/** The verdict: `ok` unless a problem blocks. */
export interface ReplyCheckResult {
  ok: boolean;
  problems: ReplyProblem[];
}

const EXCERPT_MAX = 80;

const PII_LABELS: Record<PiiKind, string> = {
  card: 'Payment card number (passes the Luhn check)',
  phone: 'Phone number',
  email: 'E-mail address',
  address: 'Postal address',
  postcode: 'Postcode or ZIP code',
  account: 'Order, account or booking number',
  dob: 'Date of birth',
  'national-id': 'National identity number',
};

function clip(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > EXCERPT_MAX ? `${flat.slice(0, EXCERPT_MAX - 1)}…` : flat;
}

function checkSitePolicy(policy: SitePolicy, override: ReplyOverride | null | undefined): ReplyProblem[] {
  if (policy === 'never-respond') {
    return [{ rule: 'site-policy', severity: 'block', message: 'This site is never-respond: replies are not allowed here', excerpt: '' }];
  }
  if (policy !== 'monitor-only') return [];
  const reason = override?.reason?.trim() ?? '';
  if (reason.length === 0) {
    return [{ rule: 'site-policy', severity: 'block', message: 'This site is monitor-only: replying needs an override with a reason', excerpt: '' }];
  }
  return [{ rule: 'site-policy', severity: 'warn', message: `Replying to a monitor-only site under override: ${clip(reason)}`, excerpt: '' }];
}

/** `shown` is `text` with private data masked (same length), used for every excerpt. */
function checkLength(text: string, shown: string, siteKind: SiteKind | null | undefined, maxLength: number | undefined): ReplyProblem[] {
  if (text.trim().length === 0) return [{ rule: 'length', severity: 'block', message: 'The reply is empty', excerpt: '' }];
  const limit = replyLimitFor(siteKind);
  const max = maxLength ?? limit.maxLength;
  const where = siteKind ? `${siteKind} replies` : 'replies';
  const problems: ReplyProblem[] = [];
  const length = measureReplyLength(text, limit.weighted);
  if (length > max) {
    const unit = limit.weighted ? ' (URLs count as 23)' : '';
    problems.push({
      rule: 'length',
      severity: 'block',
      message: `The reply is ${length} characters${unit}; ${where} allow ${max}`,
      excerpt: `…${clip(shown.slice(overflowIndex(text, max, limit.weighted)))}`,
    });
  }
  const sentences = countSentences(text);
  if (limit.maxSentences !== null && sentences > limit.maxSentences) {
    problems.push({
      rule: 'length',
      severity: 'warn',
      message: `The reply has ${sentences} sentences; keep ${where} to ${limit.maxSentences} or fewer`,
      excerpt: clip(shown),
    });
  }
  return problems;
}

function checkDisclosure(text: string, shown: string, brand: string): ReplyProblem[] {
  if (brand.trim().length === 0) {
    return [{ rule: 'disclosure', severity: 'warn', message: 'No brand given, so affiliation disclosure cannot be checked', excerpt: '' }];
  }
  if (findDisclosure(text, brand) !== null) return [];
  const name = brand.trim();
  return [
    {
      rule: 'disclosure',
      severity: 'block',
      message: `The reply does not say who is writing for ${name} (e.g. "I'm Sam from ${name}" or "— Sam, ${name}")`,
      excerpt: clip(shown),
    },
  ];
}

/**
 * Runs every pre-send rule on a reply. Pure: nothing is stored or sent. Excerpts never repeat
 * private data: they are cut from a masked copy of the text.
 */
export function checkReply(input: ReplyCheckInput): ReplyCheckResult {
  const text = typeof input.text === 'string' ? input.text : '';
  const brand = typeof input.brand === 'string' ? input.brand : '';
  const shown = maskPii(text, { brand });
  const problems: ReplyProblem[] = [
    ...checkSitePolicy(input.policy ?? 'respond', input.override),
    ...checkLength(text, shown, input.siteKind, input.maxLength),
    ...checkDisclosure(text, shown, brand),
    ...findSelling(text).map(
      (f): ReplyProblem => ({ rule: 'selling', severity: f.severity, message: maskPii(f.message, { brand }), excerpt: clip(maskPii(f.excerpt, { brand })) }),
    ),
    ...findPii(text, { brand }).map(
      (f): ReplyProblem => ({ rule: 'pii', severity: f.severity, message: `${PII_LABELS[f.kind]} in a public reply`, excerpt: f.masked }),
    ),
  ];
  return { ok: problems.every((p) => p.severity !== 'block'), problems };
}
