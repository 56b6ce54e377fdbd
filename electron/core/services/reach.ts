import type { Method } from '../../../shared/contract/api';
import type { ReachRun } from '../../../shared/domain/reach';
import type { Core } from '../core';
import { computeAllMetrics } from '../reach/computeSiteMetrics';
import { CASCADE_DEFAULT_NODES, listCascadeThreads, readCascade } from '../reach/cascade';
import { readCommunity } from '../reach/community';
import { EGO_DEFAULT_NODES, readEgoNetwork } from '../reach/ego';
import { writeEgoGexf } from '../reach/egoGexf';
import { importEdgeFile } from '../reach/importEdges';
import { readLeaderboard } from '../reach/leaderboard';
import type { Handler } from './handlers';

type ReachMethod = Extract<Method, `reach.${string}`>;

// One computation per core at a time: a second request waits for the running one and then runs,
// so two windows pressing "Compute" never store interleaved metrics.
const computing = new WeakMap<Core, Promise<unknown>>();

/** Runs the metrics of every site (or one) in a worker thread, pushing progress and the result. */
export function computeReach(core: Core, req: { siteId?: number; cascadeCandidates?: number; cascadeRuns?: number }): Promise<ReachRun[]> {
  const before = computing.get(core) ?? Promise.resolve();
  const run = before
    .catch(() => undefined)
    .then(() =>
      computeAllMetrics(core.db, {
        ...req,
        now: core.now,
        onProgress: (step) => core.events.emit('reach.progressed', { step, done: 0, total: 0 }),
      }),
    );
  computing.set(core, run);
  return run.then((runs) => {
    core.events.emit('reach.computed', { runs });
    return runs;
  });
}

/** Emits at most one progress event per 250 ms. */
function throttled(core: Core, step: string): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const t = Date.now();
    if (t - last < 250 && done < total) return;
    last = t;
    core.events.emit('reach.progressed', { step, done, total });
  };
}

/** Handlers of the reach.* methods (registered in handlers.ts). */
export const REACH_HANDLERS: { [M in ReachMethod]: Handler<M> } = {
  'reach.import': (core, req) => {
    const parse = throttled(core, `reading ${req.path}`);
    const store = throttled(core, 'storing edges');
    return importEdgeFile(core.db, req, core.now, (p) => (p.phase === 'parse' ? parse : store)(p.done, p.total));
  },
  'reach.compute': (core, req) => computeReach(core, req),
  'reach.leaderboard': (core, req) => readLeaderboard(core.db, req),
  'reach.ego': (core, req) => readEgoNetwork(core.db, req.authorId, req.maxNodes ?? EGO_DEFAULT_NODES),
  'reach.exportGexf': async (core, req) => writeEgoGexf(await readEgoNetwork(core.db, req.authorId, req.maxNodes ?? EGO_DEFAULT_NODES), req.positions),
  'reach.threads': (core, req) => listCascadeThreads(core.db, req),
  'reach.cascade': (core, req) => readCascade(core.db, req.rootPostId, req.maxNodes ?? CASCADE_DEFAULT_NODES),
  'reach.community': (core, req) => readCommunity(core.db, req, core.now()),
};
