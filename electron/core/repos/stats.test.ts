import { describe, expect, it } from 'vitest';
import { openCore } from '../core';
import { importCsvFile } from '../ingest/importFile';
import { genericPreset } from '../ingest/genericPreset';
import { genericCsv, tempFile } from '../testing/fixtures';
import { readLastIngestAt } from './stats';

describe('readLastIngestAt', () => {
  it('is null for an empty database, then the time of the latest import, whatever the posts say of themselves', async () => {
    let now = 1_700_000_000_000;
    const core = await openCore({ dbPath: ':memory:', now: () => now });
    expect(await readLastIngestAt(core.db)).toBeNull();
    await importCsvFile(core.db, tempFile('a.csv', genericCsv(['1,forum,ann,2024-05-01T10:00:00Z,new post,,,'])), { preset: genericPreset, now: () => now });
    now += 60_000;
    // An older post stored later: the last ingest is when it was stored, not when it was written.
    await importCsvFile(core.db, tempFile('b.csv', genericCsv(['2,forum,bob,2020-01-01T10:00:00Z,old post,,,'])), { preset: genericPreset, now: () => now });
    expect(await readLastIngestAt(core.db)).toBe(1_700_000_060_000);
    await core.close();
  });
});
