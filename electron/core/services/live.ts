import type { Method } from '../../../shared/contract/api';
import { AppFailure } from '../../../shared/contract/result';
import type { LiveQuery } from '../../../shared/domain/live';
import { acknowledgeAlerts, listAlerts } from '../alerts/alertsRepo';
import { drillPosts } from '../live/drill';
import { liveOf } from '../live/liveRuntime';
import { buildSnapshot } from '../live/snapshot';
import { loadTopicBook, unknownTopicMessage } from '../topics/topicBook';
import { ALERT_RULES_HANDLERS } from './alertRules';
import type { Handler } from './handlers';

/** A range needs both ends, in order. */
function checkRange(q: { from?: number; to?: number }, required: boolean): void {
  if ((q.from === undefined) !== (q.to === undefined) || (required && q.from === undefined)) {
    throw new AppFailure('invalid-request', 'a range needs both from and to', q.from === undefined ? 'from' : 'to');
  }
  if (q.from !== undefined && q.to !== undefined && q.to <= q.from) throw new AppFailure('invalid-request', 'to must be after from', 'to');
}

async function snapshot(core: Parameters<Handler<'live.snapshot'>>[0], req: LiveQuery) {
  checkRange(req, false);
  const live = liveOf(core);
  live.noteInterest(req);
  await live.refreshIdle();
  return buildSnapshot(live.engine, req);
}

/** Handlers of the live view and the wall (reads), and of acknowledging alerts (the workstation). */
export const LIVE_HANDLERS: { [M in Extract<Method, `live.${string}` | `alerts.${string}`>]: Handler<M> } = {
  'live.snapshot': snapshot,
  'live.drill': async (core, req) => {
    checkRange(req, true);
    const book = await loadTopicBook(core.db);
    if (req.topic !== undefined && book.slotOf(req.topic) === undefined) throw new AppFailure('invalid-request', unknownTopicMessage(req.topic), 'topic');
    return drillPosts(core.db, req, book);
  },
  'alerts.list': (core, req) => listAlerts(core.db, req),
  'alerts.acknowledge': async (core, req) => {
    const closed = await acknowledgeAlerts(core.db, req.ids, req.by?.trim() || 'supervisor', core.now());
    const live = liveOf(core);
    if (closed.length) {
      const gone = new Set(closed.map((a) => a.id));
      live.engine.openAlerts = live.engine.openAlerts.filter((a) => !gone.has(a.id));
      live.engine.version++;
    }
    return closed;
  },
  ...ALERT_RULES_HANDLERS,
};
