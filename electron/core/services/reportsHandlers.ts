import type { Method, Req, Res } from '../../../shared/contract/api';
import type { Core } from '../core';
import { computeReport } from '../reports/computeReport';
import { exportReport } from '../reports/export/exportReport';
import { freezeWeek } from '../reports/freezeWeek';
import { getReportSchedule, setReportSchedule } from '../reports/scheduleService';

type ReportsMethod = Extract<Method, `reports.${string}`>;

/** Handlers of the reports.* methods, spread into HANDLERS. */
export const REPORTS_HANDLERS: { [M in ReportsMethod]: (core: Core, req: Req<M>) => Promise<Res<M>> } = {
  'reports.get': (core, req) => computeReport(core, req, (p) => core.events.emit('reports.progressed', p)),
  'reports.export': (core, req) => exportReport(core, req),
  'reports.freeze': (core, req) => freezeWeek(core, req),
  'reports.schedule': (core) => getReportSchedule(core),
  'reports.saveSchedule': (core, req) => setReportSchedule(core, req),
};
