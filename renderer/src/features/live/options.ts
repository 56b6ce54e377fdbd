// Pure option builders: a snapshot in, an ECharts option out. The workstation and the wall draw
// the same builders with a different look.
import type { LiveSnapshot, ShareBand } from '../../../../shared/domain/live';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { ChartOption } from '../../components/EChart';
import { LABEL_COLOURS, SITE_COLOURS, timeLabel, type ChartLook } from './chartLook';

/** Most sites drawn as their own series; the rest are summed as "other sites". */
export const MAX_SITE_SERIES = 8;

type Series = (LineSeriesOption | BarSeriesOption)[];

/**
 * Charts draw in once, then each tick (up to 4 a second while posts stream in) redraws at once:
 * update animations kept the charts animating all the time under load, and those frames delayed
 * the next snapshot's drawing by hundreds of milliseconds on a busy machine.
 */
const MOTION: Pick<ChartOption, 'animationDurationUpdate'> = { animationDurationUpdate: 0 };

function axes(s: LiveSnapshot, look: ChartLook, yPercent = false): Pick<ChartOption, 'xAxis' | 'yAxis' | 'grid' | 'textStyle'> {
  const small = { color: look.muted, fontSize: look.font };
  return {
    textStyle: { color: look.text, fontSize: look.font },
    grid: { left: look.font * 4.6, right: look.font * 1.5, top: look.font * 3.2, bottom: look.font * 2.4 },
    xAxis: {
      type: 'category',
      data: s.buckets.map((t) => timeLabel(t, s.bucketMs)),
      axisLabel: { ...small, hideOverlap: true },
      axisLine: { lineStyle: { color: look.grid } },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: yPercent ? 100 : undefined,
      minInterval: 1,
      // the 0 label would collide with the first time label; the baseline speaks for itself
      axisLabel: { ...small, margin: look.font * 0.7, showMinLabel: false, formatter: yPercent ? '{value}%' : '{value}' },
      splitLine: { lineStyle: { color: look.grid } },
    },
  };
}

const legend = (look: ChartLook): ChartOption['legend'] => ({
  top: 0,
  left: 0,
  textStyle: { color: look.text, fontSize: look.font },
  itemWidth: look.font,
  itemHeight: look.font * 0.7,
  inactiveColor: look.grid,
});

/**
 * Volume by site over time: stacked bars, one series per site (busiest first, the rest summed).
 * Series ids are `site:<id>` (or `site:other`) so a click can drill into the site's bucket.
 */
export function buildVolumeOption(s: LiveSnapshot, look: ChartLook, opts: { brush?: boolean } = {}): ChartOption {
  const names = new Map(s.sites.map((x) => [x.id, x.name]));
  const shown = s.volume.slice(0, MAX_SITE_SERIES);
  const rest = s.volume.slice(MAX_SITE_SERIES);
  const series: Series = shown.map((v, i) => ({
    id: `site:${v.siteId}`,
    name: names.get(v.siteId) ?? `site ${v.siteId}`,
    type: 'bar',
    stack: 'volume',
    data: v.counts,
    itemStyle: { color: SITE_COLOURS[i % SITE_COLOURS.length] },
    barCategoryGap: '15%',
    animationDuration: 300,
  }));
  if (rest.length) {
    const other = s.buckets.map((_, j) => rest.reduce((sum, v) => sum + v.counts[j], 0));
    series.push({ id: 'site:other', name: 'other sites', type: 'bar', stack: 'volume', data: other, itemStyle: { color: look.muted } });
  }
  return {
    ...axes(s, look),
    ...MOTION,
    animation: true,
    legend: legend(look),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: { fontSize: look.font } },
    series,
    ...(opts.brush
      ? {
          toolbox: { right: 0, top: 0, itemSize: look.font * 1.2, iconStyle: { borderColor: look.muted }, feature: { brush: { type: ['lineX', 'clear'], title: { lineX: 'Select a range', clear: 'Clear selection' } } } },
          brush: { xAxisIndex: 0, brushType: 'lineX', brushMode: 'single', throttleType: 'debounce', throttleDelay: 300, brushStyle: { color: 'rgba(76,194,255,0.15)', borderColor: '#4cc2ff' } },
        }
      : {}),
  };
}

/** A label's share per bucket in percent (one decimal), as pooled by core; null where none was scored. */
export function sharesOf(s: LiveSnapshot, label: 'negative' | 'neutral' | 'positive'): (number | null)[] {
  return s.shares[label].map((v) => (v === null ? null : Math.round(v * 1000) / 10));
}

