import { startConnectors } from './connectors/scheduler';
import type { Core } from './core';
import { startLive } from './live/liveRuntime';
import { startReportSchedule, type ScheduleOptions } from './reports/scheduleRunner';
import { activeScorer } from './sentiment/pipeline';
import { scanWatchedFolders } from './services/sourcesFolders';

/** The work that runs while the app is open, whichever shell hosts it (`serve` or Electron main). */
export interface Background {
  /** Stops every timer and waits for work in flight; call before closing the core. */
  stop(): Promise<void>;
}

/**
 * Starts the live metrics (metrics.ticked for the live view and the wall), the connectors (feeds
 * and watched folders configured in the Sources view) and the Monday-morning report schedule.
 * A read-only database (a frozen snapshot) runs none of them: they all write.
 */
export function startBackground(core: Core, opts: { onReport?: ScheduleOptions['onRun'] } = {}): Background {
  if (core.db.readOnly) return { stop: async () => undefined };
  const live = startLive(core);
  // The first pushed post should not wait for the sentiment model to load (cached per database).
  void activeScorer(core.db).catch(() => undefined);
  const stopConnectors = startConnectors(core, { jobs: [{ everyMs: 5_000, run: (c) => scanWatchedFolders(c) }] });
  const stopReports = startReportSchedule(core, { onRun: opts.onReport });
  return {
    stop: async () => {
      stopConnectors();
      await stopReports();
      await live.stop();
    },
  };
}
