import { useMemo } from 'react';
import type { LiveSnapshot } from '../../../../shared/domain/live';
import { EChart, type ChartHandler } from '../../components/EChart';
import { DESK_LOOK, timeLabel, type ChartLook } from './chartLook';
import { drillOf, drillOfColumn, rangeOfBrush, type ChartClick, type Drill } from './drillOf';
import { buildSentimentOption, buildTopicsOption, buildVolumeOption } from './options';
import { Panel } from './Panel';

/** Props shared by the chart panels. */
export interface ChartPanelProps {
  snapshot: LiveSnapshot;
  look?: ChartLook;
  onDrill?(d: Drill): void;
}

/** A click on a column away from its bars drills into the whole bucket. */
function columnHandler(p: ChartPanelProps): ((v: [number, number]) => void) | undefined {
  const onDrill = p.onDrill;
  if (!onDrill) return undefined;
  return ([x]) => {
    const d = drillOfColumn(p.snapshot, x, (t) => timeLabel(t, p.snapshot.bucketMs));
    if (d) onDrill(d);
  };
}

/** A click on a topic's row away from its bar drills into the topic's posts in the window. */
function topicRowHandler(p: ChartPanelProps): ((v: [number, number]) => void) | undefined {
  const onDrill = p.onDrill;
  if (!onDrill) return undefined;
  return ([, y]) => {
    const d = drillOf(p.snapshot, { seriesId: 'topic:current', dataIndex: y }, String);
    if (d) onDrill(d);
  };
}

function clickHandler(p: ChartPanelProps): Record<string, ChartHandler> | undefined {
  const onDrill = p.onDrill;
  if (!onDrill) return undefined;
  return {
    click: (params) => {
      const d = drillOf(p.snapshot, params as ChartClick, (t) => timeLabel(t, p.snapshot.bucketMs));
      if (d) onDrill(d);
    },
  };
}

/** Volume by site over time; brushing a span selects that range (when `onRange` is given). */
export function VolumePanel(p: ChartPanelProps & { onRange?(r: { from: number; to: number }): void }) {
  const look = p.look ?? DESK_LOOK;
  const option = useMemo(() => buildVolumeOption(p.snapshot, look, { brush: !!p.onRange }), [p.snapshot, look, p.onRange]);
  const events: Record<string, ChartHandler> = { ...clickHandler(p) };
  if (p.onRange) {
    const onRange = p.onRange;
    events.brushEnd = (params, chart) => {
      const area = (params as { areas?: { coordRange?: [number, number] }[] }).areas?.[0];
      const r = area?.coordRange ? rangeOfBrush(p.snapshot, area.coordRange[0], area.coordRange[1]) : null;
      chart.dispatchAction({ type: 'brush', areas: [] });
      if (r) onRange(r);
    };
  }
  const empty = p.snapshot.totals.posts === 0 ? 'No posts in this window.' : null;
  return (
    <Panel title="Volume by site" note={`${p.snapshot.totals.posts.toLocaleString('en-US')} posts`} empty={empty} testId="panel-volume" className="wide">
      <EChart option={option} onEvents={events} onGridClick={columnHandler(p)} testId="chart-volume" label="Posts per site over time" />
    </Panel>
  );
}

/** Negative / neutral / positive shares over time with the previous weeks' band. */
export function SentimentPanel(p: ChartPanelProps) {
  const look = p.look ?? DESK_LOOK;
  const option = useMemo(() => buildSentimentOption(p.snapshot, look), [p.snapshot, look]);
  const { negative, scored } = p.snapshot.totals;
  const band = p.snapshot.history < 1 ? `loading history ${Math.round(p.snapshot.history * 100)}%` : 'faint band: same hours in the 4 weeks before';
  const note = scored ? `${Math.round((100 * negative) / scored)}% negative · ${band}` : undefined;
  return (
    <Panel title="Sentiment" note={note} empty={scored === 0 ? 'No scored posts in this window.' : null} testId="panel-sentiment">
      <EChart option={option} onEvents={clickHandler(p)} onGridClick={columnHandler(p)} testId="chart-sentiment" label="Share of negative, neutral and positive posts over time" />
    </Panel>
  );
}

/** Topics rising against the window before. */
export function TopicsPanel(p: ChartPanelProps) {
  const look = p.look ?? DESK_LOOK;
  const option = useMemo(() => buildTopicsOption(p.snapshot, look), [p.snapshot, look]);
  const { coverage, items } = p.snapshot.topics;
  const empty = items.length ? null : coverage < 1 ? `Indexing topics… ${Math.round(coverage * 100)}%` : 'No topics in this window.';
  return (
    <Panel title="Rising topics" note={coverage < 1 && items.length ? `indexing ${Math.round(coverage * 100)}%` : 'against the window before · red: mostly negative'} empty={empty} testId="panel-topics">
      <EChart
        option={option}
        onEvents={clickHandler(p)}
        onGridClick={topicRowHandler(p)}
        testId="chart-topics"
        label="Topics by posts, against the window before"
      />
    </Panel>
  );
}
