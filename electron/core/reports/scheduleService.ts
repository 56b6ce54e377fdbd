import { isAbsolute } from 'node:path';
import { AppFailure } from '../../../shared/contract/result';
import type { ReportSchedule } from '../../../shared/domain/report';
import { isValidTimeZone } from '../../../shared/time/zoned';
import type { Core } from '../core';
import { readReportSchedule, saveReportSchedule } from '../repos/reportSchedule';
import { machineTimeZone } from './scheduleRunner';

/** The Monday-morning report settings and the last run (`reports.schedule`). */
export function getReportSchedule(core: Core): Promise<ReportSchedule> {
  return readReportSchedule(core.db, machineTimeZone());
}

/** Saves the schedule (`reports.saveSchedule`): a real zone, and an absolute folder when it is on. */
export async function setReportSchedule(core: Core, s: Omit<ReportSchedule, 'lastWeek' | 'lastRunAt' | 'lastError'>): Promise<ReportSchedule> {
  if (!isValidTimeZone(s.timeZone)) throw new AppFailure('invalid-request', `timeZone "${s.timeZone}" is not an IANA time zone (e.g. Europe/London)`, 'timeZone');
  const dir = s.dir.trim();
  if (s.enabled && !isAbsolute(dir)) throw new AppFailure('invalid-request', `dir must be an absolute folder path for the scheduled report, got "${s.dir}"`, 'dir');
  await saveReportSchedule(core.db, { ...s, dir }, core.now());
  return getReportSchedule(core);
}
