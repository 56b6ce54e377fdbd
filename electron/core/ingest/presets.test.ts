import { describe, expect, it } from 'vitest';
import { listQuarantine } from '../repos/imports';
import { searchPosts } from '../repos/posts';
import { genericCsv, memoryCore, tempFile } from '../testing/fixtures';
import { importFile } from './importFile';
import { findPreset, PRESETS } from './presets';
import { readSharedCsv, sharedDataPath } from './testData';
import { parseTimestamp } from './preset';

describe('the twcs preset on the real subset', () => {
  const rows = readSharedCsv('twcs', 'twcs_subset.csv');

  it('imports every tweet once, marks brand accounts as company accounts and links replies', async () => {
    const core = await memoryCore();
    const file = sharedDataPath('twcs', 'twcs_subset.csv');
    const r = await importFile(core.db, file, { preset: PRESETS.twcs });
    expect(r).toMatchObject({ imported: rows.length, duplicates: 0, quarantined: 0, status: 'done' });
    const brands = [...new Set(rows.filter((x) => x.inbound === 'False').map((x) => x.author_id))].sort();
    const company = await core.db.all<{ handle: string }>('SELECT handle FROM authors WHERE is_company = 1 ORDER BY handle');
    expect(company.map((c) => c.handle)).toEqual(brands);
    const linked = await core.db.get<{ n: number }>('SELECT count(*) AS n FROM posts WHERE parent_id IS NOT NULL');
    expect(linked?.n).toBe(rows.filter((x) => x.in_response_to_tweet_id !== '').length);
    const again = await importFile(core.db, file, { preset: PRESETS.twcs });
    expect(again).toMatchObject({ imported: 0, duplicates: rows.length, quarantined: 0 });
    await core.close();
  });

  it('keeps times in UTC and multi-line text intact', async () => {
    const core = await memoryCore();
    await importFile(core.db, sharedDataPath('twcs', 'twcs_subset.csv'), { preset: PRESETS.twcs });
    const sample = rows.find((x) => x.text.includes('\n')) as Record<string, string>;
    const stored = await core.db.get<{ text: string; created_at: number }>('SELECT text, created_at FROM posts WHERE external_id = ?', [sample.tweet_id]);
    expect(stored?.text).toBe(sample.text);
    expect(stored?.created_at).toBe(Date.parse(sample.created_at));
    await core.close();
  });
});

