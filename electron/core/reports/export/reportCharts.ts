import type { ReportDay, ReportSiteRow, ReportSiteShareRow, ReportTrendWeek } from '../../../../shared/domain/report';
import type { ReportChartOption } from './svgChart';

/** Colours of the sentiment classes, the same in every chart of the report. */
export const SENTIMENT_COLOURS = { positive: '#2e9d5b', neutral: '#9aa3ad', negative: '#d0463b', unscored: '#dfe3e8' };

const MAX_LABEL = 22;
/** Axis labels are names from the data: cut long ones so the chart keeps its shape (the tables show them whole). */
const short = (name: string): string => (name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name).replace(/\s+/g, ' ');

const grid = { left: 56, right: 24, top: 40, bottom: 36, containLabel: false };

/** Posts per day of the range, stacked by sentiment class. */
export function dailySentimentOption(days: ReportDay[]): ReportChartOption {
  const series = (['positive', 'neutral', 'negative', 'unscored'] as const).map((k) => ({
    type: 'bar' as const,
    name: k,
    stack: 'sentiment',
    color: SENTIMENT_COLOURS[k],
    data: days.map((d) => d.sentiment[k]),
  }));
  return { legend: { top: 4 }, grid, xAxis: { type: 'category', data: days.map((d) => d.date.slice(5)) }, yAxis: { type: 'value' }, series };
}

/** Weekly volume (bars) and net sentiment (line, right axis) over the trend weeks. */
export function trendOption(trend: ReportTrendWeek[]): ReportChartOption {
  return {
    legend: { top: 4 },
    grid: { ...grid, right: 56 },
    xAxis: { type: 'category', data: trend.map((t) => t.week) },
    yAxis: [{ type: 'value', name: 'posts' }, { type: 'value', name: 'net', min: -100, max: 100 }],
    series: [
      { type: 'bar', name: 'volume', color: '#4a78c2', data: trend.map((t) => t.volume) },
      { type: 'line', name: 'net sentiment', yAxisIndex: 1, color: '#d0463b', connectNulls: false, data: trend.map((t) => (t.net === null ? null : Number(t.net.toFixed(1)))) },
    ],
  };
}

/** Volume by site, this period against the previous one. */
export function siteVolumeOption(sites: ReportSiteRow[]): ReportChartOption {
  return {
    legend: { top: 4 },
    grid,
    xAxis: { type: 'category', data: sites.map((s) => short(s.site)) },
    yAxis: { type: 'value' },
    series: [
      { type: 'bar', name: 'previous', color: '#b7c6de', data: sites.map((s) => s.volume.previous) },
      { type: 'bar', name: 'this period', color: '#4a78c2', data: sites.map((s) => s.volume.current) },
    ],
  };
}

/** Share of the active linked customers seen on each site (horizontal bars, percent). */
export function siteSharesOption(rows: ReportSiteShareRow[]): ReportChartOption {
  const sorted = [...rows].reverse();
  return {
    grid: { ...grid, left: 150, top: 16 },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: sorted.map((r) => short(r.site)) },
    series: [{ type: 'bar', name: 'share', color: '#4a78c2', data: sorted.map((r) => Number((r.share * 100).toFixed(1))) }],
  };
}
