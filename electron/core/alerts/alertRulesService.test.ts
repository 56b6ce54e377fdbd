import { describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/contract/result';
import { DEFAULT_ALERT_RULES, type AlertRules } from '../../../shared/domain/alertRules';
import type { Site } from '../../../shared/domain/site';
import { dispatch } from '../dispatch';
import { clockedCore, pushPosts } from '../live/liveFixtures';
import { liveOf } from '../live/liveRuntime';

const MIN = 60_000;
const WEEK = 7 * 24 * 60 * MIN;

describe('alerts.rules and alerts.saveRules', () => {
  it('starts from the defaults and keeps what a supervisor saves', async () => {
    const { core } = await clockedCore();
    expect(await dispatch(core, 'alerts.rules', {})).toEqual({ ok: true, value: { rules: DEFAULT_ALERT_RULES, defaults: DEFAULT_ALERT_RULES, updatedAt: null, updatedBy: null, siteId: null, overridden: [], overrides: [] } });
    const rules: AlertRules = { ...DEFAULT_ALERT_RULES, spikeFactor: 2.5, detractorMinFollowers: 5_000 };
    expect(await dispatch(core, 'alerts.saveRules', { rules, by: 'Sam' })).toMatchObject({ ok: true, value: { rules, updatedAt: core.now(), updatedBy: 'Sam' } });
    expect(await dispatch(core, 'alerts.rules', {})).toMatchObject({ ok: true, value: { rules } });
    const runtime = liveOf(core);
    runtime.setRules(DEFAULT_ALERT_RULES);
    runtime.start({ intervalMs: 3_600_000 });
    await runtime.tick(); // a started detector reads the saved thresholds
    expect(runtime.rules).toEqual(rules);
    await runtime.stop();
    await core.close();
  });

  it.each([
    [{ spikeFactor: 0.5 }, 'rules.spikeFactor', 'spikeFactor (Spike factor (times the usual count)) must be between 1.1 and 100 times; got 0.5'],
    [{ spikeWindowMs: 90 * MIN }, 'rules.spikeWindowMs', 'must be between 1 and 60 minutes; got 90'],
    [{ spikeWindowMs: 30_000 }, 'rules.spikeWindowMs', 'got 0.5'],
    [{ spikeMinPosts: 2.5 }, 'rules.spikeMinPosts', 'must be a whole number of posts'],
    [{ spikeBaselineMs: 10 * MIN, spikeWindowMs: 15 * MIN }, 'rules.spikeBaselineMs', 'at least as long as the spike window'],
    [{ threadWindowMs: 2 * 3_600_000 }, 'rules.threadWindowMs', 'between 5 and 60 minutes'],
    [{ detractorMinFollowers: -1 }, 'rules.detractorMinFollowers', 'between 1 and 1000000000 followers'],
    [{ coolDownMs: undefined }, 'rules.coolDownMs', 'coolDownMs (Cool-down before the same subject raises again) must be a number'],
  ])('refuses %j naming %s', async (change, field, message) => {
    const { core } = await clockedCore();
    const r = await dispatch(core, 'alerts.saveRules', { rules: { ...DEFAULT_ALERT_RULES, ...change } });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-request', field } });
    if (!r.ok) expect(r.error.message).toContain(message);
    expect(await dispatch(core, 'alerts.rules', {})).toMatchObject({ ok: true, value: { updatedAt: null } });
    await core.close();
  });

  it('refuses an unknown threshold', async () => {
    const { core } = await clockedCore();
    const r = await dispatch(core, 'alerts.saveRules', { rules: { ...DEFAULT_ALERT_RULES, spikeFactr: 3 } });
    expect(r).toMatchObject({ ok: false, error: { field: 'rules', message: 'unknown threshold "spikeFactr"' } });
    await core.close();
  });
});

describe('the detector reads the saved thresholds', () => {
  it('a lower spike threshold makes a spike alert fire on the same data that did not fire before', async () => {
    const { core } = await clockedCore();
    const runtime = liveOf(core);
    runtime.start({ intervalMs: 3_600_000 });
    await runtime.settled();
    await pushPosts(core, Array.from({ length: 12 }, (_, i) => ({ id: `n${i}`, ago: i * 10_000, label: 'negative' as const })));
    expect((await runtime.tick())?.alerts).toEqual([]); // 12 posts: under the default minimum of 20

    const rules = { ...DEFAULT_ALERT_RULES, spikeMinPosts: 10, spikeFactor: 3 };
    expect(await dispatch(core, 'alerts.saveRules', { rules })).toMatchObject({ ok: true });
    const tick = await runtime.tick();
    expect(tick?.alerts).toEqual([expect.objectContaining({ kind: 'volume-spike', title: 'Volume spike on twitter' })]);
    expect(tick?.alerts[0].detail).toBe('12 posts in 5 min, expected 0.0 (the larger of 0.0 from the 60 min before and 0.0 at this hour in the 4 weeks before); threshold: ≥ 3× expected (at least 1) and ≥ 10 posts; 100% negative');
    await runtime.stop();
    await core.close();
  });

  it('a burst as busy as this hour usually is raises nothing, unless past weeks are left out', async () => {
    const { core } = await clockedCore();
    const runtime = liveOf(core);
    runtime.start({ intervalMs: 3_600_000 });
    await runtime.settled();
    const weeks = [1, 2, 3, 4].flatMap((k) => Array.from({ length: 120 }, (_, i) => ({ id: `w${k}-${i}`, ago: k * WEEK + 30 * MIN, label: 'neutral' as const })));
    await pushPosts(core, weeks);
    await pushPosts(core, Array.from({ length: 25 }, (_, i) => ({ id: `n${i}`, ago: i * 1000, label: 'negative' as const })));
    expect((await runtime.tick())?.alerts).toEqual([]); // expected 10 in 5 min at this hour: 25 < 4 × 10
    await dispatch(core, 'alerts.saveRules', { rules: { ...DEFAULT_ALERT_RULES, spikeWeeks: 0 } });
    const tick = await runtime.tick();
    expect(tick?.alerts.map((a) => a.detail)).toEqual(['25 posts in 5 min, expected 0.0 (0.0 from the 60 min before); threshold: ≥ 4× expected (at least 1) and ≥ 20 posts; 100% negative']);
    await runtime.stop();
    await core.close();
  });

  it('a higher follower cut-off keeps a detractor alert from firing', async () => {
    const { core } = await clockedCore();
    const runtime = liveOf(core);
    runtime.start({ intervalMs: 3_600_000 });
    await runtime.settled();
    await dispatch(core, 'alerts.saveRules', { rules: { ...DEFAULT_ALERT_RULES, detractorMinFollowers: 500_000 } });
    await pushPosts(core, [{ id: 'star', ago: MIN, author: 'celebrity', followers: 250_000, label: 'negative' }]);
    expect((await runtime.tick())?.alerts).toEqual([]);
    await dispatch(core, 'alerts.saveRules', { rules: { ...DEFAULT_ALERT_RULES, detractorMinFollowers: 200_000 } });
    await pushPosts(core, [{ id: 'star2', ago: 0, author: 'celebrity', followers: 250_000, label: 'negative' }]);
    const tick = await runtime.tick();
    expect(tick?.alerts.map((a) => a.detail)).toEqual(['@celebrity (250,000 followers) posted a negative message; threshold: ≥ 200,000 followers']);
    await runtime.stop();
    await core.close();
  });
});

describe('a site\'s own thresholds', () => {
  async function twoSites() {
    const { core } = await clockedCore();
    await pushPosts(core, [{ id: 's1', ago: 2 * WEEK, site: 'twitter' }, { id: 's2', ago: 2 * WEEK, site: 'forum' }]);
    const sites = (await dispatch(core, 'sites.list', {})) as Result<Site[]>;
    const idOf = (name: string): number => (sites.ok ? sites.value.find((s) => s.name === name)!.id : 0);
    return { core, twitter: idOf('twitter'), forum: idOf('forum') };
  }

  it('keeps only what differs from the thresholds for all sites, and goes back to them', async () => {
    const { core, forum, twitter } = await twoSites();
    const all = { ...DEFAULT_ALERT_RULES, spikeFactor: 3 };
    await dispatch(core, 'alerts.saveRules', { rules: all });
    const own = { ...all, spikeMinPosts: 5, coolDownMs: 10 * MIN };
    expect(await dispatch(core, 'alerts.saveRules', { siteId: forum, rules: own, by: 'Sam' })).toEqual({
      ok: true,
      value: { rules: own, defaults: all, updatedAt: core.now(), updatedBy: 'Sam', siteId: forum, overridden: ['spikeMinPosts', 'coolDownMs'], overrides: [forum] },
    });
    expect(await dispatch(core, 'alerts.rules', { siteId: twitter })).toMatchObject({ ok: true, value: { rules: all, overridden: [], overrides: [forum] } });
    expect(await dispatch(core, 'alerts.rules', {})).toMatchObject({ ok: true, value: { rules: all, siteId: null } });
    await dispatch(core, 'alerts.saveRules', { rules: { ...all, spikeFactor: 5 } }); // the site follows what it does not set itself
    expect(await dispatch(core, 'alerts.rules', { siteId: forum })).toMatchObject({ ok: true, value: { rules: { ...own, spikeFactor: 5 } } });
    expect(await dispatch(core, 'alerts.saveRules', { siteId: forum, rules: null })).toMatchObject({ ok: true, value: { rules: { ...all, spikeFactor: 5 }, overridden: [], overrides: [] } });
    expect(await dispatch(core, 'alerts.saveRules', { rules: null })).toMatchObject({ ok: true, value: { rules: DEFAULT_ALERT_RULES, updatedAt: null } });
    await core.close();
  });

  it.each([
    [{ spikeWindowMs: 10 * MIN }, 'rules.spikeWindowMs', 'spikeWindowMs (Spike window): the same for every site'],
    [{ spikeWeeks: 1, threadWindowMs: 30 * MIN }, 'rules.spikeWeeks', 'spikeWeeks (Spike: usual count also from this hour in previous weeks), threadWindowMs (Viral thread window): the same for every site'],
    [{ spikeFactor: 0.5 }, 'rules.spikeFactor', 'must be between 1.1 and 100'],
  ])('refuses %j for a site naming %s', async (change, field, message) => {
    const { core, forum } = await twoSites();
    const r = await dispatch(core, 'alerts.saveRules', { siteId: forum, rules: { ...DEFAULT_ALERT_RULES, ...change } });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-request', field } });
    if (!r.ok) expect(r.error.message).toContain(message);
    expect(await dispatch(core, 'alerts.saveRules', { siteId: 999, rules: DEFAULT_ALERT_RULES })).toMatchObject({ ok: false, error: { code: 'not-found', field: 'siteId' } });
    await core.close();
  });

  it('the detector uses each site\'s thresholds and says whose they are', async () => {
    const { core, forum } = await twoSites();
    const runtime = liveOf(core);
    runtime.start({ intervalMs: 3_600_000 });
    await runtime.settled();
    const burst = (site: string) => Array.from({ length: 12 }, (_, i) => ({ id: `${site}${i}`, ago: i * 10_000, site, label: 'negative' as const }));
    await pushPosts(core, [...burst('twitter'), ...burst('forum')]);
    expect((await runtime.tick())?.alerts).toEqual([]); // 12 posts each: under the minimum of 20
    await dispatch(core, 'alerts.saveRules', { siteId: forum, rules: { ...DEFAULT_ALERT_RULES, spikeMinPosts: 10 } });
    const tick = await runtime.tick();
    expect(tick?.alerts.map((a) => [a.title, a.detail])).toEqual([
      ['Volume spike on forum', "12 posts in 5 min, expected 0.0 (the larger of 0.0 from the 60 min before and 0.0 at this hour in the 4 weeks before); threshold (forum's own): ≥ 4× expected (at least 1) and ≥ 10 posts; 100% negative"],
    ]);
    await runtime.stop();
    await core.close();
  });
});
