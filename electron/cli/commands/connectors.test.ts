import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCliCaptured } from '../testing';

afterEach(() => vi.restoreAllMocks());

const cli = runCliCaptured;

const RSS = readFileSync(new URL('../../core/connectors/testFeeds/forum-rss.xml', import.meta.url), 'utf8');
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => (req.url === '/forum.rss' ? res.writeHead(200, { etag: '"a"' }).end(RSS) : res.writeHead(500).end()));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe('connectors', () => {
  it('registers a feed and a watched folder, lists them, and runs them once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lp-conn-'));
    const db = join(dir, 'db.sqlite');
    const drop = join(dir, 'drop');
    mkdirSync(drop);
    expect((await cli('connectors', '--db', db, '--add-feed', `${base}/forum.rss`, '--site', 'travel-forum')).code).toBe(0);
    expect((await cli('connectors', '--db', db, '--watch-folder', drop, '--preset', 'generic')).err).toMatch(/watching .*drop \(preset generic\)/);
    const listed = JSON.parse((await cli('connectors', '--db', db, '--list', '--json')).out);
    expect(listed.feeds).toMatchObject([{ siteName: 'travel-forum', status: 'new' }]);
    expect(listed.folders).toMatchObject([{ path: drop, preset: 'generic' }]);
    writeFileSync(join(drop, 'x.csv'), 'id,site,author,created_at,text\n1,shop,ann,2024-01-01,hello\n');
    const once = await cli('connectors', '--db', db, '--once', '--json');
    expect(once.code).toBe(0);
    const r = JSON.parse(once.out);
    expect(r.feeds).toMatchObject([{ outcome: 'ok', items: 3, imported: 3 }]);
    expect(r.files).toMatchObject([{ outcome: 'done', imported: 1 }]);
    expect(JSON.parse((await cli('stats', '--db', db, '--json')).out)).toMatchObject({ posts: 4 });
  });

  it('exits 3 when a feed fails, and refuses a feed without a site', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'lp-conn-')), 'db.sqlite');
    await cli('connectors', '--db', db, '--add-feed', `${base}/broken.rss`, '--site', 'x');
    const once = await cli('connectors', '--db', db, '--once');
    expect(once.code).toBe(3);
    expect(once.out).toMatch(/feed 1: failed \(HTTP 500/);
    const bad = await cli('connectors', '--db', db, '--add-feed', `${base}/forum.rss`);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--add-feed needs --site NAME/);
  });
});
