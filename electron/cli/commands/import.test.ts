import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCore } from '../../core/core';
import { sharedDataPath } from '../../core/ingest/testData';
import { saveMappingPreset } from '../../core/repos/importPresets';
import { tempFile } from '../../core/testing/fixtures';
import { runCliCaptured } from '../testing';

afterEach(() => vi.restoreAllMocks());

const cli = runCliCaptured;

const freshDb = (): string => join(mkdtempSync(join(tmpdir(), 'lp-cli-')), 'db.sqlite');

describe('import', () => {
  it.each([
    ['twcs', sharedDataPath('twcs', 'twcs_subset.csv'), { imported: 719, duplicates: 0, quarantined: 0 }],
    ['airline', sharedDataPath('airline', 'airline_dev.csv'), { imported: 11_588, duplicates: 127, quarantined: 0 }],
  ])('--preset %s --json prints one object and exits 0', async (preset, file, expected) => {
    const db = freshDb();
    const r = await cli('import', '--db', db, '--preset', preset, '--json', file);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(expected);
    const again = await cli('import', '--db', db, '--preset', preset, '--json', file);
    expect(JSON.parse(again.out)).toEqual({ imported: 0, duplicates: expected.imported + expected.duplicates, quarantined: 0 });
    const stats = await cli('stats', '--db', db, '--json');
    expect(JSON.parse(stats.out)).toMatchObject({ posts: expected.imported, perSite: [{ site: 'twitter', posts: expected.imported }] });
  });

  it('sums several files and exits 3 when any row was quarantined', async () => {
    const a = tempFile('a.jsonl', '{"id":"1","site":"forum","author":"a","created_at":"2024-01-01","text":"hi"}\nnot json\n');
    const b = tempFile('b.jsonl', '{"id":"2","site":"forum","author":"b","created_at":"2024-01-02","text":"yo"}\n');
    const r = await cli('import', '--db', freshDb(), '--preset', 'jsonl', '--json', a, b);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.out)).toEqual({ imported: 2, duplicates: 0, quarantined: 1 });
  });

  it('prints a line per file, and progress on a terminal', async () => {
    const tty = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
    Object.defineProperty(process.stderr, 'isTTY', { value: true, configurable: true });
    try {
      const file = sharedDataPath('twcs', 'twcs_subset.csv');
      const r = await cli('import', '--db', freshDb(), '--preset', 'twcs', file);
      expect(r.out).toBe(`${file}: 719 imported, 0 duplicates, 0 quarantined\n`);
      expect(r.err).toMatch(/719 rows, [\d,]+ rows\/s, 100%/);
    } finally {
      if (tty) Object.defineProperty(process.stderr, 'isTTY', tty);
      else delete (process.stderr as { isTTY?: boolean }).isTTY;
    }
  });

  it.each([
    [['--preset', 'nope', 'x.csv'], /unknown preset "nope" \(known: generic, jsonl, twcs, airline/],
    [['--preset', 'twcs'], /name at least one FILE/],
  ])('refuses bad usage %j with exit 2', async (args, message) => {
    const r = await cli('import', '--db', freshDb(), ...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('takes the name of a column mapping saved in the database', async () => {
    const db = freshDb();
    const core = await openCore({ dbPath: db });
    const mapping = { id: 'n', siteColumn: null, siteValue: 'shop-reviews', author: 'who', createdAt: 'at', timeFormat: 'iso' as const, text: 'body', inReplyTo: null, url: null, authorFollowers: null, authorIsCompany: null, lang: null, decodeEntities: false };
    await saveMappingPreset(core.db, { name: 'shop', description: '', mapping }, 0);
    await core.close();
    const r = await cli('import', '--db', db, '--preset', 'shop', '--json', tempFile('s.csv', 'n,who,at,body\n1,ann,2024-01-01T10:00:00Z,Great shop\n'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ imported: 1, duplicates: 0, quarantined: 0 });
    expect((await cli('import', '--db', db, '--preset', 'nope', 'x.csv')).err).toMatch(/known: generic, jsonl, twcs, airline, shop\)/);
  });

  it('fails with exit 1 naming the missing columns of a file that is not in the preset format', async () => {
    const r = await cli('import', '--db', freshDb(), '--preset', 'twcs', tempFile('g.csv', 'id,site,author,created_at,text\n1,a,b,2024-01-01,c\n'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/missing columns tweet_id, author_id, inbound/);
  });
});
