import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WeeklyReport } from '../../../shared/domain/report';
import { classifyTopics } from '../../../shared/sentiment/topics';
import { isoWeekRange } from '../../../shared/time/isoWeek';
import type { Core } from '../core';
import { computeReport } from './computeReport';
import { demoCore } from './reportFixtures';

const ZONE = 'Europe/London';
const WEEK = '2017-W44';

/** Independent SQL: customers' relevant posts in [from, to), with the effective label, per site and label. */
const COUNTS_SQL = `SELECT p.site_id, coalesce((SELECT c.label FROM sentiment_corrections c WHERE c.post_id = p.id ORDER BY c.id DESC LIMIT 1), s.label) AS label, count(*) AS n
  FROM posts p JOIN authors a ON a.id = p.author_id LEFT JOIN post_scores s ON s.post_id = p.id
  WHERE p.created_at >= ? AND p.created_at < ? AND p.relevant = 1 AND a.is_company = 0 GROUP BY 1, 2`;

const withoutGenerated = (r: WeeklyReport): unknown => ({ ...r, provenance: { ...r.provenance, generatedAt: 0 } });

describe('computeReport on the seeded demo', () => {
  let core: Core;
  let report: WeeklyReport;
  const range = isoWeekRange(WEEK, ZONE);
  const before = isoWeekRange('2017-W43', ZONE);

  beforeAll(async () => {
    core = await demoCore();
    // A supervisor's correction wins over the model's label.
    const first = await core.db.get<{ id: number }>("SELECT p.id FROM posts p JOIN post_scores s ON s.post_id = p.id WHERE s.label = 'neutral' AND p.created_at >= ? ORDER BY p.id LIMIT 1", [range.start]);
    await core.db.run("INSERT INTO sentiment_corrections (post_id, label, corrected_by, corrected_at) VALUES (?, 'negative', 'test', 0)", [first!.id]);
    report = await computeReport(core, { week: WEEK, timeZone: ZONE });
  });
  afterAll(() => core.close());

  it('counts volume and sentiment per site as SQL written independently does', async () => {
    const rows = await core.db.all<{ site_id: number; label: string | null; n: number }>(COUNTS_SQL, [range.start, range.end]);
    const sum = (f: (r: (typeof rows)[number]) => boolean): number => rows.filter(f).reduce((a, r) => a + r.n, 0);
    expect(report.totals.volume.current).toBe(sum(() => true));
    expect(report.totals.volume.current).toBeGreaterThan(100);
    expect(report.totals.sentiment.negative).toBe(sum((r) => r.label === 'negative'));
    expect(report.totals.sentiment.positive).toBe(sum((r) => r.label === 'positive'));
    expect(report.totals.sentiment.unscored).toBe(sum((r) => r.label === null));
    for (const site of report.sites) {
      expect(site.volume.current).toBe(sum((r) => r.site_id === site.siteId));
      expect(site.sentiment.negative).toBe(sum((r) => r.site_id === site.siteId && r.label === 'negative'));
    }
    const previous = await core.db.all<{ n: number }>(COUNTS_SQL, [before.start, before.end]);
    expect(report.totals.volume.previous).toBe(previous.reduce((a, r) => a + r.n, 0));
    const s = report.totals.sentiment;
    expect(s.net).toBeCloseTo(((s.positive - s.negative) / (s.positive + s.neutral + s.negative)) * 100, 1);
  });

  it('gives each site the response rate and median first response of its threads', async () => {
    for (const site of report.sites) {
      const started = await core.db.get<{ n: number }>(
        `SELECT count(*) AS n FROM posts p JOIN authors a ON a.id = p.author_id
         WHERE p.site_id = ? AND p.parent_id IS NULL AND p.relevant = 1 AND a.is_company = 0 AND p.created_at >= ? AND p.created_at < ?`,
        [site.siteId, range.start, range.end],
      );
      const delays = await core.db.all<{ ms: number }>(
        `SELECT t.first_company_at - t.started_at AS ms FROM thread_stats t JOIN posts p ON p.id = t.root_id JOIN authors a ON a.id = p.author_id
         WHERE t.site_id = ? AND t.started_at >= ? AND t.started_at < ? AND t.first_company_at IS NOT NULL AND t.root_by_company = 0 AND p.relevant = 1 AND a.is_company = 0
         ORDER BY ms`,
        [site.siteId, range.start, range.end],
      );
      expect(site.responseRate).toBe(started!.n ? Number((delays.length / started!.n).toFixed(4)) : null);
      if (delays.length % 2 === 1) expect(site.medianFirstResponseMin).toBe(Number((delays[(delays.length - 1) / 2].ms / 60_000).toFixed(1)));
    }
    expect(report.sites.some((s) => s.responseRate !== null && s.responseRate > 0)).toBe(true);
  });

  it('splits the week into seven local days and the trend ends with the week', () => {
    expect(report.days.map((d) => d.date)).toEqual(['2017-10-30', '2017-10-31', '2017-11-01', '2017-11-02', '2017-11-03', '2017-11-04', '2017-11-05']);
    expect(report.days.reduce((a, d) => a + d.volume, 0)).toBe(report.totals.volume.current);
    expect(report.trend.map((t) => t.week)).toEqual(['2017-W37', '2017-W38', '2017-W39', '2017-W40', '2017-W41', '2017-W42', '2017-W43', '2017-W44']);
    expect(report.trend.at(-1)!.volume).toBe(report.totals.volume.current);
    expect(report.trend.at(-2)!.volume).toBe(report.totals.volume.previous);
    expect(report.trend.at(-1)!.net).toBe(report.totals.sentiment.net);
  });

  it('counts topics as classifyTopics does over the same posts', async () => {
    const texts = await core.db.all<{ text: string }>(
      'SELECT p.text FROM posts p JOIN authors a ON a.id = p.author_id WHERE p.created_at >= ? AND p.created_at < ? AND p.relevant = 1 AND a.is_company = 0',
      [range.start, range.end],
    );
    const delay = texts.filter((t) => classifyTopics(t.text).some((m) => m.label === 'Delay')).length;
    expect(delay).toBeGreaterThan(0);
    expect(report.topics.find((t) => t.group === null && t.name === 'Delay')?.count.current).toBe(delay);
    const all = report.topics.filter((t) => t.group === null).map((t) => t.count.current);
    expect(all).toEqual([...all].sort((a, b) => b - a));
  });

  it('names its provenance', () => {
    expect(report.provenance).toMatchObject({ dbName: ':memory:', timeZone: ZONE, piiIncluded: false, fromSnapshot: false, schemaVersion: core.schemaVersion });
    expect(report.provenance.snapshotHash).toMatch(/^[0-9a-f]{64}$/);
    expect(report.provenance.modelVersions.length).toBeGreaterThan(0);
    expect(Object.keys(report.provenance.ruleVersions).sort()).toEqual(['persistence', 'pii', 'report', 'sla', 'topics']);
  });

  it('gives a deep-equal report when regenerated from the same data', async () => {
    const again = await computeReport(core, { week: WEEK, timeZone: ZONE });
    expect(withoutGenerated(again)).toEqual(withoutGenerated(report));
    expect(JSON.stringify(withoutGenerated(again))).toBe(JSON.stringify(withoutGenerated(report)));
  });

  it('limits every post figure to one site with a site filter', async () => {
    const site = report.sites[0];
    const one = await computeReport(core, { week: WEEK, timeZone: ZONE, siteId: site.siteId });
    expect(one.siteFilter).toBe(site.site);
    expect(one.sites).toHaveLength(1);
    expect(one.totals.volume).toEqual(site.volume);
    expect(one.trend.at(-1)!.volume).toBe(site.volume.current);
    expect(one.provenance.snapshotHash).not.toBe(report.provenance.snapshotHash);
  });
});
