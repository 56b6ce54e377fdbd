import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../core';
import { genericPreset } from '../ingest/genericPreset';
import { importFile } from '../ingest/importFile';
import { isBulkImport } from '../ingest/importRecords';
import { genericCsv, memoryCore, tempFile } from '../testing/fixtures';
import { BULK_REBUILT_INDEXES } from './postIndexes';

const indexSql = async (core: Core, name: string): Promise<string | null> =>
  (await core.db.get<{ sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", [name]))?.sql ?? null;

const rows = (n: number): string[] => Array.from({ length: n }, (_, i) => `${i + 1},tw,u${i % 5},2024-01-01T00:00:0${i % 10}Z,post ${i + 1},${i > 0 ? i : ''},,`);

describe('indexes rebuilt by bulk imports', () => {
  it.each(BULK_REBUILT_INDEXES)('$name is defined as in the migrations', async ({ name, sql }) => {
    const core = await memoryCore();
    expect(await indexSql(core, name)).toBe(sql.replace('IF NOT EXISTS ', ''));
    await core.close();
  });

  it.each([
    ['a small file', 10_000, 0, false],
    ['a large file into an empty database', 30_000_000, 0, true],
    ['a large file beside twice as many stored posts', 30_000_000, 400_000, true],
    ['a large file beside many more stored posts', 30_000_000, 1_000_000, false],
  ])('isBulkImport: %s', (_name, bytes, stored, expected) => {
    expect(isBulkImport(bytes, stored)).toBe(expected);
  });

  it('are missing while a bulk import runs and back when it ends, also when it fails', async () => {
    const core = await memoryCore();
    const file = tempFile('b.csv', genericCsv(rows(30)));
    const during: (string | null)[] = [];
    const onProgress = (): void => void indexSql(core, 'posts_author_time').then((s) => during.push(s));
    expect(await importFile(core.db, file, { preset: genericPreset, batchSize: 10, bulkIndexes: true, onProgress })).toMatchObject({ imported: 30 });
    expect(during).toContain(null);
    expect(await indexSql(core, 'posts_author_time')).not.toBeNull();
    const fails = { preset: genericPreset, batchSize: 10, bulkIndexes: true, onProgress: () => { throw new Error('power cut'); } };
    await expect(importFile(core.db, tempFile('c.csv', genericCsv(rows(40))), fails)).rejects.toThrow('power cut');
    expect(await indexSql(core, 'posts_author_time')).not.toBeNull();
    const plan = await core.db.all<{ detail: string }>('EXPLAIN QUERY PLAN SELECT id FROM posts WHERE author_id = ? ORDER BY created_at', [1]);
    expect(plan.map((p) => p.detail).join()).toMatch(/INDEX posts_author_time/);
    await core.close();
  });

  it('are built again when a database opens without them (the app died during a bulk import)', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'lp-idx-')), 'db.sqlite');
    const first = await openCore({ dbPath });
    await first.db.exec('DROP INDEX posts_author_time');
    await first.close();
    const again = await openCore({ dbPath });
    expect(await indexSql(again, 'posts_author_time')).not.toBeNull();
    await again.close();
  });
});
