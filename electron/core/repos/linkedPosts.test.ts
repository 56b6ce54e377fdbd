import { describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { memoryCore } from '../testing/fixtures';
import { findStoredAt, insertPostRows, postRowValues, type PostOwnFields } from './linkedPosts';

const own = (over: Partial<PostOwnFields> = {}): PostOwnFields => ({
  externalId: 'x1',
  createdAt: 1_700_000_000_000,
  text: 'hello',
  url: null,
  inReplyTo: null,
  authorFollowers: null,
  ...over,
});

async function seeded(): Promise<Core> {
  const core = await memoryCore();
  await core.db.exec("INSERT INTO sites (id, name, created_at) VALUES (1, 'forum', 0), (2, 'reviews', 0); INSERT INTO authors (id, site_id, handle) VALUES (7, 1, 'ann')");
  await core.db.exec("INSERT INTO imports (id, file, preset, status, started_at) VALUES (1, 'f.csv', 'generic', 'running', 0)");
  return core;
}

const COLUMNS = 'external_id, created_at, text, url, in_reply_to, author_followers, lang';

describe('insertPostRows', () => {
  it.each([
    ['plain fields', own(), ['x1', 1_700_000_000_000, 'hello', null, null, null, null]],
    ['every field set', own({ url: 'https://e.x/1', inReplyTo: 'x0', authorFollowers: 12, lang: 'en' }), ['x1', 1_700_000_000_000, 'hello', 'https://e.x/1', 'x0', 12, 'en']],
    ['quotes, backslashes, newlines and markup', own({ text: 'a "b" \\ c\nd\t<img src=x onerror=alert(1)>' }), ['x1', 1_700_000_000_000, 'a "b" \\ c\nd\t<img src=x onerror=alert(1)>', null, null, null, null]],
    ['emoji and accents (surrogate pairs kept)', own({ text: 'café 😡 ✈' }), ['x1', 1_700_000_000_000, 'café 😡 ✈', null, null, null, null]],
    ['lone surrogates (stored as U+FFFD)', own({ text: 'bad \uD83D end', externalId: 'e\uDE00' }), ['e\uFFFD', 1_700_000_000_000, 'bad \uFFFD end', null, null, null, null]],
  ])('stores %s as given', async (_name, post, expected) => {
    const core = await seeded();
    expect(await insertPostRows(core.db, 1, 1, 99, [postRowValues(1, 7, null, null, true, post)])).toBe(1);
    const row = await core.db.get<Record<string, unknown>>(`SELECT ${COLUMNS} FROM posts`);
    expect(Object.values(row ?? {})).toEqual(expected);
    await core.close();
  });

  it('gives consecutive ids from the first, links and flags, and finds the stored keys by position', async () => {
    const core = await seeded();
    const rows = [postRowValues(1, 7, null, null, true, own({ lang: 'en' })), postRowValues(1, 7, 5, 5, false, own({ externalId: 'x2', inReplyTo: 'x1', authorFollowers: 3 }))];
    expect(await insertPostRows(core.db, 5, 1, 99, rows)).toBe(2);
    const stored = await core.db.all('SELECT id, site_id, author_id, external_id, parent_id, thread_root_id, relevant, import_id, ingested_at FROM posts ORDER BY id');
    expect(stored).toEqual([
      { id: 5, site_id: 1, author_id: 7, external_id: 'x1', parent_id: null, thread_root_id: null, relevant: 1, import_id: 1, ingested_at: 99 },
      { id: 6, site_id: 1, author_id: 7, external_id: 'x2', parent_id: 5, thread_root_id: 5, relevant: 0, import_id: 1, ingested_at: 99 },
    ]);
    const found = await findStoredAt(core.db, [['reviews', 'x1'], ['forum', 'x2'], ['forum', 'nope'], ['nosite', 'x1'], ['forum', 'x1']]);
    expect(found).toEqual([undefined, { id: 6, parentId: 5, threadRootId: 5 }, undefined, undefined, { id: 5, parentId: null, threadRootId: null }]);
    await core.close();
  });
});
