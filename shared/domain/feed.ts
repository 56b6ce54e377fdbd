/** Health of a feed: never polled yet, last poll fine, or failing (with the reason). */
export type FeedStatus = 'new' | 'ok' | 'unhealthy';

/** An RSS/Atom feed polled for one site of the registry. */
export interface FeedSource {
  id: number;
  siteId: number;
  siteName: string;
  url: string;
  enabled: boolean;
  intervalMinutes: number;
  status: FeedStatus;
  lastError: string | null;
  /** Consecutive failures; the wait before the next try doubles with each. */
  failures: number;
  lastPolledAt: number | null;
  lastOkAt: number | null;
  nextPollAt: number;
}

/** What `feeds.save` takes: a feed URL for a site (by name; created when new). */
export interface FeedInput {
  id?: number;
  site: string;
  url: string;
  intervalMinutes: number;
  enabled: boolean;
}

/** The outcome of one poll. */
export interface FeedPollResult {
  feedId: number;
  outcome: 'ok' | 'not-modified' | 'failed';
  items: number;
  imported: number;
  error: string | null;
  nextPollAt: number;
}
