import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_RULES, type AlertRules } from '../../../shared/domain/alertRules';
import { dispatch } from '../dispatch';
import { clockedCore, pushPosts } from '../live/liveFixtures';
import { liveOf } from '../live/liveRuntime';

const MIN = 60_000;
const WEEK = 7 * 24 * 60 * MIN;

describe('alerts.rules and alerts.saveRules', () => {
  it('starts from the defaults and keeps what a supervisor saves', async () => {
    const { core } = await clockedCore();
    expect(await dispatch(core, 'alerts.rules', {})).toEqual({ ok: true, value: { rules: DEFAULT_ALERT_RULES, defaults: DEFAULT_ALERT_RULES, updatedAt: null, updatedBy: null } });
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
