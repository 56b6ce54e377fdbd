import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { LiveEngine } from './engine';
import { clockedCore, pushPosts } from './liveFixtures';
import { buildSnapshot } from './snapshot';

const MIN = 60_000;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('LiveEngine', () => {
  it('counts stored posts per site and label on start, then follows new ones', async () => {
    const { core } = await clockedCore();
    await pushPosts(core, [
      { id: '1', ago: 10 * MIN, label: 'negative' },
      { id: '2', ago: 10 * MIN, site: 'forum', label: 'positive' },
      { id: '3', ago: 2 * 3600_000, label: 'neutral' }, // outside the hour
      { id: 'c1', ago: 10 * MIN, author: 'acme', company: true, label: 'negative' }, // our own reply
    ]);
    const engine = new LiveEngine(core);
    let s = await buildSnapshot(engine, { window: '1h' });
    expect(s.buckets).toHaveLength(60);
    expect(s.totals).toEqual({ posts: 2, negative: 1, scored: 2 });
    expect(s.sites.map((x) => x.name)).toEqual(['forum', 'twitter']);
    const twitter = s.sites.find((x) => x.name === 'twitter')!.id;
    expect(s.volume.find((v) => v.siteId === twitter)?.counts[49]).toBe(1);

    await pushPosts(core, [{ id: '4', ago: 0, label: 'negative' }, { id: 'c2', ago: 0, author: 'acme', company: true, label: 'negative' }]);
    expect(await engine.sync()).toBe(true);
    s = await buildSnapshot(engine, { window: '1h', siteIds: [twitter] });
    expect(s.totals).toEqual({ posts: 2, negative: 2, scored: 2 });
    expect(s.sentiment.negative[59]).toBe(1);
    expect(s.negatives.map((n) => n.text)).toEqual(['post 4', 'post 1']);
    expect((await buildSnapshot(engine, { window: '1d' })).totals.posts).toBe(4);
    expect(await engine.sync()).toBe(false);
    await pushPosts(core, [{ id: '5', ago: 0, site: 'newsite', label: 'neutral' }]);
    await engine.sync();
    expect((await buildSnapshot(engine, {})).sites.map((x) => x.name)).toContain('newsite');
    await core.close();
  });

  it('counts the recent hours first and older history a step at a time (progressive start)', async () => {
    const { core } = await clockedCore();
    await pushPosts(core, [
      { id: '1', ago: 30 * MIN, label: 'negative' },
      { id: '2', ago: 3 * 86_400_000, label: 'positive' },
      { id: '3', ago: 20 * 86_400_000, label: null },
    ]);
    const engine = new LiveEngine(core, true);
    let s = await buildSnapshot(engine, { window: '1w' });
    expect([s.totals.posts, s.history]).toEqual([1, 0]);
    let steps = 0;
    while (await engine.loadHistoryStep()) steps++;
    expect(steps).toBeGreaterThan(30);
    s = await buildSnapshot(engine, { window: '1w' });
    expect([s.totals.posts, s.history]).toEqual([2, 1]);
    expect(engine.pending.size).toBe(1);
    await core.close();
  });

  it('moves a post from "not scored" to its label when its score lands', async () => {
    const { core } = await clockedCore();
    const engine = new LiveEngine(core);
    await engine.ready();
    await pushPosts(core, [{ id: '1', ago: MIN, label: null }]);
    await engine.sync();
    expect((await buildSnapshot(engine, {})).sentiment.unscored[58]).toBe(1);
    await core.db.run(
      "INSERT INTO post_scores (post_id, label, score, confidence, language, reasons, model_id, model_version, scored_at) VALUES (1, 'negative', -0.8, 0.9, 'en', '[]', 1, 'x', 0)",
    );
    expect(await engine.sync()).toBe(true);
    const s = await buildSnapshot(engine, {});
    expect([s.sentiment.unscored[58], s.sentiment.negative[58]]).toEqual([0, 1]);
    await core.close();
  });

  it('applies a supervisor correction to the counts', async () => {
    const { core } = await clockedCore();
    await pushPosts(core, [{ id: '1', ago: MIN, label: 'positive', text: 'my bag is lost' }]);
    const engine = new LiveEngine(core);
    await engine.ready();
    while (await engine.backfillTopicsStep());
    expect(await dispatch(core, 'sentiment.correct', { postId: 1, label: 'negative' })).toMatchObject({ ok: true });
    await engine.applyCorrection(1, 'negative');
    const s = await buildSnapshot(engine, { topic: 'baggage' });
    expect([sum(s.sentiment.positive), sum(s.sentiment.negative)]).toEqual([0, 1]);
    await core.close();
  });

  it('counts topics of older posts in the background and ranks rising ones', async () => {
    const { core } = await clockedCore();
    await pushPosts(core, [
      { id: '1', ago: 80 * MIN, text: 'flight delayed again', label: 'negative' },
      { id: '2', ago: 20 * MIN, text: 'my bag is lost', label: 'negative' },
      { id: '3', ago: 10 * MIN, text: 'where is my luggage, bag missing', label: 'negative' },
      { id: '4', ago: 5 * MIN, text: 'delayed two hours', label: 'neutral' },
    ]);
    const engine = new LiveEngine(core);
    let s = await buildSnapshot(engine, { window: '1h' });
    expect(s.topics).toEqual({ coverage: 0, items: [] });
    while (await engine.backfillTopicsStep(2));
    s = await buildSnapshot(engine, { window: '1h' });
    expect(s.topics.coverage).toBe(1);
    expect(s.topics.items.map((t) => [t.topic, t.count, t.previous])).toEqual([['baggage', 2, 0], ['delay', 1, 1]]);
    const bags = await buildSnapshot(engine, { window: '1h', topic: 'baggage' });
    expect(bags.totals.posts).toBe(2);
    expect(bags.negatives.map((n) => n.text)).toEqual(['where is my luggage, bag missing', 'my bag is lost']);
    await pushPosts(core, [{ id: '5', ago: 0, text: 'lost bag again', label: 'negative' }]);
    await engine.sync();
    expect((await buildSnapshot(engine, { window: '15m', topic: 'baggage' })).totals.posts).toBe(2);
    await core.close();
  });

  it('slides the window with the clock and forgets what falls out of every store', async () => {
    const { core, clock } = await clockedCore();
    await pushPosts(core, [{ id: '1', ago: MIN, label: 'negative' }]);
    const engine = new LiveEngine(core);
    expect((await buildSnapshot(engine, { window: '15m' })).totals.posts).toBe(1);
    clock.now += 20 * MIN;
    expect((await buildSnapshot(engine, { window: '15m' })).totals.posts).toBe(0);
    expect((await buildSnapshot(engine, { window: '1h' })).totals.posts).toBe(1);
    clock.now += 40 * 86_400_000;
    await engine.sync();
    expect(engine.stores.minute.bucketCount + engine.stores.hour.bucketCount).toBe(0);
    await core.close();
  });

  it('refuses ranges the live stores no longer cover', async () => {
    const { core, clock } = await clockedCore();
    const r = await dispatch(core, 'live.snapshot', { from: clock.now - 60 * 86_400_000, to: clock.now - 59 * 86_400_000 });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-request', field: 'from' } });
    expect(await dispatch(core, 'live.snapshot', { from: 5 })).toMatchObject({ ok: false, error: { field: 'to' } });
    await core.close();
  });
});
