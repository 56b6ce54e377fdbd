import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { searchPosts } from '../repos/posts';
import { listFeedSources, saveFeed } from '../services/sourcesFeeds';
import { memoryCore } from '../testing/fixtures';
import { pollDueFeeds, retryDelay } from './feeds';
import { startConnectors } from './scheduler';

const fixture = (name: string): string => readFileSync(new URL(`./testFeeds/${name}`, import.meta.url), 'utf8');
const NOW = 1_700_000_000_000;

/** A local server with real-world-shaped feeds and the ways feeds break. Nothing reaches outside. */
const state = { forumEtag: '"v1"', forum: fixture('forum-rss.xml'), seen: [] as { path: string; ifNoneMatch?: string; ifModifiedSince?: string }[] };
let server: Server;
let base = '';

function handle(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  state.seen.push({ path, ifNoneMatch: req.headers['if-none-match'], ifModifiedSince: req.headers['if-modified-since'] });
  if (path === '/forum.rss') {
    if (req.headers['if-none-match'] === state.forumEtag) return void res.writeHead(304).end();
    return void res.writeHead(200, { 'content-type': 'application/rss+xml', etag: state.forumEtag }).end(state.forum);
  }
  if (path === '/reviews.atom') {
    const modified = 'Mon, 06 May 2024 10:01:00 GMT';
    if (req.headers['if-modified-since'] === modified) return void res.writeHead(304).end();
    return void res.writeHead(200, { 'content-type': 'application/atom+xml', 'last-modified': modified }).end(fixture('reviews-atom.xml'));
  }
  if (path === '/garbage') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>We moved!</body></html>');
  if (path === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
  if (path === '/error') return void res.writeHead(503, 'Service Unavailable').end();
  if (path === '/slow') return; // never answers
  res.writeHead(404).end();
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
beforeEach(() => {
  state.forumEtag = '"v1"';
  state.forum = fixture('forum-rss.xml');
  state.seen = [];
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

async function withFeeds(paths: [string, string][]): Promise<Core> {
  const core = await memoryCore(NOW);
  for (const [site, path] of paths) await saveFeed(core, { site, url: `${base}${path}`, intervalMinutes: 15, enabled: true });
  return core;
}

describe('feeds', () => {
  it('stores new items, sends conditional GETs, and adds only what changed', async () => {
    const core = await withFeeds([['travel-forum', '/forum.rss'], ['rantboard', '/reviews.atom']]);
    const first = await pollDueFeeds(core);
    expect(first.map((r) => [r.outcome, r.items, r.imported])).toEqual([['ok', 3, 3], ['ok', 2, 2]]);
    const posts = (await searchPosts(core.db, {})).items;
    expect(posts.find((p) => p.externalId === 'travel-forum.example-topic-48213')).toMatchObject({ siteName: 'travel-forum', author: 'frequent_flyer_88', createdAt: Date.UTC(2024, 4, 6, 8, 55, 2) });
    expect(posts.find((p) => p.externalId === 'https://travel-forum.example/t/lounge-access-basic-fare/48190')).toMatchObject({ author: 'Travel Forum - Airlines & Airports', createdAt: NOW });
    expect((await listFeedSources(core)).map((f) => [f.status, f.nextPollAt])).toEqual([['ok', NOW + 900_000], ['ok', NOW + 900_000]]);

    await core.db.run('UPDATE feeds SET next_poll_at = 0');
    state.seen = [];
    expect((await pollDueFeeds(core)).map((r) => r.outcome)).toEqual(['not-modified', 'not-modified']);
    expect(state.seen.map((s) => s.ifNoneMatch ?? s.ifModifiedSince)).toEqual(['"v1"', 'Mon, 06 May 2024 10:01:00 GMT']);

    state.forumEtag = '"v2"';
    state.forum = state.forum.replace('<item>', '<item><title>New topic</title><guid>topic-48300</guid><description>Acme Air app down?</description></item><item>');
    await core.db.run('UPDATE feeds SET next_poll_at = 0');
    const third = await pollDueFeeds(core);
    expect(third.map((r) => [r.outcome, r.items, r.imported])).toEqual([['ok', 4, 1], ['not-modified', 0, 0]]);
    await core.close();
  });

  it.each([
    ['/garbage', 'not an RSS or Atom feed (root element <html>)'],
    ['/loop', 'redirect loop (too many redirects)'],
    ['/error', 'HTTP 503 Service Unavailable'],
    ['/slow', 'timed out after 300 ms'],
    ['/missing', 'HTTP 404 Not Found'],
  ])('marks %s unhealthy with the reason and backs off', async (path, reason) => {
    const core = await withFeeds([['forum', path]]);
    const [r] = await pollDueFeeds(core, 300);
    expect(r).toMatchObject({ outcome: 'failed', error: reason, nextPollAt: NOW + 60_000 });
    await core.db.run('UPDATE feeds SET next_poll_at = 0');
    const [again] = await pollDueFeeds(core, 300);
    expect(again.nextPollAt).toBe(NOW + 120_000);
    expect((await listFeedSources(core))[0]).toMatchObject({ status: 'unhealthy', lastError: reason, failures: 2 });
    await core.close();
  });

  it('backs off by doubling up to six hours', () => {
    expect([1, 2, 3, 4, 10, 20].map(retryDelay)).toEqual([60_000, 120_000, 240_000, 480_000, 6 * 3_600_000, 6 * 3_600_000]);
  });

  it('refuses URLs that are not http(s)', async () => {
    const core = await memoryCore(NOW);
    await expect(saveFeed(core, { site: 'x', url: 'file:///etc/passwd', intervalMinutes: 15, enabled: true })).rejects.toThrow('feeds must be http or https URLs');
    await expect(saveFeed(core, { site: 'x', url: 'not a url', intervalMinutes: 15, enabled: true })).rejects.toThrow('not a URL');
    await core.close();
  });

  it('in the background, a feed that hangs never holds up a good one', async () => {
    const core = await withFeeds([['slow-site', '/slow'], ['travel-forum', '/forum.rss']]);
    const stop = startConnectors(core, { feedTickMs: 20, feedTimeoutMs: 5_000 });
    try {
      await expect.poll(async () => (await searchPosts(core.db, {})).total, { timeout: 3_000 }).toBe(3);
      expect((await listFeedSources(core)).find((f) => f.siteName === 'slow-site')?.status).toBe('new');
    } finally {
      stop();
    }
    await core.close();
  });
});