/** Two stacked invisible/filled series that draw a band between low and high (percent). */
function bandSeries(id: string, band: ShareBand, colour: string): Series {
  const pct = (v: number | null): number | '-' => (v === null ? '-' : Math.round(v * 1000) / 10);
  const base = { type: 'line' as const, stack: id, symbol: 'none', silent: true, lineStyle: { opacity: 0 }, tooltip: { show: false }, z: 1 };
  return [
    { ...base, id: `${id}:low`, name: `${id}:low`, data: band.low.map(pct) },
    {
      ...base,
      id: `${id}:high`,
      name: `${id}:high`,
      data: band.high.map((h, j) => (h === null || band.low[j] === null ? '-' : Math.round((h - (band.low[j] as number)) * 1000) / 10)),
      areaStyle: { color: colour, opacity: 0.16 },
    },
  ];
}

/**
 * Sentiment over time: negative and positive shares of the scored posts per bucket, each over a
 * faint band of the shares the same hours had in previous weeks. Series ids `share:<label>`.
 */
export function buildSentimentOption(s: LiveSnapshot, look: ChartLook): ChartOption {
  const line = (label: 'negative' | 'neutral' | 'positive', name: string, dashed = false): LineSeriesOption => ({
    id: `share:${label}`,
    name,
    type: 'line',
    data: sharesOf(s, label),
    // Buckets without scored posts have no share: the line breaks there and dots mark lone points.
    connectNulls: false,
    showSymbol: true,
    symbol: 'circle',
    symbolSize: look.line * 2.5,
    lineStyle: { width: dashed ? look.line / 2 : look.line, color: LABEL_COLOURS[label], type: dashed ? 'dashed' : 'solid' },
    itemStyle: { color: LABEL_COLOURS[label] },
    z: 3,
    animationDuration: 300,
  });
  return {
    ...axes(s, look, true),
    ...MOTION,
    // Neutral is the rest of the 100%: off by default so the two lines that matter stand out.
    legend: { ...legend(look), data: ['Negative', 'Neutral', 'Positive'], selected: { Neutral: false } },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? `${v}%` : '–'), textStyle: { fontSize: look.font } },
    series: [
      ...bandSeries('band:negative', s.band.negative, LABEL_COLOURS.negative),
      ...bandSeries('band:positive', s.band.positive, LABEL_COLOURS.positive),
      line('negative', 'Negative'),
      line('neutral', 'Neutral', true),
      line('positive', 'Positive'),
    ],
  };
}

/** "+120%", "new" or "−30%": the change of a topic against the previous window. */
export function changeLabel(count: number, previous: number): string {
  if (previous === 0) return 'new';
  const pct = Math.round((100 * (count - previous)) / previous);
  return pct >= 0 ? `+${pct}%` : `−${Math.abs(pct)}%`;
}

/**
 * Rising topics: posts per topic in the window (bars, labelled with the change; red where most are
 * negative) over the previous window's count (a muted bar behind, seen where a topic fell). The most
 * unusual rise is on top. Series ids `topic:*`.
 */
export function buildTopicsOption(s: LiveSnapshot, look: ChartLook): ChartOption {
  const items = [...s.topics.items].reverse(); // category axes draw bottom-up
  const labelStyle = { color: look.text, fontSize: look.font };
  return {
    ...MOTION,
    textStyle: labelStyle,
    grid: { left: look.font * 8, right: look.font * 5, top: look.font * 2.2, bottom: look.font },
    legend: { ...legend(look), data: ['This window', 'Window before'] },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: { fontSize: look.font } },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { color: look.muted, fontSize: look.font }, splitLine: { lineStyle: { color: look.grid } } },
    yAxis: { type: 'category', data: items.map((t) => t.label), axisLabel: labelStyle, axisTick: { show: false }, axisLine: { lineStyle: { color: look.grid } } },
    series: [
      { id: 'topic:previous', name: 'Window before', type: 'bar', data: items.map((t) => t.previous), itemStyle: { color: look.muted, opacity: 0.45 }, barGap: '-100%', z: 1 },
      {
        id: 'topic:current',
        name: 'This window',
        type: 'bar',
        itemStyle: { color: '#4cc2ff' },
        data: items.map((t) => ({ value: t.count, itemStyle: { color: t.negative * 2 > t.count ? LABEL_COLOURS.negative : '#4cc2ff' } })),
        label: { show: true, position: 'right', color: look.text, fontSize: look.font, formatter: (p) => changeLabel(items[p.dataIndex].count, items[p.dataIndex].previous) },
        z: 2,
      },
    ],
  };
}
