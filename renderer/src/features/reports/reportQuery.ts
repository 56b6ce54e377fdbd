// The toolbar's form (a week or a range of dates, a zone, a site, PII) and the request it makes.
import type { ReportRequest } from '../../../../shared/domain/report';
import { isoWeekOf, isoWeekRange, mondayOfIsoWeek, previousWeek, validateIsoWeek } from '../../../../shared/time/isoWeek';
import { addLocalDays, formatLocalDate, isValidTimeZone, localDateOf, startOfLocalDay, type LocalDate } from '../../../../shared/time/zoned';

/** What the toolbar holds: dates are local `YYYY-MM-DD`, both included. */
export interface ReportForm {
  mode: 'week' | 'range';
  week: string;
  fromDate: string;
  toDate: string;
  timeZone: string;
  siteId: number | null;
  includePii: boolean;
}

/** The request of a form, or a sentence naming the field that is wrong. */
export type FormRequest = { ok: true; request: ReportRequest } | { ok: false; error: string };

/** The zone this browser runs in (the default of the form). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Dates can only be cut in a zone this runtime knows; an unknown one is still sent, so the server names it. */
function usableZone(timeZone: string): string {
  return isValidTimeZone(timeZone) ? timeZone : 'UTC';
}

function parseDate(text: string, field: string): LocalDate | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return `${field}: "${text}" is not a date (expected YYYY-MM-DD)`;
  const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (formatLocalDate(addLocalDays(date, 0)) !== text.trim()) return `${field}: "${text}" is not a day of the calendar`;
  return date;
}

/** Turns the form into a `reports.get` request; the range runs from the first day's midnight to the midnight after the last day. */
export function requestOf(form: ReportForm): FormRequest {
  const base = { timeZone: form.timeZone.trim(), ...(form.siteId !== null ? { siteId: form.siteId } : {}), includePii: form.includePii };
  if (!base.timeZone) return { ok: false, error: 'Time zone: enter an IANA name such as Europe/London.' };
  if (form.mode === 'week') {
    const v = validateIsoWeek(form.week);
    return v.ok ? { ok: true, request: { ...base, week: v.value.label } } : { ok: false, error: `Week: ${v.error}.` };
  }
  const from = parseDate(form.fromDate, 'From');
  if (typeof from === 'string') return { ok: false, error: `${from}.` };
  const to = parseDate(form.toDate, 'To');
  if (typeof to === 'string') return { ok: false, error: `${to}.` };
  if (formatLocalDate(to) < formatLocalDate(from)) return { ok: false, error: `To (${form.toDate}) is before From (${form.fromDate}).` };
  const zone = usableZone(base.timeZone);
  return { ok: true, request: { ...base, from: startOfLocalDay(from, zone), to: startOfLocalDay(addLocalDays(to, 1), zone) } };
}

/**
 * The week to open on: the last complete week that has posts, or the current week when there is
 * none (no posts, or posts only this week). `newest`/`oldest` are the newest and oldest post times.
 */
export function defaultWeek(posts: { newest: number; oldest: number } | null, now: number, timeZone: string): string {
  const zone = usableZone(timeZone);
  const current = isoWeekOf(now, zone).label;
  if (!posts) return current;
  const newestWeek = isoWeekOf(Math.min(posts.newest, now), zone).label;
  const candidate = newestWeek === current ? previousWeek(current) : newestWeek;
  return posts.oldest < isoWeekRange(candidate, zone).end ? candidate : current;
}

/** Monday and Sunday (`YYYY-MM-DD`) of a week, to prefill the range fields. */
export function datesOfWeek(week: string): { fromDate: string; toDate: string } {
  const monday = mondayOfIsoWeek(week);
  return { fromDate: formatLocalDate(monday), toDate: formatLocalDate(addLocalDays(monday, 6)) };
}

/** The week containing a local date (to go back from a range to weeks). */
export function weekOfDate(date: string, timeZone: string): string | null {
  const d = parseDate(date, 'date');
  if (typeof d === 'string') return null;
  const zone = usableZone(timeZone);
  return isoWeekOf(startOfLocalDay(d, zone), zone).label;
}

/** Today's date in a zone (`YYYY-MM-DD`). */
export function todayIn(timeZone: string, now = Date.now()): string {
  return formatLocalDate(localDateOf(now, usableZone(timeZone)));
}
