import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { receiveWebhookPosts, WEBHOOK_MAX_BODY, WEBHOOK_PATH } from '../../core/connectors/webhook';
import { memoryCore } from '../../core/testing/fixtures';
import { startServer } from '../../server/server';
import { runCliCaptured } from '../testing';

afterEach(() => vi.restoreAllMocks());

const cli = runCliCaptured;

const dir = (): string => mkdtempSync(join(tmpdir(), 'lp-replay-'));

describe('replay', () => {
  it('plays the demo into a database, then that database into a running app through its webhook', async () => {
    const a = join(dir(), 'a.sqlite');
    const first = await cli('replay', '--db', a, '--demo', '--days', '2', '--speed', '1e9', '--json');
    expect(first.code).toBe(0);
    const played = JSON.parse(first.out);
    expect(played.posted).toBeGreaterThan(200);
    expect(played).toMatchObject({ imported: played.posted, duplicates: 0, cancelled: false });

    const core = await memoryCore();
    const routes = [{ method: 'POST', path: WEBHOOK_PATH, maxBody: WEBHOOK_MAX_BODY, handle: receiveWebhookPosts }];
    const served = await startServer({ core, staticDir: dir(), token: 't0k', routes });
    try {
      const pushed = await cli('replay', '--to', served.url, '--token', 't0k', '--from-db', a, '--speed', '1e9', '--json');
      expect(pushed.code).toBe(0);
      expect(JSON.parse(pushed.out)).toMatchObject({ posted: played.posted, imported: played.posted });
      const refused = await cli('replay', '--to', served.url, '--from-db', a, '--speed', '1e9');
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/answered 401/);
    } finally {
      await served.close();
      await core.close();
    }
  });

  it.each([
    [['--db', 'x.sqlite'], /name one source/],
    [['--demo', '--from-db', 'y.sqlite'], /name one source/],
    [['--demo', '--speed', '0'], /--speed must be a positive number/],
    [['--demo', '--db', 'x', '--to', 'http://127.0.0.1:1/'], /choose --db or --to/],
  ])('refuses %j with exit 2', async (args, message) => {
    const r = await cli('replay', ...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});
