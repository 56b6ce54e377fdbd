import type { Token } from './text';
import type { Evidence, Hit } from './evidence';

/**
 * Post-level customer-care rules of the built-in scorer: waiting times ("delayed 3 hours",
 * "2 hrs on hold"), repeated contact ("3rd time"), sarcasm, polite thanks closing a complaint,
 * "but" clauses and exclamation marks. Written by hand for Listening Post; the thresholds are
 * round numbers chosen by reading posts, not fitted to any data set.
 */

const UNITS: Record<string, 'm' | 'h' | 'd'> = {
  min: 'm', mins: 'm', minute: 'm', minutes: 'm', hr: 'h', hrs: 'h', hour: 'h', hours: 'h', h: 'h',
  day: 'd', days: 'd', week: 'd', weeks: 'd', wk: 'd', wks: 'd', month: 'd', months: 'd',
};

const QUANTITY_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['twelve', 12], ['several', 3], ['few', 3], ['couple', 2], ['many', 4],
  ['multiple', 3], ['24', 24],
]);

const WAIT_CONTEXT: ReadonlySet<string> = new Set(
  ('wait waiting waited waits hold holding delay delayed delays delaying late stuck sitting sat tarmac ' +
    'queue stranded still been spent spend later longer already over another nearly almost more now').split(' '),
);

const ORDINALS: ReadonlySet<string> = new Set(
  'second third fourth fifth sixth seventh umpteenth nth 2nd 3rd 4th 5th 6th 7th 8th 9th 10th'.split(' '),
);
const MANY_TIMES: ReadonlySet<string> = new Set('multiple several many numerous countless few'.split(' '));

/** A time span written in a post, e.g. "3 hours" or "3hrs"; null when token i does not start one. */
function readDuration(tokens: readonly Token[], i: number): { unit: 'm' | 'h' | 'd'; amount: number; end: number } | null {
  const t = tokens[i];
  if (t.kind === 'number') {
    const m = /^(\d+(?:[.,]\d+)?)\+?([a-z]*)$/.exec(t.norm);
    if (!m) return null;
    const amount = parseFloat(m[1].replace(',', '.'));
    if (m[2] && UNITS[m[2]]) return { unit: UNITS[m[2]], amount, end: i };
    const next = tokens[i + 1];
    if (!m[2] && next && UNITS[next.norm]) return { unit: UNITS[next.norm], amount, end: i + 1 };
    return null;
  }
  const q = QUANTITY_WORDS.get(t.norm);
  if (q === undefined || t.kind !== 'word') return null;
  const article = t.norm === 'a' || t.norm === 'an';
  let k = i + 1;
  if (tokens[k]?.norm === 'of') k++;
  if (tokens[k]?.norm === 'more') k++;
  const unit = tokens[k] ? UNITS[tokens[k].norm] : undefined;
  // "a day pass" is not a wait; "an hour" almost always is.
  if (!unit || (article && unit !== 'h')) return null;
  return { unit, amount: q, end: k };
}

function hasWaitContext(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k <= to && k < tokens.length; k++) if (WAIT_CONTEXT.has(tokens[k].norm)) return true;
  return false;
}

