import type { PostSentiment } from './sentiment';

/** A post as the UI sees it. Times are epoch milliseconds. */
export interface Post {
  /** Internal row id. */
  id: number;
  /** The site's own id for the post; unique per site. */
  externalId: string;
  siteId: number;
  siteName: string;
  author: string;
  createdAt: number;
  /** Untrusted text: render as text, never as HTML. */
  text: string;
  url: string | null;
  inReplyTo: string | null;
  parentId: number | null;
  authorFollowers: number | null;
  /** False when the post matched no relevance filter of its site. */
  relevant: boolean;
  /** Sentiment label and score (null until scored; absent where a query does not read it). */
  sentiment?: PostSentiment | null;
}

/**
 * A page of posts plus how many match the query. Counting stops at a cap (10,000 for posts.search):
 * when more match, `total` is the cap and `totalCapped` is true, shown as "10,000+".
 */
export interface PostPage {
  total: number;
  /** True when more than `total` posts match (the count stopped at its cap). */
  totalCapped: boolean;
  items: Post[];
}
