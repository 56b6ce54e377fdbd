/**
 * Per-site-kind reply limits and the reading of a "KIND" argument that may name either a site
 * kind (`microblog`) or a site policy (`never-respond`), as the Sources registry shows both.
 */
import { SITE_KINDS, SITE_POLICIES } from '../domain/site';
import type { SiteKind, SitePolicy } from '../domain/site';

/** How long a reply may be on a kind of site, and how it is counted. */
export interface ReplyLimit {
  /** Longest reply, in the unit counted below. */
  maxLength: number;
  /** Count like Twitter's twitter-text v3: URLs weigh 23, CJK and emoji 2, most scripts 1. */
  weighted: boolean;
  /** More sentences than this draws a brevity warning; null for no such warning. */
  maxSentences: number | null;
}

/**
 * Defaults per kind. Microblog follows X/Twitter (280 weighted, a URL counts 23). The others are
 * the tighter of common platform caps so a reply fits wherever such a site is hosted: Facebook
 * comments 8,000; Google business review replies 4,096; Disqus-style news comments ~3,000;
 * Discourse/phpBB forum posts and trade-press comment boxes are larger, capped here at 10,000.
 */
export const REPLY_LIMITS: Readonly<Record<SiteKind, ReplyLimit>> = {
  microblog: { maxLength: 280, weighted: true, maxSentences: 3 },
  'own-page': { maxLength: 8000, weighted: false, maxSentences: null },
  forum: { maxLength: 10000, weighted: false, maxSentences: null },
  review: { maxLength: 4000, weighted: false, maxSentences: null },
  industry: { maxLength: 10000, weighted: false, maxSentences: null },
  news: { maxLength: 3000, weighted: false, maxSentences: null },
};

/** Used when only a policy is known (e.g. `check-reply --site-kind monitor-only`): the strictest non-microblog cap. */
export const UNKNOWN_KIND_LIMIT: ReplyLimit = { maxLength: 3000, weighted: false, maxSentences: null };

/** The limit that applies to a site kind, or {@link UNKNOWN_KIND_LIMIT} when the kind is not known. */
export function replyLimitFor(siteKind: SiteKind | null | undefined): ReplyLimit {
  return siteKind ? REPLY_LIMITS[siteKind] : UNKNOWN_KIND_LIMIT;
}

/** True for one of the six site kinds. */
export function isSiteKind(value: string): value is SiteKind {
  return (SITE_KINDS as readonly string[]).includes(value);
}

/** True for one of the three site policies. */
export function isSitePolicy(value: string): value is SitePolicy {
  return (SITE_POLICIES as readonly string[]).includes(value);
}

/** What a KIND argument names: a site kind, a policy, or neither (null). Case and spaces are ignored. */
export function parseSiteKindArg(value: string): { siteKind: SiteKind | null; policy: SitePolicy | null } | null {
  const normalised = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (isSiteKind(normalised)) return { siteKind: normalised, policy: null };
  if (isSitePolicy(normalised)) return { siteKind: null, policy: normalised };
  return null;
}