/** Evidence from waiting times and repeated contact, found by scanning the tokens once. */
export function findCareRules(tokens: readonly Token[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens[i].kind;
    if (kind !== 'number' && (kind !== 'word' || !TRIGGERS.has(tokens[i].norm))) continue;
    const d = readDuration(tokens, i);
    if (d) {
      const long = d.unit !== 'm' || d.amount >= 20;
      const text = tokens.slice(i, d.end + 1).map((t) => t.raw).join(' ');
      if (long && hasWaitContext(tokens, i - 5, d.end + 5)) {
        const weight = d.unit === 'm' ? -1 : d.unit === 'h' && d.amount < 3 ? -1.5 : -2;
        hits.push({ kind: 'rule', text, weight, at: i, note: 'a long wait or delay' });
      } else if (d.unit === 'd' || (d.unit === 'h' && d.amount >= 3)) {
        hits.push({ kind: 'rule', text, weight: -0.7, at: i, note: 'a long time: in customer care usually a wait' });
      }
      i = d.end;
      continue;
    }
    const t = tokens[i];
    const next = tokens[i + 1]?.norm;
    if ((ORDINALS.has(t.norm) && (next === 'time' || next === 'times')) || (MANY_TIMES.has(t.norm) && next === 'times')) {
      hits.push({ kind: 'rule', text: `${t.raw} ${tokens[i + 1].raw}`, weight: -1.5, at: i, note: 'repeated contact' });
      i++;
    } else if (t.kind === 'number' && /^\d+$/.test(t.norm) && next === 'times') {
      hits.push({ kind: 'rule', text: `${t.raw} times`, weight: -1.5, at: i, note: 'repeated contact' });
      i++;
    } else if (t.norm === 'twice' && t.kind === 'word') {
      hits.push({ kind: 'rule', text: t.raw, weight: -1, at: i, note: 'repeated contact' });
    }
  }
  return hits;
}

/** Words that can start a duration or a repeated-contact rule; every other word is skipped at once. */
const TRIGGERS: ReadonlySet<string> = new Set([...QUANTITY_WORDS.keys(), ...ORDINALS, ...MANY_TIMES, 'twice']);

/** Every sarcasm marker contains one of these tokens, so most posts skip the regex. */
const SARCASM_CUES: ReadonlySet<string> = new Set(['sarcasm', 'not', 's', 'right', 'sure']);
const SARCASM_RE = /#sarcasm|#not\b|\(not\)|\/s\b|\bnot!|\byeah,? right\b|\bsure you (?:are|do|did|will)\b/i;

/** True when the post marks itself as sarcastic ("#sarcasm", "(not)", "/s", "yeah right"). */
export function hasSarcasmMarker(text: string, tokens?: readonly Token[]): boolean {
  if (tokens && !tokens.some((t) => SARCASM_CUES.has(t.norm))) return false;
  return SARCASM_RE.test(text.length > 20_000 ? text.slice(0, 20_000) : text);
}

const INFO_STARTERS: ReadonlySet<string> = new Set(
  'can could will would is are do does did should any anyone anybody which when who has have'.split(' '),
);
const PERSONAL: ReadonlySet<string> = new Set(
  "i i'm im i've i'd i'll me my mine we we're our us you your you're youre u ur y'all yall".split(' '),
);
const REQUESTS: ReadonlySet<string> = new Set(['please', 'pls', 'plz', 'kindly']);
const OBJECT_SKIP: ReadonlySet<string> = new Set('the your my all a an our such this that'.split(' '));

/** Damps evidence inside a question that asks for information ("Will my flight be delayed?"). */
function dampInfoQuestions(tokens: readonly Token[], hits: Hit[]): void {
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t && t.kind !== 'punct') continue;
    if (t && t.raw.includes('?')) {
      let first = start;
      while (first < i && tokens[first].kind !== 'word') first++;
      if (first < i && INFO_STARTERS.has(tokens[first].norm)) {
        for (const h of hits) {
          if (h.at < start || h.at >= i || Math.abs(h.weight) > 2) continue;
          h.weight *= 0.3;
          h.note = joinNote(h.note, 'asked in a question, not stated');
        }
      }
    }
    start = i + 1;
  }
}

/** A link shared without "I", "my", "you"… reads as news, not as the customer's own experience. */
function dampSharedNews(tokens: readonly Token[], hits: Hit[]): void {
  let link = false;
  for (const t of tokens) {
    if (t.kind === 'url') link = true;
    else if (t.kind === 'word' && PERSONAL.has(t.norm)) return;
  }
  if (!link) return;
  for (const h of hits) {
    h.weight *= 0.5;
    h.note = joinNote(h.note, 'shared link without a personal voice: damped');
  }
}

