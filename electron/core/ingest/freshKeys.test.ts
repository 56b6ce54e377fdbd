import { describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { createImport } from '../repos/imports';
import { memoryCore } from '../testing/fixtures';
import type { CsvItem } from './csvRecords';
import { genericPreset } from './genericPreset';
import { importRecords } from './importRecords';
import { newCaches, storeBatch } from './storeBatch';

const post = (id: string, site = 'forum', inReplyTo = ''): CsvItem => ({
  kind: 'record',
  line: 2,
  record: { id, site, author: `u${id}`, created_at: '2024-01-01T00:00:00Z', text: `post ${id}`, in_reply_to: inReplyTo },
  raw: id,
  bytes: 1,
});

const run = (core: Core, items: AsyncIterable<CsvItem> | Iterable<CsvItem>, batchSize = 2) =>
  importRecords(core.db, { label: 'test', items, bytesTotal: 0 }, { preset: genericPreset, batchSize, now: core.now });

const count = async (core: Core): Promise<number> => ((await core.db.get<{ n: number }>('SELECT count(*) AS n FROM posts')) as { n: number }).n;

describe('keys a run need not look up', () => {
  it('still finds its own posts repeated in a later batch of a new site, and links replies across batches', async () => {
    const core = await memoryCore();
    const r = await run(core, [post('1'), post('2'), post('3', 'forum', '1'), post('1'), post('4'), post('2'), post('5', 'forum', '3')]);
    expect(r).toMatchObject({ imported: 5, duplicates: 2 });
    const rows = await core.db.all<{ external_id: string; parent: string | null; root: string | null }>(
      `SELECT p.external_id, pp.external_id AS parent, rp.external_id AS root FROM posts p
       LEFT JOIN posts pp ON pp.id = p.parent_id LEFT JOIN posts rp ON rp.id = p.thread_root_id ORDER BY p.id`,
    );
    expect(rows.filter((x) => x.parent)).toEqual([
      { external_id: '3', parent: '1', root: '1' },
      { external_id: '5', parent: '3', root: '1' },
    ]);
    await core.close();
  });

  it('looks everything up on a site that had posts, so a second run adds nothing twice', async () => {
    const core = await memoryCore();
    await run(core, [post('1'), post('2'), post('3')]);
    const again = await run(core, [post('3'), post('4'), post('1'), post('2', 'reviews')]);
    expect(again).toMatchObject({ imported: 2, duplicates: 2 });
    expect(await count(core)).toBe(5);
    await core.close();
  });

  it('notices another writer storing posts during the run and looks its keys up from then on', async () => {
    const core = await memoryCore();
    async function* items(): AsyncGenerator<CsvItem> {
      yield post('1');
      yield post('2');
      // While the first batch is stored, another writer (a webhook, say) queues a post this run also carries.
      const other = await createImport(core.db, 'webhook', 'jsonl', core.now());
      const mapped = genericPreset.mapRecord((post('9') as Extract<CsvItem, { kind: 'record' }>).record);
      if (!mapped.ok) throw new Error(mapped.reason);
      expect(await storeBatch(core.db, other, { posts: [mapped.post], bad: [], rows: 1 }, newCaches(), core.now())).toMatchObject({ imported: 1 });
      yield post('3');
      yield post('9');
      yield post('4');
    }
    const r = await run(core, items());
    expect(r).toMatchObject({ imported: 4, duplicates: 1 });
    expect(await count(core)).toBe(5);
    await core.close();
  });
});
