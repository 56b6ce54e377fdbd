import { useMemo } from 'react';
import type { WeeklyReport } from '../../../../shared/domain/report';
import { EChart } from '../../components/EChart';
import { buildDailySentimentOption, buildSiteVolumeOption, buildTrendOption } from './reportOptions';
import { formatNumber } from './reportFormat';
import { Section } from './Section';

/** Posts per day of the range, stacked by sentiment. */
export function DailyChart(props: { report: WeeklyReport }) {
  const option = useMemo(() => buildDailySentimentOption(props.report), [props.report]);
  const total = props.report.totals.volume.current;
  return (
    <Section title="Posts per day by sentiment" note={`${formatNumber(total)} posts`} empty={total ? null : 'No posts in this range.'} testId="section-daily" className="chart">
      <EChart option={option} testId="chart-daily" label="Posts per day, stacked by negative, neutral, positive and not scored" />
    </Section>
  );
}

/** Weekly posts and net sentiment up to the reported week. */
export function TrendChart(props: { report: WeeklyReport }) {
  const option = useMemo(() => buildTrendOption(props.report), [props.report]);
  const weeks = props.report.trend;
  const empty = weeks.some((w) => w.volume > 0) ? null : `No posts in the last ${weeks.length} weeks.`;
  return (
    <Section title="Trend" note={`${weeks.length} weeks · posts and net sentiment`} empty={empty} testId="section-trend" className="chart">
      <EChart option={option} testId="chart-trend" label="Posts and net sentiment per week" />
    </Section>
  );
}

/** Posts per site against the previous range. */
export function SitesChart(props: { report: WeeklyReport }) {
  const option = useMemo(() => buildSiteVolumeOption(props.report), [props.report]);
  const empty = props.report.sites.some((s) => s.volume.current || s.volume.previous) ? null : 'No site had posts in this range or the one before.';
  return (
    <Section title="Posts by site" note={`against ${props.report.range.previousLabel}`} empty={empty} testId="section-site-chart" className="chart">
      <EChart option={option} testId="chart-sites" label="Posts per site, this range against the previous one" />
    </Section>
  );
}
