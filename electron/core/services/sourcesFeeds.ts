import { AppFailure } from '../../../shared/contract/result';
import type { FeedInput, FeedPollResult, FeedSource } from '../../../shared/domain/feed';
import { pollFeed } from '../connectors/feeds';
import type { Core } from '../core';
import { listFeeds, readFeed, saveFeedRow, type StoredFeed } from '../repos/feeds';
import { ensureSites } from '../repos/sites';

const shown = ({ etag: _e, lastModified: _l, intervalMs: _i, ...feed }: StoredFeed): FeedSource => feed;

/** Every registered feed with its health. */
export async function listFeedSources(core: Core): Promise<FeedSource[]> {
  return (await listFeeds(core.db)).map(shown);
}

/** Adds or edits a feed of a site (the site is created when new); a new feed is due at once. */
export async function saveFeed(core: Core, input: FeedInput): Promise<FeedSource> {
  let url: URL;
  try {
    url = new URL(input.url.trim());
  } catch {
    throw new AppFailure('invalid-request', `not a URL: ${input.url}`, 'url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new AppFailure('invalid-request', 'feeds must be http or https URLs', 'url');
  const site = input.site.trim();
  if (!site) throw new AppFailure('invalid-request', 'site must not be blank', 'site');
  const siteId = (await ensureSites(core.db, [site], core.now())).get(site) as number;
  const id = await saveFeedRow(core.db, { id: input.id, siteId, url: url.href, intervalMs: input.intervalMinutes * 60_000, enabled: input.enabled }, core.now());
  return shown((await readFeed(core.db, id)) as StoredFeed);
}

/** Polls one feed now, whatever its schedule. */
export async function pollFeedNow(core: Core, id: number): Promise<FeedPollResult> {
  const feed = await readFeed(core.db, id);
  if (!feed) throw new AppFailure('not-found', `no feed with id ${id}`, 'id');
  return pollFeed(core, feed);
}
