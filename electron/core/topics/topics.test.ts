import { describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/contract/result';
import type { LiveSnapshot } from '../../../shared/domain/live';
import type { Site } from '../../../shared/domain/site';
import type { TopicTestResult } from '../../../shared/domain/topics';
import type { TopicRule } from '../../../shared/sentiment/topicRules';
import { DEFAULT_TOPIC_RULES } from '../../../shared/sentiment/topicRules';
import type { Core } from '../core';
import { dispatch } from '../dispatch';
import { clockedCore, pushPosts } from '../live/liveFixtures';
import { liveOf } from '../live/liveRuntime';

const MIN = 60_000;
const LOUNGE: TopicRule = { topic: 'lounge', label: 'Lounge', keywords: ['lounge*', 'club room'], exclude: ['no lounge'] };
const TWITTER_RULES: TopicRule[] = [{ topic: 'baggage', label: 'Bags (twitter)', keywords: ['suitcase'] }, LOUNGE];

async function withSites(): Promise<{ core: Core; twitter: number; forum: number }> {
  const { core } = await clockedCore();
  await pushPosts(core, [{ id: 'seed1', ago: 10 * MIN, site: 'twitter' }, { id: 'seed2', ago: 10 * MIN, site: 'forum' }]);
  const sites = (await dispatch(core, 'sites.list', {})) as Result<Site[]>;
  if (!sites.ok) throw new Error('no sites');
  const idOf = (name: string): number => sites.value.find((s) => s.name === name)!.id;
  return { core, twitter: idOf('twitter'), forum: idOf('forum') };
}

const topicsOf = async (core: Core, text: string, siteId?: number): Promise<string[]> => {
  const r = (await dispatch(core, 'topics.test', { text, siteId })) as Result<TopicTestResult>;
  if (!r.ok) throw new Error(r.error.message);
  return r.value.matches.map((m) => m.topic);
};

describe('topic rule sets: a site override against the default', () => {
  it.each([
    // text, site, topics before any save, after twitter gets its own set
    ['my suitcase and bag are lost', 'twitter', ['baggage'], ['baggage']],
    ['my bag is lost', 'twitter', ['baggage'], []],
    ['the lounge was closed', 'twitter', [], ['lounge']],
    ['no lounge access, flight delayed', 'twitter', ['delay'], []],
    ['the lounge was closed', 'forum', [], []],
    ['my bag is lost', 'forum', ['baggage'], ['baggage']],
    ['my bag is lost', null, ['baggage'], ['baggage']],
  ])('%s on %s: %j, then %j', async (text, site, before, after) => {
    const { core, twitter, forum } = await withSites();
    const siteId = site === 'twitter' ? twitter : site === 'forum' ? forum : undefined;
    expect(await topicsOf(core, text, siteId)).toEqual(before);
    expect(await dispatch(core, 'topics.saveRules', { siteId: twitter, rules: TWITTER_RULES, by: 'Sam' })).toMatchObject({ ok: true, value: { set: { source: 'site' }, recount: 'background' } });
    expect(await topicsOf(core, text, siteId)).toEqual(after);
    await core.close();
  });

  it('reports where the rules come from, and a removed override falls back to the default set', async () => {
    const { core, twitter, forum } = await withSites();
    expect(await dispatch(core, 'topics.rules', { siteId: forum })).toMatchObject({ ok: true, value: { source: 'built-in', rules: DEFAULT_TOPIC_RULES, overrides: [] } });
    await dispatch(core, 'topics.saveRules', { siteId: null, rules: [LOUNGE] });
    await dispatch(core, 'topics.saveRules', { siteId: twitter, rules: TWITTER_RULES, by: 'Sam' });
    expect(await dispatch(core, 'topics.rules', { siteId: forum })).toMatchObject({ ok: true, value: { siteId: forum, source: 'default', rules: [LOUNGE], overrides: [twitter] } });
    expect(await dispatch(core, 'topics.rules', { siteId: twitter })).toMatchObject({ ok: true, value: { source: 'site', rules: TWITTER_RULES, updatedBy: 'Sam' } });
    expect(await dispatch(core, 'topics.saveRules', { siteId: twitter, rules: null })).toMatchObject({ ok: true, value: { set: { source: 'default', overrides: [] } } });
    expect(await topicsOf(core, 'my suitcase', twitter)).toEqual([]);
    await dispatch(core, 'topics.saveRules', { siteId: null, rules: null });
    expect(await dispatch(core, 'topics.rules', {})).toMatchObject({ ok: true, value: { siteId: null, source: 'built-in' } });
    await core.close();
  });

  it('tests unsaved rules sent by the editor without storing them', async () => {
    const { core, twitter } = await withSites();
    expect(await dispatch(core, 'topics.test', { text: 'Lounges closed', siteId: twitter, rules: [LOUNGE] })).toMatchObject({ ok: true, value: { source: 'unsaved', matches: [{ topic: 'lounge', label: 'Lounge', matched: ['Lounges'] }] } });
    expect(await dispatch(core, 'topics.rules', { siteId: twitter })).toMatchObject({ ok: true, value: { source: 'built-in' } });
    await core.close();
  });
});

describe('invalid topic rule sets are refused, naming the rule and field', () => {
  it.each([
    [[{ topic: 'lounge', keywords: [] }], 'rules[0].keywords', 'rule 1 (lounge): "keywords" must be a non-empty list'],
    [[LOUNGE, { topic: 'Lounge 2', keywords: ['x'] }], 'rules[1].topic', 'rule 2 (Lounge 2): "topic" must be lower-case'],
    [[LOUNGE, LOUNGE], 'rules[1].topic', 'used by an earlier rule'],
    [[{ ...LOUNGE, exclude: 'no lounge' }], 'rules[0].exclude', '"exclude" must be a list of strings'],
    [[{ ...LOUNGE, keywords: ['lounge', '...'] }], 'rules[0].keywords', 'entry 2 ("...") has no words to match'],
    [{ topic: 'x' }, 'rules', 'topic rules must be an array'],
  ])('%j', async (rules, field, message) => {
    const { core, twitter } = await withSites();
    const r = await dispatch(core, 'topics.saveRules', { siteId: twitter, rules });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-request', field } });
    if (!r.ok) expect(r.error.message).toContain(message);
    expect(await dispatch(core, 'topics.rules', { siteId: twitter })).toMatchObject({ ok: true, value: { source: 'built-in' } });
    await core.close();
  });

  it('refuses an unknown site and more topics than the live counts keep', async () => {
    const { core, twitter, forum } = await withSites();
    expect(await dispatch(core, 'topics.saveRules', { siteId: 999, rules: [LOUNGE] })).toMatchObject({ ok: false, error: { code: 'not-found', field: 'siteId' } });
    const many = (prefix: string): TopicRule[] => Array.from({ length: 30 }, (_, i) => ({ topic: `${prefix}${i}`, keywords: ['x'] }));
    expect(await dispatch(core, 'topics.saveRules', { siteId: twitter, rules: many('a') })).toMatchObject({ ok: true });
    const r = await dispatch(core, 'topics.saveRules', { siteId: forum, rules: many('b') });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-request', field: 'rules', message: expect.stringMatching(/at most 63 distinct topics \(this would make 73\)/) } });
    await core.close();
  });
});

describe('live counts follow a rule change', () => {
  const snap = async (core: Core, q: object): Promise<LiveSnapshot> => {
    const r = (await dispatch(core, 'live.snapshot', { window: '1h', ...q })) as Result<LiveSnapshot>;
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  const lounge = (s: LiveSnapshot) => s.topics.items.find((t) => t.topic === 'lounge')?.count ?? 0;

  it('classifies new posts with the new rules and recounts stored ones', async () => {
    const { core, twitter } = await withSites();
    const runtime = liveOf(core);
    runtime.start({ intervalMs: 3_600_000 });
    await runtime.settled();
    await pushPosts(core, [{ id: 'old', ago: 5 * MIN, site: 'twitter', text: 'the lounge was closed', label: 'negative' }]);
    await runtime.tick();
    expect(lounge(await snap(core, {}))).toBe(0);
    expect(await dispatch(core, 'live.snapshot', { window: '1h', topic: 'lounge' })).toMatchObject({ ok: false, error: { field: 'topic', message: expect.stringContaining('unknown topic "lounge"') } });

    await dispatch(core, 'topics.saveRules', { siteId: twitter, rules: [...DEFAULT_TOPIC_RULES, LOUNGE] });
    await runtime.settled();
    const after = await snap(core, {});
    expect(after.topicNames).toContainEqual({ topic: 'lounge', label: 'Lounge' });
    expect(lounge(after)).toBe(1); // the stored post was recounted with the new rules

    await pushPosts(core, [
      { id: 'new', ago: 0, site: 'twitter', text: 'lounge full again', label: 'negative' },
      { id: 'elsewhere', ago: 0, site: 'forum', text: 'lounge full', label: 'negative' },
    ]);
    await runtime.tick();
    const s = await snap(core, { topic: 'lounge' });
    expect(lounge(s)).toBe(2); // forum follows the default set, which has no lounge topic
    expect(s.negatives.map((n) => n.text)).toEqual(['lounge full again', 'the lounge was closed']);
    const drill = await dispatch(core, 'live.drill', { from: core.now() - 3_600_000, to: core.now() + 1, topic: 'lounge' });
    expect(drill).toMatchObject({ ok: true, value: { total: 2 } });
    await runtime.stop();
    await core.close();
  });
});
