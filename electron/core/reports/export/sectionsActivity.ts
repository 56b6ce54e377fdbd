import type { ReportCountRow, SentimentMix, WeeklyReport } from '../../../../shared/domain/report';
import { formatChange, formatCount, formatNet, formatShare } from './format';
import { htmlChart, htmlFigures, htmlSection, htmlTable, num } from './htmlParts';
import { dailySentimentOption, siteVolumeOption, trendOption } from './reportCharts';
import { renderSvgChart } from './svgChart';

const scored = (m: SentimentMix): number => m.positive + m.neutral + m.negative;
const shareOf = (n: number, m: SentimentMix): string => formatShare(scored(m) === 0 ? null : n / scored(m));

/** Week-over-week volume: headline figures, the trend weeks, and volume by site. */
export function volumeSection(r: WeeklyReport): string {
  const t = r.totals;
  const figures = htmlFigures([
    { label: 'Customer posts', value: formatCount(t.volume.current), change: formatChange(t.volume) },
    { label: 'Contacts (other channels)', value: formatCount(t.contacts.current), change: formatChange(t.contacts) },
    { label: 'Net sentiment', value: formatNet(t.net.current), change: `${formatNet(t.net.delta)} pts` },
    { label: 'Response rate', value: formatShare(t.responseRate.current), change: `${formatNet(t.responseRate.delta * 100)} pts` },
  ]);
  const rows = r.sites.map((s) => [s.site, s.kind, num(formatCount(s.volume.previous)), num(formatCount(s.volume.current)), num(formatChange(s.volume))]);
  return htmlSection('volume', `Volume, ${r.range.label} against ${r.range.previousLabel}`, [
    figures,
    htmlChart(renderSvgChart('chart-trend', trendOption(r.trend), 760, 260), `Posts per week and net sentiment, last ${r.trend.length} weeks`),
    htmlChart(renderSvgChart('chart-sites', siteVolumeOption(r.sites), 760, 240), 'Posts by site, previous period and this one'),
    htmlTable(['Site', 'Kind', num('Previous'), num('This period'), num('Change')], rows),
  ]);
}

/** Sentiment mix and net sentiment: stacked days, and each site's mix against the previous period. */
export function sentimentSection(r: WeeklyReport): string {
  const m = r.totals.sentiment;
  const figures = htmlFigures([
    { label: 'Positive', value: shareOf(m.positive, m), change: `was ${shareOf(r.totals.previousSentiment.positive, r.totals.previousSentiment)}` },
    { label: 'Neutral', value: shareOf(m.neutral, m), change: `was ${shareOf(r.totals.previousSentiment.neutral, r.totals.previousSentiment)}` },
    { label: 'Negative', value: shareOf(m.negative, m), change: `was ${shareOf(r.totals.previousSentiment.negative, r.totals.previousSentiment)}` },
    { label: 'Unscored posts', value: formatCount(m.unscored) },
  ]);
  const rows = r.sites.map((s) => [
    s.site,
    num(shareOf(s.sentiment.positive, s.sentiment)),
    num(shareOf(s.sentiment.neutral, s.sentiment)),
    num(shareOf(s.sentiment.negative, s.sentiment)),
    num(formatNet(s.previousSentiment.net)),
    num(formatNet(s.sentiment.net), tone(s.sentiment.net, s.previousSentiment.net)),
  ]);
  return htmlSection('sentiment', 'Sentiment mix and net sentiment', [
    figures,
    htmlChart(renderSvgChart('chart-days', dailySentimentOption(r.days), 760, 260), 'Customer posts per day by sentiment'),
    htmlTable(['Site', num('Positive'), num('Neutral'), num('Negative'), num('Net before'), num('Net now')], rows),
  ]);
}

const tone = (now: number | null, before: number | null): 'good' | 'bad' | null => (now === null || before === null || now === before ? null : now > before ? 'good' : 'bad');

const countRows = (rows: ReportCountRow[], withNegative: boolean) =>
  rows.map((t) => [t.name, t.group ?? 'all', num(formatCount(t.count.current)), num(formatChange(t.count)), ...(withNegative ? [num(formatShare(t.negativeShare))] : [])]);

/** Top topics (from posts, by site) and contact reasons (from contact history, by channel), with their change. */
export function topicsSection(r: WeeklyReport): string {
  return htmlSection('topics', 'Top topics and contact reasons', [
    '<h3>Topics in customer posts</h3>',
    htmlTable(['Topic', 'Site', num('Posts'), num('Change'), num('Negative')], countRows(r.topics, true)),
    '<h3>Contact reasons</h3>',
    htmlTable(['Reason', 'Channel', num('Contacts'), num('Change')], countRows(r.reasons, false)),
  ]);
}
