import { describe, expect, it } from 'vitest';
import { DESK_LOOK, WALL_LOOK } from './chartLook';
import { buildSentimentOption, buildTopicsOption, buildVolumeOption, changeLabel, MAX_SITE_SERIES, sharesOf } from './options';
import { sampleSnapshot } from './snapshotFixture';

type AnySeries = { id: string; name?: string; data: unknown[]; stack?: string; label?: { formatter: (p: { dataIndex: number }) => string } };
const seriesOf = (o: { series?: unknown }) => o.series as AnySeries[];

describe('buildVolumeOption', () => {
  it('stacks one bar series per site, busiest first, named and drillable by id', () => {
    const o = buildVolumeOption(sampleSnapshot(), DESK_LOOK);
    expect(seriesOf(o).map((s) => [s.id, s.name, s.stack, s.data])).toEqual([
      ['site:1', 'twitter', 'volume', [3, 0, 5, 2]],
      ['site:2', 'forum', 'volume', [1, 0, 0, 1]],
    ]);
    expect((o.xAxis as { data: string[] }).data).toHaveLength(4);
    expect(o.brush).toBeUndefined();
    expect(buildVolumeOption(sampleSnapshot(), DESK_LOOK, { brush: true }).brush).toMatchObject({ brushType: 'lineX' });
  });

  it('sums sites beyond the limit as "other sites"', () => {
    const volume = Array.from({ length: MAX_SITE_SERIES + 2 }, (_, i) => ({ siteId: i + 1, counts: [1, 1, 1, 1] }));
    const series = seriesOf(buildVolumeOption(sampleSnapshot({ volume }), DESK_LOOK));
    expect(series).toHaveLength(MAX_SITE_SERIES + 1);
    expect(series.at(-1)).toMatchObject({ id: 'site:other', data: [2, 2, 2, 2] });
  });

  it('draws the wall with larger type than the workstation', () => {
    const font = (o: object) => (o as { textStyle: { fontSize: number } }).textStyle.fontSize;
    expect(font(buildVolumeOption(sampleSnapshot(), WALL_LOOK))).toBeGreaterThan(2 * font(buildVolumeOption(sampleSnapshot(), DESK_LOOK)));
  });
});

describe('buildSentimentOption', () => {
  it('plots shares of scored posts in percent, with gaps where nothing was scored', () => {
    expect(sharesOf(sampleSnapshot(), 'negative')).toEqual([50, null, 80, 0]);
    const series = seriesOf(buildSentimentOption(sampleSnapshot(), DESK_LOOK));
    expect(series.find((s) => s.id === 'share:positive')?.data).toEqual([25, null, 20, 50]);
  });

  it('draws the previous-weeks band as a low line plus the height above it', () => {
    const series = seriesOf(buildSentimentOption(sampleSnapshot(), DESK_LOOK));
    expect(series.find((s) => s.id === 'band:negative:low')?.data).toEqual([20, '-', 10, 30]);
    expect(series.find((s) => s.id === 'band:negative:high')?.data).toEqual([30, '-', 0, 30]);
    expect(series.filter((s) => s.stack === 'band:negative')).toHaveLength(2);
  });
});

describe('buildTopicsOption', () => {
  it('lists the most unusual rise on top with its change', () => {
    const o = buildTopicsOption(sampleSnapshot(), DESK_LOOK);
    expect((o.yAxis as { data: string[] }).data).toEqual(['Delay', 'Refund']);
    const current = seriesOf(o).find((s) => s.id === 'topic:current')!;
    expect(current.data).toMatchObject([{ value: 4 }, { value: 6 }]);
    expect([0, 1].map((i) => current.label!.formatter({ dataIndex: i }))).toEqual(['+0%', '+500%']);
  });

  it.each([
    [5, 0, 'new'],
    [10, 5, '+100%'],
    [3, 4, '−25%'],
  ])('changeLabel(%i, %i) is %s', (count, previous, label) => {
    expect(changeLabel(count, previous)).toBe(label);
  });
});