describe('the airline preset on the real dev file', () => {
  const rows = readSharedCsv('airline', 'airline_dev.csv');

  it('imports each tweet id once, decodes HTML entities in text and keeps tweet_location on the author', async () => {
    const core = await memoryCore();
    const r = await importFile(core.db, sharedDataPath('airline', 'airline_dev.csv'), { preset: PRESETS.airline });
    const distinct = new Set(rows.map((x) => x.tweet_id)).size;
    expect(r).toMatchObject({ imported: distinct, duplicates: rows.length - distinct, quarantined: 0 });
    const withAmp = rows.find((x) => x.text.includes('&amp;')) as Record<string, string>;
    const stored = await core.db.get<{ text: string }>('SELECT text FROM posts WHERE external_id = ?', [withAmp.tweet_id]);
    expect(stored?.text).toBe(withAmp.text.replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>'));
    const left = await core.db.get<{ n: number }>("SELECT count(*) AS n FROM posts WHERE text LIKE '%&amp;%' OR text LIKE '%&lt;%' OR text LIKE '%&gt;%'");
    expect(left?.n).toBe(0);
    const first = rows[0];
    const t = await core.db.get<{ created_at: number }>('SELECT created_at FROM posts WHERE external_id = ?', [first.tweet_id]);
    expect(t?.created_at).toBe(Date.parse(first.tweet_created.replace(' ', 'T').replace(' -0800', '-08:00')));
    const located = new Set(rows.filter((x) => x.tweet_location.trim() !== '').map((x) => x.name));
    const withLocation = await core.db.all<{ handle: string }>('SELECT handle FROM authors WHERE location IS NOT NULL');
    expect(new Set(withLocation.map((a) => a.handle))).toEqual(located);
    expect(await core.db.get("SELECT location FROM authors WHERE handle = 'TheSapphireLife'")).toEqual({ location: 'Boston, MA' });
    await core.close();
  });
});

describe('the twcs and airline presets refuse broken rows', () => {
  it.each([
    ['twcs', 'tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n1,a,Maybe,Tue Oct 31 22:10:47 +0000 2017,hi,,\n', 'bad inbound "Maybe" (want True or False)'],
    ['twcs', 'tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n1,a,True,2017-10-31,hi,,\n', 'bad created_at "2017-10-31" (want "Tue Oct 31 22:10:47 +0000 2017")'],
    ['twcs', 'tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n,a,True,Tue Oct 31 22:10:47 +0000 2017,hi,,\n', 'missing tweet_id'],
    ['airline', 'tweet_id,name,text,tweet_created\n1,,hi,2015-02-16 23:36:05 -0800\n', 'missing name'],
    ['airline', 'tweet_id,name,text,tweet_created\n1,bob,,2015-02-16 23:36:05 -0800\n', 'missing text'],
  ])('%s: %j', async (preset, csv, reason) => {
    const core = await memoryCore();
    const r = await importFile(core.db, tempFile('bad.csv', csv), { preset: PRESETS[preset] });
    expect(r).toMatchObject({ imported: 0, quarantined: 1 });
    expect((await listQuarantine(core.db, {})).map((q) => [q.row, q.reason])).toEqual([[2, reason]]);
    await core.close();
  });
});

describe('the generic preset optional columns', () => {
  it('reads author_is_company and lang, and refuses bad values', async () => {
    const core = await memoryCore();
    const csv = 'id,site,author,created_at,text,author_is_company,lang\n1,tw,acme,2024-01-01,hi,true,en\n2,tw,bob,2024-01-01,hi,perhaps,\n3,tw,cy,2024-01-01,hi,,english!\n';
    const r = await importFile(core.db, tempFile('o.csv', csv), { preset: PRESETS.generic });
    expect(r).toMatchObject({ imported: 1, quarantined: 2 });
    expect((await listQuarantine(core.db, {})).map((q) => q.reason)).toEqual([
      'bad author_is_company "perhaps" (want true or false)',
      'bad lang "english!" (want a language code such as en)',
    ]);
    expect(await core.db.all('SELECT handle, is_company FROM authors')).toEqual([{ handle: 'acme', is_company: 1 }]);
    await core.close();
  });
});

describe('the jsonl preset', () => {
  const good = (id: string, extra = ''): string => `{"id":"${id}","site":"forum","author":"ann","created_at":1704103200000,"text":"post ${id}"${extra}}`;

  it('lands good lines and quarantines bad ones with their line numbers', async () => {
    const core = await memoryCore();
    const lines = [
      good('1'),
      '',
      '{"id": "2", "site": "forum", oops}',
      '[1, 2, 3]',
      good('3', ',"in_reply_to":"1","author_followers":12'),
      '{"id":"4","site":"forum","author":"ann","created_at":"2024-01-01","text":{"nested":true}}',
      '{"id":"5","site":"forum","author":"ann","created_at":"2024-01-01"}',
      `${good('6')}\r`,
    ];
    const r = await importFile(core.db, tempFile('p.jsonl', `${lines.join('\n')}\n`), { preset: findPreset('jsonl') ?? PRESETS.generic });
    expect(r).toMatchObject({ imported: 3, quarantined: 4, rowsRead: 7 });
    const bad = await listQuarantine(core.db, {});
    expect(bad.map((b) => b.row)).toEqual([3, 4, 6, 7]);
    expect(bad[0].reason).toMatch(/^bad JSON: /);
    expect(bad.slice(1).map((b) => b.reason)).toEqual(['not a JSON object', 'field text must be a string, number, boolean or null', 'missing text']);
    const posts = (await searchPosts(core.db, {})).items;
    expect(posts.find((p) => p.externalId === '3')).toMatchObject({ authorFollowers: 12, parentId: posts.find((p) => p.externalId === '1')?.id });
    expect(posts.find((p) => p.externalId === '1')?.createdAt).toBe(1704103200000);
    await core.close();
  });

  it('refuses invalid UTF-8 and over-long lines, and reads a last line without newline', async () => {
    const core = await memoryCore();
    const body = Buffer.concat([
      Buffer.from(`\uFEFF${good('1')}\n`),
      Buffer.from('{"id":"2","site":"forum","author":"ann","created_at":1,"text":"bad '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}\n'),
      Buffer.from(`{"id":"3","text":"${'x'.repeat(2_200_000)}"}\n`),
      Buffer.from(good('4')),
    ]);
    const r = await importFile(core.db, tempFile('u.jsonl', body), { preset: PRESETS.jsonl });
    expect(r).toMatchObject({ imported: 2, quarantined: 2 });
    expect((await listQuarantine(core.db, {})).map((q) => [q.row, q.reason])).toEqual([
      [2, 'invalid UTF-8'],
      [3, 'line longer than 2097152 bytes'],
    ]);
    await core.close();
  });

  it('generic CSV and JSONL of the same posts store the same thing', async () => {
    const a = await memoryCore();
    const b = await memoryCore();
    await importFile(a.db, tempFile('g.csv', genericCsv(['1,forum,ann,1704103200000,post 1,,,'])), { preset: PRESETS.generic });
    await importFile(b.db, tempFile('g.jsonl', `${good('1')}\n`), { preset: PRESETS.jsonl });
    const strip = (p: { items: unknown[] }) => p.items.map((x) => ({ ...(x as object), id: 0, siteId: 0 }));
    expect(strip(await searchPosts(b.db, {}))).toEqual(strip(await searchPosts(a.db, {})));
    await a.close();
    await b.close();
  });
});

describe('parseTimestamp', () => {
  it.each([
    ['2024-01-02T03:04:05.678Z', Date.UTC(2024, 0, 2, 3, 4, 5, 678)],
    ['2024-01-02T03:04:05Z', Date.UTC(2024, 0, 2, 3, 4, 5)],
    [' 2024-01-02T03:04:05Z ', Date.UTC(2024, 0, 2, 3, 4, 5)],
    ['2024-01-02 03:04:05', Date.UTC(2024, 0, 2, 3, 4, 5)],
    ['2024-01-02T03:04:05+01:00', Date.UTC(2024, 0, 2, 2, 4, 5)],
    ['2024-01-02', Date.UTC(2024, 0, 2)],
    ['1704164645000', 1704164645000],
    ['2024-13-02T03:04:05Z', null],
    ['2024-01-02T25:04:05Z', null],
    ['yesterday', null],
    ['', null],
  ])('%j -> %s', (input, expected) => {
    expect(parseTimestamp(input)).toBe(expected);
  });
});
