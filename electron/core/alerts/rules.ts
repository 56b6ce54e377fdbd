// The alert rules of the live engine, as pure functions over counts the engine keeps in memory.
import type { AlertRules } from '../../../shared/domain/alertRules';
import type { NewAlert } from './alertsRepo';
import { ownThresholdsNote, thresholdsFor } from './thresholds';

export { DEFAULT_ALERT_RULES, type AlertRules } from '../../../shared/domain/alertRules';
export { thresholdsFor } from './thresholds';

/** A site's post counts for the spike rule. */
export interface SpikeInput {
  siteId: number;
  siteName: string;
  /** Posts in the spike window. */
  current: number;
  /** Negative posts among them. */
  negative: number;
  /** Posts in the baseline period before it. */
  baseline: number;
  /** Mean posts of the same hour in the previous `spikeWeeks` weeks, scaled to the window (0: none). */
  weekly: number;
}

/** A count as the alert text gives it: one decimal under ten. */
function figure(n: number): string {
  return n < 10 ? n.toFixed(1) : String(Math.round(n));
}

/**
 * Volume spike: the window's posts reach the minimum and `spikeFactor` times the expected count:
 * the larger of the baseline period (scaled to the window's length) and the same hour of previous
 * weeks, at least one post. One alert per site; its detail gives the observed and expected counts,
 * where the expectation comes from, and the thresholds.
 */
export function findSpikes(sites: readonly SpikeInput[], all: AlertRules): NewAlert[] {
  const scale = all.spikeWindowMs / all.spikeBaselineMs;
  const minutes = Math.round(all.spikeWindowMs / 60_000);
  const baseMinutes = Math.round(all.spikeBaselineMs / 60_000);
  const expectedOf = (s: SpikeInput): number => Math.max(s.baseline * scale, all.spikeWeeks > 0 ? s.weekly : 0);
  const raises = (s: SpikeInput, rules: AlertRules): boolean => s.current >= rules.spikeMinPosts && s.current >= rules.spikeFactor * Math.max(1, expectedOf(s));
  return sites
    .filter((s) => raises(s, thresholdsFor(all, s.siteId)))
    .map((s) => {
      const rules = thresholdsFor(all, s.siteId);
      const recent = `${figure(s.baseline * scale)} from the ${baseMinutes} min before`;
      const own = ownThresholdsNote(all, s.siteId, s.siteName);
      const why = all.spikeWeeks > 0 ? `the larger of ${recent} and ${figure(s.weekly)} at this hour in the ${all.spikeWeeks} weeks before` : recent;
      const negShare = s.current > 0 ? Math.round((100 * s.negative) / s.current) : 0;
      return {
        kind: 'volume-spike',
        severity: 'critical',
        subject: `site:${s.siteId}`,
        title: `Volume spike on ${s.siteName}`,
        detail: `${s.current} posts in ${minutes} min, expected ${figure(expectedOf(s))} (${why}); threshold${own}: ≥ ${rules.spikeFactor}× expected (at least 1) and ≥ ${rules.spikeMinPosts} posts; ${negShare}% negative`,
        siteId: s.siteId,
        postId: null,
      } satisfies NewAlert;
    });
}

/** A thread root with its recent reply count, for the viral-thread rule. */
export interface ThreadInput {
  rootId: number;
  siteId: number;
  siteName: string;
  author: string;
  replies: number;
  rootLabel: string | null;
}

/** Viral negative thread: a negative root drawing at least `threadMinReplies` (its site's) replies in the window. */
export function findViralThreads(threads: readonly ThreadInput[], all: AlertRules): NewAlert[] {
  const minutes = Math.round(all.threadWindowMs / 60_000);
  return threads
    .filter((t) => t.rootLabel === 'negative' && t.replies >= thresholdsFor(all, t.siteId).threadMinReplies)
    .map((t) => ({
      kind: 'negative-thread',
      severity: 'critical',
      subject: `thread:${t.rootId}`,
      title: `Negative thread going viral on ${t.siteName}`,
      detail: `@${t.author}'s complaint drew ${t.replies} replies in ${minutes} min; threshold${ownThresholdsNote(all, t.siteId, t.siteName)}: ≥ ${thresholdsFor(all, t.siteId).threadMinReplies} replies`,
      siteId: t.siteId,
      postId: t.rootId,
    }));
}

/** A freshly labelled post, for the influential-detractor rule. */
export interface DetractorInput {
  postId: number;
  authorId: number;
  author: string;
  siteId: number;
  siteName: string;
  label: string | null;
  followers: number | null;
  isCompany: boolean;
  createdAt: number;
}

/** Influential detractor: a recent negative post by a non-company author with a large following (its site's thresholds). */
export function findDetractors(posts: readonly DetractorInput[], all: AlertRules, now: number): NewAlert[] {
  const seen = new Set<number>();
  const out: NewAlert[] = [];
  for (const p of posts) {
    const rules = thresholdsFor(all, p.siteId);
    if (p.label !== 'negative' || p.isCompany || (p.followers ?? 0) < rules.detractorMinFollowers) continue;
    if (p.createdAt < now - rules.recentMs || seen.has(p.authorId)) continue;
    seen.add(p.authorId);
    out.push({
      kind: 'influential-detractor',
      severity: 'critical',
      subject: `author:${p.authorId}`,
      title: `Influential detractor on ${p.siteName}`,
      detail: `@${p.author} (${(p.followers ?? 0).toLocaleString('en-US')} followers) posted a negative message; threshold${ownThresholdsNote(all, p.siteId, p.siteName)}: ≥ ${rules.detractorMinFollowers.toLocaleString('en-US')} followers`,
      siteId: p.siteId,
      postId: p.postId,
    });
  }
  return out;
}
