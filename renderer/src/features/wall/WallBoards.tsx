import { useMemo } from 'react';
import type { Alert, LiveSnapshot } from '../../../../shared/domain/live';
import { EChart } from '../../components/EChart';
import type { ChartLook } from '../live/chartLook';
import { NegativeTicker } from '../live/NegativeTicker';
import { buildSentimentOption, buildTopicsOption, buildVolumeOption } from '../live/options';
import { negativeNow, percent } from './kpis';
import type { WallBoard } from './wallConfig';

/** What every board gets. */
export interface BoardProps {
  snapshot: LiveSnapshot;
  alerts: Alert[];
  look: ChartLook;
  now: number;
  windowLabel: string;
}

function Chart(p: { option: ReturnType<typeof buildVolumeOption>; label: string; testId: string }) {
  return <EChart option={p.option} label={p.label} testId={p.testId} className="wall-chart" />;
}

function NegativeTile(p: { snapshot: LiveSnapshot }) {
  const n = negativeNow(p.snapshot);
  const usual = n.low === null || n.high === null ? 'no history for these hours yet' : `usually ${percent(n.low)}–${percent(n.high)}`;
  return (
    <div className={`tile ${n.verdict}`} data-testid="tile-negative">
      <div className="tile-value">{percent(n.share)}</div>
      <div className="tile-label">negative now</div>
      <div className="tile-note">{n.verdict === 'above' ? `above usual (${usual})` : n.verdict === 'below' ? `below usual (${usual})` : usual}</div>
    </div>
  );
}

function Overview(p: BoardProps) {
  const option = useMemo(() => buildVolumeOption(p.snapshot, p.look), [p.snapshot, p.look]);
  return (
    <div className="overview">
      <div className="tiles">
        <div className="tile" data-testid="tile-posts">
          <div className="tile-value">{p.snapshot.totals.posts.toLocaleString('en-US')}</div>
          <div className="tile-label">posts, {p.windowLabel}</div>
        </div>
        <NegativeTile snapshot={p.snapshot} />
        <div className={`tile ${p.alerts.length ? 'above' : ''}`} data-testid="tile-alerts">
          <div className="tile-value">{p.alerts.length}</div>
          <div className="tile-label">open {p.alerts.length === 1 ? 'alert' : 'alerts'}</div>
        </div>
      </div>
      <Chart option={option} label="Posts per site over time" testId="wall-chart-overview" />
    </div>
  );
}

function Sentiment(p: BoardProps) {
  const option = useMemo(() => buildSentimentOption(p.snapshot, p.look), [p.snapshot, p.look]);
  return <Chart option={option} label="Share of negative and positive posts, with the previous weeks' band" testId="wall-chart-sentiment" />;
}

function Volume(p: BoardProps) {
  const option = useMemo(() => buildVolumeOption(p.snapshot, p.look), [p.snapshot, p.look]);
  return <Chart option={option} label="Posts per site over time" testId="wall-chart-volume" />;
}

function Topics(p: BoardProps) {
  const option = useMemo(() => buildTopicsOption(p.snapshot, p.look), [p.snapshot, p.look]);
  if (p.snapshot.topics.items.length === 0) return <div className="wall-empty">{p.snapshot.topics.coverage < 1 ? 'Indexing topics…' : 'No topics in this window'}</div>;
  return <Chart option={option} label="Topics against the window before" testId="wall-chart-topics" />;
}

function Negatives(p: BoardProps) {
  if (p.snapshot.negatives.length === 0) return <div className="wall-empty">No negative posts in this window</div>;
  return <NegativeTicker posts={p.snapshot.negatives.slice(0, 5)} now={p.now} large />;
}

/** The boards of the wall's playlist. */
export const BOARDS: Record<WallBoard, (p: BoardProps) => React.JSX.Element> = {
  overview: Overview,
  sentiment: Sentiment,
  volume: Volume,
  negatives: Negatives,
  topics: Topics,
};
