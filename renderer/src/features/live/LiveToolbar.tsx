import { LIVE_WINDOWS, type LiveQuery, type LiveSite, type LiveWindow } from '../../../../shared/domain/live';
import { formatTime } from '../../format';
import { formatDuration, type Freshness } from './freshness';

const WINDOW_NAMES: Record<LiveWindow, string> = { '15m': '15 min', '1h': 'Hour', '1d': 'Day', '1w': 'Week' };

/** Props of the live toolbar. */
export interface LiveToolbarProps {
  query: LiveQuery;
  sites: LiveSite[];
  /** Topics the sites' rules define (from the snapshot). */
  topics: { topic: string; label: string }[];
  freshness: Freshness;
  onChange(q: LiveQuery): void;
}

/** Time window (or the brushed range), site and topic filters, and how fresh the data is. */
export function LiveToolbar({ query, sites, topics, freshness, onChange }: LiveToolbarProps) {
  const chosen = new Set(query.siteIds ?? []);
  const toggleSite = (id: number): void => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange({ ...query, siteIds: [...next] });
  };
  const ranged = query.from !== undefined && query.to !== undefined;
  return (
    <div className="toolbar live-toolbar" data-testid="live-toolbar">
      <div className="segmented" role="group" aria-label="Time window">
        {LIVE_WINDOWS.map((w) => (
          <button
            key={w}
            type="button"
            className={!ranged && (query.window ?? '1h') === w ? 'on' : ''}
            aria-pressed={!ranged && (query.window ?? '1h') === w}
            data-testid={`window-${w}`}
            onClick={() => onChange({ window: w, siteIds: query.siteIds, topic: query.topic })}
          >
            {WINDOW_NAMES[w]}
          </button>
        ))}
      </div>
      {ranged && (
        <span className="range-chip" data-testid="range-chip">
          {formatTime(query.from as number)} – {formatTime(query.to as number)}
          <button type="button" aria-label="Clear range" onClick={() => onChange({ window: '1h', siteIds: query.siteIds, topic: query.topic })}>×</button>
        </span>
      )}
      <div className="site-chips" role="group" aria-label="Sites">
        {sites.map((s) => (
          <button key={s.id} type="button" className={`chip ${chosen.has(s.id) ? 'on' : ''}`} aria-pressed={chosen.has(s.id)} data-testid="live-site" onClick={() => toggleSite(s.id)}>
            {s.name}
          </button>
        ))}
      </div>
      <select aria-label="Topic" data-testid="live-topic" value={query.topic ?? ''} onChange={(e) => onChange({ ...query, topic: e.target.value || undefined })}>
        <option value="">All topics</option>
        {topics.map((t) => (
          <option key={t.topic} value={t.topic}>{t.label}</option>
        ))}
      </select>
      <span className={`freshness ${freshness.stale ? 'stale' : ''}`} data-testid="live-freshness">
        {freshness.reason === 'link-lost'
          ? `Reconnecting… (${formatDuration(freshness.linkAgeMs ?? 0)})`
          : freshness.dataAgeMs === null
            ? 'No posts yet'
            : `Newest post stored ${formatDuration(freshness.dataAgeMs)} ago`}
      </span>
    </div>
  );
}
