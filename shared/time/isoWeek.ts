/**
 * ISO 8601 weeks (Monday-first, week 1 holds the year's first Thursday) in a chosen time zone.
 * A week label looks like `2017-W44`; its range runs from Monday 00:00 local to the next Monday
 * 00:00 local, so weeks containing a DST change are 167 or 169 hours long.
 */
import { addLocalDays, daysFromLocalDate, isoWeekdayOfDays, localDateFromDays, localDateOf, startOfLocalDay } from './zoned';
import type { LocalDate } from './zoned';

/** An ISO week: its week-numbering year, week number (1..53) and label (`2017-W44`). */
export interface IsoWeek {
  year: number;
  week: number;
  label: string;
}

/** A half-open span of instants: `start` inclusive, `end` exclusive, both epoch ms. */
export interface TimeRange {
  start: number;
  end: number;
}

/** Outcome of {@link validateIsoWeek}: the parsed week, or a message naming the problem. */
export type IsoWeekValidation = { ok: true; value: IsoWeek } | { ok: false; error: string };

const LABEL_PATTERN = /^(\d{4})-W(\d{2})$/;

function labelOf(year: number, week: number): string {
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/** Day number (days since 1970-01-01) of the Monday of week 1 of an ISO year. */
function week1MondayDays(year: number): number {
  const jan4 = daysFromLocalDate({ y: year, m: 1, d: 4 });
  return jan4 - (isoWeekdayOfDays(jan4) - 1);
}

/** The ISO week of a calendar date, independent of any time zone. */
export function isoWeekOfDate(date: LocalDate): IsoWeek {
  const days = daysFromLocalDate(date);
  const thursday = days - isoWeekdayOfDays(days) + 4;
  const year = localDateFromDays(thursday).y;
  const week = Math.floor((thursday - week1MondayDays(year)) / 7) + 1;
  return { year, week, label: labelOf(year, week) };
}

/** Number of ISO weeks (52 or 53) in an ISO week-numbering year. */
export function weeksInIsoYear(year: number): number {
  // 28 December always falls in the year's last week.
  return isoWeekOfDate({ y: year, m: 12, d: 28 }).week;
}

/** The ISO week that contains instant `epochMs` as seen on the clocks of `timeZone`. */
export function isoWeekOf(epochMs: number, timeZone: string): IsoWeek {
  return isoWeekOfDate(localDateOf(epochMs, timeZone));
}

/**
 * Checks a week label without throwing. Accepts exactly `YYYY-Www` (e.g. `2017-W44`); the error
 * says what is wrong: the shape, a week 00 or above 53, or a W53 in a year with only 52 weeks.
 */
export function validateIsoWeek(label: string): IsoWeekValidation {
  const match = LABEL_PATTERN.exec(typeof label === 'string' ? label.trim() : '');
  if (!match) {
    return { ok: false, error: `"${String(label)}" is not an ISO week: expected YYYY-Www, e.g. 2017-W44` };
  }
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (year < 1000) return { ok: false, error: `"${label}": year ${year} is out of range (1000..9999)` };
  if (week < 1 || week > 53) return { ok: false, error: `"${label}": week ${match[2]} is out of range (01..53)` };
  const weeks = weeksInIsoYear(year);
  if (week > weeks) {
    return { ok: false, error: `"${label}": ${year} has only ${weeks} ISO weeks, so week 53 does not exist` };
  }
  return { ok: true, value: { year, week, label: labelOf(year, week) } };
}

/** Parses a week label such as `2017-W44`; throws a RangeError naming the problem when invalid. */
export function parseIsoWeek(label: string): IsoWeek {
  const result = validateIsoWeek(label);
  if (!result.ok) throw new RangeError(result.error);
  return result.value;
}

/** Monday (a calendar date) that starts the given week. */
export function mondayOfIsoWeek(label: string): LocalDate {
  const { year, week } = parseIsoWeek(label);
  return localDateFromDays(week1MondayDays(year) + (week - 1) * 7);
}

/**
 * The instants a week covers in `timeZone`: Monday 00:00 local (inclusive) to the next Monday
 * 00:00 local (exclusive). Across a DST change the span is 167 or 169 hours, not 168.
 */
export function isoWeekRange(label: string, timeZone: string): TimeRange {
  const monday = mondayOfIsoWeek(label);
  return { start: startOfLocalDay(monday, timeZone), end: startOfLocalDay(addLocalDays(monday, 7), timeZone) };
}

/** The week `n` weeks after `label` (n may be negative). */
export function shiftIsoWeek(label: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Week shift must be a whole number, got ${n}`);
  return isoWeekOfDate(addLocalDays(mondayOfIsoWeek(label), n * 7)).label;
}

/** The week before `label` (`2021-W01` → `2020-W53`). */
export function previousWeek(label: string): string {
  return shiftIsoWeek(label, -1);
}

/** The week after `label` (`2020-W53` → `2021-W01`). */
export function nextWeek(label: string): string {
  return shiftIsoWeek(label, 1);
}

/** Whole weeks from `from` to `to`: positive when `to` is later (`2020-W53` → `2021-W01` is 1). */
export function weeksBetween(from: string, to: string): number {
  return (daysFromLocalDate(mondayOfIsoWeek(to)) - daysFromLocalDate(mondayOfIsoWeek(from))) / 7;
}

/** Every week label from `from` to `to`, both included, in order; empty when `to` is before `from`. */
export function listIsoWeeks(from: string, to: string): string[] {
  const count = weeksBetween(from, to);
  const labels: string[] = [];
  for (let i = 0; i <= count; i += 1) labels.push(shiftIsoWeek(from, i));
  return labels;
}
