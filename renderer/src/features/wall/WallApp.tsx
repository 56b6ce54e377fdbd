import { useMemo, useState } from 'react';
import type { LiveQuery } from '../../../../shared/domain/live';
import { freshnessOf } from '../live/freshness';
import { LINK_LOST_MS, useLiveSnapshot } from '../live/useLiveSnapshot';
import { useNow } from '../live/useNow';
import { AlertTakeover } from './AlertTakeover';
import { useWallLook } from './useWallLook';
import { BOARDS } from './WallBoards';
import { boardAt, BOARD_TITLES, readWallConfig } from './wallConfig';
import { WallHeader } from './WallHeader';
import './wall.css';

const WINDOW_LABELS = { '15m': 'last 15 minutes', '1h': 'last hour', '1d': 'last 24 hours', '1w': 'last 7 days' } as const;

/**
 * The wall display: large type, no chrome, a playlist of boards with a countdown, "last updated"
 * always on screen, greyed with its age when data goes stale, and a full-screen takeover for
 * critical alerts. Read-only: it only ever asks for snapshots.
 */
export function WallApp() {
  const config = useMemo(() => readWallConfig(window.location.search), []);
  const query = useMemo<LiveQuery>(() => ({ window: config.window, siteIds: config.siteIds }), [config]);
  const live = useLiveSnapshot(query);
  const now = useNow(500);
  const [startedAt] = useState(Date.now);
  const look = useWallLook();
  const { index, remainingMs } = boardAt(now - startedAt, config.everyMs, config.boards.length);
  const board = config.boards[index];
  const Board = BOARDS[board];
  const freshness = freshnessOf({ now, heardAt: live.heardAt, lastIngestAt: live.lastIngestAt, offsetMs: live.offsetMs, staleAfterMs: config.staleAfterMs, linkLostMs: LINK_LOST_MS });
  const critical = live.alerts.filter((a) => a.severity === 'critical');
  return (
    <div className={`wall ${freshness.stale ? 'stale' : ''}`} data-testid="wall" data-stale={freshness.stale}>
      <WallHeader
        title={BOARD_TITLES[board]}
        nextTitle={BOARD_TITLES[config.boards[(index + 1) % config.boards.length]]}
        index={index}
        count={config.boards.length}
        remainingMs={remainingMs}
        everyMs={config.everyMs}
        windowLabel={WINDOW_LABELS[config.window]}
        heardAt={live.heardAt}
        freshness={freshness}
      />
      <main className="wall-board" data-testid={`board-${board}`}>
        {live.snapshot ? (
          <Board snapshot={live.snapshot} alerts={live.alerts} look={look} now={now} windowLabel={WINDOW_LABELS[config.window]} />
        ) : (
          <div className="wall-empty">{live.error ?? 'Connecting…'}</div>
        )}
      </main>
      {critical.length > 0 && <AlertTakeover alerts={critical} now={now} offsetMs={live.offsetMs} />}
    </div>
  );
}
