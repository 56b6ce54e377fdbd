import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type SourceFilters, type SourceInput } from '../../../shared/domain/source';
import type { Core } from '../core';
import { dispatch } from '../dispatch';
import { genericPreset } from '../ingest/genericPreset';
import { importFile } from '../ingest/importFile';
import { genericCsv, memoryCore, tempFile } from '../testing/fixtures';

const site = (id: number, filters: SourceFilters): SourceInput => ({
  id, name: 'forum', kind: 'forum', policy: 'monitor-only', urlPattern: null, enabled: true, rating: null, notes: '', filters, companyHandles: [],
});

async function relevance(core: Core): Promise<Record<string, boolean>> {
  const rows = await core.db.all<{ external_id: string; relevant: number }>('SELECT external_id, relevant FROM posts ORDER BY id');
  return Object.fromEntries(rows.map((r) => [r.external_id, r.relevant === 1]));
}

describe('re-applying filters to stored posts: replies inherit relevance', () => {
  it('a reply in a relevant conversation stays shown, an exclude term still hides it, also for replies stored before their parents', async () => {
    const core = await memoryCore();
    // The replies come first, in their own import, so they have smaller ids than the posts they answer.
    await importFile(core.db, tempFile('early.csv', genericCsv(['r2,forum,ann,2024-01-01T10:10:00Z,hello?? anyone,r1,,', 'r1,forum,ann,2024-01-01T10:05:00Z,"still waiting, anyone?",root,,'])), { preset: genericPreset });
    const rest = genericCsv([
      'root,forum,ann,2024-01-01T10:00:00Z,@acme where is my refund,,,',
      'spam,forum,bot,2024-01-01T10:20:00Z,win big in my giveaway,root,,',
      'under-spam,forum,cy,2024-01-01T10:25:00Z,is this real?,spam,,',
      'chat,forum,eve,2024-01-01T11:00:00Z,nice weather today,,,',
      'chat-reply,forum,fay,2024-01-01T11:05:00Z,agreed,chat,,',
    ]);
    await importFile(core.db, tempFile('rest.csv', rest), { preset: genericPreset });
    const siteId = (await core.db.get<{ id: number }>("SELECT id FROM sites WHERE name = 'forum'"))?.id ?? 0;

    const brand = await dispatch(core, 'sources.save', site(siteId, { ...NO_FILTERS, brands: ['acme'], exclude: ['giveaway'] }));
    expect(brand).toMatchObject({ ok: true, value: { relevant: 4, irrelevant: 3 } });
    expect(await relevance(core)).toEqual({ r2: true, r1: true, root: true, spam: false, 'under-spam': true, chat: false, 'chat-reply': false });

    const stricter = await dispatch(core, 'sources.save', site(siteId, { ...NO_FILTERS, brands: ['acme'], exclude: ['giveaway', 'anyone'] }));
    expect(stricter).toMatchObject({ ok: true, value: { relevant: 2, irrelevant: 5 } });
    expect(await relevance(core)).toEqual({ r2: false, r1: false, root: true, spam: false, 'under-spam': true, chat: false, 'chat-reply': false });

    const weather = await dispatch(core, 'sources.save', site(siteId, { ...NO_FILTERS, keywords: ['weather'] }));
    expect(weather).toMatchObject({ ok: true, value: { relevant: 2, irrelevant: 5 } });
    expect(await relevance(core)).toEqual({ r2: false, r1: false, root: false, spam: false, 'under-spam': false, chat: true, 'chat-reply': true });
    await core.close();
  });
});
