// Pure option builders of the report charts: a WeeklyReport in, an ECharts option out. No
// animation: a report is read and printed, not watched, and it should look the same each time.
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { WeeklyReport } from '../../../../shared/domain/report';
import type { ChartOption } from '../../components/EChart';
import { DESK_LOOK, LABEL_COLOURS, type ChartLook } from '../live/chartLook';
import { dayLabel } from './reportFormat';

const VOLUME_COLOUR = '#4cc2ff';
const PREVIOUS_COLOUR = '#8b98a5';
const NET_COLOUR = '#ffb84d';

const LABELS = ['negative', 'neutral', 'positive', 'unscored'] as const;
const LABEL_NAMES = { negative: 'Negative', neutral: 'Neutral', positive: 'Positive', unscored: 'Not scored' } as const;

function legend(look: ChartLook): ChartOption['legend'] {
  return { top: 0, left: 0, textStyle: { color: look.text, fontSize: look.font }, itemWidth: look.font, itemHeight: look.font * 0.7, inactiveColor: look.grid };
}

function valueAxis(look: ChartLook, extra: Record<string, unknown> = {}): ChartOption['yAxis'] {
  return {
    type: 'value',
    minInterval: 1,
    axisLabel: { color: look.muted, fontSize: look.font },
    splitLine: { lineStyle: { color: look.grid } },
    ...extra,
  };
}

function categoryAxis(look: ChartLook, data: string[]): ChartOption['xAxis'] {
  return { type: 'category', data, axisLabel: { color: look.muted, fontSize: look.font, hideOverlap: true }, axisLine: { lineStyle: { color: look.grid } }, axisTick: { show: false } };
}

/** Daily posts stacked by sentiment label (negative at the bottom), one bar a day of the range. Series ids `day:<label>`. */
export function buildDailySentimentOption(r: WeeklyReport, look: ChartLook = DESK_LOOK): ChartOption {
  const series: BarSeriesOption[] = LABELS.map((label) => ({
    id: `day:${label}`,
    name: LABEL_NAMES[label],
    type: 'bar',
    stack: 'day',
    data: r.days.map((d) => d.sentiment[label]),
    itemStyle: { color: LABEL_COLOURS[label] },
    barCategoryGap: '30%',
  }));
  return {
    animation: false,
    textStyle: { color: look.text, fontSize: look.font },
    grid: { left: look.font * 4, right: look.font, top: look.font * 2.6, bottom: look.font * 2.2 },
    legend: legend(look),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: { fontSize: look.font } },
    xAxis: categoryAxis(look, r.days.map((d) => dayLabel(d.date))),
    yAxis: valueAxis(look, { min: 0 }),
    series,
  };
}

/** Short week ticks: `W47`, with the year where it starts and where it changes (`2026-W01`). */
export function weekTicks(weeks: string[]): string[] {
  return weeks.map((w, i) => (i === 0 || w.slice(0, 4) !== weeks[i - 1].slice(0, 4) ? w : w.slice(5)));
}

/**
 * Week by week up to the reported one: posts (left axis) and net sentiment (right axis, −100..100
 * scale picked by ECharts); weeks without scored posts break the net line. Series ids `trend:*`.
 */
export function buildTrendOption(r: WeeklyReport, look: ChartLook = DESK_LOOK): ChartOption {
  const line = (id: string, name: string, data: (number | null)[], colour: string, yAxisIndex: number): LineSeriesOption => ({
    id,
    name,
    type: 'line',
    yAxisIndex,
    data: data.map((v) => (v === null ? '-' : Math.round(v * 10) / 10)),
    connectNulls: false,
    showSymbol: true,
    symbolSize: look.line * 3,
    lineStyle: { width: look.line, color: colour, type: yAxisIndex ? 'dashed' : 'solid' },
    itemStyle: { color: colour },
  });
  return {
    animation: false,
    textStyle: { color: look.text, fontSize: look.font },
    grid: { left: look.font * 4, right: look.font * 4, top: look.font * 2.6, bottom: look.font * 2.2 },
    // centred, so the axis names at both ends stay clear of it
    legend: { ...legend(look), left: 'center' },
    tooltip: { trigger: 'axis', textStyle: { fontSize: look.font } },
    // every week labelled (short), so every point keeps its symbol too
    xAxis: { ...(categoryAxis(look, weekTicks(r.trend.map((t) => t.week))) as object), axisLabel: { color: look.muted, fontSize: look.font, interval: 0 } },
    yAxis: [
      valueAxis(look, { min: 0, name: 'posts', nameTextStyle: { color: look.muted, fontSize: look.font } }),
      valueAxis(look, { name: 'net', nameTextStyle: { color: look.muted, fontSize: look.font }, splitLine: { show: false }, minInterval: 0 }),
    ] as ChartOption['yAxis'],
    series: [
      line('trend:volume', 'Posts', r.trend.map((t) => t.volume), VOLUME_COLOUR, 0),
      line('trend:net', 'Net sentiment (dashed, right axis)', r.trend.map((t) => t.net), NET_COLOUR, 1),
    ],
  };
}

/** Posts per site this period and the previous one, side by side and labelled. Busiest site on top. Series ids `site:*`. */
export function buildSiteVolumeOption(r: WeeklyReport, look: ChartLook = DESK_LOOK): ChartOption {
  const sites = [...r.sites].sort((a, b) => a.volume.current - b.volume.current || b.site.localeCompare(a.site)); // category axes draw bottom-up
  const labelStyle = { color: look.text, fontSize: look.font };
  return {
    animation: false,
    textStyle: labelStyle,
    grid: { left: look.font * 9, right: look.font * 3, top: look.font * 2.6, bottom: look.font * 0.5, containLabel: false },
    legend: { ...legend(look), data: [r.range.label, r.range.previousLabel] },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: { fontSize: look.font } },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { color: look.muted, fontSize: look.font, hideOverlap: true }, splitLine: { lineStyle: { color: look.grid } } },
    yAxis: { type: 'category', data: sites.map((s) => s.site), axisLabel: { ...labelStyle, width: look.font * 8, overflow: 'truncate' }, axisTick: { show: false }, axisLine: { lineStyle: { color: look.grid } } },
    series: [
      {
        id: 'site:previous',
        name: r.range.previousLabel,
        type: 'bar',
        data: sites.map((s) => s.volume.previous),
        itemStyle: { color: PREVIOUS_COLOUR },
        barMaxWidth: look.font * 2,
        label: { show: true, position: 'right', color: look.muted, fontSize: look.font },
      },
      {
        id: 'site:current',
        name: r.range.label,
        type: 'bar',
        data: sites.map((s) => s.volume.current),
        itemStyle: { color: VOLUME_COLOUR },
        barMaxWidth: look.font * 2,
        barGap: '15%',
        label: { show: true, position: 'right', color: look.text, fontSize: look.font },
      },
    ],
  };
}
