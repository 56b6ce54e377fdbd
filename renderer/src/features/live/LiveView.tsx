import { useCallback, useState } from 'react';
import type { LiveQuery } from '../../../../shared/domain/live';
import { AlertsSection } from './AlertsSection';
import { DrillDrawer } from './DrillDrawer';
import type { Drill } from './drillOf';
import { freshnessOf } from './freshness';
import { SentimentPanel, TopicsPanel, VolumePanel } from './LiveCharts';
import { LiveToolbar } from './LiveToolbar';
import { NegativeTicker } from './NegativeTicker';
import { Panel } from './Panel';
import { LINK_LOST_MS, useLiveSnapshot } from './useLiveSnapshot';
import { useNow } from './useNow';
import './live.css';

/** The live dashboard: volume, sentiment, rising topics, negative ticker and open alerts. */
export function LiveView() {
  const [query, setQuery] = useState<LiveQuery>({ window: '1h' });
  const [drill, setDrill] = useState<Drill | null>(null);
  const live = useLiveSnapshot(query);
  const now = useNow();
  const freshness = freshnessOf({ now, heardAt: live.heardAt, lastIngestAt: live.lastIngestAt, offsetMs: live.offsetMs, staleAfterMs: 5 * 60_000, linkLostMs: LINK_LOST_MS });
  const onRange = useCallback((r: { from: number; to: number }) => setQuery((q) => ({ ...r, siteIds: q.siteIds, topic: q.topic })), []);
  const s = live.snapshot;
  return (
    <section className={`view live-view ${freshness.reason === 'link-lost' ? 'link-lost' : ''}`} data-testid="live-view">
      <LiveToolbar query={query} sites={s?.sites ?? []} topics={s?.topicNames ?? []} freshness={freshness} onChange={setQuery} />
      {live.error && <div className="error-banner" role="alert">{live.error}</div>}
      {s && (
        <div className="live-body">
          <div className="live-grid">
            <VolumePanel snapshot={s} onDrill={setDrill} onRange={onRange} />
            <AlertsSection alerts={live.alerts} now={now} />
            <SentimentPanel snapshot={s} onDrill={setDrill} />
            <Panel title="Newest negative posts" empty={s.negatives.length ? null : 'No negative posts in this window.'} testId="panel-negatives" className="tall">
              <NegativeTicker posts={s.negatives} now={now} />
            </Panel>
            <TopicsPanel snapshot={s} onDrill={setDrill} />
          </div>
          {drill && <DrillDrawer drill={drill} onClose={() => setDrill(null)} />}
        </div>
      )}
    </section>
  );
}
