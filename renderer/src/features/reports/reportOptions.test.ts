import { describe, expect, it } from 'vitest';
import { WALL_LOOK } from '../live/chartLook';
import { buildDailySentimentOption, buildSiteVolumeOption, buildTrendOption, weekTicks } from './reportOptions';
import { emptyReport, sampleReport } from './reportFixture';

type AnySeries = { id: string; name: string; data: unknown[]; stack?: string; yAxisIndex?: number };
const seriesOf = (o: { series?: unknown }) => o.series as AnySeries[];
const categories = (axis: unknown) => (axis as { data: string[] }).data;

describe('buildDailySentimentOption', () => {
  it('stacks the labels of each day, negative first, one bar a day', () => {
    const r = sampleReport();
    const o = buildDailySentimentOption(r);
    expect(seriesOf(o).map((s) => [s.id, s.stack])).toEqual([
      ['day:negative', 'day'],
      ['day:neutral', 'day'],
      ['day:positive', 'day'],
      ['day:unscored', 'day'],
    ]);
    expect(seriesOf(o)[0].data).toEqual([5, 4, 3, 5, 4, 3, 5]);
    expect(seriesOf(o)[3].data).toEqual([0, 0, 0, 0, 0, 0, 1]);
    const labels = categories(o.xAxis);
    expect(labels).toHaveLength(7);
    expect(labels[0]).toMatch(/^Mon,? 30 Oct$/);
    expect(labels[6]).toMatch(/^Sun,? 5 Nov$/);
  });

  it('draws zeros for an empty week (the section says so instead)', () => {
    expect(seriesOf(buildDailySentimentOption(emptyReport())).every((s) => s.data.every((v) => v === 0))).toBe(true);
  });

  it('draws every chart at once, without animation (printing and screenshots see the final state)', () => {
    const r = sampleReport();
    expect([buildDailySentimentOption(r), buildTrendOption(r), buildSiteVolumeOption(r)].map((o) => o.animation)).toEqual([false, false, false]);
  });

  it('uses the look it is given', () => {
    expect((buildDailySentimentOption(sampleReport(), WALL_LOOK).textStyle as { fontSize: number }).fontSize).toBe(WALL_LOOK.font);
  });
});

describe('buildTrendOption', () => {
  it('draws posts on the left axis and net sentiment on the right, with a gap where nothing was scored', () => {
    const o = buildTrendOption(sampleReport());
    expect(categories(o.xAxis)).toEqual(['2017-W41', 'W42', 'W43', 'W44']);
    expect((o.xAxis as { axisLabel: { interval: number } }).axisLabel.interval).toBe(0);
    const [volume, net] = seriesOf(o);
    expect([volume.id, volume.yAxisIndex, volume.data]).toEqual(['trend:volume', 0, [90, 100, 110, 120]]);
    expect([net.id, net.yAxisIndex, net.data]).toEqual(['trend:net', 1, ['-', -7, -10, -13]]);
    expect(o.yAxis).toHaveLength(2);
  });
});

describe('weekTicks', () => {
  it('shortens weeks but names the year at the start and where it changes', () => {
    expect(weekTicks(['2020-W52', '2020-W53', '2021-W01', '2021-W02'])).toEqual(['2020-W52', 'W53', '2021-W01', 'W02']);
    expect(weekTicks([])).toEqual([]);
  });
});

describe('buildSiteVolumeOption', () => {
  it('puts the busiest site on top with the previous period behind it', () => {
    const o = buildSiteVolumeOption(sampleReport());
    expect(categories(o.yAxis)).toEqual(['forum', 'twitter']);
    expect(seriesOf(o).map((s) => [s.id, s.name, s.data])).toEqual([
      ['site:previous', '2017-W43', [40, 60]],
      ['site:current', '2017-W44', [40, 80]],
    ]);
  });

  it('draws zero bars for quiet sites and none without sites', () => {
    expect(seriesOf(buildSiteVolumeOption(emptyReport())).map((s) => s.data)).toEqual([[0, 0], [0, 0]]);
    expect(seriesOf(buildSiteVolumeOption({ ...emptyReport(), sites: [] })).every((s) => s.data.length === 0)).toBe(true);
  });
});
