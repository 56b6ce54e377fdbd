import { describe, expect, it } from 'vitest';
import { listQuarantine } from '../repos/imports';
import { searchPosts } from '../repos/posts';
import { memoryCore } from '../testing/fixtures';
import { readWebhookBody, receiveWebhookPosts } from './webhook';

const post = (id: string, extra: Record<string, unknown> = {}) => ({ id, site: 'forum', author: 'ann', created_at: '2024-01-01T10:00:00Z', text: `post ${id}`, ...extra });

describe('readWebhookBody', () => {
  it.each([
    ['', /body is empty/],
    ['   \n', /body is empty/],
    ['[1, 2', /body is not valid JSON/],
  ])('refuses %j', (body, reason) => {
    expect(readWebhookBody(Buffer.from(body))).toMatch(reason);
  });

  it('refuses invalid UTF-8', () => {
    expect(readWebhookBody(Buffer.from([0x5b, 0xc3, 0x28, 0x5d]))).toBe('body is not valid UTF-8');
  });

  it('numbers array items and JSONL lines from 1', () => {
    const arr = readWebhookBody(Buffer.from(JSON.stringify([post('1'), 'nope'])));
    expect(Array.isArray(arr) && arr.map((i) => [i.kind, i.line])).toEqual([
      ['record', 1],
      ['error', 2],
    ]);
    const lines = readWebhookBody(Buffer.from(`${JSON.stringify(post('1'))}\r\n\n{bad\n${JSON.stringify(post('2'))}`));
    expect(Array.isArray(lines) && lines.map((i) => [i.kind, i.line])).toEqual([
      ['record', 1],
      ['error', 3],
      ['record', 4],
    ]);
  });
});

describe('receiveWebhookPosts', () => {
  it('stores a JSON array, quarantines bad items, tells windows, and is idempotent', async () => {
    const core = await memoryCore();
    const ingested: unknown[] = [];
    core.events.on('posts.ingested', (e) => ingested.push(e));
    const body = Buffer.from(JSON.stringify([post('1'), post('2', { in_reply_to: '1', author: 'acme', author_is_company: true }), post('3', { text: '' })]));
    const first = await receiveWebhookPosts(core, body);
    expect(first).toEqual({ status: 200, json: { ok: true, value: { importId: 1, imported: 2, duplicates: 0, quarantined: 1 } } });
    expect(ingested).toEqual([{ count: 2, at: 1_700_000_000_000 }]);
    expect((await listQuarantine(core.db, {})).map((q) => [q.file, q.row, q.reason])).toEqual([['webhook', 3, 'missing text']]);
    const again = await receiveWebhookPosts(core, body);
    expect(again.json).toMatchObject({ value: { imported: 0, duplicates: 2 } });
    const posts = (await searchPosts(core.db, {})).items;
    expect(posts.find((p) => p.externalId === '2')?.parentId).toBe(posts.find((p) => p.externalId === '1')?.id);
    await core.close();
  });

  it("keeps an author_location and never erases it with a later blank one", async () => {
    const core = await memoryCore();
    await receiveWebhookPosts(core, Buffer.from(JSON.stringify([post('1', { author_location: ' Austin, TX ' })])));
    await receiveWebhookPosts(core, Buffer.from(JSON.stringify([post('2', { author_location: '' })])));
    const location = async () => (await core.db.get<{ location: string | null }>("SELECT location FROM authors WHERE handle = 'ann'"))?.location;
    expect(await location()).toBe('Austin, TX');
    await receiveWebhookPosts(core, Buffer.from(JSON.stringify([post('3', { author_location: 'Denver' })])));
    expect(await location()).toBe('Denver');
    await core.close();
  });

  it('answers 400 for an unreadable body and stores nothing', async () => {
    const core = await memoryCore();
    expect(await receiveWebhookPosts(core, Buffer.from('{"not": "a list"'))).toMatchObject({ status: 200 });
    expect(await receiveWebhookPosts(core, Buffer.from('[{"id": 1}'))).toMatchObject({ status: 400, json: { ok: false, error: { code: 'invalid-request' } } });
    expect((await searchPosts(core.db, {})).total).toBe(0);
    await core.close();
  });
});
