import { describe, expect, it } from 'vitest';
import type { LiveSnapshot, LiveTick } from '../../../shared/domain/live';
import { dispatch } from '../dispatch';
import { clockedCore, pushPosts } from './liveFixtures';
import { liveOf, type LiveOptions } from './liveRuntime';

const MIN = 60_000;

async function started(opts: LiveOptions = { intervalMs: 3_600_000, heartbeatMs: 5_000 }) {
  const { core, clock } = await clockedCore();
  const runtime = liveOf(core);
  runtime.start(opts); // by default ticks are driven by hand
  await runtime.settled();
  const ticks: LiveTick[] = [];
  core.events.on('metrics.ticked', (t) => ticks.push(t));
  return { core, clock, runtime, ticks };
}

describe('the live timer', () => {
  it('pushes snapshots for watched queries when something changed, else only heartbeats', async () => {
    const { core, clock, runtime, ticks } = await started();
    const first = (await dispatch(core, 'live.snapshot', { window: '15m' })) as { ok: true; value: LiveSnapshot };
    expect(first).toMatchObject({ ok: true, value: { totals: { posts: 0 } } });
    await runtime.tick();
    expect(ticks).toHaveLength(1);
    expect(ticks[0].snapshots.map((s) => s.key)).toEqual([first.value.key]);

    expect(await runtime.tick()).toBeNull(); // nothing new, heartbeat not due
    clock.now += 6_000;
    const beat = await runtime.tick();
    expect(beat).toMatchObject({ snapshots: [], bootId: ticks[0].bootId });

    await pushPosts(core, [{ id: '1', ago: 0, label: 'negative', text: 'refund please' }]);
    const fresh = await runtime.tick();
    expect(fresh?.snapshots[0].totals).toEqual({ posts: 1, negative: 1, scored: 1 });
    expect(fresh?.lastIngestAt).toBe(clock.now);
    expect(fresh!.version).toBeGreaterThan(ticks[0].version);

    clock.now += 2 * MIN; // a window nobody asked for in a while drops out of the ticks
    runtime.interest.clear();
    await pushPosts(core, [{ id: '2', ago: 0, label: 'neutral' }]);
    expect((await runtime.tick())?.snapshots).toEqual([]);
    await runtime.stop();
    await core.close();
  });

  it('raises a critical spike alert once, and acknowledging it from the workstation clears it', async () => {
    const { core, runtime } = await started();
    const raised: string[] = [];
    core.events.on('alerts.raised', (a) => raised.push(a.subject));
    await pushPosts(core, Array.from({ length: 25 }, (_, i) => ({ id: `n${i}`, ago: i * 1000, label: 'negative' as const })));
    const tick = await runtime.tick();
    expect(tick?.alerts).toEqual([expect.objectContaining({ kind: 'volume-spike', severity: 'critical', title: 'Volume spike on twitter' })]);
    expect(tick?.alerts[0].detail).toBe('25 posts in 5 min, expected 0.0 (the larger of 0.0 from the 60 min before and 0.0 at this hour in the 4 weeks before); threshold: ≥ 4× expected (at least 1) and ≥ 20 posts; 100% negative');
    await pushPosts(core, [{ id: 'more', ago: 0, label: 'negative' }]);
    await runtime.tick();
    expect(raised).toHaveLength(1);

    const ack = await dispatch(core, 'alerts.acknowledge', { ids: [tick!.alerts[0].id], by: 'Sam' });
    expect(ack).toMatchObject({ ok: true, value: [{ acknowledgedBy: 'Sam' }] });
    const after = await runtime.tick();
    expect(after?.alerts).toEqual([]);
    expect(await dispatch(core, 'alerts.list', {})).toMatchObject({ ok: true, value: [{ acknowledgedBy: 'Sam' }] });
    await runtime.stop();
    await core.close();
  });

  it('raises a viral negative thread and an influential detractor', async () => {
    const { core, runtime } = await started();
    await pushPosts(core, [
      { id: 'root', ago: 30 * MIN, author: 'angry', label: 'negative', text: 'worst airline ever' },
      { id: 'star', ago: MIN, author: 'celebrity', followers: 250_000, label: 'negative', site: 'forum' },
    ]);
    await pushPosts(core, Array.from({ length: 15 }, (_, i) => ({ id: `r${i}`, ago: (20 - i) * MIN, replyTo: 'root', label: 'neutral' as const })));
    const tick = await runtime.tick();
    expect(tick?.alerts.map((a) => a.kind).sort()).toEqual(['influential-detractor', 'negative-thread']);
    expect(tick?.alerts.find((a) => a.kind === 'negative-thread')?.detail).toBe("@angry's complaint drew 15 replies in 60 min; threshold: ≥ 15 replies");
    await runtime.stop();
    await core.close();
  });
});

