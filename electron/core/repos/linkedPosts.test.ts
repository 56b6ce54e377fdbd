import { describe, expect, it } from 'vitest';
import { memoryCore } from '../testing/fixtures';
import { findStoredAt, insertPostRows, postFragment, postRow, type PostOwnFields } from './linkedPosts';

const own = (over: Partial<PostOwnFields> = {}): PostOwnFields => ({
  externalId: 'x1',
  createdAt: 1_700_000_000_000,
  text: 'hello',
  url: null,
  inReplyTo: null,
  authorFollowers: null,
  ...over,
});

describe('postFragment', () => {
  it.each([
    ['plain fields', own(), ['x1', 1_700_000_000_000, 'hello', null, null, null, null]],
    ['every field set', own({ url: 'https://e.x/1', inReplyTo: 'x0', authorFollowers: 12, lang: 'en' }), ['x1', 1_700_000_000_000, 'hello', 'https://e.x/1', 'x0', 12, 'en']],
    ['quotes, backslashes, newlines and markup', own({ text: 'a "b" \\ c\nd\t<img src=x onerror=alert(1)>' }), ['x1', 1_700_000_000_000, 'a "b" \\ c\nd\t<img src=x onerror=alert(1)>', null, null, null, null]],
    ['emoji and accents (surrogate pairs kept)', own({ text: 'café 😡 ✈' }), ['x1', 1_700_000_000_000, 'café 😡 ✈', null, null, null, null]],
    ['a lone surrogate (replaced as jsonRows does)', own({ text: 'bad \uD83D end', externalId: 'e\uDE00' }), ['e\uFFFD', 1_700_000_000_000, 'bad \uFFFD end', null, null, null, null]],
    ['a count that is not a number', own({ authorFollowers: Number.NaN }), ['x1', 1_700_000_000_000, 'hello', null, null, null, null]],
  ])('%s: the row parses back to the fields', (_name, post, expected) => {
    expect(JSON.parse(`[${postFragment(post)}`)).toEqual(expected);
  });
});

describe('insertPostRows and findStoredAt', () => {
  it('stores what the fragments carry and finds the stored keys by position', async () => {
    const core = await memoryCore();
    const db = core.db;
    await db.exec("INSERT INTO sites (id, name, created_at) VALUES (1, 'forum', 0), (2, 'reviews', 0); INSERT INTO authors (id, site_id, handle) VALUES (7, 1, 'ann')");
    await db.exec("INSERT INTO imports (id, file, preset, status, started_at) VALUES (1, 'f.csv', 'generic', 'running', 0)");
    const rows = [
      postRow(1, 7, null, null, true, postFragment(own({ text: 'line\n"two"', lang: 'en' }))),
      postRow(1, 7, 1, 1, false, postFragment(own({ externalId: 'x2', inReplyTo: 'x1', authorFollowers: 3 }))),
    ];
    expect(await insertPostRows(db, 1, 1, 99, rows)).toBe(2);
    const stored = await db.all('SELECT id, site_id, author_id, external_id, text, in_reply_to, parent_id, thread_root_id, relevant, author_followers, lang, import_id, ingested_at FROM posts ORDER BY id');
    expect(stored).toEqual([
      { id: 1, site_id: 1, author_id: 7, external_id: 'x1', text: 'line\n"two"', in_reply_to: null, parent_id: null, thread_root_id: null, relevant: 1, author_followers: null, lang: 'en', import_id: 1, ingested_at: 99 },
      { id: 2, site_id: 1, author_id: 7, external_id: 'x2', text: 'hello', in_reply_to: 'x1', parent_id: 1, thread_root_id: 1, relevant: 0, author_followers: 3, lang: null, import_id: 1, ingested_at: 99 },
    ]);
    const found = await findStoredAt(db, [['reviews', 'x1'], ['forum', 'x2'], ['forum', 'nope'], ['nosite', 'x1'], ['forum', 'x1']]);
    expect(found).toEqual([undefined, { id: 2, parentId: 1, threadRootId: 1 }, undefined, undefined, { id: 1, parentId: null, threadRootId: null }]);
    await core.close();
  });
});
