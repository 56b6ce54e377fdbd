import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type SourceFilters } from '../../../shared/domain/source';
import type { Core } from '../core';
import { dispatch } from '../dispatch';
import { genericCsv, memoryCore, tempFile } from '../testing/fixtures';
import { genericPreset } from './genericPreset';
import { importFile } from './importFile';

const FILTERS: SourceFilters = { ...NO_FILTERS, brands: ['acme'], exclude: ['giveaway'], languages: ['en'] };

async function siteWithFilters(): Promise<Core> {
  const core = await memoryCore();
  const saved = await dispatch(core, 'sources.save', {
    name: 'forum', kind: 'forum', policy: 'monitor-only', urlPattern: null, enabled: true, rating: null, notes: '', filters: FILTERS, companyHandles: [],
  });
  expect(saved.ok).toBe(true);
  return core;
}

async function relevance(core: Core): Promise<Record<string, boolean>> {
  const rows = await core.db.all<{ external_id: string; relevant: number }>('SELECT external_id, relevant FROM posts ORDER BY id');
  return Object.fromEntries(rows.map((r) => [r.external_id, r.relevant === 1]));
}

describe('replies inherit relevance at import', () => {
  it.each([1, 2, 20_000])('within a file (batches of %i rows), replies before the posts they answer', async (batchSize) => {
    const core = await siteWithFilters();
    const csv = genericCsv([
      'r2,forum,ann,2024-01-01T10:10:00Z,hello?? anyone,r1,,',
      'r1,forum,ann,2024-01-01T10:05:00Z,"still waiting, anyone?",root,,',
      'root,forum,ann,2024-01-01T10:00:00Z,@acme where is my refund,,,',
      'spam,forum,bot,2024-01-01T10:20:00Z,win big in my giveaway,root,,',
      'under-spam,forum,cy,2024-01-01T10:25:00Z,is this real?,spam,,',
      'fr,forum,dee,2024-01-01T10:30:00Z,"toujours rien depuis une semaine, je suis très déçu",root,,',
      'chat,forum,eve,2024-01-01T11:00:00Z,nice weather today,,,',
      'chat-reply,forum,fay,2024-01-01T11:05:00Z,agreed,chat,,',
    ]);
    await importFile(core.db, tempFile('p.csv', csv), { preset: genericPreset, batchSize });
    expect(await relevance(core)).toEqual({
      root: true,
      r1: true,
      r2: true,
      spam: false,
      'under-spam': true,
      fr: false,
      chat: false,
      'chat-reply': false,
    });
    await core.close();
  });

  it('from stored parents and roots in a later import', async () => {
    const core = await siteWithFilters();
    await importFile(core.db, tempFile('a.csv', genericCsv(['root,forum,ann,2024-01-01T10:00:00Z,@acme where is my refund,,,', 'spam,forum,bot,2024-01-01T10:20:00Z,my giveaway,root,,', 'chat,forum,eve,2024-01-01T11:00:00Z,nice weather today,,,'])), { preset: genericPreset });
    const later = genericCsv([
      'r1,forum,ann,2024-01-02T09:00:00Z,"still waiting, anyone?",root,,',
      'under-spam,forum,cy,2024-01-02T09:05:00Z,is this real?,spam,,',
      'chat-reply,forum,fay,2024-01-02T09:10:00Z,agreed,chat,,',
      'excluded,forum,gil,2024-01-02T09:15:00Z,another giveaway,root,,',
    ]);
    await importFile(core.db, tempFile('b.csv', later), { preset: genericPreset });
    expect(await relevance(core)).toEqual({ root: true, spam: false, chat: false, r1: true, 'under-spam': true, 'chat-reply': false, excluded: false });
    await core.close();
  });
});
