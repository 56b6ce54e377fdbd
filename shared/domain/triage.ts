import type { SentimentLabel } from '../sentiment/types';
import type { SitePolicy } from './site';

/** The terms of the triage priority, each 0..1, in the order the queue shows them. */
export const TRIAGE_TERMS = ['negativity', 'reach', 'persistence', 'sitePolicy', 'waiting', 'customerValue'] as const;
/** A term of the triage priority. */
export type TriageTerm = (typeof TRIAGE_TERMS)[number];
/** How much each term counts; the supervisor edits these. */
export type TriageWeights = Record<TriageTerm, number>;

/** What each term means, for the weights editor and the tooltips. */
export const TRIAGE_TERM_LABELS: Record<TriageTerm, string> = {
  negativity: 'Negativity of the post',
  reach: 'Reach of the author (followers, log scale)',
  persistence: "Author's negative posts in the 30 days before",
  sitePolicy: 'Site policy (respond 1, monitor-only 0.4, never-respond 0)',
  waiting: 'Time waiting, as a share of the site’s first-response target',
  customerValue: 'Known customer (confirmed link) and their contact history',
};

/** Weights before a supervisor changes them. */
export const DEFAULT_TRIAGE_WEIGHTS: TriageWeights = { negativity: 3, reach: 2, persistence: 2, sitePolicy: 1, waiting: 2, customerValue: 1 };

/** A new inbound post waiting for a first answer, with its terms (0..1) and why each has its value. */
export interface TriageItem {
  postId: number;
  siteName: string;
  sitePolicy: SitePolicy;
  author: string;
  text: string;
  createdAt: number;
  sentiment: SentimentLabel | null;
  terms: Record<TriageTerm, number>;
  details: Record<TriageTerm, string>;
}

/** The queue: the weights used, the window, and the posts, highest priority first. */
export interface TriageQueue {
  weights: TriageWeights;
  since: number;
  total: number;
  items: TriageItem[];
}

/**
 * The priority of a post: the weighted mean of its terms, 0..100, with each term's share of it
 * (so the queue can show why a post is where it is). All weights 0 gives 0.
 */
export function scoreTriage(terms: Record<TriageTerm, number>, weights: TriageWeights): { score: number; contributions: Record<TriageTerm, number> } {
  const total = TRIAGE_TERMS.reduce((s, t) => s + Math.max(0, weights[t]), 0);
  const contributions = Object.fromEntries(TRIAGE_TERMS.map((t) => [t, total === 0 ? 0 : (100 * Math.max(0, weights[t]) * terms[t]) / total])) as Record<TriageTerm, number>;
  return { score: TRIAGE_TERMS.reduce((s, t) => s + contributions[t], 0), contributions };
}

/** The items ordered by priority under these weights (ties: longest waiting first). */
export function rankTriage(items: TriageItem[], weights: TriageWeights): (TriageItem & { score: number; contributions: Record<TriageTerm, number> })[] {
  return items.map((i) => ({ ...i, ...scoreTriage(i.terms, weights) })).sort((a, b) => b.score - a.score || a.createdAt - b.createdAt);
}