/** Is "thanks for X" sarcastic? Yes when X is bad news ("thanks for the 3 hour delay"), not when X fixed it. */
function isSarcasticThanks(h: Hit, hits: readonly Hit[], tokens: readonly Token[]): boolean {
  const until = h.until ?? h.at;
  let k = h.at;
  while (k <= until && tokens[k].norm !== 'for') k++;
  let first = k + 1;
  while (first <= until && OBJECT_SKIP.has(tokens[first].norm)) first++;
  const firstHit = hits.find((x) => x.at === first);
  if (firstHit) return firstHit.weight < 0;
  if (tokens[first]?.norm.endsWith('ing')) return false;
  return hits.some((x) => x.at > k && x.at <= until && x.weight < 0);
}

/**
 * Combines the evidence of one post into a raw score, rewriting hits in place so the reasons show
 * the final weights: "but" clauses, questions, shared news, sarcasm, polite thanks in a complaint
 * and exclamation marks.
 */
export function combineEvidence(ev: Evidence, tokens: readonly Token[], sarcasm: boolean): { hits: Hit[]; raw: number } {
  const hits = ev.hits;
  if (ev.contrastAt > 0) {
    for (const h of hits) {
      const before = h.at < ev.contrastAt;
      h.weight *= before ? 0.5 : 1.5;
      h.note = joinNote(h.note, before ? 'before "but": damped' : 'after "but": stressed');
    }
  }
  if (ev.questions > 0) dampInfoQuestions(tokens, hits);
  dampSharedNews(tokens, hits);
  adjustPositives(hits, tokens, sarcasm, ev.questions > 0 || tokens.some((t) => REQUESTS.has(t.norm)));
  let raw = 0;
  for (const h of hits) raw += h.weight;
  if (raw !== 0 && ev.exclamations > 0) {
    const lift = Math.sign(raw) * 0.25 * Math.min(ev.exclamations, 4);
    hits.push({ kind: 'punctuation', text: '!'.repeat(Math.min(ev.exclamations, 4)), weight: lift, at: -1, note: 'exclamation marks strengthen the tone' });
    raw += lift;
  }
  return { hits, raw };
}

/**
 * Sarcasm flips praise; thanks closing a complaint, question or request is politeness, not praise;
 * and next to a strong complaint, praise counts half (for triage the complaint is what matters).
 */
function adjustPositives(hits: Hit[], tokens: readonly Token[], sarcasm: boolean, asking: boolean): void {
  const sarcastic = new Set<Hit>();
  for (const h of hits) {
    if (h.tag !== 'thanksFor' || h.weight <= 0) continue;
    if (isSarcasticThanks(h, hits, tokens)) sarcastic.add(h);
    else dampThankedProblem(h, hits);
  }
  let complaint = 0;
  let problems = 0;
  for (const h of hits) {
    if (h.weight >= 0) continue;
    problems -= h.weight;
    if (h.tag !== 'help') complaint -= h.weight;
  }
  for (const h of hits) {
    if (h.weight <= 0) continue;
    if (sarcasm || (h.tag === 'praise' && complaint >= 1.5) || sarcastic.has(h)) {
      h.weight = -0.75 * h.weight;
      h.note = joinNote(h.note, sarcasm ? 'sarcasm marker: flipped' : 'praise for something bad: read as sarcasm');
    } else if ((h.tag === 'thanks' || h.tag === 'courtesy') && (problems >= 1 || asking)) {
      h.weight *= 0.25;
      h.note = joinNote(h.note, 'polite thanks closing a complaint, question or request: damped');
    } else if (complaint >= 3 && h.tag !== 'thanksFor') {
      h.weight *= 0.5;
      h.note = joinNote(h.note, 'outweighed by a strong complaint');
    }
  }
}

/** "Thank you for fixing my 5 hour delay": the delay is what was fixed, so it barely counts. */
function dampThankedProblem(thanks: Hit, hits: Hit[]): void {
  const until = thanks.until ?? thanks.at;
  for (const h of hits) {
    if (h.at <= thanks.at || h.at > until || h.weight >= 0) continue;
    h.weight *= 0.3;
    h.note = joinNote(h.note, 'the problem being thanked for: damped');
  }
}

function joinNote(a: string | undefined, b: string): string {
  return a ? `${a}; ${b}` : b;
}
