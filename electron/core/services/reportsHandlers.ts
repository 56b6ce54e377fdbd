import type { Method, Req, Res } from '../../../shared/contract/api';
import { AppFailure } from '../../../shared/contract/result';
import type { Core } from '../core';
import { computeReport } from '../reports/computeReport';
import { freezeWeek } from '../reports/freezeWeek';

type ReportsMethod = Extract<Method, `reports.${string}`>;

// In progress this session (issue 9): each entry is replaced by its service as it lands.
const notYet = async (): Promise<never> => {
  throw new AppFailure('unavailable', 'Reports are being built and are not available in this version yet.');
};

/** Handlers of the reports.* methods, spread into HANDLERS. */
export const REPORTS_HANDLERS: { [M in ReportsMethod]: (core: Core, req: Req<M>) => Promise<Res<M>> } = {
  'reports.get': (core, req) => computeReport(core, req, (p) => core.events.emit('reports.progressed', p)),
  'reports.export': notYet,
  'reports.freeze': (core, req) => freezeWeek(core, req),
  'reports.schedule': notYet,
  'reports.saveSchedule': notYet,
};
