import type { FeedPollResult } from '../../../shared/domain/feed';
import type { Core } from '../core';
import type { CsvItem } from '../ingest/csvRecords';
import { genericPreset } from '../ingest/genericPreset';
import { importRecords } from '../ingest/importFile';
import { dueFeeds, recordFeedFailure, recordFeedOk, type StoredFeed } from '../repos/feeds';
import { fetchFeed } from './feedFetch';
import { parseFeed, type FeedItem } from './feedParser';

/** First retry after a failure; each further failure doubles the wait. */
export const RETRY_BASE_MS = 60_000;
/** Longest wait between tries of a failing feed. */
export const MAX_BACKOFF_MS = 6 * 3_600_000;
/** Time limit of one fetch. */
export const FEED_TIMEOUT_MS = 15_000;

/** How long to wait before trying a feed again after its `failures`-th failure in a row. */
export function retryDelay(failures: number): number {
  return Math.min(MAX_BACKOFF_MS, RETRY_BASE_MS * 2 ** Math.max(0, failures - 1));
}

function* itemsOf(feed: StoredFeed, items: FeedItem[], fallbackAuthor: string, now: number): Generator<CsvItem> {
  let line = 0;
  for (const it of items) {
    const record = { id: it.id, site: feed.siteName, author: it.author ?? fallbackAuthor, created_at: String(it.publishedAt ?? now), text: it.text, url: it.link ?? '' };
    yield { kind: 'record', line: ++line, record, raw: JSON.stringify(record).slice(0, 2000), bytes: 0 };
  }
}

/**
 * Polls one feed: a conditional GET, new items stored as posts of the feed's site through the
 * import path (re-read items add nothing twice). A failure never throws: the feed is marked
 * unhealthy with the reason and retried with back-off.
 */
export async function pollFeed(core: Core, feed: StoredFeed, timeoutMs = FEED_TIMEOUT_MS): Promise<FeedPollResult> {
  const started = core.now();
  try {
    const got = await fetchFeed(feed.url, feed, timeoutMs);
    const next = core.now() + feed.intervalMs;
    if (got.status === 'not-modified') {
      await recordFeedOk(core.db, feed.id, null, core.now(), next);
      return { feedId: feed.id, outcome: 'not-modified', items: 0, imported: 0, error: null, nextPollAt: next };
    }
    const parsed = parseFeed(got.body);
    const fallback = parsed.title || new URL(feed.url).hostname;
    const report = parsed.items.length
      ? await importRecords(core.db, { label: `feed ${feed.url}`, items: itemsOf(feed, parsed.items, fallback, started), bytesTotal: got.body.length }, { preset: genericPreset, now: core.now })
      : null;
    await recordFeedOk(core.db, feed.id, got, core.now(), next);
    if (report?.imported) core.events.emit('posts.ingested', { count: report.imported, at: core.now() });
    if (report) core.events.emit('imports.finished', report);
    return { feedId: feed.id, outcome: 'ok', items: parsed.items.length, imported: report?.imported ?? 0, error: null, nextPollAt: next };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const next = core.now() + retryDelay(feed.failures + 1);
    await recordFeedFailure(core.db, feed.id, reason, core.now(), next);
    return { feedId: feed.id, outcome: 'failed', items: 0, imported: 0, error: reason, nextPollAt: next };
  }
}

/** Polls every due feed at once; a slow or broken feed holds up nobody else. */
export async function pollDueFeeds(core: Core, timeoutMs = FEED_TIMEOUT_MS): Promise<FeedPollResult[]> {
  const due = await dueFeeds(core.db, core.now());
  return Promise.all(due.map((f) => pollFeed(core, f, timeoutMs)));
}
