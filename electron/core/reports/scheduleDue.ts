import type { ReportSchedule } from '../../../shared/domain/report';
import { isoWeekOf, mondayOfIsoWeek, previousWeek } from '../../../shared/time/isoWeek';
import { addLocalDays, zonedTimeToEpoch } from '../../../shared/time/zoned';

/** After a failed run, the same week is tried again this long after the failure. */
export const RETRY_AFTER_MS = 60 * 60 * 1000;

/** When the report of `week` becomes due: the next Monday (the one ending it) at `hour`:00 local time. */
export function reportDueAt(week: string, s: Pick<ReportSchedule, 'hour' | 'timeZone'>): number {
  const next = addLocalDays(mondayOfIsoWeek(week), 7);
  return zonedTimeToEpoch({ ...next, h: s.hour, mi: 0 }, s.timeZone);
}

/**
 * The ISO week whose report should be written at instant `t`, or null when none is due. The week
 * is the latest one whose Monday-`hour` has passed in the schedule's zone (so a Monday missed
 * because the app was closed is caught up on the next start, and only the latest week is written,
 * never a backlog); it is due once, unless the last try of that same week failed and an hour has
 * passed since. Weeks compare as labels (`2020-W53` < `2021-W01`).
 */
export function dueReportWeek(s: ReportSchedule, t: number): string | null {
  if (!s.enabled || s.dir.trim() === '') return null;
  const current = isoWeekOf(t, s.timeZone).label;
  const ended = previousWeek(current);
  const target = t >= reportDueAt(ended, s) ? ended : previousWeek(ended);
  if (s.lastWeek === null || s.lastWeek < target) return target;
  const failedBefore = s.lastWeek === target && s.lastError !== null && (s.lastRunAt === null || t - s.lastRunAt >= RETRY_AFTER_MS);
  return failedBefore ? target : null;
}
