import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { dispatch } from '../dispatch';
import { memoryCore } from '../testing/fixtures';
import { computeReport } from './computeReport';
import { addPost, authorId, siteId, threadStats } from './reportFixtures';

const ZONE = 'Europe/London';
const WEEK = '2017-W44';
const at = (iso: string): number => Date.parse(iso);

let core: Core;
afterEach(() => core?.close());

describe('computeReport edge cases', () => {
  it('reports an empty week with zeros and nulls, not errors', async () => {
    core = await memoryCore();
    const r = await computeReport(core, { week: WEEK, timeZone: ZONE });
    expect(r.totals.volume).toEqual({ current: 0, previous: 0, delta: 0, changePct: null });
    expect(r.totals.sentiment).toEqual({ positive: 0, neutral: 0, negative: 0, unscored: 0, net: null });
    expect(r.days).toHaveLength(7);
    expect(r.trend).toHaveLength(8);
    expect(r.cases.medianResolutionHours).toBeNull();
    expect([r.sites, r.topics, r.reasons, r.persistence, r.reach, r.alerts, r.channels, r.siteShares]).toEqual([[], [], [], [], [], [], [], []]);
    expect(r.provenance.modelVersions).toEqual([]);
  });

  it('leaves company replies and hidden posts out of volume and sentiment', async () => {
    core = await memoryCore();
    const tw = await siteId(core, 'twitter');
    const acme = await authorId(core, tw, 'acme', true);
    const ann = await authorId(core, tw, 'ann');
    await addPost(core, { site: tw, author: acme, at: at('2017-11-01T10:00:00Z'), text: 'We are sorry about the delay', label: 'negative' });
    await addPost(core, { site: tw, author: ann, at: at('2017-11-01T11:00:00Z'), text: 'buy cheap pills', label: 'positive', relevant: false });
    const r = await computeReport(core, { week: WEEK, timeZone: ZONE });
    expect(r.totals.volume.current).toBe(0);
    expect(r.totals.sentiment.negative).toBe(0);
    expect(r.topics).toEqual([]);
    expect(r.sites).toEqual([expect.objectContaining({ site: 'twitter', responseRate: null, medianFirstResponseMin: null, withinSla: null, slaTargetMin: 60 })]);
  });

  it('counts posts without scores as unscored and keeps net to the scored ones', async () => {
    core = await memoryCore();
    const tw = await siteId(core, 'twitter');
    const ann = await authorId(core, tw, 'ann');
    await addPost(core, { site: tw, author: ann, at: at('2017-10-31T10:00:00Z') });
    await addPost(core, { site: tw, author: ann, at: at('2017-10-31T11:00:00Z'), label: 'positive' });
    await addPost(core, { site: tw, author: ann, at: at('2017-10-31T12:00:00Z'), label: 'positive' });
    await addPost(core, { site: tw, author: ann, at: at('2017-10-31T13:00:00Z'), label: 'negative' });
    const r = await computeReport(core, { week: WEEK, timeZone: ZONE });
    expect(r.totals.sentiment).toEqual({ positive: 2, neutral: 0, negative: 1, unscored: 1, net: 33.3 });
    expect(r.days[1]).toMatchObject({ date: '2017-10-31', volume: 4 });
    expect(r.provenance.modelVersions).toEqual(['test-1']);
  });

  it('cuts days and weeks in the zone: a post at 23:30 UTC on Sunday belongs to the next week in Berlin', async () => {
    core = await memoryCore();
    const tw = await siteId(core, 'twitter');
    const ann = await authorId(core, tw, 'ann');
    await addPost(core, { site: tw, author: ann, at: at('2017-11-05T23:30:00Z'), label: 'negative' });
    expect((await computeReport(core, { week: WEEK, timeZone: 'Europe/London' })).totals.volume.current).toBe(1);
    const berlin = await computeReport(core, { week: WEEK, timeZone: 'Europe/Berlin' });
    expect(berlin.totals.volume.current).toBe(0);
    expect((await computeReport(core, { week: '2017-W45', timeZone: 'Europe/Berlin' })).totals.volume.current).toBe(1);
  });

  it('measures response rate, first response and the SLA target per site', async () => {
    core = await memoryCore();
    const tw = await siteId(core, 'twitter');
    const ann = await authorId(core, tw, 'ann');
    const roots = [];
    for (const [i, minutes] of [[1, 30], [2, 90], [3, null]] as const) {
      const started = at(`2017-11-0${i}T10:00:00Z`);
      const id = await addPost(core, { site: tw, author: ann, at: started, label: 'neutral' });
      await threadStats(core, id, tw, started, minutes === null ? null : started + minutes * 60_000);
      roots.push(id);
    }
    await addPost(core, { site: tw, author: ann, at: at('2017-11-01T10:05:00Z'), parent: roots[0] });
    const r = await computeReport(core, { week: WEEK, timeZone: ZONE });
    expect(r.sites[0]).toMatchObject({ responseRate: 0.6667, medianFirstResponseMin: 60, slaTargetMin: 60, withinSla: 0.5, volume: { current: 4 } });
    expect(r.totals.responseRate.current).toBe(0.6667);
  });

  it('refuses bad ranges, zones and sites naming the field', async () => {
    core = await memoryCore();
    const cases: [unknown, string, RegExp][] = [
      [{ week: WEEK, timeZone: 'Europe/Londres' }, 'timeZone', /IANA/],
      [{ week: WEEK, from: 0, to: 1, timeZone: ZONE }, 'week', /not both/],
      [{ timeZone: ZONE }, 'week', /a week/],
      [{ from: 10, timeZone: ZONE }, 'to', /to is missing/],
      [{ to: 10, timeZone: ZONE }, 'from', /from is missing/],
      [{ from: 10, to: 10, timeZone: ZONE }, 'to', /after from/],
      [{ week: '2021-W53', timeZone: ZONE }, 'week', /only 52 ISO weeks/],
      [{ from: 0, to: 400 * 86_400_000, timeZone: ZONE }, 'to', /366 days/],
    ];
    for (const [req, field, message] of cases) {
      const res = await dispatch(core, 'reports.get', req);
      expect(res).toMatchObject({ ok: false, error: { code: 'invalid-request', field } });
      if (!res.ok) expect(res.error.message).toMatch(message);
    }
    expect(await dispatch(core, 'reports.get', { week: WEEK, timeZone: ZONE, siteId: 99 })).toMatchObject({ ok: false, error: { code: 'not-found', field: 'siteId' } });
  });

  it('compares any range with the range of the same length just before it', async () => {
    core = await memoryCore();
    const tw = await siteId(core, 'twitter');
    const ann = await authorId(core, tw, 'ann');
    await addPost(core, { site: tw, author: ann, at: at('2017-11-01T10:00:00Z') });
    await addPost(core, { site: tw, author: ann, at: at('2017-10-31T10:00:00Z') });
    const r = await computeReport(core, { from: at('2017-11-01T00:00:00Z'), to: at('2017-11-03T00:00:00Z'), timeZone: 'UTC', trendWeeks: 2 });
    expect(r.range).toMatchObject({ label: '2017-11-01 – 2017-11-02', previousLabel: '2017-10-30 – 2017-10-31', previousFrom: at('2017-10-30T00:00:00Z') });
    expect(r.totals.volume).toEqual({ current: 1, previous: 1, delta: 0, changePct: 0 });
    expect(r.days.map((d) => d.date)).toEqual(['2017-11-01', '2017-11-02']);
    expect(r.trend.map((t) => [t.week, t.volume])).toEqual([['2017-W43', 0], ['2017-W44', 2]]);
  });

  it('emits reports.progressed for every step through the handler', async () => {
    core = await memoryCore();
    const seen: string[] = [];
    core.events.on('reports.progressed', (p) => seen.push(`${p.step} ${p.done}/${p.total}`));
    expect(await dispatch(core, 'reports.get', { week: WEEK, timeZone: ZONE })).toMatchObject({ ok: true });
    expect(seen).toEqual(['posts 1/7', 'trend 2/7', 'cases 3/7', 'persistence 4/7', 'people 5/7', 'channels 6/7', 'alerts 7/7']);
  });
});
