/** What kind of place a site is. */
export const SITE_KINDS = ['own-page', 'microblog', 'forum', 'review', 'industry', 'news'] as const;
/** Site kind. */
export type SiteKind = (typeof SITE_KINDS)[number];

/** Whether the company answers on a site. Rant sites are never answered. */
export const SITE_POLICIES = ['respond', 'monitor-only', 'never-respond'] as const;
/** Site policy. */
export type SitePolicy = (typeof SITE_POLICIES)[number];

/** A site posts come from. */
export interface Site {
  id: number;
  name: string;
  kind: SiteKind;
  policy: SitePolicy;
  urlPattern: string | null;
  enabled: boolean;
}
