import { describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { dispatch } from '../dispatch';
import { genericPreset } from '../ingest/genericPreset';
import { importCsvFile } from '../ingest/importFile';
import { memoryCore, tempFile } from '../testing/fixtures';
import { readableReasons } from './model';
import { waitForRescore } from './rescore';
import { labelledCsv, SCORED_POSTS, scoredPostsCsv } from './testData';

async function seeded(): Promise<Core> {
  const core = await memoryCore();
  await importCsvFile(core.db, tempFile('posts.csv', scoredPostsCsv()), { preset: genericPreset });
  return core;
}

async function call(core: Core, method: string, req: unknown): Promise<any> {
  const r = await dispatch(core, method, req);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value;
}

const scoreRows = (core: Core) =>
  core.db.all<{ post_id: number; external_id: string; label: string; model_id: number }>(
    'SELECT s.post_id, posts.external_id, s.label, s.model_id FROM posts JOIN post_scores s ON s.post_id = posts.id ORDER BY posts.id',
  );

describe('sentiment in the product', () => {
  it('scores imported posts right after each batch commits, with the built-in model', async () => {
    const core = await seeded();
    const rows = await scoreRows(core);
    expect(rows.map((r) => r.label)).toEqual(SCORED_POSTS.map(([, label]) => label));
    expect(new Set(rows.map((r) => r.model_id))).toEqual(new Set([1]));
    await core.close();
  });

  it('lists posts with their label and explains one with its reasons', async () => {
    const core = await seeded();
    const page = await call(core, 'posts.search', { query: 'delayed' });
    expect(page.items[0].sentiment).toMatchObject({ label: 'negative', correctedLabel: null });
    const why = await call(core, 'sentiment.explain', { postId: page.items[0].id });
    expect(why).toMatchObject({ label: 'negative', language: 'en', model: { id: 1, kind: 'builtin' }, corrections: [] });
    expect(why.reasons.length).toBeGreaterThan(0);
    expect(why.reasons.some((r: { weight: number }) => r.weight < 0)).toBe(true);
    await core.close();
  });

  it('scores posts that arrived unscored when they are listed', async () => {
    const core = await seeded();
    await core.db.run('DELETE FROM post_scores');
    const page = await call(core, 'posts.search', {});
    expect(page.items.every((p: { sentiment: unknown }) => p.sentiment)).toBe(true);
    // The scores are stored by a write queued behind the answer: one queued after it has seen it land.
    await core.db.transaction(async () => undefined);
    const rows = await scoreRows(core);
    expect(rows).toHaveLength(SCORED_POSTS.length);
    const shown = new Map(page.items.map((p: { id: number; sentiment: { label: string } }) => [p.id, p.sentiment.label]));
    expect(rows.map((r) => shown.get(r.post_id))).toEqual(rows.map((r) => r.label));
    await core.close();
  });

  it('keeps corrections, newest first, and shows the corrected label in the list', async () => {
    const core = await seeded();
    const [post] = (await call(core, 'posts.search', { query: 'lounge' })).items;
    await call(core, 'sentiment.correct', { postId: post.id, label: 'negative', by: 'dana' });
    const c = await call(core, 'sentiment.correct', { postId: post.id, label: 'positive' });
    expect(c).toMatchObject({ postId: post.id, label: 'positive', by: 'supervisor' });
    const [again] = (await call(core, 'posts.search', { query: 'lounge' })).items;
    expect(again.sentiment).toMatchObject({ label: 'neutral', correctedLabel: 'positive' });
    const why = await call(core, 'sentiment.explain', { postId: post.id });
    expect(why.corrections.map((x: { label: string; by: string }) => [x.label, x.by])).toEqual([['positive', 'supervisor'], ['negative', 'dana']]);
    await core.close();
  });

  it.each([
    ['sentiment.explain', { postId: 999 }, 'not-found'],
    ['sentiment.correct', { postId: 999, label: 'negative' }, 'not-found'],
    ['sentiment.correct', { postId: 1, label: 'angry' }, 'invalid-request'],
    ['sentiment.activate', { modelId: 999 }, 'not-found'],
    ['sentiment.retrain', { file: '/no/such/file.csv' }, 'not-found'],
  ])('%s %j fails with %s', async (method, req, code) => {
    const core = await seeded();
    expect(await dispatch(core, method, req)).toMatchObject({ ok: false, error: { code } });
    await core.close();
  });

  it('refuses to retrain on too few corrections, naming why', async () => {
    const core = await seeded();
    await call(core, 'sentiment.correct', { postId: 1, label: 'negative' });
    const r = await dispatch(core, 'sentiment.retrain', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/at least 5 labelled examples/) } });
    await core.close();
  });

  it.each([
    ['unknown labels', labelledCsv(5, ['"meh",angry', '"ok",Mixed']), /unknown labels.*"angry".*"Mixed"/],
    ['a missing label column', 'text,sentiment\nhi,positive\n', /missing column "label"/],
  ])('refuses a label file with %s', async (_name, csv, message) => {
    const core = await seeded();
    const r = await dispatch(core, 'sentiment.retrain', { file: tempFile('labels.csv', csv) });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-request', field: 'file', message: expect.stringMatching(message) } });
    expect(await call(core, 'sentiment.models', {})).toHaveLength(1);
    await core.close();
  });

  it('retrains on corrections plus a file, reports CV before switching on, rescores, and rolls back', async () => {
    const core = await seeded();
    await call(core, 'sentiment.correct', { postId: 3, label: 'negative' });
    const model = await call(core, 'sentiment.retrain', { file: tempFile('labels.csv', labelledCsv(20)), name: 'mine' });
    expect(model).toMatchObject({ kind: 'trained', name: 'mine', active: false, examples: 61 });
    expect(model.cv).toMatchObject({ folds: 5, fromCorrections: 1, fromFile: 60 });
    expect(model.cvMacroF1).toBeGreaterThan(0.5);
    expect(model.cv.confusion.counts.flat().reduce((a: number, b: number) => a + b, 0)).toBe(61);
    expect((await scoreRows(core)).every((r) => r.model_id === 1)).toBe(true);

    const on = await call(core, 'sentiment.activate', { modelId: model.id });
    expect(on.active).toMatchObject({ id: model.id, active: true });
    expect(on.rescore).toMatchObject({ modelId: model.id, total: SCORED_POSTS.length });
    expect(await waitForRescore(core)).toMatchObject({ done: SCORED_POSTS.length, finished: true });
    expect((await scoreRows(core)).every((r) => r.model_id === model.id)).toBe(true);
    const stored = await core.db.get<{ reasons: string }>('SELECT reasons FROM post_scores WHERE post_id = 1');
    expect(stored?.reasons).toBe('[]');
    const why = await call(core, 'sentiment.explain', { postId: 1 });
    expect(why.model).toMatchObject({ id: model.id, kind: 'trained' });
    expect(why.reasons.length).toBeGreaterThan(0);
    expect(JSON.parse((await core.db.get<{ reasons: string }>('SELECT reasons FROM post_scores WHERE post_id = 1'))?.reasons ?? '[]')).toEqual(why.reasons);
    const models = await call(core, 'sentiment.models', {});
    expect(models.map((m: { id: number; active: boolean }) => [m.id, m.active])).toEqual([[model.id, true], [1, false]]);

    await call(core, 'sentiment.activate', { modelId: 1 });
    await waitForRescore(core);
    expect((await scoreRows(core)).map((r) => [r.label, r.model_id])).toEqual(SCORED_POSTS.map(([, label]) => [label, 1]));
    await core.close();
  });

  it('pushes rescore progress events until finished', async () => {
    const core = await seeded();
    const seen: { done: number; finished: boolean }[] = [];
    core.events.on('sentiment.rescored', (p) => seen.push({ done: p.done, finished: p.finished }));
    const model = await call(core, 'sentiment.retrain', { file: tempFile('labels.csv', labelledCsv(10)) });
    await call(core, 'sentiment.activate', { modelId: model.id });
    await waitForRescore(core);
    expect(seen[0]).toEqual({ done: 0, finished: false });
    expect(seen[seen.length - 1]).toEqual({ done: SCORED_POSTS.length, finished: true });
    await core.close();
  });
});

describe('readable reasons of a trained model', () => {
  it('sums character n-grams into one reason and keeps the others, strongest first', () => {
    const got = readableReasons([
      { kind: 'feature', text: 'letters "lat"', weight: -0.2 },
      { kind: 'word', text: '"late"', weight: -0.4 },
      { kind: 'feature', text: 'letters "ate"', weight: -0.3 },
    ]);
    expect(got).toEqual([
      { kind: 'feature', text: 'spelling fragments', weight: -0.5, note: 'character n-grams, summed' },
      { kind: 'word', text: '"late"', weight: -0.4 },
    ]);
  });
});
