import type { ReportSchedule } from '../../../shared/domain/report';
import type { Queryable } from '../db/database';

interface ScheduleRow {
  enabled: number;
  dir: string;
  time_zone: string;
  hour: number;
  pdf: number;
  include_pii: number;
  last_week: string | null;
  last_run_at: number | null;
  last_error: string | null;
}

/** The schedule before it was ever saved: off, 07:00 in the given zone, HTML and CSV only, PII masked. */
export const defaultReportSchedule = (timeZone: string): ReportSchedule => ({
  enabled: false,
  dir: '',
  timeZone,
  hour: 7,
  pdf: false,
  includePii: false,
  lastWeek: null,
  lastRunAt: null,
  lastError: null,
});

/** The stored report schedule, or the default (in `defaultTimeZone`) when none was saved. */
export async function readReportSchedule(q: Queryable, defaultTimeZone: string): Promise<ReportSchedule> {
  const row = await q.get<ScheduleRow>('SELECT enabled, dir, time_zone, hour, pdf, include_pii, last_week, last_run_at, last_error FROM report_schedule WHERE id = 1');
  if (!row) return defaultReportSchedule(defaultTimeZone);
  return {
    enabled: row.enabled === 1,
    dir: row.dir,
    timeZone: row.time_zone,
    hour: row.hour,
    pdf: row.pdf === 1,
    includePii: row.include_pii === 1,
    lastWeek: row.last_week,
    lastRunAt: row.last_run_at,
    lastError: row.last_error,
  };
}

/** Saves the user's settings of the schedule; the record of the last run is kept. */
export async function saveReportSchedule(q: Queryable, s: Omit<ReportSchedule, 'lastWeek' | 'lastRunAt' | 'lastError'>, now: number): Promise<void> {
  await q.run(
    `INSERT INTO report_schedule (id, enabled, dir, time_zone, hour, pdf, include_pii, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET enabled = excluded.enabled, dir = excluded.dir, time_zone = excluded.time_zone, hour = excluded.hour,
       pdf = excluded.pdf, include_pii = excluded.include_pii, updated_at = excluded.updated_at`,
    [s.enabled ? 1 : 0, s.dir, s.timeZone, s.hour, s.pdf ? 1 : 0, s.includePii ? 1 : 0, now],
  );
}

/** Records a scheduled run: the week it was for, when, and the error (null when it worked). */
export async function recordReportRun(q: Queryable, run: { week: string; at: number; error: string | null }): Promise<void> {
  await q.run('UPDATE report_schedule SET last_week = ?, last_run_at = ?, last_error = ? WHERE id = 1', [run.week, run.at, run.error]);
}