describe('ticks after ingests (the app’s timing)', () => {
  async function following(opts: { afterIngestMs: number; minGapMs: number }) {
    const { core, runtime, ticks } = await started({ intervalMs: 3_600_000, ...opts });
    const starts: number[] = [];
    const tickNow = runtime.tick.bind(runtime);
    runtime.tick = () => (starts.push(Date.now()), tickNow());
    return { core, runtime, ticks, starts };
  }

  it('pushes a posted post soon after it is stored, without waiting for the timer', async () => {
    const { core, runtime, ticks } = await following({ afterIngestMs: 10, minGapMs: 50 });
    await dispatch(core, 'live.snapshot', { window: '15m' });
    const next = new Promise<LiveTick>((resolve) => core.events.on('metrics.ticked', resolve));
    await pushPosts(core, [{ id: 'p1', ago: 0, site: 'forum' }]);
    const tick = await next;
    expect(tick.snapshots[0].totals.posts).toBe(1);
    expect(tick.snapshots[0].sites.map((s) => s.name)).toContain('forum');
    expect(ticks.length).toBeGreaterThan(0);
    await runtime.stop();
    await core.close();
  });

  it('starts ticks set off by a stream of ingests at least minGapMs apart', async () => {
    const { core, runtime, starts } = await following({ afterIngestMs: 0, minGapMs: 60 });
    const until = Date.now() + 400;
    for (let i = 0; Date.now() < until; i++) {
      await pushPosts(core, [{ id: `s${i}`, ago: 0 }]);
      await new Promise((r) => setTimeout(r, 5));
    }
    await runtime.stop();
    expect(starts.length).toBeGreaterThan(2);
    const gaps = starts.slice(1).map((t, i) => t - starts[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(59); // timers may round a millisecond down
    await core.close();
  });

  it('follows a tick that ran while posts arrived with another one', async () => {
    const { core, runtime, starts } = await following({ afterIngestMs: 0, minGapMs: 20 });
    const first = runtime.tick();
    core.events.emit('posts.ingested', { count: 1, at: core.now() }); // during the tick: it may have missed them
    await first;
    await new Promise((r) => setTimeout(r, 100));
    expect(starts).toHaveLength(2);
    await runtime.stop();
    await core.close();
  });

  it('brings a newly asked query its snapshot again a moment later, changed or not', async () => {
    const { core, runtime, ticks } = await started({ intervalMs: 3_600_000, welcomeMs: 50 });
    await runtime.tick(); // nothing changes after this one
    await dispatch(core, 'live.snapshot', { window: '1h' });
    await new Promise((r) => setTimeout(r, 200));
    expect(ticks).toHaveLength(2);
    expect(ticks[1].snapshots.map((s) => s.query.window)).toEqual(['1h']);
    await dispatch(core, 'live.snapshot', { window: '1h' }); // asked before: no second welcome
    await new Promise((r) => setTimeout(r, 200));
    expect(ticks).toHaveLength(2);
    await runtime.stop();
    await core.close();
  });

  it('leaves ticks to the timer unless asked to follow ingests', async () => {
    const { core, runtime, ticks } = await started({ intervalMs: 3_600_000 });
    await pushPosts(core, [{ id: 'q1', ago: 0 }]);
    await new Promise((r) => setTimeout(r, 100));
    expect(ticks).toEqual([]);
    await runtime.stop();
    await core.close();
  });
});
