import type { Core } from '../core';
import { dueFeeds } from '../repos/feeds';
import { FEED_TIMEOUT_MS, pollFeed } from './feeds';

/** How often connectors look for work. */
export interface ConnectorOptions {
  feedTickMs?: number;
  feedTimeoutMs?: number;
  /** Extra periodic jobs (the watched folders), run one at a time each. */
  jobs?: { everyMs: number; run(core: Core): Promise<unknown> }[];
}

/** Runs a job on an interval, never two runs of it at once; errors go to a warning, not a crash. */
function every(ms: number, job: () => Promise<unknown>): () => void {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    job()
      .catch((err: unknown) => process.emitWarning(`connector job failed: ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => (busy = false));
  }, ms);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Starts the background connectors of a running app: due feeds are polled each tick, each feed on
 * its own (a slow or failing feed never holds up the others, and is never polled twice at once).
 * Returns a stop function.
 */
export function startConnectors(core: Core, opts: ConnectorOptions = {}): () => void {
  const polling = new Set<number>();
  const tickFeeds = async (): Promise<void> => {
    for (const feed of await dueFeeds(core.db, core.now())) {
      if (polling.has(feed.id)) continue;
      polling.add(feed.id);
      void pollFeed(core, feed, opts.feedTimeoutMs ?? FEED_TIMEOUT_MS)
        .catch(() => undefined)
        .finally(() => polling.delete(feed.id));
    }
  };
  const stops = [every(opts.feedTickMs ?? 30_000, tickFeeds), ...(opts.jobs ?? []).map((j) => every(j.everyMs, () => j.run(core)))];
  return () => stops.forEach((stop) => stop());
}
