import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../shared/domain/importMapping';
import type { ImportReport } from '../../../shared/domain/importReport';
import type { Core } from '../core';
import { dispatch } from '../dispatch';
import { sharedDataPath } from '../ingest/testData';
import { listQuarantine } from '../repos/imports';
import { searchPosts } from '../repos/posts';
import { memoryCore, tempFile } from '../testing/fixtures';

const finished = (core: Core): Promise<ImportReport> => new Promise((resolve) => core.events.on('imports.finished', resolve));

const MAPPING: ColumnMapping = {
  id: 'Ticket',
  siteColumn: null,
  siteValue: 'helpdesk-forum',
  author: 'User',
  createdAt: 'When',
  timeFormat: 'epoch-s',
  text: 'Body',
  inReplyTo: 'Parent',
  url: null,
  authorFollowers: null,
  authorIsCompany: 'Staff',
  lang: null,
  decodeEntities: true,
};

const OTHER_CSV = ['Ticket,User,When,Body,Parent,Staff', 'T1,ann,1704103200,Where is my refund &amp; why,,no', 'T2,acme,1704106800,Looking into it,T1,yes', 'T3,bob,yesterday,broken,,no'].join('\n');

describe('imports.preview', () => {
  it.each([
    ['twcs', sharedDataPath('twcs', 'twcs_subset.csv'), ['twcs']],
    ['airline', sharedDataPath('airline', 'airline_dev.csv'), ['airline']],
    ['other', tempFile('other.csv', OTHER_CSV), []],
  ])('shows the header, first rows and fitting presets of a %s file', async (_name, path, presets) => {
    const core = await memoryCore();
    const r = await dispatch(core, 'imports.preview', { path, rows: 2 });
    expect(r).toMatchObject({ ok: true, value: { path, format: 'csv', matchingPresets: presets } });
    const value = (r as { value: { header: string[]; rows: string[][] } }).value;
    expect(value.rows).toHaveLength(2);
    expect(value.rows[0]).toHaveLength(value.header.length);
    await core.close();
  });

  it('reads JSON Lines keys as the header, and names a missing file', async () => {
    const core = await memoryCore();
    const path = tempFile('p.jsonl', '{"id":"1","site":"forum","author":"a","created_at":"2024-01-01","text":"hi"}\nnot json\n');
    expect(await dispatch(core, 'imports.preview', { path })).toMatchObject({ ok: true, value: { format: 'jsonl', header: ['id', 'site', 'author', 'created_at', 'text'], matchingPresets: ['jsonl'] } });
    expect(await dispatch(core, 'imports.preview', { path: '/nope/x.csv' })).toMatchObject({ ok: false, error: { code: 'not-found', field: 'path' } });
    await core.close();
  });
});

describe('imports.start', () => {
  it('imports through a column mapping, saves it as a preset, and the CLI-style name works after', async () => {
    const core = await memoryCore();
    const done = finished(core);
    const r = await dispatch(core, 'imports.start', { path: tempFile('o.csv', OTHER_CSV), mapping: MAPPING, saveAs: 'helpdesk' });
    expect(r).toMatchObject({ ok: true, value: { preset: 'helpdesk' } });
    expect(await done).toMatchObject({ status: 'done', imported: 2, quarantined: 1, preset: 'helpdesk' });
    expect((await listQuarantine(core.db, {}))[0].reason).toBe('bad When "yesterday" (want epoch seconds)');
    const posts = (await searchPosts(core.db, {})).items;
    expect(posts.map((p) => [p.externalId, p.siteName, p.createdAt, p.text])).toEqual([
      ['T2', 'helpdesk-forum', 1704106800000, 'Looking into it'],
      ['T1', 'helpdesk-forum', 1704103200000, 'Where is my refund & why'],
    ]);
    expect(posts[0].parentId).toBe(posts[1].id);
    const presets = await dispatch(core, 'imports.presets', {});
    expect(presets).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ name: 'helpdesk', builtIn: false, mapping: MAPPING })]) });
    const again = finished(core);
    await dispatch(core, 'imports.start', { path: tempFile('o2.csv', OTHER_CSV), preset: 'helpdesk' });
    expect(await again).toMatchObject({ imported: 0, duplicates: 2 });
    await core.close();
  });

  it.each([
    [{ preset: 'nope' }, 'not-found', /unknown preset "nope" \(known: generic, jsonl, twcs, airline\)/],
    [{ preset: 'twcs' }, 'invalid-request', /missing columns tweet_id/],
    [{ mapping: MAPPING, saveAs: 'generic' }, 'conflict', /built-in preset/],
  ])('refuses %j before starting', async (req, code, message) => {
    const core = await memoryCore();
    const r = await dispatch(core, 'imports.start', { path: tempFile('o.csv', OTHER_CSV), ...req });
    expect(r).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message) } });
    await core.close();
  });

  it('reports progress and can be cancelled, keeping what was committed', async () => {
    const core = await memoryCore();
    const rows = Array.from({ length: 30_000 }, (_, i) => `${i},tw,u${i % 50},2024-01-01,post ${i}`);
    const path = tempFile('big.csv', `id,site,author,created_at,text\n${rows.join('\n')}\n`);
    const progress: number[] = [];
    core.events.on('imports.progressed', (p) => progress.push(p.rowsRead));
    const done = finished(core);
    const r = (await dispatch(core, 'imports.start', { path, preset: 'generic' })) as { ok: true; value: { importId: number } };
    expect(await dispatch(core, 'imports.cancel', { importId: r.value.importId })).toEqual({ ok: true, value: { cancelled: true } });
    const report = await done;
    expect(report.status).toBe('cancelled');
    expect(report.imported).toBeLessThan(30_000);
    expect((await searchPosts(core.db, {})).total).toBe(report.imported);
    expect(await dispatch(core, 'imports.cancel', { importId: r.value.importId })).toEqual({ ok: true, value: { cancelled: false } });
    const all = finished(core);
    await dispatch(core, 'imports.start', { path, preset: 'generic' });
    expect(await all).toMatchObject({ status: 'done', imported: 30_000 - report.imported, duplicates: report.imported });
    // Progress comes once per committed batch (DEFAULT_BATCH_ROWS rows): at least one per run here.
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.every((n) => n > 0 && n <= 30_000)).toBe(true);
    await core.close();
  });
});
