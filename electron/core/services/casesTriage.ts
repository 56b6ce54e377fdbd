import { DEFAULT_TRIAGE_WEIGHTS, rankTriage, TRIAGE_TERMS, type TriageItem, type TriageQueue, type TriageTerm, type TriageWeights } from '../../../shared/domain/triage';
import type { Core } from '../core';
import type { SlaLookup } from '../repos/cases';
import { readReplySetting, saveReplySetting } from '../repos/casesReplies';
import { listTriageRows, readNewestPostAt, type TriageRow } from '../repos/casesTriage';
import { readSlaLookup } from './cases';

const DAY = 86_400_000;
const POLICY_TERM = { respond: 1, 'monitor-only': 0.4, 'never-respond': 0 } as const;
const clamp = (x: number): number => Math.max(0, Math.min(1, x));
const round = (x: number): number => Math.round(x * 1000) / 1000;
const minutes = (ms: number): string => {
  const m = Math.round(ms / 60_000);
  return m < 120 ? `${m} min` : m < 2880 ? `${Math.round(m / 60)} h` : `${Math.round(m / 1440)} days`;
};

/** The six terms of one candidate, each 0..1, with the facts behind them in words. */
export function triageTermsOf(r: TriageRow, now: number, slaOf: SlaLookup): Pick<TriageItem, 'terms' | 'details'> {
  const negativity = r.label === 'negative' ? Math.max(0.5, clamp(-(r.score ?? -0.5))) : r.label === null ? 0 : clamp(-(r.score ?? 0)) * 0.5;
  const followers = r.followers ?? 0;
  const targetMs = Math.max(1, slaOf(r.siteId).firstResponseMins) * 60_000;
  const waitedMs = Math.max(0, now - r.createdAt);
  const terms: Record<TriageTerm, number> = {
    negativity,
    reach: clamp(Math.log10(1 + followers) / 6),
    persistence: clamp(r.recentNegatives / 3),
    sitePolicy: POLICY_TERM[r.sitePolicy],
    waiting: clamp(waitedMs / targetMs),
    customerValue: r.customerContacts === null ? 0 : clamp(0.5 + r.customerContacts / 10),
  };
  const details: Record<TriageTerm, string> = {
    negativity: r.label === null ? 'not scored yet' : `${r.label}${r.score === null ? '' : ` (${r.score.toFixed(2)})`}`,
    reach: r.followers === null ? 'followers unknown' : `${followers.toLocaleString('en-US')} followers`,
    persistence: `${r.recentNegatives} negative post${r.recentNegatives === 1 ? '' : 's'} in the 30 days before`,
    sitePolicy: r.sitePolicy,
    waiting: `waiting ${minutes(waitedMs)} of a ${minutes(targetMs)} target`,
    customerValue: r.customerContacts === null ? 'not a known customer' : `known customer, ${r.customerContacts} contact${r.customerContacts === 1 ? '' : 's'}`,
  };
  return { terms: Object.fromEntries(TRIAGE_TERMS.map((t) => [t, round(terms[t])])) as Record<TriageTerm, number>, details };
}

/** The saved weights (defaults for any term never set). */
export async function readTriageWeights(core: Core): Promise<TriageWeights> {
  const raw = await readReplySetting(core.db, 'triage.weights', '{}');
  const saved = JSON.parse(raw) as Partial<TriageWeights>;
  return { ...DEFAULT_TRIAGE_WEIGHTS, ...saved };
}

/** Saves the supervisor's weights and returns them. */
export async function saveTriageWeights(core: Core, req: { weights: TriageWeights }): Promise<TriageWeights> {
  await saveReplySetting(core.db, 'triage.weights', JSON.stringify(req.weights));
  return readTriageWeights(core);
}

/**
 * New inbound posts waiting for a first answer, ordered by a priority whose terms are returned
 * with each post (and whose weights are the saved ones unless the request tries others). The
 * window ends at the newest stored post, so an imported file has a queue too.
 */
export async function buildTriageQueue(core: Core, req: { siteId?: number; days?: number; limit?: number; weights?: TriageWeights }): Promise<TriageQueue> {
  const weights = req.weights ?? (await readTriageWeights(core));
  const newest = (await readNewestPostAt(core.db)) ?? core.now();
  const since = Math.min(newest, core.now()) - (req.days ?? 7) * DAY;
  const rows = await listTriageRows(core.db, { since, siteId: req.siteId, limit: 5000 });
  const slaOf = await readSlaLookup(core.db);
  const now = Math.max(core.now(), newest);
  const items = rows.map((r): TriageItem => ({
    postId: r.postId,
    siteName: r.siteName,
    sitePolicy: r.sitePolicy,
    author: r.author,
    text: r.text,
    createdAt: r.createdAt,
    sentiment: r.label,
    ...triageTermsOf(r, now, slaOf),
  }));
  const ranked = rankTriage(items, weights).slice(0, req.limit ?? 200);
  return { weights, since, total: items.length, items: ranked.map(({ score: _s, contributions: _c, ...i }) => i) };
}
