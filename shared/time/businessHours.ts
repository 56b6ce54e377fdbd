/**
 * Business-hours arithmetic: adding "working" time to an instant and measuring working time between
 * two instants, in the time zone of the team. Each business day's window is computed from its own
 * wall clock, so DST changes, week ends and holidays are handled by construction.
 */
import {
  daysFromLocalDate,
  formatLocalDate,
  isValidTimeZone,
  isoWeekdayOfDays,
  localDateFromDays,
  localDateOf,
  zonedTimeToEpoch,
} from './zoned';

/**
 * When a team works. `days` are ISO weekdays (1 = Monday … 7 = Sunday); `start`/`end` are local
 * `HH:MM` (end may be `24:00`; an end before the start is an overnight shift ending next day);
 * `holidays` are local dates `YYYY-MM-DD` on which no window starts.
 */
export interface BusinessHours {
  timeZone: string;
  days: number[];
  start: string;
  end: string;
  holidays?: string[];
}

interface Window {
  start: number;
  end: number;
}

const MINUTE = 60_000;
/** Stops a search that can never finish (e.g. every working day is a holiday) from spinning. */
const MAX_DAYS_SCANNED = 366 * 30;

function parseClock(value: string, allow24: boolean): { h: number; mi: number } | null {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const h = Number(match[1]);
  const mi = Number(match[2]);
  if (allow24 && h === 24 && mi === 0) return { h, mi };
  return h < 24 && mi < 60 ? { h, mi } : null;
}

/** Returns a message naming what is wrong with a business-hours definition, or null when it is usable. */
export function validateBusinessHours(hours: BusinessHours): string | null {
  if (!isValidTimeZone(hours.timeZone)) return `Unknown time zone "${hours.timeZone}"`;
  if (!Array.isArray(hours.days) || hours.days.length === 0) return 'Business hours need at least one working day';
  const badDay = hours.days.find((d) => !Number.isInteger(d) || d < 1 || d > 7);
  if (badDay !== undefined) return `Working day ${badDay} is not an ISO weekday (1 = Monday … 7 = Sunday)`;
  if (!parseClock(hours.start, false)) return `Start "${hours.start}" is not a time HH:MM (00:00..23:59)`;
  if (!parseClock(hours.end, true)) return `End "${hours.end}" is not a time HH:MM (00:00..24:00)`;
  if (hours.start === hours.end) return `Start and end are both ${hours.start}; use 00:00–24:00 for all day`;
  const badHoliday = (hours.holidays ?? []).find((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d));
  if (badHoliday !== undefined) return `Holiday "${badHoliday}" is not a date YYYY-MM-DD`;
  return null;
}

function assertValid(hours: BusinessHours): void {
  const problem = validateBusinessHours(hours);
  if (problem) throw new RangeError(problem);
}

/** The working window that starts on local day number `days`, or null on days off. */
function windowOn(days: number, hours: BusinessHours, holidays: Set<string>): Window | null {
  if (!hours.days.includes(isoWeekdayOfDays(days))) return null;
  const date = localDateFromDays(days);
  if (holidays.has(formatLocalDate(date))) return null;
  const start = parseClock(hours.start, false)!;
  const end = parseClock(hours.end, true)!;
  const endDate = end.h * 60 + end.mi <= start.h * 60 + start.mi || end.h === 24 ? localDateFromDays(days + 1) : date;
  return {
    start: zonedTimeToEpoch({ ...date, ...start }, hours.timeZone),
    end: zonedTimeToEpoch({ ...endDate, h: end.h % 24, mi: end.mi }, hours.timeZone),
  };
}

/** Local day number from which to scan: the day before, so an overnight window is not missed. */
function firstScanDay(epochMs: number, timeZone: string): number {
  return daysFromLocalDate(localDateOf(epochMs, timeZone)) - 1;
}

/**
 * The instant at which `durationMs` of working time has passed since `fromMs`. Time outside the
 * windows does not count: Friday 16:30 plus 60 minutes with 09:00–17:00 Monday–Friday is Monday
 * 09:30 local. A duration ending exactly at a window's end returns that end, not the next start.
 */
export function addBusinessMs(fromMs: number, durationMs: number, hours: BusinessHours): number {
  assertValid(hours);
  if (durationMs <= 0) return fromMs;
  const holidays = new Set(hours.holidays ?? []);
  let remaining = durationMs;
  const firstDay = firstScanDay(fromMs, hours.timeZone);
  for (let day = firstDay; day < firstDay + MAX_DAYS_SCANNED; day += 1) {
    const window = windowOn(day, hours, holidays);
    if (!window) continue;
    const from = Math.max(fromMs, window.start);
    if (from >= window.end) continue;
    if (remaining <= window.end - from) return from + remaining;
    remaining -= window.end - from;
  }
  throw new RangeError(`No working time found within ${MAX_DAYS_SCANNED} days; check the working days and holidays`);
}

/** Like {@link addBusinessMs} with a duration in minutes. */
export function addBusinessMinutes(fromMs: number, minutes: number, hours: BusinessHours): number {
  return addBusinessMs(fromMs, minutes * MINUTE, hours);
}

/** Working time (ms) inside the windows between two instants; 0 when `toMs` is not after `fromMs`. */
export function businessMsBetween(fromMs: number, toMs: number, hours: BusinessHours): number {
  assertValid(hours);
  if (toMs <= fromMs) return 0;
  const holidays = new Set(hours.holidays ?? []);
  const lastDay = daysFromLocalDate(localDateOf(toMs, hours.timeZone));
  let total = 0;
  for (let day = firstScanDay(fromMs, hours.timeZone); day <= lastDay; day += 1) {
    const window = windowOn(day, hours, holidays);
    if (!window) continue;
    total += Math.max(0, Math.min(toMs, window.end) - Math.max(fromMs, window.start));
  }
  return total;
}

/** True when `epochMs` falls inside a working window. */
export function isWithinBusinessHours(epochMs: number, hours: BusinessHours): boolean {
  return businessMsBetween(epochMs, epochMs + 1, hours) === 1;
}
