import { describe, expect, it } from 'vitest';
import type { SiteFigures, SourceInput } from '../../../shared/domain/source';
import { NO_FILTERS } from '../../../shared/domain/source';
import { dispatch } from '../dispatch';
import { importFile } from '../ingest/importFile';
import { PRESETS } from '../ingest/presets';
import { readSharedCsv, sharedDataPath } from '../ingest/testData';
import { listQuarantine } from '../repos/imports';
import { searchPosts } from '../repos/posts';
import { genericCsv, memoryCore, tempFile } from '../testing/fixtures';
import { medianOf } from '../../../shared/time/durationStats';

const input = (over: Partial<SourceInput> = {}): SourceInput => ({
  name: 'forum',
  kind: 'forum',
  policy: 'monitor-only',
  urlPattern: null,
  enabled: true,
  rating: null,
  notes: '',
  filters: NO_FILTERS,
  companyHandles: [],
  ...over,
});

const POSTS = genericCsv([
  '1,forum,ann,2024-01-01T10:00:00Z,My refund never arrived,,,',
  '2,forum,bob,2024-01-01T11:00:00Z,Anyone watching the match tonight?,,,',
  '3,forum,acme_care,2024-01-01T12:00:00Z,Sorry Ann - we are on it,1,,',
  '4,forum,cy,2024-01-01T13:00:00Z,Refund giveaway click here,,,',
]);

describe('sources.save', () => {
  it('adds a site, refuses a duplicate name and an unknown id', async () => {
    const core = await memoryCore();
    const saved = await dispatch(core, 'sources.save', input({ rating: 4, notes: 'main forum', urlPattern: 'https://forum.example/*' }));
    expect(saved).toMatchObject({ ok: true, value: { source: { name: 'forum', rating: 4, notes: 'main forum', enabled: true }, relevant: 0, irrelevant: 0 } });
    expect(await dispatch(core, 'sources.save', input({ name: ' forum ' }))).toMatchObject({ ok: false, error: { code: 'conflict', field: 'name' } });
    expect(await dispatch(core, 'sources.save', input({ id: 99 }))).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch(core, 'sources.save', input({ rating: 9 }))).toMatchObject({ ok: false, error: { code: 'invalid-request', field: 'rating' } });
    expect(await dispatch(core, 'sources.save', input({ name: '   ', id: undefined }))).toMatchObject({ ok: false, error: { field: 'name' } });
    await core.close();
  });

  it('re-sorts stored posts by the filters and hides the irrelevant ones by default', async () => {
    const core = await memoryCore();
    await importFile(core.db, tempFile('p.csv', POSTS), { preset: PRESETS.generic });
    const [site] = (await dispatch(core, 'sources.list', {})).ok ? ((await dispatch(core, 'sources.list', {})) as { value: { id: number }[] }).value : [];
    const events: unknown[] = [];
    core.events.on('sources.changed', (e) => events.push(e));
    const r = await dispatch(core, 'sources.save', input({ id: site.id, filters: { ...NO_FILTERS, keywords: ['refund'], exclude: ['giveaway'] }, companyHandles: ['@acme_care'] }));
    expect(r).toMatchObject({ ok: true, value: { relevant: 2, irrelevant: 2, source: { companyHandles: ['acme_care'] } } });
    expect(events).toHaveLength(1);
    expect((await searchPosts(core.db, {})).items.map((p) => p.externalId).sort()).toEqual(['1', '3']);
    expect((await searchPosts(core.db, { includeIrrelevant: true })).total).toBe(4);
    const more = genericCsv(['5,forum,dee,2024-01-02,where is my refund,,,', '6,forum,eve,2024-01-02,nice weather,,,']);
    await importFile(core.db, tempFile('m.csv', more), { preset: PRESETS.generic });
    expect((await searchPosts(core.db, {})).items.map((p) => p.externalId).sort()).toEqual(['1', '3', '5']);
    const cleared = await dispatch(core, 'sources.save', input({ id: site.id, companyHandles: ['acme_care'] }));
    expect(cleared).toMatchObject({ ok: true, value: { relevant: 6, irrelevant: 0 } });
    await core.close();
  });

  it('quarantines posts of a disabled site on import, with the reason', async () => {
    const core = await memoryCore();
    await dispatch(core, 'sources.save', input({ enabled: false }));
    const r = await importFile(core.db, tempFile('p.csv', POSTS), { preset: PRESETS.generic });
    expect(r).toMatchObject({ imported: 0, quarantined: 4 });
    expect((await listQuarantine(core.db, {}))[0].reason).toBe('site "forum" is disabled in Sources');
    await core.close();
  });

  it('filters on a language the source states', async () => {
    const core = await memoryCore();
    await dispatch(core, 'sources.save', input({ filters: { ...NO_FILTERS, languages: ['en'] } }));
    const lines = [
      '{"id":"1","site":"forum","author":"a","created_at":1704103200000,"text":"bonjour","lang":"fr"}',
      '{"id":"2","site":"forum","author":"b","created_at":1704103260000,"text":"hello there","lang":"en"}',
    ];
    await importFile(core.db, tempFile('l.jsonl', lines.join('\n')), { preset: PRESETS.jsonl });
    expect((await searchPosts(core.db, {})).items.map((p) => p.externalId)).toEqual(['2']);
    expect(await core.db.all('SELECT external_id, lang FROM posts ORDER BY external_id')).toEqual([
      { external_id: '1', lang: 'fr' },
      { external_id: '2', lang: 'en' },
    ]);
    await core.close();
  });
});

