/**
 * Wall-clock arithmetic in IANA time zones using only `Intl.DateTimeFormat` (the ICU data built into
 * every JS runtime), so shared/ stays free of packages. Instants are epoch milliseconds; local
 * dates are plain `{ y, m, d }` records (m is 1..12).
 */

/** A calendar date with no time zone attached (m is 1..12). */
export interface LocalDate {
  y: number;
  m: number;
  d: number;
}

/** A wall-clock time in some zone, to the minute (seconds optional). */
export interface LocalDateTime extends LocalDate {
  h: number;
  mi: number;
  s?: number;
}

/** What a zone's clock shows at an instant. `weekday` is ISO: 1 = Monday … 7 = Sunday. */
export interface ZonedParts extends LocalDateTime {
  s: number;
  ms: number;
  weekday: number;
  /** Minutes to add to UTC to get local time (e.g. 60 for BST, -300 for EST). */
  offsetMinutes: number;
}

/** How to resolve wall times that occur twice (autumn overlap) or never (spring gap). */
export type Disambiguation = 'earlier' | 'later';

const MS_PER_DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter) return formatter;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new RangeError(`Unknown time zone "${timeZone}" (expected an IANA name such as Europe/London)`);
  }
  formatters.set(timeZone, formatter);
  return formatter;
}

/**
 * Throws a RangeError naming the zone when `timeZone` is not a usable IANA zone; returns it otherwise.
 * Use at the edges (request validation, CLI flags) so errors say what was wrong.
 */
export function assertTimeZone(timeZone: string): string {
  formatterFor(timeZone);
  return timeZone;
}

/** True when `timeZone` is an IANA zone name this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Days since 1970-01-01 of a calendar date (proleptic Gregorian; any m/d overflow is normalised). */
export function daysFromLocalDate(date: LocalDate): number {
  return Math.floor(Date.UTC(date.y, date.m - 1, date.d) / MS_PER_DAY);
}

/** The calendar date that is `days` days after 1970-01-01. */
export function localDateFromDays(days: number): LocalDate {
  const t = new Date(days * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number from {@link daysFromLocalDate}. */
export function isoWeekdayOfDays(days: number): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** Adds `n` calendar days to a date (n may be negative). */
export function addLocalDays(date: LocalDate, n: number): LocalDate {
  return localDateFromDays(daysFromLocalDate(date) + n);
}

/** Formats a calendar date as `YYYY-MM-DD`. */
export function formatLocalDate(date: LocalDate): string {
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}

/** What the clock in `timeZone` shows at `epochMs`, with the zone's UTC offset at that instant. */
export function zonedParts(epochMs: number, timeZone: string): ZonedParts {
  if (!Number.isFinite(epochMs)) throw new RangeError(`Not a finite instant: ${epochMs}`);
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const ms = ((epochMs % 1000) + 1000) % 1000;
  const wall = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
  const days = Math.floor(wall / MS_PER_DAY);
  return {
    y: fields.year,
    m: fields.month,
    d: fields.day,
    h: fields.hour,
    mi: fields.minute,
    s: fields.second,
    ms,
    weekday: isoWeekdayOfDays(days),
    offsetMinutes: Math.round((wall - (epochMs - ms)) / 60_000),
  };
}

/** The calendar date in `timeZone` at `epochMs`. */
export function localDateOf(epochMs: number, timeZone: string): LocalDate {
  const { y, m, d } = zonedParts(epochMs, timeZone);
  return { y, m, d };
}

/** The zone's UTC offset in minutes at an instant (local = UTC + offset). */
export function offsetMinutesAt(epochMs: number, timeZone: string): number {
  return zonedParts(epochMs, timeZone).offsetMinutes;
}

/**
 * The instant at which the clock in `timeZone` shows the given wall time.
 *
 * Like Temporal's `disambiguation: 'compatible'` by default: a time repeated by a backward shift
 * resolves to the earlier instant, and a time skipped by a forward shift is moved forward by the
 * gap (02:30 on a 02:00→03:00 spring day gives 03:30), so "midnight" on a day whose midnight does
 * not exist is the first instant of that day. Pass `'later'` for the later of two repeated instants.
 */
export function zonedTimeToEpoch(local: LocalDateTime, timeZone: string, disambiguation: Disambiguation = 'earlier'): number {
  const wall = Date.UTC(local.y, local.m - 1, local.d, local.h, local.mi, local.s ?? 0);
  if (!Number.isFinite(wall)) throw new RangeError(`Not a valid wall time: ${JSON.stringify(local)}`);
  // Offsets a day either side bracket any single transition near this wall time.
  const before = offsetMinutesAt(wall - MS_PER_DAY, timeZone);
  const after = offsetMinutesAt(wall + MS_PER_DAY, timeZone);
  const candidates = [...new Set([wall - before * 60_000, wall - after * 60_000])]
    .filter((t) => wall - offsetMinutesAt(t, timeZone) * 60_000 === t)
    .sort((a, b) => a - b);
  if (candidates.length === 0) {
    // A gap: read the wall time with the offset in force before the shift, which lands after it.
    return wall - before * 60_000;
  }
  return disambiguation === 'later' ? candidates[candidates.length - 1] : candidates[0];
}

/** The first instant of a calendar date in `timeZone` (normally 00:00 local). */
export function startOfLocalDay(date: LocalDate, timeZone: string): number {
  return zonedTimeToEpoch({ ...date, h: 0, mi: 0 }, timeZone);
}
