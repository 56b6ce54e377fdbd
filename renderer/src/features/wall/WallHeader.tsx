import type { Freshness } from '../live/freshness';
import { formatDuration } from '../live/freshness';

/** Props of the wall's header strip. */
export interface WallHeaderProps {
  title: string;
  nextTitle: string;
  index: number;
  count: number;
  remainingMs: number;
  everyMs: number;
  windowLabel: string;
  heardAt: number | null;
  freshness: Freshness;
}

const clock = (ms: number): string => new Date(ms).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** Board title, position in the playlist, countdown to the next board, and "last updated". */
export function WallHeader(p: WallHeaderProps) {
  const f = p.freshness;
  const age =
    f.reason === 'link-lost'
      ? `No connection for ${formatDuration(f.linkAgeMs ?? 0)}`
      : f.reason === 'no-data'
        ? 'No posts yet'
        : f.reason === 'no-new-posts'
          ? `No new posts for ${formatDuration(f.dataAgeMs ?? 0)}`
          : `Newest post ${formatDuration(f.dataAgeMs ?? 0)} ago`;
  return (
    <header className="wall-header">
      <div className="wall-title">
        <h1 data-testid="wall-title">{p.title}</h1>
        <span className="wall-window">{p.windowLabel}</span>
        <span className="wall-dots" aria-hidden="true">
          {Array.from({ length: p.count }, (_, i) => <i key={i} className={i === p.index ? 'on' : ''} />)}
        </span>
      </div>
      <div className={`wall-updated ${f.stale ? 'stale' : ''}`} data-testid="wall-updated">
        <span>Last updated {p.heardAt ? clock(p.heardAt) : '—'}</span>
        <span className="wall-age" data-testid="wall-age">{age}</span>
      </div>
      {p.count > 1 && (
        <div className="wall-countdown" data-testid="wall-countdown">
          Next: {p.nextTitle} in {Math.ceil(p.remainingMs / 1000)} s
        </div>
      )}
      {p.count > 1 && <div className="wall-progress" style={{ width: `${(100 * (p.everyMs - p.remainingMs)) / p.everyMs}%` }} />}
    </header>
  );
}