describe('sources.figures', () => {
  it('gives volume, share answered and median first reply of the twcs subset, computed from the CSV', async () => {
    const core = await memoryCore();
    await importFile(core.db, sharedDataPath('twcs', 'twcs_subset.csv'), { preset: PRESETS.twcs });
    const rows = readSharedCsv('twcs', 'twcs_subset.csv');
    const byId = new Map(rows.map((r) => [r.tweet_id, r]));
    const rootOf = (r: Record<string, string>): Record<string, string> => (r.in_response_to_tweet_id ? rootOf(byId.get(r.in_response_to_tweet_id) as Record<string, string>) : r);
    const first = new Map<string, number>();
    for (const r of rows.filter((x) => x.inbound === 'False')) {
      const root = rootOf(r);
      const ms = Date.parse(r.created_at) - Date.parse(root.created_at);
      first.set(root.tweet_id, Math.min(first.get(root.tweet_id) ?? Infinity, ms));
    }
    const newest = Math.max(...rows.map((r) => Date.parse(r.created_at)));
    const r = await dispatch(core, 'sources.figures', {});
    if (!r.ok) throw new Error(r.error.message);
    const value = r.value as SiteFigures[];
    expect(value).toHaveLength(1);
    // Sentiment scores arrive from the scoring pipeline; the share negative is tested below.
    const { scoredPosts: _scored, shareNegative: _negative, ...figures } = value[0];
    expect(figures).toEqual({
      siteId: expect.any(Number),
      siteName: 'twitter',
      posts: 719,
      hiddenPosts: 0,
      customerThreads: 188,
      answeredThreads: 188,
      shareAnswered: 1,
      medianFirstReplyMs: medianOf([...first.values()]),
      lastPostAt: newest,
    });
    await core.close();
  });

  it('counts unanswered customer posts and the share of negative posts (corrections win)', async () => {
    const core = await memoryCore();
    await importFile(core.db, tempFile('p.csv', POSTS), { preset: PRESETS.generic });
    await dispatch(core, 'sources.save', { ...input({ companyHandles: ['acme_care'] }), id: 1 });
    await core.db.exec(`DELETE FROM post_scores; INSERT INTO post_scores (post_id, label, score, confidence, language, reasons, model_id, model_version, scored_at)
      VALUES (1, 'negative', -0.5, 0.9, 'en', '[]', 1, 'v1', 0), (2, 'neutral', 0, 0.9, 'en', '[]', 1, 'v1', 0), (4, 'negative', -0.4, 0.9, 'en', '[]', 1, 'v1', 0);
      INSERT INTO sentiment_corrections (post_id, label, corrected_by, corrected_at) VALUES (4, 'negative', 'sam', 1), (4, 'positive', 'sam', 2);`);
    const r = await dispatch(core, 'sources.figures', {});
    expect(r).toMatchObject({
      ok: true,
      value: [{ siteName: 'forum', posts: 4, customerThreads: 3, answeredThreads: 1, shareAnswered: 1 / 3, medianFirstReplyMs: 2 * 3600_000, scoredPosts: 3, shareNegative: 1 / 3 }],
    });
    await core.close();
  });
});
