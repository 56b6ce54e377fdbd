import { describe, expect, it } from 'vitest';
import { batchItems, FIRST_BATCH_ROWS, type BatchPlan, type ReadBatch } from './batchItems';
import type { CsvItem } from './csvRecords';
import { genericPreset } from './genericPreset';

const record = (i: number, site = 'forum'): CsvItem => ({
  kind: 'record',
  line: i + 2,
  record: { id: String(i), site, author: 'ann', created_at: '2024-01-01T00:00:00Z', text: `post ${i}` },
  raw: `${i},${site},ann,2024-01-01T00:00:00Z,post ${i}`,
  bytes: (i + 1) * 40,
});

const plan = (batchSize: number, disabled: string[] = []): BatchPlan => ({ preset: genericPreset, disabled: new Set(disabled), importId: 7, file: 'f.csv', batchSize });

async function collect(items: CsvItem[], p: BatchPlan): Promise<ReadBatch[]> {
  const out: ReadBatch[] = [];
  for await (const b of batchItems(items, p)) out.push(b);
  return out;
}

describe('batchItems', () => {
  it.each([
    ['no rows', 0, 5_000, [0]],
    ['fewer rows than the first batch', 10, 5_000, [10]],
    ['exactly the first batch', FIRST_BATCH_ROWS, 5_000, [FIRST_BATCH_ROWS, 0]],
    ['a first batch, full batches, then the rest', FIRST_BATCH_ROWS + 12_001, 5_000, [FIRST_BATCH_ROWS, 5_000, 5_000, 2_001]],
    ['batches smaller than the first batch', 5, 2, [2, 2, 1]],
  ])('%s: rows per batch', async (_name, rows, batchSize, expected) => {
    const batches = await collect(Array.from({ length: rows }, (_, i) => record(i)), plan(batchSize));
    expect(batches.map((b) => b.rows)).toEqual(expected);
    expect(batches.reduce((n, b) => n + b.posts.length, 0)).toBe(rows);
    if (rows > 0) expect(batches.at(-1)?.bytes).toBe(rows * 40);
  });

  it('quarantines unreadable rows, refused rows and disabled sites with line and reason', async () => {
    const items: CsvItem[] = [
      record(0),
      { kind: 'error', line: 3, reason: 'broken quoting', raw: '"x', bytes: 90 },
      { ...record(2), record: { ...(record(2) as { record: Record<string, string> }).record, created_at: 'yesterday' } } as CsvItem,
      record(3, 'rants'),
    ];
    const [batch] = await collect(items, plan(100, ['rants']));
    expect(batch.posts.map((p) => p.externalId)).toEqual(['0']);
    expect(batch.bad.map((b) => [b.row, b.reason, b.importId, b.file])).toEqual([
      [3, 'broken quoting', 7, 'f.csv'],
      [4, 'bad created_at "yesterday" (want ISO 8601 or epoch ms)', 7, 'f.csv'],
      [5, 'site "rants" is disabled in Sources', 7, 'f.csv'],
    ]);
  });
});
