import { describe, expect, it } from 'vitest';
import { listQuarantine } from '../repos/imports';
import { searchPosts } from '../repos/posts';
import { readStats } from '../repos/stats';
import { genericCsv, memoryCore, tempFile } from '../testing/fixtures';
import { genericPreset } from './genericPreset';
import { importCsvFile } from './importFile';

const preset = genericPreset;

describe('generic CSV import', () => {
  it('lands good rows and quarantines bad ones with line and reason', async () => {
    const core = await memoryCore();
    const file = tempFile(
      'mixed.csv',
      genericCsv([
        '1,twitter,alice,2024-01-01T10:00:00Z,hello,,,10',
        ',twitter,bob,2024-01-01T10:00:00Z,no id,,,',
        '3,twitter,carol,yesterday,bad date,,,',
        '4,twitter,dave,1704103200000,epoch ms works,,,',
        '5,twitter,erin,2024-01-01,,,,',
        '6,twitter,frank,2024-01-01,"unclosed quote',
        '7,forum,gina,2024-01-02,after the broken row,,,',
        '8,forum,hal,2024-01-02,bad followers,,,many',
        '9,forum,ivy',
      ]),
    );
    const r = await importCsvFile(core.db, file, { preset });
    expect(r).toMatchObject({ imported: 3, duplicates: 0, quarantined: 6, status: 'done' });
    const bad = await listQuarantine(core.db, { importId: r.importId });
    expect(bad.map((b) => [b.row, b.reason])).toEqual([
      [3, 'missing id'],
      [4, 'bad created_at "yesterday" (want ISO 8601 or epoch ms)'],
      [6, 'missing text'],
      [7, 'broken quoting: a quoted field is never closed'],
      [9, 'bad author_followers "many"'],
      [10, 'wrong number of columns (expected 8, got 3)'],
    ]);
    const page = await searchPosts(core.db, {});
    expect(page.items.map((p) => p.externalId).sort()).toEqual(['1', '4', '7']);
    expect(page.items.find((p) => p.externalId === '4')?.createdAt).toBe(1704103200000);
    await core.close();
  });

  it('is idempotent: re-importing the same or an overlapping file adds nothing twice', async () => {
    const core = await memoryCore();
    const a = tempFile('a.csv', genericCsv(['1,tw,a,2024-01-01,one,,,', '2,tw,b,2024-01-01,two,,,']));
    const b = tempFile('b.csv', genericCsv(['2,tw,b,2024-01-01,two,,,', '3,tw,c,2024-01-01,three,,,', '3,tw,c,2024-01-01,three again,,,']));
    expect(await importCsvFile(core.db, a, { preset })).toMatchObject({ imported: 2, duplicates: 0 });
    expect(await importCsvFile(core.db, a, { preset })).toMatchObject({ imported: 0, duplicates: 2 });
    expect(await importCsvFile(core.db, b, { preset })).toMatchObject({ imported: 1, duplicates: 2 });
    expect((await readStats(core.db, 1)).posts).toBe(3);
    await core.close();
  });

  it('keeps the same id on different sites apart', async () => {
    const core = await memoryCore();
    const f = tempFile('s.csv', genericCsv(['1,tw,a,2024-01-01,one,,,', '1,forum,a,2024-01-01,other,,,']));
    expect(await importCsvFile(core.db, f, { preset })).toMatchObject({ imported: 2 });
    expect((await readStats(core.db, 1)).perSite).toEqual([
      { site: 'forum', posts: 1 },
      { site: 'tw', posts: 1 },
    ]);
    await core.close();
  });

  it('links replies to parents whichever comes first, across batches', async () => {
    const core = await memoryCore();
    const f = tempFile('t.csv', genericCsv(['3,tw,c,2024-01-01T03:00:00Z,reply to 2,2,,', '2,tw,b,2024-01-01T02:00:00Z,reply to 1,1,,', '1,tw,a,2024-01-01T01:00:00Z,root,,,', '9,tw,z,2024-01-01,orphan,404,,']));
    await importCsvFile(core.db, f, { preset, batchSize: 1 });
    const posts = (await searchPosts(core.db, {})).items;
    const byExt = new Map(posts.map((p) => [p.externalId, p]));
    expect(byExt.get('1')?.parentId).toBeNull();
    expect(byExt.get('2')?.parentId).toBe(byExt.get('1')?.id);
    expect(byExt.get('3')?.parentId).toBe(byExt.get('2')?.id);
    expect(byExt.get('9')?.parentId).toBeNull();
    await core.close();
  });

  it('a crash mid-import keeps committed batches consistent, and re-running completes it', async () => {
    const core = await memoryCore();
    const rows = Array.from({ length: 50 }, (_, i) => `${i + 1},tw,u${i % 7},2024-01-01,post ${i + 1},${i > 0 ? i : ''},,`);
    const f = tempFile('big.csv', genericCsv(rows));
    let batches = 0;
    await expect(
      importCsvFile(core.db, f, {
        preset,
        batchSize: 10,
        onProgress: () => {
          if (++batches === 3) throw new Error('power cut');
        },
      }),
    ).rejects.toThrow('power cut');
    const partial = (await readStats(core.db, 1)).posts;
    expect(partial).toBe(30);
    const again = await importCsvFile(core.db, f, { preset, batchSize: 10 });
    expect(again).toMatchObject({ imported: 20, duplicates: 30, quarantined: 0, status: 'done' });
    const posts = (await searchPosts(core.db, { limit: 100 })).items;
    expect(posts).toHaveLength(50);
    expect(posts.filter((p) => p.parentId === null).map((p) => p.externalId)).toEqual(['1']);
    await core.close();
  });

  it('stops at a batch boundary when cancelled, keeping what was committed', async () => {
    const core = await memoryCore();
    const f = tempFile('c.csv', genericCsv(Array.from({ length: 30 }, (_, i) => `${i},tw,a,2024-01-01,p${i},,,`)));
    const ctl = new AbortController();
    const r = await importCsvFile(core.db, f, { preset, batchSize: 10, signal: ctl.signal, onProgress: () => ctl.abort() });
    expect(r).toMatchObject({ status: 'cancelled', imported: 10 });
    await core.close();
  });

  it('refuses a file whose header lacks required columns, naming them', async () => {
    const core = await memoryCore();
    const f = tempFile('h.csv', 'id,author,text\n1,a,b\n');
    await expect(importCsvFile(core.db, f, { preset })).rejects.toThrow(/missing columns site, created_at/);
    await core.close();
  });

  it('quarantines invalid UTF-8 and oversized text but keeps the rest', async () => {
    const core = await memoryCore();
    const head = Buffer.from(genericCsv(['1,tw,a,2024-01-01,fine,,,']));
    const badUtf8 = Buffer.concat([Buffer.from('2,tw,b,2024-01-01,bad '), Buffer.from([0xc3, 0x28]), Buffer.from(',,,\n')]);
    const huge = Buffer.from(`3,tw,c,2024-01-01,${'x'.repeat(1_100_000)},,,\n`);
    const tail = Buffer.from('4,tw,d,2024-01-01,after,,,\n');
    const f = tempFile('u.csv', Buffer.concat([head, badUtf8, huge, tail]));
    const r = await importCsvFile(core.db, f, { preset });
    expect(r).toMatchObject({ imported: 2, quarantined: 2 });
    const reasons = (await listQuarantine(core.db, {})).map((q) => q.reason);
    expect(reasons).toEqual(['invalid UTF-8 in text', 'text longer than 200000 characters']);
    await core.close();
  });
});
