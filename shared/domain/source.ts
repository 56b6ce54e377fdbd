import type { Site, SiteKind, SitePolicy } from './site';

/**
 * Relevance filters of a site. A post is relevant when it mentions a keyword or brand name (or the
 * site has neither), mentions no exclude term, and is in one of the languages (or none are set).
 * Posts by the company's own accounts are always relevant.
 */
export interface SourceFilters {
  keywords: string[];
  brands: string[];
  exclude: string[];
  /** Language codes such as `en` or `pt`; a post's stated language, else its detected one. */
  languages: string[];
}

/** A site in the Sources registry, with what the supervisor configured for it. */
export interface Source extends Site {
  /** 1 to 5, or null when unrated. */
  rating: number | null;
  notes: string;
  filters: SourceFilters;
  /** The company's own handles on this site; their posts are "our replies". */
  companyHandles: string[];
}

/** What the Sources view sends to add (no id) or edit a site. */
export interface SourceInput {
  id?: number;
  name: string;
  kind: SiteKind;
  policy: SitePolicy;
  urlPattern: string | null;
  enabled: boolean;
  rating: number | null;
  notes: string;
  filters: SourceFilters;
  companyHandles: string[];
}

/** The saved site and how its posts were re-sorted by its relevance filters. */
export interface SourceSaved {
  source: Source;
  relevant: number;
  irrelevant: number;
}

/** Per-site figures of the Sources view. Shares are 0..1, null when there is nothing to divide. */
export interface SiteFigures {
  siteId: number;
  siteName: string;
  /** Every stored post of the site, hidden ones included. */
  posts: number;
  /** Posts hidden because they matched no relevance filter. */
  hiddenPosts: number;
  /** Relevant conversations started by customers (not by a company account). */
  customerThreads: number;
  /** Of those, how many got a reply from a company account. */
  answeredThreads: number;
  shareAnswered: number | null;
  /** Median time from a customer's first post to the first company reply, in ms. */
  medianFirstReplyMs: number | null;
  /** Relevant posts with a sentiment score (corrections win over the model's label). */
  scoredPosts: number;
  shareNegative: number | null;
  /** Time of the newest post, null for an empty site. */
  lastPostAt: number | null;
}

/** Filters that hide nothing. */
export const NO_FILTERS: SourceFilters = { keywords: [], brands: [], exclude: [], languages: [] };
