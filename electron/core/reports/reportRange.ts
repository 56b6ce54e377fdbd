/**
 * Which instants a report reads: the range asked for, the one it is compared with, the trend weeks,
 * the days of the range and the persistence look-back windows, all cut in the request's time zone.
 * Every section reads inside [dataFrom, dataTo), which is also what "Freeze week" copies.
 */
import { AppFailure } from '../../../shared/contract/result';
import type { ReportRange } from '../../../shared/domain/report';
import { isoWeekOf, isoWeekRange, previousWeek, shiftIsoWeek, validateIsoWeek, type TimeRange } from '../../../shared/time/isoWeek';
import { addLocalDays, formatLocalDate, isValidTimeZone, localDateOf, startOfLocalDay } from '../../../shared/time/zoned';

/** Trend weeks when the request names none. */
export const DEFAULT_TREND_WEEKS = 8;
/** Persistence looks at a customer's posts in the 28 days before a range end (see sectionPersistence). */
export const PERSISTENCE_LOOKBACK_DAYS = 28;
/** Longest range a report covers (a year and a day, so any calendar year fits). */
export const MAX_RANGE_DAYS = 366;

const DAY_MS = 86_400_000;

/** The part of a request that fixes the instants read. */
export interface RangeRequest {
  week?: string;
  from?: number;
  to?: number;
  timeZone: string;
  trendWeeks?: number;
}

/** One labelled span of time (a trend week or a local day). */
export interface LabelledSpan extends TimeRange {
  label: string;
}

/** Everything time-related a report needs, resolved once. */
export interface ResolvedRange {
  range: ReportRange;
  current: TimeRange;
  previous: TimeRange;
  /** Local days of the current range, clipped to it. */
  days: LabelledSpan[];
  /** ISO weeks ending with the week of the range's last instant, oldest first, the last clipped to the range end. */
  trend: LabelledSpan[];
  /** Persistence windows: PERSISTENCE_LOOKBACK_DAYS before the current and the previous range end. */
  persistenceNow: TimeRange;
  persistenceBefore: TimeRange;
  /** The span every section reads inside. */
  dataFrom: number;
  dataTo: number;
  trendWeeks: number;
}

const invalid = (message: string, field: string): AppFailure => new AppFailure('invalid-request', message, field);

/** The current and previous spans with their labels; throws invalid-request naming the field. */
function resolveSpans(req: RangeRequest): Pick<ReportRange, 'label' | 'previousLabel'> & { current: TimeRange; previous: TimeRange } {
  const hasRange = req.from !== undefined || req.to !== undefined;
  if (req.week !== undefined && hasRange) throw invalid('give either week or from/to, not both', 'week');
  if (req.week !== undefined) {
    const parsed = validateIsoWeek(req.week);
    if (!parsed.ok) throw invalid(parsed.error, 'week');
    const before = previousWeek(parsed.value.label);
    return { label: parsed.value.label, previousLabel: before, current: isoWeekRange(parsed.value.label, req.timeZone), previous: isoWeekRange(before, req.timeZone) };
  }
  if (!hasRange) throw invalid('give a week (e.g. 2017-W44) or a range (from and to, epoch ms)', 'week');
  if (req.from === undefined) throw invalid('from is missing (a range needs from and to)', 'from');
  if (req.to === undefined) throw invalid('to is missing (a range needs from and to)', 'to');
  if (!(req.from < req.to)) throw invalid(`to (${req.to}) must be after from (${req.from})`, 'to');
  if (req.to - req.from > MAX_RANGE_DAYS * DAY_MS) throw invalid(`a range covers at most ${MAX_RANGE_DAYS} days`, 'to');
  const length = req.to - req.from;
  const previous = { start: req.from - length, end: req.from };
  return { label: spanLabel(req.from, req.to, req.timeZone), previousLabel: spanLabel(previous.start, previous.end, req.timeZone), current: { start: req.from, end: req.to }, previous };
}

/** `2017-10-30 – 2017-11-05`: the local dates of the first and the last instant. */
function spanLabel(from: number, to: number, timeZone: string): string {
  return `${formatLocalDate(localDateOf(from, timeZone))} – ${formatLocalDate(localDateOf(to - 1, timeZone))}`;
}

/** Local days from the day of `start` to the day of `end - 1`, each clipped to [start, end). */
export function localDays(span: TimeRange, timeZone: string): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  let date = localDateOf(span.start, timeZone);
  for (;;) {
    const dayStart = startOfLocalDay(date, timeZone);
    if (dayStart >= span.end) break;
    const next = addLocalDays(date, 1);
    out.push({ label: formatLocalDate(date), start: Math.max(dayStart, span.start), end: Math.min(startOfLocalDay(next, timeZone), span.end) });
    date = next;
  }
  return out;
}

/** `n` ISO weeks ending with the week holding `end - 1`, the last one clipped to `end`. */
function trendSpans(end: number, n: number, timeZone: string): LabelledSpan[] {
  const last = isoWeekOf(end - 1, timeZone).label;
  const out: LabelledSpan[] = [];
  for (let i = n - 1; i >= 0; i -= 1) {
    const label = shiftIsoWeek(last, -i);
    const r = isoWeekRange(label, timeZone);
    out.push({ label, start: r.start, end: Math.min(r.end, end) });
  }
  return out;
}

/**
 * Resolves a report request: a real IANA zone, exactly one of week or from/to (from < to, at most
 * MAX_RANGE_DAYS), trendWeeks 1..52. The previous range is the previous ISO week for a week and
 * the range of the same length just before otherwise. Throws AppFailure('invalid-request') naming the field.
 */
export function resolveReportRange(req: RangeRequest): ResolvedRange {
  if (!isValidTimeZone(req.timeZone)) throw invalid(`"${req.timeZone}" is not an IANA time zone (e.g. Europe/London)`, 'timeZone');
  const trendWeeks = req.trendWeeks ?? DEFAULT_TREND_WEEKS;
  if (!Number.isInteger(trendWeeks) || trendWeeks < 1 || trendWeeks > 52) throw invalid('trendWeeks must be a whole number from 1 to 52', 'trendWeeks');
  const spans = resolveSpans(req);
  const { current, previous } = spans;
  const lookback = PERSISTENCE_LOOKBACK_DAYS * DAY_MS;
  const trend = trendSpans(current.end, trendWeeks, req.timeZone);
  const persistenceNow = { start: current.end - lookback, end: current.end };
  const persistenceBefore = { start: previous.end - lookback, end: previous.end };
  return {
    range: { label: spans.label, from: current.start, to: current.end, previousLabel: spans.previousLabel, previousFrom: previous.start, previousTo: previous.end, timeZone: req.timeZone },
    current,
    previous,
    days: localDays(current, req.timeZone),
    trend,
    persistenceNow,
    persistenceBefore,
    dataFrom: Math.min(previous.start, trend[0].start, persistenceBefore.start),
    dataTo: current.end,
    trendWeeks,
  };
}
