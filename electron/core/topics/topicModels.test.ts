import { describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/contract/result';
import type { LiveSnapshot } from '../../../shared/domain/live';
import type { Site } from '../../../shared/domain/site';
import type { TopicModelInfo, TopicModelsState, TopicTestResult } from '../../../shared/domain/topics';
import { fitTopicModel } from '../../../shared/sentiment/topicModel';
import { DEFAULT_TOPIC_RULES } from '../../../shared/sentiment/topicRules';
import type { Core } from '../core';
import { dispatch } from '../dispatch';
import { clockedCore, pushPosts } from '../live/liveFixtures';
import { liveOf } from '../live/liveRuntime';
import { tempFile } from '../testing/fixtures';
import type { ActiveTopicModel } from './modelsInForce';
import { REASON_ROWS, reasonsCsv, seedTopicModel } from './topicFixtures';
import { MAX_TOPIC_SLOTS, TopicBook } from './topicBook';

const MIN = 60_000;
const { model } = fitTopicModel(REASON_ROWS.map(([text, topic]) => ({ text, topic })), 2, 1, { features: { hashBits: 12 } });
const active = (minConfidence: number): ActiveTopicModel => ({ id: 7, name: 'reasons', model, minConfidence });

describe('TopicBook with a learned model', () => {
  const book = new TopicBook(DEFAULT_TOPIC_RULES, new Map(), 'built-in', { defaults: active(0.5), sites: new Map([[2, null]]) });

  it('adds the model topic after the rule matches, saying it came from the model', () => {
    const found = book.classify(1, 'lost my suitcase at the airport');
    expect(found.map((m) => m.topic)).toEqual(['baggage', 'lost-luggage']);
    expect(found[0]).toEqual({ topic: 'baggage', label: 'Baggage', matched: ['suitcase'] });
    expect(found[1]).toMatchObject({ label: 'Lost Luggage', matched: [], model: { id: 7 } });
    expect(found[1].why).toBe(`model: Lost Luggage ${found[1].model!.confidence.toFixed(2)}`);
    expect(found[1].model!.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('gives model topics slots after the rule topics and counts them', () => {
    expect(book.names.slice(-2)).toEqual([{ topic: 'late-flight', label: 'Late Flight' }, { topic: 'lost-luggage', label: 'Lost Luggage' }]);
    expect(book.countTopics()).toBe(DEFAULT_TOPIC_RULES.length + 2);
    expect(book.slotsOf(1, 'lost my suitcase at the airport')).toEqual([book.slotOf('baggage'), book.slotOf('lost-luggage')]);
    expect(book.hasTopic(1, 'our flight is delayed yet again', 'late-flight')).toBe(true);
  });

  it.each([
    ['a site choosing rules only', 2, 0.5],
    ['a confidence below the minimum', 1, 0.99],
  ])('leaves the model out for %s', (_name, site, min) => {
    const b = new TopicBook(DEFAULT_TOPIC_RULES, new Map(), 'built-in', { defaults: active(min), sites: new Map([[2, null]]) });
    expect(b.classify(site, 'lost my suitcase at the airport').map((m) => m.topic)).toEqual(['baggage']);
  });

  it('merges a model topic that a rule also found into the rule match', () => {
    const rules = [{ topic: 'lost-luggage', label: 'Lost bags', keywords: ['suitcase'] }];
    const [m] = new TopicBook(rules, new Map(), 'default', { defaults: active(0.5), sites: new Map() }).classify(1, 'lost my suitcase at the airport');
    expect(m).toMatchObject({ topic: 'lost-luggage', label: 'Lost bags', matched: ['suitcase'], model: { id: 7 }, why: expect.stringMatching(/^model: Lost Luggage 0\.\d\d$/) });
  });

  it('keeps at most MAX_TOPIC_SLOTS slots', () => {
    const many = Array.from({ length: MAX_TOPIC_SLOTS }, (_, i) => ({ topic: `t${i}`, keywords: ['x'] }));
    const b = new TopicBook(many, new Map(), 'default', { defaults: active(0.5), sites: new Map() });
    expect(b.names).toHaveLength(MAX_TOPIC_SLOTS);
    expect(b.countTopics()).toBe(MAX_TOPIC_SLOTS + 2);
  });
});

async function withSites(): Promise<{ core: Core; twitter: number; forum: number }> {
  const { core } = await clockedCore();
  await pushPosts(core, [{ id: 'seed1', ago: 10 * MIN, site: 'twitter' }, { id: 'seed2', ago: 10 * MIN, site: 'forum' }]);
  const sites = (await dispatch(core, 'sites.list', {})) as Result<Site[]>;
  if (!sites.ok) throw new Error('no sites');
  const idOf = (name: string): number => sites.value.find((s) => s.name === name)!.id;
  return { core, twitter: idOf('twitter'), forum: idOf('forum') };
}

const BAG = 'lost my suitcase at the airport';
const topicsOf = async (core: Core, siteId: number): Promise<string[]> => {
  const r = (await dispatch(core, 'topics.test', { text: BAG, siteId })) as Result<TopicTestResult>;
  if (!r.ok) throw new Error(r.error.message);
  return r.value.matches.map((m) => m.topic);
};
const state = (r: Result<unknown>): TopicModelsState => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value as TopicModelsState;
};

describe('topics.activate / deactivate / rollback per site', () => {
  it('switches a model on for one site, the default, rules only for a site, and rolls each back', async () => {
    const { core, twitter, forum } = await withSites();
    const id = await seedTopicModel(core.db);
    const rulesOnly = ['baggage'];
    const withModel = ['baggage', 'lost-luggage'];
    expect([await topicsOf(core, twitter), await topicsOf(core, forum)]).toEqual([rulesOnly, rulesOnly]);
    const on = state(await dispatch(core, 'topics.activate', { modelId: id, siteId: twitter, minConfidence: 0.5, by: 'Sam' }));
    expect(on.choices).toEqual([
      { siteId: null, modelId: null, minConfidence: 0.5, chosenAt: null, chosenBy: null, canRollBack: false },
      { siteId: twitter, modelId: id, minConfidence: 0.5, chosenAt: core.now(), chosenBy: 'Sam', canRollBack: true },
    ]);
    expect(on.models[0].usedBy).toEqual([twitter]);
    expect([await topicsOf(core, twitter), await topicsOf(core, forum)]).toEqual([withModel, rulesOnly]);
    await dispatch(core, 'topics.activate', { modelId: id, siteId: null, minConfidence: 0.5 });
    await dispatch(core, 'topics.deactivate', { siteId: twitter });
    expect([await topicsOf(core, twitter), await topicsOf(core, forum)]).toEqual([rulesOnly, withModel]);
    await dispatch(core, 'topics.rollback', { siteId: twitter }); // back to the model for twitter
    expect(await topicsOf(core, twitter)).toEqual(withModel);
    await dispatch(core, 'topics.rollback', { siteId: twitter }); // twitter follows the default again (the model)
    await dispatch(core, 'topics.rollback', { siteId: null }); // the default back to rules only
    expect([await topicsOf(core, twitter), await topicsOf(core, forum)]).toEqual([rulesOnly, rulesOnly]);
    expect(state(await dispatch(core, 'topics.models', {})).choices).toEqual([{ siteId: null, modelId: null, minConfidence: 0.5, chosenAt: null, chosenBy: null, canRollBack: false }]);
    expect(await dispatch(core, 'topics.rollback', { siteId: null })).toMatchObject({ ok: false, error: { code: 'invalid-request', field: 'siteId', message: 'nothing to roll back: the default has no model choice' } });
    await core.close();
  });

  it.each([
    [{ modelId: 99, siteId: null }, 'not-found', 'modelId'],
    [{ modelId: 1, siteId: 999 }, 'not-found', 'siteId'],
    [{ modelId: 1, siteId: null, minConfidence: 1 }, 'invalid-request', 'minConfidence'],
  ])('refuses %j', async (req, code, field) => {
    const { core } = await withSites();
    await seedTopicModel(core.db);
    expect(await dispatch(core, 'topics.activate', req)).toMatchObject({ ok: false, error: { code, field } });
    await core.close();
  });

  it('refuses a model that would make more topics than the live counts keep', async () => {
    const { core, twitter } = await withSites();
    const rules = Array.from({ length: 40 }, (_, i) => ({ topic: `a${i}`, keywords: ['x'] }));
    await dispatch(core, 'topics.saveRules', { siteId: null, rules });
    await dispatch(core, 'topics.saveRules', { siteId: twitter, rules: rules.map((r, i) => ({ ...r, topic: `b${i}` })).slice(0, 23) });
    const id = await seedTopicModel(core.db);
    expect(await dispatch(core, 'topics.activate', { modelId: id, siteId: null })).toMatchObject({ ok: false, error: { field: 'modelId', message: expect.stringMatching(/at most 63 distinct topics \(this would make 65\)/) } });
    await core.close();
  });

  it('shows a stored post its model topic with why, and live counts count it', async () => {
    const { core, twitter } = await withSites();
    const id = await seedTopicModel(core.db);
    const runtime = liveOf(core);
    runtime.start({ intervalMs: 3_600_000 });
    await runtime.settled();
    await pushPosts(core, [{ id: 'bag1', ago: 2 * MIN, site: 'twitter', text: BAG }, { id: 'bag2', ago: 2 * MIN, site: 'forum', text: BAG }]);
    await dispatch(core, 'topics.activate', { modelId: id, siteId: twitter, minConfidence: 0.8 }); // "post seed1" gets 0.54
    await runtime.settled();
    const post = await core.db.get<{ id: number }>("SELECT id FROM posts WHERE external_id = 'bag1'");
    const r = await dispatch(core, 'topics.ofPost', { postId: post!.id });
    expect(r).toMatchObject({ ok: true, value: { siteId: twitter, matches: [{ topic: 'baggage' }, { topic: 'lost-luggage', why: expect.stringMatching(/^model: Lost Luggage/) }] } });
    const snap = (await dispatch(core, 'live.snapshot', { window: '1h' })) as Result<LiveSnapshot>;
    if (!snap.ok) throw new Error(snap.error.message);
    expect(snap.value.topicNames).toContainEqual({ topic: 'lost-luggage', label: 'Lost Luggage' });
    expect(snap.value.topics.items.find((t) => t.topic === 'lost-luggage')?.count).toBe(1); // not forum's post: rules only there
    expect(snap.value.topics.items.find((t) => t.topic === 'baggage')?.count).toBe(2);
    await runtime.stop();
    await core.close();
  });
});

describe('topics.train', () => {
  it('trains from a path, stores the model switched off with its figures', async () => {
    const { core } = await withSites();
    const r = (await dispatch(core, 'topics.train', { file: tempFile('reasons.csv', reasonsCsv()), textColumn: 'text', labelColumn: 'reason', by: 'Sam' })) as Result<TopicModelInfo>;
    expect(r).toMatchObject({ ok: true, value: { sourceFile: 'reasons.csv', examples: 10, folds: 5, createdBy: 'Sam', usedBy: [] } });
    if (!r.ok) return;
    expect(r.value.topics.map((t) => [t.topic, t.label, t.examples])).toEqual([['late-flight', 'Late Flight', 5], ['lost-luggage', 'Lost Luggage', 5]]);
    expect(r.value.macroF1).toBeCloseTo((r.value.topics[0].f1 + r.value.topics[1].f1) / 2, 3);
    expect(r.value.foldMacroF1).toHaveLength(5);
    expect(state(await dispatch(core, 'topics.models', {})).choices[0]).toMatchObject({ siteId: null, modelId: null });
    await core.close();
  });

  it('trains from uploaded CSV text named by fileName', async () => {
    const { core } = await withSites();
    const r = await dispatch(core, 'topics.train', { csv: reasonsCsv(), fileName: 'C:\\exports\\reasons.csv', textColumn: 'text', labelColumn: 'reason' });
    expect(r).toMatchObject({ ok: true, value: { examples: 10 } });
    await core.close();
  });

  it.each([
    [{ textColumn: 'body', labelColumn: 'reason' }, reasonsCsv(), 'textColumn', 'missing column "body" (columns found: text, reason)'],
    [{ textColumn: 'text', labelColumn: 'negativereason' }, reasonsCsv(), 'labelColumn', 'missing column "negativereason"'],
    [{ textColumn: 'text', labelColumn: 'reason' }, reasonsCsv(REASON_ROWS.slice(0, 5)), 'labelColumn', 'need at least 2 labels in column "reason" to learn topics; found only "Lost Luggage" (5 rows)'],
    [{ textColumn: 'text', labelColumn: 'reason' }, 'text,reason\nhello,\n', 'labelColumn', 'no row has a label in column "reason"'],
    [{ textColumn: 'text', labelColumn: 'reason' }, reasonsCsv(REASON_ROWS.slice(3, 7)), 'labelColumn', 'need at least 5 labelled rows for 5-fold cross-validation; column "reason" has 4'],
  ])('refuses %j, naming what is wrong', async (cols, csv, field, message) => {
    const { core } = await withSites();
    const r = await dispatch(core, 'topics.train', { csv, fileName: 'reasons.csv', ...cols });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-request', field } });
    if (!r.ok) expect(r.error.message).toContain(message);
    expect(state(await dispatch(core, 'topics.models', {})).models).toEqual([]);
    await core.close();
  });

  it('refuses both a path and CSV text, and a missing file', async () => {
    const { core } = await withSites();
    expect(await dispatch(core, 'topics.train', { file: '/x.csv', csv: 'a', textColumn: 'text', labelColumn: 'reason' })).toMatchObject({ ok: false, error: { field: 'file' } });
    expect(await dispatch(core, 'topics.train', { file: '/no/such/reasons.csv', textColumn: 'text', labelColumn: 'reason' })).toMatchObject({ ok: false, error: { code: 'not-found', field: 'file' } });
    await core.close();
  });
});
