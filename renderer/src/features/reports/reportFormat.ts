// Pure formatting of report figures: signed changes with arrows (so colour is never the only cue),
// shares, minutes, SLA markers, dates in the report's zone.
import type { Change } from '../../../../shared/domain/report';

/** Which way is good for a figure: up (net sentiment, response rate), down (breaches) or neither (volume). */
export type Polarity = 'up-good' | 'down-good' | 'neutral';

/** How a change reads: arrow, words for screen readers, and a tone for colour. */
export interface ChangeLook {
  arrow: '▲' | '▼' | '▬';
  words: 'up' | 'down' | 'no change';
  tone: 'good' | 'bad' | 'flat';
}

const MINUS = '−';

/** A number with a sign: "+12", "−3.5", "±0"; `digits` decimals at most (trailing zeros dropped). */
export function formatSigned(n: number, digits = 0): string {
  const r = roundTo(n, digits);
  if (r === 0) return '±0';
  const abs = Math.abs(r).toLocaleString('en-US', { maximumFractionDigits: digits });
  return r > 0 ? `+${abs}` : `${MINUS}${abs}`;
}

function roundTo(n: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(n * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** Arrow, words and tone of a change (rounded as shown, so "±0" never gets an arrow). */
export function changeLook(delta: number, polarity: Polarity, digits = 0): ChangeLook {
  const r = roundTo(delta, digits);
  if (r === 0) return { arrow: '▬', words: 'no change', tone: 'flat' };
  const up = r > 0;
  const tone = polarity === 'neutral' ? 'flat' : (polarity === 'up-good') === up ? 'good' : 'bad';
  return { arrow: up ? '▲' : '▼', words: up ? 'up' : 'down', tone };
}

/** "+20%" / "−12%" / "new" (previous was 0 and current is not) / "±0%" for a Change's relative change. */
export function formatChangePct(c: Change): string {
  if (c.changePct === null) return c.current === 0 ? '±0%' : 'new';
  return `${formatSigned(c.changePct)}%`;
}

/** "75%" for a 0..1 share; an en dash for none. */
export function formatShare(share: number | null, digits = 0): string {
  if (share === null) return '–';
  return `${(share * 100).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 })}%`;
}

/** Net sentiment (−100..100) with a sign and one decimal; an en dash when nothing was scored. */
export function formatNet(net: number | null): string {
  return net === null ? '–' : formatSigned(net, 1);
}

/** "42 min", "2 h 5 min", "3.2 d"; an en dash for none. */
export function formatMinutes(min: number | null): string {
  if (min === null) return '–';
  if (min < 60) return `${Math.round(min)} min`;
  if (min < 24 * 60) {
    const h = Math.floor(min / 60);
    const m = Math.round(min - h * 60);
    return m ? `${h} h ${m} min` : `${h} h`;
  }
  return `${(min / 1440).toFixed(1)} d`;
}

/** Thousands separators, at most `digits` decimals. */
export function formatNumber(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** Median first response against the site's SLA target: over, within, or not comparable. */
export function slaMarker(median: number | null, target: number | null): { state: 'over' | 'within' | 'none'; text: string } {
  if (target === null) return { state: 'none', text: 'no target' };
  if (median === null) return { state: 'none', text: 'no replies' };
  return median > target ? { state: 'over', text: `over by ${formatMinutes(median - target)}` } : { state: 'within', text: 'within target' };
}

/** The first 12 hex digits of a snapshot hash (the full one goes in a title). */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}

/**
 * "Mon 30 Oct 2017, 14:05" for an instant, on the clocks of the report's zone (UTC when the zone is
 * unknown here); `short` drops the year and weekday for table cells ("30 Oct, 14:05").
 */
export function formatInZone(ms: number, timeZone: string, withTime = true, short = false): string {
  const date: Intl.DateTimeFormatOptions = short ? { day: 'numeric', month: 'short' } : { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
  const opts: Intl.DateTimeFormatOptions = { ...date, ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}) };
  try {
    return new Intl.DateTimeFormat('en-GB', { ...opts, timeZone }).format(ms);
  } catch {
    return `${new Intl.DateTimeFormat('en-GB', { ...opts, timeZone: 'UTC' }).format(ms)} UTC`;
  }
}

/** "Mon 30 Oct" for a local `YYYY-MM-DD` date (a chart's day label); the input when it is not a date. */
export function dayLabel(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(t);
}

/** How a change is written: counts with their relative change, net sentiment in points, shares in percentage points. */
export type DeltaKind = 'count' | 'net' | 'share' | 'minutes';

/** The delta of a change as text, and the figure its arrow is decided on (rounded as shown). */
export function deltaText(c: Change, kind: DeltaKind): { text: string; shown: number; digits: number } {
  switch (kind) {
    case 'count':
      return { text: `${formatSigned(c.delta)} (${formatChangePct(c)})`, shown: c.delta, digits: 0 };
    case 'net':
      return { text: `${formatSigned(c.delta, 1)} pts`, shown: c.delta, digits: 1 };
    case 'share':
      return { text: `${formatSigned(c.delta * 100)} pts`, shown: c.delta * 100, digits: 0 };
    case 'minutes':
      return { text: `${formatSigned(c.delta)} min`, shown: c.delta, digits: 0 };
  }
}

/** A Change from two nullable figures (for per-site rows); null when either is missing. */
export function changeOf(current: number | null, previous: number | null): Change | null {
  if (current === null || previous === null) return null;
  return { current, previous, delta: current - previous, changePct: previous === 0 ? null : ((current - previous) / previous) * 100 };
}
