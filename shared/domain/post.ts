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

/** A page of posts plus the total matching the query. */
export interface PostPage {
  total: number;
  items: Post[];
}
